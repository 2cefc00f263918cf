"""Reading a response: the error envelope, documented error statuses, the typed result, and
the verification hooks that run before a result is handed over."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Awaitable, Callable, Iterable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, Generic, ParamSpec, TypeVar

import httpx
import pydantic

from . import json as wire_json
from .hooks import HookRunner, failed_check, takes_request
from .operation import Operation, Service
from .redaction import secrets_of

__all__ = ["RawResponse", "ResponseReader", "async_raw_response", "raw_response"]

T = TypeVar("T")
P = ParamSpec("P")


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

    call.__signature__ = _raw_signature(method)  # type: ignore[attr-defined]
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

    call.__signature__ = _raw_signature(method)  # type: ignore[attr-defined]
    return call


def _raw_signature(method: Callable[..., Any]) -> inspect.Signature:
    """The method's signature, returning RawResponse[its result] (help() and IDEs read this;
    functools.wraps alone would show the typed method's return type)."""
    signature = inspect.signature(method)
    returned = signature.return_annotation
    if returned is inspect.Signature.empty:
        return signature.replace(return_annotation="RawResponse[Any]")
    text = returned if isinstance(returned, str) else inspect.formatannotation(returned)
    return signature.replace(return_annotation=f"RawResponse[{text}]")


def _delivered(raw: RawResponse[T]) -> RawResponse[T]:
    captured = _RAW_RESPONSES.get()
    if captured is not None:
        captured.append(raw)
    return raw


