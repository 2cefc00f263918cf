"""Per-call options: extra_query and extra_body beside extra_headers, timeout and max_retries."""

from __future__ import annotations

import asyncio
import json
from decimal import Decimal
from urllib.parse import parse_qsl

import httpx
import pytest

from coinspec import APIStatusError
from coinspec.cryptocoinpro import CryptoCoinPro
from coinspec.hodlhodl import HodlHodl
from coinspec.swapgate import AsyncSwapgate, Swapgate, SwapgateRequestError

USER = "ebf8e81e-fdfd-4da9-84e4-b5172b6f1412"
ORDER = {
    "instrumentFrom": {"currencyTitle": "USDT", "networkTitle": "TRC20"},
    "instrumentTo": {"currencyTitle": "BTC", "networkTitle": "BTC"},
    "destinationAddress": "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
    "destinationAddressMemo": None,
    "claimedDepositAmount": 43350,
}


def recording(body: object) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(500, json=body)  # whatever comes back; the request is the point

    return httpx.MockTransport(handler), seen


def sent_query(request: httpx.Request) -> list[tuple[str, str]]:
    return parse_qsl(request.url.query.decode(), keep_blank_values=True)


def test_extra_query_adds_replaces_and_removes_parameters() -> None:
    transport, seen = recording({})
    with HodlHodl(transport=transport, max_retries=0) as hodlhodl, pytest.raises(APIStatusError):
        hodlhodl.list_offers(
            filters={"side": "sell", "currency_code": "USD"},
            extra_query={"filters[side]": "buy", "include_global": True, "trace": None},
        )
    query = sent_query(seen[0])
    assert ("filters[side]", "buy") in query and ("filters[side]", "sell") not in query
    assert ("filters[currency_code]", "USD") in query
    assert ("include_global", "true") in query
    assert all(name != "trace" for name, _ in query)


def test_extra_query_values_stay_exact() -> None:
    transport, seen = recording({})
    with Swapgate(base_url="https://swapgate.test", transport=transport, max_retries=0) as swapgate:
        with pytest.raises(APIStatusError):
            swapgate.list_instruments(extra_query={"min": Decimal("0.00000001"), "ids": [1, 2]})
    assert sent_query(seen[0]) == [("min", "0.00000001"), ("ids", "1"), ("ids", "2")]


def test_extra_body_adds_fields_to_the_json_body_and_wins() -> None:
    transport, seen = recording({})
    with Swapgate(base_url="https://swapgate.test", transport=transport) as swapgate:
        with pytest.raises(APIStatusError):
            swapgate.create_order(
                body=ORDER,
                extra_body={"referrerId": "aff_41", "claimedDepositAmount": Decimal("1.5")},
            )
    sent = json.loads(seen[0].content, parse_float=Decimal)
    assert sent["referrerId"] == "aff_41"
    assert sent["claimedDepositAmount"] == Decimal("1.5")
    assert sent["destinationAddress"] == ORDER["destinationAddress"]


def test_extra_body_is_the_body_of_an_operation_that_has_none() -> None:
    transport, seen = recording({})
    with Swapgate(base_url="https://swapgate.test", transport=transport, max_retries=0) as swapgate:
        with pytest.raises(APIStatusError):
            swapgate.list_instruments(extra_body={"debug": True})
    assert json.loads(seen[0].content) == {"debug": True}
    assert seen[0].headers["content-type"] == "application/json"


def test_extra_body_refuses_a_float_like_any_amount() -> None:
    transport, seen = recording({})
    with Swapgate(base_url="https://swapgate.test", transport=transport) as swapgate:
        with pytest.raises(SwapgateRequestError, match="create_order: amounts are exact"):
            swapgate.create_order(body=ORDER, extra_body={"claimedDepositAmount": 1.5})
    assert seen == []


def test_extra_body_adds_multipart_fields() -> None:
    transport, seen = recording({})
    with CryptoCoinPro(transport=transport, api_key="k", max_retries=0) as client:
        with pytest.raises(APIStatusError):
            client.create_kyc_document(
                user=USER,
                body={"type": "passport", "file": ("passport.pdf", b"%PDF-1.7")},
                extra_body={"note": "second try", "pages": 2},
            )
    content = seen[0].read().decode("latin-1")
    assert 'name="note"\r\n\r\nsecond try' in content
    assert 'name="pages"\r\n\r\n2' in content
    assert 'name="file"; filename="passport.pdf"' in content


def test_async_calls_take_the_same_options() -> None:
    transport, seen = recording({})

    async def run() -> None:
        async with AsyncSwapgate(
            base_url="https://swapgate.test",
            transport=httpx.MockTransport(transport.handler),
            max_retries=0,
        ) as swapgate:
            with pytest.raises(APIStatusError):
                await swapgate.list_instruments(
                    extra_query={"page": 2}, extra_headers={"X-Trace": "t"}, extra_body={"a": 1}
                )

    asyncio.run(run())
    assert sent_query(seen[0]) == [("page", "2")]
    assert seen[0].headers["x-trace"] == "t"
    assert json.loads(seen[0].content) == {"a": 1}
