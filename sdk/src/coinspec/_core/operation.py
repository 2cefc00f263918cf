"""What a generated client declares about its service and operations: data, no behaviour.

A generated ``_operations.py`` holds one :class:`Operation` per operation of the spec and
its client one :class:`Service`; all behaviour that depends on the spec is in these values,
none of it is decided by service name.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import field
from typing import Any, Generic, Literal, TypeVar, overload

import pydantic
from pydantic_core import SchemaValidator, core_schema

from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ClientClosedError,
    ConfigurationError,
    MissingCredentialError,
    PaginationError,
    RequestError,
    ResponseTooLargeError,
    ResponseValidationError,
    VerificationError,
)
from .record import record

__all__ = [
    "NOT_GIVEN",
    "ClientCheck",
    "EnvironmentVariable",
    "ErrorEnvelope",
    "ErrorFamily",
    "Hook",
    "HookArgument",
    "NotGiven",
    "Operation",
    "Pagination",
    "Param",
    "SecurityScheme",
    "Service",
    "adapter",
    "adapters",
    "runtime_function",
]

T = TypeVar("T")

# Importing a service builds no validator: each is built the first time it is used.
_DEFERRED = pydantic.ConfigDict(defer_build=True)


@overload
def adapter(annotation: type[T]) -> pydantic.TypeAdapter[T]: ...
@overload
def adapter(annotation: Any) -> pydantic.TypeAdapter[Any]: ...
def adapter(annotation: Any) -> pydantic.TypeAdapter[Any]:
    """A TypeAdapter of ``annotation`` whose validator and serializer are built on first use,
    not when the service's module is imported."""
    if isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel):
        return pydantic.TypeAdapter(annotation)  # a model defers by its own config (Model)
    return pydantic.TypeAdapter(annotation, config=_DEFERRED)


def _built(annotation: Any) -> pydantic.TypeAdapter[Any]:
    """A TypeAdapter of ``annotation``, its schema built now (one of a deferred model would
    itself be deferred: its ``core_schema`` a placeholder that other schemas cannot hold)."""
    made = pydantic.TypeAdapter(annotation)
    made.rebuild()
    return made


class _Adapters(Mapping[int | str, "pydantic.TypeAdapter[Any] | None"]):
    """HTTP status -> a TypeAdapter of its body's type, each made when it is first needed:
    a service has hundreds, a program meets few (a deferred TypeAdapter still costs more
    to make than the type it wraps)."""

    __slots__ = ("_made", "_types")

    def __init__(self, types: Mapping[int | str, Any]) -> None:
        self._types = dict(types)
        self._made: dict[int | str, pydantic.TypeAdapter[Any] | None] = {}

    def __getitem__(self, status: int | str) -> pydantic.TypeAdapter[Any] | None:
        try:
            return self._made[status]
        except KeyError:
            annotation = self._types[status]
            made = None if annotation is None else _built(annotation)
            return self._made.setdefault(status, made)

    def __iter__(self) -> Iterator[int | str]:
        return iter(self._types)

    def __len__(self) -> int:
        return len(self._types)

    def __repr__(self) -> str:
        return f"adapters({self._types!r})"


def adapters(
    types: Mapping[int | str, Any],
) -> Mapping[int | str, pydantic.TypeAdapter[Any] | None]:
    """Status (or "4XX", "default") -> TypeAdapter of each body type (None: no body), made on first use."""
    return _Adapters(types)


class _RuntimeFunction:
    """A function of coinspec_runtime, imported when it is first called."""

    __slots__ = ("_function", "module", "name")

    def __init__(self, module: str, name: str) -> None:
        self.module = module
        self.name = name
        self._function: Callable[..., Any] | None = None

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        function = self._function
        if function is None:
            function = self._function = getattr(importlib.import_module(self.module), self.name)
        return function(*args, **kwargs)

    def __repr__(self) -> str:
        return f"<runtime function {self.module}.{self.name}>"


def runtime_function(module: str, name: str) -> Callable[..., Any]:
    """``module.name``, imported on its first call: a client's module then loads the runtime
    (python-bitcointx and its C bindings) only once a hook that needs it runs."""
    return _RuntimeFunction(module, name)


