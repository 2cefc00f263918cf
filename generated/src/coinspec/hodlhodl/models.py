"""Models of specs/hodlhodl.yaml, by datamodel-code-generator; do not edit."""

from typing import TYPE_CHECKING, Literal, TypeAlias

from coinspec._core.types import OpenStrEnum

from pydantic import Field, StrictInt
from typing import Annotated, Any
from coinspec._core.model import Model
from coinspec._core.types import AwareDatetime, Decimal, DecimalText
from coinspec._core.root_model import RootModel


class ResponseStatus(OpenStrEnum):
    """
    The "status" key every response object carries: "success" if the request was
    fulfilled, "error" otherwise.
    """

    SUCCESS = "success"
    ERROR = "error"


if TYPE_CHECKING:
    _ResponseStatusValue: TypeAlias = ResponseStatus | Literal["success", "error"]
else:
    _ResponseStatusValue = ResponseStatus


class ErrorCode(OpenStrEnum):
    """
    Error code (short string) sent when "status" is "error": "not_found" (404),
    "missing_parameter" (400), "not_available" (503) or "validation" (422).
    """

    NOT_FOUND = "not_found"
    MISSING_PARAMETER = "missing_parameter"
    NOT_AVAILABLE = "not_available"
    VALIDATION = "validation"


if TYPE_CHECKING:
    _ErrorCodeValue: TypeAlias = (
        ErrorCode | Literal["not_found", "missing_parameter", "not_available", "validation"]
    )
else:
    _ErrorCodeValue = ErrorCode


class Side(OpenStrEnum):
    """
    "buy" or "sell"
    """

    BUY = "buy"
    SELL = "sell"


if TYPE_CHECKING:
    _SideValue: TypeAlias = Side | Literal["buy", "sell"]
else:
    _SideValue = Side


class ContractRole(OpenStrEnum):
    """
    Your role in a contract ("buyer" or "seller")
    """

    BUYER = "buyer"
    SELLER = "seller"


if TYPE_CHECKING:
    _ContractRoleValue: TypeAlias = ContractRole | Literal["buyer", "seller"]
else:
    _ContractRoleValue = ContractRole


