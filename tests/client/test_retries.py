"""Retries: 408, 429, 500, 502, 503 and 504 for operations safe to repeat, the server's
x-should-retry honoured, nothing that creates something sent twice, each retry logged."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import httpx
import pytest

from coinspec.mock import MockServer
from coinspec.swapgate import Swapgate, SwapgateStatusError

from .serving import serve

ORDER = {
    "instrumentFrom": {"currencyTitle": "USDT", "networkTitle": "TRC20"},
    "instrumentTo": {"currencyTitle": "BTC", "networkTitle": "BTC"},
    "destinationAddress": "bc1q",
    "destinationAddressMemo": None,
    "claimedDepositAmount": 1,
}


def scripted(*answers: httpx.Response) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    """Answers in turn, then 200 with an empty list."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) <= len(answers):
            return answers[len(seen) - 1]
        return httpx.Response(200, json=[])

    return httpx.MockTransport(handler), seen


def swapgate(transport: httpx.MockTransport) -> Swapgate:
    return Swapgate(
        base_url="https://swapgate.test", transport=transport, retry_backoff=0.001, max_retries=2
    )


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_a_get_is_retried_on_a_transient_status(status: int) -> None:
    transport, seen = scripted(httpx.Response(status))
    assert swapgate(transport).list_instruments() == []
    assert len(seen) == 2


@pytest.mark.parametrize("status", [400, 404, 501])
def test_other_statuses_are_not_retried(status: int) -> None:
    transport, seen = scripted(httpx.Response(status))
    with pytest.raises(SwapgateStatusError):
        swapgate(transport).list_instruments()
    assert len(seen) == 1


def test_an_order_is_never_sent_twice() -> None:
    transport, seen = scripted(httpx.Response(500, headers={"x-should-retry": "true"}))
    with pytest.raises(SwapgateStatusError):
        swapgate(transport).create_order(body=ORDER)
    assert len(seen) == 1


def test_x_should_retry_false_stops_a_retry() -> None:
    transport, seen = scripted(httpx.Response(503, headers={"x-should-retry": "false"}))
    with pytest.raises(SwapgateStatusError):
        swapgate(transport).list_instruments()
    assert len(seen) == 1


def test_x_should_retry_true_retries_another_status() -> None:
    transport, seen = scripted(httpx.Response(409, headers={"X-Should-Retry": "True"}))
    assert swapgate(transport).list_instruments() == []
    assert len(seen) == 2


def test_a_success_is_never_retried() -> None:
    transport, seen = scripted(httpx.Response(200, json=[], headers={"x-should-retry": "true"}))
    assert swapgate(transport).list_instruments() == []
    assert len(seen) == 1


def test_each_retry_is_logged_with_its_delay(caplog: pytest.LogCaptureFixture) -> None:
    transport, _ = scripted(httpx.Response(503), httpx.Response(502))
    with caplog.at_level(logging.INFO, logger="coinspec"):
        swapgate(transport).list_instruments()
    retries = [r.getMessage() for r in caplog.records if "retrying" in r.getMessage()]
    assert len(retries) == 2
    assert retries[0].startswith("Swapgate list_instruments: 503 Service Unavailable, retrying in ")
    assert retries[0].endswith(" s (retry 1 of 2)")
    assert retries[1].startswith("Swapgate list_instruments: 502 Bad Gateway, retrying in ")


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    yield from serve("swapgate")


def test_a_gateway_timeout_of_the_mock_is_retried_then_raised(mock: MockServer) -> None:
    before = len(mock.app.received)
    with Swapgate(base_url=mock.url, retry_backoff=0.001) as client:
        with pytest.raises(SwapgateStatusError) as caught:
            client.list_instruments(extra_headers={"Prefer": "code=504"})
    assert caught.value.status_code == 504
    assert len(mock.app.received) - before == 3  # the call and two retries
