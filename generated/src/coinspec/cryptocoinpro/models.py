"""Models of specs/cryptocoinpro.yaml, by datamodel-code-generator; do not edit."""

from typing import TYPE_CHECKING, Literal, TypeAlias

from coinspec._core.types import OpenStrEnum

from pydantic import Field, StrictInt
from typing import Annotated
from coinspec._core.model import Model
from enum import IntEnum, StrEnum
from uuid import UUID
from datetime import date as date_aliased
from coinspec._core.types import AwareDatetime, Decimal, DecimalText, Upload
from coinspec._core.root_model import RootModel


class ValidationErrorFields(RootModel[dict[str, list[str] | str]]):
    """
    Field name -> list of messages, or a single message string.
    """

    root: dict[str, list[str] | str]


class ErrorMessage(Model):
    """
    Error body `{error: ...}` (authentication failures, and some 403/412/423 errors).

    Attributes:
        error: The error message.
    """

    error: Annotated[str, Field(description="The error message.")]


class Message(Model):
    """
    Body carrying only a `message`: used both for errors
    (403/404/409/410/412/421/423/425...) and for plain success confirmations.

    Attributes:
        message: The message.
    """

    message: Annotated[str, Field(description="The message.")]


class MessageEnvelope(Model):
    """
    `{data: {message}}` envelope returned by the password-reset endpoints.
    """

    data: Message


class ApprovalStatus(OpenStrEnum):
    """
    Status of a bank account, card or wallet. Responses use upper case; the list filters
    use lower case (`ApprovalStatusFilter`).
    """

    CONFIRMED = "CONFIRMED"
    REJECTED = "REJECTED"
    PENDING = "PENDING"


if TYPE_CHECKING:
    _ApprovalStatusValue: TypeAlias = ApprovalStatus | Literal["CONFIRMED", "REJECTED", "PENDING"]
else:
    _ApprovalStatusValue = ApprovalStatus


class ApprovalStatusFilter(StrEnum):
    """
    Status filter of the bank, card and wallet lists.
    """

    CONFIRMED = "confirmed"
    REJECTED = "rejected"
    PENDING = "pending"


if TYPE_CHECKING:
    _ApprovalStatusFilterValue: TypeAlias = (
        ApprovalStatusFilter | Literal["confirmed", "rejected", "pending"]
    )
else:
    _ApprovalStatusFilterValue = ApprovalStatusFilter


class AssetType(OpenStrEnum):
    """
    Kind of asset.
    """

    COIN = "coin"
    TOKEN = "token"


if TYPE_CHECKING:
    _AssetTypeValue: TypeAlias = AssetType | Literal["coin", "token"]
else:
    _AssetTypeValue = AssetType


class OperationName(OpenStrEnum):
    """
    Name of an order/quote operation.
    """

    DEPOSIT = "deposit"
    BUY_WITH_FIAT = "buy_with_fiat"
    BUY_WITH_CRYPTO = "buy_with_crypto"
    SELL_TO_FIAT = "sell_to_fiat"
    SELL_TO_CRYPTO = "sell_to_crypto"
    WITHDRAW = "withdraw"
    WITHDRAW_ICO = "withdrawIco"


if TYPE_CHECKING:
    _OperationNameValue: TypeAlias = (
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
    )
else:
    _OperationNameValue = OperationName


class OrderStatus(OpenStrEnum):
    """
    Order status.
    """

    APPROVED = "APPROVED"
    REJECTED = "REJECTED"
    PROCESSING_PAYMENT = "PROCESSING_PAYMENT"
    PAYMENT_WAITING = "PAYMENT_WAITING"


if TYPE_CHECKING:
    _OrderStatusValue: TypeAlias = (
        OrderStatus | Literal["APPROVED", "REJECTED", "PROCESSING_PAYMENT", "PAYMENT_WAITING"]
    )
else:
    _OrderStatusValue = OrderStatus


class OrderDirection(OpenStrEnum):
    """
    Direction of an order (`typeOperation`).
    """

    IN = "in"
    OUT = "out"


if TYPE_CHECKING:
    _OrderDirectionValue: TypeAlias = OrderDirection | Literal["in", "out"]
else:
    _OrderDirectionValue = OrderDirection


class QuoteStatus(OpenStrEnum):
    """
    Quote status.
    """

    AVAILABLE = "available"
    COMPLETED = "completed"
    EXPIRED = "expired"


if TYPE_CHECKING:
    _QuoteStatusValue: TypeAlias = QuoteStatus | Literal["available", "completed", "expired"]
else:
    _QuoteStatusValue = QuoteStatus


class CheckoutStatus(OpenStrEnum):
    """
    Checkout status: created, processing, finished or expired (the list filter names the
    first three as its values).
    """

    CREATED = "created"
    PROCESSING = "processing"
    FINISHED = "finished"
    EXPIRED = "expired"


if TYPE_CHECKING:
    _CheckoutStatusValue: TypeAlias = (
        CheckoutStatus | Literal["created", "processing", "finished", "expired"]
    )
else:
    _CheckoutStatusValue = CheckoutStatus


class TransferStatus(OpenStrEnum):
    """
    Transfer status.
    """

    PENDING = "pending"
    COMPLETED = "completed"


if TYPE_CHECKING:
    _TransferStatusValue: TypeAlias = TransferStatus | Literal["pending", "completed"]
else:
    _TransferStatusValue = TransferStatus


class TransferAction(StrEnum):
    """
    Direction of a transfer request.
    """

    SEND = "send"
    RECEIVE = "receive"


if TYPE_CHECKING:
    _TransferActionValue: TypeAlias = TransferAction | Literal["send", "receive"]
else:
    _TransferActionValue = TransferAction


class KycStatus(OpenStrEnum):
    """
    Review status of a KYC section.
    """

    NOT_COMPLETED = "NOT COMPLETED"
    PENDING = "PENDING"
    ACCEPTED = "ACCEPTED"
    APPROVED = "APPROVED"


if TYPE_CHECKING:
    _KycStatusValue: TypeAlias = (
        KycStatus | Literal["NOT COMPLETED", "PENDING", "ACCEPTED", "APPROVED"]
    )
else:
    _KycStatusValue = KycStatus


class KycDocumentType(StrEnum):
    """
    KYC document slot.
    """

    GOVERNMENT_ID_FRONT = "governmentIdFront"
    GOVERNMENT_ID_BACK = "governmentIdBack"
    PASSPORT = "passport"
    SELFIE_WITH_ID = "selfieWithId"
    UTILITY_BILL = "utilityBill"


if TYPE_CHECKING:
    _KycDocumentTypeValue: TypeAlias = (
        KycDocumentType
        | Literal[
            "governmentIdFront", "governmentIdBack", "passport", "selfieWithId", "utilityBill"
        ]
    )
else:
    _KycDocumentTypeValue = KycDocumentType


class EddTransactionsPurpose(StrEnum):
    """
    EDD purpose of the transactions.
    """

    REMITTANCES = "remittances"
    PAYMENTS = "payments"
    INVESTMENTS = "investments"
    SAVINGS = "savings"
    OTHER = "other"


if TYPE_CHECKING:
    _EddTransactionsPurposeValue: TypeAlias = (
        EddTransactionsPurpose
        | Literal["remittances", "payments", "investments", "savings", "other"]
    )
else:
    _EddTransactionsPurposeValue = EddTransactionsPurpose


class EddFundsSource(StrEnum):
    """
    EDD source of funds.
    """

    CREDIT_DEBIT_CARD = "credit_debit_card"
    E_WALLET = "e_wallet"
    BANK_ACCOUNT = "bank_account"
    MINING_WALLET = "mining_wallet"
    OTHER = "other"


if TYPE_CHECKING:
    _EddFundsSourceValue: TypeAlias = (
        EddFundsSource
        | Literal["credit_debit_card", "e_wallet", "bank_account", "mining_wallet", "other"]
    )
else:
    _EddFundsSourceValue = EddFundsSource


class EddFundsOrigin(StrEnum):
    """
    EDD origin of funds.
    """

    PAYROLL_FUNDS = "payroll_funds"
    DIVIDENDS_OF_BUSINESS = "dividends_of_business"
    PERSONAL_SAVINGS = "personal_savings"
    PROCEEDS_OF_INVESTMENTS = "proceeds_of_investments"
    PROCEEDS_OF_MINING = "proceeds_of_mining"
    OTHER = "other"


if TYPE_CHECKING:
    _EddFundsOriginValue: TypeAlias = (
        EddFundsOrigin
        | Literal[
            "payroll_funds",
            "dividends_of_business",
            "personal_savings",
            "proceeds_of_investments",
            "proceeds_of_mining",
            "other",
        ]
    )
else:
    _EddFundsOriginValue = EddFundsOrigin


class DepositDestination(OpenStrEnum):
    """
    Destination of a deposit address.
    """

    BROKER = "broker"
    CHECKOUT = "checkout"


if TYPE_CHECKING:
    _DepositDestinationValue: TypeAlias = DepositDestination | Literal["broker", "checkout"]
else:
    _DepositDestinationValue = DepositDestination


class PaymentType(StrEnum):
    """
    Payment type of a new quote.
    """

    BANK = "bank"
    CARD = "card"


if TYPE_CHECKING:
    _PaymentTypeValue: TypeAlias = PaymentType | Literal["bank", "card"]
else:
    _PaymentTypeValue = PaymentType


class IenType(OpenStrEnum):
    """
    Instant event notification (IEN) signing type of a platform.
    """

    JWT = "jwt"
    HMAC = "hmac"


if TYPE_CHECKING:
    _IenTypeValue: TypeAlias = IenType | Literal["jwt", "hmac"]
else:
    _IenTypeValue = IenType


class QuoteOrderType(StrEnum):
    """
    Operation of a new quote.
    """

    BUY_WITH_CRYPTO = "buy_with_crypto"
    BUY_WITH_FIAT = "buy_with_fiat"
    SELL_TO_CRYPTO = "sell_to_crypto"
    SELL_TO_FIAT = "sell_to_fiat"
    WITHDRAW = "withdraw"
    WITHDRAW_ICO = "withdrawIco"


if TYPE_CHECKING:
    _QuoteOrderTypeValue: TypeAlias = (
        QuoteOrderType
        | Literal[
            "buy_with_crypto",
            "buy_with_fiat",
            "sell_to_crypto",
            "sell_to_fiat",
            "withdraw",
            "withdrawIco",
        ]
    )
else:
    _QuoteOrderTypeValue = QuoteOrderType


class SecondOrderType(StrEnum):
    """
    Operation that follows a buy.
    """

    WITHDRAW = "withdraw"
    WITHDRAW_ICO = "withdrawIco"


if TYPE_CHECKING:
    _SecondOrderTypeValue: TypeAlias = SecondOrderType | Literal["withdraw", "withdrawIco"]
else:
    _SecondOrderTypeValue = SecondOrderType


class HistoryPeriod(StrEnum):
    """
    Rate history period.
    """

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    SEMESTER = "semester"
    YEAR = "year"


if TYPE_CHECKING:
    _HistoryPeriodValue: TypeAlias = (
        HistoryPeriod | Literal["day", "week", "month", "quarter", "semester", "year"]
    )
else:
    _HistoryPeriodValue = HistoryPeriod


class NotificationReadFilter(StrEnum):
    """
    Read-state filter of temporary notifications.
    """

    READ = "read"
    UNREAD = "unread"


if TYPE_CHECKING:
    _NotificationReadFilterValue: TypeAlias = NotificationReadFilter | Literal["read", "unread"]
else:
    _NotificationReadFilterValue = NotificationReadFilter


class AuthenticateRequest(Model):
    """
    Credentials of `authenticate`.

    Attributes:
        email: The user email - (email|max:191).
        password: The user password - (max:191).
    """

    email: Annotated[str, Field(description="The user email - (email|max:191).", max_length=191)]
    password: Annotated[str, Field(description="The user password - (max:191).", max_length=191)]


class AuthToken(Model):
    """
    An access token; send `id` as `Authorization: Bearer <id>`.

    Attributes:
        id: The access token.
        ttl: Lifetime of the token in seconds.
        created: Creation time (ISO 8601).
        user_id: ID of the authenticated user.
    """

    id: Annotated[str, Field(description="The access token.")]
    ttl: Annotated[StrictInt, Field(description="Lifetime of the token in seconds.")]
    created: Annotated[AwareDatetime, Field(description="Creation time (ISO 8601).")]
    user_id: Annotated[str, Field(alias="userId", description="ID of the authenticated user.")]


class AuthTokenEnvelope(Model):
    """
    `{data: AuthToken}`.
    """

    data: AuthToken


class LogoutResult(Model):
    """
    Result of `logout`.

    Attributes:
        logout: True when the tokens were destroyed.
    """

    logout: Annotated[bool, Field(description="True when the tokens were destroyed.")]


class LogoutResultEnvelope(Model):
    """
    `{data: LogoutResult}`.
    """

    data: LogoutResult


class BankAccount(Model):
    """
    A user bank account.

    Attributes:
        id: Bank account ID (UUID).
        bank_name: The bank name.
        iban: The bank IBAN.
        swift: The bank SWIFT code, as the service returns it (not checked against the
            create rule between:8,11).
        currency: ISO currency code.
        created_at: Unix timestamp (seconds).
    """

    id: Annotated[str, Field(description="Bank account ID (UUID).")]
    status: _ApprovalStatusValue
    bank_name: Annotated[str, Field(alias="bankName", description="The bank name.")]
    iban: Annotated[str, Field(description="The bank IBAN.")]
    swift: Annotated[
        str,
        Field(
            description="The bank SWIFT code, as the service returns it (not checked against the create rule between:8,11)."
        ),
    ]
    currency: Annotated[str, Field(description="ISO currency code.")]
    created_at: Annotated[
        StrictInt, Field(alias="createdAt", description="Unix timestamp (seconds).")
    ]


class BankAccountEnvelope(Model):
    """
    `{data: BankAccount}`.
    """

    data: BankAccount


class BankAccountList(Model):
    """
    `{data: [BankAccount]}`.
    """

    data: list[BankAccount]


