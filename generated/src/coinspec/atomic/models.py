"""Models of specs/atomic.yaml, by datamodel-code-generator; do not edit."""

from typing import TYPE_CHECKING, Literal, TypeAlias

from coinspec._core.types import OpenStrEnum

from typing import Annotated
from pydantic import Field, StrictInt
from coinspec._core.model import Model


class CoinCode(OpenStrEnum):
    """
    A coin code. The list is open, since the platform may support more coins.
    """

    BTC = "BTC"
    LTC = "LTC"
    DASH = "DASH"
    BSV = "BSV"
    DOGE = "DOGE"
    BCH = "BCH"
    ETC = "ETC"
    ETH = "ETH"


if TYPE_CHECKING:
    _CoinCodeValue: TypeAlias = (
        CoinCode | Literal["BTC", "LTC", "DASH", "BSV", "DOGE", "BCH", "ETC", "ETH"]
    )
else:
    _CoinCodeValue = CoinCode


class CreateUserRequest(Model):
    """
    Body of Create new user.

    Attributes:
        public_key: The user's public key (hex, compressed SEC1), one of the two keys of
            the private collateral 2-of-2 script.
        refund_address: The user's address for refunds.
    """

    public_key: Annotated[
        str | None,
        Field(
            alias="public-key",
            description="The user's public key (hex, compressed SEC1), one of the two keys of the private collateral 2-of-2 script.",
        ),
    ] = None
    refund_address: Annotated[
        str | None, Field(alias="refund-address", description="The user's address for refunds.")
    ] = None


class PrivateCollateralInfo(Model):
    """
    The user's private collateral, a 2-of-2 multisig of ATOMIC's key and the user's key.

    Attributes:
        atomic_public_key: ATOMIC's public key (hex) in the private collateral script.
        private_collateral_address: The private collateral address, the P2SH-P2WSH (or
            plain P2SH) address of `private-collateral-redeem-script`.
        private_collateral_redeem_script: The 2-of-2 multisig script (hex). Despite its
            name, it is the witness script of the P2SH-P2WSH collateral address.
        private_collateral_script_pub_key: The scriptPubKey (hex) of the private
            collateral address (`OP_HASH160 <HASH160(0020 || SHA256(script))> OP_EQUAL`
            for P2SH-P2WSH).
    """

    atomic_public_key: Annotated[
        str,
        Field(
            alias="atomic-public-key",
            description="ATOMIC's public key (hex) in the private collateral script.",
        ),
    ]
    private_collateral_address: Annotated[
        str,
        Field(
            alias="private-collateral-address",
            description="The private collateral address, the P2SH-P2WSH (or plain P2SH) address of `private-collateral-redeem-script`.",
        ),
    ]
    private_collateral_redeem_script: Annotated[
        str,
        Field(
            alias="private-collateral-redeem-script",
            description="The 2-of-2 multisig script (hex). Despite its name, it is the witness script of the P2SH-P2WSH collateral address.",
        ),
    ]
    private_collateral_script_pub_key: Annotated[
        str,
        Field(
            alias="private-collateral-script-pub-key",
            description="The scriptPubKey (hex) of the private collateral address (`OP_HASH160 <HASH160(0020 || SHA256(script))> OP_EQUAL` for P2SH-P2WSH).",
        ),
    ]


class CreatedUser(Model):
    """
    Answer of Create new user.
    """

    private_collateral_info: Annotated[
        PrivateCollateralInfo, Field(alias="private-collateral-info")
    ]


class InflightTransactionStatus(OpenStrEnum):
    """
    Status of an in-flight transaction, such as `PENDING-CONFIRMATIONS`; the list is
    open.
    """

    PENDING_CONFIRMATIONS = "PENDING-CONFIRMATIONS"


if TYPE_CHECKING:
    _InflightTransactionStatusValue: TypeAlias = (
        InflightTransactionStatus | Literal["PENDING-CONFIRMATIONS"]
    )
