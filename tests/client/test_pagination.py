"""Pagination: a pager of the items, page objects beside it, every paged list (page-number
style too), and a service that sends the same page again stops the iteration with an error."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from urllib.parse import parse_qsl

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from coinspec import PaginationError
from coinspec._core.spec import load_spec
from coinspec.cryptocoinpro import AsyncCryptoCoinPro, CryptoCoinPro, TemporaryNotification
from coinspec.hodlhodl import (
    AsyncHodlHodl,
    HodlHodl,
    HodlHodlPaginationError,
    Offer,
    SyncPage,
)
from coinspec.mock import MockServer
from coinspec.mock.pagination import DEFAULT_LIST_LENGTH

from .serving import serve

USER = "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3"


@pytest.fixture(scope="module")
def hodlhodl_mock() -> Iterator[MockServer]:
    yield from serve("hodlhodl")


@pytest.fixture(scope="module")
def cryptocoinpro_mock() -> Iterator[MockServer]:
    yield from serve("cryptocoinpro")


def test_the_pager_yields_every_item_once(hodlhodl_mock: MockServer) -> None:
    with HodlHodl(base_url=hodlhodl_mock.url) as hodlhodl:
        ids = [offer.id for offer in hodlhodl.iter_list_offers(pagination={"limit": 50})]
    assert len(ids) == DEFAULT_LIST_LENGTH == len(set(ids))


def test_pages_say_what_they_hold_and_lead_to_the_next(hodlhodl_mock: MockServer) -> None:
    with HodlHodl(base_url=hodlhodl_mock.url) as hodlhodl:
        first = hodlhodl.iter_list_offers(pagination={"limit": 50}).first_page()
        assert isinstance(first, SyncPage) and first.number == 1
        assert len(first.items) == 50 and all(isinstance(o, Offer) for o in first)
        assert first.result == first.items  # list_offers returns the list itself
        assert first.has_next_page()
        second = first.next_page()
        assert second is not None and second.number == 2
        assert {o.id for o in second.items}.isdisjoint(o.id for o in first.items)
        sizes = [
            len(page) for page in hodlhodl.iter_list_offers(pagination={"limit": 50}).iter_pages()
        ]
    assert sizes == [50, 50, 25]


def test_the_last_page_has_no_next(hodlhodl_mock: MockServer) -> None:
    with HodlHodl(base_url=hodlhodl_mock.url) as hodlhodl:
        pages = list(hodlhodl.iter_list_offers(pagination={"limit": 100}).iter_pages())
    assert [len(p) for p in pages] == [100, 25]
    assert not pages[-1].has_next_page() and pages[-1].next_page() is None


def offers_ignoring_the_offset() -> tuple[httpx.MockTransport, list[str | None]]:
    """A server that sends its first page whatever page is asked for."""
    offer = load_spec("hodlhodl").example("list_offers", 200)["offers"][0]
    page = [{**offer, "id": "a"}, {**offer, "id": "b"}]
    offsets: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        offsets.append(dict(parse_qsl(request.url.query.decode())).get("pagination[offset]"))
        text = json.dumps({"status": "success", "offers": page}, default=str)
        return httpx.Response(200, text=text, headers={"Content-Type": "application/json"})

    return httpx.MockTransport(handler), offsets


def test_the_same_page_again_stops_the_iteration_with_an_error() -> None:
    transport, offsets = offers_ignoring_the_offset()
    yielded: list[str] = []
    with HodlHodl(transport=transport) as hodlhodl:
        with pytest.raises(HodlHodlPaginationError) as caught:
            for offer in hodlhodl.iter_list_offers(pagination={"limit": 2}):
                yielded.append(offer.id)
    assert yielded == ["a", "b"]  # the first page, once
    assert offsets == [None, "2"]
    assert isinstance(caught.value, PaginationError)
    assert str(caught.value) == (
        "HodlHodl list_offers: page 2 (pagination[offset]=2) is page 1 again: the service "
        "ignored the paging argument; stopped after 1 page(s) rather than repeat them"
    )


def test_the_same_page_again_stops_an_async_iteration_too() -> None:
    transport, _ = offers_ignoring_the_offset()

    async def run() -> list[str]:
        yielded = []
        async with AsyncHodlHodl(transport=httpx.MockTransport(transport.handler)) as hodlhodl:
            with pytest.raises(HodlHodlPaginationError):
                async for offer in hodlhodl.iter_list_offers(pagination={"limit": 2}):
                    yielded.append(offer.id)
        return yielded

    assert asyncio.run(run()) == ["a", "b"]


def offers_in_a_circle(pages: int) -> tuple[httpx.MockTransport, list[str | None]]:
    """A server whose list goes round: page k + ``pages`` is page k again, whatever the offset."""
    offer = load_spec("hodlhodl").example("list_offers", 200)["offers"][0]
    offsets: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        offsets.append(dict(parse_qsl(request.url.query.decode())).get("pagination[offset]"))
        turn = (len(offsets) - 1) % pages
        page = [{**offer, "id": f"{turn}a"}, {**offer, "id": f"{turn}b"}]
        text = json.dumps({"status": "success", "offers": page}, default=str)
        return httpx.Response(200, text=text, headers={"Content-Type": "application/json"})

    return httpx.MockTransport(handler), offsets


def test_a_service_going_round_between_pages_stops_the_iteration() -> None:
    """Not only the page just before: a page of any earlier one is refused."""
    transport, offsets = offers_in_a_circle(3)
    yielded: list[str] = []
    with HodlHodl(transport=transport) as hodlhodl:
        with pytest.raises(HodlHodlPaginationError) as caught:
            for offer in hodlhodl.iter_list_offers(pagination={"limit": 2}):
                yielded.append(offer.id)
                if len(yielded) > 100:
                    pytest.fail("the iteration went round and round")
    assert yielded == ["0a", "0b", "1a", "1b", "2a", "2b"]  # each page once
    assert len(offsets) == 4
    assert str(caught.value) == (
        "HodlHodl list_offers: page 4 (pagination[offset]=6) is page 1 again: the service "
        "ignored the paging argument; stopped after 3 page(s) rather than repeat them"
    )


def test_a_service_going_round_stops_an_async_iteration_too() -> None:
    transport, _ = offers_in_a_circle(2)

    async def run() -> list[str]:
        yielded = []
        async with AsyncHodlHodl(transport=httpx.MockTransport(transport.handler)) as hodlhodl:
            with pytest.raises(HodlHodlPaginationError, match=r"page 3 .* is page 1 again"):
                async for offer in hodlhodl.iter_list_offers(pagination={"limit": 2}):
                    yielded.append(offer.id)
                    if len(yielded) > 100:
                        pytest.fail("the iteration went round and round")
        return yielded

    assert asyncio.run(run()) == ["0a", "0b", "1a", "1b"]


def honest_offers(pages: int) -> httpx.MockTransport:
    """A server that follows the offset: ``pages`` pages of two offers, then an empty one."""
    offer = load_spec("hodlhodl").example("list_offers", 200)["offers"][0]

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(dict(parse_qsl(request.url.query.decode())).get("pagination[offset]", 0))
        turn = offset // 2
        page = [{**offer, "id": f"{turn}a"}, {**offer, "id": f"{turn}b"}] if turn < pages else []
        text = json.dumps({"status": "success", "offers": page}, default=str)
        return httpx.Response(200, text=text, headers={"Content-Type": "application/json"})

    return httpx.MockTransport(handler)


def test_going_back_to_a_page_and_on_again_is_no_repeat() -> None:
    """A page asked for its next page twice: the second time, the pages after it are new
    again (only the pages before it count), so an honest list is followed to its end."""
    with HodlHodl(transport=honest_offers(4)) as hodlhodl:
        first = hodlhodl.iter_list_offers(pagination={"limit": 2}).first_page()
        ahead = list(first.iter_pages())
        assert [[o.id for o in page.items] for page in ahead] == [
            ["0a", "0b"],
            ["1a", "1b"],
            ["2a", "2b"],
            ["3a", "3b"],
            [],
        ]
        again = list(first.iter_pages())
        assert [page.number for page in again] == [1, 2, 3, 4, 5]
        assert [o.id for page in again for o in page.items] == [
            o.id for page in ahead for o in page.items
        ]


def test_async_pages(hodlhodl_mock: MockServer) -> None:
    async def run() -> tuple[int, list[int]]:
        async with AsyncHodlHodl(base_url=hodlhodl_mock.url) as hodlhodl:
            count = 0
            async for _ in hodlhodl.iter_list_offers(pagination={"limit": 50}):
                count += 1
            first = await hodlhodl.iter_list_offers(pagination={"limit": 50}).first_page()
            second = await first.next_page()
            assert second is not None and second.number == 2
            sizes = [
                len(p)
                async for p in hodlhodl.iter_list_offers(pagination={"limit": 50}).iter_pages()
            ]
            return count, sizes

    assert asyncio.run(run()) == (DEFAULT_LIST_LENGTH, [50, 50, 25])


def test_page_numbers_are_followed_to_the_last_page(cryptocoinpro_mock: MockServer) -> None:
    with CryptoCoinPro(base_url=cryptocoinpro_mock.url, api_key="t") as client:
        pager = client.iter_list_temporary_notifications(user=USER)
        pages = list(pager.iter_pages())
    assert [len(p) for p in pages] == [25, 25, 25, 25, 25]
    assert [p.result.meta.current_page for p in pages] == [1, 2, 3, 4, 5]
    assert all(isinstance(n, TemporaryNotification) for p in pages for n in p)
    asked = [dict(r.query).get("page") for r in cryptocoinpro_mock.app.received[-5:]]
    assert asked == [None, "2", "3", "4", "5"]


def test_every_paged_list_of_cryptocoinpro_has_a_pager(cryptocoinpro_mock: MockServer) -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()

    async def run() -> int:
        async with AsyncCryptoCoinPro(
            base_url=cryptocoinpro_mock.url, platform_private_key=pem
        ) as client:
            return len([s async for s in client.iter_list_platform_staff(platform="p1")])

    assert asyncio.run(run()) == DEFAULT_LIST_LENGTH