class BankAccountCreateRequest(Model):
    """
    Body of `create_bank`.

    Attributes:
        bank_name: The bank name - (max:191).
        iban: The bank IBAN - (max:191|alpha_num|unique).
        swift: The bank Swift code - (alpha_num|between:8,11).
        currency: The bank ISO currency code - (alpha_num|isoCurrencyCode).
    """

    bank_name: Annotated[
        str, Field(alias="bankName", description="The bank name - (max:191).", max_length=191)
    ]
    iban: Annotated[
        str,
        Field(
            description="The bank IBAN - (max:191|alpha_num|unique).",
            max_length=191,
            pattern="^[A-Za-z0-9]+$",
        ),
    ]
    swift: Annotated[
        str,
        Field(
            description="The bank Swift code - (alpha_num|between:8,11).",
            max_length=11,
            min_length=8,
            pattern="^[A-Za-z0-9]+$",
        ),
    ]
    currency: Annotated[
        str,
        Field(
            description="The bank ISO currency code - (alpha_num|isoCurrencyCode).",
            pattern="^[A-Z]{3}$",
        ),
    ]


class Card(Model):
    """
    A user payment card.

    Attributes:
        id: Card ID (UUID).
        alias: The card custom alias.
        holder_name: The card holder name.
        expiration_date: Expiration date, `mm/yy`.
        last_four_digits: The card last 4 digits.
        card_image1: ID of the uploaded card image (a numeric string).
        card_image2: ID of the uploaded image of the user holding the card (a numeric
            string).
        created_at: Unix timestamp (seconds).
    """

    id: Annotated[str, Field(description="Card ID (UUID).")]
    status: _ApprovalStatusValue
    alias: Annotated[str, Field(description="The card custom alias.")]
    holder_name: Annotated[str, Field(alias="holderName", description="The card holder name.")]
    expiration_date: Annotated[
        str, Field(alias="expirationDate", description="Expiration date, `mm/yy`.")
    ]
    last_four_digits: Annotated[
        str, Field(alias="lastFourDigits", description="The card last 4 digits.")
    ]
    card_image1: Annotated[
        str,
        Field(alias="cardImage1", description="ID of the uploaded card image (a numeric string)."),
    ]
    card_image2: Annotated[
        str,
        Field(
            alias="cardImage2",
            description="ID of the uploaded image of the user holding the card (a numeric string).",
        ),
    ]
    created_at: Annotated[
        StrictInt, Field(alias="createdAt", description="Unix timestamp (seconds).")
    ]


class CardEnvelope(Model):
    """
    `{data: Card}`.
    """

    data: Card


class CardList(Model):
    """
    `{data: [Card]}`.
    """

    data: list[Card]


class UserOptions(Model):
    """
    User interface options.

    Attributes:
        language: Language code.
        theme: UI theme (light/dark).
    """

    language: Annotated[str, Field(description="Language code.")]
    theme: Annotated[str, Field(description="UI theme (light/dark).")]


class UserMeta(Model):
    """
    User metadata.

    Attributes:
        source: Where the account was created (web, api...).
        password_set: Whether the user has set a password.
    """

    source: Annotated[str, Field(description="Where the account was created (web, api...).")]
    password_set: Annotated[
        bool, Field(alias="passwordSet", description="Whether the user has set a password.")
    ]


class UserSummary(Model):
    """
    A user as embedded in checkouts, platform orders and platform quotes (identifier in
    `id`; the user endpoints call it `uuid`, see `UserAccount`).

    Attributes:
        id: User ID (UUID).
        is_active: Whether the account is active.
        trade_status: Whether the user may trade.
        email: User email.
        self_deleted_at: When the user asked for self deletion, or null.
        created_at: Unix timestamp (seconds).
    """

    id: Annotated[str, Field(description="User ID (UUID).")]
    is_active: Annotated[
        bool, Field(alias="isActive", description="Whether the account is active.")
    ]
    trade_status: Annotated[
        bool, Field(alias="tradeStatus", description="Whether the user may trade.")
    ]
    email: Annotated[str, Field(description="User email.")]
    options: UserOptions
    meta: UserMeta
    self_deleted_at: Annotated[
        StrictInt | None,
        Field(alias="selfDeletedAt", description="When the user asked for self deletion, or null."),
    ]
    created_at: Annotated[
        StrictInt, Field(alias="createdAt", description="Unix timestamp (seconds).")
    ]


class ExternalPlatform(Model):
    """
    The external platform an object came through; all fields null when none.

    Attributes:
        code: Platform code.
        name: Platform name.
        url: Platform URL.
    """

    code: Annotated[str | None, Field(description="Platform code.")]
    name: Annotated[str | None, Field(description="Platform name.")]
    url: Annotated[str | None, Field(description="Platform URL.")]


class ObjectRef(Model):
    """
    Reference to a related order, quote or transfer; both fields null when there is
    none.

    Attributes:
        id: ID (UUID) or null.
        public_id: Public (short) ID or null.
    """

    id: Annotated[str | None, Field(description="ID (UUID) or null.")]
    public_id: Annotated[
        str | None, Field(alias="publicId", description="Public (short) ID or null.")
    ]


class AttemptsQuote(Model):
    """
    How many quotes were attempted in a checkout, and the limit.

    Attributes:
        count: Attempts so far.
        limit: Maximum attempts.
    """

    count: Annotated[StrictInt, Field(description="Attempts so far.")]
    limit: Annotated[StrictInt, Field(description="Maximum attempts.")]


class Checkout(Model):
    """
    A checkout session.

    Attributes:
        id: Checkout ID (UUID).
        public_id: Public ID.
        step: Current checkout step (kyc, account-details, thank-you...).
        request_id: The platform's request ID: a string, not always a UUID.
        payment_type: Payment type (bank, card...).
        ip: Client IP; null or empty string when unknown.
        url: Checkout URL (not checked as a URI).
        redirect_url: Where the user is sent at the end.
        ping_url: URL pinged on status changes.
        expired_at: Expiry time, Unix timestamp (seconds).
        created_at: Unix timestamp (seconds).
    """

    id: Annotated[str, Field(description="Checkout ID (UUID).")]
    public_id: Annotated[str, Field(alias="publicId", description="Public ID.")]
    status: _CheckoutStatusValue
    step: Annotated[
        str, Field(description="Current checkout step (kyc, account-details, thank-you...).")
    ]
    attempts_quote: Annotated[AttemptsQuote, Field(alias="attemptsQuote")]
    request_id: Annotated[
        str,
        Field(
            alias="requestId", description="The platform's request ID: a string, not always a UUID."
        ),
    ]
    payment_type: Annotated[
        str, Field(alias="paymentType", description="Payment type (bank, card...).")
    ]
    ip: Annotated[str | None, Field(description="Client IP; null or empty string when unknown.")]
    url: Annotated[str | None, Field(description="Checkout URL (not checked as a URI).")]
    redirect_url: Annotated[
        str | None, Field(alias="redirectUrl", description="Where the user is sent at the end.")
    ] = None
    ping_url: Annotated[
        str | None, Field(alias="pingUrl", description="URL pinged on status changes.")
    ] = None
    user: UserSummary | None = None
    external_platform: Annotated[ExternalPlatform | None, Field(alias="externalPlatform")] = None
    expired_at: Annotated[
        StrictInt, Field(alias="expiredAt", description="Expiry time, Unix timestamp (seconds).")
    ]
    created_at: Annotated[
        StrictInt, Field(alias="createdAt", description="Unix timestamp (seconds).")
    ]


class CheckoutEnvelope(Model):
    """
    `{data: Checkout}`.
    """

    data: Checkout


class CheckoutList(Model):
    """
    `{data: [Checkout]}`.
    """

    data: list[Checkout]


class Country(Model):
    """
    A country.

    Attributes:
        code: ISO 3166-1 alpha-2 code.
        name: Country name.
        phone_code: International dialling code (0 when none).
    """

    code: Annotated[str, Field(description="ISO 3166-1 alpha-2 code.")]
    name: Annotated[str, Field(description="Country name.")]
    phone_code: Annotated[
        StrictInt,
        Field(alias="phoneCode", description="International dialling code (0 when none)."),
    ]


class CountryList(Model):
    """
    `{data: [Country]}`.
    """

    data: list[Country]


class AssetChain(Model):
    """
    The chain an asset lives on.

    Attributes:
        name: Chain name.
        symbol: Chain symbol.
    """

    name: Annotated[str, Field(description="Chain name.")]
    symbol: Annotated[str, Field(description="Chain symbol.")]


class SecondOperationSettings(Model):
    """
    Settings of an operation that may follow another one.

    Attributes:
        mandatory: Whether the second operation is mandatory.
    """

    mandatory: Annotated[bool, Field(description="Whether the second operation is mandatory.")]


class SecondOperationEntry(RootModel[dict[str, SecondOperationSettings]]):
    """
    One follow-up operation: a single key, the operation name (e.g. `withdraw`), mapping
    to its settings.
    """

    root: Annotated[dict[str, SecondOperationSettings], Field(max_length=1, min_length=1)]


class OrderPayment(Model):
    """
    Payment details of an order.

    Attributes:
        method: Payment method (bank, card...) or null.
        id: ID of the payment method (UUID) or null.
        url: Payment (confirmation) URL or null (not checked as a URI).
        fee_percent: Payment fee percent, a decimal string or a JSON number.
        proof_uploaded: Whether a proof of payment was uploaded, or null.
    """

    method: Annotated[str | None, Field(description="Payment method (bank, card...) or null.")]
    id: Annotated[str | None, Field(description="ID of the payment method (UUID) or null.")]
    url: Annotated[
        str | None, Field(description="Payment (confirmation) URL or null (not checked as a URI).")
    ]
    fee_percent: Annotated[
        Decimal,
        Field(
            alias="feePercent",
            description="Payment fee percent, a decimal string or a JSON number.",
        ),
    ]
    proof_uploaded: Annotated[
        bool | None,
        Field(
            alias="proofUploaded", description="Whether a proof of payment was uploaded, or null."
        ),
    ]


class QuotePayment(Model):
    """
    Payment details of a quote.

    Attributes:
        type: Payment type (bank, card...).
        id: Payment method ID (UUID) or null.
        mandatory: Whether the payment method is mandatory.
    """

    type: Annotated[str, Field(description="Payment type (bank, card...).")]
    id: Annotated[str | None, Field(description="Payment method ID (UUID) or null.")]
    mandatory: Annotated[
        bool | None, Field(description="Whether the payment method is mandatory.")
    ] = None


class QuoteConfirmRequest(Model):
    """
    Body of `confirm_quote`.

    Attributes:
        order_payment_method: The payment id, required only if no payment method
            provided at quote create - (in:$user->paymentMethods).
    """

    order_payment_method: Annotated[
        UUID | None,
        Field(
            alias="orderPaymentMethod",
            description="The payment id, required only if no payment method provided at quote create - (in:$user->paymentMethods).",
        ),
    ] = None


class DepositAddressRequest(Model):
    """
    Body of `get_deposit_address`.

    Attributes:
        asset: The asset symbol - (in:assets->symbol).
        destination: The address destination - (in:broker,checkout).
    """

    asset: Annotated[str, Field(description="The asset symbol - (in:assets->symbol).")]
    destination: Annotated[
        _DepositDestinationValue | None,
        Field(description="The address destination - (in:broker,checkout)."),
    ] = None


class DepositAddress(Model):
    """
    A deposit address.

    Attributes:
        id: Address ID (UUID).
        address: The address.
        type: Address type (e.g. cold).
        status: Address status (e.g. enabled).
        chain: Chain symbol.
        created_at: Unix timestamp (seconds).
    """

    id: Annotated[str, Field(description="Address ID (UUID).")]
    address: Annotated[str, Field(description="The address.")]
    type: Annotated[str, Field(description="Address type (e.g. cold).")]
    destination: _DepositDestinationValue
    status: Annotated[str, Field(description="Address status (e.g. enabled).")]
    chain: Annotated[str, Field(description="Chain symbol.")]
    created_at: Annotated[
        StrictInt, Field(alias="createdAt", description="Unix timestamp (seconds).")
    ]


class DepositAddressEnvelope(Model):
    """
    `{data: DepositAddress}`.
    """

    data: DepositAddress


class KycLinks(Model):
    """
    Signed links to the hosted KYC pages; empty string when not available (not checked
    as URIs).

    Attributes:
        address: Address page link.
        documents: Documents page link.
        video: Video page link.
        enhanced_due_diligence: EDD page link.
    """

    address: Annotated[str, Field(description="Address page link.")]
    documents: Annotated[str, Field(description="Documents page link.")]
    video: Annotated[str, Field(description="Video page link.")]
    enhanced_due_diligence: Annotated[
        str, Field(alias="enhancedDueDiligence", description="EDD page link.")
    ]


class KycPhone(Model):
    """
    Phone section of the KYC.

    Attributes:
        required: Whether the section is required.
        number: Phone number.
        is_verified: Whether the number is verified.
    """

    required: Annotated[bool, Field(description="Whether the section is required.")]
    number: Annotated[str, Field(description="Phone number.")]
    is_verified: Annotated[
        bool, Field(alias="isVerified", description="Whether the number is verified.")
    ]


class RejectReason(Model):
    """
    Why a KYC item was rejected.

    Attributes:
        code: Reason code.
        message: Reason text.
    """

    code: Annotated[str, Field(description="Reason code.")]
    message: Annotated[str, Field(description="Reason text.")]


class KycRejectReasons(RootModel[dict[str, RejectReason]]):
    """
    Field name -> reject reason.
    """

    root: dict[str, RejectReason]


class KycPersonal(Model):
    """
    Personal data section of the KYC.

    Attributes:
        required: Whether the section is required.
        first_name: First name.
        last_name: Last name.
        date_of_birth: Date of birth, Unix timestamp (seconds).
    """

    required: Annotated[bool, Field(description="Whether the section is required.")]
    status: _KycStatusValue
    reject_reason: Annotated[KycRejectReasons | None, Field(alias="rejectReason")] = None
    first_name: Annotated[str, Field(alias="firstName", description="First name.")]
    last_name: Annotated[str, Field(alias="lastName", description="Last name.")]
    date_of_birth: Annotated[
        StrictInt,
        Field(alias="dateOfBirth", description="Date of birth, Unix timestamp (seconds)."),
    ]


class KycAddress(Model):
    """
    Address section of the KYC.

    Attributes:
        required: Whether the section is required.
        email_sent: Whether the reminder email was sent.
        country: Country ISO code or null.
        city: City (empty string when not given).
        zip: Zip code or null.
        street: Street (empty string when not given).
    """

    required: Annotated[bool, Field(description="Whether the section is required.")]
    email_sent: Annotated[
        bool | None, Field(alias="emailSent", description="Whether the reminder email was sent.")
    ] = None
    status: _KycStatusValue
    reject_reason: Annotated[KycRejectReasons | None, Field(alias="rejectReason")] = None
    country: Annotated[str | None, Field(description="Country ISO code or null.")]
    city: Annotated[str, Field(description="City (empty string when not given).")]
    zip: Annotated[str | None, Field(description="Zip code or null.")]
    street: Annotated[str, Field(description="Street (empty string when not given).")]


