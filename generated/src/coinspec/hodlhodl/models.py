"""Models of specs/hodlhodl.yaml, by datamodel-code-generator; do not edit."""

from __future__ import annotations

from coinspec._core.types import OpenStrEnum

from enum import StrEnum
from pydantic import Field, RootModel, StrictInt
from coinspec._core.model import Model
from typing import Annotated, Any
from coinspec._core.types import AwareDatetime, Decimal, DecimalText


class ResponseStatus(OpenStrEnum):
    """
    The "status" key every response object carries: "success" if the request was fulfilled, "error" otherwise.
    """

    SUCCESS = "success"
    ERROR = "error"


class ErrorCode(OpenStrEnum):
    """
    Error code (short string) sent when "status" is "error". The document shows "not_found" (404), "missing_parameter" (400), "not_available" (503) and "validation" (422).
    """

    NOT_FOUND = "not_found"
    MISSING_PARAMETER = "missing_parameter"
    NOT_AVAILABLE = "not_available"
    VALIDATION = "validation"


class Side(OpenStrEnum):
    """
    "buy" or "sell"
    """

    BUY = "buy"
    SELL = "sell"


class ContractRole(OpenStrEnum):
    """
    Your role in a contract ("buyer" or "seller")
    """

    BUYER = "buyer"
    SELLER = "seller"


class ContractStatus(OpenStrEnum):
    """
    Contract status. There are the following statuses:

    - "pending" — awaiting confirmation from buyer and/or seller (initial status)
    - "depositing" — awaiting deposition from seller and confirmations from the blockchain
    - "in_progress" — deposition has been confirmed by the blockchain
    - "paid" — buyer has confirmed he’s sent the payment
    - "completed" — cryptocurrency has been released/transfered from the escrow (final status)
    - "canceled" — contract has been canceled (final status)
    - "disputed" — contract is disputed
    - "resolved" — dispute has been resolved by admin (final status; voluntary resolution instead leads to "completed" status)

    If you are the seller, DO NOT SEND BITCOINS UNTIL CONTRACT STATUS IS "depositing".
    If you are the buyer, DO NOT SEND PAYMENT UNTIL CONTRACT STATUS IS "in_progress".

    """

    PENDING = "pending"
    DEPOSITING = "depositing"
    IN_PROGRESS = "in_progress"
    PAID = "paid"
    COMPLETED = "completed"
    CANCELED = "canceled"
    DISPUTED = "disputed"
    RESOLVED = "resolved"


class DisputeStatus(OpenStrEnum):
    """
    Contract dispute status. The document names "resolved_in_favor_of_buyer" and "resolved_in_favor_of_seller" (in "Showing release/refund transaction of contract"), and its "Starting dispute" example returns "unresolved" while the contract status is "disputed" — although the field description says it is null unless the contract status is "resolved". All three values are listed and the enum is open.
    """

    UNRESOLVED = "unresolved"
    RESOLVED_IN_FAVOR_OF_BUYER = "resolved_in_favor_of_buyer"
    RESOLVED_IN_FAVOR_OF_SELLER = "resolved_in_favor_of_seller"


class AssetCode(OpenStrEnum):
    """
    Asset code ("BTC" or "BTCLN")
    """

    BTC = "BTC"
    BTCLN = "BTCLN"


class OnlineStatus(OpenStrEnum):
    """
    "online", "recently_online" or "offline"
    """

    ONLINE = "online"
    RECENTLY_ONLINE = "recently_online"
    OFFLINE = "offline"


class CurrencyType(OpenStrEnum):
    """
    “fiat” or “crypto”
    """

    FIAT = "fiat"
    CRYPTO = "crypto"


class PriceSource(OpenStrEnum):
    """
    "fixed_value", "exchange_rate" or "expression"
    """

    FIXED_VALUE = "fixed_value"
    EXCHANGE_RATE = "exchange_rate"
    EXPRESSION = "expression"


class ExchangePriceSign(OpenStrEnum):
    """
    "+" or "-": adding to or substracting from the exchange rate provider's rate
    """

    FIELD_ = "+"
    field__1 = "-"


class ExchangePriceUnit(OpenStrEnum):
    """
    "%" (relative deviation) or "currency" (absolute deviation)
    """

    FIELD_ = "%"
    CURRENCY = "currency"


class PaymentMethodType(OpenStrEnum):
    """
    Payment method type is one of the following: "Bank wire", "Cash", "Cryptocurrency", "Online payment system".
    """

    BANK_WIRE = "Bank wire"
    CASH = "Cash"
    CRYPTOCURRENCY = "Cryptocurrency"
    ONLINE_PAYMENT_SYSTEM = "Online payment system"


class SortDirection(OpenStrEnum):
    """
    "asc" for ascending order (default) or "desc" for descending
    """

    ASC = "asc"
    DESC = "desc"


class OfferSortBy(OpenStrEnum):
    """
    Field to sort by, possible values:

    - "price" — offer’s price (default)
    - "payment_window_minutes" — offer’s payment window (in minutes)
    - "user_average_payment_time_minutes" — an offer creator’s average payment time
    - "user_average_release_time_minutes" — an offer creator’s average release time
    - "rating" — an offer creator’s rating

    """

    PRICE = "price"
    PAYMENT_WINDOW_MINUTES = "payment_window_minutes"
    USER_AVERAGE_PAYMENT_TIME_MINUTES = "user_average_payment_time_minutes"
    USER_AVERAGE_RELEASE_TIME_MINUTES = "user_average_release_time_minutes"
    RATING = "rating"


class ValidationErrors(RootModel[dict[str, list[str]]]):
    """
    A hash: each key corresponds to the entity’s erroneous field, and the value is an array of human-readable English strings (representing occured validation errors).
    """

    root: dict[str, list[str]]


