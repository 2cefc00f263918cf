"""HodlHodl: envelopes unwrapped, error envelopes typed at any status, deepObject URLs as documented."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from decimal import Decimal
from urllib.parse import parse_qsl

import httpx
import pytest

from coinspec import MissingCredentialError
from coinspec._core.spec import load_spec
from coinspec.hodlhodl import HodlHodl, HodlHodlStatusError, UnprocessableEntityError
from coinspec.hodlhodl.models import Contract, Error
from coinspec.mock import MockServer

from .serving import serve

API_KEY = "hh-secret-key"


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    yield from serve("hodlhodl")


def recording(body: object, status: int = 200) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            status, text=json.dumps(body), headers={"Content-Type": "application/json"}
        )

    return httpx.MockTransport(handler), seen


def query_of(request: httpx.Request) -> list[tuple[str, str]]:
    return parse_qsl(request.url.query.decode(), keep_blank_values=True)


def test_get_contract_returns_the_contract_not_the_envelope(mock: MockServer) -> None:
    with HodlHodl(base_url=mock.url, api_key=API_KEY) as client:
        contract = client.get_contract(id="bT883OiqJ8NJHfUh")
    assert isinstance(contract, Contract)
    assert isinstance(contract.volume, Decimal)


@pytest.mark.parametrize("status", [200, 422])
def test_an_error_envelope_is_a_typed_error_at_any_status(status: int) -> None:
    body = {
        "status": "error",
        "error_code": "validation",
        "message": "Validation failed",
        "validation_errors": {"value": ["is missing"]},
    }
    transport, _ = recording(body, status)
    with HodlHodl(api_key=API_KEY, transport=transport) as client:
        with pytest.raises(HodlHodlStatusError) as caught:
            client.get_contract(id="x")
    error = caught.value
    assert error.status_code == status
    assert isinstance(error.body, Error)
    assert error.body.error_code == "validation"
    assert error.body.validation_errors is not None
    if status == 422:
        assert isinstance(error, UnprocessableEntityError)


def test_missing_parameter_error_carries_the_parameter() -> None:
    transport, _ = recording(
        {"status": "error", "error_code": "missing_parameter", "parameter": "offer_id"}
    )
    with HodlHodl(api_key=API_KEY, transport=transport) as client:
        with pytest.raises(HodlHodlStatusError) as caught:
            client.get_contract(id="x")
    assert isinstance(caught.value.body, Error) and caught.value.body.parameter == "offer_id"


@pytest.mark.parametrize(
    ("call", "documented"),
    [
        (
            lambda c: c.list_offers(
                sort={"by": "payment_window_minutes", "direction": "asc"},
                filters={"user_average_release_time_minutes_max": 25},
            ),
            "sort[by]=payment_window_minutes&sort[direction]=asc&filters[user_average_release_time_minutes_max]=25",
        ),
        (lambda c: c.list_my_contracts(filters={"status": "pending"}), "filters[status]=pending"),
        (
            lambda c: c.fetch_new_offers(
                filters={"user_average_release_time_minutes_max": 25},
                pagination={"newer_than_id": "l0Bv4L30ktAk4wfm"},
            ),
            "filters[user_average_release_time_minutes_max]=25&pagination[newer_than_id]=l0Bv4L30ktAk4wfm",
        ),
        (lambda c: c.list_payment_methods(filters={"country": "China"}), "filters[country]=China"),
    ],
)
def test_deep_object_queries_are_encoded_as_the_document_shows(
    call: Callable[[HodlHodl], object], documented: str
) -> None:
    transport, seen = recording(
        {"status": "success", "offers": [], "contracts": [], "payment_methods": []}
    )
    with HodlHodl(api_key=API_KEY, transport=transport) as client:
        call(client)
    assert sorted(query_of(seen[0])) == sorted(parse_qsl(documented))


def test_public_endpoints_send_no_token_and_private_ones_need_it() -> None:
    transport, seen = recording({"status": "success", "countries": []})
    with HodlHodl(transport=transport) as client:
        client.list_countries()
        with pytest.raises(MissingCredentialError, match="get_me needs api_key"):
            client.get_me()
    assert len(seen) == 1 and "authorization" not in seen[0].headers


def test_private_endpoints_send_the_bearer_key(mock: MockServer) -> None:
    with HodlHodl(base_url=mock.url, api_key=API_KEY) as client:
        client.get_me()
    assert mock.app.received[-1].headers["authorization"] == f"Bearer {API_KEY}"


def documented_offer() -> dict[str, object]:
    offer: dict[str, object] = load_spec("hodlhodl").example("list_offers", 200)["offers"][0]
    return offer


def test_offset_pagination_follows_pagination_offset() -> None:
    pages = {
        0: [{**documented_offer(), "id": "a"}, {**documented_offer(), "id": "b"}],
        2: [{**documented_offer(), "id": "c"}],
    }
    seen: list[dict[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        query = dict(query_of(request))
        seen.append(query)
        offset = int(query.get("pagination[offset]", "0"))
        text = json.dumps({"status": "success", "offers": pages.get(offset, [])}, default=str)
        return httpx.Response(200, text=text, headers={"Content-Type": "application/json"})

    with HodlHodl(api_key=API_KEY, transport=httpx.MockTransport(handler)) as client:
        ids = [offer.id for offer in client.iter_list_offers(pagination={"limit": 2})]
    assert ids == ["a", "b", "c"]
    assert [q.get("pagination[offset]") for q in seen] == [None, "2"]
    assert all(q["pagination[limit]"] == "2" for q in seen)


def test_fetch_new_offers_follows_newer_than_id() -> None:
    pages: dict[str | None, list[dict[str, object]]] = {
        None: [{**documented_offer(), "id": "a"}, {**documented_offer(), "id": "b"}],
        "b": [{**documented_offer(), "id": "c"}],
        "c": [],
    }
    cursors: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        cursor = dict(query_of(request)).get("pagination[newer_than_id]")
        cursors.append(cursor)
        text = json.dumps({"status": "success", "offers": pages[cursor]}, default=str)
        return httpx.Response(200, text=text, headers={"Content-Type": "application/json"})

    with HodlHodl(api_key=API_KEY, transport=httpx.MockTransport(handler)) as client:
        ids = [offer.id for offer in client.iter_fetch_new_offers(filters={"asset_code": "BTC"})]
    assert ids == ["a", "b", "c"]
    assert cursors == [None, "b", "c"]


def test_a_new_contract_status_still_parses() -> None:
    envelope = load_spec("hodlhodl").example("get_contract", 200)
    contract = Contract.model_validate({**envelope["contract"], "status": "frozen_by_regulator"})
    assert contract.status == "frozen_by_regulator"
    assert contract.to_wire()["status"] == "frozen_by_regulator"