class KycDocument(Model):
    """
    One KYC document.

    Attributes:
        url: Document URL, or null when none was uploaded (not checked as a URI).
    """

    status: _KycStatusValue
    reject_reason: Annotated[RejectReason | None, Field(alias="rejectReason")] = None
    url: Annotated[
        str | None,
        Field(description="Document URL, or null when none was uploaded (not checked as a URI)."),
    ]


class KycDocuments(Model):
    """
    Documents section of the KYC.

    Attributes:
        required: Whether the section is required.
        email_sent: Whether the reminder email was sent.
        extended_proof_of_funds: Extended proof of funds documents.
        temp_files: Temporary files.
    """

    required: Annotated[bool, Field(description="Whether the section is required.")]
    email_sent: Annotated[
        bool | None, Field(alias="emailSent", description="Whether the reminder email was sent.")
    ] = None
    government_id_front: Annotated[KycDocument, Field(alias="governmentIdFront")]
    government_id_back: Annotated[KycDocument, Field(alias="governmentIdBack")]
    passport: KycDocument
    utility_bill: Annotated[KycDocument, Field(alias="utilityBill")]
    selfie_with_id: Annotated[KycDocument, Field(alias="selfieWithId")]
    extended_proof_of_funds: Annotated[
        list[KycDocument],
        Field(alias="extendedProofOfFunds", description="Extended proof of funds documents."),
    ]
    temp_files: Annotated[
        list[KycDocument] | None, Field(alias="tempFiles", description="Temporary files.")
    ] = None


class KycVideo(Model):
    """
    Video identification section of the KYC.

    Attributes:
        required: Whether the section is required.
        email_sent: Whether the email was sent.
        status: Status, or null when never started.
        video_file: Video file URL or null.
        schedule_date: Scheduled date (`Y-m-d H:i:s`) or null.
        schedule_date_timezone: Time zone of the scheduled date or null.
        cancel_schedule_url: URL to cancel the schedule, or null.
        reschedule_url: URL to reschedule, or null.
    """

    required: Annotated[bool, Field(description="Whether the section is required.")]
    email_sent: Annotated[bool, Field(alias="emailSent", description="Whether the email was sent.")]
    status: Annotated[
        _KycStatusValue | None, Field(description="Status, or null when never started.")
    ]
    video_file: Annotated[
        str | None, Field(alias="videoFile", description="Video file URL or null.")
    ]
    schedule_date: Annotated[
        str | None,
        Field(alias="scheduleDate", description="Scheduled date (`Y-m-d H:i:s`) or null."),
    ]
    schedule_date_timezone: Annotated[
        str | None,
        Field(alias="scheduleDateTimezone", description="Time zone of the scheduled date or null."),
    ]
    cancel_schedule_url: Annotated[
        str | None,
        Field(alias="cancelScheduleUrl", description="URL to cancel the schedule, or null."),
    ]
    reschedule_url: Annotated[
        str | None, Field(alias="rescheduleUrl", description="URL to reschedule, or null.")
    ]


class EddOptions(Model):
    """
    Values accepted by the EDD form.

    Attributes:
        transactions_purpose: Purposes.
        transactions_nature_value: Value ranges (index 1..5 in the request).
        transactions_nature_frequency: Frequency ranges (index 1..5 in the request).
        funds_source: Sources of funds.
        funds_origin: Origins of funds.
    """

    transactions_purpose: Annotated[
        list[str], Field(alias="transactionsPurpose", description="Purposes.")
    ]
    transactions_nature_value: Annotated[
        list[str],
        Field(
            alias="transactionsNatureValue", description="Value ranges (index 1..5 in the request)."
        ),
    ]
    transactions_nature_frequency: Annotated[
        list[str],
        Field(
            alias="transactionsNatureFrequency",
            description="Frequency ranges (index 1..5 in the request).",
        ),
    ]
    funds_source: Annotated[list[str], Field(alias="fundsSource", description="Sources of funds.")]
    funds_origin: Annotated[list[str], Field(alias="fundsOrigin", description="Origins of funds.")]


class KycEdd(Model):
    """
    Enhanced due diligence section of the KYC. The KYC endpoints give
    `transactionsNatureValueField`/`transactionsNatureFrequencyField` (range labels),
    the user profile `transactionsNatureValue`/`transactionsNatureFrequency` plus
    `eddData`; all are optional.

    Attributes:
        required: Whether the section is required.
        email_sent: Whether the email was sent.
        status: Status, or null when never started.
        transactions_purpose: Purpose, or null.
        transactions_purpose_other: Other purpose, or null.
        transactions_nature_value_field: Value range label (e.g. `1 - 1000`).
        transactions_nature_frequency_field: Frequency range label (e.g. `6 - 10`).
        transactions_nature_value: Value range, or null.
        transactions_nature_frequency: Frequency range, or null.
        funds_source: Source of funds, or null.
        funds_source_other: Other source, or null.
        funds_source_file: Source proof file URL, or null.
        funds_origin: Origin of funds, or null.
        funds_origin_other: Other origin, or null.
        funds_origin_file: Origin proof file URL, or null.
        created_at: Submission time, Unix timestamp (seconds), or null.
    """

    required: Annotated[bool, Field(description="Whether the section is required.")]
    email_sent: Annotated[
        bool | None, Field(alias="emailSent", description="Whether the email was sent.")
    ] = None
    status: Annotated[
        _KycStatusValue | None, Field(description="Status, or null when never started.")
    ]
    edd_data: Annotated[EddOptions | None, Field(alias="eddData")] = None
    transactions_purpose: Annotated[
        str | None, Field(alias="transactionsPurpose", description="Purpose, or null.")
    ]
    transactions_purpose_other: Annotated[
        str | None, Field(alias="transactionsPurposeOther", description="Other purpose, or null.")
    ]
    transactions_nature_value_field: Annotated[
        str | None,
        Field(
            alias="transactionsNatureValueField", description="Value range label (e.g. `1 - 1000`)."
        ),
    ] = None
    transactions_nature_frequency_field: Annotated[
        str | None,
        Field(
            alias="transactionsNatureFrequencyField",
            description="Frequency range label (e.g. `6 - 10`).",
        ),
    ] = None
    transactions_nature_value: Annotated[
        str | StrictInt | None,
        Field(alias="transactionsNatureValue", description="Value range, or null."),
    ] = None
    transactions_nature_frequency: Annotated[
        str | StrictInt | None,
        Field(alias="transactionsNatureFrequency", description="Frequency range, or null."),
    ] = None
    funds_source: Annotated[
        str | None, Field(alias="fundsSource", description="Source of funds, or null.")
    ]
    funds_source_other: Annotated[
        str | None, Field(alias="fundsSourceOther", description="Other source, or null.")
    ]
    funds_source_file: Annotated[
        str | None, Field(alias="fundsSourceFile", description="Source proof file URL, or null.")
    ]
    funds_origin: Annotated[
        str | None, Field(alias="fundsOrigin", description="Origin of funds, or null.")
    ]
    funds_origin_other: Annotated[
        str | None, Field(alias="fundsOriginOther", description="Other origin, or null.")
    ]
    funds_origin_file: Annotated[
        str | None, Field(alias="fundsOriginFile", description="Origin proof file URL, or null.")
    ]
    created_at: Annotated[
        StrictInt | None,
        Field(alias="createdAt", description="Submission time, Unix timestamp (seconds), or null."),
    ]


class PhoneVerification(Model):
    """
    The user's phone and its verification state.

    Attributes:
        phone: Phone number.
        status: Verification status: 0 unverified, 1 verified.
        created_at: Unix timestamp (seconds).
    """

    phone: Annotated[str, Field(description="Phone number.")]
    status: Annotated[
        StrictInt, Field(description="Verification status: 0 unverified, 1 verified.")
    ]
    created_at: Annotated[
        StrictInt, Field(alias="createdAt", description="Unix timestamp (seconds).")
    ]


class PhoneVerificationEnvelope(Model):
    """
    `{data: PhoneVerification}`.
    """

    data: PhoneVerification


class EddTransactionsNatureValue(IntEnum):
    """
    The user edd transaction nature value - (in:1,2,3,4,5).
    """

    INTEGER_1 = 1
    INTEGER_2 = 2
    INTEGER_3 = 3
    INTEGER_4 = 4
    INTEGER_5 = 5


if TYPE_CHECKING:
    _EddTransactionsNatureValueValue: TypeAlias = (
        EddTransactionsNatureValue | Literal[1, 2, 3, 4, 5]
    )
else:
    _EddTransactionsNatureValueValue = EddTransactionsNatureValue


class EddTransactionsNatureFrequency(IntEnum):
    """
    The user edd transaction nature frequency - (in:1,2,3,4,5).
    """

    INTEGER_1 = 1
    INTEGER_2 = 2
    INTEGER_3 = 3
    INTEGER_4 = 4
    INTEGER_5 = 5


if TYPE_CHECKING:
    _EddTransactionsNatureFrequencyValue: TypeAlias = (
        EddTransactionsNatureFrequency | Literal[1, 2, 3, 4, 5]
    )
else:
    _EddTransactionsNatureFrequencyValue = EddTransactionsNatureFrequency


class KycPersonalDataRequest(Model):
    """
    Body of `create_kyc_personal_data`.

    Attributes:
        first_name: The user first name - (alpha_space|max:191): letters and spaces
            (Unicode letters; not expressed as a pattern).
        last_name: The user last name - (alpha_space|max:191): letters and spaces
            (Unicode letters; not expressed as a pattern).
        date_of_birth: The user date of birth, must be minimum 18 years -
            (date_format:Y-m-d|before_or_equal:now()->subYears(18)->format('Y-m-d')).
    """

    first_name: Annotated[
        str,
        Field(
            alias="firstName",
            description="The user first name - (alpha_space|max:191): letters and spaces (Unicode letters; not expressed as a pattern).",
            max_length=191,
        ),
    ]
    last_name: Annotated[
        str,
        Field(
            alias="lastName",
            description="The user last name - (alpha_space|max:191): letters and spaces (Unicode letters; not expressed as a pattern).",
            max_length=191,
        ),
    ]
    date_of_birth: Annotated[
        date_aliased,
        Field(
            alias="dateOfBirth",
            description="The user date of birth, must be minimum 18 years - (date_format:Y-m-d|before_or_equal:now()->subYears(18)->format('Y-m-d')).",
        ),
    ]


class KycVideoRequest(Model):
    """
    Body of `create_kyc_video`: the date of the video identification call (no file is
    uploaded).

    Attributes:
        date: The scheduled KYC Video date - (date_format:Y-m-d
            H:i:s|after_or_equal:now).
    """

    date: Annotated[
        str,
        Field(
            description="The scheduled KYC Video date - (date_format:Y-m-d H:i:s|after_or_equal:now).",
            pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
        ),
    ]


class TransactionsNatureValue(IntEnum):
    """
    The user edd transaction nature value - (in:1,2,3,4,5).
    """

    INTEGER_1 = 1
    INTEGER_2 = 2
    INTEGER_3 = 3
    INTEGER_4 = 4
    INTEGER_5 = 5


if TYPE_CHECKING:
    _TransactionsNatureValueValue: TypeAlias = TransactionsNatureValue | Literal[1, 2, 3, 4, 5]
else:
    _TransactionsNatureValueValue = TransactionsNatureValue


class TransactionsNatureFrequency(IntEnum):
    """
    The user edd transaction nature frequency - (in:1,2,3,4,5).
    """

    INTEGER_1 = 1
    INTEGER_2 = 2
    INTEGER_3 = 3
    INTEGER_4 = 4
    INTEGER_5 = 5


if TYPE_CHECKING:
    _TransactionsNatureFrequencyValue: TypeAlias = (
        TransactionsNatureFrequency | Literal[1, 2, 3, 4, 5]
    )
else:
    _TransactionsNatureFrequencyValue = TransactionsNatureFrequency


class PhoneAddRequest(Model):
    """
    Body of `add_kyc_phone`.

    Attributes:
        phone: The user phone number - (numeric|digits_between:7,15).
    """

    phone: Annotated[
        str,
        Field(
            description="The user phone number - (numeric|digits_between:7,15).",
            pattern="^[0-9]{7,15}$",
        ),
    ]


class PhoneVerifyRequest(Model):
    """
    Body of `verify_kyc_phone`.

    Attributes:
        code: The user phone SMS code - (in:user->codeSms).
    """

    code: Annotated[str, Field(description="The user phone SMS code - (in:user->codeSms).")]


class PermanentNotification(Model):
    """
    A permanent (state) notification.

    Attributes:
        type: Always `permanently`.
        category: Category (notification, user, kyc, quote, order, wallet, card,
            bank...).
        code: Notification code.
        message: Notification text.
    """

    type: Annotated[str, Field(description="Always `permanently`.")]
    category: Annotated[
        str,
        Field(
            description="Category (notification, user, kyc, quote, order, wallet, card, bank...)."
        ),
    ]
    code: Annotated[str, Field(description="Notification code.")]
    message: Annotated[str, Field(description="Notification text.")]


class CountMeta(Model):
    """
    Count of a list.

    Attributes:
        total: Total number of items.
    """

    total: Annotated[StrictInt, Field(description="Total number of items.")]


class PermanentNotificationList(Model):
    """
    `{data: [PermanentNotification], meta}`.
    """

    data: list[PermanentNotification]
    meta: CountMeta


class NotificationMeta(Model):
    """
    The object a notification is about.

    Attributes:
        id: Object ID (UUID).
        public_id: Object public ID.
    """

    id: Annotated[str, Field(description="Object ID (UUID).")]
    public_id: Annotated[str, Field(alias="publicId", description="Object public ID.")]


class TemporaryNotification(Model):
    """
    A temporary (event) notification.

    Attributes:
        id: Notification ID (UUID).
        title: Title.
        message: Text.
        category: Category.
        code: Code.
        created_at: Unix timestamp (seconds).
        read_at: When it was read, Unix timestamp (seconds), or null.
    """

    id: Annotated[str, Field(description="Notification ID (UUID).")]
    title: Annotated[str, Field(description="Title.")]
    message: Annotated[str, Field(description="Text.")]
    category: Annotated[str, Field(description="Category.")]
    code: Annotated[str, Field(description="Code.")]
    meta: NotificationMeta
    created_at: Annotated[
        StrictInt, Field(alias="createdAt", description="Unix timestamp (seconds).")
    ]
    read_at: Annotated[
        StrictInt | None,
        Field(alias="readAt", description="When it was read, Unix timestamp (seconds), or null."),
    ]


