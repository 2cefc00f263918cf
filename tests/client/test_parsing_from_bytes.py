"""Reading responses: one strict, exact JSON decoder for every operation (the bytes fast
path of pydantic-core was dropped: it took a duplicate key's last value silently); an error
envelope is an error, and amounts and date-times go back as the text they came as."""

from __future__ import annotations

import dataclasses
import datetime
import importlib
from decimal import Decimal
from typing import Any

import httpx
import pytest

from coinspec._core.client import BaseClient
from coinspec._core.json import dumps, to_wire
from coinspec._core.operation import Operation
from coinspec._core.spec import NO_EXAMPLE, load_spec
from coinspec.hodlhodl import HodlHodl, HodlHodlStatusError
from coinspec.hodlhodl import _operations as hodlhodl_operations

CLIENTS = {
    "atomic": ("Atomic", {}),
    "coinjoin": ("CoinJoin", {}),
    "cryptocoinpro": ("CryptoCoinPro", {}),
    "hodlhodl": ("HodlHodl", {"api_key": "k"}),
    "swapgate": ("Swapgate", {}),
}


def success_example(api: str, operation_id: str) -> tuple[int, Any] | None:
    spec = load_spec(api)
    for status in spec.operation(operation_id).raw["responses"]:
        found = spec.media(operation_id, status, "application/json") if status[0] == "2" else None
        example = NO_EXAMPLE if found is None else spec.media_example(found[1])
        if example is not NO_EXAMPLE:
            return int(status), example
    return None


def cases() -> list[tuple[str, str]]:
    found = []
    for api in CLIENTS:
        module = importlib.import_module(f"coinspec.{api}._operations")
        for value in vars(module).values():
            if (
                isinstance(value, Operation)
                and value.json_exact
                and success_example(api, value.name)
            ):
                found.append((api, value.name))
    return sorted(found)


def client_for(api: str) -> BaseClient:
    name, credentials = CLIENTS[api]
    client: BaseClient = getattr(importlib.import_module(f"coinspec.{api}"), name)(
        base_url="https://service.test", **credentials
    )
    return client


def operation(api: str, name: str) -> Operation[Any]:
    module = importlib.import_module(f"coinspec.{api}._operations")
    return next(v for v in vars(module).values() if isinstance(v, Operation) and v.name == name)


def contract_listing(extra: dict[str, Any]) -> bytes:
    found = success_example("hodlhodl", "get_contract")
    assert found is not None, "hodlhodl's get_contract shows no 2xx example"
    _status, example = found
    contract = {**example["contract"], **extra}
    return dumps({"status": "success", "contracts": [contract, contract]}).encode()


def listing_client(body: bytes) -> HodlHodl:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    return HodlHodl(base_url="https://hodlhodl.test", api_key="k", transport=transport)


def test_an_error_envelope_is_an_error_even_with_the_result_key() -> None:
    body = dumps(
        {"status": "error", "error_code": "not_allowed", "message": "no", "contracts": []}
    ).encode()
    with listing_client(body) as client, pytest.raises(HodlHodlStatusError, match="no"):
        client.list_my_contracts()


def test_a_body_that_breaks_the_spec_is_reported_by_the_general_path() -> None:
    body = dumps({"status": "success", "contracts": [{"id": 5}]}).encode()
    with listing_client(body) as client, pytest.raises(Exception, match="does not match the spec"):
        client.list_my_contracts()


@pytest.mark.parametrize("text", ["7000.00", "0.00000000", "9.000000000000001e-7", "1E+2", "-0.5"])
def test_a_string_amount_goes_back_as_the_text_it_came_as(text: str) -> None:
    """`price` is `{type: string, format: decimal}`: exact in value and in spelling, both paths."""
    body = contract_listing({"price": text})
    with listing_client(body) as client:
        fast = client.list_my_contracts()
        general = client._parse(
            dataclasses.replace(hodlhodl_operations.LIST_MY_CONTRACTS, json_exact=False),
            httpx.Response(200, content=body),
            {},
        )
    for contracts in (fast, general):
        assert contracts[0].price == Decimal(text)
        assert to_wire(contracts[0])["price"] == text
        # A plain Decimal when its digits are the text (no object for the collector to track).
        assert (type(contracts[0].price) is Decimal) == (
            str(Decimal(text)) == text and "E" not in text
        )


@pytest.mark.parametrize(
    "text",
    [
        "2020-07-14T13:45:42Z",
        "2020-07-14T13:45:42.000+03:00",
        "2020-07-14T13:45:42+00:00",
        "2020-07-14 13:45:42Z",
    ],
)
def test_a_date_time_goes_back_as_the_text_it_came_as(text: str) -> None:
    body = contract_listing({"created_at": text})
    with listing_client(body) as client:
        fast = client.list_my_contracts()
        general = client._parse(
            dataclasses.replace(hodlhodl_operations.LIST_MY_CONTRACTS, json_exact=False),
            httpx.Response(200, content=body),
            {},
        )
    for contracts in (fast, general):
        assert to_wire(contracts[0])["created_at"] == text
        assert contracts[0].created_at.utcoffset() is not None
        # A plain datetime when it writes back as the text: nothing for the collector to track.
        assert (type(contracts[0].created_at) is datetime.datetime) == (
            text == "2020-07-14T13:45:42Z"
        )
