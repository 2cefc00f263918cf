"""Clients of Wallet to ATOMIC APIs: ``Atomic`` (sync) and ``AsyncAtomic``.

Generated from specs/atomic.yaml; do not edit.
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
    ClientCheck,
    EnvironmentVariable,
    ErrorFamily,
    NotGiven,
    Service,
    adapters,
)
from .._core.response import async_raw_response, raw_response
from .._core.json import to_wire as _to_wire
from . import _operations as _ops
from .errors import (
    STATUS_ERRORS,
    AtomicClientClosedError,
    AtomicConfigurationError,
    AtomicConnectionError,
    AtomicMissingCredentialError,
    AtomicPaginationError,
    AtomicRequestError,
    AtomicResponseTooLargeError,
    AtomicResponseValidationError,
    AtomicStatusError,
    AtomicTimeoutError,
    AtomicVerificationError,
)
from .models import (
    AtomicInfo,
    CoinCode,
    ConfirmPaymentRequest,
    CreateOrderRequest,
    CreateUserRequest,
    CreatedUser,
    CreditLine,
    CreditLineRequest,
    Order,
    PaymentDetails,
    SubmitTimedUnlockRequest,
    SubmitUnlockRequest,
    TimedUnlockRequest,
    TradePlatformInfo,
    UnlockRequest,
    UnlockTransaction,
    User,
)

__all__ = ["Atomic", "AsyncAtomic"]


SERVICE = Service(
    name="Atomic",
    default_base_url="https://atomic.org",
    errors=ErrorFamily(
        connection=AtomicConnectionError,
        timeout=AtomicTimeoutError,
        status=AtomicStatusError,
        validation=AtomicResponseValidationError,
        verification=AtomicVerificationError,
        by_status=STATUS_ERRORS,
        configuration=AtomicConfigurationError,
        request=AtomicRequestError,
        missing_credential=AtomicMissingCredentialError,
        pagination=AtomicPaginationError,
        too_large=AtomicResponseTooLargeError,
        closed=AtomicClientClosedError,
        status_bodies=adapters({}),
    ),
    security_schemes=(),
    secret_options=frozenset(("signing_key",)),
    option_defaults={"network": "mainnet"},
    checks=(
        ClientCheck(
            "network", "coinspec_runtime.configuration", "check_network", (("network", "network"),)
        ),
        ClientCheck(
            "user_public_key",
            "coinspec_runtime.configuration",
            "check_public_key",
            (("public_key", "user_public_key"),),
        ),
        ClientCheck(
            "signing_key",
            "coinspec_runtime.configuration",
            "check_signing_key",
            (
                ("network", "network"),
                ("public_key", "user_public_key"),
                ("signing_key", "signing_key"),
            ),
        ),
    ),
    omitted_when_none={
        ConfirmPaymentRequest: frozenset(
            ("fully-signed-pay-transaction", "partially-signed-escrow-transaction")
        ),
        CreateOrderRequest: frozenset(
            (
                "destination-address",
                "destination-amount",
                "destination-coin",
                "escrow-address",
                "escrow-amount",
                "escrow-coin",
                "source-amount",
                "source-coin",
            )
        ),
        CreateUserRequest: frozenset(("public-key", "refund-address")),
        CreditLineRequest: frozenset(("amount", "coin-type")),
        SubmitTimedUnlockRequest: frozenset(("partially-signed-tx",)),
        SubmitUnlockRequest: frozenset(("partially-signed-unlock-tx",)),
        TimedUnlockRequest: frozenset(("amount", "nLockTime")),
        UnlockRequest: frozenset(("amount",)),
    },
    environment=(
        EnvironmentVariable("base_url", "ATOMIC_BASE_URL"),
        EnvironmentVariable("user_public_key", "ATOMIC_USER_PUBLIC_KEY"),
        EnvironmentVariable("atomic_public_key", "ATOMIC_ATOMIC_PUBLIC_KEY"),
        EnvironmentVariable("network", "ATOMIC_NETWORK"),
        EnvironmentVariable("signing_key", "ATOMIC_SIGNING_KEY"),
    ),
    verify_hooks=(("create_user", ("user_public_key",)), ("get_user", ("user_public_key",))),
)


class AtomicWithRawResponse:
    """The operations of a `Atomic`, each returning a `RawResponse`: the typed result and the HTTP response."""

    def __init__(self, client: Atomic) -> None:
        self.create_user = raw_response(client.create_user)
        self.get_user = raw_response(client.get_user)
        self.get_on_demand_unlock = raw_response(client.get_on_demand_unlock)
        self.submit_on_demand_unlock = raw_response(client.submit_on_demand_unlock)
        self.get_timed_unlock = raw_response(client.get_timed_unlock)
        self.submit_timed_unlock = raw_response(client.submit_timed_unlock)
        self.get_payment = raw_response(client.get_payment)
        self.confirm_payment = raw_response(client.confirm_payment)
        self.get_atomic_info = raw_response(client.get_atomic_info)
        self.create_order = raw_response(client.create_order)
        self.get_order = raw_response(client.get_order)
        self.cancel_order = raw_response(client.cancel_order)
        self.list_supported_coins = raw_response(client.list_supported_coins)
        self.get_trade_platform_info = raw_response(client.get_trade_platform_info)
        self.request_credit_line = raw_response(client.request_credit_line)
        self.get_credit_line = raw_response(client.get_credit_line)
        self.delete_credit_line = raw_response(client.delete_credit_line)


class Atomic(BaseClient):
    """Synchronous client of Wallet to ATOMIC APIs."""

    _service = SERVICE

    def __init__(
        self,
        *,
        base_url: str | None = None,
        user_public_key: str | None = None,
        atomic_public_key: str | None = None,
        network: str | None = None,
        signing_key: str | None = None,
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
            base_url: the service URL (default https://atomic.org). Environment:
                ATOMIC_BASE_URL.
            user_public_key: The wallet user's public key (hex), as registered with
                create_user. Given it, create_user and get_user check the private
                collateral before returning: the redeem script is a 2-of-2 of ATOMIC's
                key and this key, each once, and the address and script-pub-key are
                P2SH-P2WSH (or P2SH) of it on `network`. Without it nothing is verified,
                and the client's repr says so; the verified flows need it. Environment:
                ATOMIC_USER_PUBLIC_KEY.
            atomic_public_key: ATOMIC's public key (hex), when you know it from
                elsewhere. Given it, every verified collateral must hold exactly this
                key as ATOMIC's (check `collateral.atomic_key`). Environment:
                ATOMIC_ATOMIC_PUBLIC_KEY.
            network: The bitcoin network of the collateral addresses (mainnet, testnet,
                signet or regtest). (default 'mainnet') Environment: ATOMIC_NETWORK.
            signing_key: The user's private key (WIF or 64 hex digits) that the verified
                flows sign with: the user's half of the 2-of-2 in unlock, timed-unlock
                and escrow transactions, and the user's own coins in the pay
                transaction. It must belong to user_public_key. Environment:
                ATOMIC_SIGNING_KEY.
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
                AtomicResponseTooLargeError.
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
            options={
                "user_public_key": user_public_key,
                "atomic_public_key": atomic_public_key,
                "network": network,
                "signing_key": signing_key,
            },
            default_headers=default_headers,
            http_client=http_client,
            transport=transport,
        )

    def with_options(
        self,
        *,
        base_url: str | NotGiven = NOT_GIVEN,
        user_public_key: str | None | NotGiven = NOT_GIVEN,
        atomic_public_key: str | None | NotGiven = NOT_GIVEN,
        network: str | None | NotGiven = NOT_GIVEN,
        signing_key: str | None | NotGiven = NOT_GIVEN,
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
                "user_public_key": user_public_key,
                "atomic_public_key": atomic_public_key,
                "network": network,
                "signing_key": signing_key,
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
    def with_raw_response(self) -> AtomicWithRawResponse:
        """Every operation with the same arguments, returning the typed result together
        with the HTTP response."""
        return AtomicWithRawResponse(self)

    def create_user(
        self,
        *,
        user_id: str,
        body: CreateUserRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CreatedUser:
        """Create new user

        Register user with ATOMIC - creating a Private Collateral address.

        The client verifies that `private-collateral-address` and
        `private-collateral-script-pub-key` in the answer are the P2SH-P2WSH of
        `private-collateral-redeem-script`, a 2-of-2 multisig of `atomic-public-key` and
        the submitted `public-key`.

        Not resent automatically (`x-idempotent: false`): it creates the user, and a
        repeat is answered 409 (or 400 "conflict with existing user") instead of the
        collateral information.

        Args:
            user_id: The user's ID, chosen by the wallet when registering the user (for
                example a UUID). (`user-id` in path)
            body: the request body: The user's public key (which becomes one of the two
                keys of the private collateral script) and the address for refunds.
                (application/json)

        Raises:
            BadRequestError: 400 Invalid request or conflict with existing user
            ConflictError: 409 User already exists
        """
        return self._request(
            _ops.CREATE_USER,
            {"user-id": user_id},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def get_user(
        self,
        *,
        user_id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> User:
        """Get user's information

        Retrieves existing information for a specific user.

        The client verifies that `private-collateral-address` and
        `private-collateral-script-pub-key` are the P2SH-P2WSH of
        `private-collateral-redeem-script` and that the script is a 2-of-2 multisig of
        `atomic-public-key` and the user's public key.

        Args:
            user_id: The user's ID, chosen by the wallet when registering the user (for
                example a UUID). (`user-id` in path)

        Raises:
            NotFoundError: 404 User not found
        """
        return self._request(
            _ops.GET_USER,
            {"user-id": user_id},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def get_on_demand_unlock(
        self,
        *,
        user_id: str,
        body: UnlockRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> UnlockTransaction:
        """Get on-demand unlock

        Get an on-demand unlock transaction from the user's private-collateral address.

        NOTE: An on demand unlock cannot be processed during ongoing transactions.

        This operation returns the transaction as ATOMIC sends it, unverified. To sign
        it, use the flow `unlock_collateral`, which verifies it (that it spends from the
        user's private collateral and pays the requested amount) before the wallet signs
        it.

        Args:
            user_id: The user's ID, chosen by the wallet when registering the user (for
                example a UUID). (`user-id` in path)
            body: the request body: The amount to unlock, sent as a JSON body on this
                GET: the service takes it no other way (some proxies may drop GET
                bodies). (application/json)

        Raises:
            ForbiddenError: 403 Cannot perform on-demand unlock at this time
            NotFoundError: 404 User not found
        """
        return self._request(
            _ops.GET_ON_DEMAND_UNLOCK,
            {"user-id": user_id},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def submit_on_demand_unlock(
        self,
        *,
        user_id: str,
        body: SubmitUnlockRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Submit an on-demand unlock

        Perform an unlock of funds from the user's private-collateral address.

        Should supply a signed unlock transaction which was obtained from the "GET"
        command, or created manually.

        NOTE: An on demand unlock cannot be processed during ongoing transactions.

        The runtime will sign the unlock transaction with the user's key and verify its
        partial signature (legacy P2SH 2-of-2 input with an `OP_0` placeholder for
        ATOMIC's signature) before it is sent.

        Not resent automatically (`x-idempotent: false`): it moves funds out of the
        collateral, and a repeat is answered 409 "Another unlock already in progress".

        Args:
            user_id: The user's ID, chosen by the wallet when registering the user (for
                example a UUID). (`user-id` in path)
            body: the request body: The user-signed unlock transaction.
                (application/json)

        Raises:
            BadRequestError: 400 Invalid input, object invalid
            ForbiddenError: 403 Cannot perform unlock at this time
            NotFoundError: 404 User not found
            ConflictError: 409 Another unlock already in progress
        """
        return self._request(
            _ops.SUBMIT_ON_DEMAND_UNLOCK,
            {"user-id": user_id},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def get_timed_unlock(
        self,
        *,
        user_id: str,
        body: TimedUnlockRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> UnlockTransaction:
        """Get timed unlock

        Get a timed unlock transaction from the user's Private Coilateral address at the
        given lock time.

        Transactions will not be allowed near the target unlock time.

        This operation returns the transaction as ATOMIC sends it, unverified. To sign
        it, use the flow `timed_unlock_collateral`, which verifies it (that it spends
        from the user's private collateral, pays the requested amount and carries the
        requested nLockTime) before the wallet signs it.

        Args:
            user_id: The user's ID, chosen by the wallet when registering the user (for
                example a UUID). (`user-id` in path)
            body: the request body: The amount to unlock and the lock time, sent as a
                JSON body on this GET: the service takes them no other way (some proxies
                may drop GET bodies). (application/json)

        Raises:
            BadRequestError: 400 Invalid input, object invalid
            ForbiddenError: 403 Cannot create the requested timed unlock
            NotFoundError: 404 User not found
        """
        return self._request(
            _ops.GET_TIMED_UNLOCK,
            {"user-id": user_id},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def submit_timed_unlock(
        self,
        *,
        user_id: str,
        body: SubmitTimedUnlockRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Submit timed unlock

        Requests ATOMIC to sign the user-signed timed unlock transaction.

        The timed transaction will be stored by the user, and submitted when the lock
        time arrives.

        The runtime will sign the timed unlock transaction with the user's key and
        verify its partial signature (legacy P2SH 2-of-2 input with an `OP_0`
        placeholder for ATOMIC's signature) before it is sent.

        Not resent automatically (`x-idempotent: false`): ATOMIC countersigns a
        transaction that moves collateral, and a repeat is answered 409 "Already exists"
        or 403. The response has no body.

        Args:
            user_id: The user's ID, chosen by the wallet when registering the user (for
                example a UUID). (`user-id` in path)
            body: the request body: The user-signed timed unlock transaction.
                (application/json)

        Raises:
            BadRequestError: 400 Invalid input, object invalid
            ForbiddenError: 403 Cannot perform unlock, earlier unlock/transaction is
                already in progress
            NotFoundError: 404 User not found
            ConflictError: 409 Already exists
        """
        return self._request(
            _ops.SUBMIT_TIMED_UNLOCK,
            {"user-id": user_id},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def get_payment(
        self,
        *,
        user_id: str,
        payment_id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> PaymentDetails:
        """Get payment details

        Gets the required information for payment confirmation.

        ATOMIC will provide the raw escrow transaction, as well as the required details
        for the payment transaction.

        This operation returns the transaction as ATOMIC sends it, unverified. To sign
        it, use the flow `confirm_verified_payment`, which verifies the raw escrow
        transaction (that it spends from `source-address`, the user's private
        collateral) before the wallet signs it.

        Args:
            user_id: The user's ID, chosen by the wallet when registering the user (for
                example a UUID). (`user-id` in path)
            payment_id: The payment's ID, as returned in `inflight-transactions`, by an
                order in an active deal, or by a credit line that requires escrow.
                (`payment-id` in path)

        Raises:
            BadRequestError: 400 Invalid input, object invalid
            NotFoundError: 404 User/Payment not found
            ConflictError: 409 Payment already performed
        """
        return self._request(
            _ops.GET_PAYMENT,
            {"user-id": user_id, "payment-id": payment_id},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def confirm_payment(
        self,
        *,
        user_id: str,
        payment_id: str,
        body: ConfirmPaymentRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Confirm payment

        Confirms the payment.

        Providing ATOMIC with the signed escrow transactions which was obtained from the
        "GET" command, and the created and signed pay transaction.

        The runtime will sign the escrow transaction with the user's key (leaving the
        `OP_0` placeholder for ATOMIC's signature) and build, sign and verify the pay
        transaction (P2SH-P2WSH input, BIP143) before they are sent.

        Not resent automatically (`x-idempotent: false`): it moves funds into escrow and
        pays, and a repeat is answered 409 "Payment already performed".

        Args:
            user_id: The user's ID, chosen by the wallet when registering the user (for
                example a UUID). (`user-id` in path)
            payment_id: The payment's ID, as returned in `inflight-transactions`, by an
                order in an active deal, or by a credit line that requires escrow.
                (`payment-id` in path)
            body: the request body: The fully signed pay transaction and the user-signed
                escrow transaction (which carries one of its two signatures).
                (application/json)

        Raises:
            BadRequestError: 400 Invalid input, object invalid
            NotFoundError: 404 User/Payment not found
            ConflictError: 409 Payment already performed
        """
        return self._request(
            _ops.CONFIRM_PAYMENT,
            {"user-id": user_id, "payment-id": payment_id},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def get_atomic_info(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AtomicInfo:
        """Get ATOMIC generic information

        Get general ATOMIC information


        Raises:
            BadRequestError: 400 Bad input parameter
        """
        return self._request(
            _ops.GET_ATOMIC_INFO,
            {},
            None,
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
        user_id: str,
        order_id: str,
        body: CreateOrderRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Create Order

        Place a new trade order.

        Not resent automatically (`x-idempotent: false`): it creates an order that
        commits escrow funds, and a repeat is answered 409 "Order already exists". The
        response has no body.

        Args:
            user_id: The user's ID, chosen by the wallet when registering the user (for
                example a UUID). (`user-id` in path)
            order_id: The order's ID, chosen by the wallet when placing the order (for
                example a UUID). (`order-id` in path)
            body: the request body: The trade to place. Amounts are integers in each
                coin's smallest unit (`destination-amount` in wei exceeds 64 bits).
                (application/json)

        Raises:
            BadRequestError: 400 Invalid input
            ConflictError: 409 Order already exists
        """
        return self._request(
            _ops.CREATE_ORDER,
            {"user-id": user_id, "order-id": order_id},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def get_order(
        self,
        *,
        user_id: str,
        order_id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Order:
        """Get Order Details

        Retrieves the existing information for a specific order.

        If the order is currently in an active deal - will also return the payment ID.

        Args:
            user_id: The user's ID, chosen by the wallet when registering the user (for
                example a UUID). (`user-id` in path)
            order_id: The order's ID, chosen by the wallet when placing the order (for
                example a UUID). (`order-id` in path)

        Raises:
            NotFoundError: 404 Order not found
        """
        return self._request(
            _ops.GET_ORDER,
            {"user-id": user_id, "order-id": order_id},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def cancel_order(
        self,
        *,
        user_id: str,
        order_id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Cancel Order

        Deletes a given order, if allowed.

        Not resent automatically (`x-idempotent: false`): cancelling releases the
        order's escrow commitment, and a repeat after a lost 200 is answered 404 "Order
        not found", which would report a cancel that succeeded as a failure; check with
        `get_order` instead.

        Args:
            user_id: The user's ID, chosen by the wallet when registering the user (for
                example a UUID). (`user-id` in path)
            order_id: The order's ID, chosen by the wallet when placing the order (for
                example a UUID). (`order-id` in path)

        Raises:
            BadRequestError: 400 Invalid input
            ForbiddenError: 403 Order is currently being executed, unable to cancel
            NotFoundError: 404 Order not found
        """
        return self._request(
            _ops.CANCEL_ORDER,
            {"user-id": user_id, "order-id": order_id},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def list_supported_coins(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[CoinCode]:
        """Get Supported Coins

        List of supported coins - by default all pairs are supported.

        Returns a JSON array of coin-code strings.

        """
        return self._request(
            _ops.LIST_SUPPORTED_COINS,
            {},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def get_trade_platform_info(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> TradePlatformInfo:
        """Get Generic Info

        Generic info from the trading platform.

        """
        return self._request(
            _ops.GET_TRADE_PLATFORM_INFO,
            {},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def request_credit_line(
        self,
        *,
        user_id: str,
        credit_id: str,
        body: CreditLineRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CreditLine:
        """Request Credit Line

        Request/Update Credit Line amount.

        Returns a payment ID in case such is required.

        Not resent automatically (`x-idempotent: false`): it creates or raises a credit
        line that requires an escrow payment, and a repeat is answered 409 "Credit Line
        up to date" instead of the payment ID.

        Args:
            user_id: The user's ID, chosen by the wallet when registering the user (for
                example a UUID). (`user-id` in path)
            credit_id: The credit line's ID. (`credit-id` in path)
            body: the request body: The coin and the requested credit-line amount
                (integer, smallest unit of the coin). (application/json)

        Raises:
            BadRequestError: 400 Invalid input
            ForbiddenError: 403 Can't update Credit Line to be lower than existing
            ConflictError: 409 Credit Line up to date - no additional escrow required
        """
        return self._request(
            _ops.REQUEST_CREDIT_LINE,
            {"user-id": user_id, "credit-id": credit_id},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def get_credit_line(
        self,
        *,
        user_id: str,
        credit_id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CreditLine:
        """Get Credit Line Details

        Gets the user's credit-line information - with the current payment ID if
        requried.

        Args:
            user_id: The user's ID, chosen by the wallet when registering the user (for
                example a UUID). (`user-id` in path)
            credit_id: The credit line's ID. (`credit-id` in path)

        Raises:
            NotFoundError: 404 User/Credit Line not found
        """
        return self._request(
            _ops.GET_CREDIT_LINE,
            {"user-id": user_id, "credit-id": credit_id},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def delete_credit_line(
        self,
        *,
        user_id: str,
        credit_id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete Credit Line

        Request to remove a specific credit-line.

        Not resent automatically (`x-idempotent: false`): removing a settled credit line
        changes what the escrow guarantees, and a repeat after a lost 200 is answered
        404, which would report a delete that succeeded as a failure; check with
        `get_credit_line` instead.

        Args:
            user_id: The user's ID, chosen by the wallet when registering the user (for
                example a UUID). (`user-id` in path)
            credit_id: The credit line's ID. (`credit-id` in path)

        Raises:
            ForbiddenError: 403 Credit Line not yet settled - delete not allowed
            NotFoundError: 404 User/Credit Line not found
        """
        return self._request(
            _ops.DELETE_CREDIT_LINE,
            {"user-id": user_id, "credit-id": credit_id},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def unlock_collateral(
        self,
        *,
        user_id: str,
        amount: int,
        refund_address: str,
        coins: dict[str, int],
        max_fee: int = 10000,
        max_fee_rate: int = 100,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Unlock collateral on demand, verified and signed

        Fetches the user (its collateral is verified against user_public_key), asks
        ATOMIC for the on-demand unlock transaction and checks it: every input spends
        one of the collateral coins you name in `coins` (by outpoint, none twice: ATOMIC
        does not say what they hold, and a legacy P2SH signature does not commit to it),
        refund_address receives amount (or amount less the fee), change goes only back
        to the collateral, the fee is at most `max_fee` satoshis and `max_fee_rate`
        sat/vB, the transaction is final now (no lock time, no relative lock), and any
        signature already in it is valid. Then it signs with signing_key, checks that
        signature and submits the transaction. Nothing is signed or sent after a failed
        check.

        Args:
            user_id: The user's ID.
            amount: Satoshis to unlock.
            refund_address: Where the unlocked coins must go.
            coins: The collateral coins the transaction may spend: {"<txid>:<vout>":
                satoshis}.
            max_fee: The largest transaction fee in satoshis.
            max_fee_rate: The largest fee rate, in satoshis per virtual byte of the
                transaction once ATOMIC signs.



        Steps: get_user -> get_on_demand_unlock ->
            coinspec_runtime.atomic.verify_unlock_transaction ->
            coinspec_runtime.atomic.sign_unlock_transaction -> submit_on_demand_unlock.
        """
        self._require_options("unlock_collateral", ("signing_key", "user_public_key"))
        import coinspec_runtime.atomic  # the runtime is loaded when a flow runs, not with the client

        _user = self.get_user(
            user_id=user_id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        _unlock = self.get_on_demand_unlock(
            user_id=user_id,
            body={"amount": amount},
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        _verified = self._run_step(
            "unlock_collateral",
            coinspec_runtime.atomic.verify_unlock_transaction,
            unlock=_to_wire(_unlock),
            collateral=_to_wire(_user),
            public_key=self._options.get("user_public_key"),
            atomic_public_key=self._options.get("atomic_public_key"),
            network=self._options.get("network"),
            refund_address=refund_address,
            amount=amount,
            coins=coins,
            max_fee=max_fee,
            max_fee_rate=max_fee_rate,
        )
        _signed = self._run_step(
            "unlock_collateral",
            coinspec_runtime.atomic.sign_unlock_transaction,
            verified=_verified,
            key=self._options.get("signing_key"),
        )
        self.submit_on_demand_unlock(
            user_id=user_id,
            body={"partially-signed-unlock-tx": _signed},
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return None

    def timed_unlock_collateral(
        self,
        *,
        user_id: str,
        amount: int,
        lock_time: int,
        refund_address: str,
        coins: dict[str, int],
        max_fee: int = 10000,
        max_fee_rate: int = 100,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Unlock collateral at a time, verified and signed

        As unlock_collateral, for the timed unlock, which must lock exactly as asked and
        no more: its nLockTime is lock_time (a block height below 500,000,000, a Unix
        time from there), some input's nSequence leaves it in force, and no input
        carries a BIP68 relative lock.

        Args:
            user_id: The user's ID.
            amount: Satoshis to unlock.
            lock_time: The nLockTime the transaction must carry.
            refund_address: Where the unlocked coins must go.
            coins: The collateral coins the transaction may spend: {"<txid>:<vout>":
                satoshis}.
            max_fee: The largest transaction fee in satoshis.
            max_fee_rate: The largest fee rate, in satoshis per virtual byte of the
                transaction once ATOMIC signs.



        Steps: get_user -> get_timed_unlock ->
            coinspec_runtime.atomic.verify_timed_unlock_transaction ->
            coinspec_runtime.atomic.sign_timed_unlock_transaction ->
            submit_timed_unlock.
        """
        self._require_options("timed_unlock_collateral", ("signing_key", "user_public_key"))
        import coinspec_runtime.atomic  # the runtime is loaded when a flow runs, not with the client

        _user = self.get_user(
            user_id=user_id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        _unlock = self.get_timed_unlock(
            user_id=user_id,
            body={"amount": amount, "nLockTime": lock_time},
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        _verified = self._run_step(
            "timed_unlock_collateral",
            coinspec_runtime.atomic.verify_timed_unlock_transaction,
            unlock=_to_wire(_unlock),
            collateral=_to_wire(_user),
            public_key=self._options.get("user_public_key"),
            atomic_public_key=self._options.get("atomic_public_key"),
            network=self._options.get("network"),
            refund_address=refund_address,
            amount=amount,
            lock_time=lock_time,
            coins=coins,
            max_fee=max_fee,
            max_fee_rate=max_fee_rate,
        )
        _signed = self._run_step(
            "timed_unlock_collateral",
            coinspec_runtime.atomic.sign_timed_unlock_transaction,
            verified=_verified,
            key=self._options.get("signing_key"),
        )
        self.submit_timed_unlock(
            user_id=user_id,
            body={"partially-signed-tx": _signed},
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return None

    def confirm_verified_payment(
        self,
        *,
        user_id: str,
        payment_id: str,
        escrow_address: str,
        escrow_amount: int,
        collateral_coins: dict[str, int],
        payment_outputs: dict[str, int],
        pay_coins: dict[str, int],
        change_address: str,
        pay_coin_kind: str = "p2wpkh",
        max_fee: int = 10000,
        max_fee_rate: int = 100,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Pay into escrow and pay the agreed payment, verified and signed

        Fetches the user (its collateral verified) and the payment. Checks the escrow
        transaction: it spends only the collateral coins you name in `collateral_coins`
        (none twice), pays exactly `escrow_amount` to `escrow_address` (what your order
        says), returns anything else to the collateral, pays a fee of at most `max_fee`
        satoshis and `max_fee_rate` sat/vB, and is final now. Checks the payment: its
        outputs are exactly `payment_outputs` (the payment you agreed: the same
        addresses, the same amounts, nothing more) and its fee at most `max_fee`. Only
        then signs the escrow transaction (your half of the 2-of-2, the signature
        checked), builds and signs the pay transaction from `pay_coins` (your own coins,
        locked to signing_key as `pay_coin_kind`) with the change to `change_address`
        (its fee rate at most `max_fee_rate`, every input through the script
        interpreter) and sends both with confirm_payment. Nothing is signed or sent
        after a failed check.

        Args:
            user_id: The user's ID.
            payment_id: The payment's ID.
            escrow_address: The escrow address your order names (its escrow-address).
            escrow_amount: The satoshis your order puts in escrow (its escrow-amount).
            collateral_coins: The collateral coins the escrow transaction may spend:
                {"<txid>:<vout>": satoshis}.
            payment_outputs: The payment you agreed: {address: satoshis}; anything else
                is refused.
            pay_coins: Your own coins that fund the pay transaction: {"<txid>:<vout>":
                satoshis}.
            change_address: Where the pay transaction's change goes.
            pay_coin_kind: How pay_coins are locked to signing_key: p2wpkh, p2sh-p2wpkh,
                p2pkh, or p2sh-p2wsh / p2wsh of a 1-of-1 multisig.
            max_fee: The largest fee in satoshis of each of the two transactions.
            max_fee_rate: The largest fee rate of each of the two transactions, in
                satoshis per virtual byte.



        Steps: get_user -> get_payment ->
            coinspec_runtime.atomic.verify_escrow_transaction ->
            coinspec_runtime.atomic.verify_payment ->
            coinspec_runtime.atomic.sign_escrow_transaction ->
            coinspec_runtime.atomic.sign_pay_transaction -> confirm_payment.
        """
        self._require_options("confirm_verified_payment", ("signing_key", "user_public_key"))
        import coinspec_runtime.atomic  # the runtime is loaded when a flow runs, not with the client

        _user = self.get_user(
            user_id=user_id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        _payment = self.get_payment(
            user_id=user_id,
            payment_id=payment_id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        _escrow = self._run_step(
            "confirm_verified_payment",
            coinspec_runtime.atomic.verify_escrow_transaction,
            payment=_to_wire(_payment),
            collateral=_to_wire(_user),
            public_key=self._options.get("user_public_key"),
            atomic_public_key=self._options.get("atomic_public_key"),
            network=self._options.get("network"),
            escrow_address=escrow_address,
            escrow_amount=escrow_amount,
            coins=collateral_coins,
            max_fee=max_fee,
            max_fee_rate=max_fee_rate,
        )
        _agreed = self._run_step(
            "confirm_verified_payment",
            coinspec_runtime.atomic.verify_payment,
            payment=_to_wire(_payment),
            network=self._options.get("network"),
            outputs=payment_outputs,
            max_fee=max_fee,
            max_fee_rate=max_fee_rate,
        )
        _escrow_signed = self._run_step(
            "confirm_verified_payment",
            coinspec_runtime.atomic.sign_escrow_transaction,
            verified=_escrow,
            key=self._options.get("signing_key"),
        )
        _pay_signed = self._run_step(
            "confirm_verified_payment",
            coinspec_runtime.atomic.sign_pay_transaction,
            verified=_agreed,
            key=self._options.get("signing_key"),
            coins=pay_coins,
            change_address=change_address,
            coin_kind=pay_coin_kind,
        )
        self.confirm_payment(
            user_id=user_id,
            payment_id=payment_id,
            body={
                "fully-signed-pay-transaction": _pay_signed,
                "partially-signed-escrow-transaction": _escrow_signed,
            },
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return None


class AsyncAtomicWithRawResponse:
    """The operations of an `AsyncAtomic`, each returning a `RawResponse`: the typed result and the HTTP response."""

    def __init__(self, client: AsyncAtomic) -> None:
        self.create_user = async_raw_response(client.create_user)
        self.get_user = async_raw_response(client.get_user)
        self.get_on_demand_unlock = async_raw_response(client.get_on_demand_unlock)
        self.submit_on_demand_unlock = async_raw_response(client.submit_on_demand_unlock)
        self.get_timed_unlock = async_raw_response(client.get_timed_unlock)
        self.submit_timed_unlock = async_raw_response(client.submit_timed_unlock)
        self.get_payment = async_raw_response(client.get_payment)
        self.confirm_payment = async_raw_response(client.confirm_payment)
        self.get_atomic_info = async_raw_response(client.get_atomic_info)
        self.create_order = async_raw_response(client.create_order)
        self.get_order = async_raw_response(client.get_order)
        self.cancel_order = async_raw_response(client.cancel_order)
        self.list_supported_coins = async_raw_response(client.list_supported_coins)
        self.get_trade_platform_info = async_raw_response(client.get_trade_platform_info)
        self.request_credit_line = async_raw_response(client.request_credit_line)
        self.get_credit_line = async_raw_response(client.get_credit_line)
        self.delete_credit_line = async_raw_response(client.delete_credit_line)


class AsyncAtomic(AsyncBaseClient):
    """Asynchronous client of Wallet to ATOMIC APIs."""

    _service = SERVICE

    def __init__(
        self,
        *,
        base_url: str | None = None,
        user_public_key: str | None = None,
        atomic_public_key: str | None = None,
        network: str | None = None,
        signing_key: str | None = None,
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
            base_url: the service URL (default https://atomic.org). Environment:
                ATOMIC_BASE_URL.
            user_public_key: The wallet user's public key (hex), as registered with
                create_user. Given it, create_user and get_user check the private
                collateral before returning: the redeem script is a 2-of-2 of ATOMIC's
                key and this key, each once, and the address and script-pub-key are
                P2SH-P2WSH (or P2SH) of it on `network`. Without it nothing is verified,
                and the client's repr says so; the verified flows need it. Environment:
                ATOMIC_USER_PUBLIC_KEY.
            atomic_public_key: ATOMIC's public key (hex), when you know it from
                elsewhere. Given it, every verified collateral must hold exactly this
                key as ATOMIC's (check `collateral.atomic_key`). Environment:
                ATOMIC_ATOMIC_PUBLIC_KEY.
            network: The bitcoin network of the collateral addresses (mainnet, testnet,
                signet or regtest). (default 'mainnet') Environment: ATOMIC_NETWORK.
            signing_key: The user's private key (WIF or 64 hex digits) that the verified
                flows sign with: the user's half of the 2-of-2 in unlock, timed-unlock
                and escrow transactions, and the user's own coins in the pay
                transaction. It must belong to user_public_key. Environment:
                ATOMIC_SIGNING_KEY.
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
                AtomicResponseTooLargeError.
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
            options={
                "user_public_key": user_public_key,
                "atomic_public_key": atomic_public_key,
                "network": network,
                "signing_key": signing_key,
            },
            default_headers=default_headers,
            http_client=http_client,
            transport=transport,
        )

    def with_options(
        self,
        *,
        base_url: str | NotGiven = NOT_GIVEN,
        user_public_key: str | None | NotGiven = NOT_GIVEN,
        atomic_public_key: str | None | NotGiven = NOT_GIVEN,
        network: str | None | NotGiven = NOT_GIVEN,
        signing_key: str | None | NotGiven = NOT_GIVEN,
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
                "user_public_key": user_public_key,
                "atomic_public_key": atomic_public_key,
                "network": network,
                "signing_key": signing_key,
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
    def with_raw_response(self) -> AsyncAtomicWithRawResponse:
        """Every operation with the same arguments, returning the typed result together
        with the HTTP response."""
        return AsyncAtomicWithRawResponse(self)

    async def create_user(
        self,
        *,
        user_id: str,
        body: CreateUserRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CreatedUser:
        """Create new user

        Register user with ATOMIC - creating a Private Collateral address.

        The client verifies that `private-collateral-address` and
        `private-collateral-script-pub-key` in the answer are the P2SH-P2WSH of
        `private-collateral-redeem-script`, a 2-of-2 multisig of `atomic-public-key` and
        the submitted `public-key`.

        Not resent automatically (`x-idempotent: false`): it creates the user, and a
        repeat is answered 409 (or 400 "conflict with existing user") instead of the
        collateral information.

        Args:
            user_id: The user's ID, chosen by the wallet when registering the user (for
                example a UUID). (`user-id` in path)
            body: the request body: The user's public key (which becomes one of the two
                keys of the private collateral script) and the address for refunds.
                (application/json)

        Raises:
            BadRequestError: 400 Invalid request or conflict with existing user
            ConflictError: 409 User already exists
        """
        return (
            await self._request(
                _ops.CREATE_USER,
                {"user-id": user_id},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def get_user(
        self,
        *,
        user_id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> User:
        """Get user's information

        Retrieves existing information for a specific user.

        The client verifies that `private-collateral-address` and
        `private-collateral-script-pub-key` are the P2SH-P2WSH of
        `private-collateral-redeem-script` and that the script is a 2-of-2 multisig of
        `atomic-public-key` and the user's public key.

        Args:
            user_id: The user's ID, chosen by the wallet when registering the user (for
                example a UUID). (`user-id` in path)

        Raises:
            NotFoundError: 404 User not found
        """
        return (
            await self._request(
                _ops.GET_USER,
                {"user-id": user_id},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def get_on_demand_unlock(
        self,
        *,
        user_id: str,
        body: UnlockRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> UnlockTransaction:
        """Get on-demand unlock

        Get an on-demand unlock transaction from the user's private-collateral address.

        NOTE: An on demand unlock cannot be processed during ongoing transactions.

        This operation returns the transaction as ATOMIC sends it, unverified. To sign
        it, use the flow `unlock_collateral`, which verifies it (that it spends from the
        user's private collateral and pays the requested amount) before the wallet signs
        it.

        Args:
            user_id: The user's ID, chosen by the wallet when registering the user (for
                example a UUID). (`user-id` in path)
            body: the request body: The amount to unlock, sent as a JSON body on this
                GET: the service takes it no other way (some proxies may drop GET
                bodies). (application/json)

        Raises:
            ForbiddenError: 403 Cannot perform on-demand unlock at this time
            NotFoundError: 404 User not found
        """
        return (
            await self._request(
                _ops.GET_ON_DEMAND_UNLOCK,
                {"user-id": user_id},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def submit_on_demand_unlock(
        self,
        *,
        user_id: str,
        body: SubmitUnlockRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Submit an on-demand unlock

        Perform an unlock of funds from the user's private-collateral address.

        Should supply a signed unlock transaction which was obtained from the "GET"
        command, or created manually.

        NOTE: An on demand unlock cannot be processed during ongoing transactions.

        The runtime will sign the unlock transaction with the user's key and verify its
        partial signature (legacy P2SH 2-of-2 input with an `OP_0` placeholder for
        ATOMIC's signature) before it is sent.

        Not resent automatically (`x-idempotent: false`): it moves funds out of the
        collateral, and a repeat is answered 409 "Another unlock already in progress".

        Args:
            user_id: The user's ID, chosen by the wallet when registering the user (for
                example a UUID). (`user-id` in path)
            body: the request body: The user-signed unlock transaction.
                (application/json)

        Raises:
            BadRequestError: 400 Invalid input, object invalid
            ForbiddenError: 403 Cannot perform unlock at this time
            NotFoundError: 404 User not found
            ConflictError: 409 Another unlock already in progress
        """
        return (
            await self._request(
                _ops.SUBMIT_ON_DEMAND_UNLOCK,
                {"user-id": user_id},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def get_timed_unlock(
        self,
        *,
        user_id: str,
        body: TimedUnlockRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> UnlockTransaction:
        """Get timed unlock

        Get a timed unlock transaction from the user's Private Coilateral address at the
        given lock time.

        Transactions will not be allowed near the target unlock time.

        This operation returns the transaction as ATOMIC sends it, unverified. To sign
        it, use the flow `timed_unlock_collateral`, which verifies it (that it spends
        from the user's private collateral, pays the requested amount and carries the
        requested nLockTime) before the wallet signs it.

        Args:
            user_id: The user's ID, chosen by the wallet when registering the user (for
                example a UUID). (`user-id` in path)
            body: the request body: The amount to unlock and the lock time, sent as a
                JSON body on this GET: the service takes them no other way (some proxies
                may drop GET bodies). (application/json)

        Raises:
            BadRequestError: 400 Invalid input, object invalid
            ForbiddenError: 403 Cannot create the requested timed unlock
            NotFoundError: 404 User not found
        """
        return (
            await self._request(
                _ops.GET_TIMED_UNLOCK,
                {"user-id": user_id},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def submit_timed_unlock(
        self,
        *,
        user_id: str,
        body: SubmitTimedUnlockRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Submit timed unlock

        Requests ATOMIC to sign the user-signed timed unlock transaction.

        The timed transaction will be stored by the user, and submitted when the lock
        time arrives.

        The runtime will sign the timed unlock transaction with the user's key and
        verify its partial signature (legacy P2SH 2-of-2 input with an `OP_0`
        placeholder for ATOMIC's signature) before it is sent.

        Not resent automatically (`x-idempotent: false`): ATOMIC countersigns a
        transaction that moves collateral, and a repeat is answered 409 "Already exists"
        or 403. The response has no body.

        Args:
            user_id: The user's ID, chosen by the wallet when registering the user (for
                example a UUID). (`user-id` in path)
            body: the request body: The user-signed timed unlock transaction.
                (application/json)

        Raises:
            BadRequestError: 400 Invalid input, object invalid
            ForbiddenError: 403 Cannot perform unlock, earlier unlock/transaction is
                already in progress
            NotFoundError: 404 User not found
            ConflictError: 409 Already exists
        """
        return (
            await self._request(
                _ops.SUBMIT_TIMED_UNLOCK,
                {"user-id": user_id},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def get_payment(
        self,
        *,
        user_id: str,
        payment_id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> PaymentDetails:
        """Get payment details

        Gets the required information for payment confirmation.

        ATOMIC will provide the raw escrow transaction, as well as the required details
        for the payment transaction.

        This operation returns the transaction as ATOMIC sends it, unverified. To sign
        it, use the flow `confirm_verified_payment`, which verifies the raw escrow
        transaction (that it spends from `source-address`, the user's private
        collateral) before the wallet signs it.

        Args:
            user_id: The user's ID, chosen by the wallet when registering the user (for
                example a UUID). (`user-id` in path)
            payment_id: The payment's ID, as returned in `inflight-transactions`, by an
                order in an active deal, or by a credit line that requires escrow.
                (`payment-id` in path)

        Raises:
            BadRequestError: 400 Invalid input, object invalid
            NotFoundError: 404 User/Payment not found
            ConflictError: 409 Payment already performed
        """
        return (
            await self._request(
                _ops.GET_PAYMENT,
                {"user-id": user_id, "payment-id": payment_id},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def confirm_payment(
        self,
        *,
        user_id: str,
        payment_id: str,
        body: ConfirmPaymentRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Confirm payment

        Confirms the payment.

        Providing ATOMIC with the signed escrow transactions which was obtained from the
        "GET" command, and the created and signed pay transaction.

        The runtime will sign the escrow transaction with the user's key (leaving the
        `OP_0` placeholder for ATOMIC's signature) and build, sign and verify the pay
        transaction (P2SH-P2WSH input, BIP143) before they are sent.

        Not resent automatically (`x-idempotent: false`): it moves funds into escrow and
        pays, and a repeat is answered 409 "Payment already performed".

        Args:
            user_id: The user's ID, chosen by the wallet when registering the user (for
                example a UUID). (`user-id` in path)
            payment_id: The payment's ID, as returned in `inflight-transactions`, by an
                order in an active deal, or by a credit line that requires escrow.
                (`payment-id` in path)
            body: the request body: The fully signed pay transaction and the user-signed
                escrow transaction (which carries one of its two signatures).
                (application/json)

        Raises:
            BadRequestError: 400 Invalid input, object invalid
            NotFoundError: 404 User/Payment not found
            ConflictError: 409 Payment already performed
        """
        return (
            await self._request(
                _ops.CONFIRM_PAYMENT,
                {"user-id": user_id, "payment-id": payment_id},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def get_atomic_info(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AtomicInfo:
        """Get ATOMIC generic information

        Get general ATOMIC information


        Raises:
            BadRequestError: 400 Bad input parameter
        """
        return (
            await self._request(
                _ops.GET_ATOMIC_INFO,
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

    async def create_order(
        self,
        *,
        user_id: str,
        order_id: str,
        body: CreateOrderRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Create Order

        Place a new trade order.

        Not resent automatically (`x-idempotent: false`): it creates an order that
        commits escrow funds, and a repeat is answered 409 "Order already exists". The
        response has no body.

        Args:
            user_id: The user's ID, chosen by the wallet when registering the user (for
                example a UUID). (`user-id` in path)
            order_id: The order's ID, chosen by the wallet when placing the order (for
                example a UUID). (`order-id` in path)
            body: the request body: The trade to place. Amounts are integers in each
                coin's smallest unit (`destination-amount` in wei exceeds 64 bits).
                (application/json)

        Raises:
            BadRequestError: 400 Invalid input
            ConflictError: 409 Order already exists
        """
        return (
            await self._request(
                _ops.CREATE_ORDER,
                {"user-id": user_id, "order-id": order_id},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def get_order(
        self,
        *,
        user_id: str,
        order_id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Order:
        """Get Order Details

        Retrieves the existing information for a specific order.

        If the order is currently in an active deal - will also return the payment ID.

        Args:
            user_id: The user's ID, chosen by the wallet when registering the user (for
                example a UUID). (`user-id` in path)
            order_id: The order's ID, chosen by the wallet when placing the order (for
                example a UUID). (`order-id` in path)

        Raises:
            NotFoundError: 404 Order not found
        """
        return (
            await self._request(
                _ops.GET_ORDER,
                {"user-id": user_id, "order-id": order_id},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def cancel_order(
        self,
        *,
        user_id: str,
        order_id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Cancel Order

        Deletes a given order, if allowed.

        Not resent automatically (`x-idempotent: false`): cancelling releases the
        order's escrow commitment, and a repeat after a lost 200 is answered 404 "Order
        not found", which would report a cancel that succeeded as a failure; check with
        `get_order` instead.

        Args:
            user_id: The user's ID, chosen by the wallet when registering the user (for
                example a UUID). (`user-id` in path)
            order_id: The order's ID, chosen by the wallet when placing the order (for
                example a UUID). (`order-id` in path)

        Raises:
            BadRequestError: 400 Invalid input
            ForbiddenError: 403 Order is currently being executed, unable to cancel
            NotFoundError: 404 Order not found
        """
        return (
            await self._request(
                _ops.CANCEL_ORDER,
                {"user-id": user_id, "order-id": order_id},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def list_supported_coins(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[CoinCode]:
        """Get Supported Coins

        List of supported coins - by default all pairs are supported.

        Returns a JSON array of coin-code strings.

        """
        return (
            await self._request(
                _ops.LIST_SUPPORTED_COINS,
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

    async def get_trade_platform_info(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> TradePlatformInfo:
        """Get Generic Info

        Generic info from the trading platform.

        """
        return (
            await self._request(
                _ops.GET_TRADE_PLATFORM_INFO,
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

    async def request_credit_line(
        self,
        *,
        user_id: str,
        credit_id: str,
        body: CreditLineRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CreditLine:
        """Request Credit Line

        Request/Update Credit Line amount.

        Returns a payment ID in case such is required.

        Not resent automatically (`x-idempotent: false`): it creates or raises a credit
        line that requires an escrow payment, and a repeat is answered 409 "Credit Line
        up to date" instead of the payment ID.

        Args:
            user_id: The user's ID, chosen by the wallet when registering the user (for
                example a UUID). (`user-id` in path)
            credit_id: The credit line's ID. (`credit-id` in path)
            body: the request body: The coin and the requested credit-line amount
                (integer, smallest unit of the coin). (application/json)

        Raises:
            BadRequestError: 400 Invalid input
            ForbiddenError: 403 Can't update Credit Line to be lower than existing
            ConflictError: 409 Credit Line up to date - no additional escrow required
        """
        return (
            await self._request(
                _ops.REQUEST_CREDIT_LINE,
                {"user-id": user_id, "credit-id": credit_id},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def get_credit_line(
        self,
        *,
        user_id: str,
        credit_id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CreditLine:
        """Get Credit Line Details

        Gets the user's credit-line information - with the current payment ID if
        requried.

        Args:
            user_id: The user's ID, chosen by the wallet when registering the user (for
                example a UUID). (`user-id` in path)
            credit_id: The credit line's ID. (`credit-id` in path)

        Raises:
            NotFoundError: 404 User/Credit Line not found
        """
        return (
            await self._request(
                _ops.GET_CREDIT_LINE,
                {"user-id": user_id, "credit-id": credit_id},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def delete_credit_line(
        self,
        *,
        user_id: str,
        credit_id: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete Credit Line

        Request to remove a specific credit-line.

        Not resent automatically (`x-idempotent: false`): removing a settled credit line
        changes what the escrow guarantees, and a repeat after a lost 200 is answered
        404, which would report a delete that succeeded as a failure; check with
        `get_credit_line` instead.

        Args:
            user_id: The user's ID, chosen by the wallet when registering the user (for
                example a UUID). (`user-id` in path)
            credit_id: The credit line's ID. (`credit-id` in path)

        Raises:
            ForbiddenError: 403 Credit Line not yet settled - delete not allowed
            NotFoundError: 404 User/Credit Line not found
        """
        return (
            await self._request(
                _ops.DELETE_CREDIT_LINE,
                {"user-id": user_id, "credit-id": credit_id},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def unlock_collateral(
        self,
        *,
        user_id: str,
        amount: int,
        refund_address: str,
        coins: dict[str, int],
        max_fee: int = 10000,
        max_fee_rate: int = 100,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Unlock collateral on demand, verified and signed

        Fetches the user (its collateral is verified against user_public_key), asks
        ATOMIC for the on-demand unlock transaction and checks it: every input spends
        one of the collateral coins you name in `coins` (by outpoint, none twice: ATOMIC
        does not say what they hold, and a legacy P2SH signature does not commit to it),
        refund_address receives amount (or amount less the fee), change goes only back
        to the collateral, the fee is at most `max_fee` satoshis and `max_fee_rate`
        sat/vB, the transaction is final now (no lock time, no relative lock), and any
        signature already in it is valid. Then it signs with signing_key, checks that
        signature and submits the transaction. Nothing is signed or sent after a failed
        check.

        Args:
            user_id: The user's ID.
            amount: Satoshis to unlock.
            refund_address: Where the unlocked coins must go.
            coins: The collateral coins the transaction may spend: {"<txid>:<vout>":
                satoshis}.
            max_fee: The largest transaction fee in satoshis.
            max_fee_rate: The largest fee rate, in satoshis per virtual byte of the
                transaction once ATOMIC signs.



        Steps: get_user -> get_on_demand_unlock ->
            coinspec_runtime.atomic.verify_unlock_transaction ->
            coinspec_runtime.atomic.sign_unlock_transaction -> submit_on_demand_unlock.
        """
        self._require_options("unlock_collateral", ("signing_key", "user_public_key"))
        import coinspec_runtime.atomic  # the runtime is loaded when a flow runs, not with the client

        _user = await self.get_user(
            user_id=user_id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        _unlock = await self.get_on_demand_unlock(
            user_id=user_id,
            body={"amount": amount},
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        _verified = self._run_step(
            "unlock_collateral",
            coinspec_runtime.atomic.verify_unlock_transaction,
            unlock=_to_wire(_unlock),
            collateral=_to_wire(_user),
            public_key=self._options.get("user_public_key"),
            atomic_public_key=self._options.get("atomic_public_key"),
            network=self._options.get("network"),
            refund_address=refund_address,
            amount=amount,
            coins=coins,
            max_fee=max_fee,
            max_fee_rate=max_fee_rate,
        )
        _signed = self._run_step(
            "unlock_collateral",
            coinspec_runtime.atomic.sign_unlock_transaction,
            verified=_verified,
            key=self._options.get("signing_key"),
        )
        await self.submit_on_demand_unlock(
            user_id=user_id,
            body={"partially-signed-unlock-tx": _signed},
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return None

    async def timed_unlock_collateral(
        self,
        *,
        user_id: str,
        amount: int,
        lock_time: int,
        refund_address: str,
        coins: dict[str, int],
        max_fee: int = 10000,
        max_fee_rate: int = 100,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Unlock collateral at a time, verified and signed

        As unlock_collateral, for the timed unlock, which must lock exactly as asked and
        no more: its nLockTime is lock_time (a block height below 500,000,000, a Unix
        time from there), some input's nSequence leaves it in force, and no input
        carries a BIP68 relative lock.

        Args:
            user_id: The user's ID.
            amount: Satoshis to unlock.
            lock_time: The nLockTime the transaction must carry.
            refund_address: Where the unlocked coins must go.
            coins: The collateral coins the transaction may spend: {"<txid>:<vout>":
                satoshis}.
            max_fee: The largest transaction fee in satoshis.
            max_fee_rate: The largest fee rate, in satoshis per virtual byte of the
                transaction once ATOMIC signs.



        Steps: get_user -> get_timed_unlock ->
            coinspec_runtime.atomic.verify_timed_unlock_transaction ->
            coinspec_runtime.atomic.sign_timed_unlock_transaction ->
            submit_timed_unlock.
        """
        self._require_options("timed_unlock_collateral", ("signing_key", "user_public_key"))
        import coinspec_runtime.atomic  # the runtime is loaded when a flow runs, not with the client

        _user = await self.get_user(
            user_id=user_id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        _unlock = await self.get_timed_unlock(
            user_id=user_id,
            body={"amount": amount, "nLockTime": lock_time},
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        _verified = self._run_step(
            "timed_unlock_collateral",
            coinspec_runtime.atomic.verify_timed_unlock_transaction,
            unlock=_to_wire(_unlock),
            collateral=_to_wire(_user),
            public_key=self._options.get("user_public_key"),
            atomic_public_key=self._options.get("atomic_public_key"),
            network=self._options.get("network"),
            refund_address=refund_address,
            amount=amount,
            lock_time=lock_time,
            coins=coins,
            max_fee=max_fee,
            max_fee_rate=max_fee_rate,
        )
        _signed = self._run_step(
            "timed_unlock_collateral",
            coinspec_runtime.atomic.sign_timed_unlock_transaction,
            verified=_verified,
            key=self._options.get("signing_key"),
        )
        await self.submit_timed_unlock(
            user_id=user_id,
            body={"partially-signed-tx": _signed},
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return None

    async def confirm_verified_payment(
        self,
        *,
        user_id: str,
        payment_id: str,
        escrow_address: str,
        escrow_amount: int,
        collateral_coins: dict[str, int],
        payment_outputs: dict[str, int],
        pay_coins: dict[str, int],
        change_address: str,
        pay_coin_kind: str = "p2wpkh",
        max_fee: int = 10000,
        max_fee_rate: int = 100,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Pay into escrow and pay the agreed payment, verified and signed

        Fetches the user (its collateral verified) and the payment. Checks the escrow
        transaction: it spends only the collateral coins you name in `collateral_coins`
        (none twice), pays exactly `escrow_amount` to `escrow_address` (what your order
        says), returns anything else to the collateral, pays a fee of at most `max_fee`
        satoshis and `max_fee_rate` sat/vB, and is final now. Checks the payment: its
        outputs are exactly `payment_outputs` (the payment you agreed: the same
        addresses, the same amounts, nothing more) and its fee at most `max_fee`. Only
        then signs the escrow transaction (your half of the 2-of-2, the signature
        checked), builds and signs the pay transaction from `pay_coins` (your own coins,
        locked to signing_key as `pay_coin_kind`) with the change to `change_address`
        (its fee rate at most `max_fee_rate`, every input through the script
        interpreter) and sends both with confirm_payment. Nothing is signed or sent
        after a failed check.

        Args:
            user_id: The user's ID.
            payment_id: The payment's ID.
            escrow_address: The escrow address your order names (its escrow-address).
            escrow_amount: The satoshis your order puts in escrow (its escrow-amount).
            collateral_coins: The collateral coins the escrow transaction may spend:
                {"<txid>:<vout>": satoshis}.
            payment_outputs: The payment you agreed: {address: satoshis}; anything else
                is refused.
            pay_coins: Your own coins that fund the pay transaction: {"<txid>:<vout>":
                satoshis}.
            change_address: Where the pay transaction's change goes.
            pay_coin_kind: How pay_coins are locked to signing_key: p2wpkh, p2sh-p2wpkh,
                p2pkh, or p2sh-p2wsh / p2wsh of a 1-of-1 multisig.
            max_fee: The largest fee in satoshis of each of the two transactions.
            max_fee_rate: The largest fee rate of each of the two transactions, in
                satoshis per virtual byte.



        Steps: get_user -> get_payment ->
            coinspec_runtime.atomic.verify_escrow_transaction ->
            coinspec_runtime.atomic.verify_payment ->
            coinspec_runtime.atomic.sign_escrow_transaction ->
            coinspec_runtime.atomic.sign_pay_transaction -> confirm_payment.
        """
        self._require_options("confirm_verified_payment", ("signing_key", "user_public_key"))
        import coinspec_runtime.atomic  # the runtime is loaded when a flow runs, not with the client

        _user = await self.get_user(
            user_id=user_id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        _payment = await self.get_payment(
            user_id=user_id,
            payment_id=payment_id,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        _escrow = self._run_step(
            "confirm_verified_payment",
            coinspec_runtime.atomic.verify_escrow_transaction,
            payment=_to_wire(_payment),
            collateral=_to_wire(_user),
            public_key=self._options.get("user_public_key"),
            atomic_public_key=self._options.get("atomic_public_key"),
            network=self._options.get("network"),
            escrow_address=escrow_address,
            escrow_amount=escrow_amount,
            coins=collateral_coins,
            max_fee=max_fee,
            max_fee_rate=max_fee_rate,
        )
        _agreed = self._run_step(
            "confirm_verified_payment",
            coinspec_runtime.atomic.verify_payment,
            payment=_to_wire(_payment),
            network=self._options.get("network"),
            outputs=payment_outputs,
            max_fee=max_fee,
            max_fee_rate=max_fee_rate,
        )
        _escrow_signed = self._run_step(
            "confirm_verified_payment",
            coinspec_runtime.atomic.sign_escrow_transaction,
            verified=_escrow,
            key=self._options.get("signing_key"),
        )
        _pay_signed = self._run_step(
            "confirm_verified_payment",
            coinspec_runtime.atomic.sign_pay_transaction,
            verified=_agreed,
            key=self._options.get("signing_key"),
            coins=pay_coins,
            change_address=change_address,
            coin_kind=pay_coin_kind,
        )
        await self.confirm_payment(
            user_id=user_id,
            payment_id=payment_id,
            body={
                "fully-signed-pay-transaction": _pay_signed,
                "partially-signed-escrow-transaction": _escrow_signed,
            },
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return None