class PageMeta(Model):
    """
    Pagination data (camelCase).

    Attributes:
        total: Total items.
        current_page: Current page.
        per_page: Page size.
        last_page: Last page.
    """

    total: Annotated[StrictInt, Field(description="Total items.")]
    current_page: Annotated[StrictInt, Field(alias="currentPage", description="Current page.")]
    per_page: Annotated[StrictInt, Field(alias="perPage", description="Page size.")]
    last_page: Annotated[StrictInt, Field(alias="lastPage", description="Last page.")]


class TemporaryNotificationList(Model):
    """
    `{data: [TemporaryNotification], meta: PageMeta}`.
    """

    data: list[TemporaryNotification]
    meta: PageMeta


class PlatformIen(Model):
    """
    Instant event notification settings.

    Attributes:
        url: IEN URL.
    """

    url: Annotated[str, Field(description="IEN URL.")]
    type: _IenTypeValue


class PlatformIntegration(Model):
    """
    One integration of the platform.

    Attributes:
        status: Whether it is enabled.
        url: Integration URL.
    """

    status: Annotated[bool, Field(description="Whether it is enabled.")]
    url: Annotated[str | None, Field(description="Integration URL.")] = None


class PlatformIntegrations(Model):
    """
    Integrations of the platform.
    """

    api: PlatformIntegration
    partner: PlatformIntegration
    checkout: PlatformIntegration
    widget: PlatformIntegration


class PlatformReference(Model):
    """
    Reference period for limits.

    Attributes:
        fiat: Reference fiat.
        period_type: Period unit (e.g. MONTHS).
        period_value: Period length, a numeric string.
    """

    fiat: Annotated[str, Field(description="Reference fiat.")]
    period_type: Annotated[str, Field(alias="periodType", description="Period unit (e.g. MONTHS).")]
    period_value: Annotated[
        str, Field(alias="periodValue", description="Period length, a numeric string.")
    ]


class LevelLimits(Model):
    """
    Maximum amounts of a KYC level (JSON numbers).

    Attributes:
        buy: Maximum buy amount.
        sell: Maximum sell amount.
    """

    buy: Annotated[Decimal, Field(description="Maximum buy amount.")]
    sell: Annotated[Decimal, Field(description="Maximum sell amount.")]


class PlatformLevel(Model):
    """
    A KYC level of the platform.

    Attributes:
        level: Level number, a string (`"1"`).
        name: Level name.
        required: KYC items required for the level.
    """

    level: Annotated[str, Field(description='Level number, a string (`"1"`).')]
    name: Annotated[str, Field(description="Level name.")]
    required: Annotated[list[str], Field(description="KYC items required for the level.")]
    max: LevelLimits


class LimitToggle(Model):
    """
    An optional limit.

    Attributes:
        status: Whether the limit applies.
        value: Limit amount, or null.
    """

    status: Annotated[bool, Field(description="Whether the limit applies.")]
    value: Annotated[Decimal | None, Field(description="Limit amount, or null.")]


class PaymentMethodLimits(Model):
    """
    Limits of a payment method.

    Attributes:
        first_max_order_value: Maximum value of a user's first order.
    """

    first_max_order_value: Annotated[
        Decimal,
        Field(alias="firstMaxOrderValue", description="Maximum value of a user's first order."),
    ]
    lower: LimitToggle
    upper: LimitToggle


class PaymentMethodConfig(Model):
    """
    A payment method of the platform.

    Attributes:
        status: Whether it is enabled.
        name: Name (fiat for bank, processor for card).
    """

    status: Annotated[bool, Field(description="Whether it is enabled.")]
    name: Annotated[str, Field(description="Name (fiat for bank, processor for card).")]
    limits: PaymentMethodLimits


class PlatformPaymentMethods(Model):
    """
    Payment methods by kind.
    """

    bank: list[PaymentMethodConfig]
    card: list[PaymentMethodConfig]


class PlatformUpdateRequest(Model):
    """
    Body of `update_platform`.

    Attributes:
        name: The platform name - (max:191).
        base_url: The platform base URL - (url|max:191).
        ien_url: The platform IEN URL - (url|max:191).
        ien_type: The platform IEN type - (in:jwt,hmac).
        color_code: The platform color code -
            (regex:/^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$/).
    """

    name: Annotated[str, Field(description="The platform name - (max:191).", max_length=191)]
    base_url: Annotated[
        str,
        Field(
            alias="baseUrl", description="The platform base URL - (url|max:191).", max_length=191
        ),
    ]
    ien_url: Annotated[
        str,
        Field(alias="ienUrl", description="The platform IEN URL - (url|max:191).", max_length=191),
    ]
    ien_type: Annotated[
        _IenTypeValue, Field(alias="ienType", description="The platform IEN type - (in:jwt,hmac).")
    ]
    color_code: Annotated[
        str,
        Field(
            alias="colorCode",
            description="The platform color code - (regex:/^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$/).",
            pattern="^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$",
        ),
    ]


class StaffMember(Model):
    """
    A staff member of the platform.

    Attributes:
        id: Staff ID (UUID).
        user_id: User ID (UUID).
        email: Email.
        first_name: First name.
        last_name: Last name.
        is_active: Whether active.
        role: Role (e.g. superadmin).
    """

    id: Annotated[str, Field(description="Staff ID (UUID).")]
    user_id: Annotated[str, Field(alias="userId", description="User ID (UUID).")]
    email: Annotated[str, Field(description="Email.")]
    first_name: Annotated[str, Field(alias="firstName", description="First name.")]
    last_name: Annotated[str, Field(alias="lastName", description="Last name.")]
    is_active: Annotated[bool, Field(alias="isActive", description="Whether active.")]
    role: Annotated[str, Field(description="Role (e.g. superadmin).")]


class SnakePageMeta(Model):
    """
    Pagination data (snake_case, unlike the camelCase `PageMeta` of notifications).

    Attributes:
        total: Total items.
        current_page: Current page.
        per_page: Page size.
        last_page: Last page.
    """

    total: Annotated[StrictInt, Field(description="Total items.")]
    current_page: Annotated[StrictInt, Field(description="Current page.")]
    per_page: Annotated[StrictInt, Field(description="Page size.")]
    last_page: Annotated[StrictInt, Field(description="Last page.")]


class StaffList(Model):
    """
    `{data: [StaffMember], meta: SnakePageMeta}`.
    """

    data: list[StaffMember]
    meta: SnakePageMeta


class PlatformUser(Model):
    """
    A user attached to a platform.

    Attributes:
        id: The platform's user ID.
        email: Email.
        username: Username.
        created_at: Unix timestamp (seconds).
    """

    id: Annotated[str, Field(description="The platform's user ID.")]
    email: Annotated[str, Field(description="Email.")]
    username: Annotated[str, Field(description="Username.")]
    created_at: Annotated[
        StrictInt, Field(alias="createdAt", description="Unix timestamp (seconds).")
    ]


class PlatformUserList(Model):
    """
    `{data: [PlatformUser]}`.
    """

    data: list[PlatformUser]


class PlatformCall(Model):
    """
    An API call the service made to the platform.

    Attributes:
        endpoint: Called URL.
        verb: HTTP method.
        request: Request body, JSON encoded as a string.
        status: HTTP status of the response, as a string (e.g. `"200"`).
        response: Response body, JSON encoded as a string.
        created_at: Unix timestamp (seconds).
    """

    endpoint: Annotated[str, Field(description="Called URL.")]
    verb: Annotated[str, Field(description="HTTP method.")]
    request: Annotated[str, Field(description="Request body, JSON encoded as a string.")]
    status: Annotated[
        str, Field(description='HTTP status of the response, as a string (e.g. `"200"`).')
    ]
    response: Annotated[str, Field(description="Response body, JSON encoded as a string.")]
    created_at: Annotated[
        StrictInt, Field(alias="createdAt", description="Unix timestamp (seconds).")
    ]


class PlatformCallList(Model):
    """
    `{data: [PlatformCall]}`.
    """

    data: list[PlatformCall]


class PriceAssets(Model):
    """
    Assets of a price.

    Attributes:
        from_: Source asset symbol.
        to: Target asset symbol.
    """

    from_: Annotated[str, Field(alias="from", description="Source asset symbol.")]
    to: Annotated[str, Field(description="Target asset symbol.")]


class PricePayment(Model):
    """
    Payment processor costs.

    Attributes:
        processor: Payment processor, or null.
        fee: Processor fee, or null.
        fee_on_top: Fee added on top, or null.
    """

    processor: Annotated[str | None, Field(description="Payment processor, or null.")]
    fee: Annotated[Decimal | None, Field(description="Processor fee, or null.")]
    fee_on_top: Annotated[
        Decimal | None, Field(alias="feeOnTop", description="Fee added on top, or null.")
    ]


class SecurityEvent(Model):
    """
    A security log entry.

    Attributes:
        code: Event code.
        name: Event name.
        by: Who triggered it.
        ip: IP address.
        created_at: Unix timestamp (seconds).
    """

    code: Annotated[str, Field(description="Event code.")]
    name: Annotated[str, Field(description="Event name.")]
    by: Annotated[str, Field(description="Who triggered it.")]
    ip: Annotated[str, Field(description="IP address.")]
    created_at: Annotated[
        StrictInt, Field(alias="createdAt", description="Unix timestamp (seconds).")
    ]


class SecurityEventList(Model):
    """
    `{data: [SecurityEvent]}`.
    """

    data: list[SecurityEvent]


class AccessToken(Model):
    """
    An access token of the user (masked).

    Attributes:
        type: Token type (e.g. api).
        you: Whether it is the token of the current request.
        token: Masked token.
        last_used_at: Last use, Unix timestamp (seconds).
        created_at: Unix timestamp (seconds).
    """

    type: Annotated[str, Field(description="Token type (e.g. api).")]
    you: Annotated[bool, Field(description="Whether it is the token of the current request.")]
    token: Annotated[str, Field(description="Masked token.")]
    last_used_at: Annotated[
        StrictInt, Field(alias="lastUsedAt", description="Last use, Unix timestamp (seconds).")
    ]
    created_at: Annotated[
        StrictInt, Field(alias="createdAt", description="Unix timestamp (seconds).")
    ]


class AccessTokenList(Model):
    """
    `{data: [AccessToken]}`.
    """

    data: list[AccessToken]


class ChangePasswordRequest(Model):
    """
    Body of `change_password`.

    Attributes:
        current_password: The current user password - (string|min:8|max:191).
        new_password: The user new password - (string|min:8|max:191).
    """

    current_password: Annotated[
        str,
        Field(
            description="The current user password - (string|min:8|max:191).",
            max_length=191,
            min_length=8,
        ),
    ]
    new_password: Annotated[
        str,
        Field(
            description="The user new password - (string|min:8|max:191).",
            max_length=191,
            min_length=8,
        ),
    ]


class TransferParty(Model):
    """
    A user involved in a transfer.

    Attributes:
        id: User ID (UUID).
        email: User email.
    """

    id: Annotated[str, Field(description="User ID (UUID).")]
    email: Annotated[str, Field(description="User email.")]


class TransferConfirmRequest(Model):
    """
    Body of `confirm_transfer`.

    Attributes:
        wallet: The wallet address/uuid, can be specify only if transfer in receive -
            (in:$user->wallets).
    """

    wallet: Annotated[
        str | None,
        Field(
            description="The wallet address/uuid, can be specify only if transfer in receive - (in:$user->wallets)."
        ),
    ] = None


class ResetTokenDisplay(StrEnum):
    """
    How the reset token is shown in the email.
    """

    TEXT = "text"
    LINK = "link"


if TYPE_CHECKING:
    _ResetTokenDisplayValue: TypeAlias = ResetTokenDisplay | Literal["text", "link"]
else:
    _ResetTokenDisplayValue = ResetTokenDisplay


class ResetPasswordRequest(Model):
    """
    Body of `reset_password`.

    Attributes:
        email: The user's email (max. 255, example: joe@doe.com)
        token: The token received by the user in his email (max. 255)
        password: The new password (min: 8, max: 191)
    """

    email: Annotated[
        str, Field(description="The user's email (max. 255, example: joe@doe.com)", max_length=255)
    ]
    token: Annotated[
        str,
        Field(description="The token received by the user in his email (max. 255)", max_length=255),
    ]
    password: Annotated[
        str, Field(description="The new password (min: 8, max: 191)", max_length=191, min_length=8)
    ]


class UserAddressInput(Model):
    """
    Address given at registration.

    Attributes:
        country: The user country ISO code - (countryISOcode).
        city: The user city - (max:191).
        zip: The user zip - (alpha_num|between:4,10): a string or an integer.
        street: The user street - (max:191).
    """

    country: Annotated[
        str | None,
        Field(description="The user country ISO code - (countryISOcode).", pattern="^[A-Z]{2}$"),
    ] = None
    city: Annotated[str | None, Field(description="The user city - (max:191).", max_length=191)] = (
        None
    )
    zip: Annotated[
        str | StrictInt | None,
        Field(description="The user zip - (alpha_num|between:4,10): a string or an integer."),
    ] = None
    street: Annotated[
        str | None, Field(description="The user street - (max:191).", max_length=191)
    ] = None


class UserPlatformLinkInput(Model):
    """
    Platform account the new user is linked to.

    Attributes:
        id: The platform uuid - (in:platform->uuid).
        user_id: The platform user ID - (required_with:platform.code|string|max:191).
        email: The platform user email - (email).
        username: The platform user username - (alpha_dash|max:191).
        referral_id: The platform user referral ID - (alpha_dash|max:191).
    """

    id: Annotated[UUID | None, Field(description="The platform uuid - (in:platform->uuid).")] = None
    user_id: Annotated[
        str | None,
        Field(
            alias="userId",
            description="The platform user ID - (required_with:platform.code|string|max:191).",
            max_length=191,
        ),
    ] = None
    email: Annotated[str | None, Field(description="The platform user email - (email).")] = None
    username: Annotated[
        str | None,
        Field(
            description="The platform user username - (alpha_dash|max:191).",
            max_length=191,
            pattern="^[A-Za-z0-9_-]+$",
        ),
    ] = None
    referral_id: Annotated[
        str | None,
        Field(
            alias="referralId",
            description="The platform user referral ID - (alpha_dash|max:191).",
            max_length=191,
            pattern="^[A-Za-z0-9_-]+$",
        ),
    ] = None


