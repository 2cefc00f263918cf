"""Every client-side refusal is the service's error (and coinspec.CoinspecError): a call's
arguments that cannot be sent are its RequestError, also a ValueError; nothing is sent."""

from __future__ import annotations

import httpx
import pytest

from coinspec import CoinspecError, RequestError
from coinspec.swapgate import Swapgate, SwapgateError, SwapgateRequestError


@pytest.fixture
def sent() -> list[httpx.Request]:
    return []


@pytest.fixture
def swapgate(sent: list[httpx.Request]) -> Swapgate:
    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=True)

    return Swapgate(base_url="https://swapgate.test", transport=httpx.MockTransport(handler))


def test_a_mapping_body_that_breaks_its_model_is_a_request_error(
    swapgate: Swapgate, sent: list[httpx.Request]
) -> None:
    with pytest.raises(SwapgateRequestError) as caught:
        swapgate.set_email(body={"userEmail": "a@b.c"})
    error = caught.value
    assert isinstance(error, SwapgateError) and isinstance(error, RequestError)
    assert isinstance(error, CoinspecError) and isinstance(error, ValueError)
    assert str(error) == (
        "Swapgate set_email: the body does not match SetEmailRequest: 1 error(s), "
        "first: orderId: Field required"
    )
    assert sent == []


def test_a_float_amount_in_a_query_is_a_request_error(
    swapgate: Swapgate, sent: list[httpx.Request]
) -> None:
    with pytest.raises(SwapgateRequestError, match="get_rates_info: amounts are exact"):
        swapgate.get_rates_info(
            instrument_from_currency_title="USDT",
            instrument_from_network_title="TRC20",
            instrument_to_currency_title="BTC",
            instrument_to_network_title="BTC",
            claimed_deposit_amount=3300.5,  # type: ignore[arg-type]
        )
    assert sent == []


def test_a_float_amount_in_a_mapping_body_is_a_request_error(
    swapgate: Swapgate, sent: list[httpx.Request]
) -> None:
    with pytest.raises(SwapgateRequestError, match=r"claimedDepositAmount: .*amounts are exact"):
        swapgate.create_order(
            body={
                "instrumentFrom": {"currencyTitle": "USDT", "networkTitle": "TRC20"},
                "instrumentTo": {"currencyTitle": "BTC", "networkTitle": "BTC"},
                "destinationAddress": "bc1q",
                "destinationAddressMemo": None,
                "claimedDepositAmount": 3300.5,
            }
        )
    assert sent == []


def test_the_honest_call_is_sent(swapgate: Swapgate, sent: list[httpx.Request]) -> None:
    assert swapgate.validate_address(
        body={"currencyTitle": "BTC", "networkTitle": "BTC", "address": "bc1q"}
    )
    assert len(sent) == 1
