"""Models of specs/cryptocoinpro.yaml, by datamodel-code-generator; do not edit."""

from __future__ import annotations

from coinspec._core.types import OpenStrEnum

from pydantic import Field, RootModel, StrictInt
from coinspec._core.model import Model
from enum import IntEnum, StrEnum
from typing import Annotated
from uuid import UUID
from datetime import date as date_aliased
from coinspec._core.types import AwareDatetime, Decimal, DecimalText, Upload


class ValidationErrorFields(RootModel[dict[str, list[str] | str]]):
    """
    Field name -> list of messages (a single string in the authenticate-jwt 403 example).
    """

    root: dict[str, list[str] | str]


class ErrorMessage(Model):
    """
    Error body `{error: ...}` (authentication failures, and some 403/412/423 errors).
    """

    error: str
    """
    The error message.
    """


class Message(Model):
    """
    Body carrying only a `message`: used both for errors (403/404/409/410/412/421/423/425...) and for plain success confirmations.
    """

    message: str
    """
    The message.
    """


class MessageEnvelope(Model):
    """
    `{data: {message}}` envelope returned by the password-reset endpoints.
    """

    data: Message


class ApprovalStatus(OpenStrEnum):
    """
    Status of a bank account, card or wallet. Responses use upper case; the list filters use lower case (`ApprovalStatusFilter`).
    """

    CONFIRMED = "CONFIRMED"
    REJECTED = "REJECTED"
    PENDING = "PENDING"


class ApprovalStatusFilter(StrEnum):
    """
    Status filter of the bank, card and wallet lists.
    """

    CONFIRMED = "confirmed"
    REJECTED = "rejected"
    PENDING = "pending"


class AssetType(OpenStrEnum):
    """
    Kind of asset.
    """

    COIN = "coin"
    TOKEN = "token"


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


class OrderStatus(OpenStrEnum):
    """
    Order status.
    """

    APPROVED = "APPROVED"
    REJECTED = "REJECTED"
    PROCESSING_PAYMENT = "PROCESSING_PAYMENT"
    PAYMENT_WAITING = "PAYMENT_WAITING"


class OrderDirection(OpenStrEnum):
    """
    Direction of an order (`typeOperation`).
    """

    IN = "in"
    OUT = "out"


class QuoteStatus(OpenStrEnum):
    """
    Quote status.
    """

    AVAILABLE = "available"
    COMPLETED = "completed"
    EXPIRED = "expired"


class CheckoutStatus(OpenStrEnum):
    """
    Checkout status. The list filter documents created, processing and finished; the platform example also shows expired.
    """

    CREATED = "created"
    PROCESSING = "processing"
    FINISHED = "finished"
    EXPIRED = "expired"


class TransferStatus(OpenStrEnum):
    """
    Transfer status.
    """

    PENDING = "pending"
    COMPLETED = "completed"


class TransferAction(StrEnum):
    """
    Direction of a transfer request.
    """

    SEND = "send"
    RECEIVE = "receive"


class KycStatus(OpenStrEnum):
    """
    Review status of a KYC section.
    """

    NOT_COMPLETED = "NOT COMPLETED"
    PENDING = "PENDING"
    ACCEPTED = "ACCEPTED"
    APPROVED = "APPROVED"


class KycDocumentType(StrEnum):
    """
    KYC document slot.
    """

    GOVERNMENT_ID_FRONT = "governmentIdFront"
    GOVERNMENT_ID_BACK = "governmentIdBack"
    PASSPORT = "passport"
    SELFIE_WITH_ID = "selfieWithId"
    UTILITY_BILL = "utilityBill"


class EddTransactionsPurpose(StrEnum):
    """
    EDD purpose of the transactions.
    """

    REMITTANCES = "remittances"
    PAYMENTS = "payments"
    INVESTMENTS = "investments"
    SAVINGS = "savings"
    OTHER = "other"


class EddFundsSource(StrEnum):
    """
    EDD source of funds.
    """

    CREDIT_DEBIT_CARD = "credit_debit_card"
    E_WALLET = "e_wallet"
    BANK_ACCOUNT = "bank_account"
    MINING_WALLET = "mining_wallet"
    OTHER = "other"


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


class DepositDestination(OpenStrEnum):
    """
    Destination of a deposit address.
    """

    BROKER = "broker"
    CHECKOUT = "checkout"


class PaymentType(StrEnum):
    """
    Payment type of a new quote.
    """

    BANK = "bank"
    CARD = "card"


class IenType(OpenStrEnum):
    """
    Instant event notification (IEN) signing type of a platform.
    """

    JWT = "jwt"
    HMAC = "hmac"


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


class SecondOrderType(StrEnum):
    """
    Operation that follows a buy.
    """

    WITHDRAW = "withdraw"
    WITHDRAW_ICO = "withdrawIco"


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


class NotificationReadFilter(StrEnum):
    """
    Read-state filter of temporary notifications.
    """

    READ = "read"
    UNREAD = "unread"


class AuthenticateRequest(Model):
    """
    Credentials of `authenticate`.
    """

    email: Annotated[str, Field(max_length=191)]
    """
    The user email - (email|max:191).
    """
    password: Annotated[str, Field(max_length=191)]
    """
    The user password - (max:191).
    """


class AuthToken(Model):
    """
    An access token; send `id` as `Authorization: Bearer <id>`.
    """

    id: str
    """
    The access token.
    """
    ttl: StrictInt
    """
    Lifetime of the token in seconds.
    """
    created: AwareDatetime
    """
    Creation time (ISO 8601).
    """
    user_id: Annotated[str, Field(alias="userId")]
    """
    ID of the authenticated user.
    """


class AuthTokenEnvelope(Model):
    """
    `{data: AuthToken}`.
    """

    data: AuthToken


class LogoutResult(Model):
    """
    Result of `logout`.
    """

    logout: bool
    """
    True when the tokens were destroyed.
    """


class LogoutResultEnvelope(Model):
    """
    `{data: LogoutResult}`.
    """

    data: LogoutResult


class BankAccount(Model):
    """
    A user bank account.
    """

    id: str
    """
    Bank account ID (UUID).
    """
    status: ApprovalStatus
    bank_name: Annotated[str, Field(alias="bankName")]
    """
    The bank name.
    """
    iban: str
    """
    The bank IBAN.
    """
    swift: str
    """
    The bank SWIFT code. Not constrained here: the examples show `123456` and `3253453465`, although the create rule is between:8,11.
    """
    currency: str
    """
    ISO currency code.
    """
    created_at: Annotated[StrictInt, Field(alias="createdAt")]
    """
    Unix timestamp (seconds).
    """


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
    """

    bank_name: Annotated[str, Field(alias="bankName", max_length=191)]
    """
    The bank name - (max:191).
    """
    iban: Annotated[str, Field(max_length=191, pattern="^[A-Za-z0-9]+$")]
    """
    The bank IBAN - (max:191|alpha_num|unique).
    """
    swift: Annotated[str, Field(max_length=11, min_length=8, pattern="^[A-Za-z0-9]+$")]
    """
    The bank Swift code - (alpha_num|between:8,11).
    """
    currency: Annotated[str, Field(pattern="^[A-Z]{3}$")]
    """
    The bank ISO currency code - (alpha_num|isoCurrencyCode).
    """


class Card(Model):
    """
    A user payment card.
    """

    id: str
    """
    Card ID (UUID).
    """
    status: ApprovalStatus
    alias: str
    """
    The card custom alias.
    """
    holder_name: Annotated[str, Field(alias="holderName")]
    """
    The card holder name.
    """
    expiration_date: Annotated[str, Field(alias="expirationDate")]
    """
    Expiration date, `mm/yy`.
    """
    last_four_digits: Annotated[str, Field(alias="lastFourDigits")]
    """
    The card last 4 digits.
    """
    card_image1: Annotated[str, Field(alias="cardImage1")]
    """
    ID of the uploaded card image (a numeric string).
    """
    card_image2: Annotated[str, Field(alias="cardImage2")]
    """
    ID of the uploaded image of the user holding the card (a numeric string).
    """
    created_at: Annotated[StrictInt, Field(alias="createdAt")]
    """
    Unix timestamp (seconds).
    """


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
    """

    language: str
    """
    Language code.
    """
    theme: str
    """
    UI theme (light/dark).
    """


class UserMeta(Model):
    """
    User metadata.
    """

    source: str
    """
    Where the account was created (web, api...).
    """
    password_set: Annotated[bool, Field(alias="passwordSet")]
    """
    Whether the user has set a password.
    """