class UserCreateRequest(Model):
    """
    Body of `create_user`. `password` is required_without:platform.id (modelled with
    anyOf).

    Attributes:
        email: The user email - (email|unique:users).
        password: The user password - (required_without:platform.id|min:8|max:191).
        first_name: The user first name - (alpha_space|max:191): letters and spaces.
        last_name: The user last name - (alpha_space|max:191): letters and spaces.
        date_of_birth: The user date of birth, must be minimum 18 years -
            (date_format:Y-m-d|before_or_equal:now()->subYears(18)->format('Y-m-d')).
        phone: The user phone number - (numeric|digits_between:7,15).
        redirect_to: The redirect URL after activation email link clicked - (url).
    """

    email: Annotated[str, Field(description="The user email - (email|unique:users).")]
    password: Annotated[
        str | None,
        Field(
            description="The user password - (required_without:platform.id|min:8|max:191).",
            max_length=191,
            min_length=8,
        ),
    ] = None
    first_name: Annotated[
        str,
        Field(
            alias="firstName",
            description="The user first name - (alpha_space|max:191): letters and spaces.",
            max_length=191,
        ),
    ]
    last_name: Annotated[
        str,
        Field(
            alias="lastName",
            description="The user last name - (alpha_space|max:191): letters and spaces.",
            max_length=191,
        ),
    ]
    date_of_birth: Annotated[
        date_aliased,
        Field(
            alias="dateOfBirth",
            description="The user date of birth, must be minimum 18 years - (date_format:Y-m-d|before_or_equal:now()->subYears(18)->format('Y-m-d')).",
        ),
    ]
    phone: Annotated[
        str | None,
        Field(
            description="The user phone number - (numeric|digits_between:7,15).",
            pattern="^[0-9]{7,15}$",
        ),
    ] = None
    address: UserAddressInput | None = None
    platform: UserPlatformLinkInput | None = None
    redirect_to: Annotated[
        str | None,
        Field(
            alias="redirectTo",
            description="The redirect URL after activation email link clicked - (url).",
        ),
    ] = None


class UserAccount(Model):
    """
    A user account as returned by the user endpoints (identifier in `uuid`; embedded
    users call it `id`, see `UserSummary`).

    Attributes:
        uuid: User ID (UUID).
        is_active: Whether the account is active (false until the email is verified).
        trade_status: Whether the user may trade.
        email: Email.
        self_deleted_at: When self deletion was asked, or null.
        created_at: Unix timestamp (seconds).
    """

    uuid: Annotated[str, Field(description="User ID (UUID).")]
    is_active: Annotated[
        bool,
        Field(
            alias="isActive",
            description="Whether the account is active (false until the email is verified).",
        ),
    ]
    trade_status: Annotated[
        bool, Field(alias="tradeStatus", description="Whether the user may trade.")
    ]
    email: Annotated[str, Field(description="Email.")]
    options: UserOptions
    meta: UserMeta
    self_deleted_at: Annotated[
        StrictInt | None,
        Field(alias="selfDeletedAt", description="When self deletion was asked, or null."),
    ]
    created_at: Annotated[
        StrictInt, Field(alias="createdAt", description="Unix timestamp (seconds).")
    ]


class UserCreateMeta(Model):
    """
    Registration details.

    Attributes:
        redirect_to: Where the activation link leads.
        register_type: Registration type (e.g. linked).
    """

    redirect_to: Annotated[
        str, Field(alias="redirectTo", description="Where the activation link leads.")
    ]
    register_type: Annotated[
        str, Field(alias="registerType", description="Registration type (e.g. linked).")
    ]


class UserCreatedEnvelope(Model):
    """
    `{data: UserAccount, meta: UserCreateMeta}`.
    """

    data: UserAccount
    meta: UserCreateMeta


class VerifyEmailRequest(Model):
    """
    Body of `verify_user_email`: `id` or `email`, and the code.

    Attributes:
        id: (Required if no email provided) The user id - (uuid).
        email: (Required if no id provided) The user email - (email).
        code: The user email validation code - (alpha_num|in:user->codeEmail).
    """

    id: Annotated[
        UUID | None, Field(description="(Required if no email provided) The user id - (uuid).")
    ] = None
    email: Annotated[
        str | None, Field(description="(Required if no id provided) The user email - (email).")
    ] = None
    code: Annotated[
        str,
        Field(
            description="The user email validation code - (alpha_num|in:user->codeEmail).",
            pattern="^[A-Za-z0-9]+$",
        ),
    ]


class ReverifyEmailRequest(Model):
    """
    Body of `reverify_user_email`: `id` or `email`.

    Attributes:
        id: (Required if no email provided) The user id - (uuid).
        email: (Required if no id provided) The user email - (email).
    """

    id: Annotated[
        UUID | None, Field(description="(Required if no email provided) The user id - (uuid).")
    ] = None
    email: Annotated[
        str | None, Field(description="(Required if no id provided) The user email - (email).")
    ] = None


class LinkedPlatform(Model):
    """
    A platform the user is linked to.

    Attributes:
        code: Platform code.
        name: Platform name.
        active: Whether the link is active.
        url: Platform URL.
        created_at: Unix timestamp (seconds).
    """

    code: Annotated[str, Field(description="Platform code.")]
    name: Annotated[str, Field(description="Platform name.")]
    active: Annotated[bool, Field(description="Whether the link is active.")]
    url: Annotated[str, Field(description="Platform URL.")]
    created_at: Annotated[
        StrictInt, Field(alias="createdAt", description="Unix timestamp (seconds).")
    ]


class SelfDeleteRequest(Model):
    """
    Body of `initiate_account_close`.

    Attributes:
        password: The user password - (string).
    """

    password: Annotated[str, Field(description="The user password - (string).")]


class Wallet(Model):
    """
    A user withdrawal wallet.

    Attributes:
        id: Wallet ID (UUID).
        alias: Alias.
        address: Address.
        coin: Coin symbol.
        created_at: Unix timestamp (seconds).
    """

    id: Annotated[str, Field(description="Wallet ID (UUID).")]
    status: _ApprovalStatusValue
    alias: Annotated[str, Field(description="Alias.")]
    address: Annotated[str, Field(description="Address.")]
    coin: Annotated[str, Field(description="Coin symbol.")]
    created_at: Annotated[
        StrictInt, Field(alias="createdAt", description="Unix timestamp (seconds).")
    ]


class WalletEnvelope(Model):
    """
    `{data: Wallet}`.
    """

    data: Wallet


class WalletList(Model):
    """
    `{data: [Wallet]}`.
    """

    data: list[Wallet]


class WalletCreateRequest(Model):
    """
    Body of `create_wallet`.

    Attributes:
        address: The wallet address - (alpha_num|unique:wallets).
        alias: The wallet alias - (alpha_dash|max:191|unique:user->wallets).
        coin: The wallet coin symbol - (in:coins->symbol).
    """

    address: Annotated[
        str,
        Field(
            description="The wallet address - (alpha_num|unique:wallets).", pattern="^[A-Za-z0-9]+$"
        ),
    ]
    alias: Annotated[
        str,
        Field(
            description="The wallet alias - (alpha_dash|max:191|unique:user->wallets).",
            max_length=191,
            pattern="^[A-Za-z0-9_-]+$",
        ),
    ]
    coin: Annotated[str, Field(description="The wallet coin symbol - (in:coins->symbol).")]


class WalletUpdateRequest(Model):
    """
    Body of `update_wallet`.

    Attributes:
        alias: The wallet alias - (alpha_dash|max:191|unique:user->wallets).
    """

    alias: Annotated[
        str,
        Field(
            description="The wallet alias - (alpha_dash|max:191|unique:user->wallets).",
            max_length=191,
            pattern="^[A-Za-z0-9_-]+$",
        ),
    ]


class ValidationError(Model):
    """
    Validation (or generic) error body `{message, errors}`. `errors` maps a field name
    to the list of its messages, or to a single message string; it is `{}` when the
    error is not tied to a field.

    Attributes:
        message: Human readable summary.
    """

    message: Annotated[str, Field(description="Human readable summary.")]
    errors: ValidationErrorFields


class CardUploadRequest(Model):
    """
    Multipart body of `create_card` and `update_card`; the two images are file uploads.

    Attributes:
        card_image1: The card image - (image|mimes:jpg,jpeg,bmp,png|max:10240kb). Image
            file (mimes: jpg, jpeg, bmp, png; at most 10240 KB).
        card_image2: The card image with user holding it -
            (image|mimes:jpg,jpeg,bmp,png|max:10240kb). Image file (mimes: jpg, jpeg,
            bmp, png; at most 10240 KB).
        holder_name: The card user name - (max:191).
        expiration_date: The card Expiration date -
            (date_format:m/y|after_or_equal:today). The server also rejects past dates
            (not expressible here).
        last_four_digits: The card last 4 digits - (numeric|digits:4).
        alias: The card custom alias - (alpha_dash|max:191).
    """

    card_image1: Annotated[
        Upload,
        Field(
            alias="cardImage1",
            description="The card image - (image|mimes:jpg,jpeg,bmp,png|max:10240kb). Image file (mimes: jpg, jpeg, bmp, png; at most 10240 KB).",
        ),
    ]
    card_image2: Annotated[
        Upload,
        Field(
            alias="cardImage2",
            description="The card image with user holding it - (image|mimes:jpg,jpeg,bmp,png|max:10240kb). Image file (mimes: jpg, jpeg, bmp, png; at most 10240 KB).",
        ),
    ]
    holder_name: Annotated[
        str,
        Field(alias="holderName", description="The card user name - (max:191).", max_length=191),
    ]
    expiration_date: Annotated[
        str,
        Field(
            alias="expirationDate",
            description="The card Expiration date - (date_format:m/y|after_or_equal:today). The server also rejects past dates (not expressible here).",
            pattern="^(0[1-9]|1[0-2])/[0-9]{2}$",
        ),
    ]
    last_four_digits: Annotated[
        str,
        Field(
            alias="lastFourDigits",
            description="The card last 4 digits - (numeric|digits:4).",
            pattern="^[0-9]{4}$",
        ),
    ]
    alias: Annotated[
        str,
        Field(
            description="The card custom alias - (alpha_dash|max:191).",
            max_length=191,
            pattern="^[A-Za-z0-9_-]+$",
        ),
    ]


class RatePoint(Model):
    """
    A historical rate.

    Attributes:
        rate: The rate (decimal string).
        created_at: Unix timestamp (seconds).
    """

    rate: Annotated[DecimalText, Field(description="The rate (decimal string).")]
    created_at: Annotated[
        StrictInt, Field(alias="createdAt", description="Unix timestamp (seconds).")
    ]


class RateHistory(Model):
    """
    Rate history by period.

    Attributes:
        day: Rates of the last day.
    """

    day: Annotated[list[RatePoint], Field(description="Rates of the last day.")]


class RateSet(Model):
    """
    Current and past reference rates of an asset (decimal strings; some use exponent
    notation, e.g. `6.252E-5`).

    Attributes:
        now: Current rate.
        day: Rate a day ago.
        week: Rate a week ago.
        month: Rate a month ago.
        quarter: Rate a quarter ago.
        semester: Rate a semester ago.
        year: Rate a year ago.
    """

    now: Annotated[DecimalText, Field(description="Current rate.")]
    day: Annotated[DecimalText, Field(description="Rate a day ago.")]
    week: Annotated[DecimalText, Field(description="Rate a week ago.")]
    month: Annotated[DecimalText, Field(description="Rate a month ago.")]
    quarter: Annotated[DecimalText, Field(description="Rate a quarter ago.")]
    semester: Annotated[DecimalText, Field(description="Rate a semester ago.")]
    year: Annotated[DecimalText, Field(description="Rate a year ago.")]
    history: RateHistory | None = None


class AssetRates(Model):
    """
    Rates of an asset.
    """

    raw: RateSet


class LimitValue(RootModel[DecimalText | str | None]):
    """
    Attributes:
        root: A limit of an operation: a decimal string, or no limit (null or an empty
            string).
    """

    root: Annotated[
        DecimalText | str | None,
        Field(
            description="A limit of an operation: a decimal string, or no limit (null or an empty string)."
        ),
    ]


class LimitRange(Model):
    """
    Minimum and maximum of an operation.
    """

    min: LimitValue | None
    max: LimitValue | None


class OperationLimits(Model):
    """
    Limits of an operation in crypto and fiat.
    """

    crypto: LimitRange
    fiat: LimitRange


class OperationSettings(Model):
    """
    Availability and limits of an operation.

    Attributes:
        status: Whether the operation is available.
        second_operations: Operations that may follow this one.
    """

    status: Annotated[bool, Field(description="Whether the operation is available.")]
    limits: OperationLimits
    second_operations: Annotated[
        list[SecondOperationEntry],
        Field(alias="secondOperations", description="Operations that may follow this one."),
    ]


class OperationEntry(RootModel[dict[str, OperationSettings]]):
    """
    One operation: a single key, the operation name (`deposit`, `buy_with_fiat`,
    `sell_to_fiat`, `withdraw`, `buy_with_crypto`, `sell_to_crypto`...), mapping to its
    settings.
    """

    root: Annotated[dict[str, OperationSettings], Field(max_length=1, min_length=1)]


class ParticularOperations(RootModel[dict[str, list[OperationEntry]]]):
    """
    Operations available only against a given fiat: fiat symbol -> list of operations.
    """

    root: dict[str, list[OperationEntry]]


class AssetOperations(Model):
    """
    Operations of an asset.

    Attributes:
        general: Operations available in general.
    """

    general: Annotated[
        list[OperationEntry], Field(alias="General", description="Operations available in general.")
    ]
    particular: Annotated[ParticularOperations, Field(alias="Particular")]


class CurrencyAsset(Model):
    """
    A coin or token and its operations.

    Attributes:
        name: Asset name.
        symbol: Asset symbol.
    """

    name: Annotated[str, Field(description="Asset name.")]
    symbol: Annotated[str, Field(description="Asset symbol.")]
    type: _AssetTypeValue
    chain: AssetChain
    rates: AssetRates
    operations: AssetOperations


class Operations(RootModel[list[OperationEntry]]):
    """
    Attributes:
        root: Operations of the fiat: an operations object, or an empty array when there
            is none (PHP's encoding of an empty map).
    """

    root: Annotated[
        list[OperationEntry],
        Field(
            description="Operations of the fiat: an operations object, or an empty array when there is none (PHP's encoding of an empty map).",
            max_length=0,
        ),
    ]


