"""What a user of coinspec.swapgate notices: exact money, typed errors, no leaked secrets."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from decimal import Decimal

import httpx
import pytest

from coinspec import APIStatusError, CoinspecError
from coinspec.mock import MockServer
from coinspec.swapgate import (
    AsyncSwapgate,
    ForbiddenError,
    InstrumentRef,
    NotAcceptableError,
    Swapgate,
    SwapgateError,
    SwapgateResponseValidationError,
    SwapgateStatusError,
)
from coinspec.swapgate.models import CreateOrderRequest, OrderEventKind, OrderStatus

from .serving import serve


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    yield from serve("swapgate")


@pytest.fixture
def client(mock: MockServer) -> Iterator[Swapgate]:
    with Swapgate(base_url=mock.url, max_retries=0) as client:
        yield client


def order_request(amount: Decimal) -> CreateOrderRequest:
    return CreateOrderRequest(
        instrument_from=InstrumentRef(currency_title="USDT", network_title="TRC20"),
        instrument_to=InstrumentRef(currency_title="BTC", network_title="BTC"),
        destination_address="bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
        destination_address_memo=None,
        claimed_deposit_amount=amount,
    )


def test_amounts_travel_as_exact_json_numbers(client: Swapgate, mock: MockServer) -> None:
    amount = Decimal("43350.123456789012345678901")
    client.create_order(body=order_request(amount))
    sent = mock.app.received[-1].body.decode()
    assert '"claimedDepositAmount":43350.123456789012345678901' in sent
    assert json.loads(sent, parse_float=Decimal)["claimedDepositAmount"] == amount


def test_decimal_strings_come_back_as_exact_decimals(client: Swapgate) -> None:
    info = client.get_rates_info(
        instrument_from_currency_title="USDT",
        instrument_from_network_title="TRC20",
        instrument_to_currency_title="BTC",
        instrument_to_network_title="BTC",
        claimed_deposit_amount=Decimal("3300.5"),
    )
    assert info.price == Decimal("0.00001936165401188960303")
    assert isinstance(info.price, Decimal)
    assert info.reverse_price == Decimal("51648.480000000003909")


def test_a_float_amount_is_refused_before_sending(client: Swapgate, mock: MockServer) -> None:
    before = len(mock.app.received)
    with pytest.raises(ValueError, match="amounts are exact"):
        client.create_order(body=order_request(43350.1))  # type: ignore[arg-type]
    assert len(mock.app.received) == before


def test_a_mapping_body_is_validated_and_sent_with_wire_names(
    client: Swapgate, mock: MockServer
) -> None:
    client.set_email(body={"order_id": 31954, "user_email": "a@b.c"})
    assert json.loads(mock.app.received[-1].body) == {"orderId": 31954, "userEmail": "a@b.c"}
    with pytest.raises(ValueError, match=r"order_id|orderId"):
        client.set_email(body={"user_email": "a@b.c"})


def test_union_of_shapes_parses_both(client: Swapgate) -> None:
    status = client.get_order_info(order_id=31954, destination_address="bc1q")
    assert isinstance(status, OrderStatus)
    event = status.order_events
    assert not isinstance(event, list) and event.kind == OrderEventKind.TRACKING_STARTED
    order = client.set_email(body={"orderId": 1, "userEmail": "a@b.c"})
    assert [e.kind for e in order.order_events] == [OrderEventKind.CREATION_END]


def test_unknown_enum_value_stays_readable() -> None:
    status = OrderStatus.model_validate(
        {
            "deposits": [],
            "withdrawals": [],
            "depositAddress": {
                "instrument": {"currencyTitle": "BTC", "networkTitle": "BTC"},
                "depositAddress": "x",
            },
            "orderId": 1,
            "createdAt": "2024-01-30T13:32:26.141Z",
            "claimedDepositAmount": "1",
            "claimedPublicRate": {
                "price": "1",
                "reversePrice": "1",
                "updatedAt": "2024-01-30T13:32:26.141Z",
            },
            "claimedNetworkFee": "0",
            "orderEvents": {"kind": "REFUND_STARTED", "createdAt": "2024-01-30T13:32:26.141Z"},
            "destinationAddress": "x",
        }
    )
    assert not isinstance(status.order_events, list)
    assert status.order_events.kind == "REFUND_STARTED"


def test_documented_status_raises_its_class(client: Swapgate) -> None:
    with pytest.raises(ForbiddenError) as caught:
        client.set_email(
            body={"orderId": 1, "userEmail": "a@b.c"}, extra_headers={"Prefer": "code=403"}
        )
    error = caught.value
    assert isinstance(error, SwapgateStatusError) and isinstance(error, SwapgateError)
    assert isinstance(error, APIStatusError) and isinstance(error, CoinspecError)
    assert error.status_code == 403 and error.response.status_code == 403
    assert "set_email returned 403 Forbidden" in str(error)


def test_undocumented_status_raises_the_service_base(mock: MockServer) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(500, json={"message": "boom"})

    with Swapgate(
        base_url="https://swapgate.test", transport=httpx.MockTransport(handler), max_retries=0
    ) as client:
        with pytest.raises(SwapgateStatusError) as caught:
            client.list_instruments()
    assert type(caught.value) is SwapgateStatusError
    assert caught.value.body == {"message": "boom"}
    assert "returned 500 Internal Server Error: boom" in str(caught.value)


def test_a_2xx_body_that_breaks_the_spec_keeps_the_raw_body() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, text='[{"currencyTitle": 5}]', headers={"Content-Type": "application/json"}
        )

    with Swapgate(
        base_url="https://swapgate.test", transport=httpx.MockTransport(handler)
    ) as client:
        with pytest.raises(SwapgateResponseValidationError) as caught:
            client.list_instruments()
    assert caught.value.body == '[{"currencyTitle": 5}]'
    assert "does not match the spec" in str(caught.value)


def test_raw_response_sits_next_to_the_typed_result(client: Swapgate) -> None:
    raw = client.with_raw_response.validate_address(
        body={"currencyTitle": "BTC", "networkTitle": "BTC", "address": "x"}
    )
    assert raw.parsed is True
    assert raw.status_code == 200
    assert raw.headers["content-type"] == "application/json"
    assert raw.content == b"true"


def test_raw_responses_of_concurrent_calls_stay_apart(mock: MockServer) -> None:
    """with_raw_response wraps the typed method; each awaited call gets its own response."""

    async def run() -> list[object]:
        async with AsyncSwapgate(base_url=mock.url, max_retries=0) as client:
            raw = client.with_raw_response
            return list(
                await asyncio.gather(
                    raw.list_instruments(),
                    raw.validate_address(
                        body={"currencyTitle": "BTC", "networkTitle": "BTC", "address": "x"}
                    ),
                    raw.list_instruments(),
                )
            )

    first, validated, last = asyncio.run(run())
    assert validated.parsed is True and validated.content == b"true"  # type: ignore[attr-defined]
    assert first.http is not last.http  # type: ignore[attr-defined]
    assert first.parsed == last.parsed and isinstance(first.parsed, list)  # type: ignore[attr-defined]


def test_raw_response_keeps_the_typed_signature_and_docstring(
    client: Swapgate, mock: MockServer
) -> None:
    assert client.with_raw_response is client.with_raw_response  # made once per client
    assert client.with_raw_response.create_order.__doc__ == Swapgate.create_order.__doc__
    received = len(mock.app.received)
    with pytest.raises(TypeError, match="unexpected keyword argument 'bodyy'"):
        client.with_raw_response.create_order(bodyy={})  # type: ignore[call-arg]
    assert len(mock.app.received) == received


def test_base_url_is_required_when_the_document_gives_none() -> None:
    with pytest.raises(ValueError, match="Swapgate documents no base URL: pass base_url="):
        Swapgate()


def test_async_client(mock: MockServer) -> None:
    async def run() -> tuple[int, Decimal]:
        async with AsyncSwapgate(base_url=mock.url) as client:
            instruments = await client.list_instruments()
            with pytest.raises(NotAcceptableError):
                await client.get_rates_info(
                    instrument_from_currency_title="USDT",
                    instrument_from_network_title="TRC20",
                    instrument_to_currency_title="BTC",
                    instrument_to_network_title="BTC",
                    extra_headers={"Prefer": "code=406"},
                )
            order = await client.create_order(body=order_request(Decimal("1")))
            return instruments[0].precision_decimals, order.claimed_deposit_amount

    assert asyncio.run(run()) == (11, Decimal("3300"))


def test_models_dump_back_to_wire_names_and_strings() -> None:
    ref = InstrumentRef.model_validate({"currencyTitle": "BTC", "networkTitle": "BTC", "extra": 1})
    assert ref.to_wire() == {"currencyTitle": "BTC", "networkTitle": "BTC", "extra": 1}
