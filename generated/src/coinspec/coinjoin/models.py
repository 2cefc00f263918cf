"""Models of specs/coinjoin.yaml, by datamodel-code-generator; do not edit."""

from typing import TYPE_CHECKING, Literal, TypeAlias

from coinspec._core.types import BooleanStrEnum, OpenStrEnum

from pydantic import Field, StrictInt
from typing import Annotated
from coinspec._core.model import Model
from coinspec._core.types import AwareDatetime, Decimal, DecimalText, Integer
from coinspec._core.root_model import RootModel


class Error(Model):
    """
    ERROR response. If no error occurs, each request receives an HTTP 200 OK response;
    otherwise this body is returned.

    Attributes:
        code: HTTP error code - 400 bad request - 401 invalid API key - 403
            blocked/denied - 404 endpoint not found - 503 service unavailable
        description: Error description
    """

    code: Annotated[
        StrictInt,
        Field(
            description="HTTP error code\n- 400 bad request\n- 401 invalid API key\n- 403 blocked/denied\n- 404 endpoint not found\n- 503 service unavailable\n"
        ),
    ]
    description: Annotated[str, Field(description="Error description")]


class ServiceState(OpenStrEnum):
    """
    ok - service active. Any other value still parses.
    """

    OK = "ok"


if TYPE_CHECKING:
    _ServiceStateValue: TypeAlias = ServiceState | Literal["ok"]
else:
    _ServiceStateValue = ServiceState


class ServiceStatus(Model):
    """
    Status of the service.

    Attributes:
        status: ok - service active
        timestamp: Current server time
        datetime: Current server time in ISO 8601 format
    """

    status: Annotated[_ServiceStateValue, Field(description="ok - service active")]
    timestamp: Annotated[StrictInt, Field(description="Current server time")]
    datetime: Annotated[AwareDatetime, Field(description="Current server time in ISO 8601 format")]


class BooleanString(BooleanStrEnum):
    """
    A boolean sent as the string "true" or "false".
    """

    TRUE = "true"
    FALSE = "false"


if TYPE_CHECKING:
    _BooleanStringValue: TypeAlias = BooleanString | Literal["true", "false"]
else:
    _BooleanStringValue = BooleanString


class AddressValidation(Model):
    """
    Result of a bitcoin address validation.

    Attributes:
        result: true - BTC address is valid false - BTC address is invalid Both a JSON
            boolean and the strings "true"/"false" are accepted.
    """

    result: Annotated[
        _BooleanStringValue | bool,
        Field(
            description='true - BTC address is valid\nfalse - BTC address is invalid\n\nBoth a JSON boolean and the strings "true"/"false" are accepted.\n'
        ),
    ]


class TransactionStatus(OpenStrEnum):
    """
    Transaction status:
    - pending
    - confirming
    - processing
    - complete
    - expired
    """

    PENDING = "pending"
    CONFIRMING = "confirming"
    PROCESSING = "processing"
    COMPLETE = "complete"
    EXPIRED = "expired"


if TYPE_CHECKING:
    _TransactionStatusValue: TypeAlias = (
        TransactionStatus | Literal["pending", "confirming", "processing", "complete", "expired"]
    )
else:
    _TransactionStatusValue = TransactionStatus


class PayoutAddresses(RootModel[list[str]]):
    """
    List of BTC payout addresses without amounts.

    Attributes:
        root: List of BTC payout addresses without amounts.
    """

    root: Annotated[
        list[str], Field(description="List of BTC payout addresses without amounts.", min_length=1)
    ]


class RequestedPayoutAmounts(RootModel[dict[str, Decimal]]):
    """
    Map of BTC address to BTC amount, the format [BTC_address ⇒ BTC_amount]. Amounts are
    decimals, accepted as a string or a JSON number.
    """

    root: Annotated[dict[str, Decimal], Field(min_length=1)]


class PayoutAmounts(RootModel[dict[str, DecimalText]]):
    """
    BTC addresses and payout amounts: an object mapping BTC address to a decimal string
    amount, which may be "0".
    """

    root: dict[str, DecimalText]


class CreateTransactionRequest(Model):
    """
    Request parameters of createTransaction.

    Attributes:
        delay: Transaction delay in hours (the transaction won't start until the delay
            interval is reached). An integer or a string of digits is accepted, and
            either is an exact int in Python.
        payouts: List of BTC addresses and payouts in the following format [BTC_address
            ⇒ BTC_amount]. Accepted as either a list of addresses without amounts
            (`PayoutAddresses`) or an object mapping address to amount
            (`RequestedPayoutAmounts`).
        ref_code: Affiliate program code (optional)
    """

    delay: Annotated[
        Integer,
        Field(
            description="Transaction delay in hours (the transaction won't start until the delay interval is reached). An integer or a string of digits is accepted, and either is an exact int in Python."
        ),
    ]
    payouts: Annotated[
        PayoutAddresses | RequestedPayoutAmounts,
        Field(
            description="List of BTC addresses and payouts in the following format [BTC_address ⇒ BTC_amount]. Accepted as either a list of addresses without amounts (`PayoutAddresses`) or an object mapping address to amount (`RequestedPayoutAmounts`)."
        ),
    ]
    ref_code: Annotated[
        str | None, Field(alias="refCode", description="Affiliate program code (optional)")
    ] = None