class UserSummary(Model):
    """
    A user as embedded in checkouts, platform orders and platform quotes (identifier in `id`; the user endpoints call it `uuid`, see `UserAccount`).
    """

    id: str
    """
    User ID (UUID).
    """
    is_active: Annotated[bool, Field(alias="isActive")]
    """
    Whether the account is active.
    """
    trade_status: Annotated[bool, Field(alias="tradeStatus")]
    """
    Whether the user may trade.
    """
    email: str
    """
    User email.
    """
    options: UserOptions
    meta: UserMeta
    self_deleted_at: Annotated[StrictInt | None, Field(alias="selfDeletedAt")]
    """
    When the user asked for self deletion, or null.
    """
    created_at: Annotated[StrictInt, Field(alias="createdAt")]
    """
    Unix timestamp (seconds).
    """


class ExternalPlatform(Model):
    """
    The external platform an object came through; all fields null when none. Document mistake: the platform examples swap the values (`code: "PlatformName"`, `name: "PlatformCode"`); they are kept as shown.
    """

    code: str | None
    """
    Platform code.
    """
    name: str | None
    """
    Platform name.
    """
    url: str | None
    """
    Platform URL.
    """


class ObjectRef(Model):
    """
    Reference to a related order, quote or transfer; both fields null when there is none.
    """

    id: str | None
    """
    ID (UUID) or null.
    """
    public_id: Annotated[str | None, Field(alias="publicId")]
    """
    Public (short) ID or null.
    """


class AttemptsQuote(Model):
    """
    How many quotes were attempted in a checkout, and the limit.
    """

    count: StrictInt
    """
    Attempts so far.
    """
    limit: StrictInt
    """
    Maximum attempts.
    """


