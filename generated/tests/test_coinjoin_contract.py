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

from coinspec.coinjoin import AsyncCoinJoin as AsyncClient
from coinspec.coinjoin import CoinJoin as Client
from coinspec.coinjoin import errors
from coinspec.coinjoin.errors import CoinJoinError as ServiceError
from coinspec.coinjoin.errors import CoinJoinStatusError as StatusError
from coinspec.coinjoin.models import *  # noqa: F403

from . import contract

API = "coinjoin"
CREDENTIALS: dict[str, Any] = {"api_key": "test-api-key"}
# The spec's example client options; the mock gets the same, so their hooks run end to end.
OPTIONS: dict[str, str] = {"hmac_secret": "contract-test-secret"}

# Each operation called with the examples of its parameters and body.
ARGUMENTS: dict[str, dict[str, Any]] = {
    "get_status": {},
    "validate_address": {"btc_address": "n3PdePLBgEeTYk4nAhcbehsnjvr1i3LyYS"},
    "create_transaction": {
        "body": {
            "delay": "1",
            "payouts": ["mr9if7VDsVfEZ1qUo2u3trv6rU9eH7Yx4u", "mia3h2FdYvR2LbDR1to9u6TC62hiTbDKM9"],
            "refCode": "qljncygz",
        },
    },
    "list_transactions": {"limit": 2, "offset": 0},
    "get_transaction": {"id": "Q96G3MSNW8MPQRTX"},
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
    "get_status": (200, True),
    "validate_address": (200, True),
    "create_transaction": (200, True),
    "list_transactions": (200, True),
    "get_transaction": (200, True),
}
# Operations whose example body is sent as multipart/form-data.
MULTIPART: list[str] = []
# Every documented example response, with the type it must parse into.
EXAMPLES: list[tuple[str, int, Any]] = [
    ("get_status", 200, ServiceStatus),
    ("validate_address", 200, AddressValidation),
    ("create_transaction", 200, Transaction),
    ("create_transaction", 400, Error),
    ("list_transactions", 200, TransactionList),
    ("get_transaction", 200, Transaction),
]
# Every documented error status, with the exception it must raise.
ERRORS: list[tuple[str, int, type[StatusError]]] = [
    ("get_status", 403, errors.ForbiddenError),
    ("get_status", 503, errors.ServiceUnavailableError),
    ("validate_address", 400, errors.BadRequestError),
    ("validate_address", 403, errors.ForbiddenError),
    ("validate_address", 404, errors.NotFoundError),
    ("validate_address", 503, errors.ServiceUnavailableError),
    ("create_transaction", 400, errors.BadRequestError),
    ("create_transaction", 401, errors.UnauthorizedError),
    ("create_transaction", 403, errors.ForbiddenError),
    ("create_transaction", 503, errors.ServiceUnavailableError),
    ("list_transactions", 400, errors.BadRequestError),
    ("list_transactions", 401, errors.UnauthorizedError),
    ("list_transactions", 403, errors.ForbiddenError),
    ("list_transactions", 503, errors.ServiceUnavailableError),
    ("get_transaction", 400, errors.BadRequestError),
    ("get_transaction", 401, errors.UnauthorizedError),
    ("get_transaction", 403, errors.ForbiddenError),
    ("get_transaction", 404, errors.NotFoundError),
    ("get_transaction", 503, errors.ServiceUnavailableError),
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