class NotGiven:
    """Marks an argument the caller left out (None may be a meaningful value)."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN = NotGiven()


@record
class Param:
    name: str
    location: Literal["path", "query", "header", "cookie"]
    style: str = "form"
    explode: bool = True
    optional_segment: bool = False
    # Its key among a call's arguments when that is not its name: a second parameter of the
    # same name in another place (`"query:id"` beside the path's `id`).
    key: str | None = None
    required: bool = False  # None is refused, not left out
    kind: Literal["", "integer", "number", "boolean", "string"] = ""  # its JSON type, if scalar


@record
class HookArgument:
    """A keyword argument of a hook and where its value comes from: the decoded response
    body, the typed result, an argument of the call (by wire name; `member` of a deepObject
    parameter) or a client option."""

    keyword: str
    source: Literal["body", "result", "param", "option"]
    name: str = ""  # of the parameter or option
    member: str | None = None


@record
class Hook:
    stage: Literal["verify", "before-request"]
    function: Callable[..., Any]
    arguments: tuple[HookArgument, ...] = ()
    requires: tuple[str, ...] = ()


@record
class Pagination:
    style: Literal["offset", "cursor", "page"]
    items: str
    limit: str | None = None
    offset: str | None = None
    total: str | None = None
    cursor: str | None = None
    from_item: str | None = None
    page: str | None = None  # the page-number parameter (style page)
    last_page: str | None = None  # where the result says the last page's number
    current_page: str | None = None  # where it says this page's number


V = TypeVar("V")


def documented(by_status: Mapping[int | str, V], status: int) -> V | None:
    """What ``by_status`` holds for ``status``: under the status itself, else under its range
    (``"4XX"``), else under ``"default"``: OpenAPI's order of precedence."""
    for key in (status, f"{status // 100}XX", "default"):
        if key in by_status:
            return by_status[key]
    return None


@record
class Operation(Generic[T]):
    """One operation of a spec, with everything the client needs to call it."""

    name: str
    method: str
    path: str
    # The result's type; its TypeAdapter (`result`) is made on the operation's first call.
    result_type: Any
    params: tuple[Param, ...] = ()
    body_encoding: Literal["json", "multipart", "form", "text", "binary"] | None = None
    # The model a body is validated into when the caller gives a mapping.
    body_model: type[pydantic.BaseModel] | None = None
    body_content_type: str | None = None  # when not the encoding's own (application/json...)
    result_kind: Literal["json", "text", "binary"] = "json"  # how a 2xx body is read
    accept: str | None = None  # the Accept header, when the result is not JSON
    unwrap: str | None = None
    # The documented error bodies, by status, by range ("4XX") and "default".
    errors: Mapping[int | str, pydantic.TypeAdapter[Any] | None] = field(default_factory=dict)
    idempotent: bool = False
    security: tuple[str, ...] = ()  # the schemes that may authenticate it, any one of them
    security_optional: bool = False  # the spec also allows no credentials at all
    hooks: tuple[Hook, ...] = ()
    pagination: Pagination | None = None
    # The result holds no JSON number that must stay exact, and an error envelope, if the
    # service has one, can be told apart by the unwrapped key (the generator checked the spec):
    # a successful response may then be validated by pydantic-core straight from its bytes.
    json_exact: bool = False
    # A login: after success the client sends the result's field (wire name) as this
    # credential (constructor argument) from the next call on.
    sets_credential: tuple[str, str] | None = None
    # Wire names of the body's fields that hold a secret of the caller's (`format: password`):
    # what a server echoes of them is redacted from errors and log lines like a credential.
    secret_fields: tuple[str, ...] = ()

    def error_body(self, status: int) -> pydantic.TypeAdapter[Any] | None:
        """The documented body of an error status: its own, its range's, else the default's."""
        return documented(self.errors, status)

    @functools.cached_property
    def result(self) -> pydantic.TypeAdapter[T]:
        """Validates (and dumps) the operation's result."""
        return _built(self.result_type)

    @functools.cached_property
    def envelope_validator(self) -> SchemaValidator:
        """Validates the object that holds the result under `unwrap`, from bytes; its other
        keys are kept, for the error-envelope check."""
        assert self.unwrap is not None
        field = core_schema.typed_dict_field(self.result.core_schema)
        return SchemaValidator(
            core_schema.typed_dict_schema({self.unwrap: field}, extra_behavior="allow")
        )


