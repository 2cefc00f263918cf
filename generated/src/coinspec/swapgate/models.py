"""Models of specs/swapgate.yaml, by datamodel-code-generator; do not edit."""

from __future__ import annotations
from typing import Annotated
from pydantic import Field
from coinspec._core.model import Model
from enum import StrEnum
from coinspec._core.types import AwareDatetime, Decimal


class AmountRules(Model):
    """
    Limits of an amount. The examples show `maxAmount` "0" where there is evidently no
    upper limit; the document does not say so.

    """

    min_amount: Annotated[Decimal, Field(alias="minAmount")]
    max_amount: Annotated[Decimal, Field(alias="maxAmount")]


class CreateOrderRequest(Model):
    instrument_from: Annotated[InstrumentRef, Field(alias="instrumentFrom")]
    "\n    Sending instrument info\n    "
    instrument_to: Annotated[InstrumentRef, Field(alias="instrumentTo")]
    "\n    Receiving instrument info\n    "
    destination_address: Annotated[str, Field(alias="destinationAddress")]
    "\n    Destination address\n    "
    destination_address_memo: Annotated[str | None, Field(alias="destinationAddressMemo")]
    "\n    Destination memo (if exists); required, null when there is none.\n    "
    refund_address: Annotated[None, Field(alias="refundAddress")] = None
    '\n    Not supported right now (the document types it "null").\n    '
    refund_address_memo: Annotated[None, Field(alias="refundAddressMemo")] = None
    '\n    Not supported right now (the document types it "null").\n    '
    claimed_deposit_amount: Annotated[Decimal, Field(alias="claimedDepositAmount")]
    "\n    Claimed amount to send on moment of order creation (a JSON number here, sent exactly).\n    "
    user_email: Annotated[str | None, Field(alias="userEmail")] = None
    "\n    User email for notification\n    "
    referrer_id: Annotated[str | None, Field(alias="referrerId")] = None
    "\n    Affiliate ID for reference\n    "


class Deposit(Model):
    """
    A deposit received for an order.
    """

    created_at: Annotated[AwareDatetime, Field(alias="createdAt")]
    instrument: InstrumentRef
    amount: Decimal
    confirmations: int
    tx_id: Annotated[str, Field(alias="txId")]
    deposit_address: Annotated[str, Field(alias="depositAddress")]


class DepositAddress(Model):
    """
    Where the user sends the deposit. The order examples carry `depositAddressMemo`;
    the order-info example carries `orderId` and `liquidityProviderTitle` instead.

    """

    instrument: InstrumentRef
    deposit_address: Annotated[str, Field(alias="depositAddress")]
    deposit_address_memo: Annotated[str | None, Field(alias="depositAddressMemo")] = None
    order_id: Annotated[int | None, Field(alias="orderId")] = None
    liquidity_provider_title: Annotated[str | None, Field(alias="liquidityProviderTitle")] = None


class Instrument(Model):
    """
    An active instrument (a currency on a network).
    """

    currency_title: Annotated[str, Field(alias="currencyTitle")]
    "\n    Currency ticker\n    "
    network_title: Annotated[str, Field(alias="networkTitle")]
    "\n    Network name\n    "
    currency_friendly_title: Annotated[str, Field(alias="currencyFriendlyTitle")]
    "\n    Human-readable currency name.\n    "
    precision_decimals: Annotated[int, Field(alias="precisionDecimals")]
    "\n    Number of decimal places the instrument supports.\n    "
    requires_memo: Annotated[bool, Field(alias="requiresMemo")]
    "\n    Whether an address on this network needs a memo.\n    "
    currency_logo_link: Annotated[str, Field(alias="currencyLogoLink")]
    "\n    URL of the currency logo.\n    "


class InstrumentRef(Model):
    """
    A currency on a network, as requests and orders name it.
    """

    currency_title: Annotated[str, Field(alias="currencyTitle")]
    "\n    Currency ticker.\n    "
    network_title: Annotated[str, Field(alias="networkTitle")]
    "\n    Network name.\n    "


class Order(Model):
    """
    An exchange order, as create and set-email return it.
    """

    created_at: Annotated[AwareDatetime, Field(alias="createdAt")]
    order_id: Annotated[int, Field(alias="orderId")]
    user_email: Annotated[str | None, Field(alias="userEmail")]
    legacy_order_id: Annotated[
        int | str | None, Field(alias="legacyOrderId", union_mode="left_to_right")
    ] = None
    "\n    Only in the set-email example, where it is null; its type is not documented.\n    "
    refund_address: Annotated[str | None, Field(alias="refundAddress")]
    destination_address: Annotated[str, Field(alias="destinationAddress")]
    claimed_network_fee: Annotated[Decimal, Field(alias="claimedNetworkFee")]
    claimed_public_rate: Annotated[PublicRate, Field(alias="claimedPublicRate")]
    claimed_deposit_amount: Annotated[Decimal, Field(alias="claimedDepositAmount")]
    amount_to_get: Annotated[Decimal | None, Field(alias="amountToGet")] = None
    rate_mode: Annotated[
        RateMode | str | None, Field(alias="rateMode", union_mode="left_to_right")
    ] = None
    user_id: Annotated[int | str | None, Field(alias="userId", union_mode="left_to_right")] = None
    "\n    Null in the only example; its type is not documented.\n    "
    referrer_affiliate_id: Annotated[str | None, Field(alias="referrerAffiliateId")] = None
    pair: Pair
    order_events: Annotated[list[OrderEvent], Field(alias="orderEvents")]
    deposit_address: Annotated[DepositAddress, Field(alias="depositAddress")]
    deposits: list[Deposit]
    withdrawals: list[Withdrawal]
    kyc_form_link: Annotated[str | None, Field(alias="KYCFormLink")]
    liquidity_provider_public_code: Annotated[str, Field(alias="liquidityProviderPublicCode")]


