"""Models of specs/coinjoin.yaml, by datamodel-code-generator; do not edit."""

from __future__ import annotations

from coinspec._core.types import OpenStrEnum

from pydantic import Field, RootModel, StrictInt
from coinspec._core.model import Model
from enum import StrEnum
from typing import Annotated
from coinspec._core.types import AwareDatetime, Decimal, DecimalText, Integer


class Error(Model):
    """
    ERROR response. If no error occurs, each request receives an HTTP 200 OK response; otherwise this body is returned.
    """

    code: StrictInt
    """
    HTTP error code
    - 400 bad request
    - 401 invalid API key
    - 403 blocked/denied
    - 404 endpoint not found
    - 503 service unavailable

    """
    description: str
    """
    Error description
    """


class ServiceState(OpenStrEnum):
    """
    ok - service active. Documented as "Type: text" with the single value ok.
    """

    OK = "ok"


class ServiceStatus(Model):
    """
    Status of the service.
    """

    status: ServiceState
    """
    ok - service active
    """
    timestamp: StrictInt
    """
    Current server time
    """
    datetime: AwareDatetime
    """
    Current server time in ISO 8601 format
    """


class BooleanString(StrEnum):
    """
    A boolean sent as the string "true" or "false".
    """

    TRUE = "true"
    FALSE = "false"


class AddressValidation(Model):
    """
    Result of a bitcoin address validation.
    """

    result: BooleanString | bool
    """
    true - BTC address is valid
    false - BTC address is invalid

    Documented as "Type: boolean" but the document's example returns the string
    "true"; both a JSON boolean and the strings "true"/"false" are accepted.

    """


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


class PayoutAddresses(RootModel[list[str]]):
    """
    List of BTC payout addresses without amounts, as the document's createTransaction request example sends them.
    """

    root: Annotated[list[str], Field(min_length=1)]
    """
    List of BTC payout addresses without amounts, as the document's createTransaction request example sends them.
    """


class RequestedPayoutAmounts(RootModel[dict[str, Decimal]]):
    """
    Map of BTC address to BTC amount, the documented format [BTC_address ⇒ BTC_amount] (no example in the document). Amounts are decimals, accepted as a string or a JSON number.
    """

    root: Annotated[dict[str, Decimal], Field(min_length=1)]


class PayoutAmounts(RootModel[dict[str, DecimalText]]):
    """
    BTC addresses and payout amounts: an object mapping BTC address to a decimal string amount. Documented as "Type: array" but every response example is this object. The createTransaction example shows "0" amounts.
    """

    root: dict[str, DecimalText]


class CreateTransactionRequest(Model):
    """
    Request parameters of createTransaction.
    """

    delay: Integer
    """
    Transaction delay in hours (the transaction won't start until the delay interval is reached). Documented as "Type: integer" but the document's request example sends the string "1"; an integer or a string of digits is accepted, and either is an exact int in Python.
    """
    payouts: PayoutAddresses | RequestedPayoutAmounts
    """
    List of BTC addresses and payouts in the following format [BTC_address ⇒ BTC_amount]. Documented as "Type: array" with that address => amount format, but the document's example is a plain JSON list of addresses without amounts. Both are accepted: a list of addresses (`PayoutAddresses`, what the example shows) or an object mapping address to amount (`RequestedPayoutAmounts`, what the description says).
    """
    ref_code: Annotated[str | None, Field(alias="refCode")] = None
    """
    Affiliate program code (optional)
    """


class Transaction(Model):
    """
    A mixing transaction, as returned by createTransaction, /transactions (items) and
    /transaction/{id}. Field order is significant: the signature is computed over the
    values in the order the response sends them. The document's Signature section,
    verbatim:

    Signature

    Each transaction contains a "signature" parameter that confirms the data is valid and has not been altered.

    In addition to the authorization token {api_key}, you will also receive a private key {secret_key} from customer support. You can use the secret key to verify authenticity.

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
    $signature = base64_encode(hash_hmac('sha256', implode('|', array_map(function($a) { return is_array($a) ? implode(',', array_keys($a)).','.implode(',', $a) : $a; }, array_values($transaction_details))), $secret_key, TRUE));

    Note: parameter order must match the response. "signature" is not part of the calculation.

    (End of quotation; the only change is that the document's indentation of the
    JSON lines, non-breaking spaces alternating with spaces, is written here as plain
    spaces. `$transaction_details` is written as a JSON literal, which is
    not PHP; it evidently means the decoded response body as an associative array in
    response key order, without "signature". The createTransaction example is the only
    one carrying a signature; the /transactions items and the /transaction/{id}
    example carry none although the text says each transaction does, so `signature`
    is optional here.)

    """

    id: str
    """
    Transaction ID
    """
    status: TransactionStatus
    """
    Transaction status: pending | confirming | processing | complete | expired
    """
    deposit_address: Annotated[str, Field(alias="depositAddress")]
    """
    Deposit BTC address
    """
    deposit_amount: Annotated[Decimal | None, Field(alias="depositAmount")] = None
    """
    Deposit amount = payouts + fees (BTC deposit amount). A JSON number in the createTransaction and /transactions examples (0.00316) but a string in the /transaction/{id} and signature examples ("0.0062244"), so both forms are accepted. Missing from the second (expired) /transactions example item, so not required.
    """
    deposit_txid: Annotated[str | None, Field(alias="depositTxid")] = None
    """
    Deposit TXID. The document's example has 63 hex digits (one short of a txid); no length pattern is imposed and the value is kept verbatim.
    """
    payouts: PayoutAmounts
    """
    List of BTC addresses and payout amounts. Documented as "Type: array" but every example is an object mapping address to a decimal string.
    """
    txid: str | None = None
    """
    Withdrawal TXID
    """
    fee: Decimal
    """
    Total amount of fees. Every example shows a JSON number; because its sibling depositAmount arrives both as a number and as a string, a decimal string is accepted as well.
    """
    delay: Integer
    """
    Transaction delay in hours. Documented as "Type: integer" but every example returns a string ("1", "0"); an integer or a string of digits is accepted, and either is an exact int in Python.
    """
    ref_code: Annotated[str | None, Field(alias="refCode")] = None
    """
    Affiliate program code
    """
    updated: AwareDatetime
    """
    Transaction update time in ISO 8601
    """
    created: AwareDatetime
    """
    Transaction creation time in ISO 8601
    """
    signature: str | None = None
    """
    Signature: base64 of the raw HMAC-SHA256, keyed with {secret_key}, of the response values (all fields except "signature", in response order) joined with "|", where `payouts` contributes its addresses joined with "," then "," then its amounts joined with ",". See the quoted algorithm in the Transaction description.
    """


class TransactionList(Model):
    """
    A page of transactions, sorted from newest to oldest.
    """

    transactions: list[Transaction]
    """
    List of transactions
    """
    total_transactions: Annotated[StrictInt, Field(alias="totalTransactions")]
    """
    Total number of transactions
    """
    limit: Integer
    """
    Maximum number of returned records. Documented as "Type: integer" but the example returns the string "2"; an integer or a string of digits is accepted, and either is an exact int in Python.
    """
    offset: StrictInt
    """
    Paging offset (an integer in the only example, unlike limit).
    """
