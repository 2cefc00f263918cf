"""The sync and async clients every generated client derives from: state, sending, retrying.

Building the request is `request.py`'s, reading the response `response.py`'s; what differs
per service is data (`operation.py`) the generated code declares.
"""

from __future__ import annotations

import copy
import functools
import importlib
import logging
import os
import ssl
import time
from collections import deque
from collections.abc import Awaitable, Callable, Collection, Iterable, Mapping
from typing import Any, Concatenate, ParamSpec, Self, TypeVar

import httpx

from .body import BodyTooLarge, CappedBody, UndecodableBody
from .deadline import (
    AttemptDeadline,
    CallDeadline,
    async_attempt_scope,
    attempt_scope,
    attempt_seconds,
    clipped_timeouts,
    install_deadline_backend,
    monotonic,
)
from .errors import (
    APIConnectionError,
    CoinspecError,
    ResponseTooLargeError,
    ResponseValidationError,
)
from .hooks import failed_check
from .operation import NOT_GIVEN, NotGiven, Operation, Service
from .options import from_environment, sets_user_agent, setup_logging, user_agent
from .pagination import AsyncPager, SyncPager, _Pages, wire_name_of
from .redaction import install_log_redaction, redact_error, watch
from .request import CREDENTIAL_HEADERS, RequestBuilder, credential_like, override_headers
from .response import RawResponse, ResponseReader, _delivered
from .retries import DEFAULT_MAX_RETRIES, retry_after, retry_delay
from .settings import (
    DEFAULT_MAX_RESPONSE_BYTES,
    check_header_values,
    check_retries,
    check_seconds,
    check_settings,
    check_timeout,
)

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncBaseClient",
    "BaseClient",
]

T = TypeVar("T")
P = ParamSpec("P")
C = TypeVar("C", bound="_Core")

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


def default_ssl_context() -> ssl.SSLContext:
    """The SSL context of every client that builds its own httpx client: httpx's default
    (certifi's CA bundle, or SSL_CERT_FILE / SSL_CERT_DIR when set), made once and shared.

    httpx makes a new context for each client it builds, and loading the CA bundle is nearly
    all the time building a client takes. A context is safe to share between clients and
    threads; changed SSL_CERT_FILE or SSL_CERT_DIR settings get a context of their own.
    """
    return _ssl_context_for(os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))


@functools.lru_cache(maxsize=4)
def _ssl_context_for(cafile: str | None, capath: str | None) -> ssl.SSLContext:
    # The arguments are the cache key: httpx reads the same two variables itself.
    return httpx.create_ssl_context(verify=True, trust_env=True)


