"""Clients of CoinJoin API: ``CoinJoin`` (sync) and ``AsyncCoinJoin``.

Generated from specs/coinjoin.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

import functools

import httpx

from .._core.client import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    AsyncBaseClient,
    BaseClient,
)
from .._core.operation import (
    NOT_GIVEN,
    EnvironmentVariable,
    ErrorFamily,
    NotGiven,
    SecurityScheme,
    Service,
    adapters,
)
from .._core.pagination import AsyncPager, SyncPager
from .._core.response import async_raw_response, raw_response
from . import _operations as _ops
from .errors import (
    STATUS_ERRORS,
    CoinJoinClientClosedError,
    CoinJoinConfigurationError,
    CoinJoinConnectionError,
    CoinJoinMissingCredentialError,
    CoinJoinPaginationError,
    CoinJoinRequestError,
    CoinJoinResponseTooLargeError,
    CoinJoinResponseValidationError,
    CoinJoinStatusError,
    CoinJoinTimeoutError,
    CoinJoinVerificationError,
)
from .models import (
    AddressValidation,
    CreateTransactionRequest,
    Error,
    ServiceStatus,
    Transaction,
    TransactionList,
)

__all__ = ["CoinJoin", "AsyncCoinJoin"]


SERVICE = Service(
    name="CoinJoin",
    default_base_url=None,
    errors=ErrorFamily(
        connection=CoinJoinConnectionError,
        timeout=CoinJoinTimeoutError,
        status=CoinJoinStatusError,
        validation=CoinJoinResponseValidationError,
        verification=CoinJoinVerificationError,
        by_status=STATUS_ERRORS,
        configuration=CoinJoinConfigurationError,
        request=CoinJoinRequestError,
        missing_credential=CoinJoinMissingCredentialError,
        pagination=CoinJoinPaginationError,
        too_large=CoinJoinResponseTooLargeError,
        closed=CoinJoinClientClosedError,
        status_bodies=adapters(
            {
                400: Error,
                401: Error,
                403: Error,
                404: Error,
                503: Error,
            }
        ),
    ),
    security_schemes=(SecurityScheme("bearerAuth", "bearer", "Authorization", "api_key"),),
    secret_options=frozenset(("hmac_secret",)),
    option_defaults={},
    omitted_when_none={
        CreateTransactionRequest: frozenset(("refCode",)),
    },
    environment=(
        EnvironmentVariable("base_url", "COINJOIN_BASE_URL"),
        EnvironmentVariable("api_key", "COINJOIN_API_KEY"),
        EnvironmentVariable("hmac_secret", "COINJOIN_HMAC_SECRET"),
    ),
    verify_hooks=(("create_transaction", ("hmac_secret",)), ("get_transaction", ("hmac_secret",))),
)


class CoinJoinWithRawResponse:
    """The operations of a `CoinJoin`, each returning a `RawResponse`: the typed result and the HTTP response."""

    def __init__(self, client: CoinJoin) -> None:
        self.get_status = raw_response(client.get_status)
        self.validate_address = raw_response(client.validate_address)
        self.create_transaction = raw_response(client.create_transaction)
        self.list_transactions = raw_response(client.list_transactions)
        self.get_transaction = raw_response(client.get_transaction)


class CoinJoin(BaseClient):
    """Synchronous client of CoinJoin API."""

    _service = SERVICE

    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        hmac_secret: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_backoff: float = 0.5,
        retry_backoff_cap: float = 8.0,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        """Create a client.

        An argument left out (or None) is read from its environment variable, named
        below; an argument passed here wins.

        Args:
            base_url: the service URL; the service publishes no default, so it is
                required. Environment: COINJOIN_BASE_URL.
            api_key: Private methods: HTTP header `Authorization: Bearer {api_key}`. The
                authorization token {api_key} is obtained from customer support.
                Environment: COINJOIN_API_KEY.
            hmac_secret: The secret key the service signs each transaction's `signature`
                with (HMAC-SHA256, see Transaction). Given it, create_transaction and
                get_transaction verify the signature before returning and raise
                CoinJoinVerificationError on a mismatch or on a body PHP cannot have
                signed (NaN, Infinity, a lone surrogate); without it nothing is
                verified, and the client's repr says so. What a valid signature does not
                cover, by the service's scheme: key names (only the values are signed,
                in order, so swapping the names of depositAmount and fee still
                verifies), anything two levels deep (an array inside an array value is
                signed as the word "Array"), JSON types (true and "1", or false, null
                and "" sign alike), digits past PHP's precision of 14, and which request
                a response answers (get_transaction checks that the signed id is the one
                asked for; a replayed createTransaction answer is only caught by its
                contents). Check the deposit address and the amounts against what you
                asked for. Environment: COINJOIN_HMAC_SECRET.
            timeout: seconds one attempt may take, from connecting to the last byte of
                the body (an httpx.Timeout also limits each phase; the attempt then has
                the longest of its limits); None waits forever. Default: 30 s (10 s to
                connect), or the timeout of `http_client` when one is given.
            deadline: seconds a whole call may take, every retry and wait included; by
                default each attempt's timeout plus the longest backoff between
                attempts; None for no limit. A Retry-After that would pass it is not
                waited for: the call fails at once, saying why.
            max_response_bytes: the largest body accepted, counted after decompression
                as it arrives (default 32 MiB); a larger one raises
                CoinJoinResponseTooLargeError.
            max_retries: retries of operations safe to repeat on connection errors, 408,
                429, 500, 502, 503 and 504, and whenever the server answers
                `x-should-retry: true` (never after `x-should-retry: false`; 0 switches
                retries off). An operation that creates something or moves money is
                never resent.
            retry_backoff: first backoff in seconds, doubled each retry, with full
                jitter.
            retry_backoff_cap: the longest backoff in seconds (Retry-After is honoured
                up to 60 s).
            default_headers: headers sent with every request.
            http_client: an httpx client to use instead of the client's own (not closed
                by it).
            transport: an httpx transport for the client's own httpx client.
        """
        super().__init__(
            base_url=base_url,
            timeout=timeout,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            max_retries=max_retries,
            retry_backoff=retry_backoff,
            retry_backoff_cap=retry_backoff_cap,
            credentials={
                "api_key": api_key,
            },
            options={
                "hmac_secret": hmac_secret,
            },
            default_headers=default_headers,
            http_client=http_client,
            transport=transport,
        )

    def with_options(
        self,
        *,
        base_url: str | NotGiven = NOT_GIVEN,
        api_key: str | None | NotGiven = NOT_GIVEN,
        hmac_secret: str | None | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_bytes: int | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_backoff: float | NotGiven = NOT_GIVEN,
        retry_backoff_cap: float | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        http_client: httpx.Client | None | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A copy of this client with the given settings changed and the others kept.

        It shares this client's connection pool (no new connections, nothing to close):
        closing the copy closes nothing, closing this client closes the pool for both.
        The arguments are the constructor's; a credential or option given as None is
        unset in the copy (an option falls back to its default), the environment is not
        read again.
        """
        return self._copy(
            {
                "base_url": base_url,
                "api_key": api_key,
                "hmac_secret": hmac_secret,
                "timeout": timeout,
                "deadline": deadline,
                "max_response_bytes": max_response_bytes,
                "max_retries": max_retries,
                "retry_backoff": retry_backoff,
                "retry_backoff_cap": retry_backoff_cap,
                "default_headers": default_headers,
                "http_client": http_client,
            }
        )

    copy = with_options

    @functools.cached_property
    def with_raw_response(self) -> CoinJoinWithRawResponse:
        """Every operation with the same arguments, returning the typed result together
        with the HTTP response."""
        return CoinJoinWithRawResponse(self)

    def get_status(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> ServiceStatus:
        """Check service status

        Public method used to check status of service.


        Raises:
            ForbiddenError: 403 blocked/denied
            ServiceUnavailableError: 503 service unavailable
        """
        return self._request(
            _ops.GET_STATUS,
            {},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def validate_address(
        self,
        *,
        btc_address: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AddressValidation:
        """Validate a bitcoin address

        Public method used to validate the bitcoin address.

        Args:
            btc_address: The bitcoin address to validate. (`btc_address` in path)

        Raises:
            BadRequestError: 400 bad request
            ForbiddenError: 403 blocked/denied
            NotFoundError: 404 endpoint not found (plausibly an empty or malformed
                address path segment).
            ServiceUnavailableError: 503 service unavailable
        """
        return self._request(
            _ops.VALIDATE_ADDRESS,
            {"btc_address": btc_address},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def create_transaction(
        self,
        *,
        body: CreateTransactionRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Transaction:
        """Create a new transaction

        Private method used to create a new transaction.

        Args:
            body: the request body (application/json)

        Raises:
            BadRequestError: 400 bad request
            UnauthorizedError: 401 invalid API key
            ForbiddenError: 403 blocked/denied
            ServiceUnavailableError: 503 service unavailable
        """
        return self._request(
            _ops.CREATE_TRANSACTION,
            {},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def list_transactions(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> TransactionList:
        """List transactions

        Private method used to list all transactions, sorted from newest to oldest.

        Args:
            limit: Number of records returned (default 30) (`limit` in query)
            offset: Paging offset (default 0) (`offset` in query)

        Raises:
            BadRequestError: 400 bad request
            UnauthorizedError: 401 invalid API key
            ForbiddenError: 403 blocked/denied
            ServiceUnavailableError: 503 service unavailable
        """
        return self._request(
            _ops.LIST_TRANSACTIONS,
            {"limit": limit, "offset": offset},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def iter_list_transactions(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SyncPager[Transaction, TransactionList]:
        """Every item of list_transactions, page after page (offset paging), requested
        as needed.

        `first_page()` and `iter_pages()` give the pages instead (each with `.items`,
        `.result`, `.has_next_page()` and `.next_page()`). A page the service sends
        twice stops the iteration with CoinJoinPaginationError.
        """
        return self._paginate(
            _ops.LIST_TRANSACTIONS,
            {"limit": limit, "offset": offset},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def get_transaction(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Transaction:
        """Get transaction details

        Private method used to receive transaction details.

        Args:
            id: Transaction ID (`id` in path)

        Raises:
            BadRequestError: 400 bad request
            UnauthorizedError: 401 invalid API key
            ForbiddenError: 403 blocked/denied
            NotFoundError: 404 endpoint not found (plausibly a malformed or unknown
                transaction id).
            ServiceUnavailableError: 503 service unavailable
        """
        return self._request(
            _ops.GET_TRANSACTION,
            {"id": id},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed


class AsyncCoinJoinWithRawResponse:
    """The operations of an `AsyncCoinJoin`, each returning a `RawResponse`: the typed result and the HTTP response."""

    def __init__(self, client: AsyncCoinJoin) -> None:
        self.get_status = async_raw_response(client.get_status)
        self.validate_address = async_raw_response(client.validate_address)
        self.create_transaction = async_raw_response(client.create_transaction)
        self.list_transactions = async_raw_response(client.list_transactions)
        self.get_transaction = async_raw_response(client.get_transaction)


class AsyncCoinJoin(AsyncBaseClient):
    """Asynchronous client of CoinJoin API."""

    _service = SERVICE

    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        hmac_secret: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_backoff: float = 0.5,
        retry_backoff_cap: float = 8.0,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        """Create a client.

        An argument left out (or None) is read from its environment variable, named
        below; an argument passed here wins.

        Args:
            base_url: the service URL; the service publishes no default, so it is
                required. Environment: COINJOIN_BASE_URL.
            api_key: Private methods: HTTP header `Authorization: Bearer {api_key}`. The
                authorization token {api_key} is obtained from customer support.
                Environment: COINJOIN_API_KEY.
            hmac_secret: The secret key the service signs each transaction's `signature`
                with (HMAC-SHA256, see Transaction). Given it, create_transaction and
                get_transaction verify the signature before returning and raise
                CoinJoinVerificationError on a mismatch or on a body PHP cannot have
                signed (NaN, Infinity, a lone surrogate); without it nothing is
                verified, and the client's repr says so. What a valid signature does not
                cover, by the service's scheme: key names (only the values are signed,
                in order, so swapping the names of depositAmount and fee still
                verifies), anything two levels deep (an array inside an array value is
                signed as the word "Array"), JSON types (true and "1", or false, null
                and "" sign alike), digits past PHP's precision of 14, and which request
                a response answers (get_transaction checks that the signed id is the one
                asked for; a replayed createTransaction answer is only caught by its
                contents). Check the deposit address and the amounts against what you
                asked for. Environment: COINJOIN_HMAC_SECRET.
            timeout: seconds one attempt may take, from connecting to the last byte of
                the body (an httpx.Timeout also limits each phase; the attempt then has
                the longest of its limits); None waits forever. Default: 30 s (10 s to
                connect), or the timeout of `http_client` when one is given.
            deadline: seconds a whole call may take, every retry and wait included; by
                default each attempt's timeout plus the longest backoff between
                attempts; None for no limit. A Retry-After that would pass it is not
                waited for: the call fails at once, saying why.
            max_response_bytes: the largest body accepted, counted after decompression
                as it arrives (default 32 MiB); a larger one raises
                CoinJoinResponseTooLargeError.
            max_retries: retries of operations safe to repeat on connection errors, 408,
                429, 500, 502, 503 and 504, and whenever the server answers
                `x-should-retry: true` (never after `x-should-retry: false`; 0 switches
                retries off). An operation that creates something or moves money is
                never resent.
            retry_backoff: first backoff in seconds, doubled each retry, with full
                jitter.
            retry_backoff_cap: the longest backoff in seconds (Retry-After is honoured
                up to 60 s).
            default_headers: headers sent with every request.
            http_client: an httpx client to use instead of the client's own (not closed
                by it).
            transport: an httpx transport for the client's own httpx client.
        """
        super().__init__(
            base_url=base_url,
            timeout=timeout,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            max_retries=max_retries,
            retry_backoff=retry_backoff,
            retry_backoff_cap=retry_backoff_cap,
            credentials={
                "api_key": api_key,
            },
            options={
                "hmac_secret": hmac_secret,
            },
            default_headers=default_headers,
            http_client=http_client,
            transport=transport,
        )

    def with_options(
        self,
        *,
        base_url: str | NotGiven = NOT_GIVEN,
        api_key: str | None | NotGiven = NOT_GIVEN,
        hmac_secret: str | None | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_bytes: int | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_backoff: float | NotGiven = NOT_GIVEN,
        retry_backoff_cap: float | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        http_client: httpx.AsyncClient | None | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A copy of this client with the given settings changed and the others kept.

        It shares this client's connection pool (no new connections, nothing to close):
        closing the copy closes nothing, closing this client closes the pool for both.
        The arguments are the constructor's; a credential or option given as None is
        unset in the copy (an option falls back to its default), the environment is not
        read again.
        """
        return self._copy(
            {
                "base_url": base_url,
                "api_key": api_key,
                "hmac_secret": hmac_secret,
                "timeout": timeout,
                "deadline": deadline,
                "max_response_bytes": max_response_bytes,
                "max_retries": max_retries,
                "retry_backoff": retry_backoff,
                "retry_backoff_cap": retry_backoff_cap,
                "default_headers": default_headers,
                "http_client": http_client,
            }
        )

    copy = with_options

    @functools.cached_property
    def with_raw_response(self) -> AsyncCoinJoinWithRawResponse:
        """Every operation with the same arguments, returning the typed result together
        with the HTTP response."""
        return AsyncCoinJoinWithRawResponse(self)

    async def get_status(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> ServiceStatus:
        """Check service status

        Public method used to check status of service.


        Raises:
            ForbiddenError: 403 blocked/denied
            ServiceUnavailableError: 503 service unavailable
        """
        return (
            await self._request(
                _ops.GET_STATUS,
                {},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def validate_address(
        self,
        *,
        btc_address: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AddressValidation:
        """Validate a bitcoin address

        Public method used to validate the bitcoin address.

        Args:
            btc_address: The bitcoin address to validate. (`btc_address` in path)

        Raises:
            BadRequestError: 400 bad request
            ForbiddenError: 403 blocked/denied
            NotFoundError: 404 endpoint not found (plausibly an empty or malformed
                address path segment).
            ServiceUnavailableError: 503 service unavailable
        """
        return (
            await self._request(
                _ops.VALIDATE_ADDRESS,
                {"btc_address": btc_address},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def create_transaction(
        self,
        *,
        body: CreateTransactionRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Transaction:
        """Create a new transaction

        Private method used to create a new transaction.

        Args:
            body: the request body (application/json)

        Raises:
            BadRequestError: 400 bad request
            UnauthorizedError: 401 invalid API key
            ForbiddenError: 403 blocked/denied
            ServiceUnavailableError: 503 service unavailable
        """
        return (
            await self._request(
                _ops.CREATE_TRANSACTION,
                {},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def list_transactions(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> TransactionList:
        """List transactions

        Private method used to list all transactions, sorted from newest to oldest.

        Args:
            limit: Number of records returned (default 30) (`limit` in query)
            offset: Paging offset (default 0) (`offset` in query)

        Raises:
            BadRequestError: 400 bad request
            UnauthorizedError: 401 invalid API key
            ForbiddenError: 403 blocked/denied
            ServiceUnavailableError: 503 service unavailable
        """
        return (
            await self._request(
                _ops.LIST_TRANSACTIONS,
                {"limit": limit, "offset": offset},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    def iter_list_transactions(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncPager[Transaction, TransactionList]:
        """Every item of list_transactions, page after page (offset paging), requested
        as needed.

        `await first_page()` and `iter_pages()` give the pages instead (each with
        `.items`, `.result`, `.has_next_page()` and `.next_page()`). A page the service
        sends twice stops the iteration with CoinJoinPaginationError.
        """
        return self._paginate(
            _ops.LIST_TRANSACTIONS,
            {"limit": limit, "offset": offset},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def get_transaction(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Transaction:
        """Get transaction details

        Private method used to receive transaction details.

        Args:
            id: Transaction ID (`id` in path)

        Raises:
            BadRequestError: 400 bad request
            UnauthorizedError: 401 invalid API key
            ForbiddenError: 403 blocked/denied
            NotFoundError: 404 endpoint not found (plausibly a malformed or unknown
                transaction id).
            ServiceUnavailableError: 503 service unavailable
        """
        return (
            await self._request(
                _ops.GET_TRANSACTION,
                {"id": id},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed
