"""CoinJoin's response signature, against the document's PHP.

Expected signatures were worked out by hand from the PHP one-liner and checked
by running that exact code with PHP 8.2 (``php -r``), secret ``cj-secret-Ω-42``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from decimal import Decimal
from typing import Any

import pytest

from coinspec_runtime import VerificationFailed
from coinspec_runtime.coinjoin import (
    php_string,
    sign_response,
    signature_message,
    signed_response,
    verify_response_signature,
)

SECRET = "cj-secret-Ω-42"

# The document's "GET /transaction/{id}" example response.
TRANSACTION_JSON = """{
   "id": "Q96G3MSNW8MPQRTX",
   "status": "complete",
   "depositAddress": "tb1q0pkwdj3pqdp587yrc8sus876kccn5tq577ce5x",
   "depositAmount": "0.0062244",
   "depositTxid": "80bb6cda5036ce277598d949d2e4b3771c56b31ba77b757bf9753a370f16c99",
   "payouts": {
      "mfuAKvSsAMrC7gjbEEb521uc1myeF9BSsc": "0.006"
   },
   "txid": "0ea6f3a702a368ed09830d959f1c82b7d8f65f53a783965514380e123fc8ca4e",
   "fee": 0.0002244,
   "delay": "0",
   "updated": "2022-04-28T09:46:11+00:00",
   "created": "2022-04-28T09:42:41+00:00"
}"""
TRANSACTION_MESSAGE = (
    "Q96G3MSNW8MPQRTX|complete|tb1q0pkwdj3pqdp587yrc8sus876kccn5tq577ce5x|0.0062244|"
    "80bb6cda5036ce277598d949d2e4b3771c56b31ba77b757bf9753a370f16c99|mfuAKvSsAMrC7gjbEEb521uc1myeF9BSsc,0.006|"
    "0ea6f3a702a368ed09830d959f1c82b7d8f65f53a783965514380e123fc8ca4e|0.0002244|0|"
    "2022-04-28T09:46:11+00:00|2022-04-28T09:42:41+00:00"
)
TRANSACTION_SIGNATURE = "hF0rLh/TYmdQBoAsxV1Tu/sSyFxF2rTrLBWY0x78w44="  # PHP 8.2

# The document's "POST /createTransaction" response: depositAmount and fee are JSON numbers.
CREATE_JSON = """{
   "id": "JEVG1TKFP4L95EDX",
   "status": "pending",
   "depositAddress": "tb1qmc2vcq6a427v6t83z8rnyg9ldf5k5p5uj2x4xv",
   "depositAmount": 0.00316,
   "payouts": {
      "mr9if7VDsVfEZ1qUo2u3trv6rU9eH7Yx4u": "0",
      "mia3h2FdYvR2LbDR1to9u6TC62hiTbDKM9": "0"
   },
   "fee": 0.00016,
   "delay": "1",
   "refCode": "qljncygz",
   "updated": "2022-05-05T08:56:05+00:00",
   "created": "2022-05-05T08:56:05+00:00",
   "signature": "zDQlfJHSJWtzw8yFwevs7KmiDZs15FVl01RbPwPt3bc="
}"""
CREATE_MESSAGE = (
    "JEVG1TKFP4L95EDX|pending|tb1qmc2vcq6a427v6t83z8rnyg9ldf5k5p5uj2x4xv|0.00316|"
    "mr9if7VDsVfEZ1qUo2u3trv6rU9eH7Yx4u,mia3h2FdYvR2LbDR1to9u6TC62hiTbDKM9,0,0|0.00016|1|qljncygz|"
    "2022-05-05T08:56:05+00:00|2022-05-05T08:56:05+00:00"
)
CREATE_SIGNATURE = "gGs8MiDWaCbdKnF4PzjfqRJsvt0iJYCR6AeJaYgfdYk="  # PHP 8.2

# PHP's string conversions, exercised on purpose.
ODD_JSON = (
    '{"a":0.00001,"b":true,"c":false,"d":null,"e":1e15,"f":100000000000000,"g":12345678901234567890,'
    '"h":-0.5,"i":[],"j":{"1":2,"x":[1]},"k":"p|i,pe","l":0.1,"m":123456789.12345678}'
)
ODD_MESSAGE = "1.0E-5|1|||1.0E+15|100000000000000|1.2345678901235E+19|-0.5|,|1,x,2,Array|p|i,pe|0.1|123456789.12346"
ODD_SIGNATURE = "xD3dV9dEamKJAi2/9YyL//ymj4Mr+PNUzVrsn3ylxak="  # PHP 8.2


def _load(text: str) -> dict[str, Any]:
    body: dict[str, Any] = json.loads(text, parse_float=Decimal)
    return body


def _hmac(message: str) -> str:
    return base64.b64encode(
        hmac.new(SECRET.encode(), message.encode(), hashlib.sha256).digest()
    ).decode()


@pytest.mark.parametrize(
    ("text", "message", "signature"),
    [
        (TRANSACTION_JSON, TRANSACTION_MESSAGE, TRANSACTION_SIGNATURE),
        (CREATE_JSON, CREATE_MESSAGE, CREATE_SIGNATURE),
        (ODD_JSON, ODD_MESSAGE, ODD_SIGNATURE),
    ],
    ids=["transaction", "createTransaction", "php-conversions"],
)
def test_vectors(text: str, message: str, signature: str) -> None:
    body = _load(text)
    assert signature_message(body) == message
    assert _hmac(message) == signature  # the hand-worked message is the one PHP signed
    assert sign_response(body, SECRET) == signature
    verify_response_signature({**body, "signature": signature}, SECRET)


def test_signature_field_is_ignored_wherever_it_sits() -> None:
    body = _load(TRANSACTION_JSON)
    with_sig = {"signature": TRANSACTION_SIGNATURE, **body}
    verify_response_signature(with_sig, SECRET)
    verify_response_signature(body | {"signature": TRANSACTION_SIGNATURE}, SECRET.encode())


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, ""),
        (True, "1"),
        (False, ""),
        (0, "0"),
        (-7, "-7"),
        ("0.006", "0.006"),
        (Decimal("0.0002244"), "0.0002244"),
        (Decimal("0.0001"), "0.0001"),
        (Decimal("0.00001"), "1.0E-5"),
        (Decimal("1.0"), "1"),
        (Decimal("1.50"), "1.5"),
        (Decimal("100000000000000.0"), "1.0E+14"),
        (Decimal("99999999999999.0"), "99999999999999"),
        (Decimal("0.30000000000000004"), "0.3"),
        (Decimal("-0.0"), "-0"),
        (Decimal("2.5E-7"), "2.5E-7"),
        (Decimal("123.456"), "123.456"),
        (2**63, "9.2233720368548E+18"),
        (2**63 - 1, "9223372036854775807"),
        ({"a": 1}, "Array"),
    ],
)
def test_php_string(value: Any, expected: str) -> None:
    assert php_string(value) == expected


def _signed_transaction() -> dict[str, Any]:
    return _load(TRANSACTION_JSON) | {"signature": TRANSACTION_SIGNATURE}


def _reordered(body: dict[str, Any]) -> dict[str, Any]:
    keys = list(body)
    keys[0], keys[1] = keys[1], keys[0]
    return {k: body[k] for k in keys}


@pytest.mark.parametrize(
    "tamper",
    [
        lambda b: b | {"depositAmount": "0.0062245"},
        lambda b: b | {"fee": Decimal("0.0002245")},
        lambda b: b | {"payouts": {"mfuAKvSsAMrC7gjbEEb521uc1myeF9BSsd": "0.006"}},
        lambda b: b | {"payouts": {"mfuAKvSsAMrC7gjbEEb521uc1myeF9BSsc": "0.0061"}},
        lambda b: b | {"status": "expired"},
        _reordered,
        lambda b: b | {"extra": "x"},
        lambda b: {k: val for k, val in b.items() if k != "txid"},
        lambda b: b | {"signature": "AAAA" + TRANSACTION_SIGNATURE[4:]},
        lambda b: {k: val for k, val in b.items() if k != "signature"},
        lambda b: b | {"signature": None},
    ],
    ids=[
        "amount",
        "fee",
        "payout-address",
        "payout-amount",
        "status",
        "reordered-keys",
        "added-field",
        "removed-field",
        "signature",
        "no-signature",
        "null-signature",
    ],
)
def test_tampered_responses_are_refused(tamper: Any) -> None:
    with pytest.raises(VerificationFailed) as info:
        verify_response_signature(tamper(_signed_transaction()), SECRET)
    assert info.value.check == "coinjoin.signature"


def test_another_secret_is_refused_and_not_echoed() -> None:
    with pytest.raises(VerificationFailed) as info:
        verify_response_signature(_signed_transaction(), "not-the-secret")
    assert "not-the-secret" not in str(info.value) and SECRET not in str(info.value)


# ---- what PHP cannot have signed: refused with the body check, never a crash -------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("fee", Decimal("NaN")),
        ("fee", Decimal("Infinity")),
        ("fee", Decimal("-Infinity")),
        ("fee", float("nan")),
        ("fee", float("inf")),
        ("fee", Decimal("1e100000000")),  # twelve bytes of JSON; as a float, infinity
        ("fee", Decimal("1e-100000000")),
        ("fee", Decimal("1." + "1" * 5000)),
        ("delay", 10**400),  # beyond a double: PHP's json_decode would make INF of it
        ("status", "complete\ud800"),  # a lone surrogate: not Unicode, not something PHP sent
        ("payouts", {"mfuAKvSsAMrC7gjbEEb521uc1myeF9BSsc\udfff": "0.006"}),
        ("depositAmount", object()),
    ],
    ids=[
        "NaN",
        "Infinity",
        "-Infinity",
        "float-nan",
        "float-inf",
        "huge-exponent",
        "tiny-exponent",
        "many-digits",
        "huge-integer",
        "lone-surrogate",
        "surrogate-in-key",
        "not-json",
    ],
)
def test_bodies_php_cannot_have_signed_are_refused(field: str, value: Any) -> None:
    body = _signed_transaction() | {field: value}
    with pytest.raises(VerificationFailed) as info:
        verify_response_signature(body, SECRET)
    assert info.value.check == "coinjoin.body", str(info.value)


def test_a_nan_where_the_server_signed_the_string_nan_is_refused() -> None:
    # PHP prints a NAN double as "NAN": a server that signed the string "NAN" must not have
    # that signature accepted for a body holding a bare NaN (which is not JSON).
    body = _load(TRANSACTION_JSON) | {"fee": "NAN"}
    signature = sign_response(body, SECRET)
    verify_response_signature(body | {"signature": signature}, SECRET)
    with pytest.raises(VerificationFailed) as info:
        verify_response_signature(body | {"fee": Decimal("NaN"), "signature": signature}, SECRET)
    assert info.value.check == "coinjoin.body"


def test_what_the_signature_does_not_cover() -> None:
    """The limits verify_response_signature's docstring states, shown: they are the
    document's scheme, and a user must know them."""
    body = _signed_transaction()
    # Key names are not signed: swapping the names of depositAmount and fee still verifies.
    swapped = {
        ("fee" if k == "depositAmount" else "depositAmount" if k == "fee" else k): v
        for k, v in body.items()
    }
    assert swapped["fee"] == body["depositAmount"]
    verify_response_signature(swapped, SECRET)
    # Two levels deep is signed as the word "Array": nested contents are not covered.
    nested = _load(CREATE_JSON)
    nested["payouts"] = {"a": {"address": "one"}}
    signature = sign_response(nested, SECRET)
    nested["payouts"] = {"a": {"address": "another"}}
    verify_response_signature(nested | {"signature": signature}, SECRET)
    # JSON types: true and "1" sign alike.
    typed = body | {"delay": True}
    typed_signature = sign_response(typed, SECRET)
    verify_response_signature(body | {"delay": "1", "signature": typed_signature}, SECRET)


