"""A user's script: look at my contracts, handle the documented errors, tune a call."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Literal, assert_type

from coinspec.hodlhodl import (
    AsyncHodlHodl,
    AsyncPage,
    AsyncPager,
    Contract,
    Error,
    ErrorCode,
    HodlHodl,
    HodlHodlError,
    HodlHodlStatusError,
    NotFoundError,
    Offer,
    SyncPage,
    SyncPager,
    User,
)

ErrorCodeValue = Literal["not_found", "missing_parameter", "not_available", "validation"]

SERVICE = "hodlhodl"  # the mock the test runs this script against


def main(base_url: str) -> None:
    with HodlHodl(base_url=base_url, api_key="my-key", network="testnet") as hodlhodl:
        me = hodlhodl.get_me()
        assert_type(me, User)
        contract = hodlhodl.get_contract(id="c1")
        assert_type(contract, Contract)
        assert_type(contract.price, Decimal)
        patient = hodlhodl.with_options(timeout=60, max_retries=5)
        assert_type(patient, HodlHodl)
        assert_type(patient.list_my_contracts(), list[Contract])
        try:
            hodlhodl.get_contract(id="c1", extra_headers={"Prefer": "code=404"})
        except NotFoundError as error:
            assert_type(error.body, Error)
            code = error.body.error_code or error.body.error
            # An enum field reads as its member or one of its values (issue #15 item 6).
            assert_type(code, ErrorCode | ErrorCodeValue | None)
            if code == ErrorCode.NOT_FOUND:
                print("no such contract:", code, error.status_code)
        except HodlHodlStatusError as error:
            print("HodlHodl said", error.status_code, error.body)
        except HodlHodlError as error:
            print("the call failed:", error)
        offers = hodlhodl.iter_list_offers(filters={"side": "sell"}, pagination={"limit": 50})
        assert_type(offers, SyncPager[Offer, list[Offer]])
        cheapest = min((offer for offer in offers), key=lambda offer: offer.price, default=None)
        assert_type(cheapest, Offer | None)
        page = hodlhodl.iter_list_offers(pagination={"limit": 50}).first_page()
        assert_type(page, SyncPage[Offer, list[Offer]])
        assert_type(page.items, list[Offer])
        following = page.next_page()
        assert_type(following, SyncPage[Offer, list[Offer]] | None)
        if following is not None and following.has_next_page():
            for later in following.iter_pages():
                assert_type(later.number, int)


async def main_async(base_url: str) -> None:
    async with AsyncHodlHodl(base_url=base_url, api_key="my-key") as hodlhodl:
        assert_type(hodlhodl, AsyncHodlHodl)
        contract = await hodlhodl.get_contract(id="c1")
        assert_type(contract.id, str)
        raw = await hodlhodl.with_raw_response.get_contract(id="c1")
        assert_type(raw.parsed, Contract)
        assert_type(raw.status_code, int)
        try:
            await hodlhodl.with_options(max_retries=0).get_contract(
                id="c1", extra_headers={"Prefer": "code=404"}
            )
        except NotFoundError as error:
            assert_type(error.body.error_code, ErrorCode | ErrorCodeValue | None)
        offers = hodlhodl.iter_list_offers(pagination={"limit": 50})
        assert_type(offers, AsyncPager[Offer, list[Offer]])
        ids = [offer.id async for offer in offers]
        assert_type(ids, list[str])
        first = await hodlhodl.iter_list_offers().first_page()
        assert_type(first, AsyncPage[Offer, list[Offer]])
        async for page in first.iter_pages():
            assert_type(page.items, list[Offer])


if __name__ == "__main__":
    main("http://127.0.0.1:8080")
    asyncio.run(main_async("http://127.0.0.1:8080"))