class Checkout(Model):
    """
    A checkout session.
    """

    id: str
    """
    Checkout ID (UUID).
    """
    public_id: Annotated[str, Field(alias="publicId")]
    """
    Public ID.
    """
    status: CheckoutStatus
    step: str
    """
    Current checkout step (kyc, account-details, thank-you...).
    """
    attempts_quote: Annotated[AttemptsQuote, Field(alias="attemptsQuote")]
    request_id: Annotated[str, Field(alias="requestId")]
    """
    The platform's request ID (a UUID in most examples, `97` in the order example).
    """
    payment_type: Annotated[str, Field(alias="paymentType")]
    """
    Payment type (bank, card...).
    """
    ip: str | None
    """
    Client IP; null or empty string when unknown.
    """
    url: str | None
    """
    Checkout URL. The document's examples contain line-wrap artefacts (`*` followed by spaces) inside the URL; they are kept verbatim.
    """
    redirect_url: Annotated[str | None, Field(alias="redirectUrl")] = None
    """
    Where the user is sent at the end.
    """
    ping_url: Annotated[str | None, Field(alias="pingUrl")] = None
    """
    URL pinged on status changes.
    """
    user: UserSummary | None = None
    external_platform: Annotated[ExternalPlatform | None, Field(alias="externalPlatform")] = None
    expired_at: Annotated[StrictInt, Field(alias="expiredAt")]
    """
    Expiry time, Unix timestamp (seconds).
    """
    created_at: Annotated[StrictInt, Field(alias="createdAt")]
    """
    Unix timestamp (seconds).
    """


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
    """

    code: str
    """
    ISO 3166-1 alpha-2 code.
    """
    name: str
    """
    Country name.
    """
    phone_code: Annotated[StrictInt, Field(alias="phoneCode")]
    """
    International dialling code (0 when none).
    """


class CountryList(Model):
    """
    `{data: [Country]}`.
    """

    data: list[Country]


class AssetChain(Model):
    """
    The chain an asset lives on.
    """

    name: str
    """
    Chain name.
    """
    symbol: str
    """
    Chain symbol.
    """


class SecondOperationSettings(Model):
    """
    Settings of an operation that may follow another one.
    """

    mandatory: bool
    """
    Whether the second operation is mandatory.
    """


class SecondOperationEntry(RootModel[dict[str, SecondOperationSettings]]):
    """
    One follow-up operation: a single key, the operation name (e.g. `withdraw`), mapping to its settings.
    """

    root: Annotated[dict[str, SecondOperationSettings], Field(max_length=1, min_length=1)]


class OrderPayment(Model):
    """
    Payment details of an order.
    """

    method: str | None
    """
    Payment method (bank, card...) or null.
    """
    id: str | None
    """
    ID of the payment method (UUID) or null.
    """
    url: str | None
    """
    Payment (confirmation) URL or null. The examples contain stray spaces inside the query string; kept verbatim.
    """
    fee_percent: Annotated[Decimal, Field(alias="feePercent")]
    """
    Payment fee percent. Document mistake: a JSON number (`0`) in the deposit example and a string (`"0"`) in the order examples; both are accepted.
    """
    proof_uploaded: Annotated[bool | None, Field(alias="proofUploaded")]
    """
    Whether a proof of payment was uploaded; every example shows null, the type is inferred from the name.
    """


class QuotePayment(Model):
    """
    Payment details of a quote.
    """

    type: str
    """
    Payment type (bank, card...).
    """
    id: str | None
    """
    Payment method ID (UUID) or null.
    """
    mandatory: bool | None = None
    """
    Whether the payment method is mandatory.
    """


class QuoteConfirmRequest(Model):
    """
    Body of `confirm_quote`.
    """

    order_payment_method: Annotated[UUID | None, Field(alias="orderPaymentMethod")] = None
    """
    The payment id, required only if no payment method provided at quote create - (in:$user->paymentMethods).
    """


class DepositAddressRequest(Model):
    """
    Body of `get_deposit_address`.
    """

    asset: str
    """
    The asset symbol - (in:assets->symbol).
    """
    destination: DepositDestination | None = None
    """
    The address destination - (in:broker,checkout).
    """


class DepositAddress(Model):
    """
    A deposit address.
    """

    id: str
    """
    Address ID (UUID).
    """
    address: str
    """
    The address.
    """
    type: str
    """
    Address type (e.g. cold).
    """
    destination: DepositDestination
    status: str
    """
    Address status (e.g. enabled).
    """
    chain: str
    """
    Chain symbol.
    """
    created_at: Annotated[StrictInt, Field(alias="createdAt")]
    """
    Unix timestamp (seconds).
    """


class DepositAddressEnvelope(Model):
    """
    `{data: DepositAddress}`.
    """

    data: DepositAddress


class KycLinks(Model):
    """
    Signed links to the hosted KYC pages; empty string when not available. The examples contain `*` line-wrap artefacts inside the URLs; kept verbatim.
    """

    address: str
    """
    Address page link.
    """
    documents: str
    """
    Documents page link.
    """
    video: str
    """
    Video page link.
    """
    enhanced_due_diligence: Annotated[str, Field(alias="enhancedDueDiligence")]
    """
    EDD page link.
    """


class KycPhone(Model):
    """
    Phone section of the KYC.
    """

    required: bool
    """
    Whether the section is required.
    """
    number: str
    """
    Phone number.
    """
    is_verified: Annotated[bool, Field(alias="isVerified")]
    """
    Whether the number is verified.
    """


class RejectReason(Model):
    """
    Why a KYC item was rejected.
    """

    code: str
    """
    Reason code.
    """
    message: str
    """
    Reason text.
    """


class KycRejectReasons(RootModel[dict[str, RejectReason]]):
    """
    Field name -> reject reason.
    """

    root: dict[str, RejectReason]


class KycPersonal(Model):
    """
    Personal data section of the KYC.
    """

    required: bool
    """
    Whether the section is required.
    """
    status: KycStatus
    reject_reason: Annotated[KycRejectReasons | None, Field(alias="rejectReason")] = None
    first_name: Annotated[str, Field(alias="firstName")]
    """
    First name.
    """
    last_name: Annotated[str, Field(alias="lastName")]
    """
    Last name.
    """
    date_of_birth: Annotated[StrictInt, Field(alias="dateOfBirth")]
    """
    Date of birth, Unix timestamp (seconds).
    """


class KycAddress(Model):
    """
    Address section of the KYC.
    """

    required: bool
    """
    Whether the section is required.
    """
    email_sent: Annotated[bool | None, Field(alias="emailSent")] = None
    """
    Whether the reminder email was sent.
    """
    status: KycStatus
    reject_reason: Annotated[KycRejectReasons | None, Field(alias="rejectReason")] = None
    country: str | None
    """
    Country ISO code or null.
    """
    city: str
    """
    City (empty string when not given).
    """
    zip: str | None
    """
    Zip code or null.
    """
    street: str
    """
    Street (empty string when not given).
    """


class KycDocument(Model):
    """
    One KYC document.
    """

    status: KycStatus
    reject_reason: Annotated[RejectReason | None, Field(alias="rejectReason")] = None
    url: str | None
    """
    Document URL, or null when none was uploaded (the examples show a truncated `https:`).
    """


class KycDocuments(Model):
    """
    Documents section of the KYC.
    """

    required: bool
    """
    Whether the section is required.
    """
    email_sent: Annotated[bool | None, Field(alias="emailSent")] = None
    """
    Whether the reminder email was sent.
    """
    government_id_front: Annotated[KycDocument, Field(alias="governmentIdFront")]
    government_id_back: Annotated[KycDocument, Field(alias="governmentIdBack")]
    passport: KycDocument
    utility_bill: Annotated[KycDocument, Field(alias="utilityBill")]
    selfie_with_id: Annotated[KycDocument, Field(alias="selfieWithId")]
    extended_proof_of_funds: Annotated[list[KycDocument], Field(alias="extendedProofOfFunds")]
    """
    Extended proof of funds documents (only empty arrays appear in the document; the item type is assumed).
    """
    temp_files: Annotated[list[KycDocument] | None, Field(alias="tempFiles")] = None
    """
    Temporary files (only empty arrays appear in the document; the item type is assumed).
    """


class KycVideo(Model):
    """
    Video identification section of the KYC.
    """

    required: bool
    """
    Whether the section is required.
    """
    email_sent: Annotated[bool, Field(alias="emailSent")]
    """
    Whether the email was sent.
    """
    status: KycStatus | None
    """
    Status, or null when never started.
    """
    video_file: Annotated[str | None, Field(alias="videoFile")]
    """
    Video file URL or null.
    """
    schedule_date: Annotated[str | None, Field(alias="scheduleDate")]
    """
    Scheduled date (`Y-m-d H:i:s`) or null; only null appears in the document.
    """
    schedule_date_timezone: Annotated[str | None, Field(alias="scheduleDateTimezone")]
    """
    Time zone of the scheduled date or null.
    """
    cancel_schedule_url: Annotated[str | None, Field(alias="cancelScheduleUrl")]
    """
    URL to cancel the schedule, or null.
    """
    reschedule_url: Annotated[str | None, Field(alias="rescheduleUrl")]
    """
    URL to reschedule, or null.
    """


class EddOptions(Model):
    """
    Values accepted by the EDD form.
    """

    transactions_purpose: Annotated[list[str], Field(alias="transactionsPurpose")]
    """
    Purposes.
    """
    transactions_nature_value: Annotated[list[str], Field(alias="transactionsNatureValue")]
    """
    Value ranges (index 1..5 in the request).
    """
    transactions_nature_frequency: Annotated[list[str], Field(alias="transactionsNatureFrequency")]
    """
    Frequency ranges (index 1..5 in the request).
    """
    funds_source: Annotated[list[str], Field(alias="fundsSource")]
    """
    Sources of funds.
    """
    funds_origin: Annotated[list[str], Field(alias="fundsOrigin")]
    """
    Origins of funds.
    """


class KycEdd(Model):
    """
    Enhanced due diligence section of the KYC. Document mistake: the KYC endpoints show `transactionsNatureValueField`/`transactionsNatureFrequencyField` (range labels), the user profile shows `transactionsNatureValue`/`transactionsNatureFrequency` plus `eddData`; all are optional properties.
    """

    required: bool
    """
    Whether the section is required.
    """
    email_sent: Annotated[bool | None, Field(alias="emailSent")] = None
    """
    Whether the email was sent.
    """
    status: KycStatus | None
    """
    Status, or null when never started.
    """
    edd_data: Annotated[EddOptions | None, Field(alias="eddData")] = None
    transactions_purpose: Annotated[str | None, Field(alias="transactionsPurpose")]
    """
    Purpose, or null.
    """
    transactions_purpose_other: Annotated[str | None, Field(alias="transactionsPurposeOther")]
    """
    Other purpose, or null.
    """
    transactions_nature_value_field: Annotated[
        str | None, Field(alias="transactionsNatureValueField")
    ] = None
    """
    Value range label (e.g. `1 - 1000`).
    """
    transactions_nature_frequency_field: Annotated[
        str | None, Field(alias="transactionsNatureFrequencyField")
    ] = None
    """
    Frequency range label (e.g. `6 - 10`).
    """
    transactions_nature_value: Annotated[
        str | StrictInt | None, Field(alias="transactionsNatureValue")
    ] = None
    """
    Value range (only null appears in the document).
    """
    transactions_nature_frequency: Annotated[
        str | StrictInt | None, Field(alias="transactionsNatureFrequency")
    ] = None
    """
    Frequency range (only null appears in the document).
    """
    funds_source: Annotated[str | None, Field(alias="fundsSource")]
    """
    Source of funds, or null.
    """
    funds_source_other: Annotated[str | None, Field(alias="fundsSourceOther")]
    """
    Other source, or null.
    """
    funds_source_file: Annotated[str | None, Field(alias="fundsSourceFile")]
    """
    Source proof file URL, or null.
    """
    funds_origin: Annotated[str | None, Field(alias="fundsOrigin")]
    """
    Origin of funds, or null.
    """
    funds_origin_other: Annotated[str | None, Field(alias="fundsOriginOther")]
    """
    Other origin, or null.
    """
    funds_origin_file: Annotated[str | None, Field(alias="fundsOriginFile")]
    """
    Origin proof file URL, or null.
    """
    created_at: Annotated[StrictInt | None, Field(alias="createdAt")]
    """
    Submission time, Unix timestamp (seconds), or null.
    """


class PhoneVerification(Model):
    """
    The user's phone and its verification state.
    """

    phone: str
    """
    Phone number.
    """
    status: StrictInt
    """
    Verification status: 0 unverified, 1 verified.
    """
    created_at: Annotated[StrictInt, Field(alias="createdAt")]
    """
    Unix timestamp (seconds).
    """


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


class EddTransactionsNatureFrequency(IntEnum):
    """
    The user edd transaction nature frequency - (in:1,2,3,4,5).
    """

    INTEGER_1 = 1
    INTEGER_2 = 2
    INTEGER_3 = 3
    INTEGER_4 = 4
    INTEGER_5 = 5


class KycPersonalDataRequest(Model):
    """
    Body of `create_kyc_personal_data`.
    """

    first_name: Annotated[str, Field(alias="firstName", max_length=191)]
    """
    The user first name - (alpha_space|max:191): letters and spaces (Unicode letters; not expressed as a pattern).
    """
    last_name: Annotated[str, Field(alias="lastName", max_length=191)]
    """
    The user last name - (alpha_space|max:191): letters and spaces (Unicode letters; not expressed as a pattern).
    """
    date_of_birth: Annotated[date_aliased, Field(alias="dateOfBirth")]
    """
    The user date of birth, must be minimum 18 years - (date_format:Y-m-d|before_or_equal:now()->subYears(18)->format('Y-m-d')). The table calls the type dateTime; the format is a date.
    """


class KycVideoRequest(Model):
    """
    Body of `create_kyc_video`: the date of the video identification call (no file is uploaded).
    """

    date: Annotated[str, Field(pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$")]
    """
    The scheduled KYC Video date - (date_format:Y-m-d H:i:s|after_or_equal:now).
    """


class TransactionsNatureValue(IntEnum):
    """
    The user edd transaction nature value - (in:1,2,3,4,5).
    """

    INTEGER_1 = 1
    INTEGER_2 = 2
    INTEGER_3 = 3
    INTEGER_4 = 4
    INTEGER_5 = 5


class TransactionsNatureFrequency(IntEnum):
    """
    The user edd transaction nature frequency - (in:1,2,3,4,5).
    """

    INTEGER_1 = 1
    INTEGER_2 = 2
    INTEGER_3 = 3
    INTEGER_4 = 4
    INTEGER_5 = 5


class PhoneAddRequest(Model):
    """
    Body of `add_kyc_phone`.
    """

    phone: Annotated[str, Field(pattern="^[0-9]{7,15}$")]
    """
    The user phone number - (numeric|digits_between:7,15).
    """


class PhoneVerifyRequest(Model):
    """
    Body of `verify_kyc_phone`.
    """

    code: str
    """
    The user phone SMS code - (in:user->codeSms).
    """


class PermanentNotification(Model):
    """
    A permanent (state) notification.
    """

    type: str
    """
    Always `permanently`.
    """
    category: str
    """
    Category (notification, user, kyc, quote, order, wallet, card, bank...).
    """
    code: str
    """
    Notification code.
    """
    message: str
    """
    Notification text.
    """


class CountMeta(Model):
    """
    Count of a list.
    """

    total: StrictInt
    """
    Total. Document mistake: the permanent notifications example says 2 next to 8 items.
    """


class PermanentNotificationList(Model):
    """
    `{data: [PermanentNotification], meta}`.
    """

    data: list[PermanentNotification]
    meta: CountMeta


class NotificationMeta(Model):
    """
    The object a notification is about.
    """

    id: str
    """
    Object ID (UUID).
    """
    public_id: Annotated[str, Field(alias="publicId")]
    """
    Object public ID.
    """


class TemporaryNotification(Model):
    """
    A temporary (event) notification.
    """

    id: str
    """
    Notification ID (UUID).
    """
    title: str
    """
    Title.
    """
    message: str
    """
    Text.
    """
    category: str
    """
    Category.
    """
    code: str
    """
    Code.
    """
    meta: NotificationMeta
    created_at: Annotated[StrictInt, Field(alias="createdAt")]
    """
    Unix timestamp (seconds).
    """
    read_at: Annotated[StrictInt | None, Field(alias="readAt")]
    """
    When it was read, Unix timestamp (seconds), or null.
    """


class PageMeta(Model):
    """
    Pagination data (camelCase).
    """

    total: StrictInt
    """
    Total items.
    """
    current_page: Annotated[StrictInt, Field(alias="currentPage")]
    """
    Current page.
    """
    per_page: Annotated[StrictInt, Field(alias="perPage")]
    """
    Page size.
    """
    last_page: Annotated[StrictInt, Field(alias="lastPage")]
    """
    Last page.
    """


class TemporaryNotificationList(Model):
    """
    `{data: [TemporaryNotification], meta: PageMeta}`.
    """

    data: list[TemporaryNotification]
    meta: PageMeta


class PlatformIen(Model):
    """
    Instant event notification settings.
    """

    url: str
    """
    IEN URL.
    """
    type: IenType


class PlatformIntegration(Model):
    """
    One integration of the platform.
    """

    status: bool
    """
    Whether it is enabled.
    """
    url: str | None = None
    """
    Integration URL.
    """


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
    """

    fiat: str
    """
    Reference fiat.
    """
    period_type: Annotated[str, Field(alias="periodType")]
    """
    Period unit (e.g. MONTHS).
    """
    period_value: Annotated[str, Field(alias="periodValue")]
    """
    Period length, a numeric string.
    """