else:
    _InflightTransactionStatusValue = InflightTransactionStatus


class InflightTransaction(Model):
    """
    A transaction of the user that is not yet final.

    Attributes:
        payment_id: The payment the transaction belongs to.
        transaction_id: The transaction ID (hex).
    """

    payment_id: Annotated[
        str, Field(alias="payment-id", description="The payment the transaction belongs to.")
    ]
    transaction_id: Annotated[
        str, Field(alias="transaction-id", description="The transaction ID (hex).")
    ]
    status: _InflightTransactionStatusValue


class User(Model):
    """
    Existing information for a specific user.

    Attributes:
        private_collateral_balance: Balance of the private collateral address, in the
            coin's smallest unit (satoshis).
        inflight_transactions: The user's transactions in flight.
    """

    private_collateral_info: Annotated[
        PrivateCollateralInfo, Field(alias="private-collateral-info")
    ]
    private_collateral_balance: Annotated[
        StrictInt,
        Field(
            alias="private-collateral-balance",
            description="Balance of the private collateral address, in the coin's smallest unit (satoshis).",
        ),
    ]
    inflight_transactions: Annotated[
        list[InflightTransaction],
        Field(alias="inflight-transactions", description="The user's transactions in flight."),
    ]


class UnlockRequest(Model):
    """
    Body of Get on-demand unlock (sent on a GET).

    Attributes:
        amount: Amount to unlock, in the coin's smallest unit (satoshis).
    """

    amount: Annotated[
        StrictInt | None,
        Field(description="Amount to unlock, in the coin's smallest unit (satoshis)."),
    ] = None


class TimedUnlockRequest(Model):
    """
    Body of Get timed unlock (sent on a GET).

    Attributes:
        amount: Amount to unlock, in the coin's smallest unit (satoshis).
        n_lock_time: The lock time of the unlock transaction (a block height, or a Unix
            timestamp). camelCase on the wire, unlike every other field.
    """

    amount: Annotated[
        StrictInt | None,
        Field(description="Amount to unlock, in the coin's smallest unit (satoshis)."),
    ] = None
    n_lock_time: Annotated[
        StrictInt | None,
        Field(
            alias="nLockTime",
            description="The lock time of the unlock transaction (a block height, or a Unix timestamp). camelCase on the wire, unlike every other field.",
        ),
    ] = None


class UnlockTransaction(Model):
    """
    An unsigned unlock transaction for the wallet to sign.

    Attributes:
        raw_transaction: The raw unsigned transaction (hex). Its input spends a legacy
            P2SH 2-of-2 (empty scriptSig here).
    """

    raw_transaction: Annotated[
        str,
        Field(
            alias="raw-transaction",
            description="The raw unsigned transaction (hex). Its input spends a legacy P2SH 2-of-2 (empty scriptSig here).",
        ),
    ]


class SubmitUnlockRequest(Model):
    """
    Body of Submit an on-demand unlock.

    Attributes:
        partially_signed_unlock_tx: The user-signed unlock transaction (hex), obtained
            from the GET or created manually; scriptSig `OP_0 <sig> OP_0 <redeem
            script>`, the second `OP_0` standing for ATOMIC's signature.
    """

    partially_signed_unlock_tx: Annotated[
        str | None,
        Field(
            alias="partially-signed-unlock-tx",
            description="The user-signed unlock transaction (hex), obtained from the GET or created manually; scriptSig `OP_0 <sig> OP_0 <redeem script>`, the second `OP_0` standing for ATOMIC's signature.",
        ),
    ] = None


class SubmitTimedUnlockRequest(Model):
    """
    Body of Submit timed unlock.

    Attributes:
        partially_signed_tx: The user-signed timed unlock transaction (hex) for ATOMIC
            to sign; scriptSig `OP_0 <sig> OP_0 <redeem script>`.
    """

    partially_signed_tx: Annotated[
        str | None,
        Field(
            alias="partially-signed-tx",
            description="The user-signed timed unlock transaction (hex) for ATOMIC to sign; scriptSig `OP_0 <sig> OP_0 <redeem script>`.",
        ),
    ] = None