class ContractStatus(OpenStrEnum):
    """
    Contract status. There are the following statuses:

    - "pending" — awaiting confirmation from buyer and/or seller (initial status)
    - "depositing" — awaiting deposition from seller and confirmations from the
      blockchain
    - "in_progress" — deposition has been confirmed by the blockchain
    - "paid" — buyer has confirmed he’s sent the payment
    - "completed" — cryptocurrency has been released/transfered from the escrow (final
      status)
    - "canceled" — contract has been canceled (final status)
    - "disputed" — contract is disputed
    - "resolved" — dispute has been resolved by admin (final status; voluntary
      resolution instead leads to "completed" status)

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


if TYPE_CHECKING:
    _ContractStatusValue: TypeAlias = (
        ContractStatus
        | Literal[
            "pending",
            "depositing",
            "in_progress",
            "paid",
            "completed",
            "canceled",
            "disputed",
            "resolved",
        ]
    )
else:
    _ContractStatusValue = ContractStatus


class DisputeStatus(OpenStrEnum):
    """
    Contract dispute status: "unresolved", "resolved_in_favor_of_buyer" or
    "resolved_in_favor_of_seller" (an open list). A "disputed" contract may carry
    "unresolved".
    """

    UNRESOLVED = "unresolved"
    RESOLVED_IN_FAVOR_OF_BUYER = "resolved_in_favor_of_buyer"
    RESOLVED_IN_FAVOR_OF_SELLER = "resolved_in_favor_of_seller"


if TYPE_CHECKING:
    _DisputeStatusValue: TypeAlias = (
        DisputeStatus
        | Literal["unresolved", "resolved_in_favor_of_buyer", "resolved_in_favor_of_seller"]
    )
else:
    _DisputeStatusValue = DisputeStatus


class AssetCode(OpenStrEnum):
    """
    Asset code ("BTC" or "BTCLN")
    """

    BTC = "BTC"
    BTCLN = "BTCLN"


if TYPE_CHECKING:
    _AssetCodeValue: TypeAlias = AssetCode | Literal["BTC", "BTCLN"]
else:
    _AssetCodeValue = AssetCode


class OnlineStatus(OpenStrEnum):
    """
    "online", "recently_online" or "offline"
    """

    ONLINE = "online"
    RECENTLY_ONLINE = "recently_online"
    OFFLINE = "offline"


if TYPE_CHECKING:
    _OnlineStatusValue: TypeAlias = OnlineStatus | Literal["online", "recently_online", "offline"]
else:
    _OnlineStatusValue = OnlineStatus


class CurrencyType(OpenStrEnum):
    """
    “fiat” or “crypto”
    """

    FIAT = "fiat"
    CRYPTO = "crypto"


if TYPE_CHECKING:
    _CurrencyTypeValue: TypeAlias = CurrencyType | Literal["fiat", "crypto"]
else:
    _CurrencyTypeValue = CurrencyType


class PriceSource(OpenStrEnum):
    """
    "fixed_value", "exchange_rate" or "expression"
    """

    FIXED_VALUE = "fixed_value"
    EXCHANGE_RATE = "exchange_rate"
    EXPRESSION = "expression"


if TYPE_CHECKING:
    _PriceSourceValue: TypeAlias = (
        PriceSource | Literal["fixed_value", "exchange_rate", "expression"]
    )
else:
    _PriceSourceValue = PriceSource


class ExchangePriceSign(OpenStrEnum):
    """
    "+" or "-": adding to or substracting from the exchange rate provider's rate
    """

    FIELD_ = "+"
    field__1 = "-"


if TYPE_CHECKING:
    _ExchangePriceSignValue: TypeAlias = ExchangePriceSign | Literal["+", "-"]
else:
    _ExchangePriceSignValue = ExchangePriceSign


class ExchangePriceUnit(OpenStrEnum):
    """
    "%" (relative deviation) or "currency" (absolute deviation)
    """

    FIELD_ = "%"
    CURRENCY = "currency"


if TYPE_CHECKING:
    _ExchangePriceUnitValue: TypeAlias = ExchangePriceUnit | Literal["%", "currency"]
else:
    _ExchangePriceUnitValue = ExchangePriceUnit


class PaymentMethodType(OpenStrEnum):
    """
    Payment method type is one of the following: "Bank wire", "Cash", "Cryptocurrency",
    "Online payment system".
    """

    BANK_WIRE = "Bank wire"
    CASH = "Cash"
    CRYPTOCURRENCY = "Cryptocurrency"
    ONLINE_PAYMENT_SYSTEM = "Online payment system"


if TYPE_CHECKING:
    _PaymentMethodTypeValue: TypeAlias = (
        PaymentMethodType | Literal["Bank wire", "Cash", "Cryptocurrency", "Online payment system"]
    )
else:
    _PaymentMethodTypeValue = PaymentMethodType


class SortDirection(OpenStrEnum):
    """
    "asc" for ascending order (default) or "desc" for descending
    """

    ASC = "asc"
    DESC = "desc"


if TYPE_CHECKING:
    _SortDirectionValue: TypeAlias = SortDirection | Literal["asc", "desc"]
else:
    _SortDirectionValue = SortDirection


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


if TYPE_CHECKING:
    _OfferSortByValue: TypeAlias = (
        OfferSortBy
        | Literal[
            "price",
            "payment_window_minutes",
            "user_average_payment_time_minutes",
            "user_average_release_time_minutes",
            "rating",
        ]
    )
else:
    _OfferSortByValue = OfferSortBy


class ValidationErrors(RootModel[dict[str, list[str]]]):
    """
    A hash: each key corresponds to the entity’s erroneous field, and the value is an
    array of human-readable English strings (representing occured validation errors).
    """

    root: dict[str, list[str]]


class Error(Model):
    """
    Error body. "status" is "error"; "error_code" contains the error code (short
    string).

    Some 422 bodies carry the code under the key "error" instead (`"error":
    "validation"`): neither key is required; read "error_code" and fall back to "error".

    Attributes:
        status: Always "error" for this body.
        error_code: Error code (short string).
        error: Error code, in a body that carries it under "error" rather than
            "error_code" (`"error": "validation"`); see the schema description.
        parameter: Name of the omitted required root parameter (with
            "missing_parameter").
        validation_errors: Validation errors (with a 422 "validation" error).
    """

    status: Annotated[_ResponseStatusValue, Field(description='Always "error" for this body.')]
    error_code: Annotated[
        _ErrorCodeValue | None, Field(description="Error code (short string).")
    ] = None
    error: Annotated[
        _ErrorCodeValue | None,
        Field(
            description='Error code, in a body that carries it under "error" rather than "error_code" (`"error": "validation"`); see the schema description.'
        ),
    ] = None
    parameter: Annotated[
        str | None,
        Field(
            description='Name of the omitted required root parameter (with "missing_parameter").'
        ),
    ] = None
    validation_errors: Annotated[
        ValidationErrors | None,
        Field(description='Validation errors (with a 422 "validation" error).'),
    ] = None


class ChatMessage(Model):
    """
    Chat message of a contract.

    Attributes:
        text: Text
        author: Login of author
        from_admin: Author is a trading platform’s admin? (true or false)
        sent_at: Sent datetime in UTC, ISO8601 (YYYY-MM-DDThh:mm:ssZ)
    """

    text: Annotated[str, Field(description="Text")]
    author: Annotated[str, Field(description="Login of author")]
    from_admin: Annotated[
        bool, Field(description="Author is a trading platform’s admin? (true or false)")
    ]
    sent_at: Annotated[
        AwareDatetime, Field(description="Sent datetime in UTC, ISO8601 (YYYY-MM-DDThh:mm:ssZ)")
    ]


class ContractPaymentMethodInstruction(Model):
    """
    Payment method instruction fields of a contract.

    Attributes:
        payment_method_id: ID of payment method
        details: Text of the instruction
    """

    payment_method_id: Annotated[str, Field(description="ID of payment method")]
    details: Annotated[str, Field(description="Text of the instruction")]


class ContractTransaction(Model):
    """
    A release or refund transaction of a contract, pre-signed by the server, for the
    client to verify and sign.

    `hex` is a complete segwit transaction spending the escrow (P2SH-P2WSH) output. Its
    witness is `[<empty>, <server signature, 71 bytes>, <70 zero bytes>, <witness
    script>]`: the server's signature verifies (BIP143, SIGHASH_ALL, amount taken from
    `in_amounts`) against the first public key of the witness script, and the 70-byte
    zero placeholder marks where the client's signature goes.

    Attributes:
        contract_id: Contract ID
        hex: Hex string which represents transaction to be signed
        in_amounts: tx_in amounts of the transaction (Array of Integers, in satoshis)
    """

    contract_id: Annotated[str, Field(description="Contract ID")]
    hex: Annotated[str, Field(description="Hex string which represents transaction to be signed")]
    in_amounts: Annotated[
        list[StrictInt],
        Field(description="tx_in amounts of the transaction (Array of Integers, in satoshis)"),
    ]


class ContractFilters(Model):
    """
    Filters of Listing my contracts. Sent as `filters[side]`, `filters[status]` query
    parameters and echoed back in the response.

    Attributes:
        side: "buy" or "sell"
        status: Status, see contract.status response field in Getting contract
    """

    side: Annotated[_SideValue | None, Field(description='"buy" or "sell"')] = None
    status: Annotated[
        _ContractStatusValue | None,
        Field(description="Status, see contract.status response field in Getting contract"),
    ] = None


class Pagination(Model):
    """
    Offset pagination. Sent as `pagination[limit]`, `pagination[offset]` query
    parameters and echoed back in list responses. Both properties are optional: an echo
    may be `{}`.

    Attributes:
        limit: Number of records to return (default 50, maximum 100)
        offset: Number of records to skip (e.g. 50 for second page of results with the
            default limit)
    """

    limit: Annotated[
        StrictInt | None,
        Field(description="Number of records to return (default 50, maximum 100)", ge=1, le=100),
    ] = 50
    offset: Annotated[
        StrictInt | None,
        Field(
            description="Number of records to skip (e.g. 50 for second page of results with the default limit)",
            ge=0,
        ),
    ] = 0


class NewOffersPagination(Model):
    """
    Cursor of Fetching newly created offers, sent as the `pagination[newer_than_id]`
    query parameter.

    Attributes:
        newer_than_id: Set to pagination.last_id value from the previous request (omit
            it or set to known offer’s ID as initial value)
    """

    newer_than_id: Annotated[
        str | None,
        Field(
            description="Set to pagination.last_id value from the previous request (omit it or set to known offer’s ID as initial value)"
        ),
    ] = None


class NewOffersPaginationResult(Model):
    """
    Pagination echo of Fetching newly created offers.

    Attributes:
        newer_than_id: The newer_than_id the request was made with
        last_id: Newest offer ID to store on the client (equal to the ID of the last
            offer of the page, since offers are sorted from the oldest to the newest);
            may be null.
    """

    newer_than_id: Annotated[
        str | None, Field(description="The newer_than_id the request was made with")
    ]
    last_id: Annotated[
        str | None,
        Field(
            description="Newest offer ID to store on the client (equal to the ID of the last offer of the page, since offers are sorted from the oldest to the newest); may be null."
        ),
    ]


class CreateContract(Model):
    """
    Contract to create.

    Note 1. offer_version and payment_method_instruction_version could be obtained by
    querying Getting offer. Clients should not interpret this value. This value will
    change every time the corresponding offer or payment method instruction is changed.
    Requiring to provide these values on contract creation ensures that the end-user
    agrees to the exact terms of offer which he has seen.

    Note 2. To create contract for “buy” offer, payment_method_instruction_id should be
    ID of one of your payment method instructions (see Payment method instructions
    resource). payment_method_id of the given payment method instruction should be one
    of the payment_method_ids of the offer. To create contract for “sell” offer,
    payment_method_instruction_id should be ID of one of the offer’s
    payment_method_instructions.id (see Getting offer).

    Note 3. Either value or volume must be present in the request (but not both) —
    expressed by the `oneOf` below. Non-present value will be calculated automatically
    (using offer’s price of the created contract).

    Note 4. When volume is provided by buyer, actual contract volume is increased to
    account for trading platform’s fee.

    Attributes:
        offer_id: Offer ID (required)
        offer_version: Offer version (required; see Note 1)
        payment_method_instruction_id: Payment method instruction ID (required; see Note
            2): an integer or a string.
        payment_method_instruction_version: Payment method instruction version
            (required; see Note 1)
        comment: Comment of the Contract’s initiator
        value: Value (i.e. fiat price of contract; will be rounded to 2 decimal digits).
            Exactly one of value and volume is required. A decimal string or a JSON
            number.
        volume: Volume (i.e. BTC price of contract; see Note 4). Exactly one of value
            and volume is required. A decimal string or a JSON number.
    """

    offer_id: Annotated[str, Field(description="Offer ID (required)")]
    offer_version: Annotated[str, Field(description="Offer version (required; see Note 1)")]
    payment_method_instruction_id: Annotated[
        StrictInt | str,
        Field(
            description="Payment method instruction ID (required; see Note 2): an integer or a string."
        ),
    ]
    payment_method_instruction_version: Annotated[
        str, Field(description="Payment method instruction version (required; see Note 1)")
    ]
    comment: Annotated[str | None, Field(description="Comment of the Contract’s initiator")] = None
    value: Annotated[
        Decimal | None,
        Field(
            description="Value (i.e. fiat price of contract; will be rounded to 2 decimal digits). Exactly one of value and volume is required. A decimal string or a JSON number."
        ),
    ] = None
    volume: Annotated[
        Decimal | None,
        Field(
            description="Volume (i.e. BTC price of contract; see Note 4). Exactly one of value and volume is required. A decimal string or a JSON number."
        ),
    ] = None


class CreateContractRequest(Model):
    """
    Body of Creating contract.
    """

    contract: CreateContract


class SignTransactionRequest(Model):
    """
    Body of Signing release/refund transaction of contract.

    Attributes:
        hex: Hex string which represents signed transaction
    """

    hex: Annotated[str, Field(description="Hex string which represents signed transaction")]


class Country(Model):
    """
    Country.

    Attributes:
        code: Code
        name: Name
        native_name: Name as written in the country’s language
        currency_code: State currency code
        currency_name: State currency name
    """

    code: Annotated[str, Field(description="Code")]
    name: Annotated[str, Field(description="Name")]
    native_name: Annotated[str, Field(description="Name as written in the country’s language")]
    currency_code: Annotated[str, Field(description="State currency code")]
    currency_name: Annotated[str, Field(description="State currency name")]


class Currency(Model):
    """
    Currency.

    Attributes:
        code: Code
        name: Name
        type: “fiat” or “crypto”
    """

    code: Annotated[str, Field(description="Code")]
    name: Annotated[str, Field(description="Name")]
    type: Annotated[_CurrencyTypeValue, Field(description="“fiat” or “crypto”")]


class ExchangeRateProvider(Model):
    """
    Exchange rate provider.

    Attributes:
        name: Name
        currency_codes: Array of currency codes
    """

    name: Annotated[str, Field(description="Name")]
    currency_codes: Annotated[list[str], Field(description="Array of currency codes")]


class Notification(Model):
    """
    Notification. Title, body and link are all plain-text (no HTML markup).

    Attributes:
        id: ID of notification
        title: Title
        body: Body (could contain \\n line feeds; could be null)
        link: Hyperlink (could be null)
    """

    id: Annotated[str, Field(description="ID of notification")]
    title: Annotated[str, Field(description="Title")]
    body: Annotated[
        str | None, Field(description="Body (could contain \\n line feeds; could be null)")
    ]
    link: Annotated[str | None, Field(description="Hyperlink (could be null)")]


class OfferPaymentMethod(Model):
    """
    Payment method of a “buy” offer.

    Attributes:
        id: ID of the payment method
        type: Type of the payment method
        name: Name of the payment method
    """

    id: Annotated[str, Field(description="ID of the payment method")]
    type: Annotated[_PaymentMethodTypeValue, Field(description="Type of the payment method")]
    name: Annotated[str, Field(description="Name of the payment method")]


class OfferPaymentMethodInstruction(Model):
    """
    Accepted payment method with instruction of a “sell” offer.

    Attributes:
        id: ID of the instruction
        version: Version
        payment_method_id: ID of the instruction’s payment method
        payment_method_type: Type of the instruction’s payment method
        payment_method_name: Name of the instruction’s payment method
        details: Text of the instruction (only shows in Getting offer method for the
            offer creator)
    """

    id: Annotated[str, Field(description="ID of the instruction")]
    version: Annotated[str, Field(description="Version")]
    payment_method_id: Annotated[str, Field(description="ID of the instruction’s payment method")]
    payment_method_type: Annotated[
        _PaymentMethodTypeValue, Field(description="Type of the instruction’s payment method")
    ]
    payment_method_name: Annotated[
        str, Field(description="Name of the instruction’s payment method")
    ]
    details: Annotated[
        str | None,
        Field(
            description="Text of the instruction (only shows in Getting offer method for the offer creator)"
        ),
    ] = None


class OfferSort(Model):
    """
    Sorting of Searching/listing offers, sent as `sort[by]`, `sort[direction]` query
    parameters and echoed back.
    """

    by: _OfferSortByValue | None = OfferSortBy.PRICE
    direction: _SortDirectionValue | None = SortDirection.ASC


class CreateOffer(Model):
    """
    Offer to create. The price is given in one of three ways, chosen by price_source
    (expressed by the `allOf` conditions below):

    - fixed-price offer: price_source "fixed_value" and price (required);
    - price that follows external exchange rate: price_source "exchange_rate",
      exchange_rate_provider and exchange_price_deviation (required),
      exchange_price_sign and exchange_price_unit;
    - price evaluated from expression: price_source "expression" and price_expression.

    payment_method_ids are required only for “buy” offers,
    payment_method_instruction_ids only for “sell” offers.

    Attributes:
        asset_code: Asset code (default "BTC" or "BTCLN")
        side: "buy" or "sell" (required)
        country_code: Country code (assumed Global if ommited)
        currency_code: Currency code (required). Use Currencies/Listing currencies to
            get currency code.
        balance: Balance (i.e. maximum sum of all contracts yet to be created) (in
            currency_code fiat currency) (required). A decimal string or a JSON number.
        min_amount: Minimal trade amount (in currency_code fiat currency) (required). A
            decimal string or a JSON number.
        max_amount: Maximal trade amount (in currency_code fiat currency) (required, 0
            for auto-adjust). A decimal string or a JSON number.
        first_trade_limit: First trade limit (in currency_code fiat currency). A decimal
            string or a JSON number.
        for_experienced_users: Allow create a contract with experienced users only?
            (true or false). An “Experienced user” is a user who has successfully
            completed at least one contract and is therefore familiar with the process
            of trading on Hodl Hodl. This condition is applicable only for public offers
            and doesn’t apply to private offers.
        confirmations: Blockchain confirmations required for deposit transaction in
            order for Contract to be considered "Deposited" (default 1)
        payment_window_minutes: Payment window, in minutes (default 90)
        working_hours_start_utc: Working hours start in UTC (HH:MM) (default "00:00",
            half hours increments)
        working_hours_end_utc: Working hours end in UTC (HH:MM) (default "00:00", half
            hours increments)
        title: Title
        description: Description
        enabled: Enabled? (true or false). Only the offer’s creator will be able to
            access an offer if it is not enabled. Trades won’t be conducted. (This is
            the same as ‘Enabled’ checkbox in the web interface.) Default false.
        private: Hide the offer from search results? (true or false). Only non-private
            offers will appear in the search/list website pages and API responses. (This
            option is the same as ‘Private’ checkbox in the website form.)
        payment_method_ids: Array of payment method IDs (see Payment methods/Listing
            payment methods), each an integer or a string. Note: required only for “buy”
            offers.
        payment_method_instruction_ids: Array of payment method instruction IDs (see
            Payment method instructions), each an integer or a string. Note: required
            only for “sell” offers.
        price_source: "fixed_value", "exchange_rate" or "expression" (required)
        price: Price (in currency_code fiat currency) (with price_source "fixed_value",
            required). A decimal string or a JSON number.
        exchange_rate_provider: Exchange rate provider name (with price_source
            "exchange_rate", required)
        exchange_price_deviation: Difference between the offer’s price and price on the
            exchange (with price_source "exchange_rate", required). A decimal string or
            a JSON number.
        exchange_price_sign: "+" or "-" (default "+")
        exchange_price_unit: "%" or "currency" (default "%")
        price_expression: Expression to evaluate (with price_source "expression")
    """

    asset_code: Annotated[
        _AssetCodeValue | None, Field(description='Asset code (default "BTC" or "BTCLN")')
    ] = None
    side: Annotated[_SideValue, Field(description='"buy" or "sell" (required)')]
    country_code: Annotated[
        str | None, Field(description="Country code (assumed Global if ommited)")
    ] = None
    currency_code: Annotated[
        str,
        Field(
            description="Currency code (required). Use Currencies/Listing currencies to get currency code."
        ),
    ]
    balance: Annotated[
        Decimal,
        Field(
            description="Balance (i.e. maximum sum of all contracts yet to be created) (in currency_code fiat currency) (required). A decimal string or a JSON number."
        ),
    ]
    min_amount: Annotated[
        Decimal,
        Field(
            description="Minimal trade amount (in currency_code fiat currency) (required). A decimal string or a JSON number."
        ),
    ]
    max_amount: Annotated[
        Decimal,
        Field(
            description="Maximal trade amount (in currency_code fiat currency) (required, 0 for auto-adjust). A decimal string or a JSON number."
        ),
    ]
    first_trade_limit: Annotated[
        Decimal | None,
        Field(
            description="First trade limit (in currency_code fiat currency). A decimal string or a JSON number."
        ),
    ] = None
    for_experienced_users: Annotated[
        bool | None,
        Field(
            description="Allow create a contract with experienced users only? (true or false). An “Experienced user” is a user who has successfully completed at least one contract and is therefore familiar with the process of trading on Hodl Hodl. This condition is applicable only for public offers and doesn’t apply to private offers."
        ),
    ] = None
    confirmations: Annotated[
        StrictInt | None,
        Field(
            description='Blockchain confirmations required for deposit transaction in order for Contract to be considered "Deposited" (default 1)'
        ),
    ] = 1
    payment_window_minutes: Annotated[
        StrictInt | None, Field(description="Payment window, in minutes (default 90)")
    ] = 90
    working_hours_start_utc: Annotated[
        str | None,
        Field(
            description='Working hours start in UTC (HH:MM) (default "00:00", half hours increments)'
        ),
    ] = "00:00"
    working_hours_end_utc: Annotated[
        str | None,
        Field(
            description='Working hours end in UTC (HH:MM) (default "00:00", half hours increments)'
        ),
    ] = "00:00"
    title: Annotated[str | None, Field(description="Title")] = None
    description: Annotated[str | None, Field(description="Description")] = None
    enabled: Annotated[
        bool | None,
        Field(
            description="Enabled? (true or false). Only the offer’s creator will be able to access an offer if it is not enabled. Trades won’t be conducted. (This is the same as ‘Enabled’ checkbox in the web interface.) Default false."
        ),
    ] = False
    private: Annotated[
        bool | None,
        Field(
            description="Hide the offer from search results? (true or false). Only non-private offers will appear in the search/list website pages and API responses. (This option is the same as ‘Private’ checkbox in the website form.)"
        ),
    ] = None
    payment_method_ids: Annotated[
        list[StrictInt | str] | None,
        Field(
            description="Array of payment method IDs (see Payment methods/Listing payment methods), each an integer or a string. Note: required only for “buy” offers."
        ),
    ] = None
    payment_method_instruction_ids: Annotated[
        list[StrictInt | str] | None,
        Field(
            description="Array of payment method instruction IDs (see Payment method instructions), each an integer or a string. Note: required only for “sell” offers."
        ),
    ] = None
    price_source: Annotated[
        _PriceSourceValue,
        Field(description='"fixed_value", "exchange_rate" or "expression" (required)'),
    ]
    price: Annotated[
        Decimal | None,
        Field(
            description='Price (in currency_code fiat currency) (with price_source "fixed_value", required). A decimal string or a JSON number.'
        ),
    ] = None
    exchange_rate_provider: Annotated[
        str | None,
        Field(
            description='Exchange rate provider name (with price_source "exchange_rate", required)'
        ),
    ] = None
    exchange_price_deviation: Annotated[
        Decimal | None,
        Field(
            description='Difference between the offer’s price and price on the exchange (with price_source "exchange_rate", required). A decimal string or a JSON number.'
        ),
    ] = None
    exchange_price_sign: Annotated[
        _ExchangePriceSignValue | None, Field(description='"+" or "-" (default "+")')
    ] = ExchangePriceSign.FIELD_
    exchange_price_unit: Annotated[
        _ExchangePriceUnitValue | None, Field(description='"%" or "currency" (default "%")')
    ] = ExchangePriceUnit.FIELD_
    price_expression: Annotated[
        str | None, Field(description='Expression to evaluate (with price_source "expression")')
    ] = None


class UpdateOffer(Model):
    """
    Offer changes. All parameters (except ID) are optional. An attribute does’t change
    if the corresponding parameter isn’t set. Parameters are the same as in Creating
    offer method, except it is impossible to change an offer’s asset (asset_code) or
    side (side).

    Price groups (provide none or all of a group; expressed by the `allOf` conditions
    below when price_source is given):

    - fixed-price offer: price_source "fixed_value", price, currency_code;
    - price that follows external exchange rate: price_source "exchange_rate",
      exchange_rate_provider, exchange_price_deviation, exchange_price_sign,
      exchange_price_unit, currency_code;
    - price evaluated from expression: price_source "expression" and price_expression.

    Attributes:
        country_code: Country code (assumed Global if ommited)
        currency_code: Currency code (part of the price groups when updating). Use
            Currencies/Listing currencies to get currency code.
        balance: Balance (i.e. maximum sum of all contracts yet to be created) (in
            currency_code fiat currency). A decimal string or a JSON number.
        min_amount: Minimal trade amount (in currency_code fiat currency). A decimal
            string or a JSON number.
        max_amount: Maximal trade amount (in currency_code fiat currency). A decimal
            string or a JSON number.
        first_trade_limit: First trade limit (in currency_code fiat currency). A decimal
            string or a JSON number.
        for_experienced_users: Allow create a contract with experienced users only?
            (true or false). An “Experienced user” is a user who has successfully
            completed at least one contract and is therefore familiar with the process
            of trading on Hodl Hodl. This condition is applicable only for public offers
            and doesn’t apply to private offers.
        confirmations: Blockchain confirmations required for deposit transaction in
            order for Contract to be considered "Deposited"
        payment_window_minutes: Payment window, in minutes
        working_hours_start_utc: Working hours start in UTC (HH:MM) (only half hours
            increments)
        working_hours_end_utc: Working hours end in UTC (HH:MM) (only half hours
            increments)
        title: Title
        description: Description
        enabled: Enabled? (true or false). Only the offer’s creator will be able to
            access an offer if it is not enabled. Trades won’t be conducted. (This is
            the same as ‘Enabled’ checkbox in the web interface.)
        private: Hide the offer from search results? (true or false). Only non-private
            offers will appear in the search/list website pages and API responses. (This
            option is the same as ‘Private’ checkbox in the website form.)
        payment_method_ids: Array of payment method IDs (see Payment methods/Listing
            payment methods), each an integer or a string. Note: only use it for “buy”
            offers.
        payment_method_instruction_ids: Array of payment method instruction IDs (see
            Payment method instructions), each an integer or a string. Note: only use it
            for “sell” offers.
        price_source: "fixed_value", "exchange_rate" or "expression"
        price: Price (in currency_code fiat currency) (with price_source "fixed_value").
            A decimal string or a JSON number.
        exchange_rate_provider: Exchange rate provider name (with price_source
            "exchange_rate")
        exchange_price_deviation: Difference between the offer’s price and price on the
            exchange (with price_source "exchange_rate"). A decimal string or a JSON
            number.
        exchange_price_sign: "+" or "-"
        exchange_price_unit: "%" or "currency"
        price_expression: Expression to evaluate (with price_source "expression")
    """

    country_code: Annotated[
        str | None, Field(description="Country code (assumed Global if ommited)")
    ] = None
    currency_code: Annotated[
        str | None,
        Field(
            description="Currency code (part of the price groups when updating). Use Currencies/Listing currencies to get currency code."
        ),
    ] = None
    balance: Annotated[
        Decimal | None,
        Field(
            description="Balance (i.e. maximum sum of all contracts yet to be created) (in currency_code fiat currency). A decimal string or a JSON number."
        ),
    ] = None
    min_amount: Annotated[
        Decimal | None,
        Field(
            description="Minimal trade amount (in currency_code fiat currency). A decimal string or a JSON number."
        ),
    ] = None
    max_amount: Annotated[
        Decimal | None,
        Field(
            description="Maximal trade amount (in currency_code fiat currency). A decimal string or a JSON number."
        ),
    ] = None
    first_trade_limit: Annotated[
        Decimal | None,
        Field(
            description="First trade limit (in currency_code fiat currency). A decimal string or a JSON number."
        ),
    ] = None
    for_experienced_users: Annotated[
        bool | None,
        Field(
            description="Allow create a contract with experienced users only? (true or false). An “Experienced user” is a user who has successfully completed at least one contract and is therefore familiar with the process of trading on Hodl Hodl. This condition is applicable only for public offers and doesn’t apply to private offers."
        ),
    ] = None
    confirmations: Annotated[
        StrictInt | None,
        Field(
            description='Blockchain confirmations required for deposit transaction in order for Contract to be considered "Deposited"'
        ),
    ] = None
    payment_window_minutes: Annotated[
        StrictInt | None, Field(description="Payment window, in minutes")
    ] = None
    working_hours_start_utc: Annotated[
        str | None,
        Field(description="Working hours start in UTC (HH:MM) (only half hours increments)"),
    ] = None
    working_hours_end_utc: Annotated[
        str | None,
        Field(description="Working hours end in UTC (HH:MM) (only half hours increments)"),
    ] = None
    title: Annotated[str | None, Field(description="Title")] = None
    description: Annotated[str | None, Field(description="Description")] = None
    enabled: Annotated[
        bool | None,
        Field(
            description="Enabled? (true or false). Only the offer’s creator will be able to access an offer if it is not enabled. Trades won’t be conducted. (This is the same as ‘Enabled’ checkbox in the web interface.)"
        ),
    ] = None
    private: Annotated[
        bool | None,
        Field(
            description="Hide the offer from search results? (true or false). Only non-private offers will appear in the search/list website pages and API responses. (This option is the same as ‘Private’ checkbox in the website form.)"
        ),
    ] = None
    payment_method_ids: Annotated[
        list[StrictInt | str] | None,
        Field(
            description="Array of payment method IDs (see Payment methods/Listing payment methods), each an integer or a string. Note: only use it for “buy” offers."
        ),
    ] = None
    payment_method_instruction_ids: Annotated[
        list[StrictInt | str] | None,
        Field(
            description="Array of payment method instruction IDs (see Payment method instructions), each an integer or a string. Note: only use it for “sell” offers."
        ),
    ] = None
    price_source: Annotated[
        _PriceSourceValue | None,
        Field(description='"fixed_value", "exchange_rate" or "expression"'),
    ] = None
    price: Annotated[
        Decimal | None,
        Field(
            description='Price (in currency_code fiat currency) (with price_source "fixed_value"). A decimal string or a JSON number.'
        ),
    ] = None
    exchange_rate_provider: Annotated[
        str | None,
        Field(description='Exchange rate provider name (with price_source "exchange_rate")'),
    ] = None
    exchange_price_deviation: Annotated[
        Decimal | None,
        Field(
            description='Difference between the offer’s price and price on the exchange (with price_source "exchange_rate"). A decimal string or a JSON number.'
        ),
    ] = None
    exchange_price_sign: Annotated[
        _ExchangePriceSignValue | None, Field(description='"+" or "-"')
    ] = None
    exchange_price_unit: Annotated[
        _ExchangePriceUnitValue | None, Field(description='"%" or "currency"')
    ] = None
    price_expression: Annotated[
        str | None, Field(description='Expression to evaluate (with price_source "expression")')
    ] = None


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
    Payment method instruction: connects a general payment method (e.g. “Online payment
    system -> Moneygram”) with your specific details (e.g. “Pay to account No. 12345”).
    You can view (list, delete) only payment method instructions which you have created.

    Attributes:
        id: ID
        version: Version
        payment_method_id: Payment method ID
        name: Name (visible only to you)
        details: Text of the instruction
        created_at: Date-time of creation (ISO 8601)
        updated_at: Date-time of last update (ISO 8601)
    """

    id: Annotated[str, Field(description="ID")]
    version: Annotated[str, Field(description="Version")]
    payment_method_id: Annotated[str, Field(description="Payment method ID")]
    name: Annotated[str, Field(description="Name (visible only to you)")]
    details: Annotated[str, Field(description="Text of the instruction")]
    created_at: Annotated[AwareDatetime, Field(description="Date-time of creation (ISO 8601)")]
    updated_at: Annotated[AwareDatetime, Field(description="Date-time of last update (ISO 8601)")]