class LevelLimits(Model):
    """
    Maximum amounts of a KYC level (JSON numbers).
    """

    buy: Decimal
    """
    Maximum buy amount.
    """
    sell: Decimal
    """
    Maximum sell amount.
    """


class PlatformLevel(Model):
    """
    A KYC level of the platform.
    """

    level: str
    """
    Level number. Document inconsistency: a string here (`"1"`), an integer in the user KYC (`level: 2`).
    """
    name: str
    """
    Level name.
    """
    required: list[str]
    """
    KYC items required for the level.
    """
    max: LevelLimits


class LimitToggle(Model):
    """
    An optional limit.
    """

    status: bool
    """
    Whether the limit applies.
    """
    value: Decimal | None
    """
    Limit amount, or null.
    """


class PaymentMethodLimits(Model):
    """
    Limits of a payment method.
    """

    first_max_order_value: Annotated[Decimal, Field(alias="firstMaxOrderValue")]
    """
    Maximum value of a user's first order.
    """
    lower: LimitToggle
    upper: LimitToggle


class PaymentMethodConfig(Model):
    """
    A payment method of the platform.
    """

    status: bool
    """
    Whether it is enabled.
    """
    name: str
    """
    Name (fiat for bank, processor for card).
    """
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
    """

    name: Annotated[str, Field(max_length=191)]
    """
    The platform name - (max:191).
    """
    base_url: Annotated[str, Field(alias="baseUrl", max_length=191)]
    """
    The platform base URL - (url|max:191).
    """
    ien_url: Annotated[str, Field(alias="ienUrl", max_length=191)]
    """
    The platform IEN URL - (url|max:191).
    """
    ien_type: Annotated[IenType, Field(alias="ienType")]
    """
    The platform IEN type - (in:jwt,hmac).
    """
    color_code: Annotated[
        str, Field(alias="colorCode", pattern="^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$")
    ]
    """
    The platform color code - (regex:/^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$/).
    """


class StaffMember(Model):
    """
    A staff member of the platform.
    """

    id: str
    """
    Staff ID (UUID).
    """
    user_id: Annotated[str, Field(alias="userId")]
    """
    User ID (UUID).
    """
    email: str
    """
    Email.
    """
    first_name: Annotated[str, Field(alias="firstName")]
    """
    First name.
    """
    last_name: Annotated[str, Field(alias="lastName")]
    """
    Last name.
    """
    is_active: Annotated[bool, Field(alias="isActive")]
    """
    Whether active.
    """
    role: str
    """
    Role (e.g. superadmin).
    """


class SnakePageMeta(Model):
    """
    Pagination data (snake_case, unlike the camelCase `PageMeta` of notifications).
    """

    total: StrictInt
    """
    Total items.
    """
    current_page: StrictInt
    """
    Current page.
    """
    per_page: StrictInt
    """
    Page size.
    """
    last_page: StrictInt
    """
    Last page.
    """


class StaffList(Model):
    """
    `{data: [StaffMember], meta: SnakePageMeta}`.
    """

    data: list[StaffMember]
    meta: SnakePageMeta


class PlatformUser(Model):
    """
    A user attached to a platform.
    """

    id: str
    """
    The platform's user ID.
    """
    email: str
    """
    Email.
    """
    username: str
    """
    Username.
    """
    created_at: Annotated[StrictInt, Field(alias="createdAt")]
    """
    Unix timestamp (seconds).
    """


class PlatformUserList(Model):
    """
    `{data: [PlatformUser]}`.
    """

    data: list[PlatformUser]


class PlatformCall(Model):
    """
    An API call the service made to the platform.
    """

    endpoint: str
    """
    Called URL.
    """
    verb: str
    """
    HTTP method.
    """
    request: str
    """
    Request body, JSON encoded as a string.
    """
    status: str
    """
    HTTP status of the response, as a string (e.g. `"200"`).
    """
    response: str
    """
    Response body, JSON encoded as a string.
    """
    created_at: Annotated[StrictInt, Field(alias="createdAt")]
    """
    Unix timestamp (seconds).
    """


class PlatformCallList(Model):
    """
    `{data: [PlatformCall]}`.
    """

    data: list[PlatformCall]


class PriceAssets(Model):
    """
    Assets of a price.
    """

    from_: Annotated[str, Field(alias="from")]
    """
    Source asset symbol.
    """
    to: str
    """
    Target asset symbol.
    """


class PricePayment(Model):
    """
    Payment processor costs (every example shows nulls).
    """

    processor: str | None
    """
    Payment processor, or null.
    """
    fee: Decimal | None
    """
    Processor fee, or null.
    """
    fee_on_top: Annotated[Decimal | None, Field(alias="feeOnTop")]
    """
    Fee added on top, or null (only null appears; assumed to be an amount).
    """


class SecurityEvent(Model):
    """
    A security log entry.
    """

    code: str
    """
    Event code.
    """
    name: str
    """
    Event name.
    """
    by: str
    """
    Who triggered it.
    """
    ip: str
    """
    IP address.
    """
    created_at: Annotated[StrictInt, Field(alias="createdAt")]
    """
    Unix timestamp (seconds).
    """


class SecurityEventList(Model):
    """
    `{data: [SecurityEvent]}`.
    """

    data: list[SecurityEvent]


class AccessToken(Model):
    """
    An access token of the user (masked).
    """

    type: str
    """
    Token type (e.g. api).
    """
    you: bool
    """
    Whether it is the token of the current request.
    """
    token: str
    """
    Masked token.
    """
    last_used_at: Annotated[StrictInt, Field(alias="lastUsedAt")]
    """
    Last use, Unix timestamp (seconds).
    """
    created_at: Annotated[StrictInt, Field(alias="createdAt")]
    """
    Unix timestamp (seconds).
    """


class AccessTokenList(Model):
    """
    `{data: [AccessToken]}`.
    """

    data: list[AccessToken]


class ChangePasswordRequest(Model):
    """
    Body of `change_password`.
    """

    current_password: Annotated[str, Field(max_length=191, min_length=8)]
    """
    The current user password - (string|min:8|max:191).
    """
    new_password: Annotated[str, Field(max_length=191, min_length=8)]
    """
    The user new password - (string|min:8|max:191).
    """


class TransferParty(Model):
    """
    A user involved in a transfer.
    """

    id: str
    """
    User ID (UUID).
    """
    email: str
    """
    User email.
    """


class TransferConfirmRequest(Model):
    """
    Body of `confirm_transfer`.
    """

    wallet: str | None = None
    """
    The wallet address/uuid, can be specify only if transfer in receive - (in:$user->wallets).
    """


class ResetTokenDisplay(StrEnum):
    """
    How the reset token is shown in the email.
    """

    TEXT = "text"
    LINK = "link"


class ResetPasswordRequest(Model):
    """
    Body of `reset_password`.
    """

    email: Annotated[str, Field(max_length=255)]
    """
    The user's email (max. 255, example: joe@doe.com)
    """
    token: Annotated[str, Field(max_length=255)]
    """
    The token received by the user in his email (max. 255)
    """
    password: Annotated[str, Field(max_length=191, min_length=8)]
    """
    The new password (min: 8, max: 191)
    """


class UserAddressInput(Model):
    """
    Address given at registration.
    """

    country: Annotated[str | None, Field(pattern="^[A-Z]{2}$")] = None
    """
    The user country ISO code - (countryISOcode).
    """
    city: Annotated[str | None, Field(max_length=191)] = None
    """
    The user city - (max:191).
    """
    zip: str | StrictInt | None = None
    """
    The user zip - (alpha_num|between:4,10). Document mistake: the table gives the type `numeric`, the rule alpha_num and the example a string (`"112233"`); a string or an integer is accepted.
    """
    street: Annotated[str | None, Field(max_length=191)] = None
    """
    The user street - (max:191).
    """


class UserPlatformLinkInput(Model):
    """
    Platform account the new user is linked to.
    """

    id: UUID | None = None
    """
    The platform uuid - (in:platform->uuid).
    """
    user_id: Annotated[str | None, Field(alias="userId", max_length=191)] = None
    """
    The platform user ID - (required_with:platform.code|string|max:191).
    """
    email: str | None = None
    """
    The platform user email - (email).
    """
    username: Annotated[str | None, Field(max_length=191, pattern="^[A-Za-z0-9_-]+$")] = None
    """
    The platform user username - (alpha_dash|max:191).
    """
    referral_id: Annotated[
        str | None, Field(alias="referralId", max_length=191, pattern="^[A-Za-z0-9_-]+$")
    ] = None
    """
    The platform user referral ID - (alpha_dash|max:191).
    """


class UserCreateRequest(Model):
    """
    Body of `create_user`. `password` is required_without:platform.id (modelled with anyOf).
    """

    email: str
    """
    The user email - (email|unique:users).
    """
    password: Annotated[str | None, Field(max_length=191, min_length=8)] = None
    """
    The user password - (required_without:platform.id|min:8|max:191).
    """
    first_name: Annotated[str, Field(alias="firstName", max_length=191)]
    """
    The user first name - (alpha_space|max:191): letters and spaces.
    """
    last_name: Annotated[str, Field(alias="lastName", max_length=191)]
    """
    The user last name - (alpha_space|max:191): letters and spaces.
    """
    date_of_birth: Annotated[date_aliased, Field(alias="dateOfBirth")]
    """
    The user date of birth, must be minimum 18 years - (date_format:Y-m-d|before_or_equal:now()->subYears(18)->format('Y-m-d')).
    """
    phone: Annotated[str | None, Field(pattern="^[0-9]{7,15}$")] = None
    """
    The user phone number - (numeric|digits_between:7,15).
    """
    address: UserAddressInput | None = None
    platform: UserPlatformLinkInput | None = None
    redirect_to: Annotated[str | None, Field(alias="redirectTo")] = None
    """
    The redirect URL after activation email link clicked - (url).
    """


class UserAccount(Model):
    """
    A user account as returned by the user endpoints (identifier in `uuid`; embedded users call it `id`, see `UserSummary`).
    """

    uuid: str
    """
    User ID (UUID).
    """
    is_active: Annotated[bool, Field(alias="isActive")]
    """
    Whether the account is active (false until the email is verified).
    """
    trade_status: Annotated[bool, Field(alias="tradeStatus")]
    """
    Whether the user may trade.
    """
    email: str
    """
    Email.
    """
    options: UserOptions
    meta: UserMeta
    self_deleted_at: Annotated[StrictInt | None, Field(alias="selfDeletedAt")]
    """
    When self deletion was asked, or null.
    """
    created_at: Annotated[StrictInt, Field(alias="createdAt")]
    """
    Unix timestamp (seconds).
    """


class UserCreateMeta(Model):
    """
    Registration details.
    """

    redirect_to: Annotated[str, Field(alias="redirectTo")]
    """
    Where the activation link leads.
    """
    register_type: Annotated[str, Field(alias="registerType")]
    """
    Registration type (e.g. linked).
    """


class UserCreatedEnvelope(Model):
    """
    `{data: UserAccount, meta: UserCreateMeta}`.
    """

    data: UserAccount
    meta: UserCreateMeta


class VerifyEmailRequest(Model):
    """
    Body of `verify_user_email`: `id` or `email`, and the code.
    """

    id: UUID | None = None
    """
    (Required if no email provided) The user id - (uuid).
    """
    email: str | None = None
    """
    (Required if no id provided) The user email - (email).
    """
    code: Annotated[str, Field(pattern="^[A-Za-z0-9]+$")]
    """
    The user email validation code - (alpha_num|in:user->codeEmail).
    """


class ReverifyEmailRequest(Model):
    """
    Body of `reverify_user_email`: `id` or `email`.
    """

    id: UUID | None = None
    """
    (Required if no email provided) The user id - (uuid).
    """
    email: str | None = None
    """
    (Required if no id provided) The user email - (email).
    """


class LinkedPlatform(Model):
    """
    A platform the user is linked to.
    """

    code: str
    """
    Platform code.
    """
    name: str
    """
    Platform name.
    """
    active: bool
    """
    Whether the link is active.
    """
    url: str
    """
    Platform URL.
    """
    created_at: Annotated[StrictInt, Field(alias="createdAt")]
    """
    Unix timestamp (seconds).
    """


class SelfDeleteRequest(Model):
    """
    Body of `initiate_account_close`.
    """

    password: str
    """
    The user password - (string).
    """


class Wallet(Model):
    """
    A user withdrawal wallet.
    """

    id: str
    """
    Wallet ID (UUID).
    """
    status: ApprovalStatus
    alias: str
    """
    Alias.
    """
    address: str
    """
    Address.
    """
    coin: str
    """
    Coin symbol.
    """
    created_at: Annotated[StrictInt, Field(alias="createdAt")]
    """
    Unix timestamp (seconds).
    """


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
    """

    address: Annotated[str, Field(pattern="^[A-Za-z0-9]+$")]
    """
    The wallet address - (alpha_num|unique:wallets).
    """
    alias: Annotated[str, Field(max_length=191, pattern="^[A-Za-z0-9_-]+$")]
    """
    The wallet alias - (alpha_dash|max:191|unique:user->wallets).
    """
    coin: str
    """
    The wallet coin symbol - (in:coins->symbol).
    """


