"""What the generated contract tests share: the specs' examples and schema checks."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from coinspec._core.json import loads, to_wire
from coinspec.mock import MockServer
from coinspec.mock.server import MockApp, load_spec


@dataclass
class Target:
    """Where the tests send requests: the built-in mock, or a live server."""

    url: str
    live: bool
    mock: MockApp | None


def target(
    api: str, live_url: str | None, options: dict[str, str] | None = None
) -> Iterator[Target]:
    if live_url:
        yield Target(live_url, True, None)
        return
    server = MockServer(api, options=options)
    url = server.start()
    try:
        yield Target(url, False, server.app)
    finally:
        server.stop()


@functools.cache
def _spec(api: str) -> dict[str, Any]:
    return load_spec(api)


def _operation(api: str, operation_id: str) -> dict[str, Any]:
    for item in _spec(api)["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return op
    raise KeyError(operation_id)


def _media(api: str, operation_id: str, status: int) -> dict[str, Any]:
    response = _operation(api, operation_id)["responses"][str(status)]
    while "$ref" in response:
        response = _resolve(api, response["$ref"])
    media: dict[str, Any] = next(iter(response["content"].values()))
    return media


def _resolve(api: str, ref: str) -> Any:
    node: Any = _spec(api)
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return node


def example(api: str, operation_id: str, status: int) -> Any:
    """The documented example of a response (the first, when there are several)."""
    media = _media(api, operation_id, status)
    if "example" in media:
        return media["example"]
    return next(iter(media["examples"].values()))["value"]


def assert_matches_schema(api: str, operation_id: str, status: int, content: bytes) -> None:
    """A live response must match the schema the spec declares for its status."""
    schema = _media(api, operation_id, status).get("schema", {})
    registry: Registry[Any] = Registry().with_resource(
        "urn:spec", Resource.from_contents(_spec(api), default_specification=DRAFT202012)
    )
    validator = jsonschema.Draft202012Validator(_absolute(schema), registry=registry)
    errors = [
        f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(loads(content))
    ]
    assert not errors, f"{operation_id} {status} response breaks the spec: {errors[:5]}"


def _absolute(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: (
                "urn:spec" + v
                if k == "$ref" and isinstance(v, str) and v.startswith("#")
                else _absolute(v)
            )
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_absolute(v) for v in node]
    return node


def ids(cases: list[tuple[Any, ...]]) -> list[str]:
    """Test ids such as ``get_contract-404`` for (operation, status, ...) cases."""
    return [f"{case[0]}-{case[1]}" for case in cases]


def wire(value: Any) -> Any:
    """A parsed result dumped back to JSON-shaped data, wire names and exact amounts."""
    return to_wire(value)
