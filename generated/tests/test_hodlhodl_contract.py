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

from coinspec.hodlhodl import AsyncHodlHodl as AsyncClient
from coinspec.hodlhodl import HodlHodl as Client
from coinspec.hodlhodl import errors
from coinspec.hodlhodl.errors import HodlHodlError as ServiceError
from coinspec.hodlhodl.errors import HodlHodlStatusError as StatusError
from coinspec.hodlhodl.models import *  # noqa: F403

from . import contract

API = "hodlhodl"
CREDENTIALS: dict[str, Any] = {"api_key": "test-api-key"}
# The spec's example client options; the mock gets the same, so their hooks run end to end.
OPTIONS: dict[str, str] = {"network": "testnet"}

# Each operation called with the examples of its parameters and body.
ARGUMENTS: dict[str, dict[str, Any]] = {
    "list_chat_messages": {"contract_id": "sKoce3wyHIAeb8Yu"},
    "get_contract": {"id": "ypnTAScVMSrc1f59"},
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
            },
        },
    },
    "confirm_contract": {"id": "smZwD50WTCPS8Vim"},
    "mark_contract_as_paid": {"id": "7dvGC4G9WbLWD4wm"},
    "cancel_contract": {"id": "hUSReZTf1OtE99gC"},
    "get_release_transaction": {"id": "r7or3lOu01ue9CWq"},
    "sign_release_transaction": {"id": "i10zKvZLCVGVUnMM", "body": {"hex": "123..."}},
    "get_refund_transaction": {
        "id": "0M4fL1lBydK6tkFw",
        "release_address": "n4VQ5YdHf7hLQ2gWQYYrcxoE5B7nWuDFNF",
    },
    "sign_refund_transaction": {"id": "oYG9dyXNwAD8k7LZ", "body": {"hex": "123..."}},
    "start_contract_dispute": {"id": "toMfnh42h3rApMPH"},
    "list_countries": {},
    "list_currencies": {},
    "list_exchange_rate_providers": {},
    "read_notifications": {},
    "get_offer": {"id": "WnMI7IiGUuSClLYY"},
    "update_offer": {
        "id": "XxLINUhkgAJ8dQR3",
        "body": {"offer": {"title": "New title", "description": "New description"}},
    },
    "delete_offer": {"id": "yujPdhTEFZ3OgUuj"},
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
            },
        },
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
    "get_expression_price": {"expression": "(Bitstamp_BTC_USD - 200) * 1.1"},
    "list_payment_method_instructions": {},
    "create_payment_method_instruction": {
        "body": {
            "payment_method_instruction": {
                "name": "Bank account #1",
                "details": "Pay to account No. 12345",
                "payment_method_id": 4469,
            },
        },
    },
    "get_payment_method_instruction": {"id": "4601"},
    "delete_payment_method_instruction": {"id": "4602"},
    "list_payment_methods": {"filters": {"country": "China"}},
    "get_me": {},
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
    "list_chat_messages": (200, True),
    "get_contract": (200, True),
    "list_my_contracts": (200, True),
    "create_contract": (200, True),
    "confirm_contract": (200, True),
    "mark_contract_as_paid": (200, True),
    "cancel_contract": (200, True),
    "get_release_transaction": (200, True),
    "sign_release_transaction": (200, True),
    "get_refund_transaction": (200, True),
    "sign_refund_transaction": (200, True),
    "start_contract_dispute": (200, True),
    "list_countries": (200, True),
    "list_currencies": (200, True),
    "list_exchange_rate_providers": (200, True),
    "read_notifications": (200, True),
    "get_offer": (200, True),
    "update_offer": (200, True),
    "delete_offer": (204, False),
    "list_offers": (200, True),
    "create_offer": (200, True),
    "list_my_offers": (200, True),
    "fetch_new_offers": (200, True),
    "get_exchange_rate_price": (200, True),
    "get_expression_price": (200, True),
    "list_payment_method_instructions": (200, True),
    "create_payment_method_instruction": (200, True),
    "get_payment_method_instruction": (200, True),
    "delete_payment_method_instruction": (200, True),
    "list_payment_methods": (200, True),
    "get_me": (200, True),
}
# Operations whose example body is sent as multipart/form-data.
MULTIPART: list[str] = []
# Every documented example response, with the type it must parse into.
EXAMPLES: list[tuple[str, int, Any]] = [
    ("list_chat_messages", 200, ChatMessageListEnvelope),
    ("list_chat_messages", 404, Error),
    ("list_chat_messages", 503, Error),
    ("get_contract", 200, ContractEnvelope),
    ("get_contract", 404, Error),
    ("get_contract", 503, Error),
    ("list_my_contracts", 200, ContractListEnvelope),
    ("list_my_contracts", 503, Error),
    ("create_contract", 200, ContractEnvelope),
    ("create_contract", 400, Error),
    ("create_contract", 422, Error),
    ("create_contract", 503, Error),
    ("confirm_contract", 200, ContractEnvelope),
    ("confirm_contract", 404, Error),
    ("confirm_contract", 422, Error),
    ("confirm_contract", 503, Error),
    ("mark_contract_as_paid", 200, ContractEnvelope),
    ("mark_contract_as_paid", 404, Error),
    ("mark_contract_as_paid", 422, Error),
    ("mark_contract_as_paid", 503, Error),
    ("cancel_contract", 200, ContractEnvelope),
    ("cancel_contract", 404, Error),
    ("cancel_contract", 422, Error),
    ("cancel_contract", 503, Error),
    ("get_release_transaction", 200, ContractTransactionEnvelope),
    ("get_release_transaction", 404, Error),
    ("get_release_transaction", 503, Error),
    ("sign_release_transaction", 200, ContractEnvelope),
    ("sign_release_transaction", 400, Error),
    ("sign_release_transaction", 404, Error),
    ("sign_release_transaction", 422, Error),
    ("sign_release_transaction", 503, Error),
    ("get_refund_transaction", 200, ContractTransactionEnvelope),
    ("get_refund_transaction", 400, Error),
    ("get_refund_transaction", 404, Error),
    ("get_refund_transaction", 503, Error),
    ("sign_refund_transaction", 200, ContractEnvelope),
    ("sign_refund_transaction", 400, Error),
    ("sign_refund_transaction", 404, Error),
    ("sign_refund_transaction", 422, Error),
    ("sign_refund_transaction", 503, Error),
    ("start_contract_dispute", 200, ContractEnvelope),
    ("start_contract_dispute", 404, Error),
    ("start_contract_dispute", 422, Error),
    ("start_contract_dispute", 503, Error),
    ("list_countries", 200, CountryListEnvelope),
    ("list_countries", 503, Error),
    ("list_currencies", 200, CurrencyListEnvelope),
    ("list_currencies", 503, Error),
    ("list_exchange_rate_providers", 200, ExchangeRateProviderListEnvelope),
    ("list_exchange_rate_providers", 503, Error),
    ("read_notifications", 200, NotificationListEnvelope),
    ("read_notifications", 503, Error),
    ("get_offer", 200, OfferEnvelope),
    ("get_offer", 404, Error),
    ("get_offer", 503, Error),
    ("update_offer", 200, OfferEnvelope),
    ("update_offer", 404, Error),
    ("update_offer", 422, Error),
    ("update_offer", 503, Error),
    ("delete_offer", 404, Error),
    ("delete_offer", 503, Error),
    ("list_offers", 200, OfferListEnvelope),
    ("list_offers", 503, Error),
    ("create_offer", 200, OfferEnvelope),
    ("create_offer", 400, Error),
    ("create_offer", 422, Error),
    ("create_offer", 503, Error),
    ("list_my_offers", 200, OfferListEnvelope),
    ("list_my_offers", 503, Error),
    ("fetch_new_offers", 200, NewOfferListEnvelope),
    ("fetch_new_offers", 503, Error),
    ("get_exchange_rate_price", 200, PriceEnvelope),
    ("get_exchange_rate_price", 503, Error),
    ("get_expression_price", 200, PriceEnvelope),
    ("get_expression_price", 503, Error),
    ("list_payment_method_instructions", 200, PaymentMethodInstructionListEnvelope),
    ("list_payment_method_instructions", 503, Error),
    ("create_payment_method_instruction", 200, PaymentMethodInstructionEnvelope),
    ("create_payment_method_instruction", 400, Error),
    ("create_payment_method_instruction", 422, Error),
    ("create_payment_method_instruction", 503, Error),
    ("get_payment_method_instruction", 200, PaymentMethodInstructionEnvelope),
    ("get_payment_method_instruction", 404, Error),
    ("get_payment_method_instruction", 503, Error),
    ("delete_payment_method_instruction", 200, StatusEnvelope),
    ("delete_payment_method_instruction", 404, Error),
    ("delete_payment_method_instruction", 503, Error),
    ("list_payment_methods", 200, PaymentMethodListEnvelope),
    ("list_payment_methods", 503, Error),
    ("get_me", 200, UserEnvelope),
    ("get_me", 503, Error),
]
# Every documented error status, with the exception it must raise.
ERRORS: list[tuple[str, int, type[StatusError]]] = [
    ("list_chat_messages", 404, errors.NotFoundError),
    ("list_chat_messages", 503, errors.ServiceUnavailableError),
    ("get_contract", 404, errors.NotFoundError),
    ("get_contract", 503, errors.ServiceUnavailableError),
    ("list_my_contracts", 503, errors.ServiceUnavailableError),
    ("create_contract", 400, errors.BadRequestError),
    ("create_contract", 422, errors.UnprocessableEntityError),
    ("create_contract", 503, errors.ServiceUnavailableError),
    ("confirm_contract", 404, errors.NotFoundError),
    ("confirm_contract", 422, errors.UnprocessableEntityError),
    ("confirm_contract", 503, errors.ServiceUnavailableError),
    ("mark_contract_as_paid", 404, errors.NotFoundError),
    ("mark_contract_as_paid", 422, errors.UnprocessableEntityError),
    ("mark_contract_as_paid", 503, errors.ServiceUnavailableError),
    ("cancel_contract", 404, errors.NotFoundError),
    ("cancel_contract", 422, errors.UnprocessableEntityError),
    ("cancel_contract", 503, errors.ServiceUnavailableError),
    ("get_release_transaction", 404, errors.NotFoundError),
    ("get_release_transaction", 503, errors.ServiceUnavailableError),
    ("sign_release_transaction", 400, errors.BadRequestError),
    ("sign_release_transaction", 404, errors.NotFoundError),
    ("sign_release_transaction", 422, errors.UnprocessableEntityError),
    ("sign_release_transaction", 503, errors.ServiceUnavailableError),
    ("get_refund_transaction", 400, errors.BadRequestError),
    ("get_refund_transaction", 404, errors.NotFoundError),
    ("get_refund_transaction", 503, errors.ServiceUnavailableError),
    ("sign_refund_transaction", 400, errors.BadRequestError),
    ("sign_refund_transaction", 404, errors.NotFoundError),
    ("sign_refund_transaction", 422, errors.UnprocessableEntityError),
    ("sign_refund_transaction", 503, errors.ServiceUnavailableError),
    ("start_contract_dispute", 404, errors.NotFoundError),
    ("start_contract_dispute", 422, errors.UnprocessableEntityError),
    ("start_contract_dispute", 503, errors.ServiceUnavailableError),
    ("list_countries", 503, errors.ServiceUnavailableError),
    ("list_currencies", 503, errors.ServiceUnavailableError),
    ("list_exchange_rate_providers", 503, errors.ServiceUnavailableError),
    ("read_notifications", 503, errors.ServiceUnavailableError),
    ("get_offer", 404, errors.NotFoundError),
    ("get_offer", 503, errors.ServiceUnavailableError),
    ("update_offer", 404, errors.NotFoundError),
    ("update_offer", 422, errors.UnprocessableEntityError),
    ("update_offer", 503, errors.ServiceUnavailableError),
    ("delete_offer", 404, errors.NotFoundError),
    ("delete_offer", 503, errors.ServiceUnavailableError),
    ("list_offers", 503, errors.ServiceUnavailableError),
    ("create_offer", 400, errors.BadRequestError),
    ("create_offer", 422, errors.UnprocessableEntityError),
    ("create_offer", 503, errors.ServiceUnavailableError),
    ("list_my_offers", 503, errors.ServiceUnavailableError),
    ("fetch_new_offers", 503, errors.ServiceUnavailableError),
    ("get_exchange_rate_price", 503, errors.ServiceUnavailableError),
    ("get_expression_price", 503, errors.ServiceUnavailableError),
    ("list_payment_method_instructions", 503, errors.ServiceUnavailableError),
    ("create_payment_method_instruction", 400, errors.BadRequestError),
    ("create_payment_method_instruction", 422, errors.UnprocessableEntityError),
    ("create_payment_method_instruction", 503, errors.ServiceUnavailableError),
    ("get_payment_method_instruction", 404, errors.NotFoundError),
    ("get_payment_method_instruction", 503, errors.ServiceUnavailableError),
    ("delete_payment_method_instruction", 404, errors.NotFoundError),
    ("delete_payment_method_instruction", 503, errors.ServiceUnavailableError),
    ("list_payment_methods", 503, errors.ServiceUnavailableError),
    ("get_me", 503, errors.ServiceUnavailableError),
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
