"""Models of specs/atomic.yaml, by datamodel-code-generator; do not edit."""

from __future__ import annotations

from coinspec._core.types import OpenStrEnum

from enum import StrEnum
from typing import Annotated
from pydantic import Field, StrictInt
from coinspec._core.model import Model


class CoinCode(OpenStrEnum):
    """
    A coin code. The values are those of the "Get Supported Coins" example; the list is open, since the platform may support more coins.
    """

    BTC = "BTC"
    LTC = "LTC"
    DASH = "DASH"
    BSV = "BSV"
    DOGE = "DOGE"
    BCH = "BCH"
    ETC = "ETC"
    ETH = "ETH"


class CreateUserRequest(Model):
    """
    Body of Create new user.
    """

    public_key: Annotated[str | None, Field(alias="public-key")] = None
    """
    The user's public key (hex, compressed SEC1), one of the two keys of the private collateral 2-of-2 script.
    """
    refund_address: Annotated[str | None, Field(alias="refund-address")] = None
    """
    The user's address for refunds.
    """


class PrivateCollateralInfo(Model):
    """
    The user's private collateral, a 2-of-2 multisig of ATOMIC's key and the user's key.
    """

    atomic_public_key: Annotated[str, Field(alias="atomic-public-key")]
    """
    ATOMIC's public key (hex) in the private collateral script.
    """
    private_collateral_address: Annotated[str, Field(alias="private-collateral-address")]
    """
    The private collateral address. In the document's example it is the P2SH-P2WSH address of `private-collateral-redeem-script`, not its plain P2SH address.
    """
    private_collateral_redeem_script: Annotated[
        str, Field(alias="private-collateral-redeem-script")
    ]
    """
    The 2-of-2 multisig script (hex). Called a redeem script, but in the document's example it is the witness script of a P2SH-P2WSH address (see info, item 4).
    """
    private_collateral_script_pub_key: Annotated[
        str, Field(alias="private-collateral-script-pub-key")
    ]
    """
    The scriptPubKey (hex) of the private collateral address (`OP_HASH160 <HASH160(0020 || SHA256(script))> OP_EQUAL` in the example).
    """


class CreatedUser(Model):
    """
    Answer of Create new user.
    """

    private_collateral_info: Annotated[
        PrivateCollateralInfo, Field(alias="private-collateral-info")
    ]


class InflightTransactionStatus(OpenStrEnum):
    """
    Status of an in-flight transaction. The document shows only `PENDING-CONFIRMATIONS`; the list is open.
    """

    PENDING_CONFIRMATIONS = "PENDING-CONFIRMATIONS"


class InflightTransaction(Model):
    """
    A transaction of the user that is not yet final.
    """

    payment_id: Annotated[str, Field(alias="payment-id")]
    """
    The payment the transaction belongs to.
    """
    transaction_id: Annotated[str, Field(alias="transaction-id")]
    """
    The transaction ID (hex).
    """
    status: InflightTransactionStatus


class User(Model):
    """
    Existing information for a specific user.
    """

    private_collateral_info: Annotated[
        PrivateCollateralInfo, Field(alias="private-collateral-info")
    ]
    private_collateral_balance: Annotated[StrictInt, Field(alias="private-collateral-balance")]
    """
    Balance of the private collateral address, in the coin's smallest unit (satoshis).
    """
    inflight_transactions: Annotated[
        list[InflightTransaction], Field(alias="inflight-transactions")
    ]
    """
    The user's transactions in flight.
    """


class UnlockRequest(Model):
    """
    Body of Get on-demand unlock (sent on a GET, as the document demands).
    """

    amount: StrictInt | None = None
    """
    Amount to unlock, in the coin's smallest unit (satoshis).
    """


class TimedUnlockRequest(Model):
    """
    Body of Get timed unlock (sent on a GET, as the document demands).
    """

    amount: StrictInt | None = None
    """
    Amount to unlock, in the coin's smallest unit (satoshis).
    """
    n_lock_time: Annotated[StrictInt | None, Field(alias="nLockTime")] = None
    """
    The lock time of the unlock transaction (the document's example is a Unix timestamp). camelCase on the wire, unlike every other field.
    """


class UnlockTransaction(Model):
    """
    An unsigned unlock transaction for the wallet to sign.
    """

    raw_transaction: Annotated[str, Field(alias="raw-transaction")]
    """
    The raw unsigned transaction (hex). Its input spends a legacy P2SH 2-of-2 (empty scriptSig here).
    """


class SubmitUnlockRequest(Model):
    """
    Body of Submit an on-demand unlock.
    """

    partially_signed_unlock_tx: Annotated[str | None, Field(alias="partially-signed-unlock-tx")] = (
        None
    )
    """
    The user-signed unlock transaction (hex), obtained from the GET or created manually; scriptSig `OP_0 <sig> OP_0 <redeem script>`, the second `OP_0` standing for ATOMIC's signature.
    """


class SubmitTimedUnlockRequest(Model):
    """
    Body of Submit timed unlock.
    """

    partially_signed_tx: Annotated[str | None, Field(alias="partially-signed-tx")] = None
    """
    The user-signed timed unlock transaction (hex) for ATOMIC to sign; scriptSig `OP_0 <sig> OP_0 <redeem script>`.
    """


