"""A user's script: enum fields and parameters take their documented values as strings."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import assert_type

from coinspec.cryptocoinpro import QuoteCreateRequest
from coinspec.hodlhodl import (
    AssetCode,
    AsyncHodlHodl,
    ExchangePriceSign,
    HodlHodl,
    Offer,
    OfferFilters,
    Side,
)

SERVICE = "hodlhodl"  # the mock the test runs this script against


def main(base_url: str) -> None:
    filters = OfferFilters(side="sell", asset_code="BTC")  # no need to import Side
    assert filters.side is Side.SELL  # still the member at run time
    assert OfferFilters(side=Side.BUY).side is Side.BUY  # members work as before
    quote = QuoteCreateRequest(
        type="coin", order_type="buy_with_crypto", order_amount=Decimal("0.5"), order_symbol="BTC"
    )
    assert quote.type == "coin" and quote.order_type == "buy_with_crypto"
    with HodlHodl(base_url=base_url, api_key="my-key") as hodlhodl:
        offers = hodlhodl.list_offers(filters=filters)
        assert_type(offers, list[Offer])
        price = hodlhodl.get_exchange_rate_price(asset_code="BTC", sign="+", deviation=Decimal(1))
        assert_type(price, Decimal)
        by_member = hodlhodl.get_exchange_rate_price(
            asset_code=AssetCode.BTC, sign=ExchangePriceSign("+")
        )
        assert_type(by_member, Decimal)


async def main_async(base_url: str) -> None:
    async with AsyncHodlHodl(base_url=base_url, api_key="my-key") as hodlhodl:
        offers = await hodlhodl.list_offers(filters=OfferFilters(side="buy"))
        assert_type(offers, list[Offer])
        price = await hodlhodl.get_exchange_rate_price(asset_code="BTCLN")
        assert_type(price, Decimal)


if __name__ == "__main__":
    main("http://127.0.0.1:8080")
    asyncio.run(main_async("http://127.0.0.1:8080"))