def test_verified_response_keeps_the_body() -> None:
    body = _signed_transaction()
    assert verify_response_signature(body, SECRET).body is body


def test_a_body_that_is_not_an_object_is_refused() -> None:
    with pytest.raises(VerificationFailed) as info:
        verify_response_signature(["not", "an", "object"], SECRET)  # type: ignore[arg-type]
    assert info.value.check == "coinjoin.body"


# ---- a createTransaction answer is tied to the request it answers: its signed payouts ----------
# The document's createTransaction request, and its genuine signed answer (CREATE_JSON).
CREATE_REQUEST: dict[str, Any] = {
    "delay": "1",
    "payouts": ["mr9if7VDsVfEZ1qUo2u3trv6rU9eH7Yx4u", "mia3h2FdYvR2LbDR1to9u6TC62hiTbDKM9"],
    "refCode": "qljncygz",
}
# An earlier request of the same user, with another payout address.
EARLIER_REQUEST: dict[str, Any] = {"delay": "0", "payouts": ["mx1HgMB1EG38bRtfH4tQwMGSvZXodbxdQ8"]}
ADDRESS_A, ADDRESS_B = CREATE_REQUEST["payouts"]


def _genuine(payouts: Any) -> dict[str, Any]:
    """A genuine answer, signed with the user's secret, whose payouts are ``payouts``."""
    return signed_response(_load(CREATE_JSON) | {"payouts": payouts}, SECRET)