class Transaction(Model):
    """
    A mixing transaction, as returned by createTransaction, /transactions (items) and
    /transaction/{id}. Field order is significant: the signature is computed over the
    values in the order the response sends them. The service's Signature section,
    verbatim:

    Signature

    Each transaction contains a "signature" parameter that confirms the data is valid
    and has not been altered.

    In addition to the authorization token {api_key}, you will also receive a private
    key {secret_key} from customer support. You can use the secret key to verify
    authenticity.

    Signature calculation:
    $secret_key = {secret_key};
    $transaction_details = {
       "id": "Q96G3MSNW8MPQRTX",
       "status": "complete",
       "depositAddress": "tb1q0pkwdj3pqdp587yrc8sus876kccn5tq577ce5x",
       "depositAmount": "0.0062244",
       "depositTxid": "80bb6cda5036ce277598d949d2e4b3771c56b31ba77b757bf9753a370f16c99",
       "payouts": { "mfuAKvSsAMrC7gjbEEb521uc1myeF9BSsc": "0.006" },
       "txid": "0ea6f3a702a368ed09830d959f1c82b7d8f65f53a783965514380e123fc8ca4e",
       "fee": 0.0002244,
       "delay": "0",
       "updated": "2022-04-28T09:46:11+00:00",
       "created": "2022-04-28T09:42:41+00:00"
    };
    $signature = base64_encode(hash_hmac('sha256', implode('|', array_map(function($a) {
    return is_array($a) ? implode(',', array_keys($a)).','.implode(',', $a) : $a; },
    array_values($transaction_details))), $secret_key, TRUE));

    Note: parameter order must match the response. "signature" is not part of the
    calculation.

    (End of quotation.) `$transaction_details` is the decoded response body as an
    associative array in response key order, without "signature". `signature` is
    optional: a transaction may come without one.

    Attributes:
        id: Transaction ID
        status: Transaction status: pending | confirming | processing | complete |
            expired
        deposit_address: Deposit BTC address
        deposit_amount: Deposit amount = payouts + fees (BTC deposit amount), a decimal
            string or a JSON number. Optional: a transaction may come without it.
        deposit_txid: Deposit TXID (its length is not checked).
        payouts: List of BTC addresses and payout amounts: an object mapping address to
            a decimal string.
        txid: Withdrawal TXID
        fee: Total amount of fees, a JSON number or a decimal string.
        delay: Transaction delay in hours. An integer or a string of digits is accepted,
            and either is an exact int in Python.
        ref_code: Affiliate program code
        updated: Transaction update time in ISO 8601
        created: Transaction creation time in ISO 8601
        signature: Signature: base64 of the raw HMAC-SHA256, keyed with {secret_key}, of
            the response values (all fields except "signature", in response order)
            joined with "|", where `payouts` contributes its addresses joined with ","
            then "," then its amounts joined with ",". See the quoted algorithm in the
            Transaction description.
    """

    id: Annotated[str, Field(description="Transaction ID")]
    status: Annotated[
        _TransactionStatusValue,
        Field(
            description="Transaction status: pending | confirming | processing | complete | expired"
        ),
    ]
    deposit_address: Annotated[
        str, Field(alias="depositAddress", description="Deposit BTC address")
    ]
    deposit_amount: Annotated[
        Decimal | None,
        Field(
            alias="depositAmount",
            description="Deposit amount = payouts + fees (BTC deposit amount), a decimal string or a JSON number. Optional: a transaction may come without it.",
        ),
    ] = None
    deposit_txid: Annotated[
        str | None,
        Field(alias="depositTxid", description="Deposit TXID (its length is not checked)."),
    ] = None
    payouts: Annotated[
        PayoutAmounts,
        Field(
            description="List of BTC addresses and payout amounts: an object mapping address to a decimal string."
        ),
    ]
    txid: Annotated[str | None, Field(description="Withdrawal TXID")] = None
    fee: Annotated[
        Decimal, Field(description="Total amount of fees, a JSON number or a decimal string.")
    ]
    delay: Annotated[
        Integer,
        Field(
            description="Transaction delay in hours. An integer or a string of digits is accepted, and either is an exact int in Python."
        ),
    ]
    ref_code: Annotated[
        str | None, Field(alias="refCode", description="Affiliate program code")
    ] = None
    updated: Annotated[AwareDatetime, Field(description="Transaction update time in ISO 8601")]
    created: Annotated[AwareDatetime, Field(description="Transaction creation time in ISO 8601")]
    signature: Annotated[
        str | None,
        Field(
            description='Signature: base64 of the raw HMAC-SHA256, keyed with {secret_key}, of the response values (all fields except "signature", in response order) joined with "|", where `payouts` contributes its addresses joined with "," then "," then its amounts joined with ",". See the quoted algorithm in the Transaction description.'
        ),
    ] = None


class TransactionList(Model):
    """
    A page of transactions, sorted from newest to oldest.

    Attributes:
        transactions: List of transactions
        total_transactions: Total number of transactions
        limit: Maximum number of returned records. An integer or a string of digits is
            accepted, and either is an exact int in Python.
        offset: Paging offset (an integer).
    """

    transactions: Annotated[list[Transaction], Field(description="List of transactions")]
    total_transactions: Annotated[
        StrictInt, Field(alias="totalTransactions", description="Total number of transactions")
    ]
    limit: Annotated[
        Integer,
        Field(
            description="Maximum number of returned records. An integer or a string of digits is accepted, and either is an exact int in Python."
        ),
    ]
    offset: Annotated[StrictInt, Field(description="Paging offset (an integer).")]


__all__ = [
    "AddressValidation",
    "BooleanString",
    "CreateTransactionRequest",
    "Error",
    "PayoutAddresses",
    "PayoutAmounts",
    "RequestedPayoutAmounts",
    "ServiceState",
    "ServiceStatus",
    "Transaction",
    "TransactionList",
    "TransactionStatus",
]