class OrderEvent(Model):
    created_at: Annotated[AwareDatetime, Field(alias="createdAt")]
    kind: Annotated[OrderEventKind | str, Field(union_mode="left_to_right")]


class OrderEventKind(StrEnum):
    """
    What happened to an order. The document shows only these two values and no list,
    so any other value still parses.

    """

    CREATION_END = "CREATION_END"
    TRACKING_STARTED = "TRACKING_STARTED"


class OrderStatus(Model):
    """
    Public status of an order, as order-info returns it.
    """

    deposits: list[Deposit]
    "\n    Empty until a deposit arrives; sum the amounts for the total deposited.\n    "
    withdrawals: list[Withdrawal]
    "\n    Empty while trading is in progress.\n    "
    deposit_address: Annotated[DepositAddress, Field(alias="depositAddress")]
    order_id: Annotated[int, Field(alias="orderId")]
    created_at: Annotated[AwareDatetime, Field(alias="createdAt")]
    claimed_deposit_amount: Annotated[Decimal, Field(alias="claimedDepositAmount")]
    claimed_public_rate: Annotated[PublicRate, Field(alias="claimedPublicRate")]
    claimed_network_fee: Annotated[Decimal, Field(alias="claimedNetworkFee")]
    kyc_form_link: Annotated[str | None, Field(alias="KYCFormLink")] = None
    order_events: Annotated[
        list[OrderEvent] | OrderEvent, Field(alias="orderEvents", union_mode="left_to_right")
    ]
    "\n    A list of events in the create and set-email examples, a single event object\n    in this operation's example: both parse.\n\n    "
    user_email: Annotated[str | None, Field(alias="userEmail")] = None
    destination_address: Annotated[str, Field(alias="destinationAddress")]


class Pair(Model):
    """
    The sending and receiving instruments of an order.
    """

    instrument_from: Annotated[PairInstrument, Field(alias="instrumentFrom")]
    instrument_to: Annotated[PairInstrument, Field(alias="instrumentTo")]


class PairInstrument(Model):
    """
    One side of a pair, with its precision.
    """

    currency_title: Annotated[str, Field(alias="currencyTitle")]
    network_title: Annotated[str, Field(alias="networkTitle")]
    precision_decimals: Annotated[int, Field(alias="precisionDecimals")]


class PublicRate(Model):
    """
    The public rate the order was created with.
    """

    price: Decimal
    reverse_price: Annotated[Decimal, Field(alias="reversePrice")]
    updated_at: Annotated[AwareDatetime, Field(alias="updatedAt")]
    liquidity_provider_public_code: Annotated[
        str | None, Field(alias="liquidityProviderPublicCode")
    ] = None
    "\n    Only in the order-info example.\n    "
    claimed_amount_to_receive: Annotated[Decimal | None, Field(alias="claimedAmountToReceive")] = (
        None
    )
    "\n    Only in the order-info example.\n    "


class RateMode(StrEnum):
    """
    How the rate is fixed; only FLOATING appears in the document.
    """

    FLOATING = "FLOATING"


class RatesInfo(Model):
    """
    Public information about a pair.
    """

    instrument_from: Annotated[PairInstrument, Field(alias="instrumentFrom")]
    instrument_to: Annotated[PairInstrument, Field(alias="instrumentTo")]
    deposit_rules: Annotated[AmountRules, Field(alias="depositRules")]
    withdrawal_rules: Annotated[WithdrawalRules, Field(alias="withdrawalRules")]
    min_confirmations_to_withdraw: Annotated[int, Field(alias="minConfirmationsToWithdraw")]
    min_confirmations_to_trade: Annotated[int, Field(alias="minConfirmationsToTrade")]
    price: Decimal
    "\n    Units of the receiving instrument per unit sent.\n    "
    reverse_price: Annotated[Decimal, Field(alias="reversePrice")]
    "\n    Units sent per unit of the receiving instrument.\n    "
    updated_at: Annotated[AwareDatetime, Field(alias="updatedAt")]
    liquidity_provider_public_code: Annotated[str, Field(alias="liquidityProviderPublicCode")]
    amount_to_get: Annotated[Decimal | None, Field(alias="amountToGet")] = None
    "\n    What the user gets for claimedDepositAmount.\n    "
    market_min_amount: Annotated[Decimal | None, Field(alias="marketMinAmount")] = None


class SetEmailRequest(Model):
    order_id: Annotated[int, Field(alias="orderId")]
    "\n    Order ID\n    "
    user_email: Annotated[str, Field(alias="userEmail")]
    "\n    User email\n    "


class ValidateAddressRequest(Model):
    currency_title: Annotated[str, Field(alias="currencyTitle")]
    "\n    Title of instrument currency\n    "
    network_title: Annotated[str, Field(alias="networkTitle")]
    "\n    Title of instrument network\n    "
    address: str
    "\n    Address to validate\n    "


class Withdrawal(Model):
    """
    A payout of an order; one with a txId means the order is complete.
    """

    created_at: Annotated[AwareDatetime, Field(alias="createdAt")]
    instrument: InstrumentRef
    amount: Decimal
    network_fee: Annotated[Decimal, Field(alias="networkFee")]
    tx_id: Annotated[str, Field(alias="txId")]


class WithdrawalRules(Model):
    """
    Limits of the withdrawn amount and its network fee.
    """

    min_amount: Annotated[Decimal, Field(alias="minAmount")]
    max_amount: Annotated[Decimal, Field(alias="maxAmount")]
    withdrawal_fee_rules: Annotated[AmountRules, Field(alias="withdrawalFeeRules")]
