"""ATOMIC's unlock flows against a stand-in server: the collateral verified, the unlock
transaction checked against the coins the user names, signed and submitted. Every refusal
names its check, and the stand-in's log shows that nothing was submitted."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from coinspec import MissingCredentialError
from coinspec.atomic import Atomic, AtomicRequestError, AtomicVerificationError

from ..runtime.atomic_deal import (
    COIN,
    LOCK_TIME,
    LOCK_TIME_2040,
    TX_FEE,
    UNLOCK_AMOUNT,
    Collateral,
)
from ..runtime.independent import Key, TxOut, judge, random_txid

USER = "GET /wallet-to-atomic/api/v1/users/u1"
UNLOCK = "GET /wallet-to-atomic/api/v1/users/u1/unlock"
TIMED = "GET /wallet-to-atomic/api/v1/users/u1/unlock/timed"
SUBMIT = "PUT /wallet-to-atomic/api/v1/users/u1/unlock"
SUBMIT_TIMED = "PUT /wallet-to-atomic/api/v1/users/u1/unlock/timed"


class AtomicStandIn:
    """Serves a user and an unlock transaction; records every request and what is submitted."""

    def __init__(
        self, collateral: Collateral, raw: str, user: dict[str, Any] | None = None
    ) -> None:
        self.user = user or collateral.user_body()
        self.raw = raw
        self.requests: list[str] = []
        self.asked: list[Any] = []
        self.submitted: list[dict[str, str]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(f"{request.method} {request.url.path}")
        if request.method == "PUT":
            self.submitted.append(json.loads(request.content))
            return httpx.Response(201)
        if request.url.path.endswith(("/unlock", "/timed")):
            self.asked.append(json.loads(request.content))
            return httpx.Response(200, json={"raw-transaction": self.raw})
        return httpx.Response(200, json=self.user)


def atomic(stand_in: AtomicStandIn, c: Collateral, **options: Any) -> Atomic:
    settings: dict[str, Any] = {
        "user_public_key": c.user.public_key.hex(),
        "signing_key": c.user.hex,
        "network": "testnet",
        **options,
    }
    return Atomic(
        transport=httpx.MockTransport(stand_in),
        **{k: v for k, v in settings.items() if v is not None},
    )


def _unlock(client: Atomic, c: Collateral, **arguments: Any) -> None:
    client.unlock_collateral(
        **{
            "user_id": "u1",
            "amount": UNLOCK_AMOUNT,
            "refund_address": c.refund_address,
            "coins": c.coins(),
            **arguments,
        }
    )


@pytest.mark.parametrize("form", ["p2sh-p2wsh", "p2sh"])
def test_unlock_collateral_signs_and_submits_what_atomic_can_complete(form: str) -> None:
    c = Collateral(form=form)  # type: ignore[arg-type]
    stand_in = AtomicStandIn(c, c.transaction().hex)
    with atomic(stand_in, c) as client:
        _unlock(client, c)
    (submitted,) = stand_in.submitted
    judge(c.complete(submitted["partially-signed-unlock-tx"], [c.small[2]]), c.spent())
    assert stand_in.requests == [USER, UNLOCK, SUBMIT]
    assert stand_in.asked == [{"amount": UNLOCK_AMOUNT}]


@pytest.mark.parametrize("lock_time", [LOCK_TIME, LOCK_TIME_2040])
def test_timed_unlock_locks_exactly_as_asked(lock_time: int) -> None:
    c = Collateral()
    stand_in = AtomicStandIn(c, c.transaction(lock_time=lock_time, sequence=0xFFFFFFFE).hex)
    with atomic(stand_in, c) as client:
        client.timed_unlock_collateral(
            user_id="u1",
            amount=UNLOCK_AMOUNT,
            lock_time=lock_time,
            refund_address=c.refund_address,
            coins=c.coins(),
        )
    (submitted,) = stand_in.submitted
    judge(c.complete(submitted["partially-signed-tx"], [c.small[2]]), c.spent())
    assert stand_in.requests == [USER, TIMED, SUBMIT_TIMED]
    assert stand_in.asked == [{"amount": UNLOCK_AMOUNT, "nLockTime": lock_time}]


REFUSED: list[tuple[str, str, Any, dict[str, Any]]] = [
    (
        "spends a coin I did not name (50 BTC for 10)",
        "unlock.inputs",
        lambda c: c.transaction(spends=[c.large]).hex,
        {},
    ),
    (
        "spends my coin twice",
        "unlock.inputs",
        lambda c: c.transaction(spends=[c.small, c.small]).hex,
        {},
    ),
    (
        "refunds to another address",
        "unlock.outputs",
        lambda c: (
            c.transaction(
                [TxOut(UNLOCK_AMOUNT, b"\x00\x14" + bytes(20)), c.unlock_outputs()[1]]
            ).hex
        ),
        {},
    ),
    (
        "refunds less than asked",
        "unlock.amount",
        lambda c: (
            c.transaction(c.unlock_outputs(UNLOCK_AMOUNT - 50_000, TX_FEE - 50_000 + 1_000)).hex
        ),
        {},
    ),
    (
        "a fee above max_fee",
        "unlock.fee",
        lambda c: c.transaction(c.unlock_outputs(fee=90_000)).hex,
        {},
    ),
    (
        "a fee rate above max_fee_rate",
        "unlock.fee_rate",
        lambda c: c.transaction(c.unlock_outputs(fee=5_000)).hex,
        {"max_fee_rate": 10},
    ),
    (
        "a future lock time",
        "unlock.lock_time",
        lambda c: c.transaction(lock_time=LOCK_TIME_2040, sequence=0).hex,
        {},
    ),
    ("a relative lock", "unlock.sequence", lambda c: c.transaction(sequence=0x0000FFFF).hex, {}),
    ("not a transaction", "unlock.transaction", lambda c: "00" * 20, {}),
]


@pytest.mark.parametrize(
    ("case", "check", "raw", "arguments"), REFUSED, ids=[r[0] for r in REFUSED]
)
def test_a_wrong_unlock_is_refused_and_not_submitted(
    case: str, check: str, raw: Any, arguments: dict[str, Any]
) -> None:
    c = Collateral(form="p2sh")
    stand_in = AtomicStandIn(c, raw(c))
    with atomic(stand_in, c) as client:
        with pytest.raises(AtomicVerificationError) as caught:
            _unlock(client, c, **arguments)
    assert caught.value.check == check, str(caught.value)
    assert stand_in.submitted == []
    assert stand_in.requests == [USER, UNLOCK]
    assert c.user.hex not in str(caught.value)


def test_timed_unlock_with_another_lock_time_or_a_relative_lock_is_refused() -> None:
    c = Collateral()
    for raw, check in [
        (c.transaction(lock_time=LOCK_TIME + 1, sequence=0xFFFFFFFE).hex, "timed_unlock.lock_time"),
        (c.transaction(lock_time=LOCK_TIME, sequence=0x0000FFFF).hex, "timed_unlock.sequence"),
        (c.transaction(lock_time=LOCK_TIME).hex, "timed_unlock.lock_time"),  # disabled
    ]:
        stand_in = AtomicStandIn(c, raw)
        with atomic(stand_in, c) as client:
            with pytest.raises(AtomicVerificationError) as caught:
                client.timed_unlock_collateral(
                    user_id="u1",
                    amount=UNLOCK_AMOUNT,
                    lock_time=LOCK_TIME,
                    refund_address=c.refund_address,
                    coins=c.coins(),
                )
        assert caught.value.check == check
        assert stand_in.submitted == [] and stand_in.requests == [USER, TIMED]


def test_a_collateral_that_repeats_my_key_is_refused_before_anything_else() -> None:
    c = Collateral()
    from ..runtime.independent import multisig

    repeated = c.user_body(script=multisig(2, [c.user.public_key, c.user.public_key]))
    stand_in = AtomicStandIn(c, c.transaction().hex, user=repeated)
    with atomic(stand_in, c) as client:
        with pytest.raises(AtomicVerificationError) as caught:
            _unlock(client, c)
    assert caught.value.check == "collateral.redeem_script"
    assert stand_in.requests == [USER]


def test_a_pinned_atomic_key_is_checked() -> None:
    c = Collateral()
    stand_in = AtomicStandIn(c, c.transaction().hex)
    with atomic(stand_in, c, atomic_public_key=Key().public_key.hex()) as client:
        with pytest.raises(AtomicVerificationError) as caught:
            _unlock(client, c)
    assert caught.value.check == "collateral.atomic_key"
    assert stand_in.requests == [USER]
    with atomic(stand_in, c, atomic_public_key=c.atomic.public_key.hex()) as client:
        _unlock(client, c)
    assert len(stand_in.submitted) == 1


def test_unlock_needs_the_keys() -> None:
    c = Collateral()
    stand_in = AtomicStandIn(c, c.transaction().hex)
    with atomic(stand_in, c, signing_key=None, user_public_key=None) as client:
        with pytest.raises(MissingCredentialError, match="signing_key, user_public_key"):
            _unlock(client, c)
    assert stand_in.requests == []


def test_coins_that_are_not_outpoints_are_a_caller_error() -> None:
    c = Collateral()
    stand_in = AtomicStandIn(c, c.transaction().hex)
    with atomic(stand_in, c) as client:
        with pytest.raises(ValueError, match="outpoint"):
            _unlock(client, c, coins={"1000000000": 10 * COIN})
        with pytest.raises(AtomicVerificationError) as caught:
            _unlock(client, c, coins={f"{random_txid().hex()}:0": 10 * COIN})
    assert caught.value.check == "unlock.inputs"
    assert stand_in.submitted == []


def test_an_argument_the_flow_cannot_use_is_a_request_error() -> None:
    c = Collateral()
    stand_in = AtomicStandIn(c, c.transaction().hex)
    with atomic(stand_in, c) as client:
        with pytest.raises(AtomicRequestError) as caught:
            _unlock(client, c, refund_address="2NF1qc9L4j1tyfqzzLdRzRqoVftHznSeC6X")  # bad checksum
    assert isinstance(caught.value, ValueError) and "unlock_collateral" in str(caught.value)
    assert stand_in.submitted == []
