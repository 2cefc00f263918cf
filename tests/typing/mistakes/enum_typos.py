"""A value an enum does not document: a typo a type checker catches."""

from __future__ import annotations

from coinspec.hodlhodl import HodlHodl, OfferFilters

# expect: mypy[arg-type] pyright[reportArgumentType]
filters = OfferFilters(side="sel")

with HodlHodl(api_key="my-key") as hodlhodl:
    # expect: mypy[arg-type] pyright[reportArgumentType]
    hodlhodl.get_exchange_rate_price(asset_code="BTX")
