"""What is sent is what the user meant (issue #14 items 6, 7, 8): an argument that would
change the endpoint, a missing required one and an inexact amount are refused with the
SDK's RequestError before anything is sent; honest ones go out as given."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any
from urllib.parse import unquote

import pytest

from coinspec import RequestError
from coinspec.atomic import AsyncAtomic, Atomic, AtomicRequestError
from coinspec.hodlhodl import AsyncHodlHodl, HodlHodl, HodlHodlRequestError
from coinspec.swapgate import AsyncSwapgate, Swapgate, SwapgateRequestError

from .server import FaultServer

KINDS = ["sync", "async"]
CLIENTS: dict[str, tuple[type[Any], type[Any], dict[str, Any]]] = {
    "hodlhodl": (HodlHodl, AsyncHodlHodl, {"api_key": "k"}),
    "atomic": (Atomic, AsyncAtomic, {}),
    "swapgate": (Swapgate, AsyncSwapgate, {}),
}


def call(kind: str, service: str, url: str, operation: str, **arguments: Any) -> Any:
    """One call of ``operation`` with the sync or the async client; its result or its error."""
    sync, asynchronous, settings = CLIENTS[service]
    options = {"base_url": url, "max_retries": 0, **settings}
    try:
        if kind == "sync":
            with sync(**options) as client:
                return getattr(client, operation)(**arguments)

        async def run() -> Any:
            async with asynchronous(**options) as client:
                return await getattr(client, operation)(**arguments)

        return asyncio.run(run())
    except Exception as exc:
        return exc


# -- 6. a path parameter names a resource, it never moves the request elsewhere ------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("value", ["..", ".", ""])
@pytest.mark.parametrize(
    ("service", "operation", "argument", "error"),
    [
        ("hodlhodl", "get_contract", "id", HodlHodlRequestError),
        ("atomic", "get_user", "user_id", AtomicRequestError),
    ],
)
def test_a_path_parameter_that_would_change_the_endpoint_is_refused(
    kind: str, value: str, service: str, operation: str, argument: str, error: type[Exception]
) -> None:
    with FaultServer(["ok"], ok_body=b"{}") as server:
        outcome = call(kind, service, server.url, operation, **{argument: value})
    assert isinstance(outcome, error), outcome
    assert isinstance(outcome, RequestError) and isinstance(outcome, ValueError)
    assert f"{value!r} would change the endpoint" in str(outcome)
    assert f"(path parameter {argument.replace('_', '-')!r})" in str(outcome)
    assert server.received == []  # nothing sent, so no credential went anywhere


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("value", ["c1", "a/b", "..x", "%2e%2e", "?x=1#y"])
def test_a_path_parameter_is_sent_as_one_encoded_segment(kind: str, value: str) -> None:
    with FaultServer(["error-envelope"]) as server:
        call(kind, "hodlhodl", server.url, "get_contract", id=value)
    [received] = server.received
    prefix, _, segment = received.path.rpartition("/")
    assert prefix == "/contracts" and unquote(segment) == value


# -- 7. a required query parameter given as None -----------------------------------------

RATES = {
    "instrument_from_currency_title": "USDT",
    "instrument_from_network_title": "TRC20",
    "instrument_to_currency_title": "BTC",
    "instrument_to_network_title": "BTC",
}


@pytest.mark.parametrize("kind", KINDS)
def test_none_for_a_required_query_parameter_is_refused(kind: str) -> None:
    with FaultServer(["ok"], ok_body=b"{}") as server:
        outcome = call(
            kind,
            "swapgate",
            server.url,
            "get_rates_info",
            **{**RATES, "instrument_to_network_title": None},
        )
    assert isinstance(outcome, SwapgateRequestError), outcome
    assert "query parameter 'instrumentToNetworkTitle' is required: got None" in str(outcome)
    assert server.received == []


@pytest.mark.parametrize("kind", KINDS)
def test_an_optional_query_parameter_left_none_is_left_out(kind: str) -> None:
    with FaultServer(["ok"], ok_body=b"{}") as server:
        call(kind, "swapgate", server.url, "get_rates_info", **RATES)
    [received] = server.received
    assert "claimedDepositAmount" not in received.path
    assert "instrumentToNetworkTitle=BTC" in received.path


# -- 8. exact means exact: no bool, float, underscore string, NaN or infinity -------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("amount", "says"),
    [
        (Decimal("NaN"), "NaN is not a finite number"),
        (Decimal("Infinity"), "Infinity is not a finite number"),
        (Decimal("-Infinity"), "-Infinity is not a finite number"),
        (True, "expected an int or a Decimal, not bool True"),
        ("1_000", "expected an int or a Decimal, not str '1_000'"),
        (1.5, "amounts are exact: got float 1.5; use Decimal"),
    ],
)
def test_an_inexact_query_amount_is_refused(kind: str, amount: Any, says: str) -> None:
    with FaultServer(["ok"], ok_body=b"{}") as server:
        outcome = call(
            kind, "swapgate", server.url, "get_rates_info", **RATES, claimed_deposit_amount=amount
        )
    assert isinstance(outcome, SwapgateRequestError), outcome
    assert says in str(outcome) and "'claimedDepositAmount'" in str(outcome)
    assert server.received == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("amount", "sent"), [(Decimal("0.00316"), "0.00316"), (43350, "43350"), ("12.5", "12.5")]
)
def test_an_exact_query_amount_is_sent_as_written(kind: str, amount: Any, sent: str) -> None:
    with FaultServer(["ok"], ok_body=b"{}") as server:
        call(kind, "swapgate", server.url, "get_rates_info", **RATES, claimed_deposit_amount=amount)
    [received] = server.received
    assert f"claimedDepositAmount={sent}" in received.path


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("order_id", [True, 1.0, "1_000", "7", Decimal("7.5")])
def test_an_integer_query_parameter_takes_only_an_integer(kind: str, order_id: Any) -> None:
    with FaultServer(["ok"], ok_body=b"{}") as server:
        outcome = call(
            kind,
            "swapgate",
            server.url,
            "get_order_info",
            order_id=order_id,
            destination_address="x",
        )
    assert isinstance(outcome, SwapgateRequestError), outcome
    assert "query parameter 'orderId'" in str(outcome)
    assert server.received == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(("order_id", "sent"), [(7, "7"), (Decimal("7"), "7"), (2**70, str(2**70))])
def test_an_integer_query_parameter_takes_an_int_or_a_whole_decimal(
    kind: str, order_id: Any, sent: str
) -> None:
    with FaultServer(["ok"], ok_body=b"{}") as server:
        call(
            kind,
            "swapgate",
            server.url,
            "get_order_info",
            order_id=order_id,
            destination_address="x",
        )
    [received] = server.received
    assert f"orderId={sent}&" in received.path or received.path.endswith(f"orderId={sent}")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("amount", [True, 1.0, "1_000", "1000"])
def test_an_integer_amount_in_a_body_takes_only_an_int(kind: str, amount: Any) -> None:
    with FaultServer(["ok"], ok_body=b"{}") as server:
        outcome = call(
            kind,
            "atomic",
            server.url,
            "create_order",
            user_id="u1",
            order_id="o1",
            body={"source-coin": "BTC", "source-amount": amount},
        )
    assert isinstance(outcome, AtomicRequestError), outcome
    assert "source-amount" in str(outcome) or "source_amount" in str(outcome)
    assert server.received == []


@pytest.mark.parametrize("kind", KINDS)
def test_an_integer_amount_in_a_body_is_sent_exactly(kind: str) -> None:
    big = 2**80 + 1  # amounts in wei pass 64 bits
    with FaultServer(["ok"], ok_body=b"{}") as server:
        call(
            kind,
            "atomic",
            server.url,
            "create_order",
            user_id="u1",
            order_id="o1",
            body={"source-coin": "BTC", "source-amount": big},
        )
    [received] = server.received
    assert f'"source-amount":{big}'.encode() in received.body
