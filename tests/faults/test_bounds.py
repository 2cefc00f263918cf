"""Every call is bounded in time and memory, whatever the server does (issue #14 items 1, 3, 5).

Time bounds are generous (the deadline plus a second): a test fails when a bound is not
enforced at all, never because the machine is slow. Waits between attempts are faked.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from coinspec import ConfigurationError, RequestError, ResponseTooLargeError
from coinspec.hodlhodl import HodlHodl, HodlHodlConfigurationError
from coinspec.swapgate import (
    AsyncSwapgate,
    Swapgate,
    SwapgateConfigurationError,
    SwapgateRequestError,
    SwapgateResponseTooLargeError,
    SwapgateStatusError,
    SwapgateTimeoutError,
)

from .conftest import FakeClock
from .server import MB, FaultServer

KINDS = ["sync", "async"]
INSTRUMENT = {
    "currencyTitle": "ADA",
    "networkTitle": "ADA",
    "currencyFriendlyTitle": "Cardano",
    "precisionDecimals": 11,
    "requiresMemo": False,
    "currencyLogoLink": "x",
}
INSTRUMENTS = json.dumps([INSTRUMENT]).encode()
MARGIN = 1.0  # seconds a bounded call may overrun its deadline on a busy machine


def call(kind: str, url: str, *, per_call: dict[str, Any] | None = None, **settings: Any) -> Any:
    """list_instruments with the sync or the async client; the outcome, result or error."""
    options: dict[str, Any] = {"base_url": url, "retry_backoff": 0.01, **settings}
    arguments = per_call or {}
    try:
        if kind == "sync":
            with Swapgate(**options) as client:
                return client.list_instruments(**arguments)

        async def run() -> Any:
            async with AsyncSwapgate(**options) as client:
                return await client.list_instruments(**arguments)

        return asyncio.run(run())
    except Exception as exc:
        return exc


def timed(function: Callable[[], Any]) -> tuple[Any, float]:
    started = time.monotonic()
    outcome = function()
    return outcome, time.monotonic() - started


# -- 1. a deadline for the whole attempt, and for the whole call --------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("fault", ["slow-body", "slow-chunked", "slow-headers"])
def test_a_trickled_answer_is_cut_off_at_the_timeout(kind: str, fault: str) -> None:
    # Each byte comes well within any read timeout; the answer as a whole never ends.
    with FaultServer([fault], ok_body=INSTRUMENTS, drip_interval=0.1) as server:
        outcome, elapsed = timed(lambda: call(kind, server.url, timeout=1.0, max_retries=0))
    assert isinstance(outcome, SwapgateTimeoutError), outcome
    assert "within the 1 s timeout" in str(outcome)
    assert elapsed < 1.0 + MARGIN


def test_a_trickled_body_through_the_users_own_client_is_cut_off_too() -> None:
    # The user's httpx client has no deadline at the socket: the body is checked between
    # chunks, each read waits at most the time left, so the call ends by twice the timeout.
    with (
        FaultServer(["slow-body"], ok_body=INSTRUMENTS, drip_interval=0.1) as server,
        httpx.Client() as http,
    ):
        outcome, elapsed = timed(
            lambda: call("sync", server.url, timeout=1.0, max_retries=0, http_client=http)
        )
    assert isinstance(outcome, SwapgateTimeoutError), outcome
    assert elapsed < 2 * 1.0 + MARGIN


@pytest.mark.parametrize("kind", KINDS)
def test_the_deadline_bounds_the_call_across_retries(kind: str) -> None:
    with FaultServer(["slow-body"], ok_body=INSTRUMENTS, drip_interval=0.1) as server:
        outcome, elapsed = timed(
            lambda: call(kind, server.url, timeout=1.0, deadline=1.5, max_retries=5)
        )
    assert isinstance(outcome, SwapgateTimeoutError), outcome
    assert "the call's 1.5 s deadline" in str(outcome)
    assert len(server.received) == 2  # one full attempt, then what was left of the deadline
    assert elapsed < 1.5 + MARGIN


@pytest.mark.parametrize("kind", KINDS)
def test_a_retry_after_past_the_deadline_is_not_waited_for(kind: str, clock: FakeClock) -> None:
    with FaultServer(["429-retry-after", "ok"], ok_body=INSTRUMENTS, retry_after="60") as server:
        outcome, elapsed = timed(lambda: call(kind, server.url, timeout=2.0))
    assert isinstance(outcome, SwapgateStatusError) and outcome.status_code == 429, outcome
    assert "not retried: Retry-After asks for 60 s" in str(outcome)
    assert clock.waits == [] and len(server.received) == 1
    assert elapsed < MARGIN


@pytest.mark.parametrize("kind", KINDS)
def test_a_retry_after_within_the_deadline_is_waited_for(kind: str, clock: FakeClock) -> None:
    with FaultServer(["429-retry-after", "ok"], ok_body=INSTRUMENTS, retry_after="60") as server:
        outcome = call(kind, server.url, timeout=2.0, deadline=120)
    assert outcome[0].currency_friendly_title == "Cardano", outcome
    assert clock.waits == [60.0] and len(server.received) == 2


@pytest.mark.parametrize("kind", KINDS)
def test_429_waits_as_retry_after_says(kind: str, clock: FakeClock) -> None:
    with FaultServer(["429-retry-after", "ok"], ok_body=INSTRUMENTS, retry_after="1") as server:
        outcome = call(kind, server.url, timeout=1.0)
    assert len(outcome) == 1
    assert clock.waits == [1.0]  # Retry-After: 1, not the 10 ms backoff
    assert len(server.received) == 2


@pytest.mark.parametrize("kind", KINDS)
def test_an_honest_slow_answer_within_the_timeout_is_read(kind: str) -> None:
    body = INSTRUMENTS + b" " * 9  # 10 bytes trickled over ~0.5 s, well within the timeout
    with FaultServer(["slow-headers"], ok_body=body, drip_interval=0.005) as server:
        server.ok_body = b"[]"
        outcome = call(kind, server.url, timeout=5.0)
    assert outcome == [], outcome


# -- 3. a cap on the decoded body ----------------------------------------------------------

PEAK_RSS_SCRIPT = textwrap.dedent(
    """
    import json, resource, sys
    from coinspec.swapgate import Swapgate
    with Swapgate(base_url=sys.argv[1], max_retries=0, timeout=30) as client:
        try:
            client.list_instruments()
            outcome = "returned"
        except Exception as exc:
            outcome = type(exc).__name__ + ": " + str(exc)
    print(json.dumps({"outcome": outcome,
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
    """
)


def peak_rss_of_a_call(url: str) -> tuple[str, float]:
    """The outcome of one call in a fresh interpreter, and that process's peak RSS in MB."""
    done = subprocess.run(
        [sys.executable, "-c", PEAK_RSS_SCRIPT, url],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return report["outcome"], report["peak_mb"]


def baseline_rss() -> float:
    with FaultServer(["ok"], ok_body=INSTRUMENTS) as server:
        outcome, peak = peak_rss_of_a_call(server.url)
    assert outcome == "returned"
    return peak


@pytest.mark.parametrize("fault", ["huge-chunked", "gzip-bomb"])
def test_a_huge_body_is_refused_in_bounded_memory(fault: str) -> None:
    # 200 MB sent (or inflated from ~200 KB of gzip); the default cap is 32 MiB.
    base = baseline_rss()
    with FaultServer([fault], stream_bytes=200 * MB) as server:
        outcome, peak = peak_rss_of_a_call(server.url)
    assert outcome.startswith("SwapgateResponseTooLargeError"), outcome
    assert "max_response_bytes=33554432" in outcome
    assert peak - base < 32 + 48, f"peak {peak:.0f} MB against {base:.0f} MB for a tiny body"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("fault", ["huge-chunked", "gzip-bomb"])
def test_the_body_cap_is_a_client_option(kind: str, fault: str) -> None:
    with FaultServer([fault], stream_bytes=4 * MB) as server:
        outcome = call(kind, server.url, max_response_bytes=MB, max_retries=0)
    assert isinstance(outcome, SwapgateResponseTooLargeError), outcome
    assert isinstance(outcome, ResponseTooLargeError) and outcome.limit == MB
    assert "max_response_bytes=1048576" in str(outcome)


@pytest.mark.parametrize("kind", KINDS)
def test_a_declared_length_over_the_cap_is_refused_before_reading(kind: str) -> None:
    with FaultServer(["ok"], ok_body=b"[" + b" " * 2000 + b"]") as server:
        outcome = call(kind, server.url, max_response_bytes=1000)
    assert isinstance(outcome, SwapgateResponseTooLargeError), outcome
    assert "(Content-Length: 2002)" in str(outcome)


@pytest.mark.parametrize("kind", KINDS)
def test_a_gzipped_body_under_the_cap_is_read(kind: str) -> None:
    import gzip

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, content=gzip.compress(INSTRUMENTS), headers={"Content-Encoding": "gzip"}
        )

    if kind == "sync":
        with Swapgate(base_url="http://x", transport=httpx.MockTransport(answer)) as client:
            result = client.list_instruments()
    else:

        async def run() -> Any:
            transport = httpx.MockTransport(answer)
            async with AsyncSwapgate(base_url="http://x", transport=transport) as client:
                return await client.list_instruments()

        result = asyncio.run(run())
    assert result[0].currency_title == "ADA"


# -- 5. what a user can get wrong is refused with the SDK's own error, before sending -------


@pytest.mark.parametrize(
    ("settings", "says"),
    [
        ({"timeout": -1}, "timeout must be a finite number of seconds, more than 0: got -1"),
        ({"timeout": float("nan")}, "timeout must be a finite number of seconds"),
        ({"timeout": httpx.Timeout(5, connect=-1)}, "timeout.connect must be"),
        ({"deadline": 0}, "deadline must be a finite number of seconds, more than 0"),
        ({"max_retries": -1}, "max_retries must be 0 or more"),
        ({"max_retries": True}, "max_retries must be an int, not bool"),
        ({"max_response_bytes": 0}, "max_response_bytes must be more than 0 bytes"),
        ({"retry_backoff": float("inf")}, "retry_backoff must be a finite number"),
        ({"default_headers": {"X-Tag": "caf\u00e9"}}, "non-ASCII character at position 3"),
    ],
)
def test_bad_settings_are_refused_at_construction(settings: dict[str, Any], says: str) -> None:
    with pytest.raises(SwapgateConfigurationError) as raised:
        Swapgate(base_url="http://127.0.0.1:9", **settings)
    assert says in str(raised.value)
    assert isinstance(raised.value, ConfigurationError) and isinstance(raised.value, ValueError)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("per_call", "says"),
    [
        ({"timeout": -1}, "list_instruments: timeout must be a finite number of seconds"),
        ({"max_retries": -1}, "list_instruments: max_retries must be 0 or more"),
        ({"deadline": float("nan")}, "list_instruments: deadline must be a finite number"),
        ({"extra_headers": {"X-Tag": "caf\u00e9"}}, "non-ASCII character at position 3"),
        ({"extra_headers": {"X-Tag": "a\r\nX-Evil: 1"}}, "has a line break at position 1"),
    ],
)
def test_bad_call_arguments_are_refused_before_sending(
    kind: str, per_call: dict[str, Any], says: str
) -> None:
    with FaultServer(["ok"], ok_body=INSTRUMENTS) as server:
        outcome = call(kind, server.url, per_call=per_call)
    assert isinstance(outcome, SwapgateRequestError), outcome
    assert isinstance(outcome, RequestError) and isinstance(outcome, ValueError)
    assert says in str(outcome)
    assert server.received == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("header", ["nan", "inf", "-1", "1e9", "soon"])
def test_a_retry_after_that_is_no_delay_is_ignored(
    kind: str, header: str, clock: FakeClock
) -> None:
    with FaultServer(["429-retry-after", "ok"], ok_body=INSTRUMENTS, retry_after=header) as server:
        outcome = call(kind, server.url, timeout=1.0)
    assert len(outcome) == 1, outcome  # retried after the usual backoff, no raw ValueError
    assert len(clock.waits) == 1 and clock.waits[0] <= 0.01


@pytest.mark.parametrize(
    ("key", "says"),
    [
        ("sk-live-9f8e7d6c\n", "api_key has a line break at its end (read from a file? strip it)"),
        ("sk-live-\u00e99f8e7d6c", "api_key has a non-ASCII character at position 8"),
        (" sk-live-9f8e7d6c", "api_key starts or ends with whitespace"),
        ("sk-live 9f8e7d6c", "api_key has whitespace inside it"),
        ("sk-live-\x009f8e", "api_key has a control character at position 8"),
    ],
)
def test_a_key_that_cannot_be_sent_is_refused_without_showing_it(key: str, says: str) -> None:
    with pytest.raises(HodlHodlConfigurationError) as raised:
        HodlHodl(base_url="http://127.0.0.1:9", api_key=key)
    assert str(raised.value).startswith(says)
    assert "9f8e" not in repr(raised.value)


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("https://user:s3cr3t-pass@hodlhodl.com/api/v1", "base_url holds a user name or password"),
        ("https://s3cr3t-pass@hodlhodl.com", "base_url holds a user name or password"),
        ("ftp://hodlhodl.com", "base_url must start with https://"),
        ("https://", "base_url"),
        ("https://hodlhodl.com/api?key=s3cr3t-pass", "base_url must not have a query"),
    ],
)
def test_a_base_url_with_credentials_is_refused_without_showing_them(url: str, says: str) -> None:
    with pytest.raises(HodlHodlConfigurationError) as raised:
        HodlHodl(base_url=url, api_key="k")
    assert says in str(raised.value)
    assert "s3cr3t" not in str(raised.value) and "s3cr3t" not in repr(raised.value)


def test_honest_settings_are_kept() -> None:
    with HodlHodl(
        base_url="https://hodlhodl.com/api/v1",
        api_key="sk-live-9f8e7d6c",
        timeout=httpx.Timeout(5, connect=2),
        deadline=30,
        max_response_bytes=MB,
        default_headers={"X-Tag": "a b"},
    ) as client:
        assert client.base_url == "https://hodlhodl.com/api/v1"
        assert client.deadline == 30 and client.max_response_bytes == MB
    assert issubclass(HodlHodlConfigurationError, ValueError)
