"""Contract tests of coinspec.hodlhodl, generated from specs/hodlhodl.yaml.

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

from coinspec.hodlhodl import AsyncHodlHodl, HodlHodl
from coinspec.hodlhodl import errors
from coinspec.hodlhodl.models import *  # noqa: F403

from . import contract

API = "hodlhodl"
CREDENTIALS: dict[str, Any] = {
    "api_key": "test-api-key",
}
# The spec's example client options; the mock gets the same, so their hooks run end to end.
OPTIONS: dict[str, str] = {
    "network": "testnet",
}

# Each operation called with the examples of its parameters and body.
ARGUMENTS: dict[str, dict[str, Any]] = {
    "list_chat_messages": {
        "contract_id": "sKoce3wyHIAeb8Yu",
    },
    "get_contract": {
        "id": "ypnTAScVMSrc1f59",
    },
    "list_my_contracts": {
        "pagination": {"limit": 50, "offset": 0},
        "filters": {"status": "pending"},
    },
    "create_contract": {
        "body": {
            "contract": {
                "offer_id": "9QTmnkDTE2g1abyL",
                "offer_version": "219ed5hb",
                "payment_method_instruction_id": 4576,
                "payment_method_instruction_version": "219ed5h9",
                "comment": "I accept your offer",
                "value": 3500,
            }
        }
    },
    "confirm_contract": {
        "id": "smZwD50WTCPS8Vim",
    },
    "mark_contract_as_paid": {
        "id": "7dvGC4G9WbLWD4wm",
    },
    "cancel_contract": {
        "id": "hUSReZTf1OtE99gC",
    },
    "get_release_transaction": {
        "id": "r7or3lOu01ue9CWq",
    },
    "sign_release_transaction": {"id": "i10zKvZLCVGVUnMM", "body": {"hex": "123..."}},
    "get_refund_transaction": {
        "id": "0M4fL1lBydK6tkFw",
        "release_address": "n4VQ5YdHf7hLQ2gWQYYrcxoE5B7nWuDFNF",
    },
    "sign_refund_transaction": {"id": "oYG9dyXNwAD8k7LZ", "body": {"hex": "123..."}},
    "start_contract_dispute": {
        "id": "toMfnh42h3rApMPH",
    },
    "list_countries": {},
    "list_currencies": {},
    "list_exchange_rate_providers": {},
    "read_notifications": {},
    "get_offer": {
        "id": "WnMI7IiGUuSClLYY",
    },
    "update_offer": {
        "id": "XxLINUhkgAJ8dQR3",
        "body": {"offer": {"title": "New title", "description": "New description"}},
    },
    "delete_offer": {
        "id": "yujPdhTEFZ3OgUuj",
    },
    "list_offers": {
        "pagination": {"limit": 50, "offset": 0},
        "filters": {"user_average_release_time_minutes_max": 25},
        "sort": {"by": "payment_window_minutes", "direction": "asc"},
    },
    "create_offer": {
        "body": {
            "offer": {
                "asset_code": "BTC",
                "currency_code": "USD",
                "price_source": "fixed_value",
                "price": Decimal("700.0"),
                "balance": 20000,
                "side": "buy",
                "country_code": "AU",
                "min_amount": Decimal("1.0"),
                "max_amount": Decimal("6000.0"),
                "first_trade_limit": 100,
                "for_experienced_users": False,
                "confirmations": 2,
                "payment_window_minutes": 30,
                "working_hours_start_utc": "02:00",
                "working_hours_end_utc": "06:00",
                "description": "The Description",
                "title": "The Title",
                "enabled": True,
                "private": False,
                "payment_method_ids": [4461],
            }
        }
    },
    "list_my_offers": {},
    "fetch_new_offers": {
        "pagination": {"newer_than_id": "l0Bv4L30ktAk4wfm"},
        "filters": {"user_average_release_time_minutes_max": 25},
    },
    "get_exchange_rate_price": {
        "asset_code": "BTC",
        "currency_code": "USD",
        "provider": "Bitstamp",
        "deviation": "40",
        "sign": "+",
        "unit": "currency",
    },
    "get_expression_price": {
        "expression": "(Bitstamp_BTC_USD - 200) * 1.1",
    },
    "list_payment_method_instructions": {},
    "create_payment_method_instruction": {
        "body": {
            "payment_method_instruction": {
                "name": "Bank account #1",
                "details": "Pay to account No. 12345",
                "payment_method_id": 4469,
            }
        }
    },
    "get_payment_method_instruction": {
        "id": "4601",
    },
    "delete_payment_method_instruction": {
        "id": "4602",
    },
    "list_payment_methods": {
        "filters": {"country": "China"},
    },
    "get_me": {},
}


@pytest.fixture(scope="module")
def target(live_url: str | None) -> Iterator[contract.Target]:
    yield from contract.target(API, live_url, OPTIONS)


@pytest.fixture
def client(target: contract.Target) -> Iterator[HodlHodl]:
    options = {} if target.live else OPTIONS
    with HodlHodl(base_url=target.url, max_retries=0, **CREDENTIALS, **options) as client:
        yield client


def _mock_only(target: contract.Target) -> None:
    if target.live:
        pytest.skip("a live server cannot be asked for a given status")


def test_list_chat_messages_request_is_accepted(target: contract.Target, client: HodlHodl) -> None:
    raw = client.with_raw_response.list_chat_messages(**ARGUMENTS["list_chat_messages"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "list_chat_messages", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_chat_messages"


def test_list_chat_messages_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ChatMessageListEnvelope)
    example = contract.example(API, "list_chat_messages", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_chat_messages_404_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "list_chat_messages", 404)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_chat_messages_503_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "list_chat_messages", 503)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (404, errors.NotFoundError),
        (503, errors.ServiceUnavailableError),
    ],
)
def test_list_chat_messages_documented_errors_raise(
    target: contract.Target, client: HodlHodl, status: int, error: type[errors.HodlHodlStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.list_chat_messages(
            **ARGUMENTS["list_chat_messages"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.HodlHodlError)


def test_get_contract_request_is_accepted(target: contract.Target, client: HodlHodl) -> None:
    raw = client.with_raw_response.get_contract(**ARGUMENTS["get_contract"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "get_contract", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_contract"


def test_get_contract_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ContractEnvelope)
    example = contract.example(API, "get_contract", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_contract_404_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "get_contract", 404)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_contract_503_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "get_contract", 503)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (404, errors.NotFoundError),
        (503, errors.ServiceUnavailableError),
    ],
)
def test_get_contract_documented_errors_raise(
    target: contract.Target, client: HodlHodl, status: int, error: type[errors.HodlHodlStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.get_contract(**ARGUMENTS["get_contract"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.HodlHodlError)


def test_list_my_contracts_request_is_accepted(target: contract.Target, client: HodlHodl) -> None:
    raw = client.with_raw_response.list_my_contracts(**ARGUMENTS["list_my_contracts"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "list_my_contracts", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_my_contracts"


def test_list_my_contracts_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ContractListEnvelope)
    example = contract.example(API, "list_my_contracts", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_my_contracts_503_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "list_my_contracts", 503)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (503, errors.ServiceUnavailableError),
    ],
)
def test_list_my_contracts_documented_errors_raise(
    target: contract.Target, client: HodlHodl, status: int, error: type[errors.HodlHodlStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.list_my_contracts(
            **ARGUMENTS["list_my_contracts"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.HodlHodlError)


def test_create_contract_request_is_accepted(target: contract.Target, client: HodlHodl) -> None:
    raw = client.with_raw_response.create_contract(**ARGUMENTS["create_contract"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "create_contract", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "create_contract"


def test_create_contract_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ContractEnvelope)
    example = contract.example(API, "create_contract", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_contract_400_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "create_contract", 400)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_contract_422_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "create_contract", 422)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_contract_503_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "create_contract", 503)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, errors.BadRequestError),
        (422, errors.UnprocessableEntityError),
        (503, errors.ServiceUnavailableError),
    ],
)
def test_create_contract_documented_errors_raise(
    target: contract.Target, client: HodlHodl, status: int, error: type[errors.HodlHodlStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.create_contract(
            **ARGUMENTS["create_contract"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.HodlHodlError)


def test_confirm_contract_request_is_accepted(target: contract.Target, client: HodlHodl) -> None:
    raw = client.with_raw_response.confirm_contract(**ARGUMENTS["confirm_contract"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "confirm_contract", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "confirm_contract"


def test_confirm_contract_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ContractEnvelope)
    example = contract.example(API, "confirm_contract", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_confirm_contract_404_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "confirm_contract", 404)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_confirm_contract_422_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "confirm_contract", 422)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_confirm_contract_503_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "confirm_contract", 503)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (404, errors.NotFoundError),
        (422, errors.UnprocessableEntityError),
        (503, errors.ServiceUnavailableError),
    ],
)
def test_confirm_contract_documented_errors_raise(
    target: contract.Target, client: HodlHodl, status: int, error: type[errors.HodlHodlStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.confirm_contract(
            **ARGUMENTS["confirm_contract"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.HodlHodlError)


def test_mark_contract_as_paid_request_is_accepted(
    target: contract.Target, client: HodlHodl
) -> None:
    raw = client.with_raw_response.mark_contract_as_paid(**ARGUMENTS["mark_contract_as_paid"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "mark_contract_as_paid", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "mark_contract_as_paid"


def test_mark_contract_as_paid_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ContractEnvelope)
    example = contract.example(API, "mark_contract_as_paid", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_mark_contract_as_paid_404_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "mark_contract_as_paid", 404)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_mark_contract_as_paid_422_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "mark_contract_as_paid", 422)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_mark_contract_as_paid_503_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "mark_contract_as_paid", 503)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (404, errors.NotFoundError),
        (422, errors.UnprocessableEntityError),
        (503, errors.ServiceUnavailableError),
    ],
)
def test_mark_contract_as_paid_documented_errors_raise(
    target: contract.Target, client: HodlHodl, status: int, error: type[errors.HodlHodlStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.mark_contract_as_paid(
            **ARGUMENTS["mark_contract_as_paid"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.HodlHodlError)


def test_cancel_contract_request_is_accepted(target: contract.Target, client: HodlHodl) -> None:
    raw = client.with_raw_response.cancel_contract(**ARGUMENTS["cancel_contract"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "cancel_contract", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "cancel_contract"


def test_cancel_contract_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ContractEnvelope)
    example = contract.example(API, "cancel_contract", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_cancel_contract_404_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "cancel_contract", 404)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_cancel_contract_422_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "cancel_contract", 422)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_cancel_contract_503_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "cancel_contract", 503)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (404, errors.NotFoundError),
        (422, errors.UnprocessableEntityError),
        (503, errors.ServiceUnavailableError),
    ],
)
def test_cancel_contract_documented_errors_raise(
    target: contract.Target, client: HodlHodl, status: int, error: type[errors.HodlHodlStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.cancel_contract(
            **ARGUMENTS["cancel_contract"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.HodlHodlError)


def test_get_release_transaction_request_is_accepted(
    target: contract.Target, client: HodlHodl
) -> None:
    raw = client.with_raw_response.get_release_transaction(**ARGUMENTS["get_release_transaction"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "get_release_transaction", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_release_transaction"


def test_get_release_transaction_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ContractTransactionEnvelope)
    example = contract.example(API, "get_release_transaction", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_release_transaction_404_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "get_release_transaction", 404)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_release_transaction_503_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "get_release_transaction", 503)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (404, errors.NotFoundError),
        (503, errors.ServiceUnavailableError),
    ],
)
def test_get_release_transaction_documented_errors_raise(
    target: contract.Target, client: HodlHodl, status: int, error: type[errors.HodlHodlStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.get_release_transaction(
            **ARGUMENTS["get_release_transaction"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.HodlHodlError)


def test_sign_release_transaction_request_is_accepted(
    target: contract.Target, client: HodlHodl
) -> None:
    raw = client.with_raw_response.sign_release_transaction(**ARGUMENTS["sign_release_transaction"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(
            API, "sign_release_transaction", raw.status_code, raw.content
        )
    if target.mock is not None:
        assert target.mock.received[-1].operation == "sign_release_transaction"


def test_sign_release_transaction_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ContractEnvelope)
    example = contract.example(API, "sign_release_transaction", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_sign_release_transaction_400_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "sign_release_transaction", 400)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_sign_release_transaction_404_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "sign_release_transaction", 404)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_sign_release_transaction_422_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "sign_release_transaction", 422)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_sign_release_transaction_503_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "sign_release_transaction", 503)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, errors.BadRequestError),
        (404, errors.NotFoundError),
        (422, errors.UnprocessableEntityError),
        (503, errors.ServiceUnavailableError),
    ],
)
def test_sign_release_transaction_documented_errors_raise(
    target: contract.Target, client: HodlHodl, status: int, error: type[errors.HodlHodlStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.sign_release_transaction(
            **ARGUMENTS["sign_release_transaction"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.HodlHodlError)


def test_get_refund_transaction_request_is_accepted(
    target: contract.Target, client: HodlHodl
) -> None:
    raw = client.with_raw_response.get_refund_transaction(**ARGUMENTS["get_refund_transaction"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "get_refund_transaction", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_refund_transaction"


def test_get_refund_transaction_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ContractTransactionEnvelope)
    example = contract.example(API, "get_refund_transaction", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_refund_transaction_400_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "get_refund_transaction", 400)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_refund_transaction_404_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "get_refund_transaction", 404)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_refund_transaction_503_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "get_refund_transaction", 503)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, errors.BadRequestError),
        (404, errors.NotFoundError),
        (503, errors.ServiceUnavailableError),
    ],
)
def test_get_refund_transaction_documented_errors_raise(
    target: contract.Target, client: HodlHodl, status: int, error: type[errors.HodlHodlStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.get_refund_transaction(
            **ARGUMENTS["get_refund_transaction"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.HodlHodlError)


def test_sign_refund_transaction_request_is_accepted(
    target: contract.Target, client: HodlHodl
) -> None:
    raw = client.with_raw_response.sign_refund_transaction(**ARGUMENTS["sign_refund_transaction"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "sign_refund_transaction", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "sign_refund_transaction"


def test_sign_refund_transaction_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ContractEnvelope)
    example = contract.example(API, "sign_refund_transaction", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_sign_refund_transaction_400_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "sign_refund_transaction", 400)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_sign_refund_transaction_404_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "sign_refund_transaction", 404)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_sign_refund_transaction_422_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "sign_refund_transaction", 422)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_sign_refund_transaction_503_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "sign_refund_transaction", 503)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, errors.BadRequestError),
        (404, errors.NotFoundError),
        (422, errors.UnprocessableEntityError),
        (503, errors.ServiceUnavailableError),
    ],
)
def test_sign_refund_transaction_documented_errors_raise(
    target: contract.Target, client: HodlHodl, status: int, error: type[errors.HodlHodlStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.sign_refund_transaction(
            **ARGUMENTS["sign_refund_transaction"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.HodlHodlError)


def test_start_contract_dispute_request_is_accepted(
    target: contract.Target, client: HodlHodl
) -> None:
    raw = client.with_raw_response.start_contract_dispute(**ARGUMENTS["start_contract_dispute"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "start_contract_dispute", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "start_contract_dispute"


def test_start_contract_dispute_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ContractEnvelope)
    example = contract.example(API, "start_contract_dispute", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_start_contract_dispute_404_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "start_contract_dispute", 404)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_start_contract_dispute_422_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "start_contract_dispute", 422)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_start_contract_dispute_503_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "start_contract_dispute", 503)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (404, errors.NotFoundError),
        (422, errors.UnprocessableEntityError),
        (503, errors.ServiceUnavailableError),
    ],
)
def test_start_contract_dispute_documented_errors_raise(
    target: contract.Target, client: HodlHodl, status: int, error: type[errors.HodlHodlStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.start_contract_dispute(
            **ARGUMENTS["start_contract_dispute"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.HodlHodlError)


def test_list_countries_request_is_accepted(target: contract.Target, client: HodlHodl) -> None:
    raw = client.with_raw_response.list_countries(**ARGUMENTS["list_countries"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "list_countries", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_countries"


def test_list_countries_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(CountryListEnvelope)
    example = contract.example(API, "list_countries", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_countries_503_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "list_countries", 503)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (503, errors.ServiceUnavailableError),
    ],
)
def test_list_countries_documented_errors_raise(
    target: contract.Target, client: HodlHodl, status: int, error: type[errors.HodlHodlStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.list_countries(
            **ARGUMENTS["list_countries"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.HodlHodlError)


def test_list_currencies_request_is_accepted(target: contract.Target, client: HodlHodl) -> None:
    raw = client.with_raw_response.list_currencies(**ARGUMENTS["list_currencies"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "list_currencies", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_currencies"


def test_list_currencies_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(CurrencyListEnvelope)
    example = contract.example(API, "list_currencies", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_currencies_503_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "list_currencies", 503)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (503, errors.ServiceUnavailableError),
    ],
)
def test_list_currencies_documented_errors_raise(
    target: contract.Target, client: HodlHodl, status: int, error: type[errors.HodlHodlStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.list_currencies(
            **ARGUMENTS["list_currencies"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.HodlHodlError)


def test_list_exchange_rate_providers_request_is_accepted(
    target: contract.Target, client: HodlHodl
) -> None:
    raw = client.with_raw_response.list_exchange_rate_providers(
        **ARGUMENTS["list_exchange_rate_providers"]
    )
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(
            API, "list_exchange_rate_providers", raw.status_code, raw.content
        )
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_exchange_rate_providers"


def test_list_exchange_rate_providers_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ExchangeRateProviderListEnvelope)
    example = contract.example(API, "list_exchange_rate_providers", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_exchange_rate_providers_503_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "list_exchange_rate_providers", 503)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (503, errors.ServiceUnavailableError),
    ],
)
def test_list_exchange_rate_providers_documented_errors_raise(
    target: contract.Target, client: HodlHodl, status: int, error: type[errors.HodlHodlStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.list_exchange_rate_providers(
            **ARGUMENTS["list_exchange_rate_providers"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.HodlHodlError)


def test_read_notifications_request_is_accepted(target: contract.Target, client: HodlHodl) -> None:
    raw = client.with_raw_response.read_notifications(**ARGUMENTS["read_notifications"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "read_notifications", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "read_notifications"


def test_read_notifications_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(NotificationListEnvelope)
    example = contract.example(API, "read_notifications", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_read_notifications_503_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "read_notifications", 503)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (503, errors.ServiceUnavailableError),
    ],
)
def test_read_notifications_documented_errors_raise(
    target: contract.Target, client: HodlHodl, status: int, error: type[errors.HodlHodlStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.read_notifications(
            **ARGUMENTS["read_notifications"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.HodlHodlError)


def test_get_offer_request_is_accepted(target: contract.Target, client: HodlHodl) -> None:
    raw = client.with_raw_response.get_offer(**ARGUMENTS["get_offer"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "get_offer", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_offer"


def test_get_offer_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(OfferEnvelope)
    example = contract.example(API, "get_offer", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_offer_404_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "get_offer", 404)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_offer_503_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "get_offer", 503)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (404, errors.NotFoundError),
        (503, errors.ServiceUnavailableError),
    ],
)
def test_get_offer_documented_errors_raise(
    target: contract.Target, client: HodlHodl, status: int, error: type[errors.HodlHodlStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.get_offer(**ARGUMENTS["get_offer"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.HodlHodlError)


def test_update_offer_request_is_accepted(target: contract.Target, client: HodlHodl) -> None:
    raw = client.with_raw_response.update_offer(**ARGUMENTS["update_offer"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "update_offer", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "update_offer"


def test_update_offer_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(OfferEnvelope)
    example = contract.example(API, "update_offer", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_update_offer_404_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "update_offer", 404)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_update_offer_422_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "update_offer", 422)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_update_offer_503_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "update_offer", 503)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (404, errors.NotFoundError),
        (422, errors.UnprocessableEntityError),
        (503, errors.ServiceUnavailableError),
    ],
)
def test_update_offer_documented_errors_raise(
    target: contract.Target, client: HodlHodl, status: int, error: type[errors.HodlHodlStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.update_offer(**ARGUMENTS["update_offer"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.HodlHodlError)


def test_delete_offer_request_is_accepted(target: contract.Target, client: HodlHodl) -> None:
    raw = client.with_raw_response.delete_offer(**ARGUMENTS["delete_offer"])
    assert raw.status_code == 204
    if target.mock is not None:
        assert target.mock.received[-1].operation == "delete_offer"


def test_delete_offer_404_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "delete_offer", 404)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_delete_offer_503_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "delete_offer", 503)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (404, errors.NotFoundError),
        (503, errors.ServiceUnavailableError),
    ],
)
def test_delete_offer_documented_errors_raise(
    target: contract.Target, client: HodlHodl, status: int, error: type[errors.HodlHodlStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.delete_offer(**ARGUMENTS["delete_offer"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.HodlHodlError)


def test_list_offers_request_is_accepted(target: contract.Target, client: HodlHodl) -> None:
    raw = client.with_raw_response.list_offers(**ARGUMENTS["list_offers"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "list_offers", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_offers"


def test_list_offers_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(OfferListEnvelope)
    example = contract.example(API, "list_offers", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_offers_503_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "list_offers", 503)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (503, errors.ServiceUnavailableError),
    ],
)
def test_list_offers_documented_errors_raise(
    target: contract.Target, client: HodlHodl, status: int, error: type[errors.HodlHodlStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.list_offers(**ARGUMENTS["list_offers"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.HodlHodlError)


def test_create_offer_request_is_accepted(target: contract.Target, client: HodlHodl) -> None:
    raw = client.with_raw_response.create_offer(**ARGUMENTS["create_offer"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "create_offer", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "create_offer"


def test_create_offer_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(OfferEnvelope)
    example = contract.example(API, "create_offer", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_offer_400_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "create_offer", 400)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_offer_422_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "create_offer", 422)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_offer_503_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "create_offer", 503)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, errors.BadRequestError),
        (422, errors.UnprocessableEntityError),
        (503, errors.ServiceUnavailableError),
    ],
)
def test_create_offer_documented_errors_raise(
    target: contract.Target, client: HodlHodl, status: int, error: type[errors.HodlHodlStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.create_offer(**ARGUMENTS["create_offer"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.HodlHodlError)


def test_list_my_offers_request_is_accepted(target: contract.Target, client: HodlHodl) -> None:
    raw = client.with_raw_response.list_my_offers(**ARGUMENTS["list_my_offers"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "list_my_offers", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_my_offers"


def test_list_my_offers_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(OfferListEnvelope)
    example = contract.example(API, "list_my_offers", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_my_offers_503_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "list_my_offers", 503)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (503, errors.ServiceUnavailableError),
    ],
)
def test_list_my_offers_documented_errors_raise(
    target: contract.Target, client: HodlHodl, status: int, error: type[errors.HodlHodlStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.list_my_offers(
            **ARGUMENTS["list_my_offers"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.HodlHodlError)


def test_fetch_new_offers_request_is_accepted(target: contract.Target, client: HodlHodl) -> None:
    raw = client.with_raw_response.fetch_new_offers(**ARGUMENTS["fetch_new_offers"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "fetch_new_offers", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "fetch_new_offers"


def test_fetch_new_offers_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(NewOfferListEnvelope)
    example = contract.example(API, "fetch_new_offers", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_fetch_new_offers_503_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "fetch_new_offers", 503)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (503, errors.ServiceUnavailableError),
    ],
)
def test_fetch_new_offers_documented_errors_raise(
    target: contract.Target, client: HodlHodl, status: int, error: type[errors.HodlHodlStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.fetch_new_offers(
            **ARGUMENTS["fetch_new_offers"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.HodlHodlError)


def test_get_exchange_rate_price_request_is_accepted(
    target: contract.Target, client: HodlHodl
) -> None:
    raw = client.with_raw_response.get_exchange_rate_price(**ARGUMENTS["get_exchange_rate_price"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "get_exchange_rate_price", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_exchange_rate_price"


def test_get_exchange_rate_price_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(PriceEnvelope)
    example = contract.example(API, "get_exchange_rate_price", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_exchange_rate_price_503_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "get_exchange_rate_price", 503)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (503, errors.ServiceUnavailableError),
    ],
)
def test_get_exchange_rate_price_documented_errors_raise(
    target: contract.Target, client: HodlHodl, status: int, error: type[errors.HodlHodlStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.get_exchange_rate_price(
            **ARGUMENTS["get_exchange_rate_price"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.HodlHodlError)


def test_get_expression_price_request_is_accepted(
    target: contract.Target, client: HodlHodl
) -> None:
    raw = client.with_raw_response.get_expression_price(**ARGUMENTS["get_expression_price"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "get_expression_price", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_expression_price"


def test_get_expression_price_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(PriceEnvelope)
    example = contract.example(API, "get_expression_price", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_expression_price_503_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "get_expression_price", 503)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (503, errors.ServiceUnavailableError),
    ],
)
def test_get_expression_price_documented_errors_raise(
    target: contract.Target, client: HodlHodl, status: int, error: type[errors.HodlHodlStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.get_expression_price(
            **ARGUMENTS["get_expression_price"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.HodlHodlError)


def test_list_payment_method_instructions_request_is_accepted(
    target: contract.Target, client: HodlHodl
) -> None:
    raw = client.with_raw_response.list_payment_method_instructions(
        **ARGUMENTS["list_payment_method_instructions"]
    )
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(
            API, "list_payment_method_instructions", raw.status_code, raw.content
        )
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_payment_method_instructions"


def test_list_payment_method_instructions_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(PaymentMethodInstructionListEnvelope)
    example = contract.example(API, "list_payment_method_instructions", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_payment_method_instructions_503_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "list_payment_method_instructions", 503)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (503, errors.ServiceUnavailableError),
    ],
)
def test_list_payment_method_instructions_documented_errors_raise(
    target: contract.Target, client: HodlHodl, status: int, error: type[errors.HodlHodlStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.list_payment_method_instructions(
            **ARGUMENTS["list_payment_method_instructions"],
            extra_headers={"Prefer": f"code={status}"},
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.HodlHodlError)


def test_create_payment_method_instruction_request_is_accepted(
    target: contract.Target, client: HodlHodl
) -> None:
    raw = client.with_raw_response.create_payment_method_instruction(
        **ARGUMENTS["create_payment_method_instruction"]
    )
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(
            API, "create_payment_method_instruction", raw.status_code, raw.content
        )
    if target.mock is not None:
        assert target.mock.received[-1].operation == "create_payment_method_instruction"


def test_create_payment_method_instruction_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(PaymentMethodInstructionEnvelope)
    example = contract.example(API, "create_payment_method_instruction", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_payment_method_instruction_400_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "create_payment_method_instruction", 400)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_payment_method_instruction_422_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "create_payment_method_instruction", 422)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_payment_method_instruction_503_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "create_payment_method_instruction", 503)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, errors.BadRequestError),
        (422, errors.UnprocessableEntityError),
        (503, errors.ServiceUnavailableError),
    ],
)
def test_create_payment_method_instruction_documented_errors_raise(
    target: contract.Target, client: HodlHodl, status: int, error: type[errors.HodlHodlStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.create_payment_method_instruction(
            **ARGUMENTS["create_payment_method_instruction"],
            extra_headers={"Prefer": f"code={status}"},
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.HodlHodlError)


def test_get_payment_method_instruction_request_is_accepted(
    target: contract.Target, client: HodlHodl
) -> None:
    raw = client.with_raw_response.get_payment_method_instruction(
        **ARGUMENTS["get_payment_method_instruction"]
    )
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(
            API, "get_payment_method_instruction", raw.status_code, raw.content
        )
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_payment_method_instruction"


def test_get_payment_method_instruction_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(PaymentMethodInstructionEnvelope)
    example = contract.example(API, "get_payment_method_instruction", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_payment_method_instruction_404_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "get_payment_method_instruction", 404)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_payment_method_instruction_503_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "get_payment_method_instruction", 503)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (404, errors.NotFoundError),
        (503, errors.ServiceUnavailableError),
    ],
)
def test_get_payment_method_instruction_documented_errors_raise(
    target: contract.Target, client: HodlHodl, status: int, error: type[errors.HodlHodlStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.get_payment_method_instruction(
            **ARGUMENTS["get_payment_method_instruction"],
            extra_headers={"Prefer": f"code={status}"},
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.HodlHodlError)


def test_delete_payment_method_instruction_request_is_accepted(
    target: contract.Target, client: HodlHodl
) -> None:
    raw = client.with_raw_response.delete_payment_method_instruction(
        **ARGUMENTS["delete_payment_method_instruction"]
    )
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(
            API, "delete_payment_method_instruction", raw.status_code, raw.content
        )
    if target.mock is not None:
        assert target.mock.received[-1].operation == "delete_payment_method_instruction"


def test_delete_payment_method_instruction_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(StatusEnvelope)
    example = contract.example(API, "delete_payment_method_instruction", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_delete_payment_method_instruction_404_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "delete_payment_method_instruction", 404)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_delete_payment_method_instruction_503_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "delete_payment_method_instruction", 503)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (404, errors.NotFoundError),
        (503, errors.ServiceUnavailableError),
    ],
)
def test_delete_payment_method_instruction_documented_errors_raise(
    target: contract.Target, client: HodlHodl, status: int, error: type[errors.HodlHodlStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.delete_payment_method_instruction(
            **ARGUMENTS["delete_payment_method_instruction"],
            extra_headers={"Prefer": f"code={status}"},
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.HodlHodlError)


def test_list_payment_methods_request_is_accepted(
    target: contract.Target, client: HodlHodl
) -> None:
    raw = client.with_raw_response.list_payment_methods(**ARGUMENTS["list_payment_methods"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "list_payment_methods", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_payment_methods"


def test_list_payment_methods_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(PaymentMethodListEnvelope)
    example = contract.example(API, "list_payment_methods", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_payment_methods_503_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "list_payment_methods", 503)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (503, errors.ServiceUnavailableError),
    ],
)
def test_list_payment_methods_documented_errors_raise(
    target: contract.Target, client: HodlHodl, status: int, error: type[errors.HodlHodlStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.list_payment_methods(
            **ARGUMENTS["list_payment_methods"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.HodlHodlError)


def test_get_me_request_is_accepted(target: contract.Target, client: HodlHodl) -> None:
    raw = client.with_raw_response.get_me(**ARGUMENTS["get_me"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "get_me", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_me"


def test_get_me_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(UserEnvelope)
    example = contract.example(API, "get_me", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_me_503_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Error)
    example = contract.example(API, "get_me", 503)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (503, errors.ServiceUnavailableError),
    ],
)
def test_get_me_documented_errors_raise(
    target: contract.Target, client: HodlHodl, status: int, error: type[errors.HodlHodlStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.get_me(**ARGUMENTS["get_me"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.HodlHodlError)


@pytest.mark.parametrize("operation", sorted(ARGUMENTS))
def test_async_client_calls_every_operation(target: contract.Target, operation: str) -> None:
    async def call() -> int:
        options = {} if target.live else OPTIONS
        async with AsyncHodlHodl(
            base_url=target.url, max_retries=0, **CREDENTIALS, **options
        ) as client:
            raw = await getattr(client.with_raw_response, operation)(**ARGUMENTS[operation])
            return int(raw.status_code)

    assert 200 <= asyncio.run(call()) < 300
