"""The Python names of a spec: its package, its client, its methods and its model classes.

A spec written in coinspec's conventions names them itself (`x-package`, `x-client-name`,
snake_case operationIds, PascalCase schema names). A document found in the wild often does
not; the loader then derives every name here, deterministically, and writes it into the
document it hands on (so everything after the loader reads one valid name, from one owner):

- the package from the file name (`pet-store.yaml` -> `pet_store`),
- the client from `info.title` (`Swagger Petstore` -> `SwaggerPetstore`),
- a method from the operationId in snake_case (`listPets` -> `list_pets`), or from the
  method and path when there is none (`GET /pets/{petId}` -> `get_pets_pet_id`),
- a model class from the schema name in PascalCase (`errorMessage` -> `ErrorMessage`).

A derived name that is not free - a Python keyword, a name the client's own machinery uses
(`close`, `with_raw_response`, `base_url`...), a name the generated modules import
(`RootModel`, `Decimal`...), a name another one already became - gets a suffix: `_` for a
method, `Model` for a class, `_api` for a package, `Client` for a client; then `2`, `3`...
in file order, until it is unique. A rename that is not only a change of spelling comes with
a warning. A name the spec gives explicitly (`x-package`, `x-client-name`) is its author's
choice: one that is not free is refused instead. CONVENTIONS.md lists the rules.
"""

from __future__ import annotations

import keyword
import re
import unicodedata
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

from .document import operations
from .naming import snake_case, status_exception_name
from .reading import JsonPath

# Subpackages of `coinspec` that are not services.
RESERVED_PACKAGES = frozenset({"mock", "testing", "_core", "_specs"})

# Attributes every client has besides its operations: an operation may not hide one
# (tests/generator/test_names.py checks this list against the clients themselves).
RESERVED_METHODS = frozenset(
    {
        "aclose",
        "base_url",
        "close",
        "copy",
        "deadline",
        "max_response_bytes",
        "max_retries",
        "retry_backoff",
        "retry_backoff_cap",
        "timeout",
        "verifies_responses",
        "with_options",
        "with_raw_response",
    }
)

# The settings every client constructor takes besides its credentials and x-client-options:
# an option may not take one of these names (tests/generator/test_names.py checks this list
# against the constructors themselves).
CONSTRUCTOR_ARGUMENTS = frozenset(
    {
        "self",
        "base_url",
        "timeout",
        "deadline",
        "max_response_bytes",
        "max_retries",
        "retry_backoff",
        "retry_backoff_cap",
        "default_headers",
        "http_client",
        "transport",
    }
)

# Names the generated modules import or define beside the models (client, operations,
# errors, models, the package's __init__): a model class may not shadow one.
RESERVED_CLASSES = frozenset(
    {
        "Annotated",
        "Any",
        "APIConnectionError",
        "APIStatusError",
        "APITimeoutError",
        "AsyncBaseClient",
        "AsyncIterator",
        "AsyncPage",
        "AwareDatetime",
        "BaseClient",
        "BaseModel",
        "ClientClosedError",
        "CoinspecError",
        "ConfigDict",
        "Decimal",
        "DecimalText",
        "Enum",
        "ErrorEnvelope",
        "ErrorFamily",
        "Field",
        "FileInput",
        "Integer",
        "IntEnum",
        "Iterator",
        "Literal",
        "Mapping",
        "Model",
        "NotGiven",
        "OpenStrEnum",
        "Optional",
        "RawResponse",
        "ResponseValidationError",
        "ResponseTooLargeError",
        "RootModel",
        "StrictInt",
        "SecurityScheme",
        "Service",
        "StrEnum",
        "TypeAdapter",
        "SyncPage",
        "BooleanStrEnum",
        "SyncPager",
        "AsyncPager",
        "Self",
        "RequestError",
        "PaginationError",
        "MissingCredentialError",
        "EnvironmentVariable",
        "ConfigurationError",
        "ClientCheck",
        "BodyT",
        "TypeAlias",
        "TypeVar",
        "Union",
        "Upload",
        "UploadedFile",
        "UUID",
        "VerificationError",
        # The per-status error classes every client may define.
        *(status_exception_name(int(status)) for status in HTTPStatus),
        # Python's constants are keywords in PascalCase.
        "True",
        "False",
        "None",
    }
)
# The classes a client named N defines besides itself (templates/api/macros.j2's
# error_suffixes and N + WithRawResponse; tests/generator/test_imports.py checks both lists
# against the generated modules).
CLIENT_CLASS_SUFFIXES = (
    "Error",
    "ConfigurationError",
    "RequestError",
    "MissingCredentialError",
    "ConnectionError",
    "TimeoutError",
    "StatusError",
    "ResponseValidationError",
    "ResponseTooLargeError",
    "VerificationError",
    "PaginationError",
    "ClientClosedError",
    "WithRawResponse",
)
_STATUS_CLASS = re.compile(r"Status[0-9]+Error|Status[1-5]XXError")