def test_the_documents_answer_to_the_documents_request_is_accepted() -> None:
    answer = _load(CREATE_JSON) | {"signature": CREATE_SIGNATURE}
    assert verify_response_signature(answer, SECRET, request_body=CREATE_REQUEST).body is answer


def test_a_replayed_answer_to_an_earlier_request_is_refused() -> None:
    """The attack: the server replays the genuine signed answer of an earlier
    createTransaction (its deposit address, its payouts). The signature is valid."""
    replayed = _genuine({"mx1HgMB1EG38bRtfH4tQwMGSvZXodbxdQ8": "0"})
    verify_response_signature(replayed, SECRET, request_body=EARLIER_REQUEST)  # genuine
    with pytest.raises(VerificationFailed) as info:
        verify_response_signature(replayed, SECRET, request_body=CREATE_REQUEST)
    assert info.value.check == "coinjoin.payouts"
    message = str(info.value)
    assert "mx1HgMB1EG38bRtfH4tQwMGSvZXodbxdQ8" in message and "did not send" in message
    assert ADDRESS_A in message and "leaves out" in message


@pytest.mark.parametrize(
    ("payouts", "said"),
    [
        (
            {ADDRESS_A: "0", ADDRESS_B: "0", "mx1HgMB1EG38bRtfH4tQwMGSvZXodbxdQ8": "0"},
            "pays 'mx1HgMB1EG38bRtfH4tQwMGSvZXodbxdQ8', which the request did not send",
        ),
        ({ADDRESS_A: "0"}, f"leaves out {ADDRESS_B!r}, which the request sent"),
        ({}, "leaves out"),
        ({ADDRESS_A.lower(): "0", ADDRESS_B: "0"}, "did not send"),  # exact strings only
    ],
    ids=["added-address", "missing-address", "no-address", "other-case"],
)
def test_payouts_other_than_the_requested_addresses_are_refused(payouts: Any, said: str) -> None:
    with pytest.raises(VerificationFailed) as info:
        verify_response_signature(_genuine(payouts), SECRET, request_body=CREATE_REQUEST)
    assert info.value.check == "coinjoin.payouts"
    assert said in str(info.value)


