"""Clients of CryptoCoin.Pro Public API: ``CryptoCoinPro`` (sync) and ``AsyncCryptoCoinPro``.

Generated from specs/cryptocoinpro.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

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
    SecurityScheme,
    Service,
    adapters,
)
from .._core.pagination import AsyncPager, SyncPager
from .._core.response import async_raw_response, raw_response
from .._core.types import DecimalText
from . import _operations as _ops
from .errors import (
    STATUS_ERRORS,
    CryptoCoinProClientClosedError,
    CryptoCoinProConfigurationError,
    CryptoCoinProConnectionError,
    CryptoCoinProMissingCredentialError,
    CryptoCoinProPaginationError,
    CryptoCoinProRequestError,
    CryptoCoinProResponseTooLargeError,
    CryptoCoinProResponseValidationError,
    CryptoCoinProStatusError,
    CryptoCoinProTimeoutError,
    CryptoCoinProVerificationError,
)
from .models import (
    AccessToken,
    ApprovalStatusFilter,
    AuthToken,
    AuthenticateRequest,
    Balances,
    BankAccount,
    BankAccountCreateRequest,
    Card,
    CardUploadRequest,
    ChangePasswordRequest,
    Checkout,
    CheckoutStatus,
    Country,
    CurrencyCatalog,
    DepositAddress,
    DepositAddressRequest,
    DepositRequest,
    ErrorMessage,
    ForgotPasswordRequest,
    HistoryPeriod,
    Kyc,
    KycAddressRequest,
    KycCreateRequest,
    KycDocumentRequest,
    KycEddRequest,
    KycPersonalDataRequest,
    KycVideoRequest,
    LogoutResult,
    Message,
    NotificationReadFilter,
    OperationName,
    Order,
    OrderStatus,
    PaymentProofRequest,
    PermanentNotificationList,
    PhoneAddRequest,
    PhoneVerification,
    PhoneVerifyRequest,
    Platform,
    PlatformCall,
    PlatformUpdateRequest,
    PlatformUser,
    Price,
    Quote,
    QuoteConfirmRequest,
    QuoteCreateRequest,
    QuoteStatus,
    RatePoint,
    ResetPasswordRequest,
    ReverifyEmailRequest,
    SecurityEvent,
    SelfDeleteRequest,
    StaffList,
    StaffMember,
    TemporaryNotification,
    TemporaryNotificationList,
    Transfer,
    TransferConfirmRequest,
    TransferCreateRequest,
    UserAddressInput,
    UserCreateRequest,
    UserCreatedEnvelope,
    UserPlatformLinkInput,
    UserProfile,
    ValidationError,
    VerifyEmailRequest,
    Wallet,
    WalletCreateRequest,
    WalletUpdateRequest,
)

__all__ = ["CryptoCoinPro", "AsyncCryptoCoinPro"]


SERVICE = Service(
    name="CryptoCoinPro",
    default_base_url="https://dev-api-public.infra.cryptocoin.pro/api/v1",
    errors=ErrorFamily(
        connection=CryptoCoinProConnectionError,
        timeout=CryptoCoinProTimeoutError,
        status=CryptoCoinProStatusError,
        validation=CryptoCoinProResponseValidationError,
        verification=CryptoCoinProVerificationError,
        by_status=STATUS_ERRORS,
        configuration=CryptoCoinProConfigurationError,
        request=CryptoCoinProRequestError,
        missing_credential=CryptoCoinProMissingCredentialError,
        pagination=CryptoCoinProPaginationError,
        too_large=CryptoCoinProResponseTooLargeError,
        closed=CryptoCoinProClientClosedError,
        status_bodies=adapters(
            {
                400: ValidationError,
                401: ErrorMessage | Message,
                403: ValidationError | Message | ErrorMessage,
                404: Message,
                405: ValidationError,
                406: Message,
                409: Message,
                410: Message,
                412: ErrorMessage | Message,
                421: Message,
                422: ValidationError,
                423: Message | ErrorMessage,
                425: Message,
            }
        ),
    ),
    security_schemes=(
        SecurityScheme("bearerAuth", "bearer", "Authorization", "api_key"),
        SecurityScheme("platformToken", "header", "token", "platform_token"),
    ),
    secret_options=frozenset(("platform_private_key",)),
    option_defaults={},
    checks=(
        ClientCheck(
            "platform_private_key",
            "coinspec_runtime.configuration",
            "check_platform_private_key",
            (("private_key_pem", "platform_private_key"),),
        ),
    ),
    omitted_when_none={
        DepositAddressRequest: frozenset(("destination",)),
        DepositRequest: frozenset(("wallet",)),
        ForgotPasswordRequest: frozenset(("type",)),
        KycAddressRequest: frozenset(("utilityBill",)),
        KycCreateRequest: frozenset(
            (
                "documents[governmentIdBack]",
                "documents[governmentIdFront]",
                "documents[passport]",
                "documents[selfieWithId]",
                "documents[utilityBill]",
                "edd[fundsOriginFile]",
                "edd[fundsOriginOther]",
                "edd[fundsOrigin]",
                "edd[fundsSourceFile]",
                "edd[fundsSourceOther]",
                "edd[fundsSource]",
                "edd[transactionsNatureFrequency]",
                "edd[transactionsNatureValue]",
                "edd[transactionsPurposeOther]",
                "edd[transactionsPurpose]",
            )
        ),
        KycDocumentRequest: frozenset(("type",)),
        KycEddRequest: frozenset(
            ("fundsOriginOther", "fundsSourceOther", "transactionsPurposeOther")
        ),
        QuoteConfirmRequest: frozenset(("orderPaymentMethod",)),
        QuoteCreateRequest: frozenset(
            (
                "orderPaymentMethod",
                "orderPaymentSymbol",
                "orderPaymentType",
                "secondOrderType",
                "wallet",
            )
        ),
        ReverifyEmailRequest: frozenset(("email", "id")),
        TransferConfirmRequest: frozenset(("wallet",)),
        UserAddressInput: frozenset(("city", "country", "street", "zip")),
        UserCreateRequest: frozenset(("address", "password", "phone", "platform", "redirectTo")),
        UserPlatformLinkInput: frozenset(("email", "id", "referralId", "userId", "username")),
        VerifyEmailRequest: frozenset(("email", "id")),
    },
    body_rules={
        KycCreateRequest: (
            {
                "allOf": [
                    {
                        "if": {
                            "properties": {"edd[transactionsPurpose]": {"const": "other"}},
                            "required": ["edd[transactionsPurpose]"],
                        },
                        "then": {"required": ["edd[transactionsPurposeOther]"]},
                    },
                    {
                        "if": {
                            "properties": {"edd[fundsSource]": {"const": "other"}},
                            "required": ["edd[fundsSource]"],
                        },
                        "then": {"required": ["edd[fundsSourceOther]"]},
                    },
                    {
                        "if": {
                            "properties": {"edd[fundsOrigin]": {"const": "other"}},
                            "required": ["edd[fundsOrigin]"],
                        },
                        "then": {"required": ["edd[fundsOriginOther]"]},
                    },
                ]
            },
            {
                "anyOf": [
                    {"required": ["documents[governmentIdFront]", "documents[governmentIdBack]"]},
                    {"required": ["documents[passport]"]},
                ]
            },
        ),
        KycEddRequest: (
            {
                "allOf": [
                    {
                        "if": {
                            "properties": {"transactionsPurpose": {"const": "other"}},
                            "required": ["transactionsPurpose"],
                        },
                        "then": {"required": ["transactionsPurposeOther"]},
                    },
                    {
                        "if": {
                            "properties": {"fundsSource": {"const": "other"}},
                            "required": ["fundsSource"],
                        },
                        "then": {"required": ["fundsSourceOther"]},
                    },
                    {
                        "if": {
                            "properties": {"fundsOrigin": {"const": "other"}},
                            "required": ["fundsOrigin"],
                        },
                        "then": {"required": ["fundsOriginOther"]},
                    },
                ]
            },
        ),
        QuoteCreateRequest: (
            {
                "allOf": [
                    {
                        "if": {
                            "properties": {
                                "orderType": {
                                    "enum": [
                                        "buy_with_crypto",
                                        "buy_with_fiat",
                                        "sell_to_crypto",
                                        "sell_to_fiat",
                                    ]
                                }
                            },
                            "required": ["orderType"],
                        },
                        "then": {"required": ["orderPaymentSymbol"]},
                    },
                    {
                        "if": {
                            "properties": {
                                "orderType": {"enum": ["buy_with_fiat", "sell_to_fiat"]}
                            },
                            "required": ["orderType"],
                        },
                        "then": {"required": ["orderPaymentMethod"]},
                    },
                    {
                        "if": {
                            "properties": {"orderType": {"const": "withdraw"}},
                            "required": ["orderType"],
                        },
                        "then": {"required": ["wallet"]},
                    },
                    {
                        "anyOf": [
                            {"required": ["orderPaymentMethod"]},
                            {"required": ["orderPaymentType"]},
                        ]
                    },
                ]
            },
        ),
        ReverifyEmailRequest: ({"anyOf": [{"required": ["id"]}, {"required": ["email"]}]},),
        UserCreateRequest: (
            {
                "anyOf": [
                    {"required": ["password"]},
                    {"properties": {"platform": {"required": ["id"]}}, "required": ["platform"]},
                ]
            },
        ),
        VerifyEmailRequest: ({"anyOf": [{"required": ["id"]}, {"required": ["email"]}]},),
    },
    environment=(
        EnvironmentVariable("base_url", "CRYPTOCOINPRO_BASE_URL"),
        EnvironmentVariable("api_key", "CRYPTOCOINPRO_API_KEY"),
        EnvironmentVariable("platform_token", "CRYPTOCOINPRO_PLATFORM_TOKEN"),
        EnvironmentVariable("platform_private_key", "CRYPTOCOINPRO_PLATFORM_PRIVATE_KEY"),
        EnvironmentVariable("platform_user_email", "CRYPTOCOINPRO_PLATFORM_USER_EMAIL"),
        EnvironmentVariable("platform_user_id", "CRYPTOCOINPRO_PLATFORM_USER_ID"),
    ),
    verify_hooks=(),
)


class CryptoCoinProWithRawResponse:
    """The operations of a `CryptoCoinPro`, each returning a `RawResponse`: the typed result and the HTTP response."""

    def __init__(self, client: CryptoCoinPro) -> None:
        self.authenticate_via_platform = raw_response(client.authenticate_via_platform)
        self.authenticate = raw_response(client.authenticate)
        self.logout = raw_response(client.logout)
        self.create_bank = raw_response(client.create_bank)
        self.list_banks = raw_response(client.list_banks)
        self.get_bank = raw_response(client.get_bank)
        self.delete_bank = raw_response(client.delete_bank)
        self.create_card = raw_response(client.create_card)
        self.list_cards = raw_response(client.list_cards)
        self.get_card = raw_response(client.get_card)
        self.update_card = raw_response(client.update_card)
        self.delete_card = raw_response(client.delete_card)
        self.list_checkouts = raw_response(client.list_checkouts)
        self.get_checkout = raw_response(client.get_checkout)
        self.list_countries = raw_response(client.list_countries)
        self.list_currencies = raw_response(client.list_currencies)
        self.get_currency_history = raw_response(client.get_currency_history)
        self.create_deposit = raw_response(client.create_deposit)
        self.get_deposit_address = raw_response(client.get_deposit_address)
        self.get_kyc = raw_response(client.get_kyc)
        self.create_kyc = raw_response(client.create_kyc)
        self.create_kyc_personal_data = raw_response(client.create_kyc_personal_data)
        self.create_kyc_address = raw_response(client.create_kyc_address)
        self.create_kyc_document = raw_response(client.create_kyc_document)
        self.create_kyc_video = raw_response(client.create_kyc_video)
        self.create_kyc_edd = raw_response(client.create_kyc_edd)
        self.add_kyc_phone = raw_response(client.add_kyc_phone)
        self.verify_kyc_phone = raw_response(client.verify_kyc_phone)
        self.reverify_kyc_phone = raw_response(client.reverify_kyc_phone)
        self.list_permanent_notifications = raw_response(client.list_permanent_notifications)
        self.list_temporary_notifications = raw_response(client.list_temporary_notifications)
        self.mark_temporary_notifications_as_read = raw_response(
            client.mark_temporary_notifications_as_read
        )
        self.list_orders = raw_response(client.list_orders)
        self.list_coin_orders = raw_response(client.list_coin_orders)
        self.list_token_orders = raw_response(client.list_token_orders)
        self.get_order = raw_response(client.get_order)
        self.upload_order_payment_proof = raw_response(client.upload_order_payment_proof)
        self.get_platform = raw_response(client.get_platform)
        self.update_platform = raw_response(client.update_platform)
        self.list_platform_staff = raw_response(client.list_platform_staff)
        self.list_platform_users = raw_response(client.list_platform_users)
        self.list_platform_orders = raw_response(client.list_platform_orders)
        self.list_platform_quotes = raw_response(client.list_platform_quotes)
        self.list_platform_checkouts = raw_response(client.list_platform_checkouts)
        self.list_platform_transfers = raw_response(client.list_platform_transfers)
        self.list_platform_calls = raw_response(client.list_platform_calls)
        self.create_quote = raw_response(client.create_quote)
        self.list_quotes = raw_response(client.list_quotes)
        self.get_quote = raw_response(client.get_quote)
        self.confirm_quote = raw_response(client.confirm_quote)
        self.get_buy_price = raw_response(client.get_buy_price)
        self.get_sell_price = raw_response(client.get_sell_price)
        self.get_withdraw_price = raw_response(client.get_withdraw_price)
        self.get_withdraw_ico_price = raw_response(client.get_withdraw_ico_price)
        self.list_security_events = raw_response(client.list_security_events)
        self.list_access_tokens = raw_response(client.list_access_tokens)
        self.change_password = raw_response(client.change_password)
        self.invalidate_access_token = raw_response(client.invalidate_access_token)
        self.list_transfers = raw_response(client.list_transfers)
        self.create_transfer = raw_response(client.create_transfer)
        self.list_transfers_created = raw_response(client.list_transfers_created)
        self.list_outgoing_transfers = raw_response(client.list_outgoing_transfers)
        self.list_incoming_transfers = raw_response(client.list_incoming_transfers)
        self.get_transfer = raw_response(client.get_transfer)
        self.confirm_transfer = raw_response(client.confirm_transfer)
        self.forgot_password = raw_response(client.forgot_password)
        self.reset_password = raw_response(client.reset_password)
        self.create_user = raw_response(client.create_user)
        self.verify_user_email = raw_response(client.verify_user_email)
        self.reverify_user_email = raw_response(client.reverify_user_email)
        self.get_user_profile = raw_response(client.get_user_profile)
        self.get_user_balances = raw_response(client.get_user_balances)
        self.initiate_account_close = raw_response(client.initiate_account_close)
        self.abort_account_close = raw_response(client.abort_account_close)
        self.list_wallets = raw_response(client.list_wallets)
        self.create_wallet = raw_response(client.create_wallet)
        self.get_wallet = raw_response(client.get_wallet)
        self.update_wallet = raw_response(client.update_wallet)


class CryptoCoinPro(BaseClient):
    """Synchronous client of CryptoCoin.Pro Public API."""

    _service = SERVICE

    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        platform_token: str | None = None,
        platform_private_key: str | None = None,
        platform_user_email: str | None = None,
        platform_user_id: str | None = None,
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
            base_url: the service URL (default
                https://dev-api-public.infra.cryptocoin.pro/api/v1). Environment:
                CRYPTOCOINPRO_BASE_URL.
            api_key: The access token (`data.id`) returned by `authenticate` (or
                `authenticate_via_platform`), sent as `Authorization: Bearer <token>`.
                Default for every operation. Environment: CRYPTOCOINPRO_API_KEY.
            platform_token: A JWT sent in the `token` header, encoded with RS512 (RSA
                SHA-512) and signed with the platform's private key. For
                `authenticate_via_platform` the payload is `{email|id: string, expire:
                required|timestamp|after_or_equal:now}`: the user's `email` or `id`,
                plus `expire`, a Unix timestamp not in the past. The platform endpoints
                (`/platform/{platform}...`) take the payload `{platform:
                required|string|in:{platformUUId}, expire:
                required|timestamp|after_or_equal:now}` instead. The token must be
                minted by the caller for each request window (it expires). Environment:
                CRYPTOCOINPRO_PLATFORM_TOKEN.
            platform_private_key: The platform's RSA private key (PEM). Given it, the
                client mints the RS512 `token` header itself for
                authenticate_via_platform and the platform endpoints, and mints a fresh
                one shortly before the previous one expires; without it, pass
                platform_token. Environment: CRYPTOCOINPRO_PLATFORM_PRIVATE_KEY.
            platform_user_email: The e-mail of the user authenticate_via_platform signs
                in (the JWT's `email`); or give platform_user_id. Environment:
                CRYPTOCOINPRO_PLATFORM_USER_EMAIL.
            platform_user_id: The ID of the user authenticate_via_platform signs in (the
                JWT's `id`), when no e-mail is given. Environment:
                CRYPTOCOINPRO_PLATFORM_USER_ID.
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
                CryptoCoinProResponseTooLargeError.
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
                "platform_token": platform_token,
            },
            options={
                "platform_private_key": platform_private_key,
                "platform_user_email": platform_user_email,
                "platform_user_id": platform_user_id,
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
        platform_token: str | None | NotGiven = NOT_GIVEN,
        platform_private_key: str | None | NotGiven = NOT_GIVEN,
        platform_user_email: str | None | NotGiven = NOT_GIVEN,
        platform_user_id: str | None | NotGiven = NOT_GIVEN,
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
                "platform_token": platform_token,
                "platform_private_key": platform_private_key,
                "platform_user_email": platform_user_email,
                "platform_user_id": platform_user_id,
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
    def with_raw_response(self) -> CryptoCoinProWithRawResponse:
        """Every operation with the same arguments, returning the typed result together
        with the HTTP response."""
        return CryptoCoinProWithRawResponse(self)

    def authenticate_via_platform(
        self,
        *,
        platform: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AuthToken:
        """User Authenticate via Platform

        Use this endpoint to authenticate an user with a Platform

        Headers: { Content-Type: application/json, token: jwt-token }

        JWT Payload { email|id: string, expire: required|timestamp|after_or_equal:now }

        Encryption RS512

        On success the client sends the returned `id` as `api_key` from the next
        call on (for a client per user, call it on `client.with_options()`).

        Args:
            platform: The platform ID. (`platform` in path)

        Raises:
            BadRequestError: 400 jwt must be provided
            ForbiddenError: 403 No valid data sent; a value of `errors` may be a plain
                string instead of a list of strings.
        """
        return self._request(
            _ops.AUTHENTICATE_VIA_PLATFORM,
            {"platform": platform},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def authenticate(
        self,
        *,
        body: AuthenticateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AuthToken:
        """User Authenticate

        Use this endpoint to authenticate as an user

        On success the client sends the returned `id` as `api_key` from the next
        call on (for a client per user, call it on `client.with_options()`).

        Args:
            body: the request body: Credentials of `authenticate`. (application/json)

        Raises:
            BadRequestError: 400 Validation errors
            ForbiddenError: 403 Wrong password
        """
        return self._request(
            _ops.AUTHENTICATE,
            {},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def logout(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> LogoutResult:
        """User Logout

        Requires authentication Use this endpoint to logout an user. It is used to
        destroy tokens for both types of authentication.


        Raises:
            UnauthorizedError: 401 Unauthenticated.
        """
        return self._request(
            _ops.LOGOUT,
            {},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def create_bank(
        self,
        *,
        user: str,
        body: BankAccountCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> BankAccount:
        """Bank Create

        Requires authentication Use this endpoint to create user bank.

        Args:
            user: The user ID. (`user` in path)
            body: the request body: Body of `create_bank`. (application/json)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            UnprocessableEntityError: 422 The given data was invalid.
        """
        return self._request(
            _ops.CREATE_BANK,
            {"user": user},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def list_banks(
        self,
        *,
        user: str,
        status: ApprovalStatusFilter | Literal["confirmed", "rejected", "pending"] | None = None,
        currency: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[BankAccount]:
        """Bank Index

        Requires authentication Use this endpoint to get user banks.

        Args:
            user: The user ID. (`user` in path)
            status: Field to sort by Status (a filter). Available values:
                confirmed,rejected,pending. (`status` in query)
            currency: Field to sort by Currency (a filter). Available values: EUR, USD,
                etc. (`currency` in query)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.LIST_BANKS,
            {"user": user, "status": status, "currency": currency},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def get_bank(
        self,
        *,
        user: str,
        bank: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> BankAccount:
        """Bank Show

        Requires authentication Use this endpoint to get user specific bank.

        Args:
            user: The user ID. (`user` in path)
            bank: The bank ID. (`bank` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            NotFoundError: 404 No query results.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.GET_BANK,
            {"user": user, "bank": bank},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def delete_bank(
        self,
        *,
        user: str,
        bank: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Message:
        """Bank Destroy

        Requires authentication Use this endpoint to destroy user bank.

        Args:
            user: The user ID. (`user` in path)
            bank: The bank ID. (`bank` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 This action is unauthorized. / Your account is inactive.
                / This bank has been already used in previous actions.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.DELETE_BANK,
            {"user": user, "bank": bank},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def create_card(
        self,
        *,
        user: str,
        body: CardUploadRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Card:
        """Card Create

        Requires authentication Use this endpoint to create a user card.

        Args:
            user: The user ID. (`user` in path)
            body: the request body: Multipart body of `create_card` and `update_card`;
                the two images are file uploads. The expiration date must not be in the
                past (rule after_or_equal:today, not checked by the schema).
                (multipart/form-data)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            UnprocessableEntityError: 422 The given data was invalid.
        """
        return self._request(
            _ops.CREATE_CARD,
            {"user": user},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def list_cards(
        self,
        *,
        user: str,
        status: ApprovalStatusFilter | Literal["confirmed", "rejected", "pending"] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Card]:
        """Card Index

        Requires authentication Use this endpoint to get user cards.

        Args:
            user: The user ID. (`user` in path)
            status: Field to sort by Status (a filter). Available values:
                confirmed,rejected,pending. (`status` in query)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.LIST_CARDS,
            {"user": user, "status": status},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def get_card(
        self,
        *,
        user: str,
        card: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Card:
        """Card Show

        Requires authentication Use this endpoint to get a user card.

        Args:
            user: The user ID. (`user` in path)
            card: The card ID. (`card` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            NotFoundError: 404 No query results.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.GET_CARD,
            {"user": user, "card": card},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def update_card(
        self,
        *,
        user: str,
        card: str,
        body: CardUploadRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Card:
        """Card Update

        Requires authentication Use this endpoint to update a user card.

        Args:
            user: The user ID. (`user` in path)
            card: The card ID. (`card` in path)
            body: the request body: Multipart body of `create_card` and `update_card`;
                the two images are file uploads. (multipart/form-data)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            NotFoundError: 404 No query results.
            UnprocessableEntityError: 422 The given data was invalid.
        """
        return self._request(
            _ops.UPDATE_CARD,
            {"user": user, "card": card},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def delete_card(
        self,
        *,
        user: str,
        card: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Message:
        """Card Destroy

        Requires authentication Use this endpoint to destroy a user card.

        Args:
            user: The user ID. (`user` in path)
            card: The card ID. (`card` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 This action is unauthorized. / Your account is inactive.
                / This card has been already used in previous actions.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.DELETE_CARD,
            {"user": user, "card": card},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def list_checkouts(
        self,
        *,
        user: str,
        status: (
            CheckoutStatus | Literal["created", "processing", "finished", "expired"] | None
        ) = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Checkout]:
        """Checkout Index

        Requires authentication Use this endpoint to get user checkouts.

        Args:
            user: The user ID. (`user` in path)
            status: Field to sort by Status (a filter). Available values:
                created,processing,finished. (`status` in query)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.LIST_CHECKOUTS,
            {"user": user, "status": status},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def get_checkout(
        self,
        *,
        user: str,
        checkout: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Checkout:
        """Checkout Show

        Requires authentication Use this endpoint to get a user checkout.

        Args:
            user: The user ID. (`user` in path)
            checkout: The checkout ID. (`checkout` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            NotFoundError: 404 No query results.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.GET_CHECKOUT,
            {"user": user, "checkout": checkout},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def list_countries(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Country]:
        """Country Index

        Use this endpoint to get all available platform Countries.

        """
        return self._request(
            _ops.LIST_COUNTRIES,
            {},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def list_currencies(
        self,
        *,
        user: str,
        asset: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CurrencyCatalog:
        """Currency Index

        Requires authentication Use this endpoint to get all available platform
        Currencies.

        Args:
            user: The user ID. (`user` in path)
            asset: The asset Symbol (optional). (`asset` in path, left out of the URL
                when not given)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive. / Unable to process your
                request.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.LIST_CURRENCIES,
            {"user": user, "asset": asset},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def get_currency_history(
        self,
        *,
        user: str,
        asset: str,
        period: HistoryPeriod | Literal["day", "week", "month", "quarter", "semester", "year"],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[RatePoint]:
        """Currency History

        Requires authentication Use this endpoint to get all available platform
        Currencies Histories.

        Args:
            user: The user ID. (`user` in path)
            asset: The asset Symbol (required). (`asset` in path)
            period: The history period value (required): one of day, week, month,
                quarter, semester, year. (`period` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive. / Unable to process your
                request.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.GET_CURRENCY_HISTORY,
            {"user": user, "asset": asset, "period": period},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def create_deposit(
        self,
        *,
        user: str,
        body: DepositRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Order:
        """Deposit Store

        Requires authentication Use this endpoint to store a user deposit order.

        Args:
            user: The user ID. (`user` in path)
            body: the request body: Body of `create_deposit`. (application/json)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            NotAcceptableError: 406 This type of operation is not allowed.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.CREATE_DEPOSIT,
            {"user": user},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def get_deposit_address(
        self,
        *,
        user: str,
        body: DepositAddressRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> DepositAddress:
        """Deposit Address

        Requires authentication Use this endpoint to get a user deposit address.

        Args:
            user: The user ID. (`user` in path)
            body: the request body: Body of `get_deposit_address`. (application/json)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive. / Unable to process your
                request.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.GET_DEPOSIT_ADDRESS,
            {"user": user},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def get_kyc(
        self,
        *,
        user: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Kyc:
        """KYC Show

        Requires authentication Use this endpoint to get user KYC.

        Args:
            user: The user ID. (`user` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.GET_KYC,
            {"user": user},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def create_kyc(
        self,
        *,
        user: str,
        body: KycCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Kyc:
        """KYC Create

        Requires authentication Use this endpoint to create user full KYC.

        Args:
            user: The user ID. (`user` in path)
            body: the request body: Multipart body of `create_kyc`. The nested fields
                are the form fields `documents[governmentIdFront]`,
                `edd[fundsSource]`... (Laravel form parsing). Give
                `documents[governmentIdFront]` and `documents[governmentIdBack]`, or
                `documents[passport]`. (multipart/form-data)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            UnprocessableEntityError: 422 The given data was invalid.
            LockedError: 423 The KYC is not required at this point for current user.
        """
        return self._request(
            _ops.CREATE_KYC,
            {"user": user},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def create_kyc_personal_data(
        self,
        *,
        user: str,
        body: KycPersonalDataRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """KYC Create Personal Data

        Requires authentication Use this endpoint to update an existing User model.

        Args:
            user: The user ID. (`user` in path)
            body: the request body: Body of `create_kyc_personal_data`.
                (application/json)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            UnprocessableEntityError: 422 The given data was invalid.
        """
        return self._request(
            _ops.CREATE_KYC_PERSONAL_DATA,
            {"user": user},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def create_kyc_address(
        self,
        *,
        user: str,
        body: KycAddressRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """KYC Create Address

        Requires authentication Use this endpoint to create user KYC Address.

        Args:
            user: The user ID. (`user` in path)
            body: the request body: Multipart body of `create_kyc_address` (it carries
                an optional utility bill file). (multipart/form-data)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            UnprocessableEntityError: 422 The given data was invalid.
            LockedError: 423 The KYC Address is not required at this point for current
                user.
        """
        return self._request(
            _ops.CREATE_KYC_ADDRESS,
            {"user": user},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def create_kyc_document(
        self,
        *,
        user: str,
        body: KycDocumentRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Kyc:
        """KYC Create Document

        Requires authentication Use this endpoint to create user KYC document.

        Args:
            user: The user ID. (`user` in path)
            body: the request body: Multipart body of `create_kyc_document`.
                (multipart/form-data)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive. / You have reach the maximum
                number of files uploaded/day.
            UnprocessableEntityError: 422 The given data was invalid.
            LockedError: 423 The KYC Docs are not required at this point for current
                user.
        """
        return self._request(
            _ops.CREATE_KYC_DOCUMENT,
            {"user": user},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def create_kyc_video(
        self,
        *,
        user: str,
        body: KycVideoRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Kyc:
        """KYC Create Video

        Requires authentication Use this endpoint to create user KYC Video.

        Args:
            user: The user ID. (`user` in path)
            body: the request body: Body of `create_kyc_video`: the date of the video
                identification call (no file is uploaded). This schedules the video
                identification call; no video file is uploaded. (application/json)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            MisdirectedRequestError: 421 Selected date is invalid due admins
                unavailability.
            LockedError: 423 The KYC Video is not required at this point for current
                user.
        """
        return self._request(
            _ops.CREATE_KYC_VIDEO,
            {"user": user},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def create_kyc_edd(
        self,
        *,
        user: str,
        body: KycEddRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Kyc:
        """KYC Create EDD

        Requires authentication Use this endpoint to create user KYC EDD.

        Args:
            user: The user ID. (`user` in path)
            body: the request body: Multipart body of `create_kyc_edd` (two proof
                files). `transactionsPurposeOther` is required when
                `transactionsPurpose` is `other`. (multipart/form-data)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            UnprocessableEntityError: 422 The given data was invalid.
            LockedError: 423 The KYC EDD is not required at this point for current user.
        """
        return self._request(
            _ops.CREATE_KYC_EDD,
            {"user": user},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def add_kyc_phone(
        self,
        *,
        user: str,
        body: PhoneAddRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> PhoneVerification:
        """KYC Create Phone

        Requires authentication Use this endpoint to add user Phone.

        Args:
            user: The user ID. (`user` in path)
            body: the request body: Body of `add_kyc_phone`. (application/json)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            UnprocessableEntityError: 422 The given data was invalid.
            LockedError: 423 You already submit your phone number. / The phone number is
                already verified.
        """
        return self._request(
            _ops.ADD_KYC_PHONE,
            {"user": user},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def verify_kyc_phone(
        self,
        *,
        user: str,
        body: PhoneVerifyRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> PhoneVerification:
        """KYC Phone Verify

        Requires authentication Use this endpoint to verify SMS code.

        Args:
            user: The user ID. (`user` in path)
            body: the request body: Body of `verify_kyc_phone`. (application/json)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            UnprocessableEntityError: 422 The given data was invalid.
            LockedError: 423 The phone number is already verified.
        """
        return self._request(
            _ops.VERIFY_KYC_PHONE,
            {"user": user},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def reverify_kyc_phone(
        self,
        *,
        user: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> PhoneVerification:
        """KYC Phone Reverify

        Requires authentication Use this endpoint to reverify SMS code.

        Args:
            user: The user ID. (`user` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive. / You can resubmit phone
                verification once per day.
            LockedError: 423 The phone number is already verified.
        """
        return self._request(
            _ops.REVERIFY_KYC_PHONE,
            {"user": user},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def list_permanent_notifications(
        self,
        *,
        user: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> PermanentNotificationList:
        """Notification Permanently

        Requires authentication Use this endpoint to get all user permanently
        Notifications.

        Args:
            user: The user ID. (`user` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive. / Unable to process your
                request.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.LIST_PERMANENT_NOTIFICATIONS,
            {"user": user},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def list_temporary_notifications(
        self,
        *,
        user: str,
        notification_id: str | None = None,
        type: NotificationReadFilter | Literal["read", "unread"] | None = None,
        page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> TemporaryNotificationList:
        """Notification Temporary

        Requires authentication Use this endpoint to get all user temporary
        Notifications.

        Args:
            user: The user ID. (`user` in path)
            notification_id: The notification ID (optional). (`notification_id` in path,
                left out of the URL when not given)
            type: Field to sort by unread on read notifications (a filter). Available
                values: read,unread. (`type` in query)
            page: The page to return, from 1. (`page` in query)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive. / Unable to process your
                request.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.LIST_TEMPORARY_NOTIFICATIONS,
            {"user": user, "notification_id": notification_id, "type": type, "page": page},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def iter_list_temporary_notifications(
        self,
        *,
        user: str,
        notification_id: str | None = None,
        type: NotificationReadFilter | Literal["read", "unread"] | None = None,
        page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SyncPager[TemporaryNotification, TemporaryNotificationList]:
        """Every item of list_temporary_notifications, page after page (page paging),
        requested as needed.

        `first_page()` and `iter_pages()` give the pages instead (each with `.items`,
        `.result`, `.has_next_page()` and `.next_page()`). A page the service sends
        twice stops the iteration with CryptoCoinProPaginationError.
        """
        return self._paginate(
            _ops.LIST_TEMPORARY_NOTIFICATIONS,
            {"user": user, "notification_id": notification_id, "type": type, "page": page},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def mark_temporary_notifications_as_read(
        self,
        *,
        user: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> TemporaryNotificationList:
        """Notification Temporary Mark As Read

        Requires authentication Use this endpoint to mark as read all temporary
        notifications

        Args:
            user: The user ID. (`user` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive. / Unable to process your
                request.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.MARK_TEMPORARY_NOTIFICATIONS_AS_READ,
            {"user": user},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def list_orders(
        self,
        *,
        user: str,
        status: (
            OrderStatus
            | Literal["APPROVED", "REJECTED", "PROCESSING_PAYMENT", "PAYMENT_WAITING"]
            | None
        ) = None,
        type_operation_name: (
            OperationName
            | Literal[
                "deposit",
                "buy_with_fiat",
                "buy_with_crypto",
                "sell_to_fiat",
                "sell_to_crypto",
                "withdraw",
                "withdrawIco",
            ]
            | None
        ) = None,
        asset: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Order]:
        """Order Index

        Requires authentication Use this endpoint to get user order history.

        Args:
            user: The user ID. (`user` in path)
            status: Field to sort by Status (a filter). Available values:
                APPROVED,REJECTED,PROCESSING_PAYMENT,PAYMENT_WAITING. (`status` in
                query)
            type_operation_name: Field to sort by TypeOperationName (a filter).
                Available values:
                deposit,buy_with_fiat,buy_with_crypto,sell_to_fiat,sell_to_crypto,withdraw,withdrawIco.
                (`typeOperationName` in query)
            asset: Field to sort by Asset (a filter). Available values:
                ETH,XBT,IPSX,etc. (`asset` in query)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.LIST_ORDERS,
            {
                "user": user,
                "status": status,
                "typeOperationName": type_operation_name,
                "asset": asset,
            },
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def list_coin_orders(
        self,
        *,
        user: str,
        status: (
            OrderStatus
            | Literal["APPROVED", "REJECTED", "PROCESSING_PAYMENT", "PAYMENT_WAITING"]
            | None
        ) = None,
        type_operation_name: (
            OperationName
            | Literal[
                "deposit",
                "buy_with_fiat",
                "buy_with_crypto",
                "sell_to_fiat",
                "sell_to_crypto",
                "withdraw",
                "withdrawIco",
            ]
            | None
        ) = None,
        asset: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Order]:
        """Order Coin Index

        Requires authentication Use this endpoint to get user order coin history.

        Args:
            user: The user ID. (`user` in path)
            status: Field to sort by Status (a filter). Available values:
                APPROVED,REJECTED,PROCESSING_PAYMENT,PAYMENT_WAITING. (`status` in
                query)
            type_operation_name: Field to sort by TypeOperationName (a filter).
                Available values:
                deposit,buy_with_fiat,buy_with_crypto,sell_to_fiat,sell_to_crypto,withdraw,withdrawIco.
                (`typeOperationName` in query)
            asset: Field to sort by Asset (a filter). Available values:
                ETH,XBT,IPSX,etc. (`asset` in query)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.LIST_COIN_ORDERS,
            {
                "user": user,
                "status": status,
                "typeOperationName": type_operation_name,
                "asset": asset,
            },
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def list_token_orders(
        self,
        *,
        user: str,
        status: (
            OrderStatus
            | Literal["APPROVED", "REJECTED", "PROCESSING_PAYMENT", "PAYMENT_WAITING"]
            | None
        ) = None,
        type_operation_name: (
            OperationName
            | Literal[
                "deposit",
                "buy_with_fiat",
                "buy_with_crypto",
                "sell_to_fiat",
                "sell_to_crypto",
                "withdraw",
                "withdrawIco",
            ]
            | None
        ) = None,
        asset: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Order]:
        """Order Token Index

        Requires authentication Use this endpoint to get user order token history.

        Args:
            user: The user ID. (`user` in path)
            status: Field to sort by Status (a filter). Available values:
                APPROVED,REJECTED,PROCESSING_PAYMENT,PAYMENT_WAITING. (`status` in
                query)
            type_operation_name: Field to sort by TypeOperationName (a filter).
                Available values:
                deposit,buy_with_fiat,buy_with_crypto,sell_to_fiat,sell_to_crypto,withdraw,withdrawIco.
                (`typeOperationName` in query)
            asset: Field to sort by Asset (a filter). Available values:
                ETH,XBT,IPSX,etc. (`asset` in query)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.LIST_TOKEN_ORDERS,
            {
                "user": user,
                "status": status,
                "typeOperationName": type_operation_name,
                "asset": asset,
            },
            None,
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
        user: str,
        order: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Order:
        """Order Show

        Requires authentication Use this endpoint to get a user order coin.

        Args:
            user: The user ID. (`user` in path)
            order: The order ID. (`order` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            NotFoundError: 404 No query results.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.GET_ORDER,
            {"user": user, "order": order},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def upload_order_payment_proof(
        self,
        *,
        user: str,
        order: str,
        body: PaymentProofRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Message:
        """Order Upload Proof Of Payment

        Requires authentication Use this endpoint to upload proof of payment for a
        order.

        Args:
            user: The user ID. (`user` in path)
            order: The order ID. (`order` in path)
            body: the request body: Multipart body of `upload_order_payment_proof`.
                (multipart/form-data)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive. / This order payment is
                already confirmed. / This order do not require payment proof
                confirmation.
            NotFoundError: 404 No query results.
            UnprocessableEntityError: 422 The given data was invalid.
        """
        return self._request(
            _ops.UPLOAD_ORDER_PAYMENT_PROOF,
            {"user": user, "order": order},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def get_platform(
        self,
        *,
        platform: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Platform:
        """Platform Show

        Requires authentication Use this endpoint to get platform details.

        Headers: Required header {'token': 'jwt-token'} jwt-token = RS512 encoded jwt
        with payload { platform: required|string|in:{platformUUId}, expire:
        required|timestamp|after_or_equal:now }

        Args:
            platform: The platform ID (UUID); must match the `platform` claim of the
                JWT. (`platform` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated. / JWT payload invalid. / JWT is
                expired. The body is either `{error}` or `{message}`.
        """
        return self._request(
            _ops.GET_PLATFORM,
            {"platform": platform},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def update_platform(
        self,
        *,
        platform: str,
        body: PlatformUpdateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Platform:
        """Platform Update

        Requires authentication Use this endpoint to update platform details.

        Headers: Required header {'token': 'jwt-token'} jwt-token = RS512 encoded jwt
        with payload { platform: required|string|in:{platformUUId}, expire:
        required|timestamp|after_or_equal:now }

        Args:
            platform: The platform ID (UUID); must match the `platform` claim of the
                JWT. (`platform` in path)
            body: the request body: Body of `update_platform`. (application/json)

        Raises:
            UnauthorizedError: 401 Unauthenticated. / JWT payload invalid. / JWT is
                expired. The body is either `{error}` or `{message}`.
        """
        return self._request(
            _ops.UPDATE_PLATFORM,
            {"platform": platform},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def list_platform_staff(
        self,
        *,
        platform: str,
        page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> StaffList:
        """Platform Staff

        Requires authentication Use this endpoint to get all platform's staff members.

        Headers: Required header {'token': 'jwt-token'} jwt-token = RS512 encoded jwt
        with payload { platform: required|string|in:{platformUUId}, expire:
        required|timestamp|after_or_equal:now }

        Args:
            platform: The platform ID (UUID); must match the `platform` claim of the
                JWT. (`platform` in path)
            page: The page to return, from 1. (`page` in query)

        Raises:
            UnauthorizedError: 401 Unauthenticated. / JWT payload invalid. / JWT is
                expired. The body is either `{error}` or `{message}`.
        """
        return self._request(
            _ops.LIST_PLATFORM_STAFF,
            {"platform": platform, "page": page},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def iter_list_platform_staff(
        self,
        *,
        platform: str,
        page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SyncPager[StaffMember, StaffList]:
        """Every item of list_platform_staff, page after page (page paging), requested
        as needed.

        `first_page()` and `iter_pages()` give the pages instead (each with `.items`,
        `.result`, `.has_next_page()` and `.next_page()`). A page the service sends
        twice stops the iteration with CryptoCoinProPaginationError.
        """
        return self._paginate(
            _ops.LIST_PLATFORM_STAFF,
            {"platform": platform, "page": page},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def list_platform_users(
        self,
        *,
        platform: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[PlatformUser]:
        """Platform Users

        Requires authentication Use this endpoint to get all users attached to platform.

        Headers: Required header {'token': 'jwt-token'} jwt-token = RS512 encoded jwt
        with payload { platform: required|string|in:{platformUUId}, expire:
        required|timestamp|after_or_equal:now }

        Args:
            platform: The platform ID (UUID); must match the `platform` claim of the
                JWT. (`platform` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated. / JWT payload invalid. / JWT is
                expired. The body is either `{error}` or `{message}`.
        """
        return self._request(
            _ops.LIST_PLATFORM_USERS,
            {"platform": platform},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def list_platform_orders(
        self,
        *,
        platform: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Order]:
        """Platform Orders

        Requires authentication Use this endpoint to get all orders made by platform
        users.

        Headers: Required header {'token': 'jwt-token'} jwt-token = RS512 encoded jwt
        with payload { platform: required|string|in:{platformUUId}, expire:
        required|timestamp|after_or_equal:now }

        Args:
            platform: The platform ID (UUID); must match the `platform` claim of the
                JWT. (`platform` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated. / JWT payload invalid. / JWT is
                expired. The body is either `{error}` or `{message}`.
        """
        return self._request(
            _ops.LIST_PLATFORM_ORDERS,
            {"platform": platform},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def list_platform_quotes(
        self,
        *,
        platform: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Quote]:
        """Platform Quotes

        Requires authentication Use this endpoint to get all quotes made by platform
        users.

        Headers: Required header {'token': 'jwt-token'} jwt-token = RS512 encoded jwt
        with payload { platform: required|string|in:{platformUUId}, expire:
        required|timestamp|after_or_equal:now }

        Args:
            platform: The platform ID (UUID); must match the `platform` claim of the
                JWT. (`platform` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated. / JWT payload invalid. / JWT is
                expired. The body is either `{error}` or `{message}`.
        """
        return self._request(
            _ops.LIST_PLATFORM_QUOTES,
            {"platform": platform},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def list_platform_checkouts(
        self,
        *,
        platform: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Checkout]:
        """Platform Checkouts

        Requires authentication Use this endpoint to get all checkouts made by platform
        users.

        Headers: Required header {'token': 'jwt-token'} jwt-token = RS512 encoded jwt
        with payload { platform: required|string|in:{platformUUId}, expire:
        required|timestamp|after_or_equal:now }

        Args:
            platform: The platform ID (UUID); must match the `platform` claim of the
                JWT. (`platform` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated. / JWT payload invalid. / JWT is
                expired. The body is either `{error}` or `{message}`.
        """
        return self._request(
            _ops.LIST_PLATFORM_CHECKOUTS,
            {"platform": platform},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def list_platform_transfers(
        self,
        *,
        platform: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Transfer]:
        """Platform Transfers

        Requires authentication Use this endpoint to get all transfers made by platform
        users.

        Headers: Required header {'token': 'jwt-token'} jwt-token = RS512 encoded jwt
        with payload { platform: required|string|in:{platformUUId}, expire:
        required|timestamp|after_or_equal:now }

        Args:
            platform: The platform ID (UUID); must match the `platform` claim of the
                JWT. (`platform` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated. / JWT payload invalid. / JWT is
                expired. The body is either `{error}` or `{message}`.
        """
        return self._request(
            _ops.LIST_PLATFORM_TRANSFERS,
            {"platform": platform},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def list_platform_calls(
        self,
        *,
        platform: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[PlatformCall]:
        """Platform Calls

        Requires authentication Use this endpoint to get all API calls made by platform.

        Headers: Required header {'token': 'jwt-token'} jwt-token = RS512 encoded jwt
        with payload { platform: required|string|in:{platformUUId}, expire:
        required|timestamp|after_or_equal:now }

        Args:
            platform: The platform ID (UUID); must match the `platform` claim of the
                JWT. (`platform` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated. / JWT payload invalid. / JWT is
                expired. The body is either `{error}` or `{message}`.
        """
        return self._request(
            _ops.LIST_PLATFORM_CALLS,
            {"platform": platform},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def create_quote(
        self,
        *,
        user: str,
        body: QuoteCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Quote:
        """Quote Create

        Requires authentication Use this endpoint to create a user quote.

        Args:
            user: The user ID. (`user` in path)
            body: the request body: Body of `create_quote`. The conditional rules
                (required_if) of its fields are checked by the schema.
                (application/json)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            PreconditionFailedError: 412 This action is not available due Self Delete
                Account procedure.
        """
        return self._request(
            _ops.CREATE_QUOTE,
            {"user": user},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def list_quotes(
        self,
        *,
        user: str,
        status: QuoteStatus | Literal["available", "completed", "expired"] | None = None,
        type: (
            OperationName
            | Literal[
                "deposit",
                "buy_with_fiat",
                "buy_with_crypto",
                "sell_to_fiat",
                "sell_to_crypto",
                "withdraw",
                "withdrawIco",
            ]
            | None
        ) = None,
        asset: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Quote]:
        """Quote Index

        Requires authentication Use this endpoint to get user quotes.

        Args:
            user: The user ID. (`user` in path)
            status: Field to sort by Status (a filter). Available values:
                available,completed,expired. (`status` in query)
            type: Field to sort by Type (a filter). Available values:
                buy_with_fiat,buy_with_crypto,sell_to_fiat,sell_to_crypto,withdraw,withdrawIco.
                (`type` in query)
            asset: Field to sort by Asset (a filter). Available values:
                ETH,XBT,IPSX,etc. (`asset` in query)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.LIST_QUOTES,
            {"user": user, "status": status, "type": type, "asset": asset},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def get_quote(
        self,
        *,
        user: str,
        quote: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Quote:
        """Quote Show

        Requires authentication Use this endpoint to get a user quote.

        Args:
            user: The user ID. (`user` in path)
            quote: The quote ID. (`quote` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            NotFoundError: 404 No query results.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.GET_QUOTE,
            {"user": user, "quote": quote},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def confirm_quote(
        self,
        *,
        user: str,
        quote: str,
        body: QuoteConfirmRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Order:
        """Quote Confirmation

        Requires authentication Use this endpoint to finalize a user quote as order.

        Args:
            user: The user ID. (`user` in path)
            quote: The quote ID. (`quote` in path)
            body: the request body: Body of `confirm_quote`. (application/json)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 This quote is already processed. / This quote has
                expired. / Your account is inactive.
            NotFoundError: 404 No query results.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.CONFIRM_QUOTE,
            {"user": user, "quote": quote},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def get_buy_price(
        self,
        *,
        user: str,
        from_: str,
        to: str,
        from_amount: DecimalText | None = None,
        to_amount: DecimalText | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Price:
        """Rate Buy

        Requires authentication Use this endpoint to get a buy price

        Query params: If from_amount is present on query, the endpoint will return the
        to_amount. If to_amount is present on query, the endpoint will return the
        from_amount. If to_amount and from_amount are both present the endpoint will
        return an error. If no query parameters present then the endpoint will return
        the rate. Commissions and discounts may be applied.

        Args:
            user: The user ID. (`user` in path)
            from_: Symbol of the asset given. (`from` in path)
            to: Symbol of the asset received. (`to` in path)
            from_amount: Amount given; the response then carries the amount received. Do
                not send together with `to_amount` (403). (`from_amount` in query)
            to_amount: Amount to receive; the response then carries the amount to give.
                Do not send together with `from_amount` (403). (`to_amount` in query)

        Raises:
            ForbiddenError: 403 ERROR: from_amount and to_amount cannot be both filled
            MethodNotAllowedError: 405 Operation not available!
        """
        return self._request(
            _ops.GET_BUY_PRICE,
            {
                "user": user,
                "from": from_,
                "to": to,
                "from_amount": from_amount,
                "to_amount": to_amount,
            },
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def get_sell_price(
        self,
        *,
        user: str,
        from_: str,
        to: str,
        from_amount: DecimalText | None = None,
        to_amount: DecimalText | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Price:
        """Rate Sell

        Requires authentication Use this endpoint to get a sell price

        Query params: If from_amount is present on query, the endpoint will return the
        to_amount. If to_amount is present on query, the endpoint will return the
        from_amount. If to_amount and from_amount are both present the endpoint will
        return an error. If no query parameters present then the endpoint will return
        the rate. Commissions and discounts may be applied.

        Args:
            user: The user ID. (`user` in path)
            from_: Symbol of the asset given. (`from` in path)
            to: Symbol of the asset received. (`to` in path)
            from_amount: Amount given; the response then carries the amount received. Do
                not send together with `to_amount` (403). (`from_amount` in query)
            to_amount: Amount to receive; the response then carries the amount to give.
                Do not send together with `from_amount` (403). (`to_amount` in query)

        Raises:
            ForbiddenError: 403 ERROR: from_amount and to_amount cannot be both filled
            MethodNotAllowedError: 405 Operation not available!
        """
        return self._request(
            _ops.GET_SELL_PRICE,
            {
                "user": user,
                "from": from_,
                "to": to,
                "from_amount": from_amount,
                "to_amount": to_amount,
            },
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def get_withdraw_price(
        self,
        *,
        user: str,
        from_: str,
        to: str,
        from_amount: DecimalText | None = None,
        to_amount: DecimalText | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Price:
        """Rate Withdraw

        Requires authentication Use this endpoint to get a withdraw price

        Query params: If from_amount is present on query, the endpoint will return the
        to_amount. If to_amount is present on query, the endpoint will return the
        from_amount. If to_amount and from_amount are both present the endpoint will
        return an error. If no query parameters present then the endpoint will return
        the rate. Commissions and discounts may be applied.

        Args:
            user: The user ID. (`user` in path)
            from_: Symbol of the asset given. (`from` in path)
            to: Symbol of the asset received. (`to` in path)
            from_amount: Amount given; the response then carries the amount received. Do
                not send together with `to_amount` (403). (`from_amount` in query)
            to_amount: Amount to receive; the response then carries the amount to give.
                Do not send together with `from_amount` (403). (`to_amount` in query)

        Raises:
            ForbiddenError: 403 ERROR: from_amount and to_amount cannot be both filled
            MethodNotAllowedError: 405 Operation not available!
        """
        return self._request(
            _ops.GET_WITHDRAW_PRICE,
            {
                "user": user,
                "from": from_,
                "to": to,
                "from_amount": from_amount,
                "to_amount": to_amount,
            },
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def get_withdraw_ico_price(
        self,
        *,
        user: str,
        from_: str,
        to: str,
        from_amount: DecimalText | None = None,
        to_amount: DecimalText | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Price:
        """Rate WithdrawIco

        Requires authentication Use this endpoint to get a withdrawIco price

        Query params: If from_amount is present on query, the endpoint will return the
        to_amount. If to_amount is present on query, the endpoint will return the
        from_amount. If to_amount and from_amount are both present the endpoint will
        return an error. If no query parameters present then the endpoint will return
        the rate. Commissions and discounts may be applied.

        Args:
            user: The user ID. (`user` in path)
            from_: Symbol of the asset given. (`from` in path)
            to: Symbol of the asset received. (`to` in path)
            from_amount: Amount given; the response then carries the amount received. Do
                not send together with `to_amount` (403). (`from_amount` in query)
            to_amount: Amount to receive; the response then carries the amount to give.
                Do not send together with `from_amount` (403). (`to_amount` in query)

        Raises:
            ForbiddenError: 403 ERROR: from_amount and to_amount cannot be both filled
            MethodNotAllowedError: 405 Operation not available!
        """
        return self._request(
            _ops.GET_WITHDRAW_ICO_PRICE,
            {
                "user": user,
                "from": from_,
                "to": to,
                "from_amount": from_amount,
                "to_amount": to_amount,
            },
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def list_security_events(
        self,
        *,
        user: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[SecurityEvent]:
        """Security Index

        Requires authentication Use this endpoint to get all user Securities.

        Args:
            user: The user ID. (`user` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive. / Unable to process your
                request.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.LIST_SECURITY_EVENTS,
            {"user": user},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def list_access_tokens(
        self,
        *,
        user: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[AccessToken]:
        """Security Access Tokens

        Requires authentication Use this endpoint to get all user Acess Tokens.

        Args:
            user: The user ID. (`user` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive. / Unable to process your
                request.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.LIST_ACCESS_TOKENS,
            {"user": user},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def change_password(
        self,
        *,
        user: str,
        body: ChangePasswordRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Message:
        """Security Change Password

        Requires authentication Use this endpoint to change user password.

        Args:
            user: The user ID. (`user` in path)
            body: the request body: Body of `change_password`. (application/json)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive. / Unable to process your
                request.
            ConflictError: 409 Password cannot be changed.
            PreconditionFailedError: 412 The current password is incorrect.
        """
        return self._request(
            _ops.CHANGE_PASSWORD,
            {"user": user},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def invalidate_access_token(
        self,
        *,
        user: str,
        token: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Message:
        """Invalidate Access Token

        Requires authentication Use this endpoint to delete user access token.

        Args:
            user: The user ID. (`user` in path)
            token: The token. (`token` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 This action is unauthorized. / Your account is inactive.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.INVALIDATE_ACCESS_TOKEN,
            {"user": user, "token": token},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def list_transfers(
        self,
        *,
        user: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Transfer]:
        """Transfer Index

        Requires authentication Use this endpoint to get all user transfer in with is
        involved.

        Args:
            user: The user ID. (`user` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.LIST_TRANSFERS,
            {"user": user},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def create_transfer(
        self,
        *,
        user: str,
        body: TransferCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Transfer:
        """Transfer Store

        Requires authentication Use this endpoint to create a transfer.

        Args:
            user: The user ID. (`user` in path)
            body: the request body: Body of `create_transfer`. (application/json)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.CREATE_TRANSFER,
            {"user": user},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def list_transfers_created(
        self,
        *,
        user: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Transfer]:
        """Transfer By

        Requires authentication Use this endpoint to get all user transfer created by
        him.

        Args:
            user: The user ID. (`user` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.LIST_TRANSFERS_CREATED,
            {"user": user},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def list_outgoing_transfers(
        self,
        *,
        user: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Transfer]:
        """Transfer From

        Requires authentication Use this endpoint to get all user transfer from him.

        Args:
            user: The user ID. (`user` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.LIST_OUTGOING_TRANSFERS,
            {"user": user},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def list_incoming_transfers(
        self,
        *,
        user: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Transfer]:
        """Transfer To

        Requires authentication Use this endpoint to get all user transfer to him.

        Args:
            user: The user ID. (`user` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.LIST_INCOMING_TRANSFERS,
            {"user": user},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def get_transfer(
        self,
        *,
        user: str,
        transfer: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Transfer:
        """Transfer Show

        Requires authentication Use this endpoint to get a user transfer in with is
        involved.

        Args:
            user: The user ID. (`user` in path)
            transfer: The transfer ID. (`transfer` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.GET_TRANSFER,
            {"user": user, "transfer": transfer},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def confirm_transfer(
        self,
        *,
        user: str,
        transfer: str,
        body: TransferConfirmRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Transfer:
        """Transfer Confirm

        Requires authentication Use this endpoint to confirm a transfer.

        Args:
            user: The user ID. (`user` in path)
            transfer: The transfer ID. (`transfer` in path)
            body: the request body: Body of `confirm_transfer`. (application/json)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.CONFIRM_TRANSFER,
            {"user": user, "transfer": transfer},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def forgot_password(
        self,
        *,
        body: ForgotPasswordRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Message:
        """User Forgot Password

        Use this endpoint to trigger password reset for a user when he forgets his
        password.

        Args:
            body: the request body: Body of `forgot_password`. (application/json)

        Raises:
            UnprocessableEntityError: 422 The given data was invalid.
        """
        return self._request(
            _ops.FORGOT_PASSWORD,
            {},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def reset_password(
        self,
        *,
        body: ResetPasswordRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Message:
        """User Reset Password

        Use this endpoint to change the user's password by passing the reset token,
        email and password.

        Args:
            body: the request body: Body of `reset_password`. (application/json)

        Raises:
            UnprocessableEntityError: 422 The given data was invalid.
        """
        return self._request(
            _ops.RESET_PASSWORD,
            {},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def create_user(
        self,
        *,
        body: UserCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> UserCreatedEnvelope:
        """User Create

        Use this endpoint to create a new User model.

        Args:
            body: the request body: Body of `create_user`. `password` is
                required_without:platform.id (modelled with anyOf). (application/json)

        Raises:
            UnprocessableEntityError: 422 The given data was invalid.
        """
        return self._request(
            _ops.CREATE_USER,
            {},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def verify_user_email(
        self,
        *,
        body: VerifyEmailRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Message:
        """User Email Verify

        Use this endpoint to verify email of a new User model.

        Args:
            body: the request body: Body of `verify_user_email`: `id` or `email`, and
                the code. (application/json)

        Raises:
            UnprocessableEntityError: 422 The given data was invalid.
            LockedError: 423 The user account is already active.
        """
        return self._request(
            _ops.VERIFY_USER_EMAIL,
            {},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def reverify_user_email(
        self,
        *,
        body: ReverifyEmailRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Message:
        """User Email Reverify

        Use this endpoint to resubmit verification email of a new User model.

        Args:
            body: the request body: Body of `reverify_user_email`: `id` or `email`.
                (application/json)

        Raises:
            ForbiddenError: 403 You can resubmit email verification once per day.
            LockedError: 423 The user account is already active.
        """
        return self._request(
            _ops.REVERIFY_USER_EMAIL,
            {},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def get_user_profile(
        self,
        *,
        user: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> UserProfile:
        """User Profile

        Requires authentication Use this endpoint to get an existing User model Profile
        data.

        Args:
            user: The user ID. (`user` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 This action is unauthorized.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.GET_USER_PROFILE,
            {"user": user},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def get_user_balances(
        self,
        *,
        user: str,
        asset: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Balances:
        """User Balances

        Requires authentication Use this endpoint to get User model balances.

        Args:
            user: The user ID. (`user` in path)
            asset: The asset Symbol (optional). (`asset` in path, left out of the URL
                when not given)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 This action is unauthorized.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.GET_USER_BALANCES,
            {"user": user, "asset": asset},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def initiate_account_close(
        self,
        *,
        user: str,
        body: SelfDeleteRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Message:
        """User Self Delete Initiate

        Use this endpoint to place in initiate Self Delete Queue for User.

        Authentication: the bearer token is optional here.

        Args:
            user: The user ID. (`user` in path)
            body: the request body: Body of `initiate_account_close`. (application/json)

        Raises:
            GoneError: 410 Your account is already scheduled for Self Delete.
            PreconditionFailedError: 412 Self Delete Account procedure unavailable due
                available balance
            UnprocessableEntityError: 422 The given data was invalid.
            TooEarlyError: 425 You can request Self Delete Account once per day.
        """
        return self._request(
            _ops.INITIATE_ACCOUNT_CLOSE,
            {"user": user},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def abort_account_close(
        self,
        *,
        user: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Message:
        """User Self Delete Abort

        Use this endpoint to abort Self Delete Queue for User if initiated.

        Authentication: the bearer token is optional here.

        Args:
            user: The user ID. (`user` in path)

        Raises:
            GoneError: 410 Your account is not scheduled for Self Delete.
            PreconditionFailedError: 412 Self Delete Account procedure unavailable due
                available balance
        """
        return self._request(
            _ops.ABORT_ACCOUNT_CLOSE,
            {"user": user},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def list_wallets(
        self,
        *,
        user: str,
        status: ApprovalStatusFilter | Literal["confirmed", "rejected", "pending"] | None = None,
        coin: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Wallet]:
        """Wallet Index

        Requires authentication Use this endpoint to get wallet index.

        Args:
            user: The user ID. (`user` in path)
            status: Field to sort by Status (a filter). Available values:
                confirmed,rejected,pending. (`status` in query)
            coin: Field to sort by Coin (a filter). Available values: XBT, ETH, etc.
                (`coin` in query)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.LIST_WALLETS,
            {"user": user, "status": status, "coin": coin},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def create_wallet(
        self,
        *,
        user: str,
        body: WalletCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Wallet:
        """Wallet Create

        Requires authentication Use this endpoint to create a wallet.

        Args:
            user: The user ID. (`user` in path)
            body: the request body: Body of `create_wallet`. (application/json)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            UnprocessableEntityError: 422 The given data was invalid.
        """
        return self._request(
            _ops.CREATE_WALLET,
            {"user": user},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def get_wallet(
        self,
        *,
        user: str,
        wallet: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Wallet:
        """Wallet Shows

        Requires authentication Use this endpoint to get a wallet.

        Args:
            user: The user ID. (`user` in path)
            wallet: The wallet ID. (`wallet` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            NotFoundError: 404 No query results.
            ConflictError: 409 This action is unauthorized.
        """
        return self._request(
            _ops.GET_WALLET,
            {"user": user, "wallet": wallet},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed

    def update_wallet(
        self,
        *,
        user: str,
        wallet: str,
        body: WalletUpdateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Wallet:
        """Wallet Update

        Requires authentication Use this endpoint to update a wallet.

        Args:
            user: The user ID. (`user` in path)
            wallet: The wallet ID. (`wallet` in path)
            body: the request body: Body of `update_wallet`. (application/json)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            NotFoundError: 404 No query results.
            UnprocessableEntityError: 422 The given data was invalid.
        """
        return self._request(
            _ops.UPDATE_WALLET,
            {"user": user, "wallet": wallet},
            body,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        ).parsed


class AsyncCryptoCoinProWithRawResponse:
    """The operations of an `AsyncCryptoCoinPro`, each returning a `RawResponse`: the typed result and the HTTP response."""

    def __init__(self, client: AsyncCryptoCoinPro) -> None:
        self.authenticate_via_platform = async_raw_response(client.authenticate_via_platform)
        self.authenticate = async_raw_response(client.authenticate)
        self.logout = async_raw_response(client.logout)
        self.create_bank = async_raw_response(client.create_bank)
        self.list_banks = async_raw_response(client.list_banks)
        self.get_bank = async_raw_response(client.get_bank)
        self.delete_bank = async_raw_response(client.delete_bank)
        self.create_card = async_raw_response(client.create_card)
        self.list_cards = async_raw_response(client.list_cards)
        self.get_card = async_raw_response(client.get_card)
        self.update_card = async_raw_response(client.update_card)
        self.delete_card = async_raw_response(client.delete_card)
        self.list_checkouts = async_raw_response(client.list_checkouts)
        self.get_checkout = async_raw_response(client.get_checkout)
        self.list_countries = async_raw_response(client.list_countries)
        self.list_currencies = async_raw_response(client.list_currencies)
        self.get_currency_history = async_raw_response(client.get_currency_history)
        self.create_deposit = async_raw_response(client.create_deposit)
        self.get_deposit_address = async_raw_response(client.get_deposit_address)
        self.get_kyc = async_raw_response(client.get_kyc)
        self.create_kyc = async_raw_response(client.create_kyc)
        self.create_kyc_personal_data = async_raw_response(client.create_kyc_personal_data)
        self.create_kyc_address = async_raw_response(client.create_kyc_address)
        self.create_kyc_document = async_raw_response(client.create_kyc_document)
        self.create_kyc_video = async_raw_response(client.create_kyc_video)
        self.create_kyc_edd = async_raw_response(client.create_kyc_edd)
        self.add_kyc_phone = async_raw_response(client.add_kyc_phone)
        self.verify_kyc_phone = async_raw_response(client.verify_kyc_phone)
        self.reverify_kyc_phone = async_raw_response(client.reverify_kyc_phone)
        self.list_permanent_notifications = async_raw_response(client.list_permanent_notifications)
        self.list_temporary_notifications = async_raw_response(client.list_temporary_notifications)
        self.mark_temporary_notifications_as_read = async_raw_response(
            client.mark_temporary_notifications_as_read
        )
        self.list_orders = async_raw_response(client.list_orders)
        self.list_coin_orders = async_raw_response(client.list_coin_orders)
        self.list_token_orders = async_raw_response(client.list_token_orders)
        self.get_order = async_raw_response(client.get_order)
        self.upload_order_payment_proof = async_raw_response(client.upload_order_payment_proof)
        self.get_platform = async_raw_response(client.get_platform)
        self.update_platform = async_raw_response(client.update_platform)
        self.list_platform_staff = async_raw_response(client.list_platform_staff)
        self.list_platform_users = async_raw_response(client.list_platform_users)
        self.list_platform_orders = async_raw_response(client.list_platform_orders)
        self.list_platform_quotes = async_raw_response(client.list_platform_quotes)
        self.list_platform_checkouts = async_raw_response(client.list_platform_checkouts)
        self.list_platform_transfers = async_raw_response(client.list_platform_transfers)
        self.list_platform_calls = async_raw_response(client.list_platform_calls)
        self.create_quote = async_raw_response(client.create_quote)
        self.list_quotes = async_raw_response(client.list_quotes)
        self.get_quote = async_raw_response(client.get_quote)
        self.confirm_quote = async_raw_response(client.confirm_quote)
        self.get_buy_price = async_raw_response(client.get_buy_price)
        self.get_sell_price = async_raw_response(client.get_sell_price)
        self.get_withdraw_price = async_raw_response(client.get_withdraw_price)
        self.get_withdraw_ico_price = async_raw_response(client.get_withdraw_ico_price)
        self.list_security_events = async_raw_response(client.list_security_events)
        self.list_access_tokens = async_raw_response(client.list_access_tokens)
        self.change_password = async_raw_response(client.change_password)
        self.invalidate_access_token = async_raw_response(client.invalidate_access_token)
        self.list_transfers = async_raw_response(client.list_transfers)
        self.create_transfer = async_raw_response(client.create_transfer)
        self.list_transfers_created = async_raw_response(client.list_transfers_created)
        self.list_outgoing_transfers = async_raw_response(client.list_outgoing_transfers)
        self.list_incoming_transfers = async_raw_response(client.list_incoming_transfers)
        self.get_transfer = async_raw_response(client.get_transfer)
        self.confirm_transfer = async_raw_response(client.confirm_transfer)
        self.forgot_password = async_raw_response(client.forgot_password)
        self.reset_password = async_raw_response(client.reset_password)
        self.create_user = async_raw_response(client.create_user)
        self.verify_user_email = async_raw_response(client.verify_user_email)
        self.reverify_user_email = async_raw_response(client.reverify_user_email)
        self.get_user_profile = async_raw_response(client.get_user_profile)
        self.get_user_balances = async_raw_response(client.get_user_balances)
        self.initiate_account_close = async_raw_response(client.initiate_account_close)
        self.abort_account_close = async_raw_response(client.abort_account_close)
        self.list_wallets = async_raw_response(client.list_wallets)
        self.create_wallet = async_raw_response(client.create_wallet)
        self.get_wallet = async_raw_response(client.get_wallet)
        self.update_wallet = async_raw_response(client.update_wallet)


class AsyncCryptoCoinPro(AsyncBaseClient):
    """Asynchronous client of CryptoCoin.Pro Public API."""

    _service = SERVICE

    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        platform_token: str | None = None,
        platform_private_key: str | None = None,
        platform_user_email: str | None = None,
        platform_user_id: str | None = None,
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
            base_url: the service URL (default
                https://dev-api-public.infra.cryptocoin.pro/api/v1). Environment:
                CRYPTOCOINPRO_BASE_URL.
            api_key: The access token (`data.id`) returned by `authenticate` (or
                `authenticate_via_platform`), sent as `Authorization: Bearer <token>`.
                Default for every operation. Environment: CRYPTOCOINPRO_API_KEY.
            platform_token: A JWT sent in the `token` header, encoded with RS512 (RSA
                SHA-512) and signed with the platform's private key. For
                `authenticate_via_platform` the payload is `{email|id: string, expire:
                required|timestamp|after_or_equal:now}`: the user's `email` or `id`,
                plus `expire`, a Unix timestamp not in the past. The platform endpoints
                (`/platform/{platform}...`) take the payload `{platform:
                required|string|in:{platformUUId}, expire:
                required|timestamp|after_or_equal:now}` instead. The token must be
                minted by the caller for each request window (it expires). Environment:
                CRYPTOCOINPRO_PLATFORM_TOKEN.
            platform_private_key: The platform's RSA private key (PEM). Given it, the
                client mints the RS512 `token` header itself for
                authenticate_via_platform and the platform endpoints, and mints a fresh
                one shortly before the previous one expires; without it, pass
                platform_token. Environment: CRYPTOCOINPRO_PLATFORM_PRIVATE_KEY.
            platform_user_email: The e-mail of the user authenticate_via_platform signs
                in (the JWT's `email`); or give platform_user_id. Environment:
                CRYPTOCOINPRO_PLATFORM_USER_EMAIL.
            platform_user_id: The ID of the user authenticate_via_platform signs in (the
                JWT's `id`), when no e-mail is given. Environment:
                CRYPTOCOINPRO_PLATFORM_USER_ID.
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
                CryptoCoinProResponseTooLargeError.
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
                "platform_token": platform_token,
            },
            options={
                "platform_private_key": platform_private_key,
                "platform_user_email": platform_user_email,
                "platform_user_id": platform_user_id,
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
        platform_token: str | None | NotGiven = NOT_GIVEN,
        platform_private_key: str | None | NotGiven = NOT_GIVEN,
        platform_user_email: str | None | NotGiven = NOT_GIVEN,
        platform_user_id: str | None | NotGiven = NOT_GIVEN,
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
                "platform_token": platform_token,
                "platform_private_key": platform_private_key,
                "platform_user_email": platform_user_email,
                "platform_user_id": platform_user_id,
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
    def with_raw_response(self) -> AsyncCryptoCoinProWithRawResponse:
        """Every operation with the same arguments, returning the typed result together
        with the HTTP response."""
        return AsyncCryptoCoinProWithRawResponse(self)

    async def authenticate_via_platform(
        self,
        *,
        platform: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AuthToken:
        """User Authenticate via Platform

        Use this endpoint to authenticate an user with a Platform

        Headers: { Content-Type: application/json, token: jwt-token }

        JWT Payload { email|id: string, expire: required|timestamp|after_or_equal:now }

        Encryption RS512

        On success the client sends the returned `id` as `api_key` from the next
        call on (for a client per user, call it on `client.with_options()`).

        Args:
            platform: The platform ID. (`platform` in path)

        Raises:
            BadRequestError: 400 jwt must be provided
            ForbiddenError: 403 No valid data sent; a value of `errors` may be a plain
                string instead of a list of strings.
        """
        return (
            await self._request(
                _ops.AUTHENTICATE_VIA_PLATFORM,
                {"platform": platform},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def authenticate(
        self,
        *,
        body: AuthenticateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AuthToken:
        """User Authenticate

        Use this endpoint to authenticate as an user

        On success the client sends the returned `id` as `api_key` from the next
        call on (for a client per user, call it on `client.with_options()`).

        Args:
            body: the request body: Credentials of `authenticate`. (application/json)

        Raises:
            BadRequestError: 400 Validation errors
            ForbiddenError: 403 Wrong password
        """
        return (
            await self._request(
                _ops.AUTHENTICATE,
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

    async def logout(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> LogoutResult:
        """User Logout

        Requires authentication Use this endpoint to logout an user. It is used to
        destroy tokens for both types of authentication.


        Raises:
            UnauthorizedError: 401 Unauthenticated.
        """
        return (
            await self._request(
                _ops.LOGOUT,
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

    async def create_bank(
        self,
        *,
        user: str,
        body: BankAccountCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> BankAccount:
        """Bank Create

        Requires authentication Use this endpoint to create user bank.

        Args:
            user: The user ID. (`user` in path)
            body: the request body: Body of `create_bank`. (application/json)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            UnprocessableEntityError: 422 The given data was invalid.
        """
        return (
            await self._request(
                _ops.CREATE_BANK,
                {"user": user},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def list_banks(
        self,
        *,
        user: str,
        status: ApprovalStatusFilter | Literal["confirmed", "rejected", "pending"] | None = None,
        currency: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[BankAccount]:
        """Bank Index

        Requires authentication Use this endpoint to get user banks.

        Args:
            user: The user ID. (`user` in path)
            status: Field to sort by Status (a filter). Available values:
                confirmed,rejected,pending. (`status` in query)
            currency: Field to sort by Currency (a filter). Available values: EUR, USD,
                etc. (`currency` in query)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.LIST_BANKS,
                {"user": user, "status": status, "currency": currency},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def get_bank(
        self,
        *,
        user: str,
        bank: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> BankAccount:
        """Bank Show

        Requires authentication Use this endpoint to get user specific bank.

        Args:
            user: The user ID. (`user` in path)
            bank: The bank ID. (`bank` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            NotFoundError: 404 No query results.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.GET_BANK,
                {"user": user, "bank": bank},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def delete_bank(
        self,
        *,
        user: str,
        bank: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Message:
        """Bank Destroy

        Requires authentication Use this endpoint to destroy user bank.

        Args:
            user: The user ID. (`user` in path)
            bank: The bank ID. (`bank` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 This action is unauthorized. / Your account is inactive.
                / This bank has been already used in previous actions.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.DELETE_BANK,
                {"user": user, "bank": bank},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def create_card(
        self,
        *,
        user: str,
        body: CardUploadRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Card:
        """Card Create

        Requires authentication Use this endpoint to create a user card.

        Args:
            user: The user ID. (`user` in path)
            body: the request body: Multipart body of `create_card` and `update_card`;
                the two images are file uploads. The expiration date must not be in the
                past (rule after_or_equal:today, not checked by the schema).
                (multipart/form-data)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            UnprocessableEntityError: 422 The given data was invalid.
        """
        return (
            await self._request(
                _ops.CREATE_CARD,
                {"user": user},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def list_cards(
        self,
        *,
        user: str,
        status: ApprovalStatusFilter | Literal["confirmed", "rejected", "pending"] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Card]:
        """Card Index

        Requires authentication Use this endpoint to get user cards.

        Args:
            user: The user ID. (`user` in path)
            status: Field to sort by Status (a filter). Available values:
                confirmed,rejected,pending. (`status` in query)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.LIST_CARDS,
                {"user": user, "status": status},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def get_card(
        self,
        *,
        user: str,
        card: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Card:
        """Card Show

        Requires authentication Use this endpoint to get a user card.

        Args:
            user: The user ID. (`user` in path)
            card: The card ID. (`card` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            NotFoundError: 404 No query results.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.GET_CARD,
                {"user": user, "card": card},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def update_card(
        self,
        *,
        user: str,
        card: str,
        body: CardUploadRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Card:
        """Card Update

        Requires authentication Use this endpoint to update a user card.

        Args:
            user: The user ID. (`user` in path)
            card: The card ID. (`card` in path)
            body: the request body: Multipart body of `create_card` and `update_card`;
                the two images are file uploads. (multipart/form-data)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            NotFoundError: 404 No query results.
            UnprocessableEntityError: 422 The given data was invalid.
        """
        return (
            await self._request(
                _ops.UPDATE_CARD,
                {"user": user, "card": card},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def delete_card(
        self,
        *,
        user: str,
        card: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Message:
        """Card Destroy

        Requires authentication Use this endpoint to destroy a user card.

        Args:
            user: The user ID. (`user` in path)
            card: The card ID. (`card` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 This action is unauthorized. / Your account is inactive.
                / This card has been already used in previous actions.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.DELETE_CARD,
                {"user": user, "card": card},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def list_checkouts(
        self,
        *,
        user: str,
        status: (
            CheckoutStatus | Literal["created", "processing", "finished", "expired"] | None
        ) = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Checkout]:
        """Checkout Index

        Requires authentication Use this endpoint to get user checkouts.

        Args:
            user: The user ID. (`user` in path)
            status: Field to sort by Status (a filter). Available values:
                created,processing,finished. (`status` in query)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.LIST_CHECKOUTS,
                {"user": user, "status": status},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def get_checkout(
        self,
        *,
        user: str,
        checkout: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Checkout:
        """Checkout Show

        Requires authentication Use this endpoint to get a user checkout.

        Args:
            user: The user ID. (`user` in path)
            checkout: The checkout ID. (`checkout` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            NotFoundError: 404 No query results.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.GET_CHECKOUT,
                {"user": user, "checkout": checkout},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def list_countries(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Country]:
        """Country Index

        Use this endpoint to get all available platform Countries.

        """
        return (
            await self._request(
                _ops.LIST_COUNTRIES,
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

    async def list_currencies(
        self,
        *,
        user: str,
        asset: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CurrencyCatalog:
        """Currency Index

        Requires authentication Use this endpoint to get all available platform
        Currencies.

        Args:
            user: The user ID. (`user` in path)
            asset: The asset Symbol (optional). (`asset` in path, left out of the URL
                when not given)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive. / Unable to process your
                request.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.LIST_CURRENCIES,
                {"user": user, "asset": asset},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def get_currency_history(
        self,
        *,
        user: str,
        asset: str,
        period: HistoryPeriod | Literal["day", "week", "month", "quarter", "semester", "year"],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[RatePoint]:
        """Currency History

        Requires authentication Use this endpoint to get all available platform
        Currencies Histories.

        Args:
            user: The user ID. (`user` in path)
            asset: The asset Symbol (required). (`asset` in path)
            period: The history period value (required): one of day, week, month,
                quarter, semester, year. (`period` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive. / Unable to process your
                request.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.GET_CURRENCY_HISTORY,
                {"user": user, "asset": asset, "period": period},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def create_deposit(
        self,
        *,
        user: str,
        body: DepositRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Order:
        """Deposit Store

        Requires authentication Use this endpoint to store a user deposit order.

        Args:
            user: The user ID. (`user` in path)
            body: the request body: Body of `create_deposit`. (application/json)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            NotAcceptableError: 406 This type of operation is not allowed.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.CREATE_DEPOSIT,
                {"user": user},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def get_deposit_address(
        self,
        *,
        user: str,
        body: DepositAddressRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> DepositAddress:
        """Deposit Address

        Requires authentication Use this endpoint to get a user deposit address.

        Args:
            user: The user ID. (`user` in path)
            body: the request body: Body of `get_deposit_address`. (application/json)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive. / Unable to process your
                request.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.GET_DEPOSIT_ADDRESS,
                {"user": user},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def get_kyc(
        self,
        *,
        user: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Kyc:
        """KYC Show

        Requires authentication Use this endpoint to get user KYC.

        Args:
            user: The user ID. (`user` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.GET_KYC,
                {"user": user},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def create_kyc(
        self,
        *,
        user: str,
        body: KycCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Kyc:
        """KYC Create

        Requires authentication Use this endpoint to create user full KYC.

        Args:
            user: The user ID. (`user` in path)
            body: the request body: Multipart body of `create_kyc`. The nested fields
                are the form fields `documents[governmentIdFront]`,
                `edd[fundsSource]`... (Laravel form parsing). Give
                `documents[governmentIdFront]` and `documents[governmentIdBack]`, or
                `documents[passport]`. (multipart/form-data)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            UnprocessableEntityError: 422 The given data was invalid.
            LockedError: 423 The KYC is not required at this point for current user.
        """
        return (
            await self._request(
                _ops.CREATE_KYC,
                {"user": user},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def create_kyc_personal_data(
        self,
        *,
        user: str,
        body: KycPersonalDataRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """KYC Create Personal Data

        Requires authentication Use this endpoint to update an existing User model.

        Args:
            user: The user ID. (`user` in path)
            body: the request body: Body of `create_kyc_personal_data`.
                (application/json)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            UnprocessableEntityError: 422 The given data was invalid.
        """
        return (
            await self._request(
                _ops.CREATE_KYC_PERSONAL_DATA,
                {"user": user},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def create_kyc_address(
        self,
        *,
        user: str,
        body: KycAddressRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """KYC Create Address

        Requires authentication Use this endpoint to create user KYC Address.

        Args:
            user: The user ID. (`user` in path)
            body: the request body: Multipart body of `create_kyc_address` (it carries
                an optional utility bill file). (multipart/form-data)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            UnprocessableEntityError: 422 The given data was invalid.
            LockedError: 423 The KYC Address is not required at this point for current
                user.
        """
        return (
            await self._request(
                _ops.CREATE_KYC_ADDRESS,
                {"user": user},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def create_kyc_document(
        self,
        *,
        user: str,
        body: KycDocumentRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Kyc:
        """KYC Create Document

        Requires authentication Use this endpoint to create user KYC document.

        Args:
            user: The user ID. (`user` in path)
            body: the request body: Multipart body of `create_kyc_document`.
                (multipart/form-data)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive. / You have reach the maximum
                number of files uploaded/day.
            UnprocessableEntityError: 422 The given data was invalid.
            LockedError: 423 The KYC Docs are not required at this point for current
                user.
        """
        return (
            await self._request(
                _ops.CREATE_KYC_DOCUMENT,
                {"user": user},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def create_kyc_video(
        self,
        *,
        user: str,
        body: KycVideoRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Kyc:
        """KYC Create Video

        Requires authentication Use this endpoint to create user KYC Video.

        Args:
            user: The user ID. (`user` in path)
            body: the request body: Body of `create_kyc_video`: the date of the video
                identification call (no file is uploaded). This schedules the video
                identification call; no video file is uploaded. (application/json)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            MisdirectedRequestError: 421 Selected date is invalid due admins
                unavailability.
            LockedError: 423 The KYC Video is not required at this point for current
                user.
        """
        return (
            await self._request(
                _ops.CREATE_KYC_VIDEO,
                {"user": user},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def create_kyc_edd(
        self,
        *,
        user: str,
        body: KycEddRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Kyc:
        """KYC Create EDD

        Requires authentication Use this endpoint to create user KYC EDD.

        Args:
            user: The user ID. (`user` in path)
            body: the request body: Multipart body of `create_kyc_edd` (two proof
                files). `transactionsPurposeOther` is required when
                `transactionsPurpose` is `other`. (multipart/form-data)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            UnprocessableEntityError: 422 The given data was invalid.
            LockedError: 423 The KYC EDD is not required at this point for current user.
        """
        return (
            await self._request(
                _ops.CREATE_KYC_EDD,
                {"user": user},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def add_kyc_phone(
        self,
        *,
        user: str,
        body: PhoneAddRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> PhoneVerification:
        """KYC Create Phone

        Requires authentication Use this endpoint to add user Phone.

        Args:
            user: The user ID. (`user` in path)
            body: the request body: Body of `add_kyc_phone`. (application/json)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            UnprocessableEntityError: 422 The given data was invalid.
            LockedError: 423 You already submit your phone number. / The phone number is
                already verified.
        """
        return (
            await self._request(
                _ops.ADD_KYC_PHONE,
                {"user": user},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def verify_kyc_phone(
        self,
        *,
        user: str,
        body: PhoneVerifyRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> PhoneVerification:
        """KYC Phone Verify

        Requires authentication Use this endpoint to verify SMS code.

        Args:
            user: The user ID. (`user` in path)
            body: the request body: Body of `verify_kyc_phone`. (application/json)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            UnprocessableEntityError: 422 The given data was invalid.
            LockedError: 423 The phone number is already verified.
        """
        return (
            await self._request(
                _ops.VERIFY_KYC_PHONE,
                {"user": user},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def reverify_kyc_phone(
        self,
        *,
        user: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> PhoneVerification:
        """KYC Phone Reverify

        Requires authentication Use this endpoint to reverify SMS code.

        Args:
            user: The user ID. (`user` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive. / You can resubmit phone
                verification once per day.
            LockedError: 423 The phone number is already verified.
        """
        return (
            await self._request(
                _ops.REVERIFY_KYC_PHONE,
                {"user": user},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def list_permanent_notifications(
        self,
        *,
        user: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> PermanentNotificationList:
        """Notification Permanently

        Requires authentication Use this endpoint to get all user permanently
        Notifications.

        Args:
            user: The user ID. (`user` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive. / Unable to process your
                request.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.LIST_PERMANENT_NOTIFICATIONS,
                {"user": user},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def list_temporary_notifications(
        self,
        *,
        user: str,
        notification_id: str | None = None,
        type: NotificationReadFilter | Literal["read", "unread"] | None = None,
        page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> TemporaryNotificationList:
        """Notification Temporary

        Requires authentication Use this endpoint to get all user temporary
        Notifications.

        Args:
            user: The user ID. (`user` in path)
            notification_id: The notification ID (optional). (`notification_id` in path,
                left out of the URL when not given)
            type: Field to sort by unread on read notifications (a filter). Available
                values: read,unread. (`type` in query)
            page: The page to return, from 1. (`page` in query)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive. / Unable to process your
                request.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.LIST_TEMPORARY_NOTIFICATIONS,
                {"user": user, "notification_id": notification_id, "type": type, "page": page},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    def iter_list_temporary_notifications(
        self,
        *,
        user: str,
        notification_id: str | None = None,
        type: NotificationReadFilter | Literal["read", "unread"] | None = None,
        page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncPager[TemporaryNotification, TemporaryNotificationList]:
        """Every item of list_temporary_notifications, page after page (page paging),
        requested as needed.

        `await first_page()` and `iter_pages()` give the pages instead (each with
        `.items`, `.result`, `.has_next_page()` and `.next_page()`). A page the service
        sends twice stops the iteration with CryptoCoinProPaginationError.
        """
        return self._paginate(
            _ops.LIST_TEMPORARY_NOTIFICATIONS,
            {"user": user, "notification_id": notification_id, "type": type, "page": page},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def mark_temporary_notifications_as_read(
        self,
        *,
        user: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> TemporaryNotificationList:
        """Notification Temporary Mark As Read

        Requires authentication Use this endpoint to mark as read all temporary
        notifications

        Args:
            user: The user ID. (`user` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive. / Unable to process your
                request.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.MARK_TEMPORARY_NOTIFICATIONS_AS_READ,
                {"user": user},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def list_orders(
        self,
        *,
        user: str,
        status: (
            OrderStatus
            | Literal["APPROVED", "REJECTED", "PROCESSING_PAYMENT", "PAYMENT_WAITING"]
            | None
        ) = None,
        type_operation_name: (
            OperationName
            | Literal[
                "deposit",
                "buy_with_fiat",
                "buy_with_crypto",
                "sell_to_fiat",
                "sell_to_crypto",
                "withdraw",
                "withdrawIco",
            ]
            | None
        ) = None,
        asset: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Order]:
        """Order Index

        Requires authentication Use this endpoint to get user order history.

        Args:
            user: The user ID. (`user` in path)
            status: Field to sort by Status (a filter). Available values:
                APPROVED,REJECTED,PROCESSING_PAYMENT,PAYMENT_WAITING. (`status` in
                query)
            type_operation_name: Field to sort by TypeOperationName (a filter).
                Available values:
                deposit,buy_with_fiat,buy_with_crypto,sell_to_fiat,sell_to_crypto,withdraw,withdrawIco.
                (`typeOperationName` in query)
            asset: Field to sort by Asset (a filter). Available values:
                ETH,XBT,IPSX,etc. (`asset` in query)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.LIST_ORDERS,
                {
                    "user": user,
                    "status": status,
                    "typeOperationName": type_operation_name,
                    "asset": asset,
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

    async def list_coin_orders(
        self,
        *,
        user: str,
        status: (
            OrderStatus
            | Literal["APPROVED", "REJECTED", "PROCESSING_PAYMENT", "PAYMENT_WAITING"]
            | None
        ) = None,
        type_operation_name: (
            OperationName
            | Literal[
                "deposit",
                "buy_with_fiat",
                "buy_with_crypto",
                "sell_to_fiat",
                "sell_to_crypto",
                "withdraw",
                "withdrawIco",
            ]
            | None
        ) = None,
        asset: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Order]:
        """Order Coin Index

        Requires authentication Use this endpoint to get user order coin history.

        Args:
            user: The user ID. (`user` in path)
            status: Field to sort by Status (a filter). Available values:
                APPROVED,REJECTED,PROCESSING_PAYMENT,PAYMENT_WAITING. (`status` in
                query)
            type_operation_name: Field to sort by TypeOperationName (a filter).
                Available values:
                deposit,buy_with_fiat,buy_with_crypto,sell_to_fiat,sell_to_crypto,withdraw,withdrawIco.
                (`typeOperationName` in query)
            asset: Field to sort by Asset (a filter). Available values:
                ETH,XBT,IPSX,etc. (`asset` in query)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.LIST_COIN_ORDERS,
                {
                    "user": user,
                    "status": status,
                    "typeOperationName": type_operation_name,
                    "asset": asset,
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

    async def list_token_orders(
        self,
        *,
        user: str,
        status: (
            OrderStatus
            | Literal["APPROVED", "REJECTED", "PROCESSING_PAYMENT", "PAYMENT_WAITING"]
            | None
        ) = None,
        type_operation_name: (
            OperationName
            | Literal[
                "deposit",
                "buy_with_fiat",
                "buy_with_crypto",
                "sell_to_fiat",
                "sell_to_crypto",
                "withdraw",
                "withdrawIco",
            ]
            | None
        ) = None,
        asset: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Order]:
        """Order Token Index

        Requires authentication Use this endpoint to get user order token history.

        Args:
            user: The user ID. (`user` in path)
            status: Field to sort by Status (a filter). Available values:
                APPROVED,REJECTED,PROCESSING_PAYMENT,PAYMENT_WAITING. (`status` in
                query)
            type_operation_name: Field to sort by TypeOperationName (a filter).
                Available values:
                deposit,buy_with_fiat,buy_with_crypto,sell_to_fiat,sell_to_crypto,withdraw,withdrawIco.
                (`typeOperationName` in query)
            asset: Field to sort by Asset (a filter). Available values:
                ETH,XBT,IPSX,etc. (`asset` in query)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.LIST_TOKEN_ORDERS,
                {
                    "user": user,
                    "status": status,
                    "typeOperationName": type_operation_name,
                    "asset": asset,
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

    async def get_order(
        self,
        *,
        user: str,
        order: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Order:
        """Order Show

        Requires authentication Use this endpoint to get a user order coin.

        Args:
            user: The user ID. (`user` in path)
            order: The order ID. (`order` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            NotFoundError: 404 No query results.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.GET_ORDER,
                {"user": user, "order": order},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def upload_order_payment_proof(
        self,
        *,
        user: str,
        order: str,
        body: PaymentProofRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Message:
        """Order Upload Proof Of Payment

        Requires authentication Use this endpoint to upload proof of payment for a
        order.

        Args:
            user: The user ID. (`user` in path)
            order: The order ID. (`order` in path)
            body: the request body: Multipart body of `upload_order_payment_proof`.
                (multipart/form-data)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive. / This order payment is
                already confirmed. / This order do not require payment proof
                confirmation.
            NotFoundError: 404 No query results.
            UnprocessableEntityError: 422 The given data was invalid.
        """
        return (
            await self._request(
                _ops.UPLOAD_ORDER_PAYMENT_PROOF,
                {"user": user, "order": order},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def get_platform(
        self,
        *,
        platform: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Platform:
        """Platform Show

        Requires authentication Use this endpoint to get platform details.

        Headers: Required header {'token': 'jwt-token'} jwt-token = RS512 encoded jwt
        with payload { platform: required|string|in:{platformUUId}, expire:
        required|timestamp|after_or_equal:now }

        Args:
            platform: The platform ID (UUID); must match the `platform` claim of the
                JWT. (`platform` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated. / JWT payload invalid. / JWT is
                expired. The body is either `{error}` or `{message}`.
        """
        return (
            await self._request(
                _ops.GET_PLATFORM,
                {"platform": platform},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def update_platform(
        self,
        *,
        platform: str,
        body: PlatformUpdateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Platform:
        """Platform Update

        Requires authentication Use this endpoint to update platform details.

        Headers: Required header {'token': 'jwt-token'} jwt-token = RS512 encoded jwt
        with payload { platform: required|string|in:{platformUUId}, expire:
        required|timestamp|after_or_equal:now }

        Args:
            platform: The platform ID (UUID); must match the `platform` claim of the
                JWT. (`platform` in path)
            body: the request body: Body of `update_platform`. (application/json)

        Raises:
            UnauthorizedError: 401 Unauthenticated. / JWT payload invalid. / JWT is
                expired. The body is either `{error}` or `{message}`.
        """
        return (
            await self._request(
                _ops.UPDATE_PLATFORM,
                {"platform": platform},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def list_platform_staff(
        self,
        *,
        platform: str,
        page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> StaffList:
        """Platform Staff

        Requires authentication Use this endpoint to get all platform's staff members.

        Headers: Required header {'token': 'jwt-token'} jwt-token = RS512 encoded jwt
        with payload { platform: required|string|in:{platformUUId}, expire:
        required|timestamp|after_or_equal:now }

        Args:
            platform: The platform ID (UUID); must match the `platform` claim of the
                JWT. (`platform` in path)
            page: The page to return, from 1. (`page` in query)

        Raises:
            UnauthorizedError: 401 Unauthenticated. / JWT payload invalid. / JWT is
                expired. The body is either `{error}` or `{message}`.
        """
        return (
            await self._request(
                _ops.LIST_PLATFORM_STAFF,
                {"platform": platform, "page": page},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    def iter_list_platform_staff(
        self,
        *,
        platform: str,
        page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncPager[StaffMember, StaffList]:
        """Every item of list_platform_staff, page after page (page paging), requested
        as needed.

        `await first_page()` and `iter_pages()` give the pages instead (each with
        `.items`, `.result`, `.has_next_page()` and `.next_page()`). A page the service
        sends twice stops the iteration with CryptoCoinProPaginationError.
        """
        return self._paginate(
            _ops.LIST_PLATFORM_STAFF,
            {"platform": platform, "page": page},
            None,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def list_platform_users(
        self,
        *,
        platform: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[PlatformUser]:
        """Platform Users

        Requires authentication Use this endpoint to get all users attached to platform.

        Headers: Required header {'token': 'jwt-token'} jwt-token = RS512 encoded jwt
        with payload { platform: required|string|in:{platformUUId}, expire:
        required|timestamp|after_or_equal:now }

        Args:
            platform: The platform ID (UUID); must match the `platform` claim of the
                JWT. (`platform` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated. / JWT payload invalid. / JWT is
                expired. The body is either `{error}` or `{message}`.
        """
        return (
            await self._request(
                _ops.LIST_PLATFORM_USERS,
                {"platform": platform},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def list_platform_orders(
        self,
        *,
        platform: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Order]:
        """Platform Orders

        Requires authentication Use this endpoint to get all orders made by platform
        users.

        Headers: Required header {'token': 'jwt-token'} jwt-token = RS512 encoded jwt
        with payload { platform: required|string|in:{platformUUId}, expire:
        required|timestamp|after_or_equal:now }

        Args:
            platform: The platform ID (UUID); must match the `platform` claim of the
                JWT. (`platform` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated. / JWT payload invalid. / JWT is
                expired. The body is either `{error}` or `{message}`.
        """
        return (
            await self._request(
                _ops.LIST_PLATFORM_ORDERS,
                {"platform": platform},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def list_platform_quotes(
        self,
        *,
        platform: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Quote]:
        """Platform Quotes

        Requires authentication Use this endpoint to get all quotes made by platform
        users.

        Headers: Required header {'token': 'jwt-token'} jwt-token = RS512 encoded jwt
        with payload { platform: required|string|in:{platformUUId}, expire:
        required|timestamp|after_or_equal:now }

        Args:
            platform: The platform ID (UUID); must match the `platform` claim of the
                JWT. (`platform` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated. / JWT payload invalid. / JWT is
                expired. The body is either `{error}` or `{message}`.
        """
        return (
            await self._request(
                _ops.LIST_PLATFORM_QUOTES,
                {"platform": platform},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def list_platform_checkouts(
        self,
        *,
        platform: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Checkout]:
        """Platform Checkouts

        Requires authentication Use this endpoint to get all checkouts made by platform
        users.

        Headers: Required header {'token': 'jwt-token'} jwt-token = RS512 encoded jwt
        with payload { platform: required|string|in:{platformUUId}, expire:
        required|timestamp|after_or_equal:now }

        Args:
            platform: The platform ID (UUID); must match the `platform` claim of the
                JWT. (`platform` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated. / JWT payload invalid. / JWT is
                expired. The body is either `{error}` or `{message}`.
        """
        return (
            await self._request(
                _ops.LIST_PLATFORM_CHECKOUTS,
                {"platform": platform},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def list_platform_transfers(
        self,
        *,
        platform: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Transfer]:
        """Platform Transfers

        Requires authentication Use this endpoint to get all transfers made by platform
        users.

        Headers: Required header {'token': 'jwt-token'} jwt-token = RS512 encoded jwt
        with payload { platform: required|string|in:{platformUUId}, expire:
        required|timestamp|after_or_equal:now }

        Args:
            platform: The platform ID (UUID); must match the `platform` claim of the
                JWT. (`platform` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated. / JWT payload invalid. / JWT is
                expired. The body is either `{error}` or `{message}`.
        """
        return (
            await self._request(
                _ops.LIST_PLATFORM_TRANSFERS,
                {"platform": platform},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def list_platform_calls(
        self,
        *,
        platform: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[PlatformCall]:
        """Platform Calls

        Requires authentication Use this endpoint to get all API calls made by platform.

        Headers: Required header {'token': 'jwt-token'} jwt-token = RS512 encoded jwt
        with payload { platform: required|string|in:{platformUUId}, expire:
        required|timestamp|after_or_equal:now }

        Args:
            platform: The platform ID (UUID); must match the `platform` claim of the
                JWT. (`platform` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated. / JWT payload invalid. / JWT is
                expired. The body is either `{error}` or `{message}`.
        """
        return (
            await self._request(
                _ops.LIST_PLATFORM_CALLS,
                {"platform": platform},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def create_quote(
        self,
        *,
        user: str,
        body: QuoteCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Quote:
        """Quote Create

        Requires authentication Use this endpoint to create a user quote.

        Args:
            user: The user ID. (`user` in path)
            body: the request body: Body of `create_quote`. The conditional rules
                (required_if) of its fields are checked by the schema.
                (application/json)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            PreconditionFailedError: 412 This action is not available due Self Delete
                Account procedure.
        """
        return (
            await self._request(
                _ops.CREATE_QUOTE,
                {"user": user},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def list_quotes(
        self,
        *,
        user: str,
        status: QuoteStatus | Literal["available", "completed", "expired"] | None = None,
        type: (
            OperationName
            | Literal[
                "deposit",
                "buy_with_fiat",
                "buy_with_crypto",
                "sell_to_fiat",
                "sell_to_crypto",
                "withdraw",
                "withdrawIco",
            ]
            | None
        ) = None,
        asset: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Quote]:
        """Quote Index

        Requires authentication Use this endpoint to get user quotes.

        Args:
            user: The user ID. (`user` in path)
            status: Field to sort by Status (a filter). Available values:
                available,completed,expired. (`status` in query)
            type: Field to sort by Type (a filter). Available values:
                buy_with_fiat,buy_with_crypto,sell_to_fiat,sell_to_crypto,withdraw,withdrawIco.
                (`type` in query)
            asset: Field to sort by Asset (a filter). Available values:
                ETH,XBT,IPSX,etc. (`asset` in query)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.LIST_QUOTES,
                {"user": user, "status": status, "type": type, "asset": asset},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def get_quote(
        self,
        *,
        user: str,
        quote: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Quote:
        """Quote Show

        Requires authentication Use this endpoint to get a user quote.

        Args:
            user: The user ID. (`user` in path)
            quote: The quote ID. (`quote` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            NotFoundError: 404 No query results.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.GET_QUOTE,
                {"user": user, "quote": quote},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def confirm_quote(
        self,
        *,
        user: str,
        quote: str,
        body: QuoteConfirmRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Order:
        """Quote Confirmation

        Requires authentication Use this endpoint to finalize a user quote as order.

        Args:
            user: The user ID. (`user` in path)
            quote: The quote ID. (`quote` in path)
            body: the request body: Body of `confirm_quote`. (application/json)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 This quote is already processed. / This quote has
                expired. / Your account is inactive.
            NotFoundError: 404 No query results.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.CONFIRM_QUOTE,
                {"user": user, "quote": quote},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def get_buy_price(
        self,
        *,
        user: str,
        from_: str,
        to: str,
        from_amount: DecimalText | None = None,
        to_amount: DecimalText | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Price:
        """Rate Buy

        Requires authentication Use this endpoint to get a buy price

        Query params: If from_amount is present on query, the endpoint will return the
        to_amount. If to_amount is present on query, the endpoint will return the
        from_amount. If to_amount and from_amount are both present the endpoint will
        return an error. If no query parameters present then the endpoint will return
        the rate. Commissions and discounts may be applied.

        Args:
            user: The user ID. (`user` in path)
            from_: Symbol of the asset given. (`from` in path)
            to: Symbol of the asset received. (`to` in path)
            from_amount: Amount given; the response then carries the amount received. Do
                not send together with `to_amount` (403). (`from_amount` in query)
            to_amount: Amount to receive; the response then carries the amount to give.
                Do not send together with `from_amount` (403). (`to_amount` in query)

        Raises:
            ForbiddenError: 403 ERROR: from_amount and to_amount cannot be both filled
            MethodNotAllowedError: 405 Operation not available!
        """
        return (
            await self._request(
                _ops.GET_BUY_PRICE,
                {
                    "user": user,
                    "from": from_,
                    "to": to,
                    "from_amount": from_amount,
                    "to_amount": to_amount,
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

    async def get_sell_price(
        self,
        *,
        user: str,
        from_: str,
        to: str,
        from_amount: DecimalText | None = None,
        to_amount: DecimalText | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Price:
        """Rate Sell

        Requires authentication Use this endpoint to get a sell price

        Query params: If from_amount is present on query, the endpoint will return the
        to_amount. If to_amount is present on query, the endpoint will return the
        from_amount. If to_amount and from_amount are both present the endpoint will
        return an error. If no query parameters present then the endpoint will return
        the rate. Commissions and discounts may be applied.

        Args:
            user: The user ID. (`user` in path)
            from_: Symbol of the asset given. (`from` in path)
            to: Symbol of the asset received. (`to` in path)
            from_amount: Amount given; the response then carries the amount received. Do
                not send together with `to_amount` (403). (`from_amount` in query)
            to_amount: Amount to receive; the response then carries the amount to give.
                Do not send together with `from_amount` (403). (`to_amount` in query)

        Raises:
            ForbiddenError: 403 ERROR: from_amount and to_amount cannot be both filled
            MethodNotAllowedError: 405 Operation not available!
        """
        return (
            await self._request(
                _ops.GET_SELL_PRICE,
                {
                    "user": user,
                    "from": from_,
                    "to": to,
                    "from_amount": from_amount,
                    "to_amount": to_amount,
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

    async def get_withdraw_price(
        self,
        *,
        user: str,
        from_: str,
        to: str,
        from_amount: DecimalText | None = None,
        to_amount: DecimalText | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Price:
        """Rate Withdraw

        Requires authentication Use this endpoint to get a withdraw price

        Query params: If from_amount is present on query, the endpoint will return the
        to_amount. If to_amount is present on query, the endpoint will return the
        from_amount. If to_amount and from_amount are both present the endpoint will
        return an error. If no query parameters present then the endpoint will return
        the rate. Commissions and discounts may be applied.

        Args:
            user: The user ID. (`user` in path)
            from_: Symbol of the asset given. (`from` in path)
            to: Symbol of the asset received. (`to` in path)
            from_amount: Amount given; the response then carries the amount received. Do
                not send together with `to_amount` (403). (`from_amount` in query)
            to_amount: Amount to receive; the response then carries the amount to give.
                Do not send together with `from_amount` (403). (`to_amount` in query)

        Raises:
            ForbiddenError: 403 ERROR: from_amount and to_amount cannot be both filled
            MethodNotAllowedError: 405 Operation not available!
        """
        return (
            await self._request(
                _ops.GET_WITHDRAW_PRICE,
                {
                    "user": user,
                    "from": from_,
                    "to": to,
                    "from_amount": from_amount,
                    "to_amount": to_amount,
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

    async def get_withdraw_ico_price(
        self,
        *,
        user: str,
        from_: str,
        to: str,
        from_amount: DecimalText | None = None,
        to_amount: DecimalText | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Price:
        """Rate WithdrawIco

        Requires authentication Use this endpoint to get a withdrawIco price

        Query params: If from_amount is present on query, the endpoint will return the
        to_amount. If to_amount is present on query, the endpoint will return the
        from_amount. If to_amount and from_amount are both present the endpoint will
        return an error. If no query parameters present then the endpoint will return
        the rate. Commissions and discounts may be applied.

        Args:
            user: The user ID. (`user` in path)
            from_: Symbol of the asset given. (`from` in path)
            to: Symbol of the asset received. (`to` in path)
            from_amount: Amount given; the response then carries the amount received. Do
                not send together with `to_amount` (403). (`from_amount` in query)
            to_amount: Amount to receive; the response then carries the amount to give.
                Do not send together with `from_amount` (403). (`to_amount` in query)

        Raises:
            ForbiddenError: 403 ERROR: from_amount and to_amount cannot be both filled
            MethodNotAllowedError: 405 Operation not available!
        """
        return (
            await self._request(
                _ops.GET_WITHDRAW_ICO_PRICE,
                {
                    "user": user,
                    "from": from_,
                    "to": to,
                    "from_amount": from_amount,
                    "to_amount": to_amount,
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

    async def list_security_events(
        self,
        *,
        user: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[SecurityEvent]:
        """Security Index

        Requires authentication Use this endpoint to get all user Securities.

        Args:
            user: The user ID. (`user` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive. / Unable to process your
                request.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.LIST_SECURITY_EVENTS,
                {"user": user},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def list_access_tokens(
        self,
        *,
        user: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[AccessToken]:
        """Security Access Tokens

        Requires authentication Use this endpoint to get all user Acess Tokens.

        Args:
            user: The user ID. (`user` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive. / Unable to process your
                request.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.LIST_ACCESS_TOKENS,
                {"user": user},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def change_password(
        self,
        *,
        user: str,
        body: ChangePasswordRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Message:
        """Security Change Password

        Requires authentication Use this endpoint to change user password.

        Args:
            user: The user ID. (`user` in path)
            body: the request body: Body of `change_password`. (application/json)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive. / Unable to process your
                request.
            ConflictError: 409 Password cannot be changed.
            PreconditionFailedError: 412 The current password is incorrect.
        """
        return (
            await self._request(
                _ops.CHANGE_PASSWORD,
                {"user": user},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def invalidate_access_token(
        self,
        *,
        user: str,
        token: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Message:
        """Invalidate Access Token

        Requires authentication Use this endpoint to delete user access token.

        Args:
            user: The user ID. (`user` in path)
            token: The token. (`token` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 This action is unauthorized. / Your account is inactive.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.INVALIDATE_ACCESS_TOKEN,
                {"user": user, "token": token},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def list_transfers(
        self,
        *,
        user: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Transfer]:
        """Transfer Index

        Requires authentication Use this endpoint to get all user transfer in with is
        involved.

        Args:
            user: The user ID. (`user` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.LIST_TRANSFERS,
                {"user": user},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def create_transfer(
        self,
        *,
        user: str,
        body: TransferCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Transfer:
        """Transfer Store

        Requires authentication Use this endpoint to create a transfer.

        Args:
            user: The user ID. (`user` in path)
            body: the request body: Body of `create_transfer`. (application/json)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.CREATE_TRANSFER,
                {"user": user},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def list_transfers_created(
        self,
        *,
        user: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Transfer]:
        """Transfer By

        Requires authentication Use this endpoint to get all user transfer created by
        him.

        Args:
            user: The user ID. (`user` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.LIST_TRANSFERS_CREATED,
                {"user": user},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def list_outgoing_transfers(
        self,
        *,
        user: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Transfer]:
        """Transfer From

        Requires authentication Use this endpoint to get all user transfer from him.

        Args:
            user: The user ID. (`user` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.LIST_OUTGOING_TRANSFERS,
                {"user": user},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def list_incoming_transfers(
        self,
        *,
        user: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Transfer]:
        """Transfer To

        Requires authentication Use this endpoint to get all user transfer to him.

        Args:
            user: The user ID. (`user` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.LIST_INCOMING_TRANSFERS,
                {"user": user},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def get_transfer(
        self,
        *,
        user: str,
        transfer: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Transfer:
        """Transfer Show

        Requires authentication Use this endpoint to get a user transfer in with is
        involved.

        Args:
            user: The user ID. (`user` in path)
            transfer: The transfer ID. (`transfer` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.GET_TRANSFER,
                {"user": user, "transfer": transfer},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def confirm_transfer(
        self,
        *,
        user: str,
        transfer: str,
        body: TransferConfirmRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Transfer:
        """Transfer Confirm

        Requires authentication Use this endpoint to confirm a transfer.

        Args:
            user: The user ID. (`user` in path)
            transfer: The transfer ID. (`transfer` in path)
            body: the request body: Body of `confirm_transfer`. (application/json)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.CONFIRM_TRANSFER,
                {"user": user, "transfer": transfer},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def forgot_password(
        self,
        *,
        body: ForgotPasswordRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Message:
        """User Forgot Password

        Use this endpoint to trigger password reset for a user when he forgets his
        password.

        Args:
            body: the request body: Body of `forgot_password`. (application/json)

        Raises:
            UnprocessableEntityError: 422 The given data was invalid.
        """
        return (
            await self._request(
                _ops.FORGOT_PASSWORD,
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

    async def reset_password(
        self,
        *,
        body: ResetPasswordRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Message:
        """User Reset Password

        Use this endpoint to change the user's password by passing the reset token,
        email and password.

        Args:
            body: the request body: Body of `reset_password`. (application/json)

        Raises:
            UnprocessableEntityError: 422 The given data was invalid.
        """
        return (
            await self._request(
                _ops.RESET_PASSWORD,
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

    async def create_user(
        self,
        *,
        body: UserCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> UserCreatedEnvelope:
        """User Create

        Use this endpoint to create a new User model.

        Args:
            body: the request body: Body of `create_user`. `password` is
                required_without:platform.id (modelled with anyOf). (application/json)

        Raises:
            UnprocessableEntityError: 422 The given data was invalid.
        """
        return (
            await self._request(
                _ops.CREATE_USER,
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

    async def verify_user_email(
        self,
        *,
        body: VerifyEmailRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Message:
        """User Email Verify

        Use this endpoint to verify email of a new User model.

        Args:
            body: the request body: Body of `verify_user_email`: `id` or `email`, and
                the code. (application/json)

        Raises:
            UnprocessableEntityError: 422 The given data was invalid.
            LockedError: 423 The user account is already active.
        """
        return (
            await self._request(
                _ops.VERIFY_USER_EMAIL,
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

    async def reverify_user_email(
        self,
        *,
        body: ReverifyEmailRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Message:
        """User Email Reverify

        Use this endpoint to resubmit verification email of a new User model.

        Args:
            body: the request body: Body of `reverify_user_email`: `id` or `email`.
                (application/json)

        Raises:
            ForbiddenError: 403 You can resubmit email verification once per day.
            LockedError: 423 The user account is already active.
        """
        return (
            await self._request(
                _ops.REVERIFY_USER_EMAIL,
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

    async def get_user_profile(
        self,
        *,
        user: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> UserProfile:
        """User Profile

        Requires authentication Use this endpoint to get an existing User model Profile
        data.

        Args:
            user: The user ID. (`user` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 This action is unauthorized.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.GET_USER_PROFILE,
                {"user": user},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def get_user_balances(
        self,
        *,
        user: str,
        asset: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Balances:
        """User Balances

        Requires authentication Use this endpoint to get User model balances.

        Args:
            user: The user ID. (`user` in path)
            asset: The asset Symbol (optional). (`asset` in path, left out of the URL
                when not given)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 This action is unauthorized.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.GET_USER_BALANCES,
                {"user": user, "asset": asset},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def initiate_account_close(
        self,
        *,
        user: str,
        body: SelfDeleteRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Message:
        """User Self Delete Initiate

        Use this endpoint to place in initiate Self Delete Queue for User.

        Authentication: the bearer token is optional here.

        Args:
            user: The user ID. (`user` in path)
            body: the request body: Body of `initiate_account_close`. (application/json)

        Raises:
            GoneError: 410 Your account is already scheduled for Self Delete.
            PreconditionFailedError: 412 Self Delete Account procedure unavailable due
                available balance
            UnprocessableEntityError: 422 The given data was invalid.
            TooEarlyError: 425 You can request Self Delete Account once per day.
        """
        return (
            await self._request(
                _ops.INITIATE_ACCOUNT_CLOSE,
                {"user": user},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def abort_account_close(
        self,
        *,
        user: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Message:
        """User Self Delete Abort

        Use this endpoint to abort Self Delete Queue for User if initiated.

        Authentication: the bearer token is optional here.

        Args:
            user: The user ID. (`user` in path)

        Raises:
            GoneError: 410 Your account is not scheduled for Self Delete.
            PreconditionFailedError: 412 Self Delete Account procedure unavailable due
                available balance
        """
        return (
            await self._request(
                _ops.ABORT_ACCOUNT_CLOSE,
                {"user": user},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def list_wallets(
        self,
        *,
        user: str,
        status: ApprovalStatusFilter | Literal["confirmed", "rejected", "pending"] | None = None,
        coin: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Wallet]:
        """Wallet Index

        Requires authentication Use this endpoint to get wallet index.

        Args:
            user: The user ID. (`user` in path)
            status: Field to sort by Status (a filter). Available values:
                confirmed,rejected,pending. (`status` in query)
            coin: Field to sort by Coin (a filter). Available values: XBT, ETH, etc.
                (`coin` in query)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.LIST_WALLETS,
                {"user": user, "status": status, "coin": coin},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def create_wallet(
        self,
        *,
        user: str,
        body: WalletCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Wallet:
        """Wallet Create

        Requires authentication Use this endpoint to create a wallet.

        Args:
            user: The user ID. (`user` in path)
            body: the request body: Body of `create_wallet`. (application/json)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            UnprocessableEntityError: 422 The given data was invalid.
        """
        return (
            await self._request(
                _ops.CREATE_WALLET,
                {"user": user},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def get_wallet(
        self,
        *,
        user: str,
        wallet: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Wallet:
        """Wallet Shows

        Requires authentication Use this endpoint to get a wallet.

        Args:
            user: The user ID. (`user` in path)
            wallet: The wallet ID. (`wallet` in path)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            NotFoundError: 404 No query results.
            ConflictError: 409 This action is unauthorized.
        """
        return (
            await self._request(
                _ops.GET_WALLET,
                {"user": user, "wallet": wallet},
                None,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed

    async def update_wallet(
        self,
        *,
        user: str,
        wallet: str,
        body: WalletUpdateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Wallet:
        """Wallet Update

        Requires authentication Use this endpoint to update a wallet.

        Args:
            user: The user ID. (`user` in path)
            wallet: The wallet ID. (`wallet` in path)
            body: the request body: Body of `update_wallet`. (application/json)

        Raises:
            UnauthorizedError: 401 Unauthenticated.
            ForbiddenError: 403 Your account is inactive.
            NotFoundError: 404 No query results.
            UnprocessableEntityError: 422 The given data was invalid.
        """
        return (
            await self._request(
                _ops.UPDATE_WALLET,
                {"user": user, "wallet": wallet},
                body,
                timeout=timeout,
                deadline=deadline,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            )
        ).parsed