class FiatCurrency(Model):
    """
    A fiat currency.

    Attributes:
        name: Currency name.
        symbol: Currency symbol.
        operations: Operations of the fiat: an operations object, or an empty array when
            there is none (PHP's encoding of an empty map).
    """

    name: Annotated[str, Field(description="Currency name.")]
    symbol: Annotated[str, Field(description="Currency symbol.")]
    operations: Annotated[
        AssetOperations | Operations,
        Field(
            description="Operations of the fiat: an operations object, or an empty array when there is none (PHP's encoding of an empty map)."
        ),
    ]


class CurrencyCatalog(Model):
    """
    Currencies available to a user or platform. The currency endpoint returns only
    `coins`; the platform also lists `tokens` and `fiats`.

    Attributes:
        coins: Coins.
        tokens: Tokens.
        fiats: Fiat currencies.
    """

    coins: Annotated[list[CurrencyAsset], Field(description="Coins.")]
    tokens: Annotated[list[CurrencyAsset] | None, Field(description="Tokens.")] = None
    fiats: Annotated[list[FiatCurrency] | None, Field(description="Fiat currencies.")] = None


class CurrencyCatalogEnvelope(Model):
    """
    `{data: CurrencyCatalog}`.
    """

    data: CurrencyCatalog


class RatePointList(Model):
    """
    `{data: [RatePoint]}`.
    """

    data: list[RatePoint]


class OrderCommissions(Model):
    """
    Commissions of an order.

    Attributes:
        percent: Commission percent.
        amount: Commission amount.
    """

    percent: Annotated[DecimalText, Field(description="Commission percent.")]
    amount: Annotated[DecimalText, Field(description="Commission amount.")]


class QuoteCommission(Model):
    """
    Commission of a quote (decimal strings).

    Attributes:
        from_amount: Commission in the source asset.
        from_total: Total commission in the source asset.
        discount_percent: Discount percent.
        percent: Commission percent.
    """

    from_amount: Annotated[
        DecimalText, Field(alias="fromAmount", description="Commission in the source asset.")
    ]
    from_total: Annotated[
        DecimalText, Field(alias="fromTotal", description="Total commission in the source asset.")
    ]
    discount_percent: Annotated[
        DecimalText, Field(alias="discountPercent", description="Discount percent.")
    ]
    percent: Annotated[DecimalText, Field(description="Commission percent.")]


class QuoteCreateRequest(Model):
    """
    Body of `create_quote`. The conditional rules (required_if) of its fields are
    checked by the schema.

    Attributes:
        type: The order type - (in:coin,token).
        order_type: The order operation type -
            (in:buy_with_crypto,buy_with_fiat,sell_to_crypto,sell_to_fiat,withdraw,withdrawIco).
        second_order_type: The order second operation type (only if orderType is
            buy_with_crypto or buy_with_fiat) - (in:withdraw,withdrawIco).
        order_amount: The order amount - (numeric).
        order_symbol: The order symbol - (in:coin/token->symbol).
        order_payment_symbol: The order payment symbol -
            (required_if:orderType,buy_with_crypto,buy_with_fiat,sell_to_crypto,sell_to_fiat|in:paymentType->symbol).
        order_payment_method: The order payment method UUID -
            (required_if:orderType,buy_with_fiat,sell_to_fiat|in:user->paymentMethods).
            Required when orderType is buy_with_fiat or sell_to_fiat.
        order_payment_type: The payment type is required only when you do not provide a
            orderPaymentMethod - (required_without_all:orderPaymentMethod|in:card,bank).
        wallet: (Accepts raw wallet addresses or uuid) The wallet/withdraw where to
            deposit funds, if not provided funds will be keept in CCPro account, also
            must match orderSymbol chain -
            (required_if:orderType,withdraw|in:user->wallets).
    """

    type: Annotated[_AssetTypeValue, Field(description="The order type - (in:coin,token).")]
    order_type: Annotated[
        _QuoteOrderTypeValue,
        Field(
            alias="orderType",
            description="The order operation type - (in:buy_with_crypto,buy_with_fiat,sell_to_crypto,sell_to_fiat,withdraw,withdrawIco).",
        ),
    ]
    second_order_type: Annotated[
        _SecondOrderTypeValue | None,
        Field(
            alias="secondOrderType",
            description="The order second operation type (only if orderType is buy_with_crypto or buy_with_fiat) - (in:withdraw,withdrawIco).",
        ),
    ] = None
    order_amount: Annotated[
        DecimalText, Field(alias="orderAmount", description="The order amount - (numeric).")
    ]
    order_symbol: Annotated[
        str, Field(alias="orderSymbol", description="The order symbol - (in:coin/token->symbol).")
    ]
    order_payment_symbol: Annotated[
        str | None,
        Field(
            alias="orderPaymentSymbol",
            description="The order payment symbol - (required_if:orderType,buy_with_crypto,buy_with_fiat,sell_to_crypto,sell_to_fiat|in:paymentType->symbol).",
        ),
    ] = None
    order_payment_method: Annotated[
        UUID | None,
        Field(
            alias="orderPaymentMethod",
            description="The order payment method UUID - (required_if:orderType,buy_with_fiat,sell_to_fiat|in:user->paymentMethods). Required when orderType is buy_with_fiat or sell_to_fiat.",
        ),
    ] = None
    order_payment_type: Annotated[
        _PaymentTypeValue | None,
        Field(
            alias="orderPaymentType",
            description="The payment type is required only when you do not provide a orderPaymentMethod - (required_without_all:orderPaymentMethod|in:card,bank).",
        ),
    ] = None
    wallet: Annotated[
        str | None,
        Field(
            description="(Accepts raw wallet addresses or uuid) The wallet/withdraw where to deposit funds, if not provided funds will be keept in CCPro account, also must match orderSymbol chain - (required_if:orderType,withdraw|in:user->wallets)."
        ),
    ] = None


class DepositRequest(Model):
    """
    Body of `create_deposit`.

    Attributes:
        type: The order type - (in:coin,token).
        symbol: The order coin/token symbol - (in:{coin|tokn}->symbol).
        amount: The order amount - (numeric).
        wallet: The order wallet - (max:191).
        tx_id: The order transaction ID - (max:191). Note the spelling `txID` here and
            `txId` in the order.
    """

    type: Annotated[_AssetTypeValue, Field(description="The order type - (in:coin,token).")]
    symbol: Annotated[
        str, Field(description="The order coin/token symbol - (in:{coin|tokn}->symbol).")
    ]
    amount: Annotated[DecimalText, Field(description="The order amount - (numeric).")]
    wallet: Annotated[
        str | None, Field(description="The order wallet - (max:191).", max_length=191)
    ] = None
    tx_id: Annotated[
        str,
        Field(
            alias="txID",
            description="The order transaction ID - (max:191). Note the spelling `txID` here and `txId` in the order.",
            max_length=191,
        ),
    ]


class KycAmounts(Model):
    """
    Buy and sell amounts (decimal strings).

    Attributes:
        buy: Buy amount.
        sell: Sell amount.
    """

    buy: Annotated[DecimalText, Field(description="Buy amount.")]
    sell: Annotated[DecimalText, Field(description="Sell amount.")]


class Kyc(Model):
    """
    The user's KYC state.

    Attributes:
        required: Next required KYC step (phone, address...).
        level: Current KYC level. (Platform levels are strings, see `PlatformLevel`.)
        amounts: Amounts used at the current level.
        amounts_next_level: Limits of the next level.
        created_at: Unix timestamp (seconds).
    """

    required: Annotated[str, Field(description="Next required KYC step (phone, address...).")]
    status: _KycStatusValue
    level: Annotated[
        StrictInt,
        Field(description="Current KYC level. (Platform levels are strings, see `PlatformLevel`.)"),
    ]
    amounts: Annotated[KycAmounts, Field(description="Amounts used at the current level.")]
    amounts_next_level: Annotated[
        KycAmounts, Field(alias="amountsNextLevel", description="Limits of the next level.")
    ]
    links: KycLinks
    phone: KycPhone
    personal: KycPersonal
    address: KycAddress
    documents: KycDocuments
    video: KycVideo
    enhanced_due_diligence: Annotated[KycEdd, Field(alias="enhancedDueDiligence")]
    created_at: Annotated[
        StrictInt, Field(alias="createdAt", description="Unix timestamp (seconds).")
    ]


class KycEnvelope(Model):
    """
    `{data: Kyc}`.
    """

    data: Kyc


class KycCreateRequest(Model):
    """
    Multipart body of `create_kyc`. The nested fields are the form fields
    `documents[governmentIdFront]`, `edd[fundsSource]`... (Laravel form parsing). Give
    `documents[governmentIdFront]` and `documents[governmentIdBack]`, or
    `documents[passport]`.

    Attributes:
        country: The user country ISO code - (countryISOCode).
        city: The user city - (max:191).
        zip: The user zip code - (alpha_num|between:4,10).
        street: The user street - (max:191).
        documents_government_id_front_: The user government ID front -
            (required_without:documents.passport|image|mimes:jpg,jpeg,bmp,png|max:10240kb).
            Image file (mimes: jpg, jpeg, bmp, png; at most 10240 KB).
        documents_government_id_back_: The user government ID back -
            (required_without:documents.passport|image|mimes:jpg,jpeg,bmp,png|max:10240).
            Image file (mimes: jpg, jpeg, bmp, png; at most 10240 KB).
        documents_passport_: The user passport -
            (required_without_all:documents.governmentIdFront,documents.governmentIdBack|image|mimes:jpg,jpeg,bmp,png|max:10240).
            Image file (mimes: jpg, jpeg, bmp, png; at most 10240 KB).
        documents_utility_bill_: The user utilityBill -
            (image|mimes:jpg,jpeg,bmp,png|max:10240). Image file (mimes: jpg, jpeg, bmp,
            png; at most 10240 KB).
        documents_selfie_with_id_: The user selfieWithId -
            (image|mimes:jpg,jpeg,bmp,png|max:10240). Image file (mimes: jpg, jpeg, bmp,
            png; at most 10240 KB).
        edd_transactions_purpose_: The user edd purpose -
            (in:remittances,payments,investments,savings,other).
        edd_transactions_purpose_other_: The user edd other transaction pruspose -
            (required_if:transactionsPurpose,other|max:191).
        edd_transactions_nature_value_: The user edd transaction nature value -
            (in:1,2,3,4,5).
        edd_transactions_nature_frequency_: The user edd transaction nature frequency -
            (in:1,2,3,4,5).
        edd_funds_source_: The user edd source of funds -
            (in:credit_debit_card,e_wallet,bank_account,mining_wallet,other).
        edd_funds_source_other_: The user edd other source of funds -
            (required_if:fundsSource,other max:191).
        edd_funds_source_file_: The user edd funds source file -
            (image|mimes:jpg,jpeg,bmp,png|max:10240). Image file (mimes: jpg, jpeg, bmp,
            png; at most 10240 KB).
        edd_funds_origin_: The user edd funds origin -
            (in:payroll_funds,dividends_of_business,personal_savings,proceeds_of_investments,proceeds_of_mining,other).
        edd_funds_origin_other_: The user edd other funds origin -
            (required_if:fundsOrigin,other|max:191).
        edd_funds_origin_file_: The user edd funds origin file -
            (image|mimes:jpg,jpeg,bmp,png|max:10240). Image file (mimes: jpg, jpeg, bmp,
            png; at most 10240 KB).
    """

    country: Annotated[
        str,
        Field(description="The user country ISO code - (countryISOCode).", pattern="^[A-Z]{2}$"),
    ]
    city: Annotated[str, Field(description="The user city - (max:191).", max_length=191)]
    zip: Annotated[
        str,
        Field(
            description="The user zip code - (alpha_num|between:4,10).",
            max_length=10,
            min_length=4,
            pattern="^[A-Za-z0-9]+$",
        ),
    ]
    street: Annotated[str, Field(description="The user street - (max:191).", max_length=191)]
    documents_government_id_front_: Annotated[
        Upload | None,
        Field(
            alias="documents[governmentIdFront]",
            description="The user government ID front - (required_without:documents.passport|image|mimes:jpg,jpeg,bmp,png|max:10240kb). Image file (mimes: jpg, jpeg, bmp, png; at most 10240 KB).",
        ),
    ] = None
    documents_government_id_back_: Annotated[
        Upload | None,
        Field(
            alias="documents[governmentIdBack]",
            description="The user government ID back - (required_without:documents.passport|image|mimes:jpg,jpeg,bmp,png|max:10240). Image file (mimes: jpg, jpeg, bmp, png; at most 10240 KB).",
        ),
    ] = None
    documents_passport_: Annotated[
        Upload | None,
        Field(
            alias="documents[passport]",
            description="The user passport - (required_without_all:documents.governmentIdFront,documents.governmentIdBack|image|mimes:jpg,jpeg,bmp,png|max:10240). Image file (mimes: jpg, jpeg, bmp, png; at most 10240 KB).",
        ),
    ] = None
    documents_utility_bill_: Annotated[
        Upload | None,
        Field(
            alias="documents[utilityBill]",
            description="The user utilityBill - (image|mimes:jpg,jpeg,bmp,png|max:10240). Image file (mimes: jpg, jpeg, bmp, png; at most 10240 KB).",
        ),
    ] = None
    documents_selfie_with_id_: Annotated[
        Upload | None,
        Field(
            alias="documents[selfieWithId]",
            description="The user selfieWithId - (image|mimes:jpg,jpeg,bmp,png|max:10240). Image file (mimes: jpg, jpeg, bmp, png; at most 10240 KB).",
        ),
    ] = None
    edd_transactions_purpose_: Annotated[
        _EddTransactionsPurposeValue | None,
        Field(
            alias="edd[transactionsPurpose]",
            description="The user edd purpose - (in:remittances,payments,investments,savings,other).",
        ),
    ] = None
    edd_transactions_purpose_other_: Annotated[
        str | None,
        Field(
            alias="edd[transactionsPurposeOther]",
            description="The user edd other transaction pruspose - (required_if:transactionsPurpose,other|max:191).",
            max_length=191,
        ),
    ] = None
    edd_transactions_nature_value_: Annotated[
        _EddTransactionsNatureValueValue | None,
        Field(
            alias="edd[transactionsNatureValue]",
            description="The user edd transaction nature value - (in:1,2,3,4,5).",
        ),
    ] = None
    edd_transactions_nature_frequency_: Annotated[
        _EddTransactionsNatureFrequencyValue | None,
        Field(
            alias="edd[transactionsNatureFrequency]",
            description="The user edd transaction nature frequency - (in:1,2,3,4,5).",
        ),
    ] = None
    edd_funds_source_: Annotated[
        _EddFundsSourceValue | None,
        Field(
            alias="edd[fundsSource]",
            description="The user edd source of funds - (in:credit_debit_card,e_wallet,bank_account,mining_wallet,other).",
        ),
    ] = None
    edd_funds_source_other_: Annotated[
        str | None,
        Field(
            alias="edd[fundsSourceOther]",
            description="The user edd other source of funds - (required_if:fundsSource,other max:191).",
            max_length=191,
        ),
    ] = None
    edd_funds_source_file_: Annotated[
        Upload | None,
        Field(
            alias="edd[fundsSourceFile]",
            description="The user edd funds source file - (image|mimes:jpg,jpeg,bmp,png|max:10240). Image file (mimes: jpg, jpeg, bmp, png; at most 10240 KB).",
        ),
    ] = None
    edd_funds_origin_: Annotated[
        _EddFundsOriginValue | None,
        Field(
            alias="edd[fundsOrigin]",
            description="The user edd funds origin - (in:payroll_funds,dividends_of_business,personal_savings,proceeds_of_investments,proceeds_of_mining,other).",
        ),
    ] = None
    edd_funds_origin_other_: Annotated[
        str | None,
        Field(
            alias="edd[fundsOriginOther]",
            description="The user edd other funds origin - (required_if:fundsOrigin,other|max:191).",
            max_length=191,
        ),
    ] = None
    edd_funds_origin_file_: Annotated[
        Upload | None,
        Field(
            alias="edd[fundsOriginFile]",
            description="The user edd funds origin file - (image|mimes:jpg,jpeg,bmp,png|max:10240). Image file (mimes: jpg, jpeg, bmp, png; at most 10240 KB).",
        ),
    ] = None


