"""The intermediate representation: every OpenAPI quirk resolved once, so templates only loop.

A template never looks at the raw spec; it reads these dataclasses. Names, Python type
annotations, wire encodings and imports are decided here.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from .loader import Spec, SpecError, operations
from .naming import constant_case, range_exception_name, snake_case, status_exception_name
from .sources import Source, parse_source
from .wire import declared_types, wire_type

IDEMPOTENT_METHODS = frozenset({"get", "head", "options", "put", "delete", "trace"})


# How a body travels: JSON (application/json, any +json type), a multipart or urlencoded
# form, text (text/*, or a string of another type), or bytes (anything else).
MediaKind = Literal["json", "multipart", "form", "text", "binary"]


@dataclass(frozen=True)
class Parameter:
    name: str  # on the wire
    py_name: str
    location: Literal["path", "query", "header", "cookie"]
    required: bool
    annotation: str
    description: str
    style: str
    explode: bool
    example: Any
    has_example: bool
    optional_segment: bool = False
    schema: Any = None  # as the spec gives it (the contract tests build a value from it)
    # Its key among the call's arguments: the wire name, or `<location>:<name>` for a second
    # parameter of the same name elsewhere (a path and a query parameter both called `id`).
    key: str = ""
    kind: str = ""  # the scalar JSON type the client checks a value against ("" for others)

    @property
    def argument_key(self) -> str:
        return self.key or self.name


@dataclass(frozen=True)
class Body:
    content_type: str
    encoding: MediaKind
    annotation: str
    required: bool
    description: str
    example: Any
    has_example: bool
    model: str | None  # the pydantic model the body is, when it is one
    schema: Any = None  # as the spec gives it (the contract tests build a value from it)
    files: tuple[str, ...] = ()  # wire names of its file fields (binary content)
    secrets: tuple[str, ...] = ()  # wire names of its `format: password` fields


def _password_fields(spec: Any, schema: Any) -> tuple[str, ...]:
    """Wire names of a body's top-level properties that are passwords (`format: password`,
    OpenAPI's mark for a value to keep hidden), beside or inside `allOf`, `oneOf`, `anyOf`."""
    found: set[str] = set()
    pending = [schema]
    visited: set[int] = set()
    while pending:
        node = spec.deref(pending.pop())
        if not isinstance(node, dict) or id(node) in visited:
            continue
        visited.add(id(node))
        for name, prop in (node.get("properties") or {}).items():
            if isinstance(spec.deref(prop), dict) and spec.deref(prop).get("format") == "password":
                found.add(name)
        for key in ("allOf", "oneOf", "anyOf"):
            pending.extend(node.get(key) or [])
    return tuple(sorted(found))


@dataclass(frozen=True)
class Response:
    status: (
        int  # a status it covers: the status itself, 400 for 4XX, one no other covers for default
    )
    documented: int | str  # as the spec documents it: 404, "4XX" or "default"
    description: str
    annotation: str | None  # None: the document shows no body
    example: Any
    has_example: bool
    exception: str  # the class a non-2xx status raises
    own_class: bool = True  # False: `exception` is the service's StatusError (for default)
    content_type: str | None = None  # of the body it documents
    kind: MediaKind = "json"  # how that body is read


@dataclass(frozen=True)
class Pagination:
    style: Literal["offset", "cursor", "page"]
    items: str
    item_annotation: str
    limit: str | None = None
    offset: str | None = None
    total: str | None = None
    cursor: str | None = None
    from_item: str | None = None
    page: str | None = None
    last_page: str | None = None
    current_page: str | None = None


@dataclass(frozen=True)
class RuntimeFunction:
    """A function of coinspec_runtime that a hook or a flow step calls."""

    module: str  # dotted: `coinspec_runtime.<module>`
    name: str


@dataclass(frozen=True)
class Hook:
    stage: Literal["verify", "before-request"]
    function: RuntimeFunction
    arguments: tuple[tuple[str, Source], ...]  # (the function's keyword, its value's source)
    requires: tuple[str, ...]


@dataclass(frozen=True)
class ClientCheck:
    """A runtime check of a client option, run when a client is built (x-client-checks)."""

    option: str  # the option checked, named in the error; the check runs when it is set
    function: RuntimeFunction
    arguments: tuple[tuple[str, str], ...]  # (the function's keyword, a client option's name)


@dataclass(frozen=True)
class SecurityScheme:
    name: str
    kind: Literal["bearer", "basic", "header", "query", "cookie", "tls"]
    wire_name: str  # header, query parameter or cookie name
    argument: str  # client constructor argument ("" for tls, which needs none)
    description: str
    password_argument: str | None = None  # basic: the password's argument

    @property
    def arguments(self) -> tuple[tuple[str, str], ...]:
        """(constructor argument, what it is) for each credential the scheme takes."""
        what = self.description or self.name
        if self.kind == "tls":
            return ()
        if self.password_argument is not None:
            return (
                (self.argument, f"the user name of {what}"),
                (self.password_argument, f"the password of {what}"),
            )
        return ((self.argument, what),)


@dataclass(frozen=True)
class ClientOption:
    name: str
    annotation: str
    secret: bool
    description: str
    default: str | None = None
    example: str | None = None

    @property
    def kind(self) -> Literal["str", "bytes", "int", "bool"]:
        """The option's type (the vocabulary allows these four)."""
        if self.annotation not in ("str", "bytes", "int", "bool"):
            raise ValueError(f"client option {self.name!r} has type {self.annotation!r}")
        return self.annotation  # type: ignore[return-value]


@dataclass(frozen=True)
class EnvironmentVariable:
    """A constructor argument read from the environment when the caller does not pass it."""

    name: str  # <PACKAGE>_<ARGUMENT> in upper case, e.g. <PACKAGE>_API_KEY
    argument: str  # base_url, a credential's argument or a client option
    kind: Literal["str", "bytes", "int", "bool"]
    description: str


