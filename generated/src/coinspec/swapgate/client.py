"""Clients of Swapgate API: ``Swapgate`` (sync) and ``AsyncSwapgate``.

Generated from specs/swapgate.yaml; do not edit.
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
    Service,
    adapters,
)
from .._core.response import async_raw_response, raw_response
from .._core.types import DecimalText
from . import _operations as _ops
from .errors import (
    STATUS_ERRORS,
    SwapgateClientClosedError,
    SwapgateConfigurationError,
    SwapgateConnectionError,
    SwapgateMissingCredentialError,
    SwapgatePaginationError,
    SwapgateRequestError,
    SwapgateResponseTooLargeError,
    SwapgateResponseValidationError,
    SwapgateStatusError,
    SwapgateTimeoutError,
    SwapgateVerificationError,
)
from .models import (
    CreateOrderRequest,
    Instrument,
    Order,
    OrderStatus,
    RatesInfo,
    SetEmailRequest,
    ValidateAddressRequest,
)

__all__ = ["Swapgate", "AsyncSwapgate"]


SERVICE = Service(
    name="Swapgate",
    default_base_url=None,
    errors=ErrorFamily(
        connection=SwapgateConnectionError,
        timeout=SwapgateTimeoutError,
        status=SwapgateStatusError,
        validation=SwapgateResponseValidationError,
        verification=SwapgateVerificationError,
        by_status=STATUS_ERRORS,
        configuration=SwapgateConfigurationError,
        request=SwapgateRequestError,
        missing_credential=SwapgateMissingCredentialError,
        pagination=SwapgatePaginationError,
        too_large=SwapgateResponseTooLargeError,
        closed=SwapgateClientClosedError,
        status_bodies=adapters({}),
    ),
    security_schemes=(),
    secret_options=frozenset(()),
    option_defaults={},
    environment=(EnvironmentVariable("base_url", "SWAPGATE_BASE_URL"),),
    verify_hooks=(),
)


class SwapgateWithRawResponse:
    """The operations of a `Swapgate`, each returning a `RawResponse`: the typed result and the HTTP response."""

    def __init__(self, client: Swapgate) -> None:
        self.list_instruments = raw_response(client.list_instruments)
        self.get_rates_info = raw_response(client.get_rates_info)
        self.validate_address = raw_response(client.validate_address)
        self.create_order = raw_response(client.create_order)
        self.get_order_info = raw_response(client.get_order_info)
        self.set_email = raw_response(client.set_email)


class Swapgate(BaseClient):
    """Synchronous client of Swapgate API."""

    _service = SERVICE

    def __init__(
        self,
        *,
        base_url: str | None = None,
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
                required. Environment: SWAPGATE_BASE_URL.
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
                SwapgateResponseTooLargeError.
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
            credentials={},
            options={},
            default_headers=default_headers,
            http_client=http_client,
            transport=transport,
        )

    def with_options(
        self,
        *,
        base_url: str | NotGiven = NOT_GIVEN,
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
    def with_raw_response(self) -> SwapgateWithRawResponse:
        """Every operation with the same arguments, returning the typed result together
        with the HTTP response."""
        return SwapgateWithRawResponse(self)

    def list_instruments(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Instrument]:
        """Get public list of all active instruments

        Returns list of all active instruments.

        """
        return self._request(
            _ops.LIST_INSTRUMENTS,
            {},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def get_rates_info(
        self,
        *,
        instrument_from_currency_title: str,
        instrument_from_network_title: str,
        instrument_to_currency_title: str,
        instrument_to_network_title: str,
        claimed_deposit_amount: DecimalText | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RatesInfo:
        """Get selected pair public info

        Returns pair info object for a sending and a receiving instrument.

        Args:
            instrument_from_currency_title: Title of sending instrument currency
                (`instrumentFromCurrencyTitle` in query)
            instrument_from_network_title: Title of sending instrument network
                (`instrumentFromNetworkTitle` in query)
            instrument_to_currency_title: Title of receiving instrument currency
                (`instrumentToCurrencyTitle` in query)
            instrument_to_network_title: Title of receiving instrument network
                (`instrumentToNetworkTitle` in query)
            claimed_deposit_amount: User amount to send (a decimal string in the query).
                (`claimedDepositAmount` in query)

        Raises:
            NotAcceptableError: 406 Returns if amount to send is too low
            UnprocessableEntityError: 422 Returns if pair is not supported
        """
        return self._request(
            _ops.GET_RATES_INFO,
            {
                "instrumentFromCurrencyTitle": instrument_from_currency_title,
                "instrumentFromNetworkTitle": instrument_from_network_title,
                "instrumentToCurrencyTitle": instrument_to_currency_title,
                "instrumentToNetworkTitle": instrument_to_network_title,
                "claimedDepositAmount": claimed_deposit_amount,
            },
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
        body: ValidateAddressRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> bool:
        """Validates an address for given instrument

        Validates an address for given instrument. It only reads, so it is safe to
        repeat
        although it is a POST.

        Args:
            body: the request body (application/json)
        """
        return self._request(
            _ops.VALIDATE_ADDRESS,
            {},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def create_order(
        self,
        *,
        body: CreateOrderRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Order:
        """Creates an exchange order

        Creates an exchange order. It creates something, so it is never resent.

        Args:
            body: the request body (application/json)
        """
        return self._request(
            _ops.CREATE_ORDER,
            {},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def get_order_info(
        self,
        *,
        order_id: int,
        destination_address: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> OrderStatus:
        """Returns public info about order status

        Returns public info about order status. While `deposits` is empty the order
        waits
        for the user's deposit; a user may deposit several times, so the deposited total
        is
        the sum of the `amount` of every element. `withdrawals` stays empty while
        trading
        is in progress; a withdrawal with a `txId` means the order is complete.

        Args:
            order_id: Order ID (an integer) (`orderId` in query)
            destination_address: User destination address (`destinationAddress` in
                query)
        """
        return self._request(
            _ops.GET_ORDER_INFO,
            {"orderId": order_id, "destinationAddress": destination_address},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def set_email(
        self,
        *,
        body: SetEmailRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Order:
        """Sets user email for notification user about order

        Sets the e-mail the service notifies about the order. It can be set only once (a
        second call gets 403), so the client never resends it.

        Args:
            body: the request body (application/json)

        Raises:
            BadRequestError: 400 Returns if email is not valid
            ForbiddenError: 403 Returns if email already set (it can not be set twice)
            NotFoundError: 404 Returns if order not found
            UnprocessableEntityError: 422 Returns if order is already processed
        """
        return self._request(
            _ops.SET_EMAIL,
            {},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed


class AsyncSwapgateWithRawResponse:
    """The operations of an `AsyncSwapgate`, each returning a `RawResponse`: the typed result and the HTTP response."""

    def __init__(self, client: AsyncSwapgate) -> None:
        self.list_instruments = async_raw_response(client.list_instruments)
        self.get_rates_info = async_raw_response(client.get_rates_info)
        self.validate_address = async_raw_response(client.validate_address)
        self.create_order = async_raw_response(client.create_order)
        self.get_order_info = async_raw_response(client.get_order_info)
        self.set_email = async_raw_response(client.set_email)


class AsyncSwapgate(AsyncBaseClient):
    """Asynchronous client of Swapgate API."""

    _service = SERVICE

    def __init__(
        self,
        *,
        base_url: str | None = None,
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
                required. Environment: SWAPGATE_BASE_URL.
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
                SwapgateResponseTooLargeError.
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
            credentials={},
            options={},
            default_headers=default_headers,
            http_client=http_client,
            transport=transport,
        )

    def with_options(
        self,
        *,
        base_url: str | NotGiven = NOT_GIVEN,
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
    def with_raw_response(self) -> AsyncSwapgateWithRawResponse:
        """Every operation with the same arguments, returning the typed result together
        with the HTTP response."""
        return AsyncSwapgateWithRawResponse(self)

    async def list_instruments(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Instrument]:
        """Get public list of all active instruments

        Returns list of all active instruments.

        """
        return (
            await self._request(
                _ops.LIST_INSTRUMENTS,
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

    async def get_rates_info(
        self,
        *,
        instrument_from_currency_title: str,
        instrument_from_network_title: str,
        instrument_to_currency_title: str,
        instrument_to_network_title: str,
        claimed_deposit_amount: DecimalText | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RatesInfo:
        """Get selected pair public info

        Returns pair info object for a sending and a receiving instrument.

        Args:
            instrument_from_currency_title: Title of sending instrument currency
                (`instrumentFromCurrencyTitle` in query)
            instrument_from_network_title: Title of sending instrument network
                (`instrumentFromNetworkTitle` in query)
            instrument_to_currency_title: Title of receiving instrument currency
                (`instrumentToCurrencyTitle` in query)
            instrument_to_network_title: Title of receiving instrument network
                (`instrumentToNetworkTitle` in query)
            claimed_deposit_amount: User amount to send (a decimal string in the query).
                (`claimedDepositAmount` in query)

        Raises:
            NotAcceptableError: 406 Returns if amount to send is too low
            UnprocessableEntityError: 422 Returns if pair is not supported
        """
        return (
            await self._request(
                _ops.GET_RATES_INFO,
                {
                    "instrumentFromCurrencyTitle": instrument_from_currency_title,
                    "instrumentFromNetworkTitle": instrument_from_network_title,
                    "instrumentToCurrencyTitle": instrument_to_currency_title,
                    "instrumentToNetworkTitle": instrument_to_network_title,
                    "claimedDepositAmount": claimed_deposit_amount,
                },
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
        body: ValidateAddressRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> bool:
        """Validates an address for given instrument

        Validates an address for given instrument. It only reads, so it is safe to
        repeat
        although it is a POST.

        Args:
            body: the request body (application/json)
        """
        return (
            await self._request(
                _ops.VALIDATE_ADDRESS,
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

    async def create_order(
        self,
        *,
        body: CreateOrderRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Order:
        """Creates an exchange order

        Creates an exchange order. It creates something, so it is never resent.

        Args:
            body: the request body (application/json)
        """
        return (
            await self._request(
                _ops.CREATE_ORDER,
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

    async def get_order_info(
        self,
        *,
        order_id: int,
        destination_address: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> OrderStatus:
        """Returns public info about order status

        Returns public info about order status. While `deposits` is empty the order
        waits
        for the user's deposit; a user may deposit several times, so the deposited total
        is
        the sum of the `amount` of every element. `withdrawals` stays empty while
        trading
        is in progress; a withdrawal with a `txId` means the order is complete.

        Args:
            order_id: Order ID (an integer) (`orderId` in query)
            destination_address: User destination address (`destinationAddress` in
                query)
        """
        return (
            await self._request(
                _ops.GET_ORDER_INFO,
                {"orderId": order_id, "destinationAddress": destination_address},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def set_email(
        self,
        *,
        body: SetEmailRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Order:
        """Sets user email for notification user about order

        Sets the e-mail the service notifies about the order. It can be set only once (a
        second call gets 403), so the client never resends it.

        Args:
            body: the request body (application/json)

        Raises:
            BadRequestError: 400 Returns if email is not valid
            ForbiddenError: 403 Returns if email already set (it can not be set twice)
            NotFoundError: 404 Returns if order not found
            UnprocessableEntityError: 422 Returns if order is already processed
        """
        return (
            await self._request(
                _ops.SET_EMAIL,
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
