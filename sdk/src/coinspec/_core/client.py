"""What every generated client shares: building requests, retrying, parsing, verifying.

A generated client declares its operations as :class:`Operation` values and calls
``_request``; all behaviour that depends on the spec is in those values, none of it is
decided here by service name.
"""

from __future__ import annotations

import asyncio
import email.utils
import functools
import logging
import random
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, ParamSpec, TypeVar

import httpx
import pydantic
from pydantic_core import SchemaValidator, core_schema

from coinspec_runtime import VerificationError as RuntimeVerificationError

from . import json as wire_json
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    MissingCredentialError,
    ResponseValidationError,
    VerificationError,
)
from .query import encode_path_value, encode_query
from .types import UploadedFile, read_file_input

__all__ = [
    "NOT_GIVEN",
    "AsyncBaseClient",
    "BaseClient",
    "ErrorFamily",
    "Hook",
    "NotGiven",
    "Operation",
    "Pagination",
    "Param",
    "RawResponse",
    "SecurityScheme",
    "Service",
    "async_raw_response",
    "raw_response",
]

T = TypeVar("T")
P = ParamSpec("P")
log = logging.getLogger("coinspec")

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
RETRY_STATUSES = frozenset({429, 503})
MAX_RETRY_AFTER = 60.0


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


@dataclass(frozen=True)
class Param:
    name: str
    location: Literal["path", "query", "header"]
    style: str = "form"
    explode: bool = True
    optional_segment: bool = False


@dataclass(frozen=True)
class Hook:
    stage: Literal["verify", "before-request"]
    function: Callable[..., Any]
    arguments: tuple[tuple[str, str], ...] = ()
    requires: tuple[str, ...] = ()


@dataclass(frozen=True)
class Pagination:
    style: Literal["offset", "cursor"]
    items: str
    limit: str | None = None
    offset: str | None = None
    total: str | None = None
    cursor: str | None = None
    from_item: str | None = None


@dataclass(frozen=True)
class Operation(Generic[T]):
    """One operation of a spec, with everything the client needs to call it."""

    name: str
    method: str
    path: str
    result: pydantic.TypeAdapter[T]
    params: tuple[Param, ...] = ()
    body_encoding: Literal["json", "multipart", "form"] | None = None
    unwrap: str | None = None
    errors: Mapping[int, pydantic.TypeAdapter[Any] | None] = field(default_factory=dict)
    idempotent: bool = False
    security: tuple[str, ...] = ()
    hooks: tuple[Hook, ...] = ()
    pagination: Pagination | None = None
    # The result holds no JSON number that must stay exact, and an error envelope, if the
    # service has one, can be told apart by the unwrapped key (the generator checked the spec):
    # a successful response may then be validated by pydantic-core straight from its bytes.
    json_exact: bool = False

    @functools.cached_property
    def envelope_validator(self) -> SchemaValidator:
        """Validates the object that holds the result under `unwrap`, from bytes; its other
        keys are kept, for the error-envelope check."""
        assert self.unwrap is not None
        field = core_schema.typed_dict_field(self.result.core_schema)
        return SchemaValidator(
            core_schema.typed_dict_schema({self.unwrap: field}, extra_behavior="allow")
        )


@dataclass(frozen=True)
class SecurityScheme:
    name: str
    kind: Literal["bearer", "header", "query"]
    wire_name: str
    argument: str


@dataclass(frozen=True)
class ErrorFamily:
    """The exception classes of one service."""

    connection: type[APIConnectionError]
    timeout: type[APITimeoutError]
    status: type[APIStatusError]
    validation: type[ResponseValidationError]
    verification: type[VerificationError]
    by_status: Mapping[int, type[APIStatusError]]


@dataclass(frozen=True)
class ErrorEnvelope:
    property: str
    equals: Any
    body: pydantic.TypeAdapter[Any]


@dataclass(frozen=True)
class Service:
    """What differs between services, as their specs declare it."""

    name: str
    default_base_url: str | None
    errors: ErrorFamily
    security_schemes: tuple[SecurityScheme, ...] = ()
    error_envelope: ErrorEnvelope | None = None
    secret_options: frozenset[str] = frozenset()
    verify_hooks: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (operation, options it needs)


@dataclass(frozen=True)
class RawResponse(Generic[T]):
    """The typed result next to the HTTP response it came from."""

    parsed: T
    http: httpx.Response

    @property
    def status_code(self) -> int:
        return self.http.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http.headers

    @property
    def content(self) -> bytes:
        return self.http.content


