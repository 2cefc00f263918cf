"""Client behaviour when the server or the network misbehaves, for the sync and async clients.

Each case names what the server does to each request in turn; the client must return the
right result or typed error, never hang past its timeout, and never send a request that
creates something twice (the server counts what it received).
"""

from __future__ import annotations

import asyncio
import json
import socket
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from coinspec import APIConnectionError, APITimeoutError, CoinspecError
from coinspec.hodlhodl import AsyncHodlHodl, HodlHodl, HodlHodlStatusError
from coinspec.swapgate import (
    AsyncSwapgate,
    Swapgate,
    SwapgateConnectionError,
    SwapgateResponseValidationError,
    SwapgateStatusError,
    SwapgateTimeoutError,
)

from .server import FaultServer

INSTRUMENTS = json.dumps(
    [
        {
            "currencyTitle": "ADA",
            "networkTitle": "ADA",
            "currencyFriendlyTitle": "Cardano",
            "precisionDecimals": 11,
            "requiresMemo": False,
            "currencyLogoLink": "x",
        }
    ]
).encode()
ORDER = {
    "instrumentFrom": {"currencyTitle": "USDT", "networkTitle": "TRC20"},
    "instrumentTo": {"currencyTitle": "BTC", "networkTitle": "BTC"},
    "destinationAddress": "bc1q",
    "destinationAddressMemo": None,
    "claimedDepositAmount": Decimal("43350"),
}
KINDS = ["sync", "async"]


def call(kind: str, url: str, operation: str, **options: Any) -> Any:
    """Call one Swapgate operation with the sync or the async client."""
    settings: dict[str, Any] = {"base_url": url, "retry_backoff": 0.01, "timeout": 1.0, **options}
    arguments: dict[str, Any] = {"body": ORDER} if operation == "create_order" else {}
    if kind == "sync":
        with Swapgate(**settings) as client:
            return getattr(client, operation)(**arguments)

    async def run() -> Any:
        async with AsyncSwapgate(**settings) as client:
            return await getattr(client, operation)(**arguments)

    return asyncio.run(run())


def timed(function: Callable[[], Any]) -> tuple[Any, float]:
    started = time.monotonic()
    try:
        return function(), time.monotonic() - started
    except Exception as exc:
        return exc, time.monotonic() - started


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("fault", ["reset-after", "truncated", "503"])
def test_a_read_is_retried_after_a_fault(kind: str, fault: str) -> None:
    with FaultServer([fault, "ok"], ok_body=INSTRUMENTS) as server:
        result = call(kind, server.url, "list_instruments")
    assert result[0].currency_friendly_title == "Cardano"
    assert len(server.received) == 2


@pytest.mark.parametrize("kind", KINDS)
def test_a_reset_before_the_request_is_read_is_retried_for_a_read(kind: str) -> None:
    with FaultServer(["reset-before", "ok"], ok_body=INSTRUMENTS) as server:
        result = call(kind, server.url, "list_instruments")
    assert len(result) == 1 and len(server.received) == 1


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("fault", "error"),
    [
        ("reset-after", SwapgateConnectionError),
        ("truncated", SwapgateConnectionError),
        ("503", SwapgateStatusError),
    ],
)
def test_an_order_is_never_sent_twice(kind: str, fault: str, error: type[Exception]) -> None:
    with FaultServer([fault, "ok"]) as server:
        outcome, _ = timed(lambda: call(kind, server.url, "create_order", max_retries=5))
    assert isinstance(outcome, error), outcome
    assert [r.path for r in server.received] == ["/create"]


@pytest.mark.parametrize("kind", KINDS)
def test_an_order_reset_before_it_was_read_reaches_the_server_at_most_once(kind: str) -> None:
    # httpx reports most such resets as read errors (the order may have left: no retry) and
    # some as connect errors (nothing was sent: one retry is safe); either way one order.
    with FaultServer(["reset-before", "reset-before", "ok"]) as server:
        outcome, _ = timed(lambda: call(kind, server.url, "create_order", max_retries=5))
    assert isinstance(outcome, CoinspecError)
    assert len(server.received) <= 1