def pascal_case(name: str) -> str:
    """`errorMessage` -> `ErrorMessage`, `Body_upload_file` -> `BodyUploadFile`,
    `model.reference.with.Periods` -> `ModelReferenceWithPeriods`; ASCII letters and digits
    only, capitals kept (`HTTPError` stays)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = [w for w in re.split(r"[^A-Za-z0-9]+", ascii_name) if w]
    return "".join(w[0].upper() + w[1:] for w in words)


def _snake(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    try:
        return snake_case(ascii_name)
    except ValueError:
        return ""


@dataclass
class Names:
    """The names the loader settled, and what it had to say about them."""

    problems: list[tuple[JsonPath, str]] = field(default_factory=list)
    warnings: list[tuple[JsonPath, str]] = field(default_factory=list)
    # Subtrees that moved (old path -> new path): renamed components.
    moves: list[tuple[JsonPath, JsonPath]] = field(default_factory=list)


def _unique(wanted: str, reserved: set[str], taken: set[str], suffix: str, sep: str = "") -> str:
    """``wanted`` with ``suffix`` when it is reserved, then with a number (after ``sep``)
    when another name already took it: the first that is free."""
    if wanted in reserved:
        wanted += suffix
    if wanted not in taken and wanted not in reserved:
        return wanted
    base = wanted.rstrip("_") + sep if sep else wanted
    number = 2
    while f"{base}{number}" in taken or f"{base}{number}" in reserved:
        number += 1
    return f"{base}{number}"


def settle_names(data: dict[str, Any], file_stem: str) -> Names:
    """Derive and write into ``data`` every Python name the generator uses (see above)."""
    names = Names()
    _package(data, file_stem, names)
    client = _client(data, names)
    _methods(data, names)
    _models(data, client, names)
    return names


def _package(data: dict[str, Any], file_stem: str, names: Names) -> None:
    given = data.get("x-package")
    if isinstance(given, str):
        if given in RESERVED_PACKAGES or keyword.iskeyword(given):
            names.problems.append(
                (
                    ("x-package",),
                    f"x-package {given!r} is not free: "
                    + (
                        "it is a Python keyword"
                        if keyword.iskeyword(given)
                        else f"coinspec.{given} is part of coinspec itself"
                    ),
                )
            )
        return
    if given is not None:
        return  # the vocabulary check reports what it is instead
    derived = _snake(file_stem).rstrip("_") or "api"
    if derived in RESERVED_PACKAGES or keyword.iskeyword(derived):
        names.warnings.append(
            ((), f"the package derived from the file name, {derived!r}, is not free: {derived}_api")
        )
        derived += "_api"
    data["x-package"] = derived


def _client(data: dict[str, Any], names: Names) -> str:
    given = data.get("x-client-name")

    def not_free(name: str) -> str | None:
        clashes = [n for n in (name, f"Async{name}") if n in RESERVED_CLASSES]
        clashes += [
            f"{name}{suffix}"
            for suffix in CLIENT_CLASS_SUFFIXES
            if f"{name}{suffix}" in RESERVED_CLASSES
        ]
        return clashes[0] if clashes else None

    if isinstance(given, str):
        clash = not_free(given)
        if clash is not None:
            names.problems.append(
                (
                    ("x-client-name",),
                    f"x-client-name {given!r} is not free: the generated client would define or "
                    f"import {clash} twice",
                )
            )
        return given
    if given is not None:
        return ""
    info = data.get("info") if isinstance(data.get("info"), dict) else {}
    assert isinstance(info, dict)
    title = info.get("title") if isinstance(info.get("title"), str) else ""
    derived = pascal_case(str(title)) or pascal_case(str(data.get("x-package", ""))) or "Api"
    if derived[0].isdigit():
        derived = "Api" + derived
    if not_free(derived) is not None:
        names.warnings.append(
            (
                ("info", "title"),
                f"the client name derived from info.title, {derived!r}, is not free "
                f"({not_free(derived)} is taken): {derived}Client",
            )
        )
        derived += "Client"
    data["x-client-name"] = derived
    return derived


def _methods(data: dict[str, Any], names: Names) -> None:
    """Every operationId a unique snake_case method name; x-flows' calls follow them."""
    reserved = set(RESERVED_METHODS)
    taken: set[str] = set()
    renamed: dict[str, str] = {}
    flows = data.get("x-flows") if isinstance(data.get("x-flows"), list) else []
    assert isinstance(flows, list)
    flow_names = {str(f.get("name")) for f in flows if isinstance(f, dict)}
    for path, template, method, op in operations(data):
        given = op.get("operationId")
        if isinstance(given, str) and given:
            wanted = _snake(given) or _snake(f"{method} {template}")
        else:
            wanted = _snake(f"{method} {template}") or method
        wanted = wanted or "call"
        name = _unique(wanted, reserved, taken | flow_names, "_", sep="_")
        if name != wanted:
            why = (
                "the client's own"
                if wanted in RESERVED_METHODS
                else "the name of another operation or flow"
            )
            names.warnings.append(
                (
                    (*path, "operationId") if given else path,
                    f"{method.upper()} {template} becomes the method {name}: {wanted} is {why}",
                )
            )
        taken.add(name)
        if op.get("x-pagination") is not None:
            reserved.add(f"iter_{name}")
        if isinstance(given, str):
            renamed[given] = name
        op["operationId"] = name
    for flow in flows:
        for step in flow.get("steps", []) if isinstance(flow, dict) else []:
            if isinstance(step, dict) and isinstance(step.get("call"), str):
                step["call"] = renamed.get(step["call"], step["call"])


