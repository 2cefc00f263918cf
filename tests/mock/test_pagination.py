"""The mock pages lists: limit, offset and cursor honoured over a list long enough to page."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from coinspec._core.json import loads
from coinspec._core.spec import available_apis, load_spec
from coinspec.coinjoin import CoinJoin
from coinspec.hodlhodl import AsyncHodlHodl, HodlHodl
from coinspec.mock import MockApp, MockServer
from coinspec.mock.pagination import DEFAULT_LIST_LENGTH, DEFAULT_PAGE_SIZE
from coinspec.mock.schemas import SchemaChecker

from .process import MockProcess, mock_process

AUTH = {"Authorization": "Bearer test-key", "token": "a-platform-jwt"}  # what any list needs
DOCUMENTED_TRANSACTIONS = ["Y9ANXDCJMHG2J6GD", "EEFU0IKT3BAJ1JOQ"]


@pytest.fixture(scope="module")
def coinjoin() -> Iterator[MockProcess]:
    with mock_process("coinjoin", "--quiet") as mock:
        yield mock


@pytest.fixture(scope="module")
def hodlhodl() -> Iterator[MockProcess]:
    with mock_process("hodlhodl", "--quiet") as mock:
        yield mock


def test_offset_pages_cover_one_list_of_distinct_items(coinjoin: MockProcess) -> None:
    pages = []
    offset = 0
    while True:
        page = httpx.get(
            coinjoin.url + "/transactions", params={"limit": 30, "offset": offset}, headers=AUTH
        ).json()
        pages.append(page)
        if not page["transactions"]:
            break
        offset += 30
    ids = [t["id"] for page in pages for t in page["transactions"]]
    assert len(ids) == DEFAULT_LIST_LENGTH == len(set(ids))
    assert ids[:2] == DOCUMENTED_TRANSACTIONS  # the documented items come first
    assert [len(p["transactions"]) for p in pages] == [30, 30, 30, 30, 5, 0]
    assert all(p["totalTransactions"] == DEFAULT_LIST_LENGTH for p in pages)
    # The page echoes what it served, in the JSON types the document shows ("limit": "2").
    assert [(p["limit"], p["offset"]) for p in pages[:2]] == [("30", 0), ("30", 30)]


def test_the_list_is_the_same_in_every_run(coinjoin: MockProcess) -> None:
    query = {"limit": 7, "offset": 50}
    first = httpx.get(coinjoin.url + "/transactions", params=query, headers=AUTH)
    with MockServer("coinjoin") as url:
        again = httpx.get(url + "/transactions", params=query, headers=AUTH)
    assert first.content == again.content
    assert [t["id"] for t in first.json()["transactions"]][:2] == [
        "Y9ANXDCJMHG2J650",
        "EEFU0IKT3BAJ1J51",
    ]


def test_defaults_apply_when_the_request_gives_none(coinjoin: MockProcess) -> None:
    page = httpx.get(coinjoin.url + "/transactions", headers=AUTH).json()
    assert len(page["transactions"]) == 30  # the spec's default limit
    assert (page["limit"], page["offset"]) == ("30", 0)


def test_the_sdk_iterator_pages_through_the_mock(coinjoin: MockProcess) -> None:
    with CoinJoin(base_url=coinjoin.url, api_key="test-key") as client:
        ids = [t.id for t in client.iter_list_transactions(limit=40)]
    assert len(ids) == DEFAULT_LIST_LENGTH == len(set(ids))


def test_deep_object_pagination(hodlhodl: MockProcess) -> None:
    with HodlHodl(base_url=hodlhodl.url, api_key="test-key") as client:
        ids = [offer.id for offer in client.iter_list_offers(pagination={"limit": 50})]
        contracts = [c.id for c in client.iter_list_my_contracts(pagination={"limit": 100})]
    assert len(ids) == DEFAULT_LIST_LENGTH == len(set(ids))
    assert len(contracts) == DEFAULT_LIST_LENGTH == len(set(contracts))
    page = httpx.get(
        hodlhodl.url + "/contracts/my",
        params={"pagination[limit]": "10", "pagination[offset]": "120"},
        headers=AUTH,
    ).json()
    assert len(page["contracts"]) == 5
    assert page["pagination"] == {"limit": 10, "offset": 120}  # the document's echo


def test_cursor_pages_follow_the_last_id(hodlhodl: MockProcess) -> None:
    first = httpx.get(hodlhodl.url + "/offers/fetch_new", headers=AUTH).json()
    offers = [o["id"] for o in first["offers"]]
    assert len(offers) == DEFAULT_PAGE_SIZE
    # The document says: store pagination.last_id and send it as newer_than_id.
    assert first["pagination"]["last_id"] == offers[-1]
    second = httpx.get(
        hodlhodl.url + "/offers/fetch_new",
        params={"pagination[newer_than_id]": first["pagination"]["last_id"]},
        headers=AUTH,
    ).json()
    assert second["offers"][0]["id"] not in offers
    assert second["pagination"]["newer_than_id"] == offers[-1]
    assert second["pagination"]["last_id"] == second["offers"][-1]["id"]

    async def follow() -> list[str]:
        async with AsyncHodlHodl(base_url=hodlhodl.url, api_key="test-key") as client:
            return [offer.id async for offer in client.iter_fetch_new_offers()]

    import asyncio

    every = asyncio.run(follow())
    assert len(every) == DEFAULT_LIST_LENGTH == len(set(every))
    assert every[: len(offers)] == offers


def test_the_documented_cursor_starts_the_list_and_an_unknown_one_is_refused(
    hodlhodl: MockProcess,
) -> None:
    documented = httpx.get(
        hodlhodl.url + "/offers/fetch_new",
        params={"pagination[newer_than_id]": "l0Bv4L30ktAk4wfm"},
        headers=AUTH,
    ).json()
    assert [o["id"] for o in documented["offers"]][:2] == ["Er6Cz1JtBvdQka2h", "OdNt33STZ7AKuaVL"]
    unknown = httpx.get(
        hodlhodl.url + "/offers/fetch_new",
        params={"pagination[newer_than_id]": "nope"},
        headers=AUTH,
    )
    assert unknown.status_code == 400
    assert unknown.json()["mock_error"].startswith(
        "pagination[newer_than_id]='nope' is no item's id in the mock's list (its first is 'Er6Cz1JtBvdQka2h'"
    )


def test_the_list_length_is_the_users_choice() -> None:
    with mock_process("coinjoin", "--quiet", "--list-length", "3") as mock:
        page = httpx.get(mock.url + "/transactions", params={"limit": 10}, headers=AUTH).json()
    assert [t["id"] for t in page["transactions"]] == [*DOCUMENTED_TRANSACTIONS, "Y9ANXDCJMHG2J6G2"]
    assert page["totalTransactions"] == 3


def paged_operations() -> list[tuple[str, str, str]]:
    found = []
    for api in available_apis():
        for op in load_spec(api).operations():
            if "x-pagination" in op.raw:
                found.append((api, op.id, op.path))
    return found


@pytest.mark.parametrize(("api", "operation", "path"), paged_operations())
def test_every_page_matches_the_spec(api: str, operation: str, path: str) -> None:
    """Past the documented items too: the ids the mock makes fit their schemas."""
    app = MockApp(api)
    schema = app.spec.media(operation, 200)
    assert schema is not None
    checker = SchemaChecker(app.spec)
    seen: list[Any] = []
    for query in ("", "?limit=100&offset=100", "?pagination[limit]=100&pagination[offset]=100"):
        status, _, body = app.handle("GET", path + query, AUTH, b"")
        if status == 400:  # the other style's parameter names
            continue
        assert status == 200, body
        value = loads(body)
        assert checker.problems(schema[1]["schema"], value) == []
        seen.append(value)
    assert len(seen) >= 1