class _Core(RequestBuilder, ResponseReader):
    """State and request/response logic shared by the sync and async clients."""

    _service: Service
    _http: httpx.Client | httpx.AsyncClient
    _owns_http: bool
    # What this client sends through: httpx.Client and its transports, or the async ones.
    _http_class: type[httpx.Client] | type[httpx.AsyncClient]
    _transport_class: type[httpx.BaseTransport] | type[httpx.AsyncBaseTransport]

    def __init__(
        self,
        *,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        deadline: float | NotGiven | None,
        max_response_bytes: int,
        max_retries: int,
        retry_backoff: float,
        retry_backoff_cap: float,
        credentials: Mapping[str, str | None],
        options: Mapping[str, Any],
        default_headers: Mapping[str, str] | None,
        http_client: httpx.Client | httpx.AsyncClient | None,
    ) -> None:
        setup_logging()
        service = self._service
        errors = service.errors
        # Explicit arguments win, then the environment (<PACKAGE>_<ARGUMENT>), then defaults.
        given = {"base_url": base_url, **credentials, **options}
        found = from_environment(given, service.environment, errors.configuration)
        self._set_base_url(base_url or found.get("base_url") or service.default_base_url)
        self._set_retries(max_retries, retry_backoff, retry_backoff_cap)
        self.timeout = timeout
        self.deadline = deadline
        self.max_response_bytes = max_response_bytes
        self._credentials: dict[str, str | None] = {
            name: value if value is not None else _text_or_none(found.get(name))
            for name, value in credentials.items()
        }
        self._options = {
            name: value if value is not None else found.get(name, service.option_defaults.get(name))
            for name, value in options.items()
        }
        self._set_default_headers(default_headers, http_client)
        self._log = logging.getLogger(f"coinspec.{service.name.lower()}")
        # The last tokens before-request hooks minted, and the last secrets the caller sent
        # in a body (a login's password), kept out of errors and log lines.
        self._minted: deque[str] = deque(maxlen=_MINTED_KEPT)
        self._sent_secrets: deque[str] = deque(maxlen=_MINTED_KEPT)
        self._check_settings()
        self._check_options()
        install_log_redaction(self._log.name)
        watch(self)

    @classmethod
    def _check_http(cls, http_client: object, transport: object = None) -> None:
        """Refuse an httpx client or transport of the other kind (sync for async), which
        would fail only at the first call, and a transport that a given client would ignore."""
        error = cls._service.errors.configuration
        sync = cls._http_class is httpx.Client
        other = cls._service.name if not sync else f"Async{cls._service.name}"
        for argument, value, expected in (
            ("http_client", http_client, cls._http_class),
            ("transport", transport, cls._transport_class),
        ):
            if value is not None and not isinstance(value, expected):
                kind = type(value)
                hint = (
                    f"; an async one goes to {other}"
                    if sync and isinstance(value, (httpx.AsyncClient, httpx.AsyncBaseTransport))
                    else f"; a sync one goes to {other}"
                    if not sync and isinstance(value, (httpx.Client, httpx.BaseTransport))
                    else ""
                )
                raise error(
                    f"{cls.__name__}: {argument} must be an {expected.__module__}."
                    f"{expected.__name__}, not {kind.__module__}.{kind.__qualname__}{hint}"
                )
        if http_client is not None and transport is not None:
            raise error(
                f"{cls.__name__}: pass transport to your http_client, or transport without"
                " http_client (the client's own httpx client uses it)"
            )

    def _check_settings(self, base_url: bool = True) -> None:
        """Refuse what no request could be sent with (see settings.check_settings); a copy
        whose base URL is its original's does not parse it again (``base_url=False``)."""
        check_settings(
            self._service,
            base_url=self.base_url if base_url else None,
            credentials=self._credentials,
            timeout=self.timeout,
            deadline=self.deadline,
            max_response_bytes=self.max_response_bytes,
            max_retries=self.max_retries,
            retry_backoff=self.retry_backoff,
            retry_backoff_cap=self.retry_backoff_cap,
            default_headers=self._given_headers,
            secret_options={name: self._options.get(name) for name in self._service.secret_options},
        )

    def _check_options(self, changed: Collection[str] | None = None) -> None:
        """Run the spec's checks of the options that are set: a bad key refuses here.

        A copy runs only the checks that read an option it changed (``changed``): loading
        and validating an RSA key takes far longer than the copy itself.
        """
        for check in self._service.checks:
            if self._options.get(check.option) is None:
                continue
            if changed is not None and not any(
                name in changed for name in (check.option, *(n for _, n in check.arguments))
            ):
                continue
            function = getattr(importlib.import_module(check.module), check.function)
            arguments = {keyword: self._options.get(name) for keyword, name in check.arguments}
            try:
                function(**arguments)
            except (TypeError, ValueError) as exc:
                # The runtime's messages name what is wrong and never the key itself.
                raise self._service.errors.configuration(
                    f"{self._service.name}: {check.option}: {exc}"
                ) from None

    def _set_base_url(self, url: object) -> None:
        if not isinstance(url, str) or not url:
            raise self._service.errors.configuration(
                f"{self._service.name} documents no base URL: "
                + self._service.where_to_pass("base_url")
            )
        self.base_url = url.rstrip("/")

    def _set_retries(self, max_retries: int, backoff: float, backoff_cap: float) -> None:
        if max_retries < 0:
            raise self._service.errors.configuration("max_retries must be 0 or more")
        self.max_retries = max_retries
        self.retry_backoff = backoff
        self.retry_backoff_cap = backoff_cap

    def _set_default_headers(
        self,
        headers: Mapping[str, str] | None,
        http_client: httpx.Client | httpx.AsyncClient | None,
    ) -> None:
        self._given_headers = dict(headers or {})
        # Sent with every request (a call's extra_headers still win).
        self._default_headers = {"Accept": "application/json"}
        if not sets_user_agent(headers, http_client):
            self._default_headers["User-Agent"] = user_agent(self._service.name)
        override_headers(self._default_headers, self._given_headers)

    # -- copies ---------------------------------------------------------------

    def _copy(self, changes: Mapping[str, Any]) -> Self:
        """A copy with `changes` (arguments of the constructor; NOT_GIVEN keeps a setting).

        The copy sends through the same httpx client (the same connection pool); it never
        closes it: the client it was copied from, or the user who passed it, does.
        """
        given = {name: value for name, value in changes.items() if value is not NOT_GIVEN}
        new = copy.copy(self)
        new.__dict__.pop("with_raw_response", None)  # bound to this client, made anew on use
        new._credentials = dict(self._credentials)
        new._options = dict(self._options)
        new._owns_http = False
        service = self._service
        if "http_client" in given:
            # None keeps the pool of the client copied from, as a copy's default does.
            http_client = given.pop("http_client")
            self._check_http(http_client)
            if http_client is not None:
                new._http = http_client
        changed = set(given)
        if "base_url" in given:
            new._set_base_url(given.pop("base_url"))
        new._set_retries(
            given.pop("max_retries", self.max_retries),
            given.pop("retry_backoff", self.retry_backoff),
            given.pop("retry_backoff_cap", self.retry_backoff_cap),
        )
        for setting in ("timeout", "deadline", "max_response_bytes"):
            if setting in given:
                setattr(new, setting, given.pop(setting))
        new._set_default_headers(given.pop("default_headers", self._given_headers), new._http)
        for name, value in given.items():
            if name in new._credentials:
                new._credentials[name] = value
            elif name in new._options:
                new._options[name] = (
                    value if value is not None else service.option_defaults.get(name)
                )
            else:
                raise TypeError(
                    f"{type(self).__name__}.with_options() got an unknown argument {name!r}"
                )
        new._check_settings(base_url="base_url" in changed)
        new._check_options(changed)
        watch(new)
        return new

    # -- secrets --------------------------------------------------------------

    def _secret_values(self) -> Iterable[str | bytes]:
        """Every secret this client holds now: its credentials (a login's token too), its
        secret options (keys, HMAC secrets), the tokens its hooks minted lately, the secrets
        its callers sent lately (a password in a body, a credential in extra_headers) and the
        credential headers it sends on every request (default_headers and the httpx
        client's own, by name: X-Api-Key, X-Auth-Token ...)."""
        for value in self._credentials.values():
            if value:
                yield value
        for name in self._service.secret_options:
            value = self._options.get(name)
            if isinstance(value, (str, bytes)) and value:
                yield value
        yield from list(self._minted)
        yield from list(self._sent_secrets)
        for headers in (self._given_headers, self._http.headers):
            for name, value in headers.items():
                if credential_like(name) and value:
                    yield value

    def _redact(self, exc: BaseException) -> None:
        """Take every secret out of an error before it leaves the client (see redaction.py)."""
        query_names = [s.wire_name for s in self._service.security_schemes if s.kind == "query"]
        redact_error(exc, self._secret_values(), query_names=query_names)

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

    def _accept(
        self, op: Operation[T], response: httpx.Response, args: Mapping[str, Any], note: str = ""
    ) -> T:
        """The typed result of a response; a login's token becomes the client's credential.
        ``note`` says why an error status was not retried."""
        result = self._parse(op, response, args, note)
        if op.sets_credential is not None:
            argument, field = op.sets_credential
            token = wire_name_of(result, field)
            if not isinstance(token, str) or not token:
                raise self._service.errors.validation(
                    f"{self._service.name} {op.name}: the response has no {field!r} to use as {argument}",
                    response=response,
                    body=response.text,
                )
            self._credentials[argument] = token
        return result

    def _pages(self, op: Operation[Any]) -> _Pages:
        error = self._service.errors.pagination
        return _Pages(op, self._service.name, lambda message: error(message))

    def _closed(self, op: Operation[Any]) -> Exception:
        # httpx would raise a bare RuntimeError; the call is refused before it is built.
        whose = (
            "the client is closed (close() was called, or its `with` ended)"
            if self._owns_http
            else "its httpx client is closed (a copy made by with_options shares the"
            " connection pool of the client it was made from, and closes with it)"
        )
        return self._service.errors.closed(
            f"{self._service.name} {op.name}: {whose}; nothing was sent"
        )

    # -- flows ----------------------------------------------------------------

    def _require_options(self, flow: str, names: tuple[str, ...]) -> None:
        missing = [name for name in names if self._options.get(name) is None]
        if missing:
            raise self._service.errors.missing_credential(
                f"{self._service.name} {flow} needs {', '.join(missing)}: "
                + "; ".join(self._service.where_to_pass(name) for name in missing)
            )

    def _run_step(self, flow: str, function: Callable[..., Any], **arguments: Any) -> Any:
        """A runtime step of a flow; its failed check stops the flow as a verification error,
        an argument it cannot use (a dust change, a malformed address) as a request error."""
        try:
            return function(**arguments)
        except (TypeError, ValueError) as exc:
            check = failed_check(exc)
            error: CoinspecError
            if check is None:
                error = self._service.errors.request(f"{self._service.name} {flow}: {exc}")
            else:
                error = self._service.errors.verification(
                    f"{self._service.name} {flow}: verification failed: {exc}",
                    response=None,
                    check=check,
                )
            error.__cause__ = exc  # redacted with it: a traceback prints it
            self._redact(error)
            raise error from exc

    # -- one call: its deadline, its attempts, the waits between them ---------------------

    def _call_settings(
        self,
        op: Operation[Any],
        timeout: float | httpx.Timeout | NotGiven | None,
        deadline: float | NotGiven | None,
        max_retries: int | NotGiven,
        extra_headers: Mapping[str, str] | None,
    ) -> tuple[float | httpx.Timeout | None, Callable[[], CallDeadline], int]:
        """The call's timeout, deadline (a clock to start when the request is built) and
        retries, the per-call arguments checked first."""
        error = self._service.errors.request
        where = f"{self._service.name} {op.name}"
        check_header_values(f"{where}: extra_headers", extra_headers, error)
        if not isinstance(timeout, NotGiven):
            check_timeout(f"{where}: timeout", timeout, error)
        if not isinstance(deadline, NotGiven) and deadline is not None:
            check_seconds(f"{where}: deadline", deadline, error)
        if not isinstance(max_retries, NotGiven):
            check_retries(f"{where}: max_retries", max_retries, error)
        send_timeout = self.timeout if isinstance(timeout, NotGiven) else timeout
        retries = self.max_retries if isinstance(max_retries, NotGiven) else max_retries
        total = self.deadline if isinstance(deadline, NotGiven) else deadline
        attempt = attempt_seconds(send_timeout)
        if isinstance(total, NotGiven):
            # Every attempt its full timeout, and the longest backoff between attempts.
            total = (
                None
                if attempt is None
                else attempt * (retries + 1) + self.retry_backoff_cap * retries
            )
        return send_timeout, functools.partial(CallDeadline.start, attempt, total), retries

    def _next_try(
        self,
        op: Operation[Any],
        call: CallDeadline,
        attempt: int,
        retries: int,
        response: httpx.Response | None,
        exc: Exception | None,
    ) -> tuple[float | None, str]:
        """Seconds to wait before another try (None to stop), and why not, when not."""
        delay = retry_delay(
            op,
            attempt,
            retries,
            response,
            exc,
            base=self.retry_backoff,
            cap=self.retry_backoff_cap,
        )
        if delay is not None and not call.allows_wait(delay):
            left = call.left() or 0.0
            asked = (
                "Retry-After asks for" if retry_after(response) is not None else "the backoff is"
            )
            return None, (
                f"not retried: {asked} {delay:.3g} s and the call's {call.total:g} s deadline "
                f"is {left:.3g} s away"
            )
        if delay is not None:
            why = (
                f"{response.status_code} {response.reason_phrase}"
                if response is not None
                else type(exc).__name__
            )
            self._log.info(
                "%s %s: %s, retrying in %.2f s (retry %d of %d)",
                self._service.name,
                op.name,
                why,
                delay,
                attempt + 1,
                retries,
            )
        return delay, ""

    def _connection_error(
        self,
        op: Operation[Any],
        exc: httpx.TransportError,
        request: httpx.Request,
        deadline: AttemptDeadline | None,
        note: str = "",
    ) -> APIConnectionError:
        errors = self._service.errors
        suffix = f" ({note})" if note else ""
        if isinstance(exc, httpx.TimeoutException):
            within = deadline.reason if deadline is not None else "the timeout"
            return errors.timeout(
                f"{self._service.name} {op.name} timed out: no complete response within "
                f"{within} ({type(exc).__name__}){suffix}",
                request=request,
            )
        return errors.connection(
            f"{self._service.name} {op.name}: connection failed ({type(exc).__name__}: {exc}){suffix}",
            request=request,
        )

    def _too_large(
        self, op: Operation[Any], response: httpx.Response, exc: BodyTooLarge
    ) -> ResponseTooLargeError:
        return self._service.errors.too_large(
            f"{self._service.name} {op.name}: the {response.status_code} response was refused: {exc}",
            response=response,
            body="",
            limit=exc.limit,
        )

    def _undecodable(
        self, op: Operation[Any], response: httpx.Response, exc: UndecodableBody
    ) -> ResponseValidationError:
        return self._service.errors.validation(
            f"{self._service.name} {op.name}: the {response.status_code} response was refused: {exc}",
            response=response,
            body="",
        )

    def _redirect(self, response: httpx.Response, follows: bool, hops: int) -> httpx.Request | None:
        """The request a redirect leads to when the httpx client follows redirects, with every
        credential the client set taken off when it leaves the origin; None to stop here."""
        target = response.next_request
        if target is None or not follows:
            return None
        if hops >= self._http_max_redirects():
            raise httpx.TooManyRedirects(
                "Exceeded maximum allowed redirects.", request=response.request
            )
        origin = response.request.url
        credentials = response.request.extensions.get(CREDENTIAL_HEADERS, ())
        if not _same_origin(origin, target.url):
            for header in credentials:
                target.headers.pop(header, None)
            target.extensions = {
                **target.extensions,
                CREDENTIAL_HEADERS: (),
            }
        elif any(header.lower() == "cookie" for header in credentials):
            # httpx rebuilds Cookie from its cookie jar on every redirect: an API key sent in a
            # cookie goes on to its own origin as one sent in a header does.
            target.headers["Cookie"] = response.request.headers["Cookie"]
        return target

    def _http_max_redirects(self) -> int:
        return self._http.max_redirects

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
            (monotonic() - started) * 1000,
            attempt + 1,
        )