# While a `raw_response` call runs, `_request` also leaves its RawResponse here: the typed
# method keeps returning only the parsed result, and no operation's signature is written twice.
_RAW_RESPONSES: ContextVar[list[RawResponse[Any]] | None] = ContextVar(
    "coinspec_raw_responses", default=None
)


def raw_response(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """``method`` with the same arguments, returning its result together with the HTTP response."""

    @functools.wraps(method)
    def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        captured: list[RawResponse[Any]] = []
        token = _RAW_RESPONSES.set(captured)
        try:
            method(*args, **kwargs)
        finally:
            _RAW_RESPONSES.reset(token)
        return captured[-1]

    return call


def async_raw_response(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[RawResponse[T]]]:
    """The async `raw_response`: awaiting the call gives the result with the HTTP response."""

    @functools.wraps(method)
    async def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        captured: list[RawResponse[Any]] = []
        token = _RAW_RESPONSES.set(captured)
        try:
            await method(*args, **kwargs)
        finally:
            _RAW_RESPONSES.reset(token)
        return captured[-1]

    return call


def _delivered(raw: RawResponse[T]) -> RawResponse[T]:
    captured = _RAW_RESPONSES.get()
    if captured is not None:
        captured.append(raw)
    return raw


_NOT_PARSED = object()


def _retry_after(response: httpx.Response | None) -> float | None:
    if response is None:
        return None
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None  # neither seconds nor an HTTP date: back off as usual
        if parsed.tzinfo is None:
            return None
        seconds = parsed.timestamp() - time.time()
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def _backoff(attempt: int, response: httpx.Response | None, base: float, cap: float) -> float:
    after = _retry_after(response)
    if after is not None:
        return after
    # Full jitter: spreads clients that failed together.
    return float(random.uniform(0, min(cap, base * (2**attempt))))


def _wire_name_of(model: Any, wire_name: str) -> Any:
    """Field of a model (or key of a mapping) by its wire name."""
    if isinstance(model, Mapping):
        return model.get(wire_name)
    if isinstance(model, pydantic.BaseModel):
        for name, info in type(model).model_fields.items():
            if info.alias == wire_name or name == wire_name:
                return getattr(model, name)
        return (model.model_extra or {}).get(wire_name)
    return None


def _items_of(result: Any, items: str) -> list[Any]:
    value = result if items == "." else _wire_name_of(result, items)
    return list(value or [])


def _set_argument(args: dict[str, Any], name: str, value: Any) -> dict[str, Any]:
    """Copy of args with `name` (maybe `pagination[offset]`) set to value."""
    new = dict(args)
    match = re.fullmatch(r"([^\[]+)\[([^\]]+)\]", name)
    if match is None:
        new[name] = value
        return new
    outer, inner = match.groups()
    container = new.get(outer)
    if isinstance(container, pydantic.BaseModel):
        container = wire_json.to_wire(container)
    container = dict(container or {})
    container[inner] = value
    new[outer] = container
    return new


def _get_argument(args: Mapping[str, Any], name: str) -> Any:
    match = re.fullmatch(r"([^\[]+)\[([^\]]+)\]", name)
    if match is None:
        return args.get(name)
    return _wire_name_of(args.get(match.group(1)) or {}, match.group(2))


class _Core:
    """State and request/response logic shared by the sync and async clients."""

    _service: Service

    def __init__(
        self,
        *,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        retry_backoff: float,
        retry_backoff_cap: float,
        credentials: Mapping[str, str | None],
        options: Mapping[str, Any],
        default_headers: Mapping[str, str] | None,
    ) -> None:
        url = base_url or self._service.default_base_url
        if not url:
            raise ValueError(f"{self._service.name} documents no base URL: pass base_url=")
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self.base_url = url.rstrip("/")
        self.timeout = timeout
        self.max_retries = max_retries
        self.retry_backoff = retry_backoff
        self.retry_backoff_cap = retry_backoff_cap
        self._credentials = dict(credentials)
        self._options = dict(options)
        self._default_headers = dict(default_headers or {})
        self._log = logging.getLogger(f"coinspec.{self._service.name.lower()}")

    @property
    def verifies_responses(self) -> bool:
        """Whether every verification the spec declares runs (all the options it needs are set)."""
        return not self._missing_verification_options()

    def _missing_verification_options(self) -> list[str]:
        needed = {name for _, requires in self._service.verify_hooks for name in requires}
        return sorted(name for name in needed if self._options.get(name) is None)

    def __repr__(self) -> str:
        parts = [f"base_url={self.base_url!r}"]
        for scheme in self._service.security_schemes:
            state = "set" if self._credentials.get(scheme.argument) else "not set"
            parts.append(f"{scheme.argument}=<{state}>")
        for name, value in sorted(self._options.items()):
            if name in self._service.secret_options:
                parts.append(f"{name}=<{'set' if value is not None else 'not set'}>")
            else:
                parts.append(f"{name}={value!r}")
        if self._service.verify_hooks:
            missing = self._missing_verification_options()
            parts.append(
                f"verification=off (needs {', '.join(missing)})" if missing else "verification=on"
            )
        return f"{type(self).__name__}({', '.join(parts)})"

    # -- building the request -------------------------------------------------

    def _build(
        self,
        op: Operation[Any],
        args: Mapping[str, Any],
        body: Any,
        extra_headers: Mapping[str, str] | None,
    ) -> httpx.Request:
        path = op.path
        query: list[tuple[str, str | int | float | bool | None]] = []
        headers: dict[str, str] = {"Accept": "application/json", **self._default_headers}
        for param in op.params:
            value = args.get(param.name)
            if param.location == "path":
                if value is None:
                    if not param.optional_segment:
                        raise TypeError(f"{op.name}: path parameter {param.name!r} is required")
                    path = path.replace("/{" + param.name + "}", "")
                    continue
                path = path.replace("{" + param.name + "}", encode_path_value(value))
            elif value is None:
                continue
            elif param.location == "query":
                query.extend(
                    encode_query(param.name, value, style=param.style, explode=param.explode)
                )
            else:
                headers[param.name] = encode_path_value(value)
        for hook in op.hooks:
            if hook.stage == "before-request" and self._hook_enabled(hook):
                # e.g. a freshly minted token header; authentication then keeps it
                headers.update(hook.function(**self._hook_arguments(hook, args, None, None)))
        self._authenticate(op, headers, query)
        content: bytes | None = None
        files: list[tuple[str, tuple[str, bytes, str]]] | None = None
        data: dict[str, str] | None = None
        if body is not None:
            if op.body_encoding == "multipart":
                files, data = self._multipart(body)
            elif op.body_encoding == "form":
                data = {k: str(v) for k, v in wire_json.to_wire(body).items() if v is not None}
            else:
                content = wire_json.dumps(body).encode("utf-8")
                headers["Content-Type"] = "application/json"
        headers.update(extra_headers or {})
        request = httpx.Request(
            op.method.upper(),
            self.base_url + path,
            params=query,
            headers=headers,
            content=content,
            files=files,
            data=data,
        )
        return request

    @staticmethod
    def _multipart(body: Any) -> tuple[list[tuple[str, tuple[str, bytes, str]]], dict[str, str]]:
        files: list[tuple[str, tuple[str, bytes, str]]] = []
        data: dict[str, str] = {}
        while isinstance(body, pydantic.RootModel):
            body = body.root  # a oneOf of body shapes
        if isinstance(body, pydantic.BaseModel):
            # Not model_dump: it would turn each UploadedFile into a dict.
            fields = {
                (info.alias or name): getattr(body, name)
                for name, info in type(body).model_fields.items()
                if name in body.model_fields_set
            }
            fields.update(body.model_extra or {})
        else:
            fields = dict(body)
        for name, value in fields.items():
            if value is None:
                continue
            if (
                isinstance(value, (UploadedFile, bytes, tuple))
                or hasattr(value, "read")
                or hasattr(value, "__fspath__")
            ):
                upload = read_file_input(value, name)
                files.append((name, (upload.filename, upload.content, upload.content_type)))
            else:
                wire = wire_json.to_wire(value)
                data[name] = wire if isinstance(wire, str) else wire_json.dumps(wire)
        return files, data

    def _authenticate(
        self,
        op: Operation[Any],
        headers: dict[str, str],
        query: list[tuple[str, str | int | float | bool | None]],
    ) -> None:
        if not op.security:
            return
        schemes = {s.name: s for s in self._service.security_schemes}
        for name in op.security:
            scheme = schemes[name]
            if scheme.kind == "header" and scheme.wire_name in headers:
                return  # a before-request hook supplied it
            secret = self._credentials.get(scheme.argument)
            if not secret:
                continue
            if scheme.kind == "bearer":
                headers["Authorization"] = f"Bearer {secret}"
            elif scheme.kind == "header":
                headers[scheme.wire_name] = secret
            else:
                query.append((scheme.wire_name, secret))
            return
        wanted = " or ".join(schemes[n].argument for n in op.security)
        raise MissingCredentialError(
            f"{op.name} needs {wanted}: pass it to {self._service.name}(...)"
        )

    # -- flows ----------------------------------------------------------------

    def _require_options(self, flow: str, names: tuple[str, ...]) -> None:
        missing = [name for name in names if self._options.get(name) is None]
        if missing:
            raise MissingCredentialError(
                f"{flow} needs {', '.join(missing)}: pass it to {self._service.name}(...)"
            )

    def _run_step(self, flow: str, function: Callable[..., Any], **arguments: Any) -> Any:
        """A runtime step of a flow; its failed check stops the flow as a verification error."""
        try:
            return function(**arguments)
        except RuntimeVerificationError as exc:
            raise self._service.errors.verification(
                f"{self._service.name} {flow}: verification failed: {exc}",
                response=None,
                check=exc.check,
            ) from exc

    # -- hooks ----------------------------------------------------------------

    def _hook_enabled(self, hook: Hook) -> bool:
        return all(self._options.get(name) is not None for name in hook.requires)

    def _hook_arguments(
        self, hook: Hook, args: Mapping[str, Any], body: Any, result: Any
    ) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for argument, source in hook.arguments:
            if source == "body":
                values[argument] = body
            elif source == "result":
                values[argument] = result
            elif source.startswith("param:"):
                values[argument] = _get_argument(args, source[6:])
            elif source.startswith("option:"):
                values[argument] = self._options.get(source[7:])
        return values

    # -- reading the response -------------------------------------------------

    def _parse(self, op: Operation[T], response: httpx.Response, args: Mapping[str, Any]) -> T:
        if op.json_exact and response.is_success:
            parsed = self._parse_from_bytes(op, response)
            if parsed is not _NOT_PARSED:
                return parsed  # type: ignore[no-any-return]
        errors = self._service.errors
        text = response.text
        decoded: Any = None
        is_json = False
        if text.strip():
            try:
                decoded = wire_json.loads(text)
                is_json = True
            except ValueError:
                decoded = text
        envelope = self._service.error_envelope
        if (
            envelope
            and is_json
            and isinstance(decoded, dict)
            and decoded.get(envelope.property) == envelope.equals
        ):
            cls = errors.by_status.get(response.status_code, errors.status)
            raise cls(
                self._error_message(op, response, decoded),
                response=response,
                body=self._parse_error_body(envelope.body, decoded),
            )
        if not response.is_success:
            cls = errors.by_status.get(response.status_code, errors.status)
            adapter = op.errors.get(response.status_code)
            body = self._parse_error_body(adapter, decoded) if is_json else decoded
            raise cls(self._error_message(op, response, decoded), response=response, body=body)
        if not text.strip() and op.result.core_schema.get("type") == "none":
            return op.result.validate_python(None)
        if not is_json:
            raise errors.validation(
                f"{self._service.name} {op.name}: the {response.status_code} response is not JSON",
                response=response,
                body=text,
            )
        payload = decoded
        if op.unwrap is not None:
            if not isinstance(decoded, dict) or op.unwrap not in decoded:
                raise errors.validation(
                    f"{self._service.name} {op.name}: the response has no {op.unwrap!r}",
                    response=response,
                    body=text,
                )
            payload = decoded[op.unwrap]
        try:
            result = op.result.validate_python(payload)
        except pydantic.ValidationError as exc:
            raise errors.validation(
                f"{self._service.name} {op.name}: the {response.status_code} response does not match the spec: {exc.error_count()} error(s), first: {_first_error(exc)}",
                response=response,
                body=text,
                errors=exc.errors(include_url=False),
            ) from None
        for hook in op.hooks:
            if hook.stage == "verify" and self._hook_enabled(hook):
                try:
                    hook.function(**self._hook_arguments(hook, args, decoded, result))
                except RuntimeVerificationError as exc:
                    raise errors.verification(
                        f"{self._service.name} {op.name}: verification failed: {exc}",
                        response=response,
                        check=exc.check,
                    ) from exc
        return result

    def _parse_from_bytes(self, op: Operation[Any], response: httpx.Response) -> Any:
        """The result, validated by pydantic-core from the body's bytes without building the
        JSON document in Python first (a quarter of a 100-contract list's time); _NOT_PARSED
        when the general path must decide: it reports errors, reads numbers exactly and runs
        verification hooks, which want the decoded body."""
        if any(h.stage == "verify" and self._hook_enabled(h) for h in op.hooks):
            return _NOT_PARSED
        envelope = self._service.error_envelope
        try:
            if op.unwrap is None:
                return op.result.validate_json(response.content)
            parsed = op.envelope_validator.validate_json(response.content)
        except pydantic.ValidationError:
            return _NOT_PARSED
        if envelope is not None and parsed.get(envelope.property) == envelope.equals:
            return _NOT_PARSED
        return parsed[op.unwrap]

    @staticmethod
    def _parse_error_body(adapter: pydantic.TypeAdapter[Any] | None, decoded: Any) -> Any:
        if adapter is None:
            return decoded
        try:
            return adapter.validate_python(decoded)
        except pydantic.ValidationError:
            return decoded  # an error body that breaks the spec is still worth showing

    def _error_message(self, op: Operation[Any], response: httpx.Response, decoded: Any) -> str:
        detail = ""
        if isinstance(decoded, dict):
            for key in ("message", "description", "error", "error_code", "code"):
                if isinstance(decoded.get(key), (str, int)):
                    detail = f": {decoded[key]}"
                    break
        elif isinstance(decoded, str) and decoded.strip():
            snippet = " ".join(decoded.split())
            detail = f": {snippet[:200]}"
        return f"{self._service.name} {op.name} returned {response.status_code} {response.reason_phrase}{detail}"

    def _retry_delay(
        self,
        op: Operation[Any],
        attempt: int,
        max_retries: int,
        response: httpx.Response | None,
        exc: Exception | None,
    ) -> float | None:
        """Seconds to wait before another try, or None to stop."""
        if attempt >= max_retries:
            return None
        if exc is not None:
            # A refused connection sent nothing, so even a non-idempotent call may retry it.
            if isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout)) or op.idempotent:
                return _backoff(attempt, None, self.retry_backoff, self.retry_backoff_cap)
            return None
        if response is not None and response.status_code in RETRY_STATUSES and op.idempotent:
            return _backoff(attempt, response, self.retry_backoff, self.retry_backoff_cap)
        return None

    def _connection_error(
        self, op: Operation[Any], exc: httpx.TransportError, request: httpx.Request
    ) -> APIConnectionError:
        errors = self._service.errors
        if isinstance(exc, httpx.TimeoutException):
            return errors.timeout(
                f"{self._service.name} {op.name} timed out ({type(exc).__name__})", request=request
            )
        return errors.connection(
            f"{self._service.name} {op.name}: connection failed ({type(exc).__name__}: {exc})",
            request=request,
        )

    def _log_response(
        self, request: httpx.Request, response: httpx.Response | None, started: float, attempt: int
    ) -> None:
        if not self._log.isEnabledFor(logging.DEBUG):
            return
        url = request.url
        for scheme in self._service.security_schemes:
            if scheme.kind == "query" and scheme.wire_name in url.params:
                url = url.copy_set_param(scheme.wire_name, "<redacted>")
        status = response.status_code if response is not None else "no response"
        self._log.debug(
            "%s %s -> %s in %.1f ms (attempt %d)",
            request.method,
            url,
            status,
            (time.monotonic() - started) * 1000,
            attempt + 1,
        )


