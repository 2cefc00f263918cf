"""A service's spec as the package ships it: references, operations and their examples.

The generator writes each spec beside the service packages (``coinspec/_specs/<api>.json``).
The mock server, the contract-test plugin and the tests read it through this module only,
so that a JSON pointer is resolved one way (RFC 6901, ``~1`` and ``~0`` unescaped) and a
documented example is found one way (``example`` first, then the first of ``examples``).
It needs nothing beyond the standard library and coinspec's exact JSON reading.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

from .json import loads

__all__ = [
    "METHODS",
    "NO_EXAMPLE",
    "OperationSpec",
    "ServiceSpec",
    "SpecReferenceError",
    "available_apis",
    "load_spec",
    "resolve_pointer",
]

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


class SpecReferenceError(LookupError):
    """A ``$ref`` or a lookup names something the spec does not have."""


class _NoExample:
    """What `ServiceSpec.example` returns when the spec shows none (``None`` is an example)."""

    def __repr__(self) -> str:
        return "NO_EXAMPLE"

    def __bool__(self) -> bool:
        return False


NO_EXAMPLE: Any = _NoExample()


def resolve_pointer(document: Any, ref: str) -> Any:
    """The node a local reference (``#/components/schemas/A~1B``) points at in ``document``."""
    if ref == "#" or ref == "#/":
        return document
    if not ref.startswith("#/"):
        raise SpecReferenceError(f"{ref!r}: only local references (#/...) are supported")
    node = document
    walked = "#"
    for raw in ref[2:].split("/"):
        # RFC 6901: ~1 first, so that "~01" reads as "~1", not "/".
        part = raw.replace("~1", "/").replace("~0", "~")
        walked += "/" + raw
        if isinstance(node, Mapping) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise SpecReferenceError(f"{ref!r}: nothing at {walked!r}")
    return node


@dataclass(frozen=True)
class OperationSpec:
    """One operation of a spec, with the path item's parameters merged into its own."""

    method: str  # lower case, as the spec writes it
    path: str  # the path template, e.g. /contracts/{id}
    raw: Mapping[str, Any]
    parameters: tuple[Mapping[str, Any], ...]  # dereferenced

    @property
    def id(self) -> str:
        return str(self.raw.get("operationId", f"{self.method} {self.path}"))

    @property
    def where(self) -> str:
        return f"{self.method.upper()} {self.path}"


class ServiceSpec(Mapping[str, Any]):
    """A loaded spec and the lookups everything else shares; it reads as the spec's dict
    (``spec["paths"]``) too."""

    def __init__(self, data: Mapping[str, Any], name: str = "spec") -> None:
        self.data = data
        self.name = name

    def __repr__(self) -> str:
        return f"ServiceSpec({self.name!r})"

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)

    def resolve(self, ref: str) -> Any:
        return resolve_pointer(self.data, ref)

    def deref(self, node: Any) -> Any:
        """Follow ``$ref``s until a node that is not one; a cycle of references is an error."""
        seen: list[str] = []
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:
                raise SpecReferenceError(f"{self.name}: $ref cycle {' -> '.join([*seen, ref])}")
            seen.append(ref)
            node = self.resolve(ref)
        return node

    def operations(self) -> Iterator[OperationSpec]:
        for path, item in (self.data.get("paths") or {}).items():
            item = self.deref(item)
            shared = item.get("parameters") or []
            for method, raw in item.items():
                if method in METHODS and isinstance(raw, Mapping):
                    own = raw.get("parameters") or []
                    parameters = tuple(self.deref(p) for p in [*shared, *own])
                    yield OperationSpec(method, path, raw, parameters)

    @functools.cached_property
    def _by_id(self) -> dict[str, OperationSpec]:
        return {op.id: op for op in self.operations()}

    def operation(self, operation_id: str) -> OperationSpec:
        try:
            return self._by_id[operation_id]
        except KeyError:
            raise SpecReferenceError(
                f"{self.name}: no operation {operation_id!r} (there are {', '.join(sorted(self._by_id))})"
            ) from None

    def response(self, operation_id: str, status: int | str) -> Mapping[str, Any]:
        """The response documented for ``status`` (a status, a range such as ``4XX``, or
        ``default``); a status a range or ``default`` covers finds that one."""
        op = self.operation(operation_id)
        responses = op.raw.get("responses") or {}
        keys = [str(status)]
        if str(status).isdigit():
            keys += [f"{str(status)[0]}XX", "default"]
        found = next((key for key in keys if key in responses), None)
        if found is None:
            raise SpecReferenceError(
                f"{self.name}: {op.where} documents no {status} (it documents {', '.join(responses)})"
            )
        response: Mapping[str, Any] = self.deref(responses[found])
        return response

    def media(
        self, operation_id: str, status: int | str | None = None, content_type: str | None = None
    ) -> tuple[str, Mapping[str, Any]] | None:
        """(content type, media object) of a response, or of the request body when ``status``
        is None; the first content type unless one is asked for; None when there is no content."""
        if status is None:
            holder = self.deref(self.operation(operation_id).raw.get("requestBody")) or {}
        else:
            holder = self.response(operation_id, status)
        content = holder.get("content") or {}
        if content_type is not None:
            return (content_type, content[content_type]) if content_type in content else None
        for found, media in content.items():
            return found, media
        return None

    def media_example(self, media: Mapping[str, Any], name: str | None = None) -> Any:
        """The example of a media (or parameter) object: the named one of ``examples`` when
        asked and present, else ``example``, else the first of ``examples``; NO_EXAMPLE when
        it shows none."""
        examples = media.get("examples") or {}
        if name is not None and name in examples:
            return self.deref(examples[name]).get("value", NO_EXAMPLE)
        if "example" in media:
            return media["example"]
        for example in examples.values():
            return self.deref(example).get("value", NO_EXAMPLE)
        return NO_EXAMPLE

    def media_examples(self, media: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
        """Every example of a media object, by name (``example`` for the single one)."""
        if "example" in media:
            yield "example", media["example"]
        for name, example in (media.get("examples") or {}).items():
            value = self.deref(example).get("value", NO_EXAMPLE)
            if value is not NO_EXAMPLE:
                yield name, value

    def example(
        self, operation_id: str, status: int | str | None = None, name: str | None = None
    ) -> Any:
        """The documented example of a response (or of the request body when ``status`` is
        None); SpecReferenceError when the spec shows none."""
        found = self.media(operation_id, status)
        value = NO_EXAMPLE if found is None else self.media_example(found[1], name)
        if value is NO_EXAMPLE:
            what = "request body" if status is None else f"{status} response"
            raise SpecReferenceError(
                f"{self.name}: {self.operation(operation_id).where} shows no example of its {what}"
            )
        return value


def _specs_folder() -> Any:
    """The folder of the specs the generator wrote beside the service packages."""
    try:
        return resources.files("coinspec._specs")
    except ModuleNotFoundError:
        return None


def available_apis() -> list[str]:
    folder = _specs_folder()
    if folder is None:
        return []
    return sorted(
        p.name.removesuffix(".json") for p in folder.iterdir() if p.name.endswith(".json")
    )


def load_spec(api: str) -> ServiceSpec:
    """The spec of one service as the package ships it, read afresh (the caller may change it)."""
    if api not in available_apis():
        raise ValueError(f"no spec for {api!r}; available: {', '.join(available_apis())}")
    text = _specs_folder().joinpath(f"{api}.json").read_text(encoding="utf-8")
    return ServiceSpec(loads(text), api)