def _same_origin(url: httpx.URL, other: httpx.URL) -> bool:
    defaults = {"http": 80, "https": 443}
    return (
        url.scheme == other.scheme
        and url.host == other.host
        and (url.port or defaults.get(url.scheme)) == (other.port or defaults.get(other.scheme))
    )


def _already_read(response: httpx.Response, limit: int) -> bool:
    """Whether a transport handed over the body already read (httpx.MockTransport does);
    it is still held to the byte limit."""
    if not hasattr(response, "_content"):
        return False
    if len(response.content) > limit:
        raise BodyTooLarge(limit)
    return True


# How many minted tokens a client remembers to keep out of logs (one per call in flight).
_MINTED_KEPT = 32


def _redacting(
    send: Callable[Concatenate[C, P], T],
) -> Callable[Concatenate[C, P], T]:
    """``send`` (a sync client's _request) raising only errors with every secret redacted."""

    @functools.wraps(send)
    def call(self: C, /, *args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return send(self, *args, **kwargs)
        except CoinspecError as exc:
            self._redact(exc)
            raise

    return call


def _async_redacting(
    send: Callable[Concatenate[C, P], Awaitable[T]],
) -> Callable[Concatenate[C, P], Awaitable[T]]:
    """The async `_redacting`."""

    @functools.wraps(send)
    async def call(self: C, /, *args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return await send(self, *args, **kwargs)
        except CoinspecError as exc:
            self._redact(exc)
            raise

    return call


def sleep(seconds: float) -> None:
    """The sync clients' wait between attempts (tests replace it)."""
    time.sleep(seconds)


async def async_sleep(seconds: float) -> None:
    """The async clients' wait between attempts (tests replace it)."""
    import asyncio  # imported by an async client's first retry: an import need not load it

    await asyncio.sleep(seconds)


class BaseClient(_Core):
    """Synchronous client over httpx.Client; use it as a context manager or call close()."""

    _http: httpx.Client
    _http_class = httpx.Client
    _transport_class = httpx.BaseTransport

    def __init__(
        self,
        *,
        base_url: str | None,
        timeout: float | httpx.Timeout | NotGiven | None,
        deadline: float | NotGiven | None,
        max_response_bytes: int,
        max_retries: int,
        retry_backoff: float,
        retry_backoff_cap: float,
        credentials: Mapping[str, str | None],
        options: Mapping[str, Any],
        default_headers: Mapping[str, str] | None,
        http_client: httpx.Client | None,
        transport: httpx.BaseTransport | None,
    ) -> None:
        self._check_http(http_client, transport)
        if isinstance(timeout, NotGiven):
            # A client of the user's keeps its own timeout unless one is passed here.
            timeout = http_client.timeout if http_client is not None else DEFAULT_TIMEOUT
        super().__init__(
            base_url=base_url,
            timeout=timeout,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            max_retries=max_retries,
            retry_backoff=retry_backoff,
            retry_backoff_cap=retry_backoff_cap,
            credentials=credentials,
            options=options,
            default_headers=default_headers,
            http_client=http_client,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(
            transport=transport, timeout=timeout, verify=default_ssl_context()
        )
        if self._owns_http:
            install_deadline_backend(self._http)

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @_redacting
    def _request(
        self,
        op: Operation[T],
        args: Mapping[str, Any],
        body: Any = None,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        deadline: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[T]:
        if self._http.is_closed:
            raise self._closed(op)
        send_timeout, start, retries = self._call_settings(
            op, timeout, deadline, max_retries, extra_headers
        )
        request = self._build(op, args, body, extra_headers, extra_query, extra_body)
        call = start()
        attempt = 0
        while True:
            started = monotonic()
            limit = call.for_attempt()
            request.extensions["timeout"] = clipped_timeouts(send_timeout, limit)
            try:
                response = self._attempt(op, request, limit)
            except httpx.TransportError as exc:
                self._log_response(request, None, started, attempt)
                delay, note = self._next_try(op, call, attempt, retries, None, exc)
                if delay is None:
                    raise self._connection_error(op, exc, request, limit, note) from exc
                sleep(delay)
                attempt += 1
                continue
            self._log_response(request, response, started, attempt)
            delay, note = self._next_try(op, call, attempt, retries, response, None)
            if delay is None:
                parsed = self._accept(op, response, args, note)
                return _delivered(RawResponse(parsed, response))
            sleep(delay)
            attempt += 1

    def _attempt(
        self, op: Operation[Any], request: httpx.Request, limit: AttemptDeadline | None
    ) -> httpx.Response:
        """One attempt: send (following redirects as the httpx client says) and read the
        whole body within the byte limit, all before ``limit``."""
        follows = self._http.follow_redirects
        with attempt_scope(limit):
            hops = 0
            while True:
                response = self._http.send(request, stream=True, follow_redirects=False)
                target = self._redirect(response, follows, hops)
                if target is None:
                    break
                response.close()
                request, hops = target, hops + 1
            try:
                if _already_read(response, self.max_response_bytes):
                    return response
                body = CappedBody(response.headers, self.max_response_bytes)
                for chunk in response.iter_raw():
                    body.feed(chunk)
                    if limit is not None and limit.left() <= 0:
                        raise httpx.ReadTimeout(f"{limit.reason} passed", request=request)
                response._content = body.finish()
            except BodyTooLarge as exc:
                raise self._too_large(op, response, exc) from None
            except UndecodableBody as exc:
                raise self._undecodable(op, response, exc) from None
            finally:
                response.close()
        return response

    def _paginate(
        self, op: Operation[Any], args: dict[str, Any], body: Any = None, **options: Any
    ) -> SyncPager[Any, Any]:
        def fetch(page_args: Mapping[str, Any]) -> RawResponse[Any]:
            return self._request(op, page_args, body, **options)

        return SyncPager(self._pages(op), fetch, args)


class AsyncBaseClient(_Core):
    """Asynchronous client over httpx.AsyncClient; use ``async with`` or await aclose()."""

    _http: httpx.AsyncClient
    _http_class = httpx.AsyncClient
    _transport_class = httpx.AsyncBaseTransport

    def __init__(
        self,
        *,
        base_url: str | None,
        timeout: float | httpx.Timeout | NotGiven | None,
        deadline: float | NotGiven | None,
        max_response_bytes: int,
        max_retries: int,
        retry_backoff: float,
        retry_backoff_cap: float,
        credentials: Mapping[str, str | None],
        options: Mapping[str, Any],
        default_headers: Mapping[str, str] | None,
        http_client: httpx.AsyncClient | None,
        transport: httpx.AsyncBaseTransport | None,
    ) -> None:
        self._check_http(http_client, transport)
        if isinstance(timeout, NotGiven):
            # A client of the user's keeps its own timeout unless one is passed here.
            timeout = http_client.timeout if http_client is not None else DEFAULT_TIMEOUT
        super().__init__(
            base_url=base_url,
            timeout=timeout,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            max_retries=max_retries,
            retry_backoff=retry_backoff,
            retry_backoff_cap=retry_backoff_cap,
            credentials=credentials,
            options=options,
            default_headers=default_headers,
            http_client=http_client,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(
            transport=transport, timeout=timeout, verify=default_ssl_context()
        )

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    @_async_redacting
    async def _request(
        self,
        op: Operation[T],
        args: Mapping[str, Any],
        body: Any = None,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        deadline: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[T]:
        if self._http.is_closed:
            raise self._closed(op)
        send_timeout, start, retries = self._call_settings(
            op, timeout, deadline, max_retries, extra_headers
        )
        request = self._build(op, args, body, extra_headers, extra_query, extra_body)
        call = start()
        attempt = 0
        while True:
            started = monotonic()
            limit = call.for_attempt()
            request.extensions["timeout"] = clipped_timeouts(send_timeout, limit)
            try:
                try:
                    async with async_attempt_scope(limit):
                        response = await self._attempt(op, request, limit)
                except TimeoutError:
                    reason = limit.reason if limit is not None else "the timeout"
                    raise httpx.ReadTimeout(f"{reason} passed", request=request) from None
            except httpx.TransportError as exc:
                self._log_response(request, None, started, attempt)
                delay, note = self._next_try(op, call, attempt, retries, None, exc)
                if delay is None:
                    raise self._connection_error(op, exc, request, limit, note) from exc
                await async_sleep(delay)
                attempt += 1
                continue
            self._log_response(request, response, started, attempt)
            delay, note = self._next_try(op, call, attempt, retries, response, None)
            if delay is None:
                parsed = self._accept(op, response, args, note)
                return _delivered(RawResponse(parsed, response))
            await async_sleep(delay)
            attempt += 1

    async def _attempt(
        self, op: Operation[Any], request: httpx.Request, limit: AttemptDeadline | None
    ) -> httpx.Response:
        """One attempt: send (following redirects as the httpx client says) and read the
        whole body within the byte limit; the caller cancels it at ``limit``."""
        follows = self._http.follow_redirects
        hops = 0
        while True:
            response = await self._http.send(request, stream=True, follow_redirects=False)
            target = self._redirect(response, follows, hops)
            if target is None:
                break
            await response.aclose()
            request, hops = target, hops + 1
        try:
            if _already_read(response, self.max_response_bytes):
                return response
            body = CappedBody(response.headers, self.max_response_bytes)
            async for chunk in response.aiter_raw():
                body.feed(chunk)
            response._content = body.finish()
        except BodyTooLarge as exc:
            raise self._too_large(op, response, exc) from None
        except UndecodableBody as exc:
            raise self._undecodable(op, response, exc) from None
        finally:
            await response.aclose()
        return response

    def _paginate(
        self, op: Operation[Any], args: dict[str, Any], body: Any = None, **options: Any
    ) -> AsyncPager[Any, Any]:
        async def fetch(page_args: Mapping[str, Any]) -> RawResponse[Any]:
            return await self._request(op, page_args, body, **options)

        return AsyncPager(self._pages(op), fetch, args)


def _text_or_none(value: object) -> str | None:
    return None if value is None else str(value)