class ResponseReader(HookRunner):
    """Turns an httpx response into the operation's typed result, or raises the typed error."""

    _service: Service

    def _secret_values(self) -> Iterable[str | bytes]:
        raise NotImplementedError  # the client's (see client._Core)

    # -- reading the response -------------------------------------------------

    def _parse(
        self, op: Operation[T], response: httpx.Response, args: Mapping[str, Any], note: str = ""
    ) -> T:
        """The typed result; ``note`` says why an error status was not retried.

        The body is decoded by one strict parser for every operation (see json.loads): a
        duplicate key, NaN, invalid UTF-8 or a document nested too deep is refused, never
        read one way here and another way elsewhere.
        """
        errors = self._service.errors
        content = response.content
        text = content.decode("utf-8", "replace")  # for messages and .body only
        decoded: Any = None
        is_json = False
        malformed = ""
        if text.strip():
            try:
                decoded = wire_json.loads(content)
                is_json = True
            except wire_json.MalformedJSON as exc:
                decoded = text
                malformed = str(exc)
        envelope = self._service.error_envelope
        if (
            envelope
            and is_json
            and isinstance(decoded, dict)
            and decoded.get(envelope.property) == envelope.equals
        ):
            raise self._status_error(op, response, decoded, envelope.body)
        if not response.is_success:
            adapter = op.error_body(response.status_code) if is_json else None
            raise self._status_error(op, response, decoded, adapter, note)
        if not text.strip() and op.result.core_schema.get("type") == "none":
            return op.result.validate_python(None)
        if op.result_kind != "json":
            # Text or bytes, as the spec documents the body: handed over as it came.
            raw = response.text if op.result_kind == "text" else response.content
            return op.result.validate_python(raw)
        if not is_json:
            why = f": {malformed}" if malformed else ""
            raise errors.validation(
                f"{self._service.name} {op.name}: the {response.status_code} response is not JSON{why}",
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
            # A server's body is read by wire names only (and so are error bodies below).
            # Models also take Python names (users build them that way), but a body that
            # sent both `privateCollateralInfo` and `private_collateral_info` would have a
            # verify hook check the one while the model kept the other.
            result = op.result.validate_python(payload, by_alias=True, by_name=False)
        except pydantic.ValidationError as exc:
            raise errors.validation(
                f"{self._service.name} {op.name}: the {response.status_code} response does not match the spec: {exc.error_count()} error(s), first: {_first_error(exc)}",
                response=response,
                body=text,
                errors=exc.errors(include_url=False),
            ) from None
        for hook in op.hooks:
            if hook.stage == "verify" and self._hook_enabled(hook):
                # The hook reads the decoded body, beyond what the model validated.
                far = wire_json.oversized_number(decoded)
                if far is not None:
                    raise errors.validation(
                        f"{self._service.name} {op.name}: the {response.status_code} response has {far}",
                        response=response,
                        body=text,
                    )
                sent = self._sent_body(op, response) if takes_request(hook) else None
                try:
                    hook.function(**self._hook_arguments(hook, args, decoded, result, sent))
                except ValueError as exc:
                    check = failed_check(exc)
                    if check is None:
                        raise
                    raise errors.verification(
                        f"{self._service.name} {op.name}: verification failed: {exc}",
                        response=response,
                        check=check,
                    ) from exc
        return result

    def _sent_body(self, op: Operation[Any], response: httpx.Response) -> Any:
        """The JSON body of the request this response answers, read back from the bytes
        that went on the wire (not from what the caller passed), by the strict decoder.
        A request whose body cannot be read back leaves the hook nothing to tie the
        answer to, so the call fails rather than hand the answer over unchecked."""
        try:
            sent = wire_json.loads(response.request.content)
            if sent is not None:
                return sent
            why = "is null"  # a hook takes None for "not given": it would check nothing
        except (httpx.RequestNotRead, wire_json.MalformedJSON) as exc:
            why = "was streamed" if isinstance(exc, httpx.RequestNotRead) else f"is not JSON: {exc}"
        raise self._service.errors.verification(
            f"{self._service.name} {op.name}: the request's body {why}, so the answer "
            "cannot be checked against what was asked",
            response=response,
            check="request.body",
        )

    def _status_error(
        self,
        op: Operation[Any],
        response: httpx.Response,
        decoded: Any,
        adapter: pydantic.TypeAdapter[Any] | None,
        note: str = "",
    ) -> Exception:
        """The status's own class when the body is of the type it declares; else the
        service's status error with the body as parsed (or raw). ``note`` says why the
        status was not retried."""
        errors = self._service.errors
        message = self._error_message(op, response, decoded)
        if note:
            message = f"{message} ({note})"
        status = response.status_code
        # The status's own class, else its range's (a spec may document "4XX").
        key = next((k for k in (status, f"{status // 100}XX") if k in errors.by_status), None)
        cls = errors.by_status.get(key) if key is not None else None
        typed = errors.status_bodies.get(key) if key is not None else None
        if cls is not None and typed is None:
            return cls(message, response=response, body=decoded)  # the spec declares no body
        if cls is not None and typed is not None:
            try:
                return cls(
                    message,
                    response=response,
                    body=typed.validate_python(decoded, by_alias=True, by_name=False),
                )
            except pydantic.ValidationError:
                pass
        return errors.status(
            message, response=response, body=self._parse_error_body(adapter, decoded)
        )

    @staticmethod
    def _parse_error_body(adapter: pydantic.TypeAdapter[Any] | None, decoded: Any) -> Any:
        if adapter is None:
            return decoded
        try:
            return adapter.validate_python(decoded, by_alias=True, by_name=False)
        except pydantic.ValidationError:
            return decoded  # an error body that breaks the spec is still worth showing

    def _error_message(self, op: Operation[Any], response: httpx.Response, decoded: Any) -> str:
        # Redacted before error_reason shortens it: a cut would leave a piece of a secret.
        reason = error_reason(secrets_of(self._secret_values(), [response.request]).value(decoded))
        detail = f": {reason}" if reason else ""
        return f"{self._service.name} {op.name} returned {response.status_code} {response.reason_phrase}{detail}"


# Where error bodies say why, most telling first (`mock_error`: coinspec's mock).
_REASON_KEYS = (
    "message",
    "error_description",
    "detail",
    "description",
    "reason",
    "title",
    "mock_error",
    "error",
    "error_code",
    "code",
)
# Where they list what was wrong with each field: {"field": ["message", ...]}.
_DETAIL_KEYS = ("errors", "validation_errors", "details")
_REASON_LENGTH = 300


def error_reason(decoded: Any) -> str:
    """The server's reason in an error body: its message, and its per-field errors."""
    if isinstance(decoded, str):
        return _readable(decoded)
    if not isinstance(decoded, dict):
        return ""
    reason = ""
    for key in _REASON_KEYS:
        value = decoded.get(key)
        if isinstance(value, dict):
            value = error_reason(value)  # {"error": {"message": ...}}
        if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value).strip():
            reason = str(value).strip()
            break
    for key in _DETAIL_KEYS:
        fields = decoded.get(key)
        if isinstance(fields, dict) and fields:
            listed = "; ".join(
                f"{name}: {', '.join(map(str, problems)) if isinstance(problems, list) else problems}"
                for name, problems in fields.items()
            )
            reason = f"{reason} ({listed})" if reason else listed
            break
    return _readable(reason)


def _readable(text: str) -> str:
    """Server text fit for a message: one line, at most _REASON_LENGTH characters, and a
    character a terminal or a log would act on (an escape sequence, a bidirectional
    override, a NUL) spelled out as ``\\x1b`` rather than passed on."""
    line = " ".join(text.split())[:_REASON_LENGTH]
    if line.isprintable():
        return line
    return "".join(
        c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in line
    )[:_REASON_LENGTH]


def _first_error(exc: pydantic.ValidationError) -> str:
    error = exc.errors(include_url=False)[0]
    location = ".".join(str(p) for p in error["loc"]) or "(body)"
    return f"{location}: {error['msg']}"