class WalletUpdateRequest(Model):
    """
    Body of `update_wallet`.
    """

    alias: Annotated[str, Field(max_length=191, pattern="^[A-Za-z0-9_-]+$")]
    """
    The wallet alias - (alpha_dash|max:191|unique:user->wallets).
    """


class ValidationError(Model):
    """
    Validation (or generic) error body `{message, errors}`. `errors` maps a field name to the list of its messages; it is `{}` when the error is not tied to a field. Document mistake: the 403 example of `authenticate_via_platform` sends a plain string instead of a list (`"expire": "Invalid time in expire. Must be in future!"`), so a value may be a string or a list of strings.
    """

    message: str
    """
    Human readable summary.
    """
    errors: ValidationErrorFields


class CardUploadRequest(Model):
    """
    Multipart body of `create_card` and `update_card`. The document shows it as JSON with the placeholder string "File" for the images; the images are files, so the body is multipart/form-data.
    """

    card_image1: Annotated[Upload, Field(alias="cardImage1")]
    """
    The card image - (image|mimes:jpg,jpeg,bmp,png|max:10240kb). Image file (mimes: jpg, jpeg, bmp, png; at most 10240 KB).
    """
    card_image2: Annotated[Upload, Field(alias="cardImage2")]
    """
    The card image with user holding it - (image|mimes:jpg,jpeg,bmp,png|max:10240kb). Image file (mimes: jpg, jpeg, bmp, png; at most 10240 KB).
    """
    holder_name: Annotated[str, Field(alias="holderName", max_length=191)]
    """
    The card user name - (max:191).
    """
    expiration_date: Annotated[
        str, Field(alias="expirationDate", pattern="^(0[1-9]|1[0-2])/[0-9]{2}$")
    ]
    """
    The card Expiration date - (date_format:m/y|after_or_equal:today). The server also rejects past dates (not expressible here).
    """
    last_four_digits: Annotated[str, Field(alias="lastFourDigits", pattern="^[0-9]{4}$")]
    """
    The card last 4 digits - (numeric|digits:4).
    """
    alias: Annotated[str, Field(max_length=191, pattern="^[A-Za-z0-9_-]+$")]
    """
    The card custom alias - (alpha_dash|max:191).
    """


class RatePoint(Model):
    """
    A historical rate.
    """

    rate: DecimalText
    """
    The rate (decimal string).
    """
    created_at: Annotated[StrictInt, Field(alias="createdAt")]
    """
    Unix timestamp (seconds).
    """


class RateHistory(Model):
    """
    Rate history by period.
    """

    day: list[RatePoint]
    """
    Rates of the last day.
    """


class RateSet(Model):
    """
    Current and past reference rates of an asset (decimal strings; some use exponent notation, e.g. `6.252E-5`).
    """

    now: DecimalText
    """
    Current rate.
    """
    day: DecimalText
    """
    Rate a day ago.
    """
    week: DecimalText
    """
    Rate a week ago.
    """
    month: DecimalText
    """
    Rate a month ago.
    """
    quarter: DecimalText
    """
    Rate a quarter ago.
    """
    semester: DecimalText
    """
    Rate a semester ago.
    """
    year: DecimalText
    """
    Rate a year ago.
    """
    history: RateHistory | None = None