class KycAddressRequest(Model):
    """
    Multipart body of `create_kyc_address` (it carries an optional utility bill file).

    Attributes:
        country: The user country ISO code - (countryISOCode).
        city: The user city - (alpha_dash|max:191).
        zip: The user zip code - (alpha_num between:4,10).
        street: The user street - (max:191).
        utility_bill: The utilityBill file -
            (file|max:10240|mimes:jpg,jpeg,bmp,png,pdf). File (mimes: jpg, jpeg, bmp,
            png, pdf; at most 10240 KB).
    """

    country: Annotated[
        str,
        Field(description="The user country ISO code - (countryISOCode).", pattern="^[A-Z]{2}$"),
    ]
    city: Annotated[
        str,
        Field(
            description="The user city - (alpha_dash|max:191).",
            max_length=191,
            pattern="^[A-Za-z0-9_-]+$",
        ),
    ]
    zip: Annotated[
        str,
        Field(
            description="The user zip code - (alpha_num between:4,10).",
            max_length=10,
            min_length=4,
            pattern="^[A-Za-z0-9]+$",
        ),
    ]
    street: Annotated[str, Field(description="The user street - (max:191).", max_length=191)]
    utility_bill: Annotated[
        Upload | None,
        Field(
            alias="utilityBill",
            description="The utilityBill file - (file|max:10240|mimes:jpg,jpeg,bmp,png,pdf). File (mimes: jpg, jpeg, bmp, png, pdf; at most 10240 KB).",
        ),
    ] = None


class KycDocumentRequest(Model):
    """
    Multipart body of `create_kyc_document`.

    Attributes:
        type: The file type -
            (in:governmentIdFront,governmentIdBack,passport,selfieWithId,utilityBill).
            Optional.
        file: The file - (file|mimes:jpg,jpeg,bmp,png,pdf|max:10240kb). File (mimes:
            jpg, jpeg, bmp, png, pdf; at most 10240 KB).
    """

    type: Annotated[
        _KycDocumentTypeValue | None,
        Field(
            description="The file type - (in:governmentIdFront,governmentIdBack,passport,selfieWithId,utilityBill). Optional."
        ),
    ] = None
    file: Annotated[
        Upload,
        Field(
            description="The file - (file|mimes:jpg,jpeg,bmp,png,pdf|max:10240kb). File (mimes: jpg, jpeg, bmp, png, pdf; at most 10240 KB)."
        ),
    ]


class KycEddRequest(Model):
    """
    Multipart body of `create_kyc_edd` (two proof files). `transactionsPurposeOther` is
    required when `transactionsPurpose` is `other`.

    Attributes:
        transactions_purpose: The user edd purpose -
            (in:remittances,payments,investments,savings,other).
        transactions_purpose_other: The user edd other transaction pruspose -
            (required_if:transactionsPurpose,other|max:191).
        transactions_nature_value: The user edd transaction nature value -
            (in:1,2,3,4,5).
        transactions_nature_frequency: The user edd transaction nature frequency -
            (in:1,2,3,4,5).
        funds_source: The user edd source of funds -
            (in:credit_debit_card,e_wallet,bank_account,mining_wallet,other).
        funds_source_other: The user edd other source of funds -
            (required_if:fundsSource,other max:191).
        funds_source_file: The user edd funds source file -
            (image|mimes:jpg,jpeg,bmp,png|max:10240). Image file (mimes: jpg, jpeg, bmp,
            png; at most 10240 KB).
        funds_origin: The user edd funds origin -
            (in:payroll_funds,dividends_of_business,personal_savings,proceeds_of_investments,proceeds_of_mining,other).
        funds_origin_other: The user edd other funds origin -
            (required_if:fundsOrigin,other|max:191).
        funds_origin_file: The user edd funds origin file -
            (image|mimes:jpg,jpeg,bmp,png|max:10240). Image file (mimes: jpg, jpeg, bmp,
            png; at most 10240 KB).
    """

    transactions_purpose: Annotated[
        _EddTransactionsPurposeValue,
        Field(
            alias="transactionsPurpose",
            description="The user edd purpose - (in:remittances,payments,investments,savings,other).",
        ),
    ]
    transactions_purpose_other: Annotated[
        str | None,
        Field(
            alias="transactionsPurposeOther",
            description="The user edd other transaction pruspose - (required_if:transactionsPurpose,other|max:191).",
            max_length=191,
        ),
    ] = None
    transactions_nature_value: Annotated[
        _TransactionsNatureValueValue,
        Field(
            alias="transactionsNatureValue",
            description="The user edd transaction nature value - (in:1,2,3,4,5).",
        ),
    ]
    transactions_nature_frequency: Annotated[
        _TransactionsNatureFrequencyValue,
        Field(
            alias="transactionsNatureFrequency",
            description="The user edd transaction nature frequency - (in:1,2,3,4,5).",
        ),
    ]
    funds_source: Annotated[
        _EddFundsSourceValue,
        Field(
            alias="fundsSource",
            description="The user edd source of funds - (in:credit_debit_card,e_wallet,bank_account,mining_wallet,other).",
        ),
    ]
    funds_source_other: Annotated[
        str | None,
        Field(
            alias="fundsSourceOther",
            description="The user edd other source of funds - (required_if:fundsSource,other max:191).",
            max_length=191,
        ),
    ] = None
    funds_source_file: Annotated[
        Upload,
        Field(
            alias="fundsSourceFile",
            description="The user edd funds source file - (image|mimes:jpg,jpeg,bmp,png|max:10240). Image file (mimes: jpg, jpeg, bmp, png; at most 10240 KB).",
        ),
    ]
    funds_origin: Annotated[
        _EddFundsOriginValue,
        Field(
            alias="fundsOrigin",
            description="The user edd funds origin - (in:payroll_funds,dividends_of_business,personal_savings,proceeds_of_investments,proceeds_of_mining,other).",
        ),
    ]
    funds_origin_other: Annotated[
        str | None,
        Field(
            alias="fundsOriginOther",
            description="The user edd other funds origin - (required_if:fundsOrigin,other|max:191).",
            max_length=191,
        ),
    ] = None
    funds_origin_file: Annotated[
        Upload,
        Field(
            alias="fundsOriginFile",
            description="The user edd funds origin file - (image|mimes:jpg,jpeg,bmp,png|max:10240). Image file (mimes: jpg, jpeg, bmp, png; at most 10240 KB).",
        ),
    ]


class Platform(Model):
    """
    A partner platform.

    Attributes:
        id: Platform ID (UUID).
        name: Name.
        code: Code.
        base_url: Base URL.
        color_code: Brand colour (#rrggbb).
        levels: KYC levels.
        created_at: Unix timestamp (seconds), or null.
    """

    id: Annotated[str, Field(description="Platform ID (UUID).")]
    name: Annotated[str, Field(description="Name.")]
    code: Annotated[str, Field(description="Code.")]
    base_url: Annotated[str, Field(alias="baseUrl", description="Base URL.")]
    ien: PlatformIen
    integrations: PlatformIntegrations
    color_code: Annotated[str, Field(alias="colorCode", description="Brand colour (#rrggbb).")]
    reference: PlatformReference
    levels: Annotated[list[PlatformLevel], Field(description="KYC levels.")]
    payment_methods: Annotated[PlatformPaymentMethods, Field(alias="paymentMethods")]
    currencies: CurrencyCatalog
    created_at: Annotated[
        StrictInt | None, Field(alias="createdAt", description="Unix timestamp (seconds), or null.")
    ]


class PlatformEnvelope(Model):
    """
    `{data: Platform}`.
    """

    data: Platform


class PriceCommission(Model):
    """
    Commission of a price. `from`/`to` are decimal strings, `percent`/`discount` JSON
    numbers.

    Attributes:
        from_: Commission in the source asset.
        to: Commission in the target asset.
        percent: Commission percent.
        discount: Discount percent.
    """

    from_: Annotated[
        DecimalText, Field(alias="from", description="Commission in the source asset.")
    ]
    to: Annotated[DecimalText, Field(description="Commission in the target asset.")]
    percent: Annotated[Decimal, Field(description="Commission percent.")]
    discount: Annotated[Decimal, Field(description="Discount percent.")]


class PriceAmounts(Model):
    """
    Amounts of a price.

    Attributes:
        from_: Source amount.
        to: Target amount.
    """

    from_: Annotated[DecimalText, Field(alias="from", description="Source amount.")]
    to: Annotated[DecimalText, Field(description="Target amount.")]


class Price(Model):
    """
    A price (rate) for an operation.

    Attributes:
        rate: Rate with commissions (may use exponent notation, e.g. `6.304E-5`).
        rate_raw: Raw rate.
    """

    rate: Annotated[
        DecimalText,
        Field(description="Rate with commissions (may use exponent notation, e.g. `6.304E-5`)."),
    ]
    rate_raw: Annotated[DecimalText, Field(alias="rateRaw", description="Raw rate.")]
    commission: PriceCommission
    amounts: PriceAmounts
    assets: PriceAssets
    payment: PricePayment
    operation: _OperationNameValue


class PriceEnvelope(Model):
    """
    `{data: Price}`.
    """

    data: Price


class TransferCommission(Model):
    """
    Commission of a transfer.

    Attributes:
        value: Commission amount.
        percent: Commission percent.
    """

    value: Annotated[DecimalText, Field(description="Commission amount.")]
    percent: Annotated[DecimalText, Field(description="Commission percent.")]


class Transfer(Model):
    """
    An asset transfer between users.

    Attributes:
        id: Transfer ID (UUID).
        public_id: Public ID.
        type: Asset type (platform transfers only).
        symbol: Asset symbol (platform transfers only).
        amount: Amount.
        total: Amount after commission.
        life_seconds: Lifetime of the pending transfer in seconds.
        life_until_at: End of life, Unix timestamp (seconds).
        confirm_url: Confirmation URL, or null.
        created_at: Unix timestamp (seconds).
    """

    id: Annotated[str, Field(description="Transfer ID (UUID).")]
    public_id: Annotated[str, Field(alias="publicId", description="Public ID.")]
    status: _TransferStatusValue
    type: Annotated[
        _AssetTypeValue | None, Field(description="Asset type (platform transfers only).")
    ] = None
    symbol: Annotated[str | None, Field(description="Asset symbol (platform transfers only).")] = (
        None
    )
    amount: Annotated[DecimalText, Field(description="Amount.")]
    total: Annotated[DecimalText, Field(description="Amount after commission.")]
    commission: TransferCommission
    by_user: Annotated[TransferParty, Field(alias="byUser")]
    from_user: Annotated[TransferParty, Field(alias="fromUser")]
    to_user: Annotated[TransferParty, Field(alias="toUser")]
    from_order: Annotated[ObjectRef, Field(alias="fromOrder")]
    to_order: Annotated[ObjectRef, Field(alias="toOrder")]
    external_platform: Annotated[ExternalPlatform, Field(alias="externalPlatform")]
    life_seconds: Annotated[
        StrictInt,
        Field(alias="lifeSeconds", description="Lifetime of the pending transfer in seconds."),
    ]
    life_until_at: Annotated[
        StrictInt, Field(alias="lifeUntilAt", description="End of life, Unix timestamp (seconds).")
    ]
    confirm_url: Annotated[
        str | None, Field(alias="confirmUrl", description="Confirmation URL, or null.")
    ] = None
    created_at: Annotated[
        StrictInt, Field(alias="createdAt", description="Unix timestamp (seconds).")
    ]


class TransferEnvelope(Model):
    """
    `{data: Transfer}`.
    """

    data: Transfer


class TransferList(Model):
    """
    `{data: [Transfer]}`.
    """

    data: list[Transfer]


class TransferCreateRequest(Model):
    """
    Body of `create_transfer`.

    Attributes:
        action: The transfer type - (in:send,receive).
        amount: The transfer amount - (numeric|min:0|not_in:0): a positive decimal.
        type: The transfer asset type - (in:coin,token).
        symbol: The transfer asset symbol - (in:assets->symbol).
        user: The transfer involved user - (in:users->{email|id}): an email or a user
            ID.
    """

    action: Annotated[
        _TransferActionValue, Field(description="The transfer type - (in:send,receive).")
    ]
    amount: Annotated[
        DecimalText,
        Field(description="The transfer amount - (numeric|min:0|not_in:0): a positive decimal."),
    ]
    type: Annotated[
        _AssetTypeValue, Field(description="The transfer asset type - (in:coin,token).")
    ]
    symbol: Annotated[str, Field(description="The transfer asset symbol - (in:assets->symbol).")]
    user: Annotated[
        str,
        Field(
            description="The transfer involved user - (in:users->{email|id}): an email or a user ID."
        ),
    ]


class ForgotPasswordRequest(Model):
    """
    Body of `forgot_password`.

    Attributes:
        email: The user's email (max. 255, example: joe@doe.com)
        type: How to display the token in the email. Possible values are: "text"
            (default) or "link".
    """

    email: Annotated[
        str, Field(description="The user's email (max. 255, example: joe@doe.com)", max_length=255)
    ]
    type: Annotated[
        _ResetTokenDisplayValue | None,
        Field(
            description='How to display the token in the email. Possible values are: "text" (default) or "link".'
        ),
    ] = ResetTokenDisplay.TEXT