class Error(Model):
    """
    Error body. "status" is "error"; "error_code" contains the error code (short string).

    Document mistake: the general "Validation errors" section shows the code under the key "error" (`"error": "validation"`), while the "Canceling contract" section shows the same 422 body with "error_code". Both keys are modelled and neither is required; a client should read "error_code" and fall back to "error". The general section's example is also not valid JSON (`["<error1>", "<error2>", ...]`); the example used here is what it evidently means.

    """

    status: ResponseStatus
    """
    Always "error" for this body.
    """
    error_code: ErrorCode | None = None
    """
    Error code (short string).
    """
    error: ErrorCode | None = None
    """
    Error code as shown in the general "Validation errors" section (`"error": "validation"`); see the schema description.
    """
    parameter: str | None = None
    """
    Name of the omitted required root parameter (with "missing_parameter").
    """
    validation_errors: ValidationErrors | None = None
    """
    Validation errors (with a 422 "validation" error).
    """


class ChatMessage(Model):
    """
    Chat message of a contract.
    """

    text: str
    """
    Text
    """
    author: str
    """
    Login of author
    """
    from_admin: bool
    """
    Author is a trading platform’s admin? (true or false)
    """
    sent_at: AwareDatetime
    """
    Sent datetime in UTC, ISO8601 (YYYY-MM-DDThh:mm:ssZ)
    """


class ContractPaymentMethodInstruction(Model):
    """
    Payment method instruction fields of a contract.
    """

    payment_method_id: str
    """
    ID of payment method
    """
    details: str
    """
    Text of the instruction
    """


class ContractTransaction(Model):
    """
    A release or refund transaction of a contract, pre-signed by the server, for the client to verify and sign.

    In the document's examples `hex` is a complete segwit transaction spending the escrow (P2SH-P2WSH) output. Its witness is `[<empty>, <server signature, 71 bytes>, <70 zero bytes>, <witness script>]`: the server's signature verifies (BIP143, SIGHASH_ALL, amount taken from `in_amounts`) against the first public key of the witness script, and the 70-byte zero placeholder marks where the client's signature goes.

    """

    contract_id: str
    """
    Contract ID
    """
    hex: str
    """
    Hex string which represents transaction to be signed
    """
    in_amounts: list[StrictInt]
    """
    tx_in amounts of the transaction (Array of Integers, in satoshis)
    """


class ContractFilters(Model):
    """
    Filters of Listing my contracts. Sent as `filters[side]`, `filters[status]` query parameters and echoed back in the response.
    """

    side: Side | None = None
    """
    "buy" or "sell"
    """
    status: ContractStatus | None = None
    """
    Status, see contract.status response field in Getting contract
    """


class Pagination(Model):
    """
    Offset pagination. Sent as `pagination[limit]`, `pagination[offset]` query parameters and echoed back in list responses. The document's echoes disagree (Listing my contracts returns `{"limit": 50, "offset": 0}`, Searching/listing offers returns `{}`), so both properties are optional.
    """

    limit: Annotated[StrictInt | None, Field(ge=1, le=100)] = 50
    """
    Number of records to return (default 50, maximum 100)
    """
    offset: Annotated[StrictInt | None, Field(ge=0)] = 0
    """
    Number of records to skip (e.g. 50 for second page of results with the default limit)
    """


class NewOffersPagination(Model):
    """
    Cursor of Fetching newly created offers, sent as the `pagination[newer_than_id]` query parameter.
    """

    newer_than_id: str | None = None
    """
    Set to pagination.last_id value from the previous request (omit it or set to known offer’s ID as initial value)
    """


class NewOffersPaginationResult(Model):
    """
    Pagination echo of Fetching newly created offers.
    """

    newer_than_id: str | None
    """
    The newer_than_id the request was made with
    """
    last_id: str | None
    """
    Newest offer ID to store on the client (equal to the ID of the last offer of the page, since offers are sorted from the oldest to the newest). The document does not show the value sent when no offer is returned, hence nullable.
    """


class CreateContract(Model):
    """
    Contract to create.

    Note 1. offer_version and payment_method_instruction_version could be obtained by querying Getting offer. Clients should not interpret this value. This value will change every time the corresponding offer or payment method instruction is changed. Requiring to provide these values on contract creation ensures that the end-user agrees to the exact terms of offer which he has seen.

    Note 2. To create contract for “buy” offer, payment_method_instruction_id should be ID of one of your payment method instructions (see Payment method instructions resource). payment_method_id of the given payment method instruction should be one of the payment_method_ids of the offer. To create contract for “sell” offer, payment_method_instruction_id should be ID of one of the offer’s payment_method_instructions.id (see Getting offer).

    Note 3. Either value or volume must be present in the request (but not both) — expressed by the `oneOf` below. Non-present value will be calculated automatically (using offer’s price of the created contract).

    Note 4. When volume is provided by buyer, actual contract volume is increased to account for trading platform’s fee.

    """

    offer_id: str
    """
    Offer ID (required)
    """
    offer_version: str
    """
    Offer version (required; see Note 1)
    """
    payment_method_instruction_id: StrictInt | str
    """
    Payment method instruction ID (required; see Note 2). The document's request examples send this ID as a JSON integer while every response returns the same IDs as strings; both are accepted (see info.description).
    """
    payment_method_instruction_version: str
    """
    Payment method instruction version (required; see Note 1)
    """
    comment: str | None = None
    """
    Comment of the Contract’s initiator
    """
    value: Decimal | None = None
    """
    Value (i.e. fiat price of contract; will be rounded to 2 decimal digits). Exactly one of value and volume is required. Sent as a JSON number in the document's request examples, returned as a decimal string in every response; both are accepted (see info.description).
    """
    volume: Decimal | None = None
    """
    Volume (i.e. BTC price of contract; see Note 4). Exactly one of value and volume is required. Sent as a JSON number in the document's request examples, returned as a decimal string in every response; both are accepted (see info.description).
    """


