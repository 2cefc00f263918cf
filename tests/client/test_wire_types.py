"""Wire types (issue #17 item 1): amounts are plain Decimals and date-times plain datetimes,
made by pydantic-core from the JSON text of the number or string, exact in value; JSON mode
writes each amount as the spec's wire type in plain notation."""

from __future__ import annotations

import datetime
import json
from decimal import Decimal
from typing import Any

import pydantic
import pytest

from coinspec._core.json import dumps, loads
from coinspec._core.model import Model
from coinspec._core.types import AwareDatetime, DecimalText, plain_text
from coinspec._core.types import Decimal as ExactDecimal
from coinspec.swapgate.models import CreateOrderRequest


class Quote(Model):
    rate: ExactDecimal
    fee: DecimalText
    at: AwareDatetime


def quote(rate: str, fee: str = '"0.00000000"') -> Quote:
    """A Quote read the way every response is read: the strict decoder, then validation."""
    return Quote.model_validate(
        loads(f'{{"rate": {rate}, "fee": {fee}, "at": "2020-07-14T13:45:42Z"}}')
    )


@pytest.mark.parametrize(
    "number",
    [
        "0.1000000000000000055511151231257827",  # a double would make it 0.1
        "123456789012345678901234567890",  # 30 digits: past a double's 17
        "123456789012345678901234567890.000000000000000000000001",
        "0.00000001",
    ],
)
def test_a_json_number_amount_is_read_from_its_text_not_a_double(number: str) -> None:
    parsed = quote(number)
    assert type(parsed.rate) is Decimal
    assert parsed.rate == Decimal(number)
    assert parsed.rate != Decimal(float(number)) or number == "0.00000001"


def test_a_decimal_string_amount_is_read_from_its_text() -> None:
    parsed = quote("1", fee='"0.1000000000000000055511151231257827"')
    assert type(parsed.fee) is Decimal
    assert parsed.fee == Decimal("0.1000000000000000055511151231257827")


def test_model_dump_gives_decimal_and_datetime_values() -> None:
    parsed = quote("43350.5", fee='"0.00016"')
    dumped = parsed.model_dump()
    assert dumped["fee"] * 2 == Decimal("0.00032")  # not "0.000160.00016"
    assert dumped["rate"] == Decimal("43350.5")
    assert dumped["at"] == datetime.datetime(2020, 7, 14, 13, 45, 42, tzinfo=datetime.UTC)
    assert type(dumped["at"]) is datetime.datetime


def test_json_mode_writes_each_amount_as_its_wire_type_in_plain_notation() -> None:
    parsed = quote("1E+2", fee='"0E-8"')
    written = json.loads(parsed.model_dump_json(), parse_float=Decimal)
    assert written["rate"] == 100 and not isinstance(written["rate"], str)  # a number
    assert written["fee"] == "0.00000000"  # a string, the spec's type, no exponent
    assert '"rate":100,' in parsed.model_dump_json()
    assert dumps(parsed) == parsed.model_dump_json(by_alias=True, exclude_unset=True)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("0E-8"), "0.00000000"),
        (Decimal("1E+2"), "100"),
        (Decimal("-0.5"), "-0.5"),
        (Decimal("9.000000000000001E-7"), "0.0000009000000000000001"),
        # Beyond 100 zeros the exponent stays: a hostile 1E+3000 is not written as 3000 zeros.
        (Decimal("1E+3000"), "1E+3000"),
    ],
)
def test_plain_text_never_uses_an_exponent_for_an_ordinary_amount(
    value: Decimal, text: str
) -> None:
    assert plain_text(value) == text
    assert Decimal(plain_text(value)) == value


def test_the_round_trip_keeps_every_value_exactly() -> None:
    sent = '{"rate": 0.1000000000000000055511151231257827, "fee": "7000.00", "at": "2020-07-14T16:45:42+03:00"}'
    parsed = Quote.model_validate(loads(sent))
    again = Quote.model_validate(loads(parsed.model_dump_json()))
    assert again == parsed
    assert again.at.utcoffset() == datetime.timedelta(hours=3)


def order_body(amount: Any) -> dict[str, Any]:
    """Swapgate's create_order body, whose claimedDepositAmount is a JSON number amount."""
    btc = {"currencyTitle": "BTC", "networkTitle": "BTC"}
    return {
        "instrumentFrom": btc,
        "instrumentTo": {"currencyTitle": "ETH", "networkTitle": "ETH"},
        "destinationAddress": "0x0",
        "destinationAddressMemo": None,
        "claimedDepositAmount": amount,
    }


@pytest.mark.parametrize("value", [3300.5, float("nan"), float("inf"), True])
def test_a_float_or_bool_is_never_accepted_as_an_amount(value: Any) -> None:
    with pytest.raises(pydantic.ValidationError, match="amounts are exact") as raised:
        CreateOrderRequest.model_validate(order_body(value))
    assert [error["loc"] for error in raised.value.errors()] == [("claimedDepositAmount",)]


def test_an_exact_amount_from_the_user_is_accepted() -> None:
    for given in (Decimal("3300.5"), "3300.5", 3300):
        order = CreateOrderRequest.model_validate(order_body(given))
        assert order.claimed_deposit_amount == Decimal(given)
        assert type(order.claimed_deposit_amount) is Decimal


def test_a_json_number_through_pydantics_own_json_mode_is_refused_not_rounded() -> None:
    # pydantic-core reads a JSON number through a double: refused rather than rounded.
    with pytest.raises(pydantic.ValidationError, match="amounts are exact"):
        Quote.model_validate_json(
            '{"rate": 0.1000000000000000055511151231257827, "fee": "1", "at": "2020-07-14T13:45:42Z"}'
        )
    honest = Quote.model_validate_json(
        '{"rate": "0.1000000000000000055511151231257827", "fee": "1", "at": "2020-07-14T13:45:42Z"}'
    )
    assert honest.rate == Decimal("0.1000000000000000055511151231257827")


def test_a_date_time_without_a_time_zone_or_as_a_number_is_refused() -> None:
    for at in ('"2020-07-14T13:45:42"', "1594734342"):
        with pytest.raises(pydantic.ValidationError, match=r"time zone|date-time|datetime"):
            Quote.model_validate(loads(f'{{"rate": 1, "fee": "1", "at": {at}}}'))