def _first_error(exc: pydantic.ValidationError) -> str:
    error = exc.errors(include_url=False)[0]
    location = ".".join(str(p) for p in error["loc"]) or "(body)"
    return f"{location}: {error['msg']}"


class BaseClient(_Core):
    """Synchronous client over httpx.Client; use it as a context manager or call close()."""

    def __init__(
        self,
        *,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        retry_backoff: float,
        retry_backoff_cap: float,
        credentials: Mapping[str, str | None],
        options: Mapping[str, Any],
        default_headers: Mapping[str, str] | None,
        http_client: httpx.Client | None,
        transport: httpx.BaseTransport | None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_backoff=retry_backoff,
            retry_backoff_cap=retry_backoff_cap,
            credentials=credentials,
            options=options,
            default_headers=default_headers,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(transport=transport, timeout=timeout)

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self: Any) -> Any:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _request(
        self,
        op: Operation[T],
        args: Mapping[str, Any],
        body: Any = None,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[T]:
        request = self._build(op, args, body, extra_headers)
        retries = self.max_retries if isinstance(max_retries, NotGiven) else max_retries
        send_timeout = self.timeout if isinstance(timeout, NotGiven) else timeout
        request.extensions["timeout"] = httpx.Timeout(send_timeout).as_dict()
        attempt = 0
        while True:
            started = time.monotonic()
            try:
                response = self._http.send(request)
                response.read()
            except httpx.TransportError as exc:
                self._log_response(request, None, started, attempt)
                delay = self._retry_delay(op, attempt, retries, None, exc)
                if delay is None:
                    raise self._connection_error(op, exc, request) from exc
                time.sleep(delay)
                attempt += 1
                continue
            self._log_response(request, response, started, attempt)
            delay = self._retry_delay(op, attempt, retries, response, None)
            if delay is None:
                return _delivered(RawResponse(self._parse(op, response, args), response))
            response.close()
            time.sleep(delay)
            attempt += 1

    def _paginate(
        self, op: Operation[Any], args: dict[str, Any], body: Any = None, **options: Any
    ) -> Iterator[Any]:
        page = op.pagination
        assert page is not None
        seen = 0
        while True:
            result = self._request(op, args, body, **options).parsed
            items = _items_of(result, page.items)
            yield from items
            args, done = _next_page(page, args, result, items, seen)
            seen += len(items)
            if done:
                return


class AsyncBaseClient(_Core):
    """Asynchronous client over httpx.AsyncClient; use ``async with`` or await aclose()."""

    def __init__(
        self,
        *,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        retry_backoff: float,
        retry_backoff_cap: float,
        credentials: Mapping[str, str | None],
        options: Mapping[str, Any],
        default_headers: Mapping[str, str] | None,
        http_client: httpx.AsyncClient | None,
        transport: httpx.AsyncBaseTransport | None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_backoff=retry_backoff,
            retry_backoff_cap=retry_backoff_cap,
            credentials=credentials,
            options=options,
            default_headers=default_headers,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(transport=transport, timeout=timeout)

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self: Any) -> Any:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def _request(
        self,
        op: Operation[T],
        args: Mapping[str, Any],
        body: Any = None,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[T]:
        request = self._build(op, args, body, extra_headers)
        retries = self.max_retries if isinstance(max_retries, NotGiven) else max_retries
        send_timeout = self.timeout if isinstance(timeout, NotGiven) else timeout
        request.extensions["timeout"] = httpx.Timeout(send_timeout).as_dict()
        attempt = 0
        while True:
            started = time.monotonic()
            try:
                response = await self._http.send(request)
                await response.aread()
            except httpx.TransportError as exc:
                self._log_response(request, None, started, attempt)
                delay = self._retry_delay(op, attempt, retries, None, exc)
                if delay is None:
                    raise self._connection_error(op, exc, request) from exc
                await asyncio.sleep(delay)
                attempt += 1
                continue
            self._log_response(request, response, started, attempt)
            delay = self._retry_delay(op, attempt, retries, response, None)
            if delay is None:
                return _delivered(RawResponse(self._parse(op, response, args), response))
            await response.aclose()
            await asyncio.sleep(delay)
            attempt += 1

    async def _paginate(
        self, op: Operation[Any], args: dict[str, Any], body: Any = None, **options: Any
    ) -> AsyncIterator[Any]:
        page = op.pagination
        assert page is not None
        seen = 0
        while True:
            result = (await self._request(op, args, body, **options)).parsed
            items = _items_of(result, page.items)
            for item in items:
                yield item
            args, done = _next_page(page, args, result, items, seen)
            seen += len(items)
            if done:
                return


def _next_page(
    page: Pagination, args: dict[str, Any], result: Any, items: list[Any], seen: int
) -> tuple[dict[str, Any], bool]:
    """Arguments of the next page, and whether there is none."""
    if not items:
        return args, True
    if page.style == "cursor":
        assert page.cursor is not None and page.from_item is not None
        cursor = _wire_name_of(items[-1], page.from_item)
        if cursor is None:
            return args, True
        return _set_argument(args, page.cursor, cursor), False
    assert page.offset is not None
    limit = _get_argument(args, page.limit) if page.limit else None
    if limit is not None and len(items) < int(limit):
        return args, True
    total = _wire_name_of(result, page.total) if page.total else None
    offset = int(_get_argument(args, page.offset) or 0) + len(items)
    if total is not None and offset >= int(total):
        return args, True
    return _set_argument(args, page.offset, offset), False
