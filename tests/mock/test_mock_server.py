"""The generated mock: real HTTP on loopback, validating requests against the spec."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest

from coinspec.mock import MockServer

from .process import mock_process


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    """The mock started the way a user starts it: `python -m coinspec.mock swapgate --port 0`."""
    with mock_process("swapgate", "--quiet") as mock:
        yield mock.url


def test_serves_the_documented_example(mock_url: str) -> None:
    response = httpx.get(mock_url + "/instruments")
    assert response.status_code == 200
    assert response.json()[0]["currencyFriendlyTitle"] == "Cardano"


def test_decimals_in_examples_are_served_exactly(mock_url: str) -> None:
    params = {
        "instrumentFromCurrencyTitle": "USDT",
        "instrumentFromNetworkTitle": "TRC20",
        "instrumentToCurrencyTitle": "BTC",
        "instrumentToNetworkTitle": "BTC",
    }
    response = httpx.get(mock_url + "/rates-info", params=params)
    assert response.status_code == 200
    assert (
        '"price": "0.00001936165401188960303"' in response.text
        or '"price":"0.00001936165401188960303"' in response.text
    )


def test_missing_parameter_is_named(mock_url: str) -> None:
    response = httpx.get(mock_url + "/order-info", params={"orderId": "1"})
    assert response.status_code == 400
    assert response.json()["mock_error"] == "missing required query parameter 'destinationAddress'"


def test_wrong_parameter_type_is_named(mock_url: str) -> None:
    response = httpx.get(
        mock_url + "/order-info", params={"orderId": "abc", "destinationAddress": "x"}
    )
    assert response.status_code == 400
    assert "query parameter 'orderId'" in response.json()["mock_error"]
    assert "not of type 'integer'" in response.json()["mock_error"]


def test_unknown_parameter_is_refused(mock_url: str) -> None:
    response = httpx.get(mock_url + "/instruments", params={"limit": "5"})
    assert response.status_code == 400
    assert "unknown query parameter(s) 'limit'" in response.json()["mock_error"]


def test_invalid_body_field_is_named(mock_url: str) -> None:
    response = httpx.post(
        mock_url + "/set-email", json={"orderId": "not-a-number", "userEmail": "a@b.c"}
    )
    assert response.status_code == 400
    assert response.json()["mock_error"].startswith(
        "request body['orderId']: 'not-a-number' is not of type 'integer'"
    )


def test_missing_body_is_refused(mock_url: str) -> None:
    response = httpx.post(mock_url + "/create")
    assert response.status_code == 400
    assert "needs a request body" in response.json()["mock_error"]


def test_body_that_is_not_json_is_refused(mock_url: str) -> None:
    response = httpx.post(
        mock_url + "/set-email", content=b"{oops", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert "not valid JSON" in response.json()["mock_error"]


def test_prefer_code_answers_with_a_documented_status(mock_url: str) -> None:
    body = {"orderId": 1, "userEmail": "a@b.c"}
    response = httpx.post(mock_url + "/set-email", json=body, headers={"Prefer": "code=403"})
    assert response.status_code == 403
    assert response.content == b""


def test_prefer_code_that_is_not_documented(mock_url: str) -> None:
    response = httpx.get(mock_url + "/instruments", headers={"Prefer": "code=418"})
    assert response.status_code == 400
    assert response.json()["mock_error"] == (
        "Prefer: code=418, but the spec documents 200 for GET /instruments"
        " (and every operation may answer 429, 500, 502, 503, 504)"
    )


def test_unknown_path_and_method(mock_url: str) -> None:
    assert httpx.get(mock_url + "/nothing").status_code == 404
    response = httpx.delete(mock_url + "/instruments")
    assert response.status_code == 405
    assert "allowed: GET" in response.json()["mock_error"]


def test_keeps_what_it_received() -> None:
    server = MockServer("swapgate")
    url = server.start()
    try:
        httpx.post(
            url + "/validate-address",
            json={"currencyTitle": "BTC", "networkTitle": "BTC", "address": "x"},
        )
        received = server.app.received[-1]
        assert received.operation == "validate_address"
        assert json.loads(received.body) == {
            "currencyTitle": "BTC",
            "networkTitle": "BTC",
            "address": "x",
        }
    finally:
        server.stop()


def test_unknown_api_is_refused() -> None:
    with pytest.raises(ValueError, match=r"no mock for 'nope'; available: .*swapgate"):
        MockServer("nope")