class CreatePaymentMethodInstruction(Model):
    """
    Payment method instruction to create.

    Attributes:
        payment_method_id: Payment method ID: an integer or a string.
        name: Name (visible only to you)
        details: Text of the instruction
    """

    payment_method_id: Annotated[
        StrictInt | str | None, Field(description="Payment method ID: an integer or a string.")
    ] = None
    name: Annotated[str | None, Field(description="Name (visible only to you)")] = None
    details: Annotated[str | None, Field(description="Text of the instruction")] = None


class CreatePaymentMethodInstructionRequest(Model):
    """
    Body of Creating payment method instruction.
    """

    payment_method_instruction: CreatePaymentMethodInstruction


class PaymentMethodDescription(RootModel[str | dict[str, Any] | None]):
    """
    Attributes:
        root: Description of a payment method: a string, an object or null.
    """

    root: Annotated[
        str | dict[str, Any] | None,
        Field(description="Description of a payment method: a string, an object or null."),
    ]


class PaymentMethod(Model):
    """
    Payment method.

    Attributes:
        id: ID
        type: Type
        name: Name
        country_codes: Array of country codes (plain strings; two- and three-letter
            codes occur).
        discounted: Discounted? (true or false)
        global_: Global? (true or false)
    """

    id: Annotated[str, Field(description="ID")]
    type: Annotated[_PaymentMethodTypeValue, Field(description="Type")]
    name: Annotated[str, Field(description="Name")]
    country_codes: Annotated[
        list[str],
        Field(
            description="Array of country codes (plain strings; two- and three-letter codes occur)."
        ),
    ]
    description: PaymentMethodDescription | None
    discounted: Annotated[bool, Field(description="Discounted? (true or false)")]
    global_: Annotated[bool, Field(alias="global", description="Global? (true or false)")]