@record
class SecurityScheme:
    """How one of the spec's security schemes authenticates a request.

    ``bearer``: ``Authorization: Bearer <argument>`` (HTTP bearer, and an OAuth2 or OpenID
    Connect access token); ``basic``: ``Authorization: Basic`` of ``argument`` (the user name)
    and ``password_argument``; ``header``, ``query``, ``cookie``: an API key under
    ``wire_name``; ``tls``: mutual TLS, which the user's ``http_client`` carries (its client
    certificate), so nothing is added here.
    """

    name: str
    kind: Literal["bearer", "basic", "header", "query", "cookie", "tls"]
    wire_name: str
    argument: str
    password_argument: str | None = None


@record
class ErrorFamily:
    """The exception classes of one service."""

    connection: type[APIConnectionError]
    timeout: type[APITimeoutError]
    status: type[APIStatusError]
    validation: type[ResponseValidationError]
    verification: type[VerificationError]
    by_status: Mapping[int | str, type[APIStatusError]]  # by status, or by range ("4XX")
    configuration: type[ConfigurationError] = ConfigurationError
    request: type[RequestError] = RequestError
    missing_credential: type[MissingCredentialError] = MissingCredentialError
    pagination: type[PaginationError] = PaginationError
    # The body type of each per-status class the spec declares one for: that class is raised
    # only for a body of that type (see APIStatusError).
    status_bodies: Mapping[int | str, pydantic.TypeAdapter[Any] | None] = field(
        default_factory=dict
    )
    too_large: type[ResponseTooLargeError] = ResponseTooLargeError
    closed: type[ClientClosedError] = ClientClosedError


@record
class ClientCheck:
    """A runtime function that checks a client option when a client is built.

    The module is imported then, not when the client's module is: a service that checks no
    key loads no cryptography.
    """

    option: str
    module: str
    function: str
    arguments: tuple[tuple[str, str], ...] = ()  # (keyword, client option)


@record
class EnvironmentVariable:
    """A constructor argument the environment may supply when the caller leaves it out."""

    argument: str  # base_url, a credential or a client option
    name: str  # e.g. HODLHODL_API_KEY
    kind: Literal["str", "bytes", "int", "bool"] = "str"


@record
class ErrorEnvelope:
    property: str
    equals: Any
    body: pydantic.TypeAdapter[Any]


@record
class Service:
    """What differs between services, as their specs declare it."""

    name: str
    default_base_url: str | None
    errors: ErrorFamily
    security_schemes: tuple[SecurityScheme, ...] = ()
    error_envelope: ErrorEnvelope | None = None
    secret_options: frozenset[str] = frozenset()
    option_defaults: Mapping[str, Any] = field(default_factory=dict)
    environment: tuple[EnvironmentVariable, ...] = ()
    checks: tuple[ClientCheck, ...] = ()
    # Request models and their optional fields (wire names) that may not be null: a None
    # there means "not given" and is left out, where an explicit None of a nullable field
    # goes as null.
    omitted_when_none: Mapping[type[pydantic.BaseModel], frozenset[str]] = field(
        default_factory=dict
    )
    # Request models and the rules of their schemas (see rules.py), checked before sending.
    body_rules: Mapping[type[pydantic.BaseModel], tuple[Mapping[str, Any], ...]] = field(
        default_factory=dict
    )
    verify_hooks: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (operation, options it needs)

    def environment_variable(self, argument: str) -> str | None:
        """The environment variable that supplies a constructor argument, if any."""
        return next((v.name for v in self.environment if v.argument == argument), None)

    def where_to_pass(self, argument: str) -> str:
        """How a user gives a missing argument, for error messages."""
        variable = self.environment_variable(argument)
        also = f" or set {variable}" if variable else ""
        return f"pass {argument}= to {self.name}(...){also}"