class CreateContractRequest(Model):
    """
    Body of Creating contract.
    """

    contract: CreateContract


class SignTransactionRequest(Model):
    """
    Body of Signing release/refund transaction of contract. The document's example `"123..."` is a placeholder, not hex; it is kept as the example and no hex pattern is imposed.
    """

    hex: str
    """
    Hex string which represents signed transaction
    """


class Country(Model):
    """
    Country.
    """

    code: str
    """
    Code
    """
    name: str
    """
    Name
    """
    native_name: str
    """
    Name as written in the country’s language
    """
    currency_code: str
    """
    State currency code
    """
    currency_name: str
    """
    State currency name
    """


class Currency(Model):
    """
    Currency. (The document's response-field table calls the array `currency[#]`; the body key is `currencies`.)
    """

    code: str
    """
    Code
    """
    name: str
    """
    Name
    """
    type: CurrencyType
    """
    “fiat” or “crypto”
    """


class ExchangeRateProvider(Model):
    """
    Exchange rate provider.
    """

    name: str
    """
    Name
    """
    currency_codes: list[str]
    """
    Array of currency codes
    """


class Notification(Model):
    """
    Notification. Title, body and link are all plain-text (no HTML markup).
    """

    id: str
    """
    ID of notification
    """
    title: str
    """
    Title
    """
    body: str | None
    """
    Body (could contain \\n line feeds; could be null)
    """
    link: str | None
    """
    Hyperlink (could be null)
    """


class OfferPaymentMethod(Model):
    """
    Payment method of a “buy” offer.
    """

    id: str
    """
    ID of the payment method
    """
    type: PaymentMethodType
    """
    Type of the payment method
    """
    name: str
    """
    Name of the payment method
    """


class OfferPaymentMethodInstruction(Model):
    """
    Accepted payment method with instruction of a “sell” offer.
    """

    id: str
    """
    ID of the instruction
    """
    version: str
    """
    Version
    """
    payment_method_id: str
    """
    ID of the instruction’s payment method
    """
    payment_method_type: PaymentMethodType
    """
    Type of the instruction’s payment method
    """
    payment_method_name: str
    """
    Name of the instruction’s payment method
    """
    details: str | None = None
    """
    Text of the instruction (only shows in Getting offer method for the offer creator)
    """


class OfferSort(Model):
    """
    Sorting of Searching/listing offers, sent as `sort[by]`, `sort[direction]` query parameters and echoed back.
    """

    by: OfferSortBy | None = OfferSortBy.PRICE
    direction: SortDirection | None = SortDirection.ASC


class CreateOffer(Model):
    """
    Offer to create. The price is given in one of three ways, chosen by price_source (expressed by the `allOf` conditions below):

    - fixed-price offer: price_source "fixed_value" and price (required);
    - price that follows external exchange rate: price_source "exchange_rate", exchange_rate_provider and exchange_price_deviation (required), exchange_price_sign and exchange_price_unit;
    - price evaluated from expression: price_source "expression" and price_expression.

    payment_method_ids are required only for “buy” offers, payment_method_instruction_ids only for “sell” offers.

    """

    asset_code: AssetCode | None = None
    """
    Asset code (default "BTC" or "BTCLN")
    """
    side: Side
    """
    "buy" or "sell" (required)
    """
    country_code: str | None = None
    """
    Country code (assumed Global if ommited)
    """
    currency_code: str
    """
    Currency code (required). Use Currencies/Listing currencies to get currency code.
    """
    balance: Decimal
    """
    Balance (i.e. maximum sum of all contracts yet to be created) (in currency_code fiat currency) (required). Sent as a JSON number in the document's request examples, returned as a decimal string in every response; both are accepted (see info.description).
    """
    min_amount: Decimal
    """
    Minimal trade amount (in currency_code fiat currency) (required). Sent as a JSON number in the document's request examples, returned as a decimal string in every response; both are accepted (see info.description).
    """
    max_amount: Decimal
    """
    Maximal trade amount (in currency_code fiat currency) (required, 0 for auto-adjust). Sent as a JSON number in the document's request examples, returned as a decimal string in every response; both are accepted (see info.description).
    """
    first_trade_limit: Decimal | None = None
    """
    First trade limit (in currency_code fiat currency). Sent as a JSON number in the document's request examples, returned as a decimal string in every response; both are accepted (see info.description).
    """
    for_experienced_users: bool | None = None
    """
    Allow create a contract with experienced users only? (true or false). An “Experienced user” is a user who has successfully completed at least one contract and is therefore familiar with the process of trading on Hodl Hodl. This condition is applicable only for public offers and doesn’t apply to private offers.
    """
    confirmations: StrictInt | None = 1
    """
    Blockchain confirmations required for deposit transaction in order for Contract to be considered "Deposited" (default 1)
    """
    payment_window_minutes: StrictInt | None = 90
    """
    Payment window, in minutes (default 90)
    """
    working_hours_start_utc: str | None = "00:00"
    """
    Working hours start in UTC (HH:MM) (default "00:00", half hours increments)
    """
    working_hours_end_utc: str | None = "00:00"
    """
    Working hours end in UTC (HH:MM) (default "00:00", half hours increments)
    """
    title: str | None = None
    """
    Title
    """
    description: str | None = None
    """
    Description
    """
    enabled: bool | None = False
    """
    Enabled? (true or false). Only the offer’s creator will be able to access an offer if it is not enabled. Trades won’t be conducted. (This is the same as ‘Enabled’ checkbox in the web interface.) Default false.
    """
    private: bool | None = None
    """
    Hide the offer from search results? (true or false). Only non-private offers will appear in the search/list website pages and API responses. (This option is the same as ‘Private’ checkbox in the website form.)
    """
    payment_method_ids: list[StrictInt | str] | None = None
    """
    Array of payment method IDs (see Payment methods/Listing payment methods). Note: required only for “buy” offers. The document's request examples send this ID as a JSON integer while every response returns the same IDs as strings; both are accepted (see info.description).
    """
    payment_method_instruction_ids: list[StrictInt | str] | None = None
    """
    Array of payment method instruction IDs (see Payment method instructions). Note: required only for “sell” offers. The document's request examples send this ID as a JSON integer while every response returns the same IDs as strings; both are accepted (see info.description).
    """
    price_source: PriceSource
    """
    "fixed_value", "exchange_rate" or "expression" (required)
    """
    price: Decimal | None = None
    """
    Price (in currency_code fiat currency) (with price_source "fixed_value", required). Sent as a JSON number in the document's request examples, returned as a decimal string in every response; both are accepted (see info.description).
    """
    exchange_rate_provider: str | None = None
    """
    Exchange rate provider name (with price_source "exchange_rate", required)
    """
    exchange_price_deviation: Decimal | None = None
    """
    Difference between the offer’s price and price on the exchange (with price_source "exchange_rate", required). Sent as a JSON number in the document's request examples, returned as a decimal string in every response; both are accepted (see info.description).
    """
    exchange_price_sign: ExchangePriceSign | None = ExchangePriceSign.FIELD_
    """
    "+" or "-" (default "+")
    """
    exchange_price_unit: ExchangePriceUnit | None = ExchangePriceUnit.FIELD_
    """
    "%" or "currency" (default "%")
    """
    price_expression: str | None = None
    """
    Expression to evaluate (with price_source "expression")
    """


