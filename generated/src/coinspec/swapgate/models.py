"""Models of specs/swapgate.yaml, by datamodel-code-generator; do not edit."""

from typing import TYPE_CHECKING, Literal, TypeAlias

from coinspec._core.types import OpenStrEnum

from typing import Annotated
from pydantic import Field, StrictInt
from coinspec._core.model import Model
from coinspec._core.types import AwareDatetime, Decimal, DecimalText


class Instrument(Model):
    """
    An active instrument (a currency on a network).

    Attributes:
        currency_title: Currency ticker
        network_title: Network name
        currency_friendly_title: Human-readable currency name.
        precision_decimals: Number of decimal places the instrument supports.
        requires_memo: Whether an address on this network needs a memo.
        currency_logo_link: URL of the currency logo.
    """

    currency_title: Annotated[str, Field(alias="currencyTitle", description="Currency ticker")]
    network_title: Annotated[str, Field(alias="networkTitle", description="Network name")]
    currency_friendly_title: Annotated[
        str, Field(alias="currencyFriendlyTitle", description="Human-readable currency name.")
    ]
    precision_decimals: Annotated[
        StrictInt,
        Field(
            alias="precisionDecimals",
            description="Number of decimal places the instrument supports.",
        ),
    ]
    requires_memo: Annotated[
        bool,
        Field(alias="requiresMemo", description="Whether an address on this network needs a memo."),
    ]
    currency_logo_link: Annotated[
        str, Field(alias="currencyLogoLink", description="URL of the currency logo.")
    ]


class InstrumentRef(Model):
    """
    A currency on a network, as requests and orders name it.

    Attributes:
        currency_title: Currency ticker.
        network_title: Network name.
    """

    currency_title: Annotated[str, Field(alias="currencyTitle", description="Currency ticker.")]
    network_title: Annotated[str, Field(alias="networkTitle", description="Network name.")]


class PairInstrument(Model):
    """
    One side of a pair, with its precision.
    """

    currency_title: Annotated[str, Field(alias="currencyTitle")]
    network_title: Annotated[str, Field(alias="networkTitle")]
    precision_decimals: Annotated[StrictInt, Field(alias="precisionDecimals")]


class Pair(Model):
    """
    The sending and receiving instruments of an order.
    """

    instrument_from: Annotated[PairInstrument, Field(alias="instrumentFrom")]
    instrument_to: Annotated[PairInstrument, Field(alias="instrumentTo")]


class ValidateAddressRequest(Model):
    """
    Attributes:
        currency_title: Title of instrument currency
        network_title: Title of instrument network
        address: Address to validate
    """

    currency_title: Annotated[
        str, Field(alias="currencyTitle", description="Title of instrument currency")
    ]
    network_title: Annotated[
        str, Field(alias="networkTitle", description="Title of instrument network")
    ]
    address: Annotated[str, Field(description="Address to validate")]


class CreateOrderRequest(Model):
    """
    Attributes:
        instrument_from: Sending instrument info
        instrument_to: Receiving instrument info
        destination_address: Destination address
        destination_address_memo: Destination memo (if exists); required, null when
            there is none.
        refund_address: Not supported right now; only null is accepted.
        refund_address_memo: Not supported right now; only null is accepted.
        claimed_deposit_amount: Claimed amount to send on moment of order creation (a
            JSON number here, sent exactly).
        user_email: User email for notification
        referrer_id: Affiliate ID for reference
    """

    instrument_from: Annotated[
        InstrumentRef, Field(alias="instrumentFrom", description="Sending instrument info")
    ]
    instrument_to: Annotated[
        InstrumentRef, Field(alias="instrumentTo", description="Receiving instrument info")
    ]
    destination_address: Annotated[
        str, Field(alias="destinationAddress", description="Destination address")
    ]
    destination_address_memo: Annotated[
        str | None,
        Field(
            alias="destinationAddressMemo",
            description="Destination memo (if exists); required, null when there is none.",
        ),
    ]
    refund_address: Annotated[
        None,
        Field(alias="refundAddress", description="Not supported right now; only null is accepted."),
    ] = None
    refund_address_memo: Annotated[
        None,
        Field(
            alias="refundAddressMemo", description="Not supported right now; only null is accepted."
        ),
    ] = None
    claimed_deposit_amount: Annotated[
        Decimal,
        Field(
            alias="claimedDepositAmount",
            description="Claimed amount to send on moment of order creation (a JSON number here, sent exactly).",
        ),
    ]
    user_email: Annotated[
        str | None, Field(alias="userEmail", description="User email for notification")
    ] = None
    referrer_id: Annotated[
        str | None, Field(alias="referrerId", description="Affiliate ID for reference")
    ] = None