class PaymentMethodFilters(Model):
    """
    Filters of Listing payment methods, sent as `filters[country]` and echoed back.

    Attributes:
        country: Country name or code ("Global" to list global payment methods, omit to
            return all payment methods)
    """

    country: Annotated[
        str | None,
        Field(
            description='Country name or code ("Global" to list global payment methods, omit to return all payment methods)'
        ),
    ] = None


class ChatMessageListEnvelope(Model):
    """
    Success envelope `{"status": "success", "chat_messages": ...}`.

    Attributes:
        chat_messages: Chat messages array
    """

    status: _ResponseStatusValue
    chat_messages: Annotated[list[ChatMessage], Field(description="Chat messages array")]


class ContractTransactionEnvelope(Model):
    """
    Success envelope `{"status": "success", "transaction": ...}`.

    Attributes:
        transaction: Transaction to be verified and signed
    """

    status: _ResponseStatusValue
    transaction: Annotated[
        ContractTransaction, Field(description="Transaction to be verified and signed")
    ]


class CountryListEnvelope(Model):
    """
    Success envelope `{"status": "success", "countries": ...}`.

    Attributes:
        countries: Countries array
    """

    status: _ResponseStatusValue
    countries: Annotated[list[Country], Field(description="Countries array")]


class CurrencyListEnvelope(Model):
    """
    Success envelope `{"status": "success", "currencies": ...}`.

    Attributes:
        currencies: Currencies array
    """

    status: _ResponseStatusValue
    currencies: Annotated[list[Currency], Field(description="Currencies array")]


