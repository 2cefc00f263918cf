"""The operations of CryptoCoin.Pro Public API as the client calls them, one constant each.

Generated from specs/cryptocoinpro.yaml.
"""

from __future__ import annotations

# Aliased: a spec may well have a model called Pagination or Param.
from .._core.operation import Hook as _Hook
from .._core.operation import HookArgument as _HookArgument
from .._core.operation import Operation as _Operation
from .._core.operation import Pagination as _Pagination
from .._core.operation import Param as _Param

# Validators are built on an operation's first call, the runtime imported on a hook's first run.
from .._core.operation import adapters as _adapters
from .._core.operation import runtime_function as _runtime_function
from .models import (
    AccessToken,
    AuthToken,
    AuthenticateRequest,
    Balances,
    BankAccount,
    BankAccountCreateRequest,
    Card,
    CardUploadRequest,
    ChangePasswordRequest,
    Checkout,
    Country,
    CurrencyCatalog,
    DepositAddress,
    DepositAddressRequest,
    DepositRequest,
    ErrorMessage,
    ForgotPasswordRequest,
    Kyc,
    KycAddressRequest,
    KycCreateRequest,
    KycDocumentRequest,
    KycEddRequest,
    KycPersonalDataRequest,
    KycVideoRequest,
    LogoutResult,
    Message,
    Order,
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
    RatePoint,
    ResetPasswordRequest,
    ReverifyEmailRequest,
    SecurityEvent,
    SelfDeleteRequest,
    StaffList,
    TemporaryNotificationList,
    Transfer,
    TransferConfirmRequest,
    TransferCreateRequest,
    UserCreateRequest,
    UserCreatedEnvelope,
    UserProfile,
    ValidationError,
    VerifyEmailRequest,
    Wallet,
    WalletCreateRequest,
    WalletUpdateRequest,
)

AUTHENTICATE_VIA_PLATFORM: _Operation[AuthToken] = _Operation(
    name="authenticate_via_platform",
    method="post",
    path="/authenticate-jwt/{platform}",
    result_type=AuthToken,
    params=(
        _Param("platform", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    unwrap="data",
    errors=_adapters(
        {
            400: ValidationError,
            403: ValidationError,
        }
    ),
    idempotent=False,
    json_exact=True,
    sets_credential=("api_key", "id"),
    security=("platformToken",),
    hooks=(
        _Hook(
            "before-request",
            _runtime_function("coinspec_runtime.cryptocoinpro", "platform_user_token_header"),
            arguments=(
                _HookArgument("email", "option", "platform_user_email"),
                _HookArgument("private_key_pem", "option", "platform_private_key"),
                _HookArgument("user_id", "option", "platform_user_id"),
            ),
            requires=("platform_private_key",),
        ),
    ),
)

AUTHENTICATE: _Operation[AuthToken] = _Operation(
    name="authenticate",
    method="post",
    path="/authenticate",
    result_type=AuthToken,
    params=(),
    body_encoding="json",
    body_model=AuthenticateRequest,
    unwrap="data",
    errors=_adapters(
        {
            400: ValidationError,
            403: ValidationError,
        }
    ),
    idempotent=False,
    json_exact=True,
    sets_credential=("api_key", "id"),
    secret_fields=("password",),
    security=(),
)

LOGOUT: _Operation[LogoutResult] = _Operation(
    name="logout",
    method="post",
    path="/user/logout",
    result_type=LogoutResult,
    params=(),
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
        }
    ),
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

CREATE_BANK: _Operation[BankAccount] = _Operation(
    name="create_bank",
    method="post",
    path="/user/{user}/bank",
    result_type=BankAccount,
    params=(_Param("user", "path", style="simple", explode=False, required=True, kind="string"),),
    body_encoding="json",
    body_model=BankAccountCreateRequest,
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            422: ValidationError,
        }
    ),
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