class UpdateOffer(Model):
    """
    Offer changes. All parameters (except ID) are optional. An attribute does’t change if the corresponding parameter isn’t set. Parameters are the same as in Creating offer method, except it is impossible to change an offer’s asset (asset_code) or side (side).

    Price groups (provide none or all of a group; expressed by the `allOf` conditions below when price_source is given):

    - fixed-price offer: price_source "fixed_value", price, currency_code;
    - price that follows external exchange rate: price_source "exchange_rate", exchange_rate_provider, exchange_price_deviation, exchange_price_sign, exchange_price_unit, currency_code;
    - price evaluated from expression: price_source "expression" (documented as required in this group although all parameters are optional) and price_expression.

    """

    country_code: str | None = None
    """
    Country code (assumed Global if ommited)
    """
    currency_code: str | None = None
    """
    Currency code (part of the price groups when updating). Use Currencies/Listing currencies to get currency code.
    """
    balance: Decimal | None = None
    """
    Balance (i.e. maximum sum of all contracts yet to be created) (in currency_code fiat currency). Sent as a JSON number in the document's request examples, returned as a decimal string in every response; both are accepted (see info.description).
    """
    min_amount: Decimal | None = None
    """
    Minimal trade amount (in currency_code fiat currency). Sent as a JSON number in the document's request examples, returned as a decimal string in every response; both are accepted (see info.description).
    """
    max_amount: Decimal | None = None
    """
    Maximal trade amount (in currency_code fiat currency). Sent as a JSON number in the document's request examples, returned as a decimal string in every response; both are accepted (see info.description).
    """
    first_trade_limit: Decimal | None = None
    """
    First trade limit (in currency_code fiat currency). Sent as a JSON number in the document's request examples, returned as a decimal string in every response; both are accepted (see info.description).
    """
    for_experienced_users: bool | None = None
    """
    Allow create a contract with experienced users only? (true or false). An “Experienced user” is a user who has successfully completed at least one contract and is therefore familiar with the process of trading on Hodl Hodl. This condition is applicable only for public offers and doesn’t apply to private offers.
    """
    confirmations: StrictInt | None = None
    """
    Blockchain confirmations required for deposit transaction in order for Contract to be considered "Deposited"
    """
    payment_window_minutes: StrictInt | None = None
    """
    Payment window, in minutes
    """
    working_hours_start_utc: str | None = None
    """
    Working hours start in UTC (HH:MM) (only half hours increments)
    """
    working_hours_end_utc: str | None = None
    """
    Working hours end in UTC (HH:MM) (only half hours increments)
    """
    title: str | None = None
    """
    Title
    """
    description: str | None = None
    """
    Description
    """
    enabled: bool | None = None
    """
    Enabled? (true or false). Only the offer’s creator will be able to access an offer if it is not enabled. Trades won’t be conducted. (This is the same as ‘Enabled’ checkbox in the web interface.)
    """
    private: bool | None = None
    """
    Hide the offer from search results? (true or false). Only non-private offers will appear in the search/list website pages and API responses. (This option is the same as ‘Private’ checkbox in the website form.)
    """
    payment_method_ids: list[StrictInt | str] | None = None
    """
    Array of payment method IDs (see Payment methods/Listing payment methods). Note: only use it for “buy” offers. The document's request examples send this ID as a JSON integer while every response returns the same IDs as strings; both are accepted (see info.description).
    """
    payment_method_instruction_ids: list[StrictInt | str] | None = None
    """
    Array of payment method instruction IDs (see Payment method instructions). Note: only use it for “sell” offers. The document's request examples send this ID as a JSON integer while every response returns the same IDs as strings; both are accepted (see info.description).
    """
    price_source: PriceSource | None = None
    """
    "fixed_value", "exchange_rate" or "expression"
    """
    price: Decimal | None = None
    """
    Price (in currency_code fiat currency) (with price_source "fixed_value"). Sent as a JSON number in the document's request examples, returned as a decimal string in every response; both are accepted (see info.description).
    """
    exchange_rate_provider: str | None = None
    """
    Exchange rate provider name (with price_source "exchange_rate")
    """
    exchange_price_deviation: Decimal | None = None
    """
    Difference between the offer’s price and price on the exchange (with price_source "exchange_rate"). Sent as a JSON number in the document's request examples, returned as a decimal string in every response; both are accepted (see info.description).
    """
    exchange_price_sign: ExchangePriceSign | None = None
    """
    "+" or "-"
    """
    exchange_price_unit: ExchangePriceUnit | None = None
    """
    "%" or "currency"
    """
    price_expression: str | None = None
    """
    Expression to evaluate (with price_source "expression")
    """


