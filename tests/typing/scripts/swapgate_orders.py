"""A user's script: quote a swap, create the order and follow it (sync and async); an order
the service refuses, a raw response, a copy with other options."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import assert_type

import httpx

from coinspec.swapgate import (
    AsyncSwapgate,
    BadRequestError,
    CreateOrderRequest,
    Deposit,
    Instrument,
    InstrumentRef,
    Order,
    OrderStatus,
    RatesInfo,
    RawResponse,
    Swapgate,
    SwapgateError,
    SwapgateStatusError,
)

SERVICE = "swapgate"  # the mock the test runs this script against


def order_request() -> CreateOrderRequest:
    return CreateOrderRequest(
        instrument_from=InstrumentRef(currency_title="USDT", network_title="TRC20"),
        instrument_to=InstrumentRef(currency_title="BTC", network_title="BTC"),
        destination_address="bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
        destination_address_memo=None,
        claimed_deposit_amount=Decimal("3300.5"),
    )


def main(base_url: str) -> None:
    with Swapgate(base_url=base_url) as swapgate:
        assert_type(swapgate, Swapgate)
        instruments = swapgate.list_instruments()
        assert_type(instruments, list[Instrument])
        rates = swapgate.get_rates_info(
            instrument_from_currency_title="USDT",
            instrument_from_network_title="TRC20",
            instrument_to_currency_title="BTC",
            instrument_to_network_title="BTC",
            claimed_deposit_amount=Decimal("3300.5"),
        )
        assert_type(rates, RatesInfo)
        assert_type(rates.price, Decimal)
        order = swapgate.create_order(body=order_request())
        assert_type(order, Order)
        assert_type(order.order_id, int)
        status = swapgate.get_order_info(
            order_id=order.order_id, destination_address=order.destination_address
        )
        assert_type(status, OrderStatus)
        impatient = swapgate.with_options(timeout=5, max_retries=0)
        assert_type(impatient, Swapgate)
        raw = impatient.with_raw_response.get_order_info(
            order_id=order.order_id, destination_address=order.destination_address
        )
        assert_type(raw, RawResponse[OrderStatus])
        assert_type(raw.http, httpx.Response)
        assert_type(raw.parsed.deposits, list[Deposit])
        try:
            swapgate.create_order(body=order_request(), extra_body={"claimedDepositAmount": "lots"})
        except BadRequestError as error:
            assert_type(error.status_code, int)
            assert_type(error.body, object)
        except SwapgateStatusError as error:
            assert_type(error.response, httpx.Response)
        except SwapgateError as error:
            assert_type(error, SwapgateError)
        else:
            raise AssertionError("an amount of 'lots' was accepted")


async def main_async(base_url: str) -> None:
    async with AsyncSwapgate(base_url=base_url) as swapgate:
        assert_type(swapgate, AsyncSwapgate)
        order = await swapgate.create_order(body=order_request())
        assert_type(order, Order)
        status = await swapgate.get_order_info(
            order_id=order.order_id, destination_address=order.destination_address
        )
        assert_type(status.deposits, list[Deposit])


if __name__ == "__main__":
    main("http://127.0.0.1:8080")
    asyncio.run(main_async("http://127.0.0.1:8080"))