LIST_BANKS: _Operation[list[BankAccount]] = _Operation(
    name="list_banks",
    method="get",
    path="/user/{user}/bank",
    result_type=list[BankAccount],
    params=(
        _Param("user", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("status", "query", style="form", explode=True),
        _Param("currency", "query", style="form", explode=True, kind="string"),
    ),
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            409: Message,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

GET_BANK: _Operation[BankAccount] = _Operation(
    name="get_bank",
    method="get",
    path="/user/{user}/bank/{bank}",
    result_type=BankAccount,
    params=(
        _Param("user", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("bank", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            404: Message,
            409: Message,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

DELETE_BANK: _Operation[Message] = _Operation(
    name="delete_bank",
    method="delete",
    path="/user/{user}/bank/{bank}",
    result_type=Message,
    params=(
        _Param("user", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("bank", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            409: Message,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

CREATE_CARD: _Operation[Card] = _Operation(
    name="create_card",
    method="post",
    path="/user/{user}/card",
    result_type=Card,
    params=(_Param("user", "path", style="simple", explode=False, required=True, kind="string"),),
    body_encoding="multipart",
    body_model=CardUploadRequest,
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            422: ValidationError,
        }
    ),
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

LIST_CARDS: _Operation[list[Card]] = _Operation(
    name="list_cards",
    method="get",
    path="/user/{user}/card",
    result_type=list[Card],
    params=(
        _Param("user", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("status", "query", style="form", explode=True),
    ),
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            409: Message,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

GET_CARD: _Operation[Card] = _Operation(
    name="get_card",
    method="get",
    path="/user/{user}/card/{card}",
    result_type=Card,
    params=(
        _Param("user", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("card", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            404: Message,
            409: Message,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

UPDATE_CARD: _Operation[Card] = _Operation(
    name="update_card",
    method="post",
    path="/user/{user}/card/{card}",
    result_type=Card,
    params=(
        _Param("user", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("card", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    body_encoding="multipart",
    body_model=CardUploadRequest,
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            404: Message,
            422: ValidationError,
        }
    ),
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

DELETE_CARD: _Operation[Message] = _Operation(
    name="delete_card",
    method="delete",
    path="/user/{user}/card/{card}",
    result_type=Message,
    params=(
        _Param("user", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("card", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            409: Message,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

LIST_CHECKOUTS: _Operation[list[Checkout]] = _Operation(
    name="list_checkouts",
    method="get",
    path="/user/{user}/checkout",
    result_type=list[Checkout],
    params=(
        _Param("user", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("status", "query", style="form", explode=True),
    ),
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            409: Message,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

GET_CHECKOUT: _Operation[Checkout] = _Operation(
    name="get_checkout",
    method="get",
    path="/user/{user}/checkout/{checkout}",
    result_type=Checkout,
    params=(
        _Param("user", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("checkout", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            404: Message,
            409: Message,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

LIST_COUNTRIES: _Operation[list[Country]] = _Operation(
    name="list_countries",
    method="get",
    path="/countries",
    result_type=list[Country],
    params=(),
    unwrap="data",
    errors={},
    idempotent=True,
    json_exact=True,
    security=(),
)

LIST_CURRENCIES: _Operation[CurrencyCatalog] = _Operation(
    name="list_currencies",
    method="get",
    path="/user/{user}/currencies/{asset}",
    result_type=CurrencyCatalog,
    params=(
        _Param("user", "path", style="simple", explode=False, required=True, kind="string"),
        _Param(
            "asset", "path", style="simple", explode=False, optional_segment=True, kind="string"
        ),
    ),
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            409: Message,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

GET_CURRENCY_HISTORY: _Operation[list[RatePoint]] = _Operation(
    name="get_currency_history",
    method="get",
    path="/user/{user}/currencies/{asset}/history/{period}",
    result_type=list[RatePoint],
    params=(
        _Param("user", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("asset", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("period", "path", style="simple", explode=False, required=True),
    ),
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            409: Message,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

CREATE_DEPOSIT: _Operation[Order] = _Operation(
    name="create_deposit",
    method="post",
    path="/user/{user}/deposit",
    result_type=Order,
    params=(_Param("user", "path", style="simple", explode=False, required=True, kind="string"),),
    body_encoding="json",
    body_model=DepositRequest,
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            406: Message,
            409: Message,
        }
    ),
    idempotent=False,
    security=("bearerAuth",),
)

GET_DEPOSIT_ADDRESS: _Operation[DepositAddress] = _Operation(
    name="get_deposit_address",
    method="post",
    path="/user/{user}/deposit/address",
    result_type=DepositAddress,
    params=(_Param("user", "path", style="simple", explode=False, required=True, kind="string"),),
    body_encoding="json",
    body_model=DepositAddressRequest,
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            409: Message,
        }
    ),
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

GET_KYC: _Operation[Kyc] = _Operation(
    name="get_kyc",
    method="get",
    path="/user/{user}/kyc",
    result_type=Kyc,
    params=(_Param("user", "path", style="simple", explode=False, required=True, kind="string"),),
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            409: Message,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

CREATE_KYC: _Operation[Kyc] = _Operation(
    name="create_kyc",
    method="post",
    path="/user/{user}/kyc",
    result_type=Kyc,
    params=(_Param("user", "path", style="simple", explode=False, required=True, kind="string"),),
    body_encoding="multipart",
    body_model=KycCreateRequest,
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            422: ValidationError,
            423: Message,
        }
    ),
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

CREATE_KYC_PERSONAL_DATA: _Operation[None] = _Operation(
    name="create_kyc_personal_data",
    method="post",
    path="/user/{user}/kyc/personal-data",
    result_type=None,
    params=(_Param("user", "path", style="simple", explode=False, required=True, kind="string"),),
    body_encoding="json",
    body_model=KycPersonalDataRequest,
    errors=_adapters(
        {
            401: ErrorMessage,
            422: ValidationError,
        }
    ),
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

CREATE_KYC_ADDRESS: _Operation[None] = _Operation(
    name="create_kyc_address",
    method="post",
    path="/user/{user}/kyc/address",
    result_type=None,
    params=(_Param("user", "path", style="simple", explode=False, required=True, kind="string"),),
    body_encoding="multipart",
    body_model=KycAddressRequest,
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            422: ValidationError,
            423: Message,
        }
    ),
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

CREATE_KYC_DOCUMENT: _Operation[Kyc] = _Operation(
    name="create_kyc_document",
    method="post",
    path="/user/{user}/kyc/document",
    result_type=Kyc,
    params=(_Param("user", "path", style="simple", explode=False, required=True, kind="string"),),
    body_encoding="multipart",
    body_model=KycDocumentRequest,
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            422: ValidationError,
            423: Message,
        }
    ),
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

CREATE_KYC_VIDEO: _Operation[Kyc] = _Operation(
    name="create_kyc_video",
    method="post",
    path="/user/{user}/kyc/video",
    result_type=Kyc,
    params=(_Param("user", "path", style="simple", explode=False, required=True, kind="string"),),
    body_encoding="json",
    body_model=KycVideoRequest,
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            421: Message,
            423: Message,
        }
    ),
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

CREATE_KYC_EDD: _Operation[Kyc] = _Operation(
    name="create_kyc_edd",
    method="post",
    path="/user/{user}/kyc/edd",
    result_type=Kyc,
    params=(_Param("user", "path", style="simple", explode=False, required=True, kind="string"),),
    body_encoding="multipart",
    body_model=KycEddRequest,
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            422: ValidationError,
            423: Message,
        }
    ),
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

ADD_KYC_PHONE: _Operation[PhoneVerification] = _Operation(
    name="add_kyc_phone",
    method="post",
    path="/user/{user}/kyc/phone/add",
    result_type=PhoneVerification,
    params=(_Param("user", "path", style="simple", explode=False, required=True, kind="string"),),
    body_encoding="json",
    body_model=PhoneAddRequest,
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            422: ValidationError,
            423: Message,
        }
    ),
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

VERIFY_KYC_PHONE: _Operation[PhoneVerification] = _Operation(
    name="verify_kyc_phone",
    method="post",
    path="/user/{user}/kyc/phone/verify",
    result_type=PhoneVerification,
    params=(_Param("user", "path", style="simple", explode=False, required=True, kind="string"),),
    body_encoding="json",
    body_model=PhoneVerifyRequest,
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            422: ValidationError,
            423: Message,
        }
    ),
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

REVERIFY_KYC_PHONE: _Operation[PhoneVerification] = _Operation(
    name="reverify_kyc_phone",
    method="post",
    path="/user/{user}/kyc/phone/reverify",
    result_type=PhoneVerification,
    params=(_Param("user", "path", style="simple", explode=False, required=True, kind="string"),),
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            423: Message,
        }
    ),
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

LIST_PERMANENT_NOTIFICATIONS: _Operation[PermanentNotificationList] = _Operation(
    name="list_permanent_notifications",
    method="get",
    path="/user/{user}/notifications/permanently",
    result_type=PermanentNotificationList,
    params=(_Param("user", "path", style="simple", explode=False, required=True, kind="string"),),
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            409: Message,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

LIST_TEMPORARY_NOTIFICATIONS: _Operation[TemporaryNotificationList] = _Operation(
    name="list_temporary_notifications",
    method="get",
    path="/user/{user}/notifications/temporary/{notification_id}",
    result_type=TemporaryNotificationList,
    params=(
        _Param("user", "path", style="simple", explode=False, required=True, kind="string"),
        _Param(
            "notification_id",
            "path",
            style="simple",
            explode=False,
            optional_segment=True,
            kind="string",
        ),
        _Param("type", "query", style="form", explode=True),
        _Param("page", "query", style="form", explode=True, kind="integer"),
    ),
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            409: Message,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
    pagination=_Pagination(
        "page",
        items="data",
        page="page",
        last_page="meta.lastPage",
        current_page="meta.currentPage",
    ),
)

MARK_TEMPORARY_NOTIFICATIONS_AS_READ: _Operation[TemporaryNotificationList] = _Operation(
    name="mark_temporary_notifications_as_read",
    method="post",
    path="/user/{user}/notifications/temporary/mark-as-read",
    result_type=TemporaryNotificationList,
    params=(_Param("user", "path", style="simple", explode=False, required=True, kind="string"),),
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            409: Message,
        }
    ),
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

LIST_ORDERS: _Operation[list[Order]] = _Operation(
    name="list_orders",
    method="get",
    path="/user/{user}/order",
    result_type=list[Order],
    params=(
        _Param("user", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("status", "query", style="form", explode=True),
        _Param("typeOperationName", "query", style="form", explode=True),
        _Param("asset", "query", style="form", explode=True, kind="string"),
    ),
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            409: Message,
        }
    ),
    idempotent=True,
    security=("bearerAuth",),
)

LIST_COIN_ORDERS: _Operation[list[Order]] = _Operation(
    name="list_coin_orders",
    method="get",
    path="/user/{user}/order/coin",
    result_type=list[Order],
    params=(
        _Param("user", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("status", "query", style="form", explode=True),
        _Param("typeOperationName", "query", style="form", explode=True),
        _Param("asset", "query", style="form", explode=True, kind="string"),
    ),
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            409: Message,
        }
    ),
    idempotent=True,
    security=("bearerAuth",),
)

LIST_TOKEN_ORDERS: _Operation[list[Order]] = _Operation(
    name="list_token_orders",
    method="get",
    path="/user/{user}/order/token",
    result_type=list[Order],
    params=(
        _Param("user", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("status", "query", style="form", explode=True),
        _Param("typeOperationName", "query", style="form", explode=True),
        _Param("asset", "query", style="form", explode=True, kind="string"),
    ),
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            409: Message,
        }
    ),
    idempotent=True,
    security=("bearerAuth",),
)

GET_ORDER: _Operation[Order] = _Operation(
    name="get_order",
    method="get",
    path="/user/{user}/order/{order}",
    result_type=Order,
    params=(
        _Param("user", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("order", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            404: Message,
            409: Message,
        }
    ),
    idempotent=True,
    security=("bearerAuth",),
)

UPLOAD_ORDER_PAYMENT_PROOF: _Operation[Message] = _Operation(
    name="upload_order_payment_proof",
    method="post",
    path="/user/{user}/order/{order}/payment-confirmation",
    result_type=Message,
    params=(
        _Param("user", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("order", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    body_encoding="multipart",
    body_model=PaymentProofRequest,
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            404: Message,
            422: ValidationError,
        }
    ),
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

GET_PLATFORM: _Operation[Platform] = _Operation(
    name="get_platform",
    method="get",
    path="/platform/{platform}",
    result_type=Platform,
    params=(
        _Param("platform", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage | Message,
        }
    ),
    idempotent=True,
    security=("platformToken",),
    hooks=(
        _Hook(
            "before-request",
            _runtime_function("coinspec_runtime.cryptocoinpro", "platform_api_token_header"),
            arguments=(
                _HookArgument("platform_id", "param", "platform"),
                _HookArgument("private_key_pem", "option", "platform_private_key"),
            ),
            requires=("platform_private_key",),
        ),
    ),
)

UPDATE_PLATFORM: _Operation[Platform] = _Operation(
    name="update_platform",
    method="post",
    path="/platform/{platform}",
    result_type=Platform,
    params=(
        _Param("platform", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    body_encoding="json",
    body_model=PlatformUpdateRequest,
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage | Message,
        }
    ),
    idempotent=False,
    security=("platformToken",),
    hooks=(
        _Hook(
            "before-request",
            _runtime_function("coinspec_runtime.cryptocoinpro", "platform_api_token_header"),
            arguments=(
                _HookArgument("platform_id", "param", "platform"),
                _HookArgument("private_key_pem", "option", "platform_private_key"),
            ),
            requires=("platform_private_key",),
        ),
    ),
)

LIST_PLATFORM_STAFF: _Operation[StaffList] = _Operation(
    name="list_platform_staff",
    method="get",
    path="/platform/{platform}/staff",
    result_type=StaffList,
    params=(
        _Param("platform", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("page", "query", style="form", explode=True, kind="integer"),
    ),
    errors=_adapters(
        {
            401: ErrorMessage | Message,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("platformToken",),
    hooks=(
        _Hook(
            "before-request",
            _runtime_function("coinspec_runtime.cryptocoinpro", "platform_api_token_header"),
            arguments=(
                _HookArgument("platform_id", "param", "platform"),
                _HookArgument("private_key_pem", "option", "platform_private_key"),
            ),
            requires=("platform_private_key",),
        ),
    ),
    pagination=_Pagination(
        "page",
        items="data",
        page="page",
        last_page="meta.last_page",
        current_page="meta.current_page",
    ),
)

LIST_PLATFORM_USERS: _Operation[list[PlatformUser]] = _Operation(
    name="list_platform_users",
    method="get",
    path="/platform/{platform}/user",
    result_type=list[PlatformUser],
    params=(
        _Param("platform", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage | Message,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("platformToken",),
    hooks=(
        _Hook(
            "before-request",
            _runtime_function("coinspec_runtime.cryptocoinpro", "platform_api_token_header"),
            arguments=(
                _HookArgument("platform_id", "param", "platform"),
                _HookArgument("private_key_pem", "option", "platform_private_key"),
            ),
            requires=("platform_private_key",),
        ),
    ),
)

LIST_PLATFORM_ORDERS: _Operation[list[Order]] = _Operation(
    name="list_platform_orders",
    method="get",
    path="/platform/{platform}/order",
    result_type=list[Order],
    params=(
        _Param("platform", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage | Message,
        }
    ),
    idempotent=True,
    security=("platformToken",),
    hooks=(
        _Hook(
            "before-request",
            _runtime_function("coinspec_runtime.cryptocoinpro", "platform_api_token_header"),
            arguments=(
                _HookArgument("platform_id", "param", "platform"),
                _HookArgument("private_key_pem", "option", "platform_private_key"),
            ),
            requires=("platform_private_key",),
        ),
    ),
)

LIST_PLATFORM_QUOTES: _Operation[list[Quote]] = _Operation(
    name="list_platform_quotes",
    method="get",
    path="/platform/{platform}/quote",
    result_type=list[Quote],
    params=(
        _Param("platform", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage | Message,
        }
    ),
    idempotent=True,
    security=("platformToken",),
    hooks=(
        _Hook(
            "before-request",
            _runtime_function("coinspec_runtime.cryptocoinpro", "platform_api_token_header"),
            arguments=(
                _HookArgument("platform_id", "param", "platform"),
                _HookArgument("private_key_pem", "option", "platform_private_key"),
            ),
            requires=("platform_private_key",),
        ),
    ),
)

LIST_PLATFORM_CHECKOUTS: _Operation[list[Checkout]] = _Operation(
    name="list_platform_checkouts",
    method="get",
    path="/platform/{platform}/checkout",
    result_type=list[Checkout],
    params=(
        _Param("platform", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage | Message,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("platformToken",),
    hooks=(
        _Hook(
            "before-request",
            _runtime_function("coinspec_runtime.cryptocoinpro", "platform_api_token_header"),
            arguments=(
                _HookArgument("platform_id", "param", "platform"),
                _HookArgument("private_key_pem", "option", "platform_private_key"),
            ),
            requires=("platform_private_key",),
        ),
    ),
)

LIST_PLATFORM_TRANSFERS: _Operation[list[Transfer]] = _Operation(
    name="list_platform_transfers",
    method="get",
    path="/platform/{platform}/transfer",
    result_type=list[Transfer],
    params=(
        _Param("platform", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage | Message,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("platformToken",),
    hooks=(
        _Hook(
            "before-request",
            _runtime_function("coinspec_runtime.cryptocoinpro", "platform_api_token_header"),
            arguments=(
                _HookArgument("platform_id", "param", "platform"),
                _HookArgument("private_key_pem", "option", "platform_private_key"),
            ),
            requires=("platform_private_key",),
        ),
    ),
)

LIST_PLATFORM_CALLS: _Operation[list[PlatformCall]] = _Operation(
    name="list_platform_calls",
    method="get",
    path="/platform/{platform}/call",
    result_type=list[PlatformCall],
    params=(
        _Param("platform", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage | Message,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("platformToken",),
    hooks=(
        _Hook(
            "before-request",
            _runtime_function("coinspec_runtime.cryptocoinpro", "platform_api_token_header"),
            arguments=(
                _HookArgument("platform_id", "param", "platform"),
                _HookArgument("private_key_pem", "option", "platform_private_key"),
            ),
            requires=("platform_private_key",),
        ),
    ),
)

CREATE_QUOTE: _Operation[Quote] = _Operation(
    name="create_quote",
    method="post",
    path="/user/{user}/quote",
    result_type=Quote,
    params=(_Param("user", "path", style="simple", explode=False, required=True, kind="string"),),
    body_encoding="json",
    body_model=QuoteCreateRequest,
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: ErrorMessage,
            412: ErrorMessage,
        }
    ),
    idempotent=False,
    security=("bearerAuth",),
)

LIST_QUOTES: _Operation[list[Quote]] = _Operation(
    name="list_quotes",
    method="get",
    path="/user/{user}/quote",
    result_type=list[Quote],
    params=(
        _Param("user", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("status", "query", style="form", explode=True),
        _Param("type", "query", style="form", explode=True),
        _Param("asset", "query", style="form", explode=True, kind="string"),
    ),
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            409: Message,
        }
    ),
    idempotent=True,
    security=("bearerAuth",),
)

GET_QUOTE: _Operation[Quote] = _Operation(
    name="get_quote",
    method="get",
    path="/user/{user}/quote/{quote}",
    result_type=Quote,
    params=(
        _Param("user", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("quote", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            404: Message,
            409: Message,
        }
    ),
    idempotent=True,
    security=("bearerAuth",),
)

CONFIRM_QUOTE: _Operation[Order] = _Operation(
    name="confirm_quote",
    method="post",
    path="/user/{user}/quote/{quote}",
    result_type=Order,
    params=(
        _Param("user", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("quote", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    body_encoding="json",
    body_model=QuoteConfirmRequest,
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            404: Message,
            409: Message,
        }
    ),
    idempotent=False,
    security=("bearerAuth",),
)

GET_BUY_PRICE: _Operation[Price] = _Operation(
    name="get_buy_price",
    method="get",
    path="/user/{user}/price/buy/{from}/{to}",
    result_type=Price,
    params=(
        _Param("user", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("from", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("to", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("from_amount", "query", style="form", explode=True, kind="number"),
        _Param("to_amount", "query", style="form", explode=True, kind="number"),
    ),
    unwrap="data",
    errors=_adapters(
        {
            403: ValidationError,
            405: ValidationError,
        }
    ),
    idempotent=True,
    security=("bearerAuth",),
)

GET_SELL_PRICE: _Operation[Price] = _Operation(
    name="get_sell_price",
    method="get",
    path="/user/{user}/price/sell/{from}/{to}",
    result_type=Price,
    params=(
        _Param("user", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("from", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("to", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("from_amount", "query", style="form", explode=True, kind="number"),
        _Param("to_amount", "query", style="form", explode=True, kind="number"),
    ),
    unwrap="data",
    errors=_adapters(
        {
            403: ValidationError,
            405: ValidationError,
        }
    ),
    idempotent=True,
    security=("bearerAuth",),
)

GET_WITHDRAW_PRICE: _Operation[Price] = _Operation(
    name="get_withdraw_price",
    method="get",
    path="/user/{user}/price/withdraw/{from}/{to}",
    result_type=Price,
    params=(
        _Param("user", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("from", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("to", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("from_amount", "query", style="form", explode=True, kind="number"),
        _Param("to_amount", "query", style="form", explode=True, kind="number"),
    ),
    unwrap="data",
    errors=_adapters(
        {
            403: ValidationError,
            405: ValidationError,
        }
    ),
    idempotent=True,
    security=("bearerAuth",),
)

GET_WITHDRAW_ICO_PRICE: _Operation[Price] = _Operation(
    name="get_withdraw_ico_price",
    method="get",
    path="/user/{user}/price/withdraw-ico/{from}/{to}",
    result_type=Price,
    params=(
        _Param("user", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("from", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("to", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("from_amount", "query", style="form", explode=True, kind="number"),
        _Param("to_amount", "query", style="form", explode=True, kind="number"),
    ),
    unwrap="data",
    errors=_adapters(
        {
            403: ValidationError,
            405: ValidationError,
        }
    ),
    idempotent=True,
    security=("bearerAuth",),
)

LIST_SECURITY_EVENTS: _Operation[list[SecurityEvent]] = _Operation(
    name="list_security_events",
    method="get",
    path="/user/{user}/securities",
    result_type=list[SecurityEvent],
    params=(_Param("user", "path", style="simple", explode=False, required=True, kind="string"),),
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            409: Message,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

LIST_ACCESS_TOKENS: _Operation[list[AccessToken]] = _Operation(
    name="list_access_tokens",
    method="get",
    path="/user/{user}/securities/access",
    result_type=list[AccessToken],
    params=(_Param("user", "path", style="simple", explode=False, required=True, kind="string"),),
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            409: Message,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

CHANGE_PASSWORD: _Operation[Message] = _Operation(
    name="change_password",
    method="post",
    path="/user/{user}/securities/change-password",
    result_type=Message,
    params=(_Param("user", "path", style="simple", explode=False, required=True, kind="string"),),
    body_encoding="json",
    body_model=ChangePasswordRequest,
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            409: Message,
            412: Message,
        }
    ),
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

INVALIDATE_ACCESS_TOKEN: _Operation[Message] = _Operation(
    name="invalidate_access_token",
    method="post",
    path="/user/{user}/securities/invalidate/{token}",
    result_type=Message,
    params=(
        _Param("user", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("token", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            409: Message,
        }
    ),
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

LIST_TRANSFERS: _Operation[list[Transfer]] = _Operation(
    name="list_transfers",
    method="get",
    path="/user/{user}/transfer",
    result_type=list[Transfer],
    params=(_Param("user", "path", style="simple", explode=False, required=True, kind="string"),),
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            409: Message,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

CREATE_TRANSFER: _Operation[Transfer] = _Operation(
    name="create_transfer",
    method="post",
    path="/user/{user}/transfer",
    result_type=Transfer,
    params=(_Param("user", "path", style="simple", explode=False, required=True, kind="string"),),
    body_encoding="json",
    body_model=TransferCreateRequest,
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            409: Message,
        }
    ),
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

LIST_TRANSFERS_CREATED: _Operation[list[Transfer]] = _Operation(
    name="list_transfers_created",
    method="get",
    path="/user/{user}/transfer/by",
    result_type=list[Transfer],
    params=(_Param("user", "path", style="simple", explode=False, required=True, kind="string"),),
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            409: Message,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

LIST_OUTGOING_TRANSFERS: _Operation[list[Transfer]] = _Operation(
    name="list_outgoing_transfers",
    method="get",
    path="/user/{user}/transfer/from",
    result_type=list[Transfer],
    params=(_Param("user", "path", style="simple", explode=False, required=True, kind="string"),),
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            409: Message,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

LIST_INCOMING_TRANSFERS: _Operation[list[Transfer]] = _Operation(
    name="list_incoming_transfers",
    method="get",
    path="/user/{user}/transfer/to",
    result_type=list[Transfer],
    params=(_Param("user", "path", style="simple", explode=False, required=True, kind="string"),),
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            409: Message,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

GET_TRANSFER: _Operation[Transfer] = _Operation(
    name="get_transfer",
    method="get",
    path="/user/{user}/transfer/{transfer}",
    result_type=Transfer,
    params=(
        _Param("user", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("transfer", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            409: Message,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

CONFIRM_TRANSFER: _Operation[Transfer] = _Operation(
    name="confirm_transfer",
    method="post",
    path="/user/{user}/transfer/{transfer}",
    result_type=Transfer,
    params=(
        _Param("user", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("transfer", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    body_encoding="json",
    body_model=TransferConfirmRequest,
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            409: Message,
        }
    ),
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

FORGOT_PASSWORD: _Operation[Message] = _Operation(
    name="forgot_password",
    method="post",
    path="/user/forgot-password",
    result_type=Message,
    params=(),
    body_encoding="json",
    body_model=ForgotPasswordRequest,
    unwrap="data",
    errors=_adapters(
        {
            422: ValidationError,
        }
    ),
    idempotent=False,
    json_exact=True,
    security=(),
)

RESET_PASSWORD: _Operation[Message] = _Operation(
    name="reset_password",
    method="post",
    path="/user/reset-password",
    result_type=Message,
    params=(),
    body_encoding="json",
    body_model=ResetPasswordRequest,
    unwrap="data",
    errors=_adapters(
        {
            422: ValidationError,
        }
    ),
    idempotent=False,
    json_exact=True,
    secret_fields=("password",),
    security=(),
)

CREATE_USER: _Operation[UserCreatedEnvelope] = _Operation(
    name="create_user",
    method="post",
    path="/user",
    result_type=UserCreatedEnvelope,
    params=(),
    body_encoding="json",
    body_model=UserCreateRequest,
    errors=_adapters(
        {
            422: ValidationError,
        }
    ),
    idempotent=False,
    json_exact=True,
    secret_fields=("password",),
    security=(),
)

VERIFY_USER_EMAIL: _Operation[Message] = _Operation(
    name="verify_user_email",
    method="post",
    path="/user/verify",
    result_type=Message,
    params=(),
    body_encoding="json",
    body_model=VerifyEmailRequest,
    errors=_adapters(
        {
            422: ValidationError,
            423: ErrorMessage,
        }
    ),
    idempotent=False,
    json_exact=True,
    security=(),
)

REVERIFY_USER_EMAIL: _Operation[Message] = _Operation(
    name="reverify_user_email",
    method="post",
    path="/user/reverify",
    result_type=Message,
    params=(),
    body_encoding="json",
    body_model=ReverifyEmailRequest,
    errors=_adapters(
        {
            403: Message,
            423: ErrorMessage,
        }
    ),
    idempotent=False,
    json_exact=True,
    security=(),
)

GET_USER_PROFILE: _Operation[UserProfile] = _Operation(
    name="get_user_profile",
    method="get",
    path="/user/{user}",
    result_type=UserProfile,
    params=(_Param("user", "path", style="simple", explode=False, required=True, kind="string"),),
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            409: Message,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

GET_USER_BALANCES: _Operation[Balances] = _Operation(
    name="get_user_balances",
    method="get",
    path="/user/{user}/balances/{asset}",
    result_type=Balances,
    params=(
        _Param("user", "path", style="simple", explode=False, required=True, kind="string"),
        _Param(
            "asset", "path", style="simple", explode=False, optional_segment=True, kind="string"
        ),
    ),
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            409: Message,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

INITIATE_ACCOUNT_CLOSE: _Operation[Message] = _Operation(
    name="initiate_account_close",
    method="post",
    path="/user/{user}/account/close/initiate",
    result_type=Message,
    params=(_Param("user", "path", style="simple", explode=False, required=True, kind="string"),),
    body_encoding="json",
    body_model=SelfDeleteRequest,
    errors=_adapters(
        {
            410: Message,
            412: Message,
            422: ValidationError,
            425: Message,
        }
    ),
    idempotent=False,
    json_exact=True,
    secret_fields=("password",),
    security=("bearerAuth",),
    security_optional=True,
)

ABORT_ACCOUNT_CLOSE: _Operation[Message] = _Operation(
    name="abort_account_close",
    method="post",
    path="/user/{user}/account/close/abort",
    result_type=Message,
    params=(_Param("user", "path", style="simple", explode=False, required=True, kind="string"),),
    errors=_adapters(
        {
            410: Message,
            412: Message,
        }
    ),
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
    security_optional=True,
)

LIST_WALLETS: _Operation[list[Wallet]] = _Operation(
    name="list_wallets",
    method="get",
    path="/user/{user}/wallet",
    result_type=list[Wallet],
    params=(
        _Param("user", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("status", "query", style="form", explode=True),
        _Param("coin", "query", style="form", explode=True, kind="string"),
    ),
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            409: Message,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

CREATE_WALLET: _Operation[Wallet] = _Operation(
    name="create_wallet",
    method="post",
    path="/user/{user}/wallet",
    result_type=Wallet,
    params=(_Param("user", "path", style="simple", explode=False, required=True, kind="string"),),
    body_encoding="json",
    body_model=WalletCreateRequest,
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            422: ValidationError,
        }
    ),
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

GET_WALLET: _Operation[Wallet] = _Operation(
    name="get_wallet",
    method="get",
    path="/user/{user}/wallet/{wallet}",
    result_type=Wallet,
    params=(
        _Param("user", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("wallet", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            404: Message,
            409: Message,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

UPDATE_WALLET: _Operation[Wallet] = _Operation(
    name="update_wallet",
    method="post",
    path="/user/{user}/wallet/{wallet}",
    result_type=Wallet,
    params=(
        _Param("user", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("wallet", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    body_encoding="json",
    body_model=WalletUpdateRequest,
    unwrap="data",
    errors=_adapters(
        {
            401: ErrorMessage,
            403: Message,
            404: Message,
            422: ValidationError,
        }
    ),
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)