class ExchangeRateProviderListEnvelope(Model):
    """
    Success envelope `{"status": "success", "exchange_rate_providers": ...}`.

    Attributes:
        exchange_rate_providers: Exchange rate providers array
    """

    status: _ResponseStatusValue
    exchange_rate_providers: Annotated[
        list[ExchangeRateProvider], Field(description="Exchange rate providers array")
    ]


class NotificationListEnvelope(Model):
    """
    Success envelope `{"status": "success", "notifications": ...}`.

    Attributes:
        notifications: Notifications array
    """

    status: _ResponseStatusValue
    notifications: Annotated[list[Notification], Field(description="Notifications array")]


class PaymentMethodInstructionEnvelope(Model):
    """
    Success envelope `{"status": "success", "payment_method_instruction": ...}`.

    Attributes:
        payment_method_instruction: Payment method instruction
    """

    status: _ResponseStatusValue
    payment_method_instruction: Annotated[
        PaymentMethodInstruction, Field(description="Payment method instruction")
    ]


class PaymentMethodInstructionListEnvelope(Model):
    """
    Success envelope `{"status": "success", "payment_method_instructions": ...}`.

    Attributes:
        payment_method_instructions: Array of Payment method instructions (see Getting
            payment method instruction for fields description)
    """

    status: _ResponseStatusValue
    payment_method_instructions: Annotated[
        list[PaymentMethodInstruction],
        Field(
            description="Array of Payment method instructions (see Getting payment method instruction for fields description)"
        ),
    ]


class PaymentMethodListEnvelope(Model):
    """
    Success envelope `{"status": "success", "payment_methods": ...}`.

    Attributes:
        filters: Filters the request was made with
        payment_methods: Payment methods array
    """

    status: _ResponseStatusValue
    filters: Annotated[PaymentMethodFilters, Field(description="Filters the request was made with")]
    payment_methods: Annotated[list[PaymentMethod], Field(description="Payment methods array")]


class StatusEnvelope(Model):
    """
    Bare success body `{"status": "success"}`.
    """

    status: _ResponseStatusValue


class Trader(Model):
    """
    Public information on a user: a contract's counterparty (contract.counterparty) or
    an offer's creator (offer.trader).

    Attributes:
        login: Login
        avatar_url: Avatar URL
        online_status: "online", "recently_online" or "offline"
        rating: Rating (as fraction of 1); a decimal string such as "0.90", or null
        trades_count: Number of conducted trades
        url: Hodlhodl website URL
        verified: Verified? (true or false)
        verified_by: Login of the Strong Hodler who verified this user
        strong_hodler: Strong Hodler? (true or false). Strong Hodler is a member of Hodl
            Hodl volunteer team that we’re working directly with.
        country: Country name (or "Global")
        country_code: Country code (or "Global")
        average_payment_time_minutes: Average payment time (in minutes)
        average_release_time_minutes: Average release time (in minutes)
        days_since_last_trade: Number of days since last trade
        blocked_by: How many traders blocked this user
    """

    login: Annotated[str, Field(description="Login")]
    avatar_url: Annotated[str, Field(description="Avatar URL")]
    online_status: Annotated[
        _OnlineStatusValue, Field(description='"online", "recently_online" or "offline"')
    ]
    rating: Annotated[
        DecimalText | None,
        Field(description='Rating (as fraction of 1); a decimal string such as "0.90", or null'),
    ]
    trades_count: Annotated[StrictInt, Field(description="Number of conducted trades")]
    url: Annotated[str, Field(description="Hodlhodl website URL")]
    verified: Annotated[bool, Field(description="Verified? (true or false)")]
    verified_by: Annotated[
        str | None, Field(description="Login of the Strong Hodler who verified this user")
    ]
    strong_hodler: Annotated[
        bool,
        Field(
            description="Strong Hodler? (true or false). Strong Hodler is a member of Hodl Hodl volunteer team that we’re working directly with."
        ),
    ]
    country: Annotated[str, Field(description='Country name (or "Global")')]
    country_code: Annotated[str, Field(description='Country code (or "Global")')]
    average_payment_time_minutes: Annotated[
        StrictInt | None, Field(description="Average payment time (in minutes)")
    ]
    average_release_time_minutes: Annotated[
        StrictInt | None, Field(description="Average release time (in minutes)")
    ]
    days_since_last_trade: Annotated[
        StrictInt | None, Field(description="Number of days since last trade")
    ]
    blocked_by: Annotated[StrictInt, Field(description="How many traders blocked this user")]


class User(Model):
    """
    Information on the current user (Users/Getting myself).

    Attributes:
        login: Login
        avatar_url: Avatar URL
        online_status: "online", "recently_online" or "offline"
        rating: Rating (as fraction of 1); a decimal string such as "0.90", or null
        trades_count: Number of conducted trades
        url: Hodlhodl website URL
        verified: Verified? (true or false)
        verified_by: Login of the Strong Hodler who verified this user
        strong_hodler: Strong Hodler? (true or false). Strong Hodler is a member of Hodl
            Hodl volunteer team that we’re working directly with.
        country: Country name (or "Global")
        country_code: Country code (or "Global")
        average_payment_time_minutes: Average payment time (in minutes)
        average_release_time_minutes: Average release time (in minutes)
        days_since_last_trade: Number of days since last trade
        blocked_by: How many traders blocked this user
        encrypted_seed: Encrypted seed (the encrypted payment seed created on the
            website with the payment password)
        hide_sensitive_info_from_notifications: If enabled, e-mail and Telegram
            notifications will not contain sensitive information (may be null)
    """

    login: Annotated[str, Field(description="Login")]
    avatar_url: Annotated[str, Field(description="Avatar URL")]
    online_status: Annotated[
        _OnlineStatusValue, Field(description='"online", "recently_online" or "offline"')
    ]
    rating: Annotated[
        DecimalText | None,
        Field(description='Rating (as fraction of 1); a decimal string such as "0.90", or null'),
    ]
    trades_count: Annotated[StrictInt, Field(description="Number of conducted trades")]
    url: Annotated[str, Field(description="Hodlhodl website URL")]
    verified: Annotated[bool, Field(description="Verified? (true or false)")]
    verified_by: Annotated[
        str | None, Field(description="Login of the Strong Hodler who verified this user")
    ]
    strong_hodler: Annotated[
        bool,
        Field(
            description="Strong Hodler? (true or false). Strong Hodler is a member of Hodl Hodl volunteer team that we’re working directly with."
        ),
    ]
    country: Annotated[str, Field(description='Country name (or "Global")')]
    country_code: Annotated[str, Field(description='Country code (or "Global")')]
    average_payment_time_minutes: Annotated[
        StrictInt | None, Field(description="Average payment time (in minutes)")
    ]
    average_release_time_minutes: Annotated[
        StrictInt | None, Field(description="Average release time (in minutes)")
    ]
    days_since_last_trade: Annotated[
        StrictInt | None, Field(description="Number of days since last trade")
    ]
    blocked_by: Annotated[StrictInt, Field(description="How many traders blocked this user")]
    encrypted_seed: Annotated[
        str,
        Field(
            description="Encrypted seed (the encrypted payment seed created on the website with the payment password)"
        ),
    ]
    hide_sensitive_info_from_notifications: Annotated[
        bool | None,
        Field(
            description="If enabled, e-mail and Telegram notifications will not contain sensitive information (may be null)"
        ),
    ]


