"""Bytes from a hostile server: one strict JSON decoder, bounded numbers (issue #14 items 2, 4),
and credentials that never follow a redirect to another host (item 13)."""

from __future__ import annotations

import asyncio
import json
import time
from decimal import Decimal
from typing import Any

import httpx
import pydantic
import pytest

from coinspec import ResponseValidationError
from coinspec._core.types import Decimal as ExactDecimal
from coinspec._core.types import DecimalText
from coinspec.cryptocoinpro import CryptoCoinPro
from coinspec.hodlhodl import AsyncHodlHodl, HodlHodl, HodlHodlResponseValidationError
from coinspec.swapgate import AsyncSwapgate, Swapgate, SwapgateResponseValidationError

from .server import FaultServer

KINDS = ["sync", "async"]
INSTRUMENT = {
    "currencyTitle": "ADA",
    "networkTitle": "ADA",
    "currencyFriendlyTitle": "Cardano",
    "precisionDecimals": 11,
    "requiresMemo": False,
    "currencyLogoLink": "x",
}


def instruments(kind: str, body: bytes) -> Any:
    """list_instruments against a server answering ``body``; the result or the error."""
    with FaultServer(["body"], ok_body=body) as server:
        try:
            if kind == "sync":
                with Swapgate(base_url=server.url, max_retries=0) as client:
                    return client.list_instruments()

            async def run() -> Any:
                async with AsyncSwapgate(base_url=server.url, max_retries=0) as client:
                    return await client.list_instruments()

            return asyncio.run(run())
        except Exception as exc:
            return exc


def refused(outcome: Any, says: str) -> None:
    assert isinstance(outcome, SwapgateResponseValidationError), outcome
    assert isinstance(outcome, ResponseValidationError)
    assert says in str(outcome), str(outcome)


# -- 4. well-formed JSON only ---------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_json_nested_100000_deep_is_a_typed_error(kind: str) -> None:
    refused(instruments(kind, b"[" * 100_000 + b"]" * 100_000), "nested deeper than 200 levels")


@pytest.mark.parametrize("kind", KINDS)
def test_invalid_utf8_is_refused_not_replaced(kind: str) -> None:
    body = json.dumps([{**INSTRUMENT, "currencyFriendlyTitle": "CARDANO"}]).encode()
    refused(instruments(kind, body.replace(b"CARDANO", b"CAR\xffNO")), "invalid UTF-8")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("token", [b"NaN", b"Infinity", b"-Infinity"])
def test_nan_and_infinity_are_not_json(kind: str, token: bytes) -> None:
    body = json.dumps([{**INSTRUMENT, "precisionDecimals": 11}]).encode()
    outcome = instruments(kind, body.replace(b"11", token))
    refused(outcome, f"{token.decode()} is not JSON")


@pytest.mark.parametrize("kind", KINDS)
def test_true_is_not_an_integer(kind: str) -> None:
    outcome = instruments(kind, json.dumps([{**INSTRUMENT, "precisionDecimals": True}]).encode())
    refused(outcome, "precisionDecimals")


@pytest.mark.parametrize("kind", KINDS)
def test_an_honest_body_is_read(kind: str) -> None:
    body = b"\xef\xbb\xbf" + json.dumps([{**INSTRUMENT, "currencyFriendlyTitle": "Café"}]).encode()
    [instrument] = instruments(kind, body)
    assert instrument.currency_friendly_title == "Café" and instrument.precision_decimals == 11


def contract_call(kind: str, body: bytes) -> Any:
    with FaultServer(["body"], ok_body=body) as server:
        try:
            if kind == "sync":
                with HodlHodl(base_url=server.url, api_key="k", max_retries=0) as client:
                    return client.get_contract(id="c1")

            async def run() -> Any:
                async with AsyncHodlHodl(base_url=server.url, api_key="k", max_retries=0) as c:
                    return await c.get_contract(id="c1")

            return asyncio.run(run())
        except Exception as exc:
            return exc


