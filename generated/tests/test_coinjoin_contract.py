"""Contract tests of coinspec.coinjoin, generated from specs/coinjoin.yaml.

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

from coinspec.coinjoin import AsyncCoinJoin, CoinJoin
from coinspec.coinjoin import errors
from coinspec.coinjoin.models import *  # noqa: F403

from . import contract

API = "coinjoin"
CREDENTIALS: dict[str, Any] = {
    "api_key": "test-api-key",
}
# The spec's example client options; the mock gets the same, so their hooks run end to end.
OPTIONS: dict[str, str] = {
    "hmac_secret": "contract-test-secret",
}

# Each operation called with the examples of its parameters and body.
ARGUMENTS: dict[str, dict[str, Any]] = {
    "get_status": {},
    "validate_address": {
        "btc_address": "n3PdePLBgEeTYk4nAhcbehsnjvr1i3LyYS",
    },
    "create_transaction": {
        "body": {
            "delay": "1",
            "payouts": ["mr9if7VDsVfEZ1qUo2u3trv6rU9eH7Yx4u", "mia3h2FdYvR2LbDR1to9u6TC62hiTbDKM9"],
            "refCode": "qljncygz",
        }
    },
    "list_transactions": {
        "limit": 2,
        "offset": 0,
    },
    "get_transaction": {
        "id": "Q96G3MSNW8MPQRTX",
    },
}


@pytest.fixture(scope="module")
def target(live_url: str | None) -> Iterator[contract.Target]:
    yield from contract.target(API, live_url, OPTIONS)


@pytest.fixture
def client(target: contract.Target) -> Iterator[CoinJoin]:
    options = {} if target.live else OPTIONS
    with CoinJoin(base_url=target.url, max_retries=0, **CREDENTIALS, **options) as client:
        yield client


def _mock_only(target: contract.Target) -> None:
    if target.live:
        pytest.skip("a live server cannot be asked for a given status")


def test_get_status_request_is_accepted(target: contract.Target, client: CoinJoin) -> None:
    raw = client.with_raw_response.get_status(**ARGUMENTS["get_status"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "get_status", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_status"


def test_get_status_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ServiceStatus)
    example = contract.example(API, "get_status", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (403, errors.ForbiddenError),
        (503, errors.ServiceUnavailableError),
    ],
)
def test_get_status_documented_errors_raise(
    target: contract.Target, client: CoinJoin, status: int, error: type[errors.CoinJoinStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.get_status(**ARGUMENTS["get_status"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CoinJoinError)


def test_validate_address_request_is_accepted(target: contract.Target, client: CoinJoin) -> None:
    raw = client.with_raw_response.validate_address(**ARGUMENTS["validate_address"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "validate_address", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "validate_address"


def test_validate_address_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(AddressValidation)
    example = contract.example(API, "validate_address", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, errors.BadRequestError),
        (403, errors.ForbiddenError),
        (404, errors.NotFoundError),
        (503, errors.ServiceUnavailableError),
    ],
)
def test_validate_address_documented_errors_raise(
    target: contract.Target, client: CoinJoin, status: int, error: type[errors.CoinJoinStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.validate_address(
            **ARGUMENTS["validate_address"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CoinJoinError)


def test_create_transaction_request_is_accepted(target: contract.Target, client: CoinJoin) -> None:
    raw = client.with_raw_response.create_transaction(**ARGUMENTS["create_transaction"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "create_transaction", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "create_transaction"


def test_create_transaction_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Transaction)
    example = contract.example(API, "create_transaction", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_transaction_400_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "create_transaction", 400)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, errors.BadRequestError),
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (503, errors.ServiceUnavailableError),
    ],
)
def test_create_transaction_documented_errors_raise(
    target: contract.Target, client: CoinJoin, status: int, error: type[errors.CoinJoinStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.create_transaction(
            **ARGUMENTS["create_transaction"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CoinJoinError)


def test_list_transactions_request_is_accepted(target: contract.Target, client: CoinJoin) -> None:
    raw = client.with_raw_response.list_transactions(**ARGUMENTS["list_transactions"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "list_transactions", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_transactions"


def test_list_transactions_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(TransactionList)
    example = contract.example(API, "list_transactions", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, errors.BadRequestError),
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (503, errors.ServiceUnavailableError),
    ],
)
def test_list_transactions_documented_errors_raise(
    target: contract.Target, client: CoinJoin, status: int, error: type[errors.CoinJoinStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.list_transactions(
            **ARGUMENTS["list_transactions"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CoinJoinError)


def test_get_transaction_request_is_accepted(target: contract.Target, client: CoinJoin) -> None:
    raw = client.with_raw_response.get_transaction(**ARGUMENTS["get_transaction"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "get_transaction", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_transaction"


def test_get_transaction_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Transaction)
    example = contract.example(API, "get_transaction", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, errors.BadRequestError),
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (404, errors.NotFoundError),
        (503, errors.ServiceUnavailableError),
    ],
)
def test_get_transaction_documented_errors_raise(
    target: contract.Target, client: CoinJoin, status: int, error: type[errors.CoinJoinStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.get_transaction(
            **ARGUMENTS["get_transaction"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CoinJoinError)


@pytest.mark.parametrize("operation", sorted(ARGUMENTS))
def test_async_client_calls_every_operation(target: contract.Target, operation: str) -> None:
    async def call() -> int:
        options = {} if target.live else OPTIONS
        async with AsyncCoinJoin(
            base_url=target.url, max_retries=0, **CREDENTIALS, **options
        ) as client:
            raw = await getattr(client.with_raw_response, operation)(**ARGUMENTS[operation])
            return int(raw.status_code)

    assert 200 <= asyncio.run(call()) < 300