class VolumeBreakdown(Model):
    """
    Volume breakdown of a contract (amounts in the contract's asset, decimal strings).

    Attributes:
        goes_to_buyer: Buyer receives this amount minus transaction fee
        exchange_fee: Amount of crypto currency that trading platform receives
        exchange_fee_in_fiat: Fiat equivalent of exchange fee (in currency_code
            currency)
        transaction_fee: Estimated blockchain transaction fee
    """

    goes_to_buyer: Annotated[
        DecimalText, Field(description="Buyer receives this amount minus transaction fee")
    ]
    exchange_fee: Annotated[
        DecimalText, Field(description="Amount of crypto currency that trading platform receives")
    ]
    exchange_fee_in_fiat: Annotated[
        DecimalText,
        Field(description="Fiat equivalent of exchange fee (in currency_code currency)"),
    ]
    transaction_fee: Annotated[
        DecimalText, Field(description="Estimated blockchain transaction fee")
    ]


class Escrow(Model):
    """
    Escrow information of a contract: a 2-of-3 multisig whose address is the P2SH-P2WSH
    (nested segwit) form of `witness_script`, that is the P2SH of `0x0020 ||
    SHA256(witness_script)`, not P2SH of the script itself.

    Note for verifiers: parsing the script is not enough; a real escrow check must
    compare its public keys with locally derived ones.

    Attributes:
        address: Escrow BTC address (for verification). This field might be null if the
            offer’s creator uses the website and hasn’t yet confirmed one’s payment
            password. In such case, repeat this request once every 1-3 minutes until
            escrow address appears.
        witness_script: Escrow redeem witness script (for verification), hex
        index: Escrow xpub/xpriv index (for verification)
        you_confirmed: Have you verified and confirmed the escrow? (true or false)
        counterparty_confirmed: Have the other party verified and confirmed the escrow?
            (true or false)
        confirmations: Blockchain confirmations received so far
        amount_deposited: Amount deposited (in BTC; null when no deposit has been made
            yet)
        amount_released: Amount released (in BTC; null when no release has been made
            yet)
        deposit_transaction_id: Blockchain ID of deposit transaction (null when no
            deposit has been made yet)
        release_transaction_id: Blockchain ID of release transaction (null when no
            release has been made yet)
    """

    address: Annotated[
        str | None,
        Field(
            description="Escrow BTC address (for verification). This field might be null if the offer’s creator uses the website and hasn’t yet confirmed one’s payment password. In such case, repeat this request once every 1-3 minutes until escrow address appears."
        ),
    ]
    witness_script: Annotated[
        str | None, Field(description="Escrow redeem witness script (for verification), hex")
    ]
    index: Annotated[
        StrictInt | None, Field(description="Escrow xpub/xpriv index (for verification)")
    ]
    you_confirmed: Annotated[
        bool, Field(description="Have you verified and confirmed the escrow? (true or false)")
    ]
    counterparty_confirmed: Annotated[
        bool,
        Field(
            description="Have the other party verified and confirmed the escrow? (true or false)"
        ),
    ]
    confirmations: Annotated[
        StrictInt, Field(description="Blockchain confirmations received so far")
    ]
    amount_deposited: Annotated[
        DecimalText | None,
        Field(description="Amount deposited (in BTC; null when no deposit has been made yet)"),
    ]
    amount_released: Annotated[
        DecimalText | None,
        Field(description="Amount released (in BTC; null when no release has been made yet)"),
    ]
    deposit_transaction_id: Annotated[
        str | None,
        Field(
            description="Blockchain ID of deposit transaction (null when no deposit has been made yet)"
        ),
    ]
    release_transaction_id: Annotated[
        str | None,
        Field(
            description="Blockchain ID of release transaction (null when no release has been made yet)"
        ),
    ]


class Contract(Model):
    """
    Contract resource.

    Attributes:
        id: ID
        your_role: Your role ("buyer" or "seller")
        can_be_canceled: Can be canceled in its current state by you? (true or false)
        offer_id: Offer ID
        price: Asset price (in currency_code fiat currency, at the moment of the
            creation of the contract)
        value: Value (i.e. fiat price of contract)
        currency_code: Currency/asset code of “value” field (e.g. “USD”)
        volume: Volume (i.e. BTC price of contract)
        asset_code: Asset code of “volume” field (“BTC” or “BTCLN”)
        comment: Comment of the Contract’s initiator (optional when creating a contract,
            hence nullable)
        release_address: Release address (shown to the buyer only; optional)
        confirmations: Blockchain confirmations required for deposit transaction in
            order for Contract to be considered "Deposited"
        payment_window_seconds_left: Payment window time left (in seconds, alias to
            payment_window_time_left_seconds, which is now deprecated). Check the unit
            before relying on it: values such as 3599862000 occur for a 60-minute
            window, which cannot be seconds.
        payment_window_time_left_seconds: Payment window time left (in seconds).
            Deprecated in favour of payment_window_seconds_left.
        payment_window_minutes: Payment window set by the offer author for the contract,
            during which the buyer must transfer the payment using the agreed upon
            payment method.
        depositing_window_minutes: Depositing window set by the exchange during which
            the seller must deposit bitcoins into escrow
        depositing_window_time_left_seconds: Depositing window time left (in seconds)
        dispute_status: Contract dispute status: null unless contract status is
            "resolved", although a "disputed" contract may carry "unresolved" (see
            DisputeStatus).
        country: Country name (or "Global")
        country_code: Contract country code (or "Global"); any string is accepted.
        created_at: Creation datetime in UTC, ISO8601 (YYYY-MM-DDThh:mm:ssZ)
        counterparty: Counterparty information
    """

    id: Annotated[str, Field(description="ID")]
    your_role: Annotated[_ContractRoleValue, Field(description='Your role ("buyer" or "seller")')]
    can_be_canceled: Annotated[
        bool, Field(description="Can be canceled in its current state by you? (true or false)")
    ]
    offer_id: Annotated[str, Field(description="Offer ID")]
    price: Annotated[
        DecimalText,
        Field(
            description="Asset price (in currency_code fiat currency, at the moment of the creation of the contract)"
        ),
    ]
    value: Annotated[DecimalText, Field(description="Value (i.e. fiat price of contract)")]
    currency_code: Annotated[
        str, Field(description="Currency/asset code of “value” field (e.g. “USD”)")
    ]
    volume: Annotated[DecimalText, Field(description="Volume (i.e. BTC price of contract)")]
    asset_code: Annotated[
        _AssetCodeValue, Field(description="Asset code of “volume” field (“BTC” or “BTCLN”)")
    ]
    comment: Annotated[
        str | None,
        Field(
            description="Comment of the Contract’s initiator (optional when creating a contract, hence nullable)"
        ),
    ]
    release_address: Annotated[
        str | None, Field(description="Release address (shown to the buyer only; optional)")
    ] = None
    confirmations: Annotated[
        StrictInt,
        Field(
            description='Blockchain confirmations required for deposit transaction in order for Contract to be considered "Deposited"'
        ),
    ]
    payment_window_seconds_left: Annotated[
        StrictInt | None,
        Field(
            description="Payment window time left (in seconds, alias to payment_window_time_left_seconds, which is now deprecated). Check the unit before relying on it: values such as 3599862000 occur for a 60-minute window, which cannot be seconds."
        ),
    ]
    payment_window_time_left_seconds: Annotated[
        StrictInt | None,
        Field(
            deprecated=True,
            description="Payment window time left (in seconds). Deprecated in favour of payment_window_seconds_left.",
        ),
    ]
    payment_window_minutes: Annotated[
        StrictInt,
        Field(
            description="Payment window set by the offer author for the contract, during which the buyer must transfer the payment using the agreed upon payment method."
        ),
    ]
    depositing_window_minutes: Annotated[
        StrictInt,
        Field(
            description="Depositing window set by the exchange during which the seller must deposit bitcoins into escrow"
        ),
    ]
    depositing_window_time_left_seconds: Annotated[
        StrictInt | None, Field(description="Depositing window time left (in seconds)")
    ]
    status: _ContractStatusValue
    dispute_status: Annotated[
        _DisputeStatusValue | None,
        Field(
            description='Contract dispute status: null unless contract status is "resolved", although a "disputed" contract may carry "unresolved" (see DisputeStatus).'
        ),
    ]
    payment_method_instruction: ContractPaymentMethodInstruction
    volume_breakdown: VolumeBreakdown
    country: Annotated[str, Field(description='Country name (or "Global")')]
    country_code: Annotated[
        str, Field(description='Contract country code (or "Global"); any string is accepted.')
    ]
    created_at: Annotated[
        AwareDatetime, Field(description="Creation datetime in UTC, ISO8601 (YYYY-MM-DDThh:mm:ssZ)")
    ]
    counterparty: Annotated[Trader, Field(description="Counterparty information")]
    escrow: Escrow