class AssetRates(Model):
    """
    Rates of an asset.
    """

    raw: RateSet


class LimitValue(RootModel[DecimalText | str | None]):
    root: DecimalText | str | None
    """
    A limit of an operation: a decimal string, or no limit. Document mistake: "no limit" is null in the currency examples and an empty string in the platform examples; both are accepted.
    """


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
    """

    status: bool
    """
    Whether the operation is available.
    """
    limits: OperationLimits
    second_operations: Annotated[list[SecondOperationEntry], Field(alias="secondOperations")]
    """
    Operations that may follow this one.
    """


class OperationEntry(RootModel[dict[str, OperationSettings]]):
    """
    One operation: a single key, the operation name (`deposit`, `buy_with_fiat`, `sell_to_fiat`, `withdraw`, `buy_with_crypto`, `sell_to_crypto`...), mapping to its settings.
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
    """

    general: Annotated[list[OperationEntry], Field(alias="General")]
    """
    Operations available in general.
    """
    particular: Annotated[ParticularOperations, Field(alias="Particular")]


class CurrencyAsset(Model):
    """
    A coin or token and its operations.
    """

    name: str
    """
    Asset name.
    """
    symbol: str
    """
    Asset symbol.
    """
    type: AssetType
    chain: AssetChain
    rates: AssetRates
    operations: AssetOperations


class Operations(RootModel[list[OperationEntry]]):
    root: Annotated[list[OperationEntry], Field(max_length=0)]
    """
    Operations of the fiat. Document mistake: coins carry an operations object, fiats an empty array (PHP's encoding of an empty map); both shapes are accepted.
    """


class FiatCurrency(Model):
    """
    A fiat currency.
    """

    name: str
    """
    Currency name.
    """
    symbol: str
    """
    Currency symbol.
    """
    operations: AssetOperations | Operations
    """
    Operations of the fiat. Document mistake: coins carry an operations object, fiats an empty array (PHP's encoding of an empty map); both shapes are accepted.
    """


class CurrencyCatalog(Model):
    """
    Currencies available to a user or platform. The currency endpoint returns only `coins`; the platform also lists `tokens` and `fiats`.
    """

    coins: list[CurrencyAsset]
    """
    Coins.
    """
    tokens: list[CurrencyAsset] | None = None
    """
    Tokens.
    """
    fiats: list[FiatCurrency] | None = None
    """
    Fiat currencies.
    """


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
    """

    percent: DecimalText
    """
    Commission percent.
    """
    amount: DecimalText
    """
    Commission amount.
    """


class QuoteCommission(Model):
    """
    Commission of a quote (decimal strings; `fromTotal` shows a float artefact `9.000000000000001e-7` in one example).
    """

    from_amount: Annotated[DecimalText, Field(alias="fromAmount")]
    """
    Commission in the source asset.
    """
    from_total: Annotated[DecimalText, Field(alias="fromTotal")]
    """
    Total commission in the source asset.
    """
    discount_percent: Annotated[DecimalText, Field(alias="discountPercent")]
    """
    Discount percent.
    """
    percent: DecimalText
    """
    Commission percent.
    """


class QuoteCreateRequest(Model):
    """
    Body of `create_quote`. Conditional rules of the document are expressed with if/then.
    """

    type: AssetType
    """
    The order type - (in:coin,token).
    """
    order_type: Annotated[QuoteOrderType, Field(alias="orderType")]
    """
    The order operation type - (in:buy_with_crypto,buy_with_fiat,sell_to_crypto,sell_to_fiat,withdraw,withdrawIco).
    """
    second_order_type: Annotated[SecondOrderType | None, Field(alias="secondOrderType")] = None
    """
    The order second operation type (only if type is buy_with_crypto or buy_with_fiat; the document means orderType) - (in:withdraw,withdrawIco).
    """
    order_amount: Annotated[DecimalText, Field(alias="orderAmount")]
    """
    The order amount - (numeric).
    """
    order_symbol: Annotated[str, Field(alias="orderSymbol")]
    """
    The order symbol - (in:coin/token->symbol).
    """
    order_payment_symbol: Annotated[str | None, Field(alias="orderPaymentSymbol")] = None
    """
    The order payment symbol - (required_if:orderType,buy_with_crypto,buy_with_fiat,sell_to_crypto,sell_to_fiat|in:paymentType->symbol).
    """
    order_payment_method: Annotated[UUID | None, Field(alias="orderPaymentMethod")] = None
    """
    The order payment method UUID - (required_if:orderType,buy_with_fiat,sell_to_fiat|in:user->paymentMethods). The table marks it required, but its rule makes it conditional.
    """
    order_payment_type: Annotated[PaymentType | None, Field(alias="orderPaymentType")] = None
    """
    The payment type is required only when you do not provide a orderPaymentMethod - (required_without_all:orderPaymentMethod|in:card,bank).
    """
    wallet: str | None = None
    """
    (Accepts raw wallet addresses or uuid) The wallet/withdraw where to deposit funds, if not provided funds will be keept in CCPro account, also must match orderSymbol chain - (required_if:orderType,withdraw|in:user->wallets).
    """


class DepositRequest(Model):
    """
    Body of `create_deposit`.
    """

    type: AssetType
    """
    The order type - (in:coin,token).
    """
    symbol: str
    """
    The order coin/token symbol - (in:{coin|tokn}->symbol).
    """
    amount: DecimalText
    """
    The order amount - (numeric).
    """
    wallet: Annotated[str | None, Field(max_length=191)] = None
    """
    The order wallet - (max:191).
    """
    tx_id: Annotated[str, Field(alias="txID", max_length=191)]
    """
    The order transaction ID - (max:191). Note the spelling `txID` here and `txId` in the order.
    """


class KycAmounts(Model):
    """
    Buy and sell amounts (decimal strings).
    """

    buy: DecimalText
    """
    Buy amount.
    """
    sell: DecimalText
    """
    Sell amount.
    """


class Kyc(Model):
    """
    The user's KYC state.
    """

    required: str
    """
    Next required KYC step (phone, address...).
    """
    status: KycStatus
    level: StrictInt
    """
    Current KYC level. (Platform levels are strings, see `PlatformLevel`.)
    """
    amounts: KycAmounts
    """
    Amounts used at the current level.
    """
    amounts_next_level: Annotated[KycAmounts, Field(alias="amountsNextLevel")]
    """
    Limits of the next level.
    """
    links: KycLinks
    phone: KycPhone
    personal: KycPersonal
    address: KycAddress
    documents: KycDocuments
    video: KycVideo
    enhanced_due_diligence: Annotated[KycEdd, Field(alias="enhancedDueDiligence")]
    created_at: Annotated[StrictInt, Field(alias="createdAt")]
    """
    Unix timestamp (seconds).
    """


class KycEnvelope(Model):
    """
    `{data: Kyc}`.
    """

    data: Kyc


class KycCreateRequest(Model):
    """
    Multipart body of `create_kyc`. The document writes the nested fields as `documents.governmentIdFront`, `edd.fundsSource`...; on the wire (Laravel form parsing) they are the form fields `documents[governmentIdFront]`, `edd[fundsSource]`..., which is how they are named here. Document mistake: the table marks `documents.governmentIdFront` and `documents.governmentIdBack` required, but their rule is required_without:documents.passport; modelled as: front and back, or passport.
    """

    country: Annotated[str, Field(pattern="^[A-Z]{2}$")]
    """
    The user country ISO code - (countryISOCode).
    """
    city: Annotated[str, Field(max_length=191)]
    """
    The user city - (max:191).
    """
    zip: Annotated[str, Field(max_length=10, min_length=4, pattern="^[A-Za-z0-9]+$")]
    """
    The user zip code - (alpha_num|between:4,10).
    """
    street: Annotated[str, Field(max_length=191)]
    """
    The user street - (max:191).
    """
    documents_government_id_front_: Annotated[
        Upload | None, Field(alias="documents[governmentIdFront]")
    ] = None
    """
    The user government ID front - (required_without:documents.passport|image|mimes:jpg,jpeg,bmp,png|max:10240kb). Image file (mimes: jpg, jpeg, bmp, png; at most 10240 KB).
    """
    documents_government_id_back_: Annotated[
        Upload | None, Field(alias="documents[governmentIdBack]")
    ] = None
    """
    The user government ID back - (required_without:documents.passport|image|mimes:jpg,jpeg,bmp,png|max:10240). Image file (mimes: jpg, jpeg, bmp, png; at most 10240 KB).
    """
    documents_passport_: Annotated[Upload | None, Field(alias="documents[passport]")] = None
    """
    The user passport - (required_without_all:documents.governmentIdFront,documents.governmentIdBack|image|mimes:jpg,jpeg,bmp,png|max:10240). Image file (mimes: jpg, jpeg, bmp, png; at most 10240 KB).
    """
    documents_utility_bill_: Annotated[Upload | None, Field(alias="documents[utilityBill]")] = None
    """
    The user utilityBill - (image|mimes:jpg,jpeg,bmp,png|max:10240). Image file (mimes: jpg, jpeg, bmp, png; at most 10240 KB).
    """
    documents_selfie_with_id_: Annotated[Upload | None, Field(alias="documents[selfieWithId]")] = (
        None
    )
    """
    The user selfieWithId - (image|mimes:jpg,jpeg,bmp,png|max:10240). Image file (mimes: jpg, jpeg, bmp, png; at most 10240 KB).
    """
    edd_transactions_purpose_: Annotated[
        EddTransactionsPurpose | None, Field(alias="edd[transactionsPurpose]")
    ] = None
    """
    The user edd purpose - (in:remittances,payments,investments,savings,other).
    """
    edd_transactions_purpose_other_: Annotated[
        str | None, Field(alias="edd[transactionsPurposeOther]", max_length=191)
    ] = None
    """
    The user edd other transaction pruspose - (required_if:transactionsPurpose,other|max:191).
    """
    edd_transactions_nature_value_: Annotated[
        EddTransactionsNatureValue | None, Field(alias="edd[transactionsNatureValue]")
    ] = None
    """
    The user edd transaction nature value - (in:1,2,3,4,5).
    """
    edd_transactions_nature_frequency_: Annotated[
        EddTransactionsNatureFrequency | None, Field(alias="edd[transactionsNatureFrequency]")
    ] = None
    """
    The user edd transaction nature frequency - (in:1,2,3,4,5).
    """
    edd_funds_source_: Annotated[EddFundsSource | None, Field(alias="edd[fundsSource]")] = None
    """
    The user edd source of funds - (in:credit_debit_card,e_wallet,bank_account,mining_wallet,other).
    """
    edd_funds_source_other_: Annotated[
        str | None, Field(alias="edd[fundsSourceOther]", max_length=191)
    ] = None
    """
    The user edd other source of funds - (required_if:fundsSource,other max:191).
    """
    edd_funds_source_file_: Annotated[Upload | None, Field(alias="edd[fundsSourceFile]")] = None
    """
    The user edd funds source file - (image|mimes:jpg,jpeg,bmp,png|max:10240). Image file (mimes: jpg, jpeg, bmp, png; at most 10240 KB).
    """
    edd_funds_origin_: Annotated[EddFundsOrigin | None, Field(alias="edd[fundsOrigin]")] = None
    """
    The user edd funds origin - (in:payroll_funds,dividends_of_business,personal_savings,proceeds_of_investments,proceeds_of_mining,other).
    """
    edd_funds_origin_other_: Annotated[
        str | None, Field(alias="edd[fundsOriginOther]", max_length=191)
    ] = None
    """
    The user edd other funds origin - (required_if:fundsOrigin,other|max:191).
    """
    edd_funds_origin_file_: Annotated[Upload | None, Field(alias="edd[fundsOriginFile]")] = None
    """
    The user edd funds origin file - (image|mimes:jpg,jpeg,bmp,png|max:10240). Image file (mimes: jpg, jpeg, bmp, png; at most 10240 KB).
    """


class KycAddressRequest(Model):
    """
    Multipart body of `create_kyc_address` (it carries an optional utility bill file).
    """

    country: Annotated[str, Field(pattern="^[A-Z]{2}$")]
    """
    The user country ISO code - (countryISOCode).
    """
    city: Annotated[str, Field(max_length=191, pattern="^[A-Za-z0-9_-]+$")]
    """
    The user city - (alpha_dash|max:191).
    """
    zip: Annotated[str, Field(max_length=10, min_length=4, pattern="^[A-Za-z0-9]+$")]
    """
    The user zip code - (alpha_num between:4,10).
    """
    street: Annotated[str, Field(max_length=191)]
    """
    The user street - (max:191).
    """
    utility_bill: Annotated[Upload | None, Field(alias="utilityBill")] = None
    """
    The utilityBill file - (file|max:10240|mimes:jpg,jpeg,bmp,png,pdf). File (mimes: jpg, jpeg, bmp, png, pdf; at most 10240 KB).
    """


class KycDocumentRequest(Model):
    """
    Multipart body of `create_kyc_document`.
    """

    type: KycDocumentType | None = None
    """
    The file type - (in:governmentIdFront,governmentIdBack,passport,selfieWithId,utilityBill). Marked optional by the document.
    """
    file: Upload
    """
    The file - (file|mimes:jpg,jpeg,bmp,png,pdf|max:10240kb). (The document's description repeats "The file type".) File (mimes: jpg, jpeg, bmp, png, pdf; at most 10240 KB).
    """


class KycEddRequest(Model):
    """
    Multipart body of `create_kyc_edd` (two proof files). Document mistake: the table marks `transactionsPurposeOther` required although its rule is required_if:transactionsPurpose,other; the rule is modelled (if/then).
    """

    transactions_purpose: Annotated[EddTransactionsPurpose, Field(alias="transactionsPurpose")]
    """
    The user edd purpose - (in:remittances,payments,investments,savings,other).
    """
    transactions_purpose_other: Annotated[
        str | None, Field(alias="transactionsPurposeOther", max_length=191)
    ] = None
    """
    The user edd other transaction pruspose - (required_if:transactionsPurpose,other|max:191).
    """
    transactions_nature_value: Annotated[
        TransactionsNatureValue, Field(alias="transactionsNatureValue")
    ]
    """
    The user edd transaction nature value - (in:1,2,3,4,5).
    """
    transactions_nature_frequency: Annotated[
        TransactionsNatureFrequency, Field(alias="transactionsNatureFrequency")
    ]
    """
    The user edd transaction nature frequency - (in:1,2,3,4,5).
    """
    funds_source: Annotated[EddFundsSource, Field(alias="fundsSource")]
    """
    The user edd source of funds - (in:credit_debit_card,e_wallet,bank_account,mining_wallet,other).
    """
    funds_source_other: Annotated[str | None, Field(alias="fundsSourceOther", max_length=191)] = (
        None
    )
    """
    The user edd other source of funds - (required_if:fundsSource,other max:191).
    """
    funds_source_file: Annotated[Upload, Field(alias="fundsSourceFile")]
    """
    The user edd funds source file - (image|mimes:jpg,jpeg,bmp,png|max:10240). Image file (mimes: jpg, jpeg, bmp, png; at most 10240 KB).
    """
    funds_origin: Annotated[EddFundsOrigin, Field(alias="fundsOrigin")]
    """
    The user edd funds origin - (in:payroll_funds,dividends_of_business,personal_savings,proceeds_of_investments,proceeds_of_mining,other).
    """
    funds_origin_other: Annotated[str | None, Field(alias="fundsOriginOther", max_length=191)] = (
        None
    )
    """
    The user edd other funds origin - (required_if:fundsOrigin,other|max:191).
    """
    funds_origin_file: Annotated[Upload, Field(alias="fundsOriginFile")]
    """
    The user edd funds origin file - (image|mimes:jpg,jpeg,bmp,png|max:10240). Image file (mimes: jpg, jpeg, bmp, png; at most 10240 KB).
    """


class Platform(Model):
    """
    A partner platform.
    """

    id: str
    """
    Platform ID (UUID).
    """
    name: str
    """
    Name.
    """
    code: str
    """
    Code.
    """
    base_url: Annotated[str, Field(alias="baseUrl")]
    """
    Base URL.
    """
    ien: PlatformIen
    integrations: PlatformIntegrations
    color_code: Annotated[str, Field(alias="colorCode")]
    """
    Brand colour (#rrggbb).
    """
    reference: PlatformReference
    levels: list[PlatformLevel]
    """
    KYC levels.
    """
    payment_methods: Annotated[PlatformPaymentMethods, Field(alias="paymentMethods")]
    currencies: CurrencyCatalog
    created_at: Annotated[StrictInt | None, Field(alias="createdAt")]
    """
    Unix timestamp (seconds), or null.
    """


class PlatformEnvelope(Model):
    """
    `{data: Platform}`.
    """

    data: Platform


class PriceCommission(Model):
    """
    Commission of a price. `from`/`to` are decimal strings, `percent`/`discount` JSON numbers.
    """

    from_: Annotated[DecimalText, Field(alias="from")]
    """
    Commission in the source asset.
    """
    to: DecimalText
    """
    Commission in the target asset.
    """
    percent: Decimal
    """
    Commission percent.
    """
    discount: Decimal
    """
    Discount percent.
    """


class PriceAmounts(Model):
    """
    Amounts of a price.
    """

    from_: Annotated[DecimalText, Field(alias="from")]
    """
    Source amount.
    """
    to: DecimalText
    """
    Target amount.
    """


class Price(Model):
    """
    A price (rate) for an operation.
    """

    rate: DecimalText
    """
    Rate with commissions (may use exponent notation, e.g. `6.304E-5`).
    """
    rate_raw: Annotated[DecimalText, Field(alias="rateRaw")]
    """
    Raw rate.
    """
    commission: PriceCommission
    amounts: PriceAmounts
    assets: PriceAssets
    payment: PricePayment
    operation: OperationName


class PriceEnvelope(Model):
    """
    `{data: Price}`.
    """

    data: Price


class TransferCommission(Model):
    """
    Commission of a transfer.
    """

    value: DecimalText
    """
    Commission amount.
    """
    percent: DecimalText
    """
    Commission percent.
    """


class Transfer(Model):
    """
    An asset transfer between users.
    """

    id: str
    """
    Transfer ID (UUID).
    """
    public_id: Annotated[str, Field(alias="publicId")]
    """
    Public ID.
    """
    status: TransferStatus
    type: AssetType | None = None
    """
    Asset type (only in the platform example).
    """
    symbol: str | None = None
    """
    Asset symbol (only in the platform example).
    """
    amount: DecimalText
    """
    Amount.
    """
    total: DecimalText
    """
    Amount after commission.
    """
    commission: TransferCommission
    by_user: Annotated[TransferParty, Field(alias="byUser")]
    from_user: Annotated[TransferParty, Field(alias="fromUser")]
    to_user: Annotated[TransferParty, Field(alias="toUser")]
    from_order: Annotated[ObjectRef, Field(alias="fromOrder")]
    to_order: Annotated[ObjectRef, Field(alias="toOrder")]
    external_platform: Annotated[ExternalPlatform, Field(alias="externalPlatform")]
    life_seconds: Annotated[StrictInt, Field(alias="lifeSeconds")]
    """
    Lifetime of the pending transfer in seconds.
    """
    life_until_at: Annotated[StrictInt, Field(alias="lifeUntilAt")]
    """
    End of life, Unix timestamp (seconds).
    """
    confirm_url: Annotated[str | None, Field(alias="confirmUrl")] = None
    """
    Confirmation URL, or null.
    """
    created_at: Annotated[StrictInt, Field(alias="createdAt")]
    """
    Unix timestamp (seconds).
    """


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
    """

    action: TransferAction
    """
    The transfer type - (in:send,receive).
    """
    amount: DecimalText
    """
    The transfer amount - (numeric|min:0|not_in:0): a positive decimal.
    """
    type: AssetType
    """
    The transfer asset type - (in:coin,token).
    """
    symbol: str
    """
    The transfer asset symbol - (in:assets->symbol).
    """
    user: str
    """
    The transfer involved user - (in:users->{email|id}): an email or a user ID.
    """


class ForgotPasswordRequest(Model):
    """
    Body of `forgot_password`.
    """

    email: Annotated[str, Field(max_length=255)]
    """
    The user's email (max. 255, example: joe@doe.com)
    """
    type: ResetTokenDisplay | None = ResetTokenDisplay.TEXT
    """
    How to display the token in the email. Possible values are: "text" (default) or "link".
    """


class UserProfile(Model):
    """
    The user's profile with KYC, wallets, cards, banks and platforms.
    """

    uuid: str
    """
    User ID (UUID).
    """
    is_active: Annotated[bool, Field(alias="isActive")]
    """
    Whether the account is active.
    """
    trade_status: Annotated[bool, Field(alias="tradeStatus")]
    """
    Whether the user may trade.
    """
    email: str
    """
    Email.
    """
    self_deleted_at: Annotated[StrictInt | None, Field(alias="selfDeletedAt")]
    """
    When self deletion was asked, or null.
    """
    created_at: Annotated[StrictInt, Field(alias="createdAt")]
    """
    Unix timestamp (seconds).
    """
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
    """

    available: DecimalText
    """
    Available amount.
    """
    pending: DecimalText
    """
    Pending amount.
    """


class BalanceAmounts(Model):
    """
    Balance in crypto and its fiat value.
    """

    crypto: BalanceAmount
    fiat: BalanceAmount


class AssetBalance(Model):
    """
    Balance of one asset.
    """

    name: str
    """
    Asset name.
    """
    symbol: str
    """
    Asset symbol.
    """
    alias: str | None = None
    """
    Asset alias (coins only in the example).
    """
    rates: AssetRates
    amounts: BalanceAmounts
    favorite: bool
    """
    Whether the user marked it favourite.
    """


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
    """

    file: Upload
    """
    The order payment proof file - (file|mimes:jpg,jpeg,bmp,png,pdf|max:10240). File (mimes: jpg, jpeg, bmp, png, pdf; at most 10240 KB).
    """


class Order(Model):
    """
    An order (deposit, buy, sell, withdraw...).
    """

    id: str
    """
    Order ID (UUID).
    """
    public_id: Annotated[str | None, Field(alias="publicId")] = None
    """
    Public (short) ID. Missing from the deposit example.
    """
    status: OrderStatus
    type: AssetType
    type_operation: Annotated[OrderDirection, Field(alias="typeOperation")]
    type_operation_name: Annotated[OperationName, Field(alias="typeOperationName")]
    from_symbol: Annotated[str | None, Field(alias="fromSymbol")]
    """
    Symbol paid with, or null.
    """
    from_amount: Annotated[DecimalText, Field(alias="fromAmount")]
    """
    Amount paid.
    """
    rate: DecimalText
    """
    Rate applied.
    """
    to_symbol: Annotated[str, Field(alias="toSymbol")]
    """
    Symbol received.
    """
    to_amount: Annotated[DecimalText, Field(alias="toAmount")]
    """
    Amount received.
    """
    wallet: str | None
    """
    Destination wallet address or null.
    """
    tx_id: Annotated[str | None, Field(alias="txId")]
    """
    Blockchain transaction ID or null.
    """
    parent_order: Annotated[ObjectRef | None, Field(alias="parentOrder")] = None
    child_order: Annotated[ObjectRef | None, Field(alias="childOrder")] = None
    payment: OrderPayment
    commissions: OrderCommissions
    quote: Quote | ObjectRef | None
    """
    The quote behind the order: a reference `{id, publicId}` in lists, the full quote in `get_order`, null for a deposit.
    """
    transfer: ObjectRef | None = None
    user: UserSummary | None = None
    external_platform: Annotated[ExternalPlatform | None, Field(alias="externalPlatform")]
    """
    External platform, or null.
    """
    kyc_level_required: Annotated[StrictInt | None, Field(alias="kycLevelRequired")] = None
    """
    KYC level required to complete the order.
    """
    created_at: Annotated[StrictInt, Field(alias="createdAt")]
    """
    Unix timestamp (seconds).
    """


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
    """

    id: str
    """
    Quote ID (UUID).
    """
    public_id: Annotated[str, Field(alias="publicId")]
    """
    Public ID.
    """
    status: QuoteStatus | None = None
    type: AssetType | OperationName
    """
    Asset type (coin/token). Document mistake: the quote embedded in the `get_order` example has `type: buy_with_fiat` (an operation name) and no `typeOperationName`; both kinds of value are accepted.
    """
    type_operation_name: Annotated[OperationName | None, Field(alias="typeOperationName")] = None
    payment: QuotePayment
    from_: Annotated[str, Field(alias="from")]
    """
    Source asset symbol.
    """
    to: str
    """
    Target asset symbol.
    """
    amount: DecimalText
    """
    Quoted amount (may use exponent notation, e.g. `6.0e-6`).
    """
    rate: DecimalText
    """
    Quoted rate.
    """
    commission: QuoteCommission
    total: Decimal
    """
    Total. Document mistake: a string everywhere except the quote embedded in the `get_order` example, which has the JSON number 0.00155319; both are accepted.
    """
    parent_order: Annotated[ObjectRef | None, Field(alias="parentOrder")] = None
    user: UserSummary | None = None
    wallet: str | None
    """
    Destination wallet or null.
    """
    checkout: Checkout | None = None
    """
    Checkout the quote belongs to, or null.
    """
    order: Order | ObjectRef | None = None
    """
    Order created from the quote: a reference `{id, publicId}` (fields null while none), or the full order in `get_quote`.
    """
    external_platform: Annotated[ExternalPlatform | None, Field(alias="externalPlatform")] = None
    """
    External platform, or null.
    """
    life_seconds: Annotated[StrictInt, Field(alias="lifeSeconds")]
    """
    Lifetime of the quote in seconds.
    """
    life_until_at: Annotated[StrictInt, Field(alias="lifeUntilAt")]
    """
    End of life, Unix timestamp (seconds).
    """
    confirm_url: Annotated[str | None, Field(alias="confirmUrl")] = None
    """
    URL where the quote can be confirmed, or null. Contains `*` line-wrap artefacts in the create example; kept verbatim.
    """
    created_at: Annotated[StrictInt, Field(alias="createdAt")]
    """
    Unix timestamp (seconds).
    """


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


Order.model_rebuild()