@dataclass(frozen=True)
class Operation:
    id: str
    constant: str
    method: str
    path: str
    summary: str
    description: str
    tags: tuple[str, ...]
    parameters: tuple[Parameter, ...]
    body: Body | None
    success: Response
    errors: tuple[Response, ...]
    idempotent: bool
    unwrap: str | None
    result_annotation: str  # what the method returns after unwrapping
    pagination: Pagination | None
    hooks: tuple[Hook, ...]
    security: tuple[str, ...]
    json_exact: bool = False  # see _exact_in_json
    security_optional: bool = False  # the spec also allows calling it without credentials
    # A login: (constructor argument of the credential, the result's field that holds it).
    sets_credential: tuple[str, str] | None = None

    @property
    def result_kind(self) -> MediaKind:
        """How the success body is read: JSON, text or bytes."""
        return self.success.kind

    @property
    def accept(self) -> str | None:
        """The Accept header when the success body is not JSON (the client's default)."""
        if self.success.content_type is None or self.success.kind == "json":
            return None
        return self.success.content_type

    @property
    def body_content_type(self) -> str | None:
        """The body's Content-Type when it is not what its encoding sends by default."""
        defaults = {"json": "application/json", "multipart": None, "form": None}
        if self.body is None or self.body.encoding in ("multipart", "form"):
            return None
        if defaults.get(self.body.encoding) == self.body.content_type:
            return None
        return self.body.content_type

    @property
    def path_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == "path")

    @property
    def query_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == "query")

    @property
    def header_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == "header")

    @property
    def arguments(self) -> tuple[Parameter, ...]:
        """Required arguments first, as Python's keyword-only signature reads best."""
        return tuple(sorted(self.parameters, key=lambda p: not p.required))


@dataclass(frozen=True)
class FlowArgument:
    name: str
    annotation: str
    description: str
    default: Any = None
    has_default: bool = False  # False: the caller must pass it


@dataclass(frozen=True)
class FlowBody:
    """The request body of a call step: one value, or an object built field by field."""

    source: Source | None = None
    fields: tuple[tuple[str, Source], ...] = ()  # (wire name of the field, its source)


@dataclass(frozen=True)
class FlowStep:
    kind: Literal["call", "run"]
    name: str  # what later steps call its result: the spec's `as`, else step<number>
    arguments: tuple[tuple[str, Source], ...]  # (keyword of the method or function, its source)
    operation: Operation | None = None  # a call step's operation
    function: RuntimeFunction | None = None  # a run step's function
    body: FlowBody | None = None
    returns_none: bool = False  # an operation without a response body: nothing to keep


@dataclass(frozen=True)
class Flow:
    name: str
    summary: str
    description: str
    requires: tuple[str, ...]
    arguments: tuple[FlowArgument, ...]
    steps: tuple[FlowStep, ...]
    result_step: str  # the step whose result the flow returns: its last call
    result_annotation: str

    @property
    def typed_steps(self) -> frozenset[str]:
        """The steps whose result is a typed model (the calls'); `step:` sources take its JSON."""
        return frozenset(step.name for step in self.steps if step.kind == "call")


@dataclass(frozen=True)
class ErrorEnvelope:
    property: str
    equals: Any
    model: str