@pytest.mark.parametrize("kind", KINDS)
def test_refused_connection_is_a_connection_error(kind: str) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    outcome, elapsed = timed(
        lambda: call(kind, f"http://127.0.0.1:{port}", "list_instruments", max_retries=2)
    )
    assert isinstance(outcome, SwapgateConnectionError) and isinstance(outcome, APIConnectionError)
    assert "connection failed" in str(outcome)
    assert elapsed < 5


@pytest.mark.parametrize("kind", KINDS)
def test_html_502_is_a_status_error_with_the_page(kind: str) -> None:
    with FaultServer(["html-502"]) as server:
        outcome, _ = timed(lambda: call(kind, server.url, "list_instruments"))
    assert isinstance(outcome, SwapgateStatusError)
    assert outcome.status_code == 502
    assert "<h1>502 Bad Gateway</h1>" in outcome.body
    assert len(server.received) == 3  # a GET is retried on 502 (twice by default), then raised


@pytest.mark.parametrize("kind", KINDS)
def test_429_on_an_order_is_raised_not_retried(kind: str) -> None:
    with FaultServer(["429", "ok"]) as server:
        outcome, _ = timed(lambda: call(kind, server.url, "create_order"))
    assert isinstance(outcome, SwapgateStatusError) and outcome.status_code == 429
    assert len(server.received) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_retries_can_be_switched_off(kind: str) -> None:
    with FaultServer(["503", "ok"], ok_body=INSTRUMENTS) as server:
        outcome, _ = timed(lambda: call(kind, server.url, "list_instruments", max_retries=0))
    assert isinstance(outcome, SwapgateStatusError) and outcome.status_code == 503
    assert len(server.received) == 1


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("operation", ["list_instruments", "create_order"])
def test_a_stalled_server_times_out(kind: str, operation: str) -> None:
    with FaultServer(["stall"]) as server:
        outcome, elapsed = timed(
            lambda: call(kind, server.url, operation, timeout=0.5, max_retries=0)
        )
    assert isinstance(outcome, SwapgateTimeoutError) and isinstance(outcome, APITimeoutError)
    assert elapsed < 2.0
    assert len(server.received) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_invalid_json_keeps_the_raw_body(kind: str) -> None:
    with FaultServer(["invalid-json"]) as server:
        outcome, _ = timed(lambda: call(kind, server.url, "list_instruments"))
    assert isinstance(outcome, SwapgateResponseValidationError)
    assert outcome.body == "{not json"
    assert isinstance(outcome, CoinspecError)


@pytest.mark.parametrize("kind", KINDS)
def test_a_200_carrying_an_error_envelope_raises(kind: str) -> None:
    def run() -> Any:
        if kind == "sync":
            with HodlHodl(base_url=server.url, api_key="k") as client:
                return client.get_contract(id="x")

        async def go() -> Any:
            async with AsyncHodlHodl(base_url=server.url, api_key="k") as client:
                return await client.get_contract(id="x")

        return asyncio.run(go())

    with FaultServer(["error-envelope"]) as server:
        outcome, _ = timed(run)
    assert isinstance(outcome, HodlHodlStatusError)
    assert outcome.status_code == 200
    assert outcome.body.error_code == "not_found"
    assert len(server.received) == 1


def test_timeout_per_call_overrides_the_client() -> None:
    with (
        FaultServer(["stall"]) as server,
        Swapgate(base_url=server.url, timeout=30, max_retries=0) as client,
    ):
        outcome, elapsed = timed(lambda: client.list_instruments(timeout=0.3))
    assert isinstance(outcome, SwapgateTimeoutError) and elapsed < 2.0


def test_timeouts_are_on_by_default() -> None:
    client = Swapgate(base_url="http://127.0.0.1:9")
    assert client.timeout is not None
    client.close()


@pytest.mark.parametrize(
    ("header", "expected"),
    [("2", 2.0), ("0", 0.0), ("600", 60.0), ("soon", None), ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0)],
)
def test_retry_after_is_read_as_seconds_or_a_date(header: str, expected: float | None) -> None:
    import httpx

    from coinspec._core.retries import retry_after

    assert retry_after(httpx.Response(429, headers={"Retry-After": header})) == expected
