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

from coinspec.swapgate import AsyncSwapgate as AsyncClient
from coinspec.swapgate import Swapgate as Client
from coinspec.swapgate import errors
from coinspec.swapgate.errors import SwapgateError as ServiceError
from coinspec.swapgate.errors import SwapgateStatusError as StatusError
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
        },
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
        },
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
def client(target: contract.Target) -> Iterator[Client]:
    options = {} if target.live else OPTIONS
    with Client(base_url=target.url, max_retries=0, **CREDENTIALS, **options) as client:
        yield client


def _mock_only(target: contract.Target) -> None:
    if target.live:
        pytest.skip("a live server cannot be asked for a given status")


# What each operation answers when it succeeds, and whether that answer has a schema to check.
SUCCESS: dict[str, tuple[int, bool]] = {
    "list_instruments": (200, True),
    "get_rates_info": (200, True),
    "validate_address": (200, True),
    "create_order": (200, True),
    "get_order_info": (200, True),
    "set_email": (200, True),
}
# Operations whose example body is sent as multipart/form-data.
MULTIPART: list[str] = []
# Every documented example response, with the type it must parse into.
EXAMPLES: list[tuple[str, int, Any]] = [
    ("list_instruments", 200, list[Instrument]),
    ("get_rates_info", 200, RatesInfo),
    ("validate_address", 200, bool),
    ("create_order", 200, Order),
    ("get_order_info", 200, OrderStatus),
    ("set_email", 200, Order),
]
# Every documented error status, with the exception it must raise.
ERRORS: list[tuple[str, int, type[StatusError]]] = [
    ("get_rates_info", 406, errors.NotAcceptableError),
    ("get_rates_info", 422, errors.UnprocessableEntityError),
    ("set_email", 400, errors.BadRequestError),
    ("set_email", 403, errors.ForbiddenError),
    ("set_email", 404, errors.NotFoundError),
    ("set_email", 422, errors.UnprocessableEntityError),
]


@pytest.mark.parametrize("operation", list(SUCCESS))
def test_request_is_accepted(target: contract.Target, client: Client, operation: str) -> None:
    raw = getattr(client.with_raw_response, operation)(**ARGUMENTS[operation])
    status, has_schema = SUCCESS[operation]
    assert raw.status_code == status
    if target.live and has_schema:
        contract.assert_matches_schema(API, operation, raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == operation
        if operation in MULTIPART:
            # Every field of the example arrived as its own part; files with their content.
            form = target.mock.received[-1].form
            for name, value in ARGUMENTS[operation]["body"].items():
                part = form[name]
                sent = part[1] if isinstance(part, tuple) else part
                assert sent in (str(value), str(value).encode())


@pytest.mark.parametrize(
    ("operation", "status", "annotation"), EXAMPLES, ids=contract.ids(EXAMPLES)
)
def test_example_round_trips(operation: str, status: int, annotation: Any) -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(annotation)
    example = contract.example(API, operation, status)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(("operation", "status", "error"), ERRORS, ids=contract.ids(ERRORS))
def test_documented_error_raises(
    target: contract.Target, client: Client, operation: str, status: int, error: type[StatusError]
) -> None:
    _mock_only(target)
    prefer = {"Prefer": f"code={status}"}
    with pytest.raises(error) as caught:
        getattr(client, operation)(**ARGUMENTS[operation], extra_headers=prefer)
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, ServiceError)


@pytest.mark.parametrize("operation", list(SUCCESS))
def test_async_client_calls_every_operation(target: contract.Target, operation: str) -> None:
    async def call() -> int:
        options = {} if target.live else dict(OPTIONS)
        options.update(CREDENTIALS)
        async with AsyncClient(base_url=target.url, max_retries=0, **options) as client:
            raw = await getattr(client.with_raw_response, operation)(**ARGUMENTS[operation])
            return int(raw.status_code)

    assert 200 <= asyncio.run(call()) < 300