class CreateOfferRequest(Model):
    """
    Body of Creating offer.
    """

    offer: CreateOffer


class UpdateOfferRequest(Model):
    """
    Body of Updating offer.
    """

    offer: UpdateOffer | None = None


class PaymentMethodInstruction(Model):
    """
    Payment method instruction: connects a general payment method (e.g. “Online payment system -> Moneygram”) with your specific details (e.g. “Pay to account No. 12345”). You can view (list, delete) only payment method instructions which you have created.
    """

    id: str
    """
    ID
    """
    version: str
    """
    Version
    """
    payment_method_id: str
    """
    Payment method ID
    """
    name: str
    """
    Name (visible only to you)
    """
    details: str
    """
    Text of the instruction
    """
    created_at: AwareDatetime
    """
    Date-time of creation (ISO 8601)
    """
    updated_at: AwareDatetime
    """
    Date-time of last update (ISO 8601)
    """


class CreatePaymentMethodInstruction(Model):
    """
    Payment method instruction to create.
    """

    payment_method_id: StrictInt | str | None = None
    """
    Payment method ID. The document's request examples send this ID as a JSON integer while every response returns the same IDs as strings; both are accepted (see info.description).
    """
    name: str | None = None
    """
    Name (visible only to you)
    """
    details: str | None = None
    """
    Text of the instruction
    """


class CreatePaymentMethodInstructionRequest(Model):
    """
    Body of Creating payment method instruction.
    """

    payment_method_instruction: CreatePaymentMethodInstruction


class PaymentMethodDescription(RootModel[str | dict[str, Any] | None]):
    root: str | dict[str, Any] | None
    """
    Description of a payment method. Document mistake: documented as "Description" (text) but both examples return an empty object `{}`; a string, an object or null is accepted.
    """


class PaymentMethod(Model):
    """
    Payment method.
    """

    id: str
    """
    ID
    """
    type: PaymentMethodType
    """
    Type
    """
    name: str
    """
    Name
    """
    country_codes: list[str]
    """
    Array of country codes. (The examples show three-letter codes such as "CHN" where Countries uses two-letter codes, and the "(two countries)" example lists one code; plain strings.)
    """
    description: PaymentMethodDescription | None
    discounted: bool
    """
    Discounted? (true or false)
    """
    global_: Annotated[bool, Field(alias="global")]
    """
    Global? (true or false)
    """


class PaymentMethodFilters(Model):
    """
    Filters of Listing payment methods, sent as `filters[country]` and echoed back.
    """

    country: str | None = None
    """
    Country name or code ("Global" to list global payment methods, omit to return all payment methods)
    """


class ChatMessageListEnvelope(Model):
    """
    Success envelope `{"status": "success", "chat_messages": ...}`.
    """

    status: ResponseStatus
    chat_messages: list[ChatMessage]
    """
    Chat messages array
    """


class ContractTransactionEnvelope(Model):
    """
    Success envelope `{"status": "success", "transaction": ...}`.
    """

    status: ResponseStatus
    transaction: ContractTransaction
    """
    Transaction to be verified and signed
    """


class CountryListEnvelope(Model):
    """
    Success envelope `{"status": "success", "countries": ...}`.
    """

    status: ResponseStatus
    countries: list[Country]
    """
    Countries array
    """


class CurrencyListEnvelope(Model):
    """
    Success envelope `{"status": "success", "currencies": ...}`.
    """

    status: ResponseStatus
    currencies: list[Currency]
    """
    Currencies array
    """


class ExchangeRateProviderListEnvelope(Model):
    """
    Success envelope `{"status": "success", "exchange_rate_providers": ...}`.
    """

    status: ResponseStatus
    exchange_rate_providers: list[ExchangeRateProvider]
    """
    Exchange rate providers array
    """


class NotificationListEnvelope(Model):
    """
    Success envelope `{"status": "success", "notifications": ...}`.
    """

    status: ResponseStatus
    notifications: list[Notification]
    """
    Notifications array
    """


class PaymentMethodInstructionEnvelope(Model):
    """
    Success envelope `{"status": "success", "payment_method_instruction": ...}`.
    """

    status: ResponseStatus
    payment_method_instruction: PaymentMethodInstruction
    """
    Payment method instruction
    """


class PaymentMethodInstructionListEnvelope(Model):
    """
    Success envelope `{"status": "success", "payment_method_instructions": ...}`.
    """

    status: ResponseStatus
    payment_method_instructions: list[PaymentMethodInstruction]
    """
    Array of Payment method instructions (see Getting payment method instruction for fields description)
    """


class PaymentMethodListEnvelope(Model):
    """
    Success envelope `{"status": "success", "payment_methods": ...}`.
    """

    status: ResponseStatus
    filters: PaymentMethodFilters
    """
    Filters the request was made with
    """
    payment_methods: list[PaymentMethod]
    """
    Payment methods array
    """


class StatusEnvelope(Model):
    """
    Bare success body `{"status": "success"}`.
    """

    status: ResponseStatus