class OfferFee(Model):
    """
    Fee details (all in fractions of 1). Note: total fee consists of “trading fee” and
    “transaction fee”. Trading fee is calculated as minimum among buyer and seller fee.
    User fee is calculated as base fee rate minus discount for online presence.
    Transaction fee is estimated accroding to current blockchain situation. Listings
    (Searching/listing offers, Fetching newly created offers) carry only
    author_fee_rate.

    Attributes:
        author_fee_rate: Offer’s creator fee rate
        your_fee_rate: Your fee rate (only available in Getting offer method)
        transaction_fee: Transaction fee estimation (only available in Getting offer
            method)
        exchange_fee: Trading fee (only available in Getting offer method)
    """

    author_fee_rate: Annotated[DecimalText, Field(description="Offer’s creator fee rate")]
    your_fee_rate: Annotated[
        DecimalText | None,
        Field(description="Your fee rate (only available in Getting offer method)"),
    ] = None
    transaction_fee: Annotated[
        DecimalText | None,
        Field(description="Transaction fee estimation (only available in Getting offer method)"),
    ] = None
    exchange_fee: Annotated[
        DecimalText | None,
        Field(description="Trading fee (only available in Getting offer method)"),
    ] = None


class Offer(Model):
    """
    Offer resource.

    Fields from created_at on are shown only to the offer’s creator (Getting offer,
    Listing my offers, Creating/Updating offer). exchange_rate_provider,
    exchange_price_deviation, exchange_price_sign and exchange_price_unit are null
    unless price_source is "exchange_rate"; price_expression is null unless price_source
    is "expression".

    Note 3: country and country_code will be "Global" for worldwide offers/traders.

    Attributes:
        id: ID
        version: Version (changes every time the offer is changed; required to create a
            contract)
        asset_code: Asset code ("BTC" or "BTCLN")
        searchable: Will appear in the search? (true or false). Note that even
            non-private offer can be unlisted if it’s not enabled or blocked. This field
            will show whether the offer will actually be shown in the search.
        country: Country name (or "Global")
        country_code: Country code (or "Global")
        working_now: Is current time between working_hours_start_utc and
            working_hours_end_utc? (true or false)
        side: "buy" or "sell"
        title: Title (may be null)
        description: Description (optional when creating an offer, hence nullable)
        currency_code: Currency code
        price: Price (in currency_code fiat currency)
        min_amount: Minimal trade amount (in currency_code fiat currency)
        max_amount: Maximal trade amount (in currency_code fiat currency)
        first_trade_limit: First trade limit (in currency_code fiat currency)
        balance: Balance (i.e. maximum sum of all contracts yet to be created) (in
            currency_code fiat currency)
        payment_window_minutes: Payment window
        confirmations: Blockchain confirmations required for deposit transaction in
            order for Contract to be considered "Deposited"
        payment_methods: Payment methods. Note: only present for “buy” offers.
        payment_method_instructions: Accepted payment methods with instructions. Note:
            only present for “sell” offers.
        trader: Offer creator information
        created_at: Creation datetime in UTC, ISO8601 (YYYY-MM-DDThh:mm:ssZ)
        working_hours_start_utc: Working hours start in UTC (HH:MM). Only half hour
            increments are allowed. Note: unlike in the website, UTC is used here
            instead of user’s timezone.
        working_hours_end_utc: Working hours end in UTC (HH:MM). Only half hour
            increments are allowed. Note: unlike in the website, UTC is used here
            instead of user’s timezone.
        enabled: Enabled? (true or false). Only the offer’s creator will be able to
            access an offer if it is not enabled. Trades won’t be conducted. (This is
            the same as ‘Enabled’ checkbox in the web interface.)
        private: Hide the offer from search results? (true or false). Only non-private
            offers will appear in the search/list website pages and API responses. (This
            option is the same as ‘Private’ checkbox in the website form.)
        for_experienced_users: Allow create a contract with experienced users only?
            (true or false). An “Experienced user” is a user who has successfully
            completed at least one contract and is therefore familiar with the process
            of trading on Hodl Hodl. This condition is applicable only for public offers
            and doesn’t apply to private offers.
        exchange_rate_provider: Exchange rate provider name (null if the Offer is fixed
            price)
        exchange_price_deviation: Difference between the offer’s price and price on the
            exchange (null if the Offer is fixed price)
        exchange_price_sign: "+" or "-" (null if the Offer is fixed price)
        exchange_price_unit: "%" or "currency" (null if the Offer is fixed price)
        configured_max_amount: Configured by the Offer’s creator maximum amount
        price_expression: Expression that is evaluated to calculate price (only if
            price_source is "expression"; otherwise null)
    """

    id: Annotated[str, Field(description="ID")]
    version: Annotated[
        str,
        Field(
            description="Version (changes every time the offer is changed; required to create a contract)"
        ),
    ]
    asset_code: Annotated[_AssetCodeValue, Field(description='Asset code ("BTC" or "BTCLN")')]
    searchable: Annotated[
        bool,
        Field(
            description="Will appear in the search? (true or false). Note that even non-private offer can be unlisted if it’s not enabled or blocked. This field will show whether the offer will actually be shown in the search."
        ),
    ]
    country: Annotated[str, Field(description='Country name (or "Global")')]
    country_code: Annotated[str, Field(description='Country code (or "Global")')]
    working_now: Annotated[
        bool,
        Field(
            description="Is current time between working_hours_start_utc and working_hours_end_utc? (true or false)"
        ),
    ]
    side: Annotated[_SideValue, Field(description='"buy" or "sell"')]
    title: Annotated[str | None, Field(description="Title (may be null)")]
    description: Annotated[
        str | None,
        Field(description="Description (optional when creating an offer, hence nullable)"),
    ]
    currency_code: Annotated[str, Field(description="Currency code")]
    price: Annotated[DecimalText, Field(description="Price (in currency_code fiat currency)")]
    min_amount: Annotated[
        DecimalText, Field(description="Minimal trade amount (in currency_code fiat currency)")
    ]
    max_amount: Annotated[
        DecimalText, Field(description="Maximal trade amount (in currency_code fiat currency)")
    ]
    first_trade_limit: Annotated[
        DecimalText | None, Field(description="First trade limit (in currency_code fiat currency)")
    ]
    fee: OfferFee
    balance: Annotated[
        DecimalText | None,
        Field(
            description="Balance (i.e. maximum sum of all contracts yet to be created) (in currency_code fiat currency)"
        ),
    ]
    payment_window_minutes: Annotated[StrictInt, Field(description="Payment window")]
    confirmations: Annotated[
        StrictInt,
        Field(
            description='Blockchain confirmations required for deposit transaction in order for Contract to be considered "Deposited"'
        ),
    ]
    payment_methods: Annotated[
        list[OfferPaymentMethod] | None,
        Field(description="Payment methods. Note: only present for “buy” offers."),
    ] = None
    payment_method_instructions: Annotated[
        list[OfferPaymentMethodInstruction] | None,
        Field(
            description="Accepted payment methods with instructions. Note: only present for “sell” offers."
        ),
    ] = None
    trader: Annotated[Trader, Field(description="Offer creator information")]
    created_at: Annotated[
        AwareDatetime | None,
        Field(description="Creation datetime in UTC, ISO8601 (YYYY-MM-DDThh:mm:ssZ)"),
    ] = None
    working_hours_start_utc: Annotated[
        str | None,
        Field(
            description="Working hours start in UTC (HH:MM). Only half hour increments are allowed. Note: unlike in the website, UTC is used here instead of user’s timezone."
        ),
    ] = None
    working_hours_end_utc: Annotated[
        str | None,
        Field(
            description="Working hours end in UTC (HH:MM). Only half hour increments are allowed. Note: unlike in the website, UTC is used here instead of user’s timezone."
        ),
    ] = None
    enabled: Annotated[
        bool | None,
        Field(
            description="Enabled? (true or false). Only the offer’s creator will be able to access an offer if it is not enabled. Trades won’t be conducted. (This is the same as ‘Enabled’ checkbox in the web interface.)"
        ),
    ] = None
    private: Annotated[
        bool | None,
        Field(
            description="Hide the offer from search results? (true or false). Only non-private offers will appear in the search/list website pages and API responses. (This option is the same as ‘Private’ checkbox in the website form.)"
        ),
    ] = None
    for_experienced_users: Annotated[
        bool | None,
        Field(
            description="Allow create a contract with experienced users only? (true or false). An “Experienced user” is a user who has successfully completed at least one contract and is therefore familiar with the process of trading on Hodl Hodl. This condition is applicable only for public offers and doesn’t apply to private offers."
        ),
    ] = None
    price_source: _PriceSourceValue | None = None
    exchange_rate_provider: Annotated[
        str | None,
        Field(description="Exchange rate provider name (null if the Offer is fixed price)"),
    ] = None
    exchange_price_deviation: Annotated[
        DecimalText | None,
        Field(
            description="Difference between the offer’s price and price on the exchange (null if the Offer is fixed price)"
        ),
    ] = None
    exchange_price_sign: Annotated[
        _ExchangePriceSignValue | None,
        Field(description='"+" or "-" (null if the Offer is fixed price)'),
    ] = None
    exchange_price_unit: Annotated[
        _ExchangePriceUnitValue | None,
        Field(description='"%" or "currency" (null if the Offer is fixed price)'),
    ] = None
    configured_max_amount: Annotated[
        DecimalText | None, Field(description="Configured by the Offer’s creator maximum amount")
    ] = None
    price_expression: Annotated[
        str | None,
        Field(
            description='Expression that is evaluated to calculate price (only if price_source is "expression"; otherwise null)'
        ),
    ] = None