@pytest.mark.parametrize("kind", KINDS)
def test_a_duplicate_key_is_refused_not_taken_last(kind: str) -> None:
    # HodlHodl's envelope: the first "status" says error, the second would make it a success.
    body = b'{"status": "error", "error_code": "x", "message": "no", "status": "success"}'
    outcome = contract_call(kind, body)
    assert isinstance(outcome, HodlHodlResponseValidationError), outcome
    assert 'a key twice in one object: "status"' in str(outcome)


# -- 2. numbers bounded before any conversion ----------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("number", [b"1e100000000", b"1e1000000", b"1" * 5000])
def test_a_huge_number_in_an_integer_field_is_refused_at_once(kind: str, number: bytes) -> None:
    body = json.dumps([{**INSTRUMENT, "precisionDecimals": 11}]).encode().replace(b"11", number)
    started = time.monotonic()
    outcome = instruments(kind, body)
    assert isinstance(outcome, SwapgateResponseValidationError), outcome
    assert time.monotonic() - started < 2.0


@pytest.mark.parametrize("validator", [ExactDecimal, DecimalText])
@pytest.mark.parametrize(
    "value",
    [Decimal("1e100000000"), "1e100000000", Decimal("1e-5000"), "1" * 400, Decimal("0E-9999")],
)
def test_a_decimal_beyond_the_bounds_is_refused_naming_the_field(
    validator: Any, value: Any
) -> None:
    class Rate(pydantic.BaseModel):
        price: validator

    started = time.monotonic()
    with pytest.raises(pydantic.ValidationError) as raised:
        Rate(price=value)
    assert raised.value.errors()[0]["loc"] == ("price",)
    assert "significant digits" in str(raised.value) or "characters" in str(raised.value)
    assert time.monotonic() - started < 1.0


@pytest.mark.parametrize("value", ["0.00000001", "43350", Decimal("1E+300"), "1e-100"])
def test_a_decimal_within_the_bounds_is_kept_exactly(value: Any) -> None:
    class Rate(pydantic.BaseModel):
        price: ExactDecimal

    assert Rate(price=value).price == Decimal(value)


# -- 13. no credential follows a redirect to another origin ---------------------------------


@pytest.mark.parametrize("header", ["token"])
def test_a_redirect_to_another_host_drops_every_credential_the_client_set(header: str) -> None:
    with FaultServer(["ok"], ok_body=b'{"data": {}}') as elsewhere:
        target = elsewhere.url.replace("127.0.0.1", "localhost") + "/platform/p1"
        with (
            FaultServer(["redirect"], location=target) as origin,
            httpx.Client(follow_redirects=True) as http,
            CryptoCoinPro(
                base_url=origin.url, platform_token="tok-s3cr3t", http_client=http, max_retries=0
            ) as client,
        ):
            try:
                client.get_platform(platform="p1")
            except Exception:
                pass  # what the other host answers does not matter here
    assert origin.received[0].headers.get(header) == "tok-s3cr3t"  # the origin gets it
    assert [r.path for r in elsewhere.received] == ["/platform/p1"]
    assert header not in elsewhere.received[0].headers


def test_a_redirect_within_the_origin_keeps_the_credential() -> None:
    with FaultServer(["redirect", "ok"], ok_body=b'{"data": {}}') as origin:
        origin.location = origin.url + "/platform/p2"
        with (
            httpx.Client(follow_redirects=True) as http,
            CryptoCoinPro(
                base_url=origin.url, platform_token="tok-s3cr3t", http_client=http, max_retries=0
            ) as client,
        ):
            try:
                client.get_platform(platform="p1")
            except Exception:
                pass
    assert [r.path for r in origin.received] == ["/platform/p1", "/platform/p2"]
    assert origin.received[1].headers.get("token") == "tok-s3cr3t"
