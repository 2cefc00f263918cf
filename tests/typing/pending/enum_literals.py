"""Issue #15 item 6 (the generator-structure helper's): enum fields take their documented
values as string literals in the types, as they already do at run time."""

from __future__ import annotations

from decimal import Decimal

from coinspec.cryptocoinpro import QuoteCreateRequest
from coinspec.hodlhodl import OfferFilters

filters = OfferFilters(side="sell", asset_code="BTC")
quote = QuoteCreateRequest(
    type="coin", order_type="buy_with_crypto", order_amount=Decimal("0.5"), order_symbol="BTC"
)
