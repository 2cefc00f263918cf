"""Rules of a body a type cannot say (anyOf of required sets, oneOf, if/then on another
field's value) are checked before sending, with a message naming the missing field."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from coinspec._core.rules import broken_rule
from coinspec.cryptocoinpro import CryptoCoinPro, CryptoCoinProRequestError
from coinspec.hodlhodl import HodlHodl, HodlHodlRequestError
from coinspec.mock import MockServer

from .serving import serve

USER = "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3"


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    yield from serve("cryptocoinpro")


@pytest.fixture
def client(mock: MockServer) -> Iterator[CryptoCoinPro]:
    with CryptoCoinPro(base_url=mock.url, api_key="t") as client:
        yield client


def quote(**changes: object) -> dict[str, object]:
    body: dict[str, object] = {
        "type": "coin",
        "orderType": "buy_with_crypto",
        "orderAmount": "1.0010",
        "orderSymbol": "ETH",
        "orderPaymentSymbol": "EUR",
        "orderPaymentType": "bank",
    }
    body.update(changes)
    return {k: v for k, v in body.items() if v is not None}


def refused(client: CryptoCoinPro, mock: MockServer, call: Any) -> str:
    before = len(mock.app.received)
    with pytest.raises(CryptoCoinProRequestError) as caught:
        call(client)
    assert len(mock.app.received) == before  # nothing was sent
    return str(caught.value)


def test_a_field_required_by_another_fields_value_is_checked(
    client: CryptoCoinPro, mock: MockServer
) -> None:
    message = refused(
        client, mock, lambda c: c.create_quote(user=USER, body=quote(orderType="withdraw"))
    )
    assert message == (
        "CryptoCoinPro create_quote: the body needs wallet when orderType is 'withdraw'"
    )
    client.create_quote(user=USER, body=quote(orderType="withdraw", wallet="bc1q-wallet"))


def test_one_of_several_fields_is_checked(client: CryptoCoinPro, mock: MockServer) -> None:
    message = refused(
        client, mock, lambda c: c.create_quote(user=USER, body=quote(orderPaymentType=None))
    )
    assert message.endswith("the body needs orderPaymentMethod or orderPaymentType")
    client.create_quote(user=USER, body=quote())


def test_a_nested_requirement_is_named_by_its_path(client: CryptoCoinPro, mock: MockServer) -> None:
    body = {
        "email": "joe@doe.com",
        "firstName": "Joe",
        "lastName": "Doe",
        "dateOfBirth": "1990-01-01",
    }
    message = refused(client, mock, lambda c: c.create_user(body=body))
    assert message.endswith("the body needs password or platform.id")
    message = refused(client, mock, lambda c: c.create_user(body={**body, "platform": {}}))
    assert message.endswith("the body needs password or platform.id")
    client.create_user(body={**body, "password": "12345678"})


def test_a_multipart_body_is_checked_too(client: CryptoCoinPro, mock: MockServer) -> None:
    body = {"country": "RO", "city": "Pitesti", "zip": "123456", "street": "Street 1"}
    message = refused(
        client,
        mock,
        lambda c: c.create_kyc(user=USER, body={**body, "documents[governmentIdFront]": b"front"}),
    )
    assert message.endswith(
        "the body needs documents[governmentIdFront] and documents[governmentIdBack]"
        " or documents[passport]"
    )
    client.create_kyc(user=USER, body={**body, "documents[passport]": b"passport scan"})


def test_a_field_given_in_extra_body_counts(client: CryptoCoinPro) -> None:
    client.create_quote(
        user=USER, body=quote(orderType="withdraw"), extra_body={"wallet": "bc1q-wallet"}
    )


def test_exactly_one_of_two_fields() -> None:
    contract = {
        "offer_id": "9QTmnkDTE2g1abyL",
        "offer_version": "219ed5hb",
        "payment_method_instruction_id": 4576,
        "payment_method_instruction_version": "219ed5h9",
    }
    with HodlHodl(api_key="k", base_url="http://127.0.0.1:9") as hodlhodl:
        with pytest.raises(
            HodlHodlRequestError, match=r"contract: needs exactly one of value or volume$"
        ):
            hodlhodl.create_contract(body={"contract": contract})
        with pytest.raises(
            HodlHodlRequestError,
            match=r"contract: takes only one of value or volume: value and volume were given$",
        ):
            hodlhodl.create_contract(body={"contract": {**contract, "value": 1, "volume": 1}})


@pytest.mark.parametrize(
    ("rule", "body", "said"),
    [
        (
            {"dependentRequired": {"iban": ["bic"]}},
            {"iban": "RO49"},
            "needs bic when iban is given",
        ),
        ({"dependentRequired": {"iban": ["bic"]}}, {"bic": "X"}, None),
        (
            {
                "if": {"properties": {"kind": {"const": "card"}}},
                "then": {"required": ["pan"]},
                "else": {"required": ["iban"]},
            },
            {"kind": "bank"},
            "needs iban when not (kind is 'bank')",
        ),
        ({"not": {"required": ["password"]}}, {"password": "x"}, "may not have password"),
        ({"anyOf": [{"required": ["id"]}, {"required": ["email"]}]}, {"email": "a@b.c"}, None),
    ],
)
def test_the_rules_read_as_json_schema_reads_them(
    rule: dict[str, Any], body: dict[str, Any], said: str | None
) -> None:
    assert broken_rule([rule], body) == said