def _models(data: dict[str, Any], client: str, names: Names) -> None:
    """Every component schema a unique PascalCase class name, `$ref`s rewritten to match."""
    components = data.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    if not isinstance(schemas, dict) or not schemas:
        return
    assert isinstance(components, dict)
    reserved = set(RESERVED_CLASSES)
    if client:
        reserved |= {client, f"Async{client}", *(f"{client}{s}" for s in CLIENT_CLASS_SUFFIXES)}
        reserved |= {f"Async{client}WithRawResponse", f"Test{client}Contract"}
    taken: set[str] = set()
    renamed: dict[str, str] = {}
    for name in schemas:
        wanted = pascal_case(name) or "Model"
        if wanted[0].isdigit():
            wanted = "Model" + wanted
        status_class = {wanted} if _STATUS_CLASS.fullmatch(wanted) else set()
        new = _unique(wanted, reserved | status_class, taken, "Model")
        if new != wanted:
            names.warnings.append(
                (
                    ("components", "schemas", name),
                    f"schema {name!r} becomes the class {new}: {wanted} is taken by the "
                    "generated modules' own names or another schema",
                )
            )
        taken.add(new)
        if new != name:
            renamed[name] = new
    if not renamed:
        return
    components["schemas"] = {renamed.get(n, n): s for n, s in schemas.items()}
    for old, new in renamed.items():
        names.moves.append((("components", "schemas", old), ("components", "schemas", new)))
    _rewrite_refs(data, renamed)


def _escape(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


def _rewrite_refs(data: Any, renamed: dict[str, str]) -> None:
    """Point every `$ref` (and discriminator mapping) at a renamed schema to its new name."""
    prefixes = {
        f"#/components/schemas/{_escape(old)}": _escape(new) for old, new in renamed.items()
    }

    def rewritten(ref: str) -> str:
        for old, new in prefixes.items():
            if ref == old or ref.startswith(old + "/"):
                return f"#/components/schemas/{new}{ref[len(old) :]}"
        return ref

    pending: list[Any] = [data]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                node["$ref"] = rewritten(ref)
            discriminator = node.get("discriminator")
            if isinstance(discriminator, dict) and isinstance(discriminator.get("mapping"), dict):
                mapping = discriminator["mapping"]
                for key, target in mapping.items():
                    if isinstance(target, str):
                        mapping[key] = (
                            rewritten(target)
                            if target.startswith("#")
                            else renamed.get(target, target)
                        )
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
