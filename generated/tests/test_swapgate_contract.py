"""Contract tests of coinspec.swapgate, generated from specs/swapgate.yaml.

Against the built-in mock (default) every operation's request must be accepted, every
example must parse and dump back to the same JSON, and every documented error status must
raise its exception class. With ``--base-url URL`` the requests go to that server instead,
and its responses are also checked against the spec's schemas.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from pydantic import TypeAdapter

from coinspec.swapgate import AsyncSwapgate, Swapgate
from coinspec.swapgate import errors
from coinspec.swapgate.models import *  # noqa: F403

from . import contract

API = "swapgate"
CREDENTIALS: dict[str, Any] = {}
# The spec's example client options; the mock gets the same, so their hooks run end to end.
OPTIONS: dict[str, str] = {}

# Each operation called with the examples of its parameters and body.
ARGUMENTS: dict[str, dict[str, Any]] = {
    "list_instruments": {},
    "get_rates_info": {
        "instrument_from_currency_title": "BTC",
        "instrument_from_network_title": "BTC",
        "instrument_to_currency_title": "USDT",
        "instrument_to_network_title": "TRC20",
        "claimed_deposit_amount": "1",
    },
    "validate_address": {
        "body": {
            "currencyTitle": "BTC",
            "networkTitle": "BTC",
            "address": "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
        }
    },
    "create_order": {
        "body": {
            "instrumentFrom": {"currencyTitle": "USDT", "networkTitle": "TRC20"},
            "instrumentTo": {"currencyTitle": "BTC", "networkTitle": "BTC"},
            "destinationAddress": "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
            "destinationAddressMemo": None,
            "refundAddress": None,
            "refundAddressMemo": None,
            "claimedDepositAmount": 43350,
            "userEmail": None,
            "referrerId": "aff_41",
        }
    },
    "get_order_info": {
        "order_id": 31954,
        "destination_address": "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
    },
    "set_email": {"body": {"orderId": 31954, "userEmail": "test_294614693@test.com"}},
}


@pytest.fixture(scope="module")
def target(live_url: str | None) -> Iterator[contract.Target]:
    yield from contract.target(API, live_url, OPTIONS)


@pytest.fixture
def client(target: contract.Target) -> Iterator[Swapgate]:
    options = {} if target.live else OPTIONS
    with Swapgate(base_url=target.url, max_retries=0, **CREDENTIALS, **options) as client:
        yield client


def _mock_only(target: contract.Target) -> None:
    if target.live:
        pytest.skip("a live server cannot be asked for a given status")


def test_list_instruments_request_is_accepted(target: contract.Target, client: Swapgate) -> None:
    raw = client.with_raw_response.list_instruments(**ARGUMENTS["list_instruments"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "list_instruments", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_instruments"


def test_list_instruments_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(list[Instrument])
    example = contract.example(API, "list_instruments", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_rates_info_request_is_accepted(target: contract.Target, client: Swapgate) -> None:
    raw = client.with_raw_response.get_rates_info(**ARGUMENTS["get_rates_info"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "get_rates_info", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_rates_info"


def test_get_rates_info_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(RatesInfo)
    example = contract.example(API, "get_rates_info", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (406, errors.NotAcceptableError),
        (422, errors.UnprocessableEntityError),
    ],
)
def test_get_rates_info_documented_errors_raise(
    target: contract.Target, client: Swapgate, status: int, error: type[errors.SwapgateStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.get_rates_info(
            **ARGUMENTS["get_rates_info"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.SwapgateError)


def test_validate_address_request_is_accepted(target: contract.Target, client: Swapgate) -> None:
    raw = client.with_raw_response.validate_address(**ARGUMENTS["validate_address"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "validate_address", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "validate_address"


def test_validate_address_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(bool)
    example = contract.example(API, "validate_address", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_order_request_is_accepted(target: contract.Target, client: Swapgate) -> None:
    raw = client.with_raw_response.create_order(**ARGUMENTS["create_order"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "create_order", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "create_order"


def test_create_order_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Order)
    example = contract.example(API, "create_order", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_order_info_request_is_accepted(target: contract.Target, client: Swapgate) -> None:
    raw = client.with_raw_response.get_order_info(**ARGUMENTS["get_order_info"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "get_order_info", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_order_info"


def test_get_order_info_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(OrderStatus)
    example = contract.example(API, "get_order_info", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_set_email_request_is_accepted(target: contract.Target, client: Swapgate) -> None:
    raw = client.with_raw_response.set_email(**ARGUMENTS["set_email"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "set_email", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "set_email"


def test_set_email_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Order)
    example = contract.example(API, "set_email", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, errors.BadRequestError),
        (403, errors.ForbiddenError),
        (404, errors.NotFoundError),
        (422, errors.UnprocessableEntityError),
    ],
)
def test_set_email_documented_errors_raise(
    target: contract.Target, client: Swapgate, status: int, error: type[errors.SwapgateStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.set_email(**ARGUMENTS["set_email"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.SwapgateError)


@pytest.mark.parametrize("operation", sorted(ARGUMENTS))
def test_async_client_calls_every_operation(target: contract.Target, operation: str) -> None:
    async def call() -> int:
        options = {} if target.live else OPTIONS
        async with AsyncSwapgate(
            base_url=target.url, max_retries=0, **CREDENTIALS, **options
        ) as client:
            raw = await getattr(client.with_raw_response, operation)(**ARGUMENTS[operation])
            return int(raw.status_code)

    assert 200 <= asyncio.run(call()) < 300