class PaymentOutput(Model):
    """
    An output the payment transaction must have.
    """

    address: str
    """
    Destination address.
    """
    amount: StrictInt
    """
    Amount in the coin's smallest unit (satoshis).
    """


class PaymentTransactionDetails(Model):
    """
    The required details for the payment transaction.
    """

    coin_type: Annotated[CoinCode, Field(alias="coin-type")]
    fee: StrictInt
    """
    Fee of the payment transaction, in the coin's smallest unit.
    """
    outputs: list[PaymentOutput]
    """
    Outputs of the payment transaction.
    """


class EscrowTransactionDetails(Model):
    """
    The raw escrow transaction provided by ATOMIC.
    """

    coin_type: Annotated[CoinCode, Field(alias="coin-type")]
    source_address: Annotated[str, Field(alias="source-address")]
    """
    The address the escrow transaction spends from (the user's private collateral address in the example).
    """
    raw_escrow_transaction: Annotated[str, Field(alias="raw-escrow-transaction")]
    """
    The raw unsigned escrow transaction (hex).
    """


class PaymentDetails(Model):
    """
    The required information for payment confirmation.
    """

    payment_transaction_details: Annotated[
        PaymentTransactionDetails, Field(alias="payment-transaction-details")
    ]
    escrow_transaction_details: Annotated[
        EscrowTransactionDetails, Field(alias="escrow-transaction-details")
    ]


class ConfirmPaymentRequest(Model):
    """
    Body of Confirm payment.
    """

    fully_signed_pay_transaction: Annotated[
        str | None, Field(alias="fully-signed-pay-transaction")
    ] = None
    """
    The created and signed pay transaction (hex; segwit, P2SH-P2WSH input in the example).
    """
    partially_signed_escrow_transaction: Annotated[
        str | None, Field(alias="partially-signed-escrow-transaction")
    ] = None
    """
    The escrow transaction obtained from the GET, signed by the user (hex); scriptSig `OP_0 <sig> OP_0 <redeem script>`, the second `OP_0` standing for ATOMIC's signature. The prose calls it "signed".
    """


class AtomicInfo(Model):
    """
    General ATOMIC information.
    """

    api_version: Annotated[str, Field(alias="api-version")]
    """
    The API version.
    """


class CreateOrderRequest(Model):
    """
    Body of Create Order. Amounts are integers in each coin's smallest unit (satoshis, wei) and may exceed 64 bits.
    """

    source_coin: Annotated[CoinCode | None, Field(alias="source-coin")] = None
    source_amount: Annotated[StrictInt | None, Field(alias="source-amount")] = None
    """
    Amount of the source coin, in its smallest unit.
    """
    destination_coin: Annotated[CoinCode | None, Field(alias="destination-coin")] = None
    destination_amount: Annotated[StrictInt | None, Field(alias="destination-amount")] = None
    """
    Amount of the destination coin, in its smallest unit (wei for ETH; the example 300500000000000000000 exceeds 64 bits).
    """
    destination_address: Annotated[str | None, Field(alias="destination-address")] = None
    """
    Address to receive the destination coin.
    """
    escrow_coin: Annotated[CoinCode | None, Field(alias="escrow-coin")] = None
    escrow_amount: Annotated[StrictInt | None, Field(alias="escrow-amount")] = None
    """
    Amount put in escrow, in the escrow coin's smallest unit.
    """
    escrow_address: Annotated[str | None, Field(alias="escrow-address")] = None
    """
    The escrow address.
    """


class OrderStatus(OpenStrEnum):
    """
    Status of an order. The document shows only `Pending match`; the list is open.
    """

    PENDING_MATCH = "Pending match"


class Order(Model):
    """
    Existing information for a specific order.
    """

    order_id: Annotated[str, Field(alias="order-id")]
    """
    The order's ID.
    """
    user_id: Annotated[str, Field(alias="user-id")]
    """
    The user's ID.
    """
    status: OrderStatus
    payment_id: Annotated[str | None, Field(alias="payment-id")] = None
    """
    The payment ID, returned only if the order is currently in an active deal.
    """


class TradePlatformInfo(Model):
    """
    Generic info from the trading platform.
    """

    business_name: Annotated[str, Field(alias="business-name")]
    """
    Name of the trading platform.
    """
    business_id: Annotated[str, Field(alias="business-id")]
    """
    ID of the trading platform.
    """
    api_version: Annotated[str, Field(alias="api-version")]
    """
    The API version.
    """


class CreditLineRequest(Model):
    """
    Body of Request Credit Line.
    """

    coin_type: Annotated[CoinCode | None, Field(alias="coin-type")] = None
    amount: StrictInt | None = None
    """
    Requested credit-line amount, in the coin's smallest unit.
    """


class CreditLine(Model):
    """
    A user's credit line.
    """

    user_id: Annotated[str, Field(alias="user-id")]
    """
    The user's ID.
    """
    amount: StrictInt
    """
    Credit-line amount, in the coin's smallest unit.
    """
    coin_type: Annotated[CoinCode, Field(alias="coin-type")]
    payment_id: Annotated[str | None, Field(alias="payment-id")] = None
    """
    The payment ID of the required escrow, returned only if such is required.
    """