class Trader(Model):
    """
    Public information on a user: a contract's counterparty (contract.counterparty) or an offer's creator (offer.trader).
    """

    login: str
    """
    Login
    """
    avatar_url: str
    """
    Avatar URL (shown in every example; the document describes it only for Users/Getting myself)
    """
    online_status: OnlineStatus
    """
    "online", "recently_online" or "offline"
    """
    rating: DecimalText | None
    """
    Rating (as fraction of 1); a decimal string such as "0.90", or null
    """
    trades_count: StrictInt
    """
    Number of conducted trades
    """
    url: str
    """
    Hodlhodl website URL
    """
    verified: bool
    """
    Verified? (true or false)
    """
    verified_by: str | None
    """
    Login of the Strong Hodler who verified this user
    """
    strong_hodler: bool
    """
    Strong Hodler? (true or false). Strong Hodler is a member of Hodl Hodl volunteer team that we’re working directly with.
    """
    country: str
    """
    Country name (or "Global")
    """
    country_code: str
    """
    Country code (or "Global")
    """
    average_payment_time_minutes: StrictInt | None
    """
    Average payment time (in minutes)
    """
    average_release_time_minutes: StrictInt | None
    """
    Average release time (in minutes)
    """
    days_since_last_trade: StrictInt | None
    """
    Number of days since last trade
    """
    blocked_by: StrictInt
    """
    How many traders blocked this user
    """


class User(Model):
    """
    Information on the current user (Users/Getting myself).
    """

    login: str
    """
    Login
    """
    avatar_url: str
    """
    Avatar URL (shown in every example; the document describes it only for Users/Getting myself)
    """
    online_status: OnlineStatus
    """
    "online", "recently_online" or "offline"
    """
    rating: DecimalText | None
    """
    Rating (as fraction of 1); a decimal string such as "0.90", or null
    """
    trades_count: StrictInt
    """
    Number of conducted trades
    """
    url: str
    """
    Hodlhodl website URL
    """
    verified: bool
    """
    Verified? (true or false)
    """
    verified_by: str | None
    """
    Login of the Strong Hodler who verified this user
    """
    strong_hodler: bool
    """
    Strong Hodler? (true or false). Strong Hodler is a member of Hodl Hodl volunteer team that we’re working directly with.
    """
    country: str
    """
    Country name (or "Global")
    """
    country_code: str
    """
    Country code (or "Global")
    """
    average_payment_time_minutes: StrictInt | None
    """
    Average payment time (in minutes)
    """
    average_release_time_minutes: StrictInt | None
    """
    Average release time (in minutes)
    """
    days_since_last_trade: StrictInt | None
    """
    Number of days since last trade
    """
    blocked_by: StrictInt
    """
    How many traders blocked this user
    """
    encrypted_seed: str
    """
    Encrypted seed (the encrypted payment seed created on the website with the payment password)
    """
    hide_sensitive_info_from_notifications: bool | None
    """
    If enabled, e-mail and Telegram notifications will not contain sensitive information (null in the document's example)
    """


class VolumeBreakdown(Model):
    """
    Volume breakdown of a contract (amounts in the contract's asset, decimal strings).
    """

    goes_to_buyer: DecimalText
    """
    Buyer receives this amount minus transaction fee
    """
    exchange_fee: DecimalText
    """
    Amount of crypto currency that trading platform receives
    """
    exchange_fee_in_fiat: DecimalText
    """
    Fiat equivalent of exchange fee (in currency_code currency)
    """
    transaction_fee: DecimalText
    """
    Estimated blockchain transaction fee
    """


class Escrow(Model):
    """
    Escrow information of a contract: a 2-of-3 multisig whose address is the P2SH-P2WSH (nested segwit) form of `witness_script` (checked for every example of the document: each address is the testnet P2SH of `0x0020 || SHA256(witness_script)`, not P2SH of the script itself).

    Note for verifiers: in every example of the document the second and third public keys of the witness script are identical (test fixtures), so a real escrow check must compare the keys with locally derived ones, not merely parse the script.

    """

    address: str | None
    """
    Escrow BTC address (for verification). This field might be null if the offer’s creator uses the website and hasn’t yet confirmed one’s payment password. In such case, repeat this request once every 1-3 minutes until escrow address appears.
    """
    witness_script: str | None
    """
    Escrow redeem witness script (for verification), hex
    """
    index: StrictInt | None
    """
    Escrow xpub/xpriv index (for verification)
    """
    you_confirmed: bool
    """
    Have you verified and confirmed the escrow? (true or false)
    """
    counterparty_confirmed: bool
    """
    Have the other party verified and confirmed the escrow? (true or false)
    """
    confirmations: StrictInt
    """
    Blockchain confirmations received so far
    """
    amount_deposited: DecimalText | None
    """
    Amount deposited (in BTC; null when no deposit has been made yet)
    """
    amount_released: DecimalText | None
    """
    Amount released (in BTC; null when no release has been made yet)
    """
    deposit_transaction_id: str | None
    """
    Blockchain ID of deposit transaction (null when no deposit has been made yet)
    """
    release_transaction_id: str | None
    """
    Blockchain ID of release transaction (null when no release has been made yet)
    """