class PaymentOutput(Model):
    """
    An output the payment transaction must have.

    Attributes:
        address: Destination address.
        amount: Amount in the coin's smallest unit (satoshis).
    """

    address: Annotated[str, Field(description="Destination address.")]
    amount: Annotated[
        StrictInt, Field(description="Amount in the coin's smallest unit (satoshis).")
    ]


class PaymentTransactionDetails(Model):
    """
    The required details for the payment transaction.

    Attributes:
        fee: Fee of the payment transaction, in the coin's smallest unit.
        outputs: Outputs of the payment transaction.
    """

    coin_type: Annotated[_CoinCodeValue, Field(alias="coin-type")]
    fee: Annotated[
        StrictInt, Field(description="Fee of the payment transaction, in the coin's smallest unit.")
    ]
    outputs: Annotated[
        list[PaymentOutput], Field(description="Outputs of the payment transaction.")
    ]


class EscrowTransactionDetails(Model):
    """
    The raw escrow transaction provided by ATOMIC.

    Attributes:
        source_address: The address the escrow transaction spends from (the user's
            private collateral address).
        raw_escrow_transaction: The raw unsigned escrow transaction (hex).
    """

    coin_type: Annotated[_CoinCodeValue, Field(alias="coin-type")]
    source_address: Annotated[
        str,
        Field(
            alias="source-address",
            description="The address the escrow transaction spends from (the user's private collateral address).",
        ),
    ]
    raw_escrow_transaction: Annotated[
        str,
        Field(
            alias="raw-escrow-transaction", description="The raw unsigned escrow transaction (hex)."
        ),
    ]


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

    Attributes:
        fully_signed_pay_transaction: The created and signed pay transaction (hex).
        partially_signed_escrow_transaction: The escrow transaction obtained from the
            GET, signed by the user (hex); scriptSig `OP_0 <sig> OP_0 <redeem script>`,
            the second `OP_0` standing for ATOMIC's signature.
    """

    fully_signed_pay_transaction: Annotated[
        str | None,
        Field(
            alias="fully-signed-pay-transaction",
            description="The created and signed pay transaction (hex).",
        ),
    ] = None
    partially_signed_escrow_transaction: Annotated[
        str | None,
        Field(
            alias="partially-signed-escrow-transaction",
            description="The escrow transaction obtained from the GET, signed by the user (hex); scriptSig `OP_0 <sig> OP_0 <redeem script>`, the second `OP_0` standing for ATOMIC's signature.",
        ),
    ] = None


class AtomicInfo(Model):
    """
    General ATOMIC information.

    Attributes:
        api_version: The API version.
    """

    api_version: Annotated[str, Field(alias="api-version", description="The API version.")]


class CreateOrderRequest(Model):
    """
    Body of Create Order. Amounts are integers in each coin's smallest unit (satoshis,
    wei) and may exceed 64 bits.

    Attributes:
        source_amount: Amount of the source coin, in its smallest unit.
        destination_amount: Amount of the destination coin, in its smallest unit (wei
            for ETH; it may exceed 64 bits).
        destination_address: Address to receive the destination coin.
        escrow_amount: Amount put in escrow, in the escrow coin's smallest unit.
        escrow_address: The escrow address.
    """

    source_coin: Annotated[_CoinCodeValue | None, Field(alias="source-coin")] = None
    source_amount: Annotated[
        StrictInt | None,
        Field(
            alias="source-amount", description="Amount of the source coin, in its smallest unit."
        ),
    ] = None
    destination_coin: Annotated[_CoinCodeValue | None, Field(alias="destination-coin")] = None
    destination_amount: Annotated[
        StrictInt | None,
        Field(
            alias="destination-amount",
            description="Amount of the destination coin, in its smallest unit (wei for ETH; it may exceed 64 bits).",
        ),
    ] = None
    destination_address: Annotated[
        str | None,
        Field(alias="destination-address", description="Address to receive the destination coin."),
    ] = None
    escrow_coin: Annotated[_CoinCodeValue | None, Field(alias="escrow-coin")] = None
    escrow_amount: Annotated[
        StrictInt | None,
        Field(
            alias="escrow-amount",
            description="Amount put in escrow, in the escrow coin's smallest unit.",
        ),
    ] = None
    escrow_address: Annotated[
        str | None, Field(alias="escrow-address", description="The escrow address.")
    ] = None


class OrderStatus(OpenStrEnum):
    """
    Status of an order, such as `Pending match`; the list is open.
    """

    PENDING_MATCH = "Pending match"


if TYPE_CHECKING:
    _OrderStatusValue: TypeAlias = OrderStatus | Literal["Pending match"]
else:
    _OrderStatusValue = OrderStatus


class Order(Model):
    """
    Existing information for a specific order.

    Attributes:
        order_id: The order's ID.
        user_id: The user's ID.
        payment_id: The payment ID, returned only if the order is currently in an active
            deal.
    """

    order_id: Annotated[str, Field(alias="order-id", description="The order's ID.")]
    user_id: Annotated[str, Field(alias="user-id", description="The user's ID.")]
    status: _OrderStatusValue
    payment_id: Annotated[
        str | None,
        Field(
            alias="payment-id",
            description="The payment ID, returned only if the order is currently in an active deal.",
        ),
    ] = None


class TradePlatformInfo(Model):
    """
    Generic info from the trading platform.

    Attributes:
        business_name: Name of the trading platform.
        business_id: ID of the trading platform.
        api_version: The API version.
    """

    business_name: Annotated[
        str, Field(alias="business-name", description="Name of the trading platform.")
    ]
    business_id: Annotated[
        str, Field(alias="business-id", description="ID of the trading platform.")
    ]
    api_version: Annotated[str, Field(alias="api-version", description="The API version.")]


class CreditLineRequest(Model):
    """
    Body of Request Credit Line.

    Attributes:
        amount: Requested credit-line amount, in the coin's smallest unit.
    """

    coin_type: Annotated[_CoinCodeValue | None, Field(alias="coin-type")] = None
    amount: Annotated[
        StrictInt | None,
        Field(description="Requested credit-line amount, in the coin's smallest unit."),
    ] = None


class CreditLine(Model):
    """
    A user's credit line.

    Attributes:
        user_id: The user's ID.
        amount: Credit-line amount, in the coin's smallest unit.
        payment_id: The payment ID of the required escrow, returned only if such is
            required.
    """

    user_id: Annotated[str, Field(alias="user-id", description="The user's ID.")]
    amount: Annotated[
        StrictInt, Field(description="Credit-line amount, in the coin's smallest unit.")
    ]
    coin_type: Annotated[_CoinCodeValue, Field(alias="coin-type")]
    payment_id: Annotated[
        str | None,
        Field(
            alias="payment-id",
            description="The payment ID of the required escrow, returned only if such is required.",
        ),
    ] = None


__all__ = [
    "AtomicInfo",
    "CoinCode",
    "ConfirmPaymentRequest",
    "CreateOrderRequest",
    "CreateUserRequest",
    "CreatedUser",
    "CreditLine",
    "CreditLineRequest",
    "EscrowTransactionDetails",
    "InflightTransaction",
    "InflightTransactionStatus",
    "Order",
    "OrderStatus",
    "PaymentDetails",
    "PaymentOutput",
    "PaymentTransactionDetails",
    "PrivateCollateralInfo",
    "SubmitTimedUnlockRequest",
    "SubmitUnlockRequest",
    "TimedUnlockRequest",
    "TradePlatformInfo",
    "UnlockRequest",
    "UnlockTransaction",
    "User",
]