@dataclass
class Api:
    package: str
    client_name: str
    title: str
    description: str
    version: str
    source_file: str
    base_url: str | None  # None: the spec gives none, the user must pass one
    operations: list[Operation]
    security_schemes: list[SecurityScheme]
    client_options: list[ClientOption]
    error_envelope: ErrorEnvelope | None
    flows: list[Flow] = field(default_factory=list)
    client_checks: list[ClientCheck] = field(default_factory=list)
    # Request models and their optional fields the spec does not let be null (wire names):
    # a None there means "not given", and is left out of the body.
    omitted_when_none: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Request models and the rules of their schemas (plain JSON Schema: required sets,
    # if/then on field values), checked before sending.
    body_rules: dict[str, list[Any]] = field(default_factory=dict)
    models: list[str] = field(default_factory=list)  # the model classes the annotations name
    # Every component's class in models.py (each component is one, named as the component):
    # what the generated modules may import from it; the formatter drops what one does not use.
    schema_classes: list[str] = field(default_factory=list)
    spec: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def environment_variables(self) -> list[EnvironmentVariable]:
        """Every argument the environment may supply: the base URL, each credential, each
        client option, in the constructor's order. The one list of these names (docs too)."""

        def variable(
            argument: str, kind: Literal["str", "bytes", "int", "bool"], description: str
        ) -> EnvironmentVariable:
            return EnvironmentVariable(
                f"{self.package.upper()}_{argument.upper()}", argument, kind, description
            )

        found = [variable("base_url", "str", "the service URL")]
        found += [
            variable(argument, "str", what)
            for s in self.security_schemes
            for argument, what in s.arguments
        ]
        found += [variable(o.name, o.kind, o.description) for o in self.client_options]
        return found

    @property
    def credential_arguments(self) -> list[tuple[str, str]]:
        """(constructor argument, what it is) of every credential, in the schemes' order."""
        return [pair for s in self.security_schemes for pair in s.arguments]

    def environment_variable(self, argument: str) -> str:
        """The name of the environment variable of one constructor argument."""
        return next(v.name for v in self.environment_variables if v.argument == argument)

    @property
    def error_classes(self) -> list[tuple[int | str, str]]:
        """(404 or "4XX", its class) for each documented error status or range."""
        found = {
            r.documented: r.exception for op in self.operations for r in op.errors if r.own_class
        }
        return sorted(found.items(), key=lambda item: str(item[0]))

    def error_body(self, status: int | str) -> str | None:
        """The body type of a status's (or a range's) exception class: the union of what
        each operation documenting it declares; None when one of them declares no body."""
        members: list[str] = []
        for op in self.operations:
            for response in op.errors:
                if response.documented != status:
                    continue
                if response.annotation is None:
                    return None
                for member in response.annotation.split(" | "):
                    if member not in members:
                        members.append(member)
        return " | ".join(members) if members else None

    @property
    def error_body_models(self) -> list[str]:
        """The models the exception classes are typed with, for errors.py to import."""
        names = {
            member
            for status, _ in self.error_classes
            for member in (self.error_body(status) or "").split(" | ")
            if member in self.models
        }
        clash = names & {name for _, name in self.error_classes}
        if clash:
            raise ValueError(
                f"{self.source_file}: models {sorted(clash)} have the names of exception classes"
            )
        return sorted(names)

    @property
    def example_operation(self) -> Operation | None:
        """An operation a README can call with no arguments (the first such, else the first;
        None when the spec has none: a document of webhooks only)."""
        for op in self.operations:
            if not op.body and not any(p.required for p in op.parameters) and not op.security:
                return op
        return self.operations[0] if self.operations else None

    def operations_with_status(self, status: int | str) -> list[str]:
        return [op.id for op in self.operations if any(r.documented == status for r in op.errors)]

    @property
    def verify_hooks(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """(operation, the client options its verification needs) for each verify hook."""
        return tuple(
            (op.id, h.requires) for op in self.operations for h in op.hooks if h.stage == "verify"
        )

    @property
    def hook_modules(self) -> list[str]:
        return sorted({h.function.module for op in self.operations for h in op.hooks})

    @property
    def flow_modules(self) -> list[str]:
        return sorted(
            {step.function.module for f in self.flows for step in f.steps if step.function}
        )


class _Types:
    """Python annotations for schemas: a model by its component's name (the loader made each
    one a free class name, generator/names.py), coinspec's exact
    types by `wire_type`, as the models use them."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.components: Mapping[str, Any] = (spec.data.get("components") or {}).get(
            "schemas"
        ) or {}
        self.used: set[str] = set()  # the model classes the annotations name

    def is_model(self, name: str) -> bool:
        """Object schemas and enums are referred to by their class; aliases of scalars and
        arrays are written out where they are used."""
        schema = self.components[name]
        return "enum" in schema or schema.get("type") == "object" or "properties" in schema

    def object_model(self, schema: Any) -> str | None:
        """The pydantic model a schema `$ref`s, when it is one (an object: a mapping given
        for it is validated into it); None for an enum, a scalar or an array."""
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        if not isinstance(ref, str) or not ref.startswith("#/components/schemas/"):
            return None
        name = ref.rsplit("/", 1)[-1]
        target = self.components.get(name)
        if not isinstance(target, dict) or "enum" in target:
            return None
        if target.get("type") == "object" or "properties" in target:
            self.used.add(name)
            return name
        return None

    def annotation(self, schema: Any, accepting: bool = False) -> str:
        """The Python type of a schema. ``accepting``: of a value the caller passes (a
        parameter, a body), where an enum also takes its values as string literals."""
        if not isinstance(schema, dict):
            return "Any"
        if "$ref" in schema:
            name = str(schema["$ref"]).rsplit("/", 1)[-1]
            if not self.is_model(name):
                return self.annotation(self.components[name], accepting)
            self.used.add(name)
            values = [v for v in self.components[name].get("enum") or [] if v is not None]
            if accepting and values:
                return f"{name} | Literal[{', '.join(map(repr, values))}]"
            return name
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self._union([self.annotation(s, accepting) for s in schema[key]])
        if "allOf" in schema and len(schema["allOf"]) == 1:
            return self.annotation(schema["allOf"][0], accepting)
        if "const" in schema and schema["const"] is None:
            return "None"
        wire = wire_type(schema)
        if wire is not None:
            return self._union(
                [wire.value, *(["None"] if "null" in declared_types(schema) else [])]
            )
        types = schema.get("type")
        if isinstance(types, list):
            return self._union([self._scalar(t, schema, accepting) for t in types])
        if types is None:
            return "Any"
        return self._scalar(types, schema, accepting)

    def _scalar(self, kind: str, schema: Mapping[str, Any], accepting: bool = False) -> str:
        """One JSON type of a schema that is none of coinspec's exact types as a whole."""
        if kind in ("number", "integer", "string"):
            wire = wire_type({"type": kind})
            if wire is not None:
                return wire.value  # a number is a Decimal, never a float
            return {"integer": "int", "string": "str"}[kind]
        if kind == "boolean":
            return "bool"
        if kind == "null":
            return "None"
        if kind == "array":
            return f"list[{self.annotation(schema.get('items', {}), accepting)}]"
        if kind == "object":
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and not schema.get("properties"):
                return f"dict[str, {self.annotation(extra, accepting)}]"
            return "dict[str, Any]"
        return "Any"

    @staticmethod
    def _union(parts: list[str]) -> str:
        flat: list[str] = []
        for part in parts:
            for piece in _union_members(part):
                if piece not in flat:
                    flat.append(piece)
        if "Any" in flat:
            return "Any"
        # None last reads best: `str | None`.
        flat.sort(key=lambda p: p == "None")
        if "Decimal" in flat and "int" in flat:
            flat.remove("int")  # Decimal holds integers exactly; one type is simpler to use
        return " | ".join(flat)


def media_kind(content_type: str, schema: Any) -> MediaKind:
    """How a body of ``content_type`` travels (one rule for requests and responses alike)."""
    base = content_type.split(";", 1)[0].strip().lower()
    if base == "multipart/form-data":
        return "multipart"
    if base == "application/x-www-form-urlencoded":
        return "form"
    if base == "application/json" or base.endswith(("+json", "/json")):
        return "json"
    if base.startswith("text/"):
        return "text"
    string = isinstance(schema, dict) and schema.get("type") == "string"
    if string and schema.get("format") != "binary" and "contentMediaType" not in schema:
        return "text"  # a string of a type of its own (`application/xml`, vendor types)
    return "binary"


# Of several media types, the one the client sends or expects: the first JSON one, else a
# form, else text, else bytes.
_KIND_PREFERENCE: dict[MediaKind, int] = {
    "json": 0,
    "multipart": 1,
    "form": 2,
    "text": 3,
    "binary": 4,
}


def _union_members(annotation: str) -> list[str]:
    """`A | list[B | C] | Literal["x | y"]` -> its top-level members."""
    members, depth, quote, start = [], 0, "", 0
    for index, char in enumerate(annotation):
        if quote:
            quote = "" if char == quote and annotation[index - 1] != "\\" else quote
        elif char in "'\"":
            quote = char
        elif char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        elif depth == 0 and annotation.startswith(" | ", index):
            members.append(annotation[start:index])
            start = index + 3
    members.append(annotation[start:])
    return members


def _media(content: Mapping[str, Any] | None) -> tuple[str, dict[str, Any]] | None:
    if not content:
        return None
    if "application/json" in content:
        return "application/json", content["application/json"]
    ranked = sorted(
        content.items(),
        key=lambda item: _KIND_PREFERENCE[
            media_kind(
                item[0], (item[1] or {}).get("schema") if isinstance(item[1], dict) else None
            )
        ],
    )
    content_type, media = ranked[0]
    return content_type, media


def _media_annotation(types: _Types, kind: MediaKind, schema: Any, accepting: bool = False) -> str:
    """The Python type of a body: what its schema says for JSON and forms, `str` for text,
    a file (`Upload`) to send or `bytes` received for binary content. ``accepting``: of a
    body the caller passes (see _Types.annotation)."""
    if kind == "text":
        return "str"
    if kind == "binary":
        return "Upload"
    return types.annotation(schema, accepting)


def _example(media: Mapping[str, Any]) -> tuple[Any, bool]:
    if "example" in media:
        return media["example"], True
    examples = media.get("examples") or {}
    for value in examples.values():
        if isinstance(value, dict) and "value" in value:
            return value["value"], True
    return None, False


# Constructor arguments every client has: a credential must not take one of these names.
CLIENT_ARGUMENTS = frozenset(
    {
        "self",
        "base_url",
        "timeout",
        "max_retries",
        "retry_backoff",
        "retry_backoff_cap",
        "default_headers",
        "http_client",
        "transport",
    }
)


def _security_schemes(spec: Spec) -> list[SecurityScheme]:
    """One SecurityScheme per scheme of components/securitySchemes (the loader refused the
    kinds the client cannot send), each credential a constructor argument of its own:
    `api_key` for the only HTTP bearer scheme, `access_token` for the only OAuth2 or OpenID
    Connect one, `username`/`password` for the only basic one, the scheme's name otherwise."""
    schemes = (spec.data.get("components") or {}).get("securitySchemes") or {}
    resolved = {name: spec.deref(scheme) for name, scheme in schemes.items()}

    def http(scheme: Mapping[str, Any]) -> str:
        return str(scheme.get("scheme", "")).lower() if scheme.get("type") == "http" else ""

    bearers = [n for n, s in resolved.items() if http(s) == "bearer"]
    tokens = [n for n, s in resolved.items() if s.get("type") in ("oauth2", "openIdConnect")]
    basics = [n for n, s in resolved.items() if http(s) == "basic"]
    options = {str(o.get("name")) for o in spec.data.get("x-client-options", [])}
    taken = set(CLIENT_ARGUMENTS) | options

    def free(wanted: str) -> str:
        name = wanted
        number = 2
        while name in taken:
            name = f"{wanted}_{number}"
            number += 1
        taken.add(name)
        return name

    out = []
    for name, scheme in resolved.items():
        description = " ".join(str(scheme.get("description", "")).split())
        own = snake_case(name)
        if name in bearers:
            argument = free("api_key" if len(bearers) == 1 else own)
            out.append(SecurityScheme(name, "bearer", "Authorization", argument, description))
        elif name in tokens:
            argument = free("access_token" if len(tokens) == 1 else f"{own}_token")
            out.append(SecurityScheme(name, "bearer", "Authorization", argument, description))
        elif name in basics:
            user, password = (
                ("username", "password")
                if len(basics) == 1
                else (f"{own}_username", f"{own}_password")
            )
            out.append(
                SecurityScheme(
                    name, "basic", "Authorization", free(user), description, free(password)
                )
            )
        elif scheme.get("type") == "apiKey":
            kind: Literal["header", "query", "cookie"] = scheme["in"]
            out.append(SecurityScheme(name, kind, scheme["name"], free(own), description))
        else:  # mutualTLS: the loader refused anything else
            out.append(SecurityScheme(name, "tls", "", "", description))
    return out


def _argument_name(wire_name: str, method_arguments: Collection[str]) -> str:
    """A parameter's Python name: snake_case, never a keyword nor one of the method's own
    (`timeout` of the spec is `timeout_`: the method's own is the option)."""
    name = snake_case(wire_name) if any(c.isalnum() for c in wire_name) else "param"
    return f"{name}_" if name in method_arguments else name


# Which of several parameters of one Python name keeps it: the path's first.
_LOCATION_PRIORITY = {"path": 0, "query": 1, "header": 2, "cookie": 3}


def _operation_parameters(
    spec: Spec,
    types: _Types,
    path_level: list[Any],
    own: list[Any],
    optional_segments: set[str],
    method_arguments: Collection[str],
) -> list[Parameter]:
    """The parameters of an operation: the path item's, each replaced by the operation's of
    the same name and place (as OpenAPI says), with Python names unique within the method
    (`id` in the path and `id` in the query become `id` and `id_query`; `orderId` and
    `order_id` become `order_id` and `order_id_2`) and unique argument keys."""
    merged: dict[tuple[str, str], Any] = {}
    for raw in [*path_level, *own]:
        resolved = spec.deref(raw)
        merged[(str(resolved["name"]), str(resolved["in"]))] = raw
    params = [
        _parameter(spec, types, raw, optional_segments, method_arguments) for raw in merged.values()
    ]
    taken: dict[str, str] = {}  # Python name -> the location of the parameter that has it
    renamed: dict[int, str] = {}
    for index in sorted(range(len(params)), key=lambda i: _LOCATION_PRIORITY[params[i].location]):
        param = params[index]
        stem = param.py_name.rstrip("_")
        name = param.py_name
        if name in taken and taken[name] != param.location:
            name = f"{stem}_{param.location}"
        number = 2
        while name in taken:
            name = f"{stem}_{number}"
            number += 1
        taken[name] = param.location
        renamed[index] = name
    wire_names = [p.name for p in params]
    return [
        dataclasses.replace(
            param,
            py_name=renamed[index],
            key=f"{param.location}:{param.name}" if wire_names.index(param.name) != index else "",
        )
        for index, param in enumerate(params)
    ]


def _parameter(
    spec: Spec,
    types: _Types,
    raw: Mapping[str, Any],
    optional_segments: set[str],
    method_arguments: Collection[str],
) -> Parameter:
    raw = spec.deref(raw)
    location = raw["in"]
    schema = raw.get("schema", {})
    py_name = _argument_name(raw["name"], method_arguments)
    optional = raw["name"] in optional_segments
    style = raw.get("style", "simple" if location in ("path", "header") else "form")
    explode = raw.get("explode", style == "form" or style == "deepObject")
    if isinstance(raw.get("content"), dict) and raw["content"]:
        # JSON text in a query parameter (the loader refuses any other content parameter)
        schema = next(iter(raw["content"].values())).get("schema", {})
        style, explode = "json", False
    annotation = types.annotation(schema, accepting=True)
    if style == "deepObject" and "$ref" in schema:
        annotation += " | Mapping[str, Any]"  # filters={"side": "buy"} reads as well as a model
    return Parameter(
        name=raw["name"],
        py_name=py_name,
        location=location,
        required=bool(raw.get("required", False)) and not optional,
        annotation=annotation,
        description=" ".join(str(raw.get("description", "")).split()),
        style=style,
        explode=explode,
        example=raw.get("example"),
        has_example="example" in raw,
        optional_segment=optional,
        schema=schema,
        kind=_scalar_kind(types, schema),
    )


def _server_url(server: Mapping[str, Any]) -> str:
    """The server's URL with each `{variable}` its default (`https://{region}.x.example`
    with region's default eu is `https://eu.x.example`); one with no default stays, and
    the URL then is no default base_url."""
    variables = server.get("variables") or {}

    def default(match: re.Match[str]) -> str:
        variable = variables.get(match[1])
        if isinstance(variable, Mapping) and isinstance(variable.get("default"), str):
            return str(variable["default"])
        return match[0]

    return re.sub(r"\{([^{}]*)\}", default, str(server.get("url", "/")))


def _scalar_kind(types: _Types, schema: Any) -> str:
    """integer, number (decimals too), boolean or string, when the parameter is one of these
    (or null); "" for anything else, which the client sends without a type check."""
    while isinstance(schema, dict) and "$ref" in schema:
        schema = types.components.get(str(schema["$ref"]).rsplit("/", 1)[-1], {})
    if not isinstance(schema, dict) or "enum" in schema:
        return ""
    kinds = schema.get("type")
    kinds = [k for k in (kinds if isinstance(kinds, list) else [kinds]) if k != "null"]
    if len(kinds) != 1:
        return ""
    if schema.get("format") == "decimal" and kinds[0] in ("string", "number"):
        return "number"
    if schema.get("format") == "integer" and kinds[0] in ("string", "integer"):
        return "integer"
    return kinds[0] if kinds[0] in ("integer", "number", "boolean", "string") else ""


def _exact_in_json(spec: Spec, schema: Any) -> bool:
    """Whether every value of ``schema`` survives pydantic-core's JSON parsing unchanged.

    That parser reads JSON numbers with a fraction as floats: a decimal that may come as a
    number, or a value of any type, must go through coinspec's exact JSON reading instead.
    (Extra fields, which the spec cannot type, refuse floats: see ExactJson.)
    """
    seen: set[int] = set()
    pending = [schema]
    while pending:
        node = spec.deref(pending.pop())
        if not isinstance(node, dict) or id(node) in seen:
            continue
        seen.add(id(node))
        types = node.get("type")
        kinds = [types] if isinstance(types, str) else list(types or [])
        combined = [member for key in ("anyOf", "oneOf", "allOf") for member in node.get(key, [])]
        if node.get("format") == "decimal" and (not kinds or "number" in kinds):
            return False
        if (
            not kinds
            and not combined
            and not any(key in node for key in ("enum", "const", "properties", "items"))
        ):
            return False  # any JSON value
        extra = node.get("additionalProperties")
        if extra is True or extra == {}:
            return False
        pending.extend(combined)
        pending.extend((node.get("properties") or {}).values())
        for key in ("items", "additionalProperties"):
            if isinstance(node.get(key), dict):
                pending.append(node[key])
    return True


def _runtime_function(dotted: str) -> RuntimeFunction:
    module, name = dotted.split(":")
    return RuntimeFunction(module, name)


def _sources(raw: Mapping[str, str] | None) -> tuple[tuple[str, Source], ...]:
    return tuple((keyword, parse_source(text)) for keyword, text in (raw or {}).items())


def _hooks(raw: list[Mapping[str, Any]]) -> tuple[Hook, ...]:
    # A hook's `mock` function is run by the mock server, which reads it from the spec.
    return tuple(
        Hook(
            stage=hook["stage"],
            function=_runtime_function(hook["function"]),
            arguments=tuple(sorted(_sources(hook.get("arguments")), key=lambda a: a[0])),
            requires=tuple(hook.get("requires", [])),
        )
        for hook in raw
    )


def _property_schema(spec: Spec, schema: Any, dotted: str) -> Any:
    node = spec.deref(schema)
    if dotted == ".":
        return node
    for part in dotted.split("."):
        node = spec.deref((node.get("properties") or {}).get(part, {}))
    return node


def _option_name(text: str) -> str:
    source = parse_source(text)
    if source.kind != "option" or source.name is None:
        raise ValueError(f"{text!r} is not a client option's source (option:<name>)")
    return source.name


def _flow_body(raw: str | Mapping[str, str] | None) -> FlowBody | None:
    if raw is None:
        return None
    if isinstance(raw, str):
        return FlowBody(parse_source(raw))
    return FlowBody(fields=_sources(raw))


def _flows(spec: Spec, ops: list[Operation], method_arguments: Collection[str]) -> list[Flow]:
    by_id = {op.id: op for op in ops}
    flows = []
    problems = [
        spec.problem(
            ("x-flows", number, "arguments", index, "name"),
            f"flow argument {argument['name']!r} has the name of an argument every method "
            f"takes ({', '.join(sorted(method_arguments))}); choose another",
        )
        for number, raw in enumerate(spec.data.get("x-flows", []))
        for index, argument in enumerate(raw.get("arguments", []))
        if argument["name"] in method_arguments
    ]
    if problems:
        raise SpecError(problems)
    for raw in spec.data.get("x-flows", []):
        steps: list[FlowStep] = []
        for number, step in enumerate(raw["steps"]):
            name = step.get("as", f"step{number + 1}")
            arguments = _sources(step.get("arguments"))
            if "call" in step:
                op = by_id[step["call"]]
                python_names = {p.name: p.py_name for p in op.parameters}
                steps.append(
                    FlowStep(
                        "call",
                        name,
                        tuple((python_names[wire], source) for wire, source in arguments),
                        operation=op,
                        body=_flow_body(step.get("body")),
                        returns_none=op.result_annotation == "None",
                    )
                )
            else:
                steps.append(
                    FlowStep("run", name, arguments, function=_runtime_function(step["run"]))
                )
        last_call = next(step for step in reversed(steps) if step.operation is not None)
        assert last_call.operation is not None
        flows.append(
            Flow(
                name=raw["name"],
                summary=" ".join(str(raw["summary"]).split()),
                description=str(raw.get("description", "")).strip(),
                requires=tuple(raw.get("requires", [])),
                arguments=tuple(
                    FlowArgument(
                        a["name"],
                        a["type"],
                        " ".join(str(a["description"]).split()),
                        a.get("default"),
                        "default" in a,
                    )
                    for a in raw.get("arguments", [])
                ),
                steps=tuple(steps),
                result_step=last_call.name,
                result_annotation=last_call.operation.result_annotation,
            )
        )
    return flows


_STATUS_RANGE = re.compile(r"[1-5]XX")


def _status_rank(key: str) -> int:
    """Exact statuses first, then ranges, then default: the order a response is matched in."""
    return 0 if key.isdigit() else 1 if _STATUS_RANGE.fullmatch(key) else 2


def _responses(
    spec: Spec, types: _Types, responses: Mapping[str, Any], status_error: str
) -> tuple[Response, tuple[Response, ...], Any]:
    """The success response (the first 2xx, else 2XX, else default), the error responses in
    the order they are matched (statuses, ranges, default), and the success schema.

    `default` covers every status nothing else documents: an error beside a 2xx, and also
    the success when the spec documents no 2xx at all."""
    keys = sorted(
        (str(k).upper() if str(k).upper().endswith("XX") else str(k) for k in responses),
        key=_status_rank,
    )
    by_key = {
        (str(k).upper() if str(k).upper().endswith("XX") else str(k)): v
        for k, v in responses.items()
    }
    covered = {int(k) for k in keys if k.isdigit()}
    ranges = {k[0] for k in keys if _STATUS_RANGE.fullmatch(k)}
    success: Response | None = None
    success_schema: Any = None
    errors: list[Response] = []
    for key in keys:
        response = spec.deref(by_key[key])
        media = _media(response.get("content"))
        annotation = None
        example: Any = None
        has_example = False
        schema: Any = None
        content_type: str | None = None
        kind: MediaKind = "json"
        if media:
            content_type = media[0]
            schema = media[1].get("schema", {})
            kind = media_kind(content_type, schema)
            annotation = "bytes" if kind == "binary" else _media_annotation(types, kind, schema)
            example, has_example = _example(media[1])
        description = " ".join(str(response.get("description", "")).split())
        documented: int | str
        if key.isdigit():
            status, documented, exception = int(key), int(key), status_exception_name(int(key))
        elif key != "default":
            status, documented, exception = int(key[0]) * 100, key, range_exception_name(key)
        else:
            free = (s for s in range(599, 299, -1) if s not in covered and str(s)[0] not in ranges)
            status = 500 if 500 not in covered and "5" not in ranges else next(free, 599)
            documented, exception = "default", status_error
        entry = Response(
            status,
            documented,
            description,
            annotation,
            example,
            has_example,
            exception,
            own_class=key != "default",
            content_type=content_type,
            kind=kind,
        )
        is_success = key.startswith("2") or (key == "default" and success is None)
        if is_success and success is None:
            success_schema = schema
            success = entry if key != "default" else dataclasses.replace(entry, status=200)
        if not key.startswith("2"):
            errors.append(entry)
    assert success is not None  # the loader refuses an operation without one
    errors.sort(key=lambda r: (_status_rank(str(r.documented)), str(r.documented)))
    return success, tuple(errors), success_schema


def _admits_null(spec: Spec, schema: Any, seen: frozenset[int] = frozenset()) -> bool:
    node = spec.deref(schema)
    if not isinstance(node, dict) or id(node) in seen:
        return False
    seen = seen | {id(node)}
    types = node.get("type")
    if types == "null" or (isinstance(types, list) and "null" in types):
        return True
    if "const" in node and node["const"] is None:
        return True
    if None in (node.get("enum") or ()):
        return True
    if any(_admits_null(spec, m, seen) for key in ("oneOf", "anyOf") for m in node.get(key, [])):
        return True
    members = node.get("allOf") or []
    return bool(members) and all(_admits_null(spec, m, seen) for m in members)


def _request_models(spec: Spec, types: _Types, roots: list[Any]) -> list[str]:
    """The models a request body may hold, nested ones included."""
    found: list[str] = []
    pending = list(roots)
    while pending:
        node = pending.pop()
        if not isinstance(node, dict):
            continue
        if "$ref" in node:
            name = str(node["$ref"]).rsplit("/", 1)[-1]
            if name in found or name not in types.components:
                continue
            if types.is_model(name):
                found.append(name)
            pending.append(types.components[name])
            continue
        pending.extend((node.get("properties") or {}).values())
        for key in ("oneOf", "anyOf", "allOf"):
            pending.extend(node.get(key) or [])
        for key in ("items", "additionalProperties"):
            if isinstance(node.get(key), dict):
                pending.append(node[key])
    return sorted(found)


def _not_nullable_optional_fields(
    spec: Spec, types: _Types, models: list[str]
) -> dict[str, tuple[str, ...]]:
    """For each request model, its optional properties that may not be null."""
    found: dict[str, tuple[str, ...]] = {}
    for name in models:
        target = types.components[name]
        if not isinstance(target.get("properties"), dict):
            continue
        required = set(target.get("required") or ())
        fields = tuple(
            sorted(
                wire
                for wire, prop in target["properties"].items()
                if wire not in required and not _admits_null(spec, prop)
            )
        )
        if fields:
            found[name] = fields
    return found


# What a rule of a body may say: which fields must (or must not) be present, given the
# values of others. A combinator made only of these is a rule, not a shape.
_RULE_KEYWORDS = frozenset(
    {
        "required",
        "not",
        "properties",
        "const",
        "enum",
        "if",
        "then",
        "else",
        "allOf",
        "anyOf",
        "oneOf",
        "dependentRequired",
        "description",
    }
)


def _is_rule(spec: Spec, node: Any) -> bool:
    node = spec.deref(node)
    if not isinstance(node, dict) or "$ref" in node or not set(node) <= _RULE_KEYWORDS:
        return False
    if set(node) <= {"description"}:
        return False
    parts = [*(node.get("properties") or {}).values()]
    parts += [node[key] for key in ("if", "then", "else", "not") if key in node]
    parts += [m for key in ("allOf", "anyOf", "oneOf") for m in node.get(key, [])]
    return all(_is_rule(spec, part) or _is_condition(part) for part in parts)


def _is_condition(node: Any) -> bool:
    """A value test inside a rule: `{const: withdraw}`, `{enum: [...]}`."""
    return isinstance(node, dict) and bool(node) and set(node) <= {"const", "enum", "description"}


def _plain(spec: Spec, node: Any) -> Any:
    """A rule as plain data (references resolved, descriptions dropped)."""
    node = spec.deref(node)
    if isinstance(node, dict):
        return {k: _plain(spec, v) for k, v in sorted(node.items()) if k != "description"}
    if isinstance(node, list):
        return [_plain(spec, v) for v in node]
    return node


def _body_rules(spec: Spec, types: _Types, models: list[str]) -> dict[str, list[Any]]:
    """For each request model, the rules of its schema: if/then, anyOf/oneOf of required
    sets, dependentRequired; the client checks them before sending."""
    found: dict[str, list[Any]] = {}
    for name in models:
        schema = types.components[name]
        rules: list[Any] = []
        if "if" in schema:
            rules.append(
                _plain(spec, {k: schema[k] for k in ("if", "then", "else") if k in schema})
            )
        for key in ("allOf", "anyOf", "oneOf"):
            members = schema.get(key)
            if isinstance(members, list) and members and all(_is_rule(spec, m) for m in members):
                rules.append({key: _plain(spec, members)})
        if isinstance(schema.get("dependentRequired"), dict):
            rules.append({"dependentRequired": _plain(spec, schema["dependentRequired"])})
        if rules:
            found[name] = rules
    return found


def build_api(spec: Spec, method_arguments: Collection[str]) -> Api:
    """The IR of one spec. ``method_arguments`` are the names the templates give the
    generated methods' own arguments (`templates/api/macros.j2`): a spec parameter of one
    of those names gets a trailing underscore, a flow argument is refused."""
    data = spec.data
    types = _Types(spec)
    schemes = _security_schemes(spec)
    ops: list[Operation] = []
    request_schemas: list[Any] = []
    for _path, template, method, raw in operations(data):
        item = data["paths"][template]
        optional_segments = set(raw.get("x-optional-path-segments", []))
        params = _operation_parameters(
            spec,
            types,
            item.get("parameters", []),
            raw.get("parameters", []),
            optional_segments,
            method_arguments,
        )
        body = None
        if "requestBody" in raw:
            request = spec.deref(raw["requestBody"])
            media = _media(request.get("content"))
            if media:
                content_type, media_obj = media
                schema = media_obj.get("schema", {})
                encoding = media_kind(content_type, schema)
                body_example, body_has_example = _example(media_obj)
                request_schemas.append(schema)
                body = Body(
                    content_type=content_type,
                    encoding=encoding,
                    annotation=_media_annotation(types, encoding, schema, accepting=True),
                    required=bool(request.get("required", False)),
                    description=" ".join(str(request.get("description", "")).split()),
                    example=body_example,
                    has_example=body_has_example,
                    model=types.object_model(schema) if encoding != "text" else None,
                    schema=schema,
                    files=tuple(
                        sorted(
                            name
                            for name, prop in (spec.deref(schema).get("properties") or {}).items()
                            if "Upload" in types.annotation(prop).split(" | ")
                        )
                    ),
                    secrets=_password_fields(spec, schema),
                )
        success, errors, success_schema = _responses(
            spec, types, raw["responses"], f"{data['x-client-name']}StatusError"
        )
        unwrap = raw.get("x-unwrap")
        if unwrap:
            result_annotation = types.annotation(
                (spec.deref(success_schema).get("properties") or {})[unwrap]
            )
        else:
            result_annotation = success.annotation or "None"
        pagination = None
        if "x-pagination" in raw:
            page = raw["x-pagination"]
            result_schema = (
                (spec.deref(success_schema).get("properties") or {})[unwrap]
                if unwrap
                else success_schema
            )
            items_schema = _property_schema(spec, result_schema, page["items"])
            pagination = Pagination(
                style=page["style"],
                items=page["items"],
                item_annotation=types.annotation(items_schema.get("items", {})),
                limit=page.get("limit"),
                offset=page.get("offset"),
                total=page.get("total"),
                cursor=page.get("cursor"),
                from_item=page.get("from-item"),
                page=page.get("page"),
                last_page=page.get("last-page"),
                current_page=page.get("current-page"),
            )
        security = raw.get("security")
        requirements = security if security is not None else data.get("security", [])
        required_schemes = [next(iter(r)) for r in requirements if r]
        result_schema = (
            (spec.deref(success_schema).get("properties") or {}).get(unwrap)
            if unwrap
            else success_schema
        )
        login = raw.get("x-sets-credential")
        sets_credential = (
            (next(s.argument for s in schemes if s.name == login["scheme"]), login["from"])
            if login
            else None
        )
        ops.append(
            Operation(
                id=raw["operationId"],
                constant=constant_case(raw["operationId"]),
                method=method,
                path=template,
                summary=" ".join(str(raw.get("summary", "")).split()),
                description=str(raw.get("description", "")).strip(),
                tags=tuple(raw.get("tags", [])),
                parameters=tuple(params),
                body=body,
                success=success,
                errors=errors,
                idempotent=bool(raw.get("x-idempotent", method in IDEMPOTENT_METHODS)),
                unwrap=unwrap,
                result_annotation=result_annotation,
                pagination=pagination,
                hooks=_hooks(raw.get("x-hooks", [])),
                security=tuple(required_schemes),
                security_optional=bool(required_schemes) and any(not r for r in requirements),
                # With an error envelope, only an unwrapped result has a key that tells it apart.
                json_exact=result_schema is not None
                and success.kind == "json"
                and (unwrap is not None or "x-error-envelope" not in data)
                and _exact_in_json(spec, result_schema),
                sets_credential=sets_credential,
            )
        )
    envelope = None
    if "x-error-envelope" in data:
        raw_env = data["x-error-envelope"]
        model = raw_env["schema"]["$ref"].rsplit("/", 1)[-1]
        types.used.add(model)
        envelope = ErrorEnvelope(raw_env["when"]["property"], raw_env["when"]["equals"], model)
    url = _server_url((data.get("servers") or [{"url": "/"}])[0])
    options = [
        ClientOption(
            o["name"],
            o["type"],
            bool(o.get("secret", False)),
            " ".join(str(o["description"]).split()),
            o.get("default"),
            o.get("example"),
        )
        for o in data.get("x-client-options", [])
    ]
    info = data.get("info", {})
    request_models = _request_models(spec, types, request_schemas)
    return Api(
        package=data["x-package"],
        client_name=data["x-client-name"],
        title=str(info.get("title", data["x-client-name"])),
        description=str(info.get("description", "")).strip(),
        version=str(info.get("version", "")),
        source_file=spec.path.name,
        base_url=url if re.match(r"https?://[^{}]*$", url) else None,
        operations=ops,
        security_schemes=schemes,
        client_options=options,
        error_envelope=envelope,
        flows=_flows(spec, ops, method_arguments),
        client_checks=[
            ClientCheck(
                check["option"],
                _runtime_function(check["function"]),
                tuple(
                    (keyword, _option_name(source))
                    for keyword, source in sorted(check["arguments"].items())
                ),
            )
            for check in data.get("x-client-checks", [])
        ],
        models=sorted(types.used),
        schema_classes=sorted(types.components),
        omitted_when_none=_not_nullable_optional_fields(spec, types, request_models),
        body_rules=_body_rules(spec, types, request_models),
        spec=data,
    )


__all__ = [
    "Api",
    "Body",
    "ClientCheck",
    "EnvironmentVariable",
    "Flow",
    "FlowArgument",
    "FlowBody",
    "FlowStep",
    "Hook",
    "Operation",
    "Pagination",
    "Parameter",
    "Response",
    "RuntimeFunction",
    "Source",
    "build_api",
]