class Contract(Model):
    """
    Contract resource.
    """

    id: str
    """
    ID
    """
    your_role: ContractRole
    """
    Your role ("buyer" or "seller")
    """
    can_be_canceled: bool
    """
    Can be canceled in its current state by you? (true or false)
    """
    offer_id: str
    """
    Offer ID
    """
    price: DecimalText
    """
    Asset price (in currency_code fiat currency, at the moment of the creation of the contract)
    """
    value: DecimalText
    """
    Value (i.e. fiat price of contract)
    """
    currency_code: str
    """
    Currency/asset code of “value” field (e.g. “USD”)
    """
    volume: DecimalText
    """
    Volume (i.e. BTC price of contract)
    """
    asset_code: AssetCode
    """
    Asset code of “volume” field (“BTC” or “BTCLN”)
    """
    comment: str | None
    """
    Comment of the Contract’s initiator (optional when creating a contract, hence nullable)
    """
    release_address: str | None = None
    """
    Release address. The document says it only shows in Getting contract for the buyer; its examples carry it in every buyer-side contract (Creating, Confirming, Marking as paid, Canceling, Listing) and never for the seller.
    """
    confirmations: StrictInt
    """
    Blockchain confirmations required for deposit transaction in order for Contract to be considered "Deposited"
    """
    payment_window_seconds_left: StrictInt | None
    """
    Payment window time left (in seconds, alias to payment_window_time_left_seconds, which is now deprecated). Document mistake: the examples show values such as 3599862000 for a 60-minute window, which cannot be seconds; modelled as an integer as documented.
    """
    payment_window_time_left_seconds: Annotated[StrictInt | None, Field(deprecated=True)]
    """
    Payment window time left (in seconds). Deprecated in favour of payment_window_seconds_left.
    """
    payment_window_minutes: StrictInt
    """
    Payment window set by the offer author for the contract, during which the buyer must transfer the payment using the agreed upon payment method.
    """
    depositing_window_minutes: StrictInt
    """
    Depositing window set by the exchange during which the seller must deposit bitcoins into escrow
    """
    depositing_window_time_left_seconds: StrictInt | None
    """
    Depositing window time left (in seconds)
    """
    status: ContractStatus
    dispute_status: DisputeStatus | None
    """
    Contract dispute status. null unless contract status is "resolved" (document text; its dispute example shows "unresolved" for a "disputed" contract, see DisputeStatus).
    """
    payment_method_instruction: ContractPaymentMethodInstruction
    volume_breakdown: VolumeBreakdown
    country: str
    """
    Country name (or "Global")
    """
    country_code: str
    """
    Contract country code (or "Global"). Documented twice in the field list ("Contract country code" and "Country code (or \\"Global\\")"); the examples carry placeholder values such as "Country Code 14", so no pattern is imposed.
    """
    created_at: AwareDatetime
    """
    Creation datetime in UTC, ISO8601 (YYYY-MM-DDThh:mm:ssZ)
    """
    counterparty: Trader
    """
    Counterparty information
    """
    escrow: Escrow


class OfferFee(Model):
    """
    Fee details (all in fractions of 1). Note: total fee consists of “trading fee” and “transaction fee”. Trading fee is calculated as minimum among buyer and seller fee. User fee is calculated as base fee rate minus discount for online presence. Transaction fee is estimated accroding to current blockchain situation. Listings (Searching/listing offers, Fetching newly created offers) carry only author_fee_rate.
    """

    author_fee_rate: DecimalText
    """
    Offer’s creator fee rate
    """
    your_fee_rate: DecimalText | None = None
    """
    Your fee rate (only available in Getting offer method)
    """
    transaction_fee: DecimalText | None = None
    """
    Transaction fee estimation (only available in Getting offer method)
    """
    exchange_fee: DecimalText | None = None
    """
    Trading fee (only available in Getting offer method)
    """


class Offer(Model):
    """
    Offer resource.

    Fields from created_at on are shown only to the offer’s creator (Getting offer, Listing my offers, Creating/Updating offer). exchange_rate_provider, exchange_price_deviation, exchange_price_sign and exchange_price_unit are null unless price_source is "exchange_rate"; price_expression is null unless price_source is "expression" (it never appears in the document's examples).

    Note 3: country and country_code will be "Global" for worldwide offers/traders.

    """

    id: str
    """
    ID
    """
    version: str
    """
    Version (changes every time the offer is changed; required to create a contract)
    """
    asset_code: AssetCode
    """
    Asset code ("BTC" or "BTCLN")
    """
    searchable: bool
    """
    Will appear in the search? (true or false). Note that even non-private offer can be unlisted if it’s not enabled or blocked. This field will show whether the offer will actually be shown in the search.
    """
    country: str
    """
    Country name (or "Global")
    """
    country_code: str
    """
    Country code (or "Global")
    """
    working_now: bool
    """
    Is current time between working_hours_start_utc and working_hours_end_utc? (true or false)
    """
    side: Side
    """
    "buy" or "sell"
    """
    title: str | None
    """
    Title (null in the listing examples)
    """
    description: str | None
    """
    Description (optional when creating an offer, hence nullable)
    """
    currency_code: str
    """
    Currency code
    """
    price: DecimalText
    """
    Price (in currency_code fiat currency)
    """
    min_amount: DecimalText
    """
    Minimal trade amount (in currency_code fiat currency)
    """
    max_amount: DecimalText
    """
    Maximal trade amount (in currency_code fiat currency)
    """
    first_trade_limit: DecimalText | None
    """
    First trade limit (in currency_code fiat currency)
    """
    fee: OfferFee
    balance: DecimalText | None
    """
    Balance (i.e. maximum sum of all contracts yet to be created) (in currency_code fiat currency)
    """
    payment_window_minutes: StrictInt
    """
    Payment window
    """
    confirmations: StrictInt
    """
    Blockchain confirmations required for deposit transaction in order for Contract to be considered "Deposited"
    """
    payment_methods: list[OfferPaymentMethod] | None = None
    """
    Payment methods. Note: only present for “buy” offers.
    """
    payment_method_instructions: list[OfferPaymentMethodInstruction] | None = None
    """
    Accepted payment methods with instructions. Note: only present for “sell” offers.
    """
    trader: Trader
    """
    Offer creator information
    """
    created_at: AwareDatetime | None = None
    """
    Creation datetime in UTC, ISO8601 (YYYY-MM-DDThh:mm:ssZ)
    """
    working_hours_start_utc: str | None = None
    """
    Working hours start in UTC (HH:MM). Only half hour increments are allowed. Note: unlike in the website, UTC is used here instead of user’s timezone.
    """
    working_hours_end_utc: str | None = None
    """
    Working hours end in UTC (HH:MM). Only half hour increments are allowed. Note: unlike in the website, UTC is used here instead of user’s timezone.
    """
    enabled: bool | None = None
    """
    Enabled? (true or false). Only the offer’s creator will be able to access an offer if it is not enabled. Trades won’t be conducted. (This is the same as ‘Enabled’ checkbox in the web interface.)
    """
    private: bool | None = None
    """
    Hide the offer from search results? (true or false). Only non-private offers will appear in the search/list website pages and API responses. (This option is the same as ‘Private’ checkbox in the website form.)
    """
    for_experienced_users: bool | None = None
    """
    Allow create a contract with experienced users only? (true or false). An “Experienced user” is a user who has successfully completed at least one contract and is therefore familiar with the process of trading on Hodl Hodl. This condition is applicable only for public offers and doesn’t apply to private offers.
    """
    price_source: PriceSource | None = None
    exchange_rate_provider: str | None = None
    """
    Exchange rate provider name (null if the Offer is fixed price)
    """
    exchange_price_deviation: DecimalText | None = None
    """
    Difference between the offer’s price and price on the exchange (null if the Offer is fixed price)
    """
    exchange_price_sign: ExchangePriceSign | None = None
    """
    "+" or "-" (null if the Offer is fixed price)
    """
    exchange_price_unit: ExchangePriceUnit | None = None
    """
    "%" or "currency" (null if the Offer is fixed price)
    """
    configured_max_amount: DecimalText | None = None
    """
    Configured by the Offer’s creator maximum amount
    """
    price_expression: str | None = None
    """
    Expression that is evaluated to calculate price (only if price_source is "expression"; otherwise null)
    """