class SetEmailRequest(Model):
    """
    Attributes:
        order_id: Order ID
        user_email: User email
    """

    order_id: Annotated[StrictInt, Field(alias="orderId", description="Order ID")]
    user_email: Annotated[str, Field(alias="userEmail", description="User email")]


class OrderEventKind(OpenStrEnum):
    """
    What happened to an order. The list of values is open: any other value still
    parses.
    """

    CREATION_END = "CREATION_END"
    TRACKING_STARTED = "TRACKING_STARTED"


if TYPE_CHECKING:
    _OrderEventKindValue: TypeAlias = OrderEventKind | Literal["CREATION_END", "TRACKING_STARTED"]
else:
    _OrderEventKindValue = OrderEventKind


class OrderEvent(Model):
    created_at: Annotated[AwareDatetime, Field(alias="createdAt")]
    kind: _OrderEventKindValue


class RateMode(OpenStrEnum):
    """
    How the rate is fixed, e.g. FLOATING; any other value still parses.
    """

    FLOATING = "FLOATING"


if TYPE_CHECKING:
    _RateModeValue: TypeAlias = RateMode | Literal["FLOATING"]
else:
    _RateModeValue = RateMode


class DepositAddress(Model):
    """
    Where the user sends the deposit. Only `instrument` and `depositAddress` are always
    present; `depositAddressMemo`, `orderId` and `liquidityProviderTitle` are optional.
    """

    instrument: InstrumentRef
    deposit_address: Annotated[str, Field(alias="depositAddress")]
    deposit_address_memo: Annotated[str | None, Field(alias="depositAddressMemo")] = None
    order_id: Annotated[StrictInt | None, Field(alias="orderId")] = None
    liquidity_provider_title: Annotated[str | None, Field(alias="liquidityProviderTitle")] = None


class AmountRules(Model):
    """
    Limits of an amount. A `maxAmount` of "0" evidently means there is no upper limit.
    """

    min_amount: Annotated[DecimalText, Field(alias="minAmount")]
    max_amount: Annotated[DecimalText, Field(alias="maxAmount")]


class WithdrawalRules(Model):
    """
    Limits of the withdrawn amount and its network fee.
    """

    min_amount: Annotated[DecimalText, Field(alias="minAmount")]
    max_amount: Annotated[DecimalText, Field(alias="maxAmount")]
    withdrawal_fee_rules: Annotated[AmountRules, Field(alias="withdrawalFeeRules")]


class RatesInfo(Model):
    """
    Public information about a pair.

    Attributes:
        price: Units of the receiving instrument per unit sent.
        reverse_price: Units sent per unit of the receiving instrument.
        amount_to_get: What the user gets for claimedDepositAmount.
    """

    instrument_from: Annotated[PairInstrument, Field(alias="instrumentFrom")]
    instrument_to: Annotated[PairInstrument, Field(alias="instrumentTo")]
    deposit_rules: Annotated[AmountRules, Field(alias="depositRules")]
    withdrawal_rules: Annotated[WithdrawalRules, Field(alias="withdrawalRules")]
    min_confirmations_to_withdraw: Annotated[StrictInt, Field(alias="minConfirmationsToWithdraw")]
    min_confirmations_to_trade: Annotated[StrictInt, Field(alias="minConfirmationsToTrade")]
    price: Annotated[
        DecimalText, Field(description="Units of the receiving instrument per unit sent.")
    ]
    reverse_price: Annotated[
        DecimalText,
        Field(alias="reversePrice", description="Units sent per unit of the receiving instrument."),
    ]
    updated_at: Annotated[AwareDatetime, Field(alias="updatedAt")]
    liquidity_provider_public_code: Annotated[str, Field(alias="liquidityProviderPublicCode")]
    amount_to_get: Annotated[
        DecimalText | None,
        Field(alias="amountToGet", description="What the user gets for claimedDepositAmount."),
    ] = None
    market_min_amount: Annotated[DecimalText | None, Field(alias="marketMinAmount")] = None


class PublicRate(Model):
    """
    The public rate the order was created with.

    Attributes:
        liquidity_provider_public_code: Public code of the liquidity provider; optional
            (order-info gives it).
        claimed_amount_to_receive: Amount claimed to be received; optional (order-info
            gives it).
    """

    price: DecimalText
    reverse_price: Annotated[DecimalText, Field(alias="reversePrice")]
    updated_at: Annotated[AwareDatetime, Field(alias="updatedAt")]
    liquidity_provider_public_code: Annotated[
        str | None,
        Field(
            alias="liquidityProviderPublicCode",
            description="Public code of the liquidity provider; optional (order-info gives it).",
        ),
    ] = None
    claimed_amount_to_receive: Annotated[
        DecimalText | None,
        Field(
            alias="claimedAmountToReceive",
            description="Amount claimed to be received; optional (order-info gives it).",
        ),
    ] = None