class OfferFilters(Model):
    """
    Filters of Searching/listing offers and Fetching newly created offers, sent as
    `filters[<name>]` query parameters and echoed back in the response (with defaults
    filled in). All filters could be omitted. The echo of a request that did not send
    include_global may show `"include_global": true`.

    Attributes:
        asset_code: Asset code ("BTC" by default, or "BTCLN")
        side: "buy" or "sell"
        include_global: Include global offers? (true or false, default false). Note: if
            this parameter is true, then global offers will be included in addition to
            ones selected by country filter.
        only_working_now: Include only offers which working hours include current time?
            (true or false, default false)
        country: Country (code or name)
        currency_code: Currency code
        payment_method_id: ID of payment method (see Payment methods/Listing payment
            methods). Note: if this parameter is set, then payment_method_type and
            payment_method_name will be ignored.
        payment_method_type: Type of payment method (see Payment methods/Listing payment
            methods)
        payment_method_name: Name of payment method
        volume: Volume (min. volume <= given value and max. volume >= given value)
        payment_window_minutes_max: Maximum payment window (in minutes)
        user_average_payment_time_minutes_max: Offer’s creator maximum payment time (in
            minutes)
        user_average_release_time_minutes_max: Offer’s creator maximum average release
            time (in minutes)
    """

    asset_code: Annotated[
        _AssetCodeValue | None, Field(description='Asset code ("BTC" by default, or "BTCLN")')
    ] = None
    side: Annotated[_SideValue | None, Field(description='"buy" or "sell"')] = None
    include_global: Annotated[
        bool | None,
        Field(
            description="Include global offers? (true or false, default false). Note: if this parameter is true, then global offers will be included in addition to ones selected by country filter."
        ),
    ] = None
    only_working_now: Annotated[
        bool | None,
        Field(
            description="Include only offers which working hours include current time? (true or false, default false)"
        ),
    ] = None
    country: Annotated[str | None, Field(description="Country (code or name)")] = None
    currency_code: Annotated[str | None, Field(description="Currency code")] = None
    payment_method_id: Annotated[
        str | None,
        Field(
            description="ID of payment method (see Payment methods/Listing payment methods). Note: if this parameter is set, then payment_method_type and payment_method_name will be ignored."
        ),
    ] = None
    payment_method_type: Annotated[
        _PaymentMethodTypeValue | None,
        Field(description="Type of payment method (see Payment methods/Listing payment methods)"),
    ] = None
    payment_method_name: Annotated[str | None, Field(description="Name of payment method")] = None
    volume: Annotated[
        DecimalText | None,
        Field(description="Volume (min. volume <= given value and max. volume >= given value)"),
    ] = None
    payment_window_minutes_max: Annotated[
        StrictInt | None, Field(description="Maximum payment window (in minutes)")
    ] = None
    user_average_payment_time_minutes_max: Annotated[
        StrictInt | None, Field(description="Offer’s creator maximum payment time (in minutes)")
    ] = None
    user_average_release_time_minutes_max: Annotated[
        StrictInt | None,
        Field(description="Offer’s creator maximum average release time (in minutes)"),
    ] = None


class ContractEnvelope(Model):
    """
    Success envelope `{"status": "success", "contract": ...}`.

    Attributes:
        contract: Contract resource
    """

    status: _ResponseStatusValue
    contract: Annotated[Contract, Field(description="Contract resource")]


class ContractListEnvelope(Model):
    """
    Success envelope `{"status": "success", "contracts": ...}`.

    Attributes:
        filters: Filters the request was made with
        pagination: Pagination the request was made with (defaults filled in)
        contracts: Array of Contracts (see Getting contract for fields description)
    """

    status: _ResponseStatusValue
    filters: Annotated[ContractFilters, Field(description="Filters the request was made with")]
    pagination: Annotated[
        Pagination, Field(description="Pagination the request was made with (defaults filled in)")
    ]
    contracts: Annotated[
        list[Contract],
        Field(description="Array of Contracts (see Getting contract for fields description)"),
    ]


class OfferEnvelope(Model):
    """
    Success envelope `{"status": "success", "offer": ...}`.

    Attributes:
        offer: Offer resource
    """

    status: _ResponseStatusValue
    offer: Annotated[Offer, Field(description="Offer resource")]


class OfferListEnvelope(Model):
    """
    Success envelope `{"status": "success", "offers": ...}`.

    Attributes:
        filters: Filters values (fetched from the parameters and/or default ones)
        sort: Sorting the request was made with
        pagination: Pagination the request was made with (may be empty)
        offers: Array of Offers (see Getting offer for fields description)
    """

    status: _ResponseStatusValue
    filters: Annotated[
        OfferFilters | None,
        Field(description="Filters values (fetched from the parameters and/or default ones)"),
    ] = None
    sort: Annotated[OfferSort | None, Field(description="Sorting the request was made with")] = None
    pagination: Annotated[
        Pagination | None, Field(description="Pagination the request was made with (may be empty)")
    ] = None
    offers: Annotated[
        list[Offer], Field(description="Array of Offers (see Getting offer for fields description)")
    ]


class NewOfferListEnvelope(Model):
    """
    Success envelope `{"status": "success", "offers": ...}`.

    Attributes:
        filters: Filters values (fetched from the parameters and/or default ones)
        pagination: pagination.last_id: newest offer ID to store on the client
        offers: Array of Offers, sorted from the oldest to the newest (see
            Offers/Getting offer for fields description)
    """

    status: _ResponseStatusValue
    filters: Annotated[
        OfferFilters,
        Field(description="Filters values (fetched from the parameters and/or default ones)"),
    ]
    pagination: Annotated[
        NewOffersPaginationResult,
        Field(description="pagination.last_id: newest offer ID to store on the client"),
    ]
    offers: Annotated[
        list[Offer],
        Field(
            description="Array of Offers, sorted from the oldest to the newest (see Offers/Getting offer for fields description)"
        ),
    ]


class PriceEnvelope(Model):
    """
    Success envelope `{"status": "success", "price": ...}`.

    Attributes:
        price: Price (in the requested fiat currency)
    """

    status: _ResponseStatusValue
    price: Annotated[DecimalText, Field(description="Price (in the requested fiat currency)")]


class UserEnvelope(Model):
    """
    Success envelope `{"status": "success", "user": ...}`.

    Attributes:
        user: Current user
    """

    status: _ResponseStatusValue
    user: Annotated[User, Field(description="Current user")]


__all__ = [
    "AssetCode",
    "ChatMessage",
    "ChatMessageListEnvelope",
    "Contract",
    "ContractEnvelope",
    "ContractFilters",
    "ContractListEnvelope",
    "ContractPaymentMethodInstruction",
    "ContractRole",
    "ContractStatus",
    "ContractTransaction",
    "ContractTransactionEnvelope",
    "Country",
    "CountryListEnvelope",
    "CreateContract",
    "CreateContractRequest",
    "CreateOffer",
    "CreateOfferRequest",
    "CreatePaymentMethodInstruction",
    "CreatePaymentMethodInstructionRequest",
    "Currency",
    "CurrencyListEnvelope",
    "CurrencyType",
    "DisputeStatus",
    "Error",
    "ErrorCode",
    "Escrow",
    "ExchangePriceSign",
    "ExchangePriceUnit",
    "ExchangeRateProvider",
    "ExchangeRateProviderListEnvelope",
    "NewOfferListEnvelope",
    "NewOffersPagination",
    "NewOffersPaginationResult",
    "Notification",
    "NotificationListEnvelope",
    "Offer",
    "OfferEnvelope",
    "OfferFee",
    "OfferFilters",
    "OfferListEnvelope",
    "OfferPaymentMethod",
    "OfferPaymentMethodInstruction",
    "OfferSort",
    "OfferSortBy",
    "OnlineStatus",
    "Pagination",
    "PaymentMethod",
    "PaymentMethodDescription",
    "PaymentMethodFilters",
    "PaymentMethodInstruction",
    "PaymentMethodInstructionEnvelope",
    "PaymentMethodInstructionListEnvelope",
    "PaymentMethodListEnvelope",
    "PaymentMethodType",
    "PriceEnvelope",
    "PriceSource",
    "ResponseStatus",
    "Side",
    "SignTransactionRequest",
    "SortDirection",
    "StatusEnvelope",
    "Trader",
    "UpdateOffer",
    "UpdateOfferRequest",
    "User",
    "UserEnvelope",
    "ValidationErrors",
    "VolumeBreakdown",
]