def test_duplicates_and_order_of_the_requested_list_do_not_matter() -> None:
    request = CREATE_REQUEST | {"payouts": [ADDRESS_B, ADDRESS_A, ADDRESS_B]}
    answer = _load(CREATE_JSON) | {"signature": CREATE_SIGNATURE}
    verify_response_signature(answer, SECRET, request_body=request)


def test_requested_amounts_must_be_the_signed_amounts() -> None:
    request = CREATE_REQUEST | {"payouts": {ADDRESS_A: "0.001", ADDRESS_B: Decimal("0.002")}}
    # Honest: the same amounts, however the service writes the number.
    honest = _genuine({ADDRESS_A: "0.00100000", ADDRESS_B: "0.002"})
    verify_response_signature(honest, SECRET, request_body=request)
    # A genuine answer to an earlier request with the same addresses and other amounts.
    other = _genuine({ADDRESS_A: "0.002", ADDRESS_B: "0.001"})
    with pytest.raises(VerificationFailed) as info:
        verify_response_signature(other, SECRET, request_body=request)
    assert info.value.check == "coinjoin.payouts"
    assert "pays 200000 sat" in str(info.value) and "asked for 100000 sat" in str(info.value)


def test_a_list_request_does_not_check_amounts() -> None:
    """A list of addresses asks for no amounts (the document's answer to one shows "0")."""
    verify_response_signature(
        _genuine({ADDRESS_A: "0.5", ADDRESS_B: "0"}), SECRET, request_body=CREATE_REQUEST
    )


def test_a_huge_replayed_payout_list_is_named_briefly() -> None:
    many = {f"mx{index:040d}": "0" for index in range(10_000)}
    with pytest.raises(VerificationFailed) as info:
        verify_response_signature(_genuine(many), SECRET, request_body=CREATE_REQUEST)
    assert info.value.check == "coinjoin.payouts"
    assert "and 9997 more" in str(info.value) and len(str(info.value)) < 600