class Deposit(Model):
    """
    A deposit received for an order.
    """

    created_at: Annotated[AwareDatetime, Field(alias="createdAt")]
    instrument: InstrumentRef
    amount: DecimalText
    confirmations: StrictInt
    tx_id: Annotated[str, Field(alias="txId")]
    deposit_address: Annotated[str, Field(alias="depositAddress")]


class Withdrawal(Model):
    """
    A payout of an order; one with a txId means the order is complete.
    """

    created_at: Annotated[AwareDatetime, Field(alias="createdAt")]
    instrument: InstrumentRef
    amount: DecimalText
    network_fee: Annotated[DecimalText, Field(alias="networkFee")]
    tx_id: Annotated[str, Field(alias="txId")]


class Order(Model):
    """
    An exchange order, as create and set-email return it.

    Attributes:
        legacy_order_id: Legacy order ID, when there is one; an integer, a string or
            null.
        user_id: ID of the user; an integer, a string or null.
    """

    created_at: Annotated[AwareDatetime, Field(alias="createdAt")]
    order_id: Annotated[StrictInt, Field(alias="orderId")]
    user_email: Annotated[str | None, Field(alias="userEmail")]
    legacy_order_id: Annotated[
        StrictInt | str | None,
        Field(
            alias="legacyOrderId",
            description="Legacy order ID, when there is one; an integer, a string or null.",
        ),
    ] = None
    refund_address: Annotated[str | None, Field(alias="refundAddress")]
    destination_address: Annotated[str, Field(alias="destinationAddress")]
    claimed_network_fee: Annotated[DecimalText, Field(alias="claimedNetworkFee")]
    claimed_public_rate: Annotated[PublicRate, Field(alias="claimedPublicRate")]
    claimed_deposit_amount: Annotated[DecimalText, Field(alias="claimedDepositAmount")]
    amount_to_get: Annotated[DecimalText | None, Field(alias="amountToGet")] = None
    rate_mode: Annotated[_RateModeValue | None, Field(alias="rateMode")] = None
    user_id: Annotated[
        StrictInt | str | None,
        Field(alias="userId", description="ID of the user; an integer, a string or null."),
    ] = None
    referrer_affiliate_id: Annotated[str | None, Field(alias="referrerAffiliateId")] = None
    pair: Pair
    order_events: Annotated[list[OrderEvent], Field(alias="orderEvents")]
    deposit_address: Annotated[DepositAddress, Field(alias="depositAddress")]
    deposits: list[Deposit]
    withdrawals: list[Withdrawal]
    kyc_form_link: Annotated[str | None, Field(alias="KYCFormLink")]
    liquidity_provider_public_code: Annotated[str, Field(alias="liquidityProviderPublicCode")]


class OrderStatus(Model):
    """
    Public status of an order, as order-info returns it.

    Attributes:
        deposits: Empty until a deposit arrives; sum the amounts for the total
            deposited.
        withdrawals: Empty while trading is in progress.
        order_events: The order's events: a list of events or a single event object;
            both parse.
    """

    deposits: Annotated[
        list[Deposit],
        Field(
            description="Empty until a deposit arrives; sum the amounts for the total deposited."
        ),
    ]
    withdrawals: Annotated[
        list[Withdrawal], Field(description="Empty while trading is in progress.")
    ]
    deposit_address: Annotated[DepositAddress, Field(alias="depositAddress")]
    order_id: Annotated[StrictInt, Field(alias="orderId")]
    created_at: Annotated[AwareDatetime, Field(alias="createdAt")]
    claimed_deposit_amount: Annotated[DecimalText, Field(alias="claimedDepositAmount")]
    claimed_public_rate: Annotated[PublicRate, Field(alias="claimedPublicRate")]
    claimed_network_fee: Annotated[DecimalText, Field(alias="claimedNetworkFee")]
    kyc_form_link: Annotated[str | None, Field(alias="KYCFormLink")] = None
    order_events: Annotated[
        list[OrderEvent] | OrderEvent,
        Field(
            alias="orderEvents",
            description="The order's events: a list of events or a single event object; both parse.\n",
        ),
    ]
    user_email: Annotated[str | None, Field(alias="userEmail")] = None
    destination_address: Annotated[str, Field(alias="destinationAddress")]


__all__ = [
    "AmountRules",
    "CreateOrderRequest",
    "Deposit",
    "DepositAddress",
    "Instrument",
    "InstrumentRef",
    "Order",
    "OrderEvent",
    "OrderEventKind",
    "OrderStatus",
    "Pair",
    "PairInstrument",
    "PublicRate",
    "RateMode",
    "RatesInfo",
    "SetEmailRequest",
    "ValidateAddressRequest",
    "Withdrawal",
    "WithdrawalRules",
]