class UserProfile(Model):
    """
    The user's profile with KYC, wallets, cards, banks and platforms.

    Attributes:
        uuid: User ID (UUID).
        is_active: Whether the account is active.
        trade_status: Whether the user may trade.
        email: Email.
        self_deleted_at: When self deletion was asked, or null.
        created_at: Unix timestamp (seconds).
    """

    uuid: Annotated[str, Field(description="User ID (UUID).")]
    is_active: Annotated[
        bool, Field(alias="isActive", description="Whether the account is active.")
    ]
    trade_status: Annotated[
        bool, Field(alias="tradeStatus", description="Whether the user may trade.")
    ]
    email: Annotated[str, Field(description="Email.")]
    self_deleted_at: Annotated[
        StrictInt | None,
        Field(alias="selfDeletedAt", description="When self deletion was asked, or null."),
    ]
    created_at: Annotated[
        StrictInt, Field(alias="createdAt", description="Unix timestamp (seconds).")
    ]
    options: UserOptions
    meta: UserMeta
    kyc: Kyc
    wallets: list[Wallet]
    cards: list[Card]
    banks: list[BankAccount]
    external_platforms: Annotated[list[LinkedPlatform], Field(alias="externalPlatforms")]


class UserProfileEnvelope(Model):
    """
    `{data: UserProfile}`.
    """

    data: UserProfile


class BalanceAmount(Model):
    """
    Available and pending amounts.

    Attributes:
        available: Available amount.
        pending: Pending amount.
    """

    available: Annotated[DecimalText, Field(description="Available amount.")]
    pending: Annotated[DecimalText, Field(description="Pending amount.")]


class BalanceAmounts(Model):
    """
    Balance in crypto and its fiat value.
    """

    crypto: BalanceAmount
    fiat: BalanceAmount


class AssetBalance(Model):
    """
    Balance of one asset.

    Attributes:
        name: Asset name.
        symbol: Asset symbol.
        alias: Asset alias (coins only).
        favorite: Whether the user marked it favourite.
    """

    name: Annotated[str, Field(description="Asset name.")]
    symbol: Annotated[str, Field(description="Asset symbol.")]
    alias: Annotated[str | None, Field(description="Asset alias (coins only).")] = None
    rates: AssetRates
    amounts: BalanceAmounts
    favorite: Annotated[bool, Field(description="Whether the user marked it favourite.")]


class Balances(Model):
    """
    The user's balances by asset kind.
    """

    coins: list[AssetBalance]
    tokens: list[AssetBalance]


class BalancesEnvelope(Model):
    """
    `{data: Balances}`.
    """

    data: Balances


class PaymentProofRequest(Model):
    """
    Multipart body of `upload_order_payment_proof`.

    Attributes:
        file: The order payment proof file -
            (file|mimes:jpg,jpeg,bmp,png,pdf|max:10240). File (mimes: jpg, jpeg, bmp,
            png, pdf; at most 10240 KB).
    """

    file: Annotated[
        Upload,
        Field(
            description="The order payment proof file - (file|mimes:jpg,jpeg,bmp,png,pdf|max:10240). File (mimes: jpg, jpeg, bmp, png, pdf; at most 10240 KB)."
        ),
    ]


class Order(Model):
    """
    An order (deposit, buy, sell, withdraw...).

    Attributes:
        id: Order ID (UUID).
        public_id: Public (short) ID; may be absent (deposit orders).
        from_symbol: Symbol paid with, or null.
        from_amount: Amount paid.
        rate: Rate applied.
        to_symbol: Symbol received.
        to_amount: Amount received.
        wallet: Destination wallet address or null.
        tx_id: Blockchain transaction ID or null.
        quote: The quote behind the order: a reference `{id, publicId}` in lists, the
            full quote in `get_order`, null for a deposit.
        external_platform: External platform, or null.
        kyc_level_required: KYC level required to complete the order.
        created_at: Unix timestamp (seconds).
    """

    id: Annotated[str, Field(description="Order ID (UUID).")]
    public_id: Annotated[
        str | None,
        Field(alias="publicId", description="Public (short) ID; may be absent (deposit orders)."),
    ] = None
    status: _OrderStatusValue
    type: _AssetTypeValue
    type_operation: Annotated[_OrderDirectionValue, Field(alias="typeOperation")]
    type_operation_name: Annotated[_OperationNameValue, Field(alias="typeOperationName")]
    from_symbol: Annotated[
        str | None, Field(alias="fromSymbol", description="Symbol paid with, or null.")
    ]
    from_amount: Annotated[DecimalText, Field(alias="fromAmount", description="Amount paid.")]
    rate: Annotated[DecimalText, Field(description="Rate applied.")]
    to_symbol: Annotated[str, Field(alias="toSymbol", description="Symbol received.")]
    to_amount: Annotated[DecimalText, Field(alias="toAmount", description="Amount received.")]
    wallet: Annotated[str | None, Field(description="Destination wallet address or null.")]
    tx_id: Annotated[
        str | None, Field(alias="txId", description="Blockchain transaction ID or null.")
    ]
    parent_order: Annotated[ObjectRef | None, Field(alias="parentOrder")] = None
    child_order: Annotated[ObjectRef | None, Field(alias="childOrder")] = None
    payment: OrderPayment
    commissions: OrderCommissions
    quote: "Annotated[Quote | ObjectRef | None, Field(description='The quote behind the order: a reference `{id, publicId}` in lists, the full quote in `get_order`, null for a deposit.')]"
    transfer: ObjectRef | None = None
    user: UserSummary | None = None
    external_platform: Annotated[
        ExternalPlatform | None,
        Field(alias="externalPlatform", description="External platform, or null."),
    ]
    kyc_level_required: Annotated[
        StrictInt | None,
        Field(alias="kycLevelRequired", description="KYC level required to complete the order."),
    ] = None
    created_at: Annotated[
        StrictInt, Field(alias="createdAt", description="Unix timestamp (seconds).")
    ]


class OrderEnvelope(Model):
    """
    `{data: Order}`.
    """

    data: Order


class OrderList(Model):
    """
    `{data: [Order]}`.
    """

    data: list[Order]


class Quote(Model):
    """
    A price quote that can be confirmed into an order.

    Attributes:
        id: Quote ID (UUID).
        public_id: Public ID.
        type: Asset type (coin/token), or an operation name.
        from_: Source asset symbol.
        to: Target asset symbol.
        amount: Quoted amount (may use exponent notation, e.g. `6.0e-6`).
        rate: Quoted rate.
        total: Total, a decimal string or a JSON number.
        wallet: Destination wallet or null.
        checkout: Checkout the quote belongs to, or null.
        order: Order created from the quote: a reference `{id, publicId}` (fields null
            while none), or the full order in `get_quote`.
        external_platform: External platform, or null.
        life_seconds: Lifetime of the quote in seconds.
        life_until_at: End of life, Unix timestamp (seconds).
        confirm_url: URL where the quote can be confirmed, or null (not checked as a
            URI).
        created_at: Unix timestamp (seconds).
    """

    id: Annotated[str, Field(description="Quote ID (UUID).")]
    public_id: Annotated[str, Field(alias="publicId", description="Public ID.")]
    status: _QuoteStatusValue | None = None
    type: Annotated[
        _AssetTypeValue | _OperationNameValue,
        Field(description="Asset type (coin/token), or an operation name."),
    ]
    type_operation_name: Annotated[_OperationNameValue | None, Field(alias="typeOperationName")] = (
        None
    )
    payment: QuotePayment
    from_: Annotated[str, Field(alias="from", description="Source asset symbol.")]
    to: Annotated[str, Field(description="Target asset symbol.")]
    amount: Annotated[
        DecimalText, Field(description="Quoted amount (may use exponent notation, e.g. `6.0e-6`).")
    ]
    rate: Annotated[DecimalText, Field(description="Quoted rate.")]
    commission: QuoteCommission
    total: Annotated[Decimal, Field(description="Total, a decimal string or a JSON number.")]
    parent_order: Annotated[ObjectRef | None, Field(alias="parentOrder")] = None
    user: UserSummary | None = None
    wallet: Annotated[str | None, Field(description="Destination wallet or null.")]
    checkout: Annotated[
        Checkout | None, Field(description="Checkout the quote belongs to, or null.")
    ] = None
    order: Annotated[
        Order | ObjectRef | None,
        Field(
            description="Order created from the quote: a reference `{id, publicId}` (fields null while none), or the full order in `get_quote`."
        ),
    ] = None
    external_platform: Annotated[
        ExternalPlatform | None,
        Field(alias="externalPlatform", description="External platform, or null."),
    ] = None
    life_seconds: Annotated[
        StrictInt, Field(alias="lifeSeconds", description="Lifetime of the quote in seconds.")
    ]
    life_until_at: Annotated[
        StrictInt, Field(alias="lifeUntilAt", description="End of life, Unix timestamp (seconds).")
    ]
    confirm_url: Annotated[
        str | None,
        Field(
            alias="confirmUrl",
            description="URL where the quote can be confirmed, or null (not checked as a URI).",
        ),
    ] = None
    created_at: Annotated[
        StrictInt, Field(alias="createdAt", description="Unix timestamp (seconds).")
    ]


class QuoteEnvelope(Model):
    """
    `{data: Quote}`.
    """

    data: Quote


class QuoteList(Model):
    """
    `{data: [Quote]}`.
    """

    data: list[Quote]


__all__ = [
    "AccessToken",
    "AccessTokenList",
    "ApprovalStatus",
    "ApprovalStatusFilter",
    "AssetBalance",
    "AssetChain",
    "AssetOperations",
    "AssetRates",
    "AssetType",
    "AttemptsQuote",
    "AuthToken",
    "AuthTokenEnvelope",
    "AuthenticateRequest",
    "BalanceAmount",
    "BalanceAmounts",
    "Balances",
    "BalancesEnvelope",
    "BankAccount",
    "BankAccountCreateRequest",
    "BankAccountEnvelope",
    "BankAccountList",
    "Card",
    "CardEnvelope",
    "CardList",
    "CardUploadRequest",
    "ChangePasswordRequest",
    "Checkout",
    "CheckoutEnvelope",
    "CheckoutList",
    "CheckoutStatus",
    "CountMeta",
    "Country",
    "CountryList",
    "CurrencyAsset",
    "CurrencyCatalog",
    "CurrencyCatalogEnvelope",
    "DepositAddress",
    "DepositAddressEnvelope",
    "DepositAddressRequest",
    "DepositDestination",
    "DepositRequest",
    "EddFundsOrigin",
    "EddFundsSource",
    "EddOptions",
    "EddTransactionsNatureFrequency",
    "EddTransactionsNatureValue",
    "EddTransactionsPurpose",
    "ErrorMessage",
    "ExternalPlatform",
    "FiatCurrency",
    "ForgotPasswordRequest",
    "HistoryPeriod",
    "IenType",
    "Kyc",
    "KycAddress",
    "KycAddressRequest",
    "KycAmounts",
    "KycCreateRequest",
    "KycDocument",
    "KycDocumentRequest",
    "KycDocumentType",
    "KycDocuments",
    "KycEdd",
    "KycEddRequest",
    "KycEnvelope",
    "KycLinks",
    "KycPersonal",
    "KycPersonalDataRequest",
    "KycPhone",
    "KycRejectReasons",
    "KycStatus",
    "KycVideo",
    "KycVideoRequest",
    "LevelLimits",
    "LimitRange",
    "LimitToggle",
    "LimitValue",
    "LinkedPlatform",
    "LogoutResult",
    "LogoutResultEnvelope",
    "Message",
    "MessageEnvelope",
    "NotificationMeta",
    "NotificationReadFilter",
    "ObjectRef",
    "OperationEntry",
    "OperationLimits",
    "OperationName",
    "OperationSettings",
    "Operations",
    "Order",
    "OrderCommissions",
    "OrderDirection",
    "OrderEnvelope",
    "OrderList",
    "OrderPayment",
    "OrderStatus",
    "PageMeta",
    "ParticularOperations",
    "PaymentMethodConfig",
    "PaymentMethodLimits",
    "PaymentProofRequest",
    "PaymentType",
    "PermanentNotification",
    "PermanentNotificationList",
    "PhoneAddRequest",
    "PhoneVerification",
    "PhoneVerificationEnvelope",
    "PhoneVerifyRequest",
    "Platform",
    "PlatformCall",
    "PlatformCallList",
    "PlatformEnvelope",
    "PlatformIen",
    "PlatformIntegration",
    "PlatformIntegrations",
    "PlatformLevel",
    "PlatformPaymentMethods",
    "PlatformReference",
    "PlatformUpdateRequest",
    "PlatformUser",
    "PlatformUserList",
    "Price",
    "PriceAmounts",
    "PriceAssets",
    "PriceCommission",
    "PriceEnvelope",
    "PricePayment",
    "Quote",
    "QuoteCommission",
    "QuoteConfirmRequest",
    "QuoteCreateRequest",
    "QuoteEnvelope",
    "QuoteList",
    "QuoteOrderType",
    "QuotePayment",
    "QuoteStatus",
    "RateHistory",
    "RatePoint",
    "RatePointList",
    "RateSet",
    "RejectReason",
    "ResetPasswordRequest",
    "ResetTokenDisplay",
    "ReverifyEmailRequest",
    "SecondOperationEntry",
    "SecondOperationSettings",
    "SecondOrderType",
    "SecurityEvent",
    "SecurityEventList",
    "SelfDeleteRequest",
    "SnakePageMeta",
    "StaffList",
    "StaffMember",
    "TemporaryNotification",
    "TemporaryNotificationList",
    "TransactionsNatureFrequency",
    "TransactionsNatureValue",
    "Transfer",
    "TransferAction",
    "TransferCommission",
    "TransferConfirmRequest",
    "TransferCreateRequest",
    "TransferEnvelope",
    "TransferList",
    "TransferParty",
    "TransferStatus",
    "UserAccount",
    "UserAddressInput",
    "UserCreateMeta",
    "UserCreateRequest",
    "UserCreatedEnvelope",
    "UserMeta",
    "UserOptions",
    "UserPlatformLinkInput",
    "UserProfile",
    "UserProfileEnvelope",
    "UserSummary",
    "ValidationError",
    "ValidationErrorFields",
    "VerifyEmailRequest",
    "Wallet",
    "WalletCreateRequest",
    "WalletEnvelope",
    "WalletList",
    "WalletUpdateRequest",
]
