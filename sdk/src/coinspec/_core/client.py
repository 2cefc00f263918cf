"""The sync and async clients every generated client derives from: state, sending, retrying.

Building the request is `request.py`'s, reading the response `response.py`'s; what differs
per service is data (`operation.py`) the generated code declares.
"""

from __future__ import annotations

import asyncio
import copy
import importlib
import logging
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import Any, Self, TypeVar

import httpx

from coinspec_runtime import VerificationFailed

from .errors import APIConnectionError
from .operation import NOT_GIVEN, NotGiven, Operation, Service
from .options import from_environment, sets_user_agent, setup_logging, user_agent
from .pagination import items_of, next_page, wire_name_of
from .request import RequestBuilder, override_headers
from .response import RawResponse, ResponseReader, _delivered
from .retries import DEFAULT_MAX_RETRIES, retry_delay

__all__ = ["DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "AsyncBaseClient", "BaseClient"]

T = TypeVar("T")

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


class _Core(RequestBuilder, ResponseReader):
    """State and request/response logic shared by the sync and async clients."""

    _service: Service
    _owns_http: bool

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
        self._check_options()

    def _check_options(self) -> None:
        """Run the spec's checks of the options that are set: a bad key refuses here."""
        for check in self._service.checks:
            if self._options.get(check.option) is None:
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
            new._http = given.pop("http_client")
        if "base_url" in given:
            new._set_base_url(given.pop("base_url"))
        new._set_retries(
            given.pop("max_retries", self.max_retries),
            given.pop("retry_backoff", self.retry_backoff),
            given.pop("retry_backoff_cap", self.retry_backoff_cap),
        )
        if "timeout" in given:
            new.timeout = given.pop("timeout")
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
        new._check_options()
        return new

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

    def _accept(self, op: Operation[T], response: httpx.Response, args: Mapping[str, Any]) -> T:
        """The typed result of a response; a login's token becomes the client's credential."""
        result = self._parse(op, response, args)
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

    # -- flows ----------------------------------------------------------------

    def _require_options(self, flow: str, names: tuple[str, ...]) -> None:
        missing = [name for name in names if self._options.get(name) is None]
        if missing:
            raise self._service.errors.missing_credential(
                f"{self._service.name} {flow} needs {', '.join(missing)}: "
                + "; ".join(self._service.where_to_pass(name) for name in missing)
            )

    def _run_step(self, flow: str, function: Callable[..., Any], **arguments: Any) -> Any:
        """A runtime step of a flow; its failed check stops the flow as a verification error."""
        try:
            return function(**arguments)
        except VerificationFailed as exc:
            raise self._service.errors.verification(
                f"{self._service.name} {flow}: verification failed: {exc}",
                response=None,
                check=exc.check,
            ) from exc

    def _retry_delay(
        self,
        op: Operation[Any],
        attempt: int,
        max_retries: int,
        response: httpx.Response | None,
        exc: Exception | None,
    ) -> float | None:
        """Seconds to wait before another try, or None to stop; each retry is logged."""
        delay = retry_delay(
            op,
            attempt,
            max_retries,
            response,
            exc,
            base=self.retry_backoff,
            cap=self.retry_backoff_cap,
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
                max_retries,
            )
        return delay

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


class BaseClient(_Core):
    """Synchronous client over httpx.Client; use it as a context manager or call close()."""

    _http: httpx.Client

    def __init__(
        self,
        *,
        base_url: str | None,
        timeout: float | httpx.Timeout | NotGiven | None,
        max_retries: int,
        retry_backoff: float,
        retry_backoff_cap: float,
        credentials: Mapping[str, str | None],
        options: Mapping[str, Any],
        default_headers: Mapping[str, str] | None,
        http_client: httpx.Client | None,
        transport: httpx.BaseTransport | None,
    ) -> None:
        if isinstance(timeout, NotGiven):
            # A client of the user's keeps its own timeout unless one is passed here.
            timeout = http_client.timeout if http_client is not None else DEFAULT_TIMEOUT
        super().__init__(
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_backoff=retry_backoff,
            retry_backoff_cap=retry_backoff_cap,
            credentials=credentials,
            options=options,
            default_headers=default_headers,
            http_client=http_client,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(transport=transport, timeout=timeout)

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
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
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[T]:
        request = self._build(op, args, body, extra_headers, extra_query, extra_body)
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
                return _delivered(RawResponse(self._accept(op, response, args), response))
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
            items = items_of(result, page.items)
            yield from items
            args, done = next_page(page, args, result, items, seen)
            seen += len(items)
            if done:
                return


class AsyncBaseClient(_Core):
    """Asynchronous client over httpx.AsyncClient; use ``async with`` or await aclose()."""

    _http: httpx.AsyncClient

    def __init__(
        self,
        *,
        base_url: str | None,
        timeout: float | httpx.Timeout | NotGiven | None,
        max_retries: int,
        retry_backoff: float,
        retry_backoff_cap: float,
        credentials: Mapping[str, str | None],
        options: Mapping[str, Any],
        default_headers: Mapping[str, str] | None,
        http_client: httpx.AsyncClient | None,
        transport: httpx.AsyncBaseTransport | None,
    ) -> None:
        if isinstance(timeout, NotGiven):
            # A client of the user's keeps its own timeout unless one is passed here.
            timeout = http_client.timeout if http_client is not None else DEFAULT_TIMEOUT
        super().__init__(
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_backoff=retry_backoff,
            retry_backoff_cap=retry_backoff_cap,
            credentials=credentials,
            options=options,
            default_headers=default_headers,
            http_client=http_client,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(transport=transport, timeout=timeout)

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
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
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[T]:
        request = self._build(op, args, body, extra_headers, extra_query, extra_body)
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
                return _delivered(RawResponse(self._accept(op, response, args), response))
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
            items = items_of(result, page.items)
            for item in items:
                yield item
            args, done = next_page(page, args, result, items, seen)
            seen += len(items)
            if done:
                return


def _text_or_none(value: object) -> str | None:
    return None if value is None else str(value)