class OfferFilters(Model):
    """
    Filters of Searching/listing offers and Fetching newly created offers, sent as `filters[<name>]` query parameters and echoed back in the response (with defaults filled in). All filters could be omitted. Document mistake: include_global is documented as "default false" but both echoes show `"include_global": true` for requests that did not send it; the echo also returns user_average_release_time_minutes_max as the integer 25 where the "Query Parameters as JSON" shows the string "25" (query values are text on the wire; the integer is kept).
    """

    asset_code: AssetCode | None = None
    """
    Asset code (documented as: default "BTC" or "BTCLN")
    """
    side: Side | None = None
    """
    "buy" or "sell"
    """
    include_global: bool | None = None
    """
    Include global offers? (true or false, default false). Note: if this parameter is true, then global offers will be included in addition to ones selected by country filter.
    """
    only_working_now: bool | None = None
    """
    Include only offers which working hours include current time? (true or false, default false)
    """
    country: str | None = None
    """
    Country (code or name)
    """
    currency_code: str | None = None
    """
    Currency code
    """
    payment_method_id: str | None = None
    """
    ID of payment method (see Payment methods/Listing payment methods). Note: if this parameter is set, then payment_method_type and payment_method_name will be ignored.
    """
    payment_method_type: PaymentMethodType | None = None
    """
    Type of payment method (see Payment methods/Listing payment methods)
    """
    payment_method_name: str | None = None
    """
    Name of payment method
    """
    volume: DecimalText | None = None
    """
    Volume (min. volume <= given value and max. volume >= given value)
    """
    payment_window_minutes_max: StrictInt | None = None
    """
    Maximum payment window (in minutes)
    """
    user_average_payment_time_minutes_max: StrictInt | None = None
    """
    Offer’s creator maximum payment time (in minutes)
    """
    user_average_release_time_minutes_max: StrictInt | None = None
    """
    Offer’s creator maximum average release time (in minutes)
    """


class ContractEnvelope(Model):
    """
    Success envelope `{"status": "success", "contract": ...}`.
    """

    status: ResponseStatus
    contract: Contract
    """
    Contract resource
    """


class ContractListEnvelope(Model):
    """
    Success envelope `{"status": "success", "contracts": ...}`.
    """

    status: ResponseStatus
    filters: ContractFilters
    """
    Filters the request was made with
    """
    pagination: Pagination
    """
    Pagination the request was made with (defaults filled in)
    """
    contracts: list[Contract]
    """
    Array of Contracts (see Getting contract for fields description)
    """


class OfferEnvelope(Model):
    """
    Success envelope `{"status": "success", "offer": ...}`.
    """

    status: ResponseStatus
    offer: Offer
    """
    Offer resource
    """


class OfferListEnvelope(Model):
    """
    Success envelope `{"status": "success", "offers": ...}`.
    """

    status: ResponseStatus
    filters: OfferFilters | None = None
    """
    Filters values (fetched from the parameters and/or default ones)
    """
    sort: OfferSort | None = None
    """
    Sorting the request was made with
    """
    pagination: Pagination | None = None
    """
    Pagination the request was made with (the document's example is `{}`)
    """
    offers: list[Offer]
    """
    Array of Offers (see Getting offer for fields description)
    """


class NewOfferListEnvelope(Model):
    """
    Success envelope `{"status": "success", "offers": ...}`.
    """

    status: ResponseStatus
    filters: OfferFilters
    """
    Filters values (fetched from the parameters and/or default ones)
    """
    pagination: NewOffersPaginationResult
    """
    pagination.last_id: newest offer ID to store on the client
    """
    offers: list[Offer]
    """
    Array of Offers, sorted from the oldest to the newest (see Offers/Getting offer for fields description)
    """


class PriceEnvelope(Model):
    """
    Success envelope `{"status": "success", "price": ...}`.
    """

    status: ResponseStatus
    price: DecimalText
    """
    Price (in the requested fiat currency)
    """


class UserEnvelope(Model):
    """
    Success envelope `{"status": "success", "user": ...}`.
    """

    status: ResponseStatus
    user: User
    """
    Current user
    """
