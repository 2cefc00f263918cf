"""Optional fields: what was not given stays out of the body; None goes as null only where
the spec lets a field be null. An error's message carries the server's reason."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal

import httpx
import pytest

from coinspec.cryptocoinpro import (
    BadRequestError,
    CryptoCoinPro,
    CryptoCoinProStatusError,
    QuoteCreateRequest,
    UserAddressInput,
    UserCreateRequest,
)
from coinspec.cryptocoinpro.models import AssetType, QuoteOrderType
from coinspec.mock import MockServer
from coinspec.swapgate import CreateOrderRequest, InstrumentRef, Swapgate, SwapgateStatusError

from .serving import serve

USER = "ebf8e81e-fdfd-4da9-84e4-b5172b6f1412"


def recording() -> tuple[httpx.MockTransport, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(599)

    return httpx.MockTransport(handler), seen


def sent_json(calls: list[httpx.Request]) -> dict[str, object]:
    body: dict[str, object] = json.loads(calls[-1].content, parse_float=Decimal)
    return body


@pytest.fixture(scope="module")
def swapgate_mock() -> Iterator[MockServer]:
    yield from serve("swapgate")


def quote(**fields: object) -> QuoteCreateRequest:
    return QuoteCreateRequest(
        type=AssetType.COIN,
        order_type=QuoteOrderType.BUY_WITH_CRYPTO,
        order_amount=Decimal("0.5"),
        order_symbol="BTC",
        order_payment_symbol="ETH",
        order_payment_type="card",
        **fields,  # type: ignore[arg-type]
    )


def test_none_for_a_field_that_may_not_be_null_is_left_out() -> None:
    transport, seen = recording()
    with CryptoCoinPro(api_key="k", transport=transport, max_retries=0) as client:
        with pytest.raises(CryptoCoinProStatusError):  # the answer does not matter here
            client.create_quote(user=USER, body=quote(wallet=None, second_order_type=None))
    body = sent_json(seen)
    assert "wallet" not in body and "secondOrderType" not in body
    assert body["orderPaymentSymbol"] == "ETH"


def test_none_in_a_mapping_and_in_a_nested_model_is_left_out_too() -> None:
    transport, seen = recording()
    with CryptoCoinPro(transport=transport, max_retries=0) as client:
        with pytest.raises(CryptoCoinProStatusError):
            client.create_user(
                body=UserCreateRequest(
                    email="joe@doe.com",
                    password="12345678",
                    first_name="Joe",
                    last_name="Doe",
                    date_of_birth="1990-01-01",  # type: ignore[arg-type]
                    phone=None,
                    address=UserAddressInput(country="RO", city=None),
                )
            )
    body = sent_json(seen)
    assert "phone" not in body
    assert body["address"] == {"country": "RO"}


def test_none_for_a_nullable_field_goes_as_null(swapgate_mock: MockServer) -> None:
    with Swapgate(base_url=swapgate_mock.url) as swapgate:
        swapgate.create_order(
            body=CreateOrderRequest(
                instrument_from=InstrumentRef(currency_title="USDT", network_title="TRC20"),
                instrument_to=InstrumentRef(currency_title="BTC", network_title="BTC"),
                destination_address="bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
                destination_address_memo=None,  # the spec requires it, null when there is none
                claimed_deposit_amount=Decimal("43350"),
                refund_address=None,
            )
        )
    body = json.loads(swapgate_mock.app.received[-1].body)
    assert body["destinationAddressMemo"] is None and body["refundAddress"] is None
    assert "userEmail" not in body  # not given


def test_the_reason_the_mock_gives_is_in_the_message(swapgate_mock: MockServer) -> None:
    with Swapgate(base_url=swapgate_mock.url) as swapgate:
        with pytest.raises(SwapgateStatusError) as caught:
            swapgate.create_order(
                body={
                    "instrumentFrom": {"currencyTitle": "USDT", "networkTitle": "TRC20"},
                    "instrumentTo": {"currencyTitle": "BTC", "networkTitle": "BTC"},
                    "destinationAddress": "bc1q",
                    "destinationAddressMemo": None,
                    "claimedDepositAmount": 1,
                },
                extra_body={"claimedDepositAmount": "lots"},
            )
    message = str(caught.value)
    assert message.startswith("Swapgate create_order returned 400 Bad Request: ")
    assert "claimedDepositAmount" in message


def test_a_documented_error_body_gives_its_message_and_field_errors() -> None:
    body = {
        "message": "Validation errors",
        "errors": {"password": ["The password field is required."]},
    }
    transport = httpx.MockTransport(lambda request: httpx.Response(400, json=body))
    with CryptoCoinPro(transport=transport) as client:
        with pytest.raises(BadRequestError) as caught:
            client.authenticate(body={"email": "joe@doe.com", "password": "x"})
    assert str(caught.value) == (
        "CryptoCoinPro authenticate returned 400 Bad Request: "
        "Validation errors (password: The password field is required.)"
    )


def test_a_reason_that_would_drive_the_terminal_is_spelled_out() -> None:
    # A server's text goes into messages that end up in terminals and logs: an escape
    # sequence there could clear the screen or recolour a line, a bidirectional override
    # could make an address read backwards.
    said = "\x1b[2J\x1b[32mpaid\x1b[0m to \u202ecq1b\x00\nnext line " + "x" * 500
    body = {"message": said, "errors": {"password": ["The password field is required."]}}
    transport = httpx.MockTransport(lambda request: httpx.Response(400, json=body))
    with CryptoCoinPro(transport=transport) as client:
        with pytest.raises(BadRequestError) as caught:
            client.authenticate(body={"email": "joe@doe.com", "password": "x"})
    message = str(caught.value)
    assert message.isprintable()
    reason = message.removeprefix("CryptoCoinPro authenticate returned 400 Bad Request: ")
    assert reason.startswith(r"\x1b[2J\x1b[32mpaid\x1b[0m to \u202ecq1b\x00 next line xxx")
    assert len(reason) == 300
    assert caught.value.body.message == said  # the body itself is untouched