@pytest.mark.parametrize(
    "payouts",
    [None, "mr9if7VDsVfEZ1qUo2u3trv6rU9eH7Yx4u", 5, True, [ADDRESS_A, ADDRESS_B]],
    ids=["missing", "string", "number", "bool", "list-where-amounts-were-asked"],
)
def test_answer_payouts_of_a_hostile_shape_are_refused(payouts: Any) -> None:
    answer = _load(CREATE_JSON)
    if payouts is None:
        del answer["payouts"]
    else:
        answer["payouts"] = payouts
    request = CREATE_REQUEST | {"payouts": {ADDRESS_A: "0.001", ADDRESS_B: "0.002"}}
    with pytest.raises(VerificationFailed) as info:
        verify_response_signature(signed_response(answer, SECRET), SECRET, request_body=request)
    assert info.value.check == "coinjoin.payouts"


@pytest.mark.parametrize(
    "payouts",
    [
        [ADDRESS_A, 7],
        [ADDRESS_A, ["nested"]],
        [ADDRESS_A, "\u0000bad"],
        {ADDRESS_A: 1, "\u0000": 0},
    ],
    ids=["number-in-list", "list-in-list", "control-character", "control-character-key"],
)
def test_answer_payouts_holding_hostile_values_are_refused(payouts: Any) -> None:
    with pytest.raises(VerificationFailed) as info:
        verify_response_signature(
            signed_response(_load(CREATE_JSON) | {"payouts": payouts}, SECRET),
            SECRET,
            request_body=CREATE_REQUEST | {"payouts": [ADDRESS_A, "x"]},
        )
    assert info.value.check == "coinjoin.payouts"


def test_answer_payouts_as_a_list_of_the_requested_addresses_are_accepted() -> None:
    answer = _genuine([ADDRESS_A, ADDRESS_B])
    verify_response_signature(answer, SECRET, request_body=CREATE_REQUEST)


@pytest.mark.parametrize(
    "request_body",
    [
        {"delay": "1"},
        {"delay": "1", "payouts": None},
        {"delay": "1", "payouts": "mr9if7VDsVfEZ1qUo2u3trv6rU9eH7Yx4u"},
        {"delay": "1", "payouts": []},
        {"delay": "1", "payouts": {}},
        {"delay": "1", "payouts": [ADDRESS_A, 5]},
        {"delay": "1", "payouts": {ADDRESS_A: "lots"}},
        {"delay": "1", "payouts": {ADDRESS_A: True}},
        {"delay": "1", "payouts": {ADDRESS_A: "-0.001"}},
        ["not", "an", "object"],
        "text",
    ],
    ids=[
        "missing",
        "null",
        "string",
        "empty-list",
        "empty-map",
        "number-address",
        "word-amount",
        "bool-amount",
        "negative-amount",
        "list-body",
        "string-body",
    ],
)
def test_a_request_with_nothing_to_compare_refuses_even_a_genuine_answer(request_body: Any) -> None:
    with pytest.raises(VerificationFailed) as info:
        verify_response_signature(
            _genuine(_load(CREATE_JSON)["payouts"]), SECRET, request_body=request_body
        )
    assert info.value.check == "coinjoin.payouts"


def test_the_payouts_check_runs_only_on_a_genuine_signature() -> None:
    forged = _load(CREATE_JSON) | {"payouts": {"mx1HgMB1EG38bRtfH4tQwMGSvZXodbxdQ8": "0"}}
    with pytest.raises(VerificationFailed) as info:
        verify_response_signature(forged, SECRET, request_body=CREATE_REQUEST)
    assert info.value.check == "coinjoin.signature"


@pytest.mark.parametrize(
    ("payouts", "made"),
    [
        (["a1", "b2"], {"a1": "0", "b2": "0"}),
        ({"a1": Decimal("0.001"), "b2": "0.5", "c3": 2}, {"a1": "0.001", "b2": "0.5", "c3": "2"}),
    ],
    ids=["list", "map"],
)
def test_signed_response_answers_the_request_it_is_given(payouts: Any, made: Any) -> None:
    request = {"delay": "0", "payouts": payouts}
    answer = signed_response(_load(CREATE_JSON), SECRET, request_body=request)
    assert answer["payouts"] == made
    assert list(answer) == list(_load(CREATE_JSON))  # payouts keep their place
    verify_response_signature(answer, SECRET, request_body=request)
