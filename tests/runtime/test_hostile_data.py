"""Any malformed data a server sends ends in VerificationFailed naming a check, never in
another exception: every field of every verified body is replaced, one at a time, by each
value of a hostile list (wrong types, NaN, a twelve-byte number of a hundred million
digits, lone surrogates, ...), and every transaction is cut short at many places.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import pytest

from coinspec_runtime import VerificationFailed, atomic, coinjoin, hodlhodl

from .atomic_deal import ESCROW_AMOUNT, MAX_FEE, MAX_FEE_RATE, UNLOCK_AMOUNT, Collateral
from .hodlhodl_deal import Deal

HOSTILE: list[Any] = [
    None,
    True,
    0,
    -1,
    10**40,
    1.5,
    float("nan"),
    Decimal("NaN"),
    Decimal("-Infinity"),
    Decimal("1e100000000"),
    Decimal("1e-100000000"),
    "",
    "zz",
    "\ud800",
    "1e100000000",
    "0" * 64,
    [],
    {},
    [1, "a"],
    {"hex": "00"},
]


def _paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(value, dict):
        for key, inner in value.items():
            yield (*path, key)
            yield from _paths(inner, (*path, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield (*path, index)
            yield from _paths(inner, (*path, index))


def _replaced(body: Any, path: tuple[Any, ...], value: Any) -> Any:
    copied = copy.deepcopy(body)
    node = copied
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return copied


def _call(verify: Callable[[], object]) -> None:
    try:
        verify()
    except VerificationFailed as exc:
        assert exc.check and str(exc).startswith(exc.check + ": ")


def _hodlhodl_release() -> tuple[dict[str, Any], dict[str, Any], Callable[..., object]]:
    deal = Deal()

    def verify(contract: Any, transaction: Any) -> object:
        return hodlhodl.verify_release_transaction(
            contract,
            transaction,
            network="testnet",
            public_key=deal.me.public_key,
            max_fee=MAX_FEE,
            max_fee_rate=MAX_FEE_RATE,
        )

    return deal.contract(), {"status": "success", "transaction": deal.transaction()}, verify


def _atomic_unlock() -> tuple[dict[str, Any], dict[str, Any], Callable[..., object]]:
    c = Collateral()

    def verify(user: Any, unlock: Any) -> object:
        return atomic.verify_unlock_transaction(
            unlock,
            collateral=user,
            public_key=c.user.public_key,
            network="testnet",
            refund_address=c.refund_address,
            amount=UNLOCK_AMOUNT,
            coins=c.coins(),
            max_fee=MAX_FEE,
            max_fee_rate=MAX_FEE_RATE,
        )

    return c.user_body(), {"raw-transaction": c.transaction().hex}, verify


def _atomic_escrow() -> tuple[dict[str, Any], dict[str, Any], Callable[..., object]]:
    c = Collateral()

    def verify(user: Any, payment: Any) -> object:
        return atomic.verify_escrow_transaction(
            payment,
            collateral=user,
            public_key=c.user.public_key,
            network="testnet",
            escrow_address=c.escrow_address,
            escrow_amount=ESCROW_AMOUNT,
            coins=c.coins(),
            max_fee=MAX_FEE,
            max_fee_rate=MAX_FEE_RATE,
        )

    payment = {
        "payment-transaction-details": {
            "coin-type": "BTC",
            "fee": 1000,
            "outputs": [{"address": "2N82m2L7p17jNzrnJKN4CTjuAApSYmRtPe2", "amount": 1000000}],
        },
        "escrow-transaction-details": {
            "coin-type": "BTC",
            "source-address": c.address,
            "raw-escrow-transaction": c.transaction(c.escrow_outputs()).hex,
        },
    }
    return c.user_body(), payment, verify


def _atomic_payment() -> tuple[dict[str, Any], dict[str, Any], Callable[..., object]]:
    def verify(_: Any, payment: Any) -> object:
        return atomic.verify_payment(
            payment,
            network="testnet",
            outputs={"2N82m2L7p17jNzrnJKN4CTjuAApSYmRtPe2": 1000000},
            max_fee=MAX_FEE,
            max_fee_rate=MAX_FEE_RATE,
        )

    payment = {
        "payment-transaction-details": {
            "coin-type": "BTC",
            "fee": 1000,
            "outputs": [{"address": "2N82m2L7p17jNzrnJKN4CTjuAApSYmRtPe2", "amount": 1000000}],
        }
    }
    return {}, payment, verify


def _coinjoin() -> tuple[dict[str, Any], dict[str, Any], Callable[..., object]]:
    body = {
        "id": "Q96G3MSNW8MPQRTX",
        "status": "complete",
        "depositAmount": Decimal("0.0062244"),
        "payouts": {"mfuAKvSsAMrC7gjbEEb521uc1myeF9BSsc": "0.006"},
        "fee": Decimal("0.0002244"),
    }
    return (
        {},
        coinjoin.signed_response(body, "s3cret"),
        lambda _, b: coinjoin.verify_response_signature(b, "s3cret"),
    )


SUBJECTS = {
    "hodlhodl release": _hodlhodl_release,
    "atomic unlock": _atomic_unlock,
    "atomic escrow": _atomic_escrow,
    "atomic payment": _atomic_payment,
    "coinjoin response": _coinjoin,
}


@pytest.mark.parametrize("subject", list(SUBJECTS))
def test_every_field_replaced_by_hostile_values_is_a_typed_refusal(subject: str) -> None:
    first, second, verify = SUBJECTS[subject]()
    verify(first, second)  # the honest bodies pass
    for which, body in (("first", first), ("second", second)):
        for path in _paths(body):
            for value in HOSTILE:
                tampered = _replaced(body, path, value)
                if which == "first":
                    _call(functools.partial(verify, tampered, second))
                else:
                    _call(functools.partial(verify, first, tampered))


@pytest.mark.parametrize("subject", ["hodlhodl release", "atomic unlock", "atomic escrow"])
def test_transactions_cut_short_or_garbled_are_typed_refusals(subject: str) -> None:
    first, second, verify = SUBJECTS[subject]()

    def with_hex(change: Callable[[str], str]) -> Any:
        body = copy.deepcopy(second)
        for path in _paths(body):
            node = body
            for step in path[:-1]:
                node = node[step]
            leaf = node[path[-1]]
            if isinstance(leaf, str) and len(leaf) > 100:
                node[path[-1]] = change(leaf)
        return body

    raw_length = max(len(v) for v in _strings(second))
    for cut in range(0, raw_length, 7):
        short = with_hex(lambda h: h[:cut])  # noqa: B023 (called here, before cut changes)
        garbled = with_hex(lambda h: h[:cut] + "ff" + h[cut + 2 :])  # noqa: B023
        _call(functools.partial(verify, first, short))
        _call(functools.partial(verify, first, garbled))


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for inner in value.values():
            yield from _strings(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _strings(inner)
