"""ATOMIC unlock flows: collateral verified, unlock transaction checked, signed and submitted."""

from __future__ import annotations

import json

import httpx
import pytest

from coinspec import MissingCredentialError
from coinspec.atomic import Atomic, AtomicVerificationError
from coinspec_runtime.bitcoin.transactions import parse_transaction, read_multisig_input

from ..runtime.test_atomic import (
    COLLATERAL_COIN,
    REFUND,
    UNLOCK_AMOUNT,
    USER,
    _collateral_address,
    _collateral_info,
    _raw,
)

USER_KEY_HEX = "52" * 32  # USER of the runtime tests


class AtomicStandIn:
    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.submitted: list[dict[str, str]] = []
        self.requests: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(f"{request.method} {request.url.path}")
        if request.method == "PUT":
            self.submitted.append(json.loads(request.content))
            return httpx.Response(201)
        if request.url.path.endswith("/unlock") or request.url.path.endswith("/timed"):
            return httpx.Response(200, json={"raw-transaction": self.raw})
        return httpx.Response(
            200,
            json={
                "private-collateral-info": _collateral_info(),
                "private-collateral-balance": COLLATERAL_COIN,
                "inflight-transactions": [],
            },
        )


def atomic(stand_in: AtomicStandIn, **options: str) -> Atomic:
    settings = {
        "user_public_key": USER.public_key.hex(),
        "signing_key": USER_KEY_HEX,
        "network": "testnet",
        **options,
    }
    return Atomic(transport=httpx.MockTransport(stand_in), **settings)


def unlock_raw(lock_time: int = 0, to: str = REFUND, amount: int = UNLOCK_AMOUNT) -> str:
    return _raw(
        [(to, amount), (_collateral_address(), COLLATERAL_COIN - UNLOCK_AMOUNT - 1_000)],
        lock_time=lock_time,
    )


def test_unlock_collateral_signs_and_submits() -> None:
    stand_in = AtomicStandIn(unlock_raw())
    with atomic(stand_in) as client:
        assert (
            client.unlock_collateral(
                user_id="u1",
                amount=UNLOCK_AMOUNT,
                refund_address=REFUND,
                input_amounts=[COLLATERAL_COIN],
            )
            is None
        )
    (submitted,) = stand_in.submitted
    state = read_multisig_input(
        parse_transaction(submitted["partially-signed-unlock-tx"]), 0, amount=COLLATERAL_COIN
    )
    assert state.signed_by == (USER.public_key,)
    assert stand_in.requests == [
        "GET /wallet-to-atomic/api/v1/users/u1",
        "GET /wallet-to-atomic/api/v1/users/u1/unlock",
        "PUT /wallet-to-atomic/api/v1/users/u1/unlock",
    ]


def test_timed_unlock_checks_the_lock_time() -> None:
    stand_in = AtomicStandIn(unlock_raw(lock_time=1548885799))
    with atomic(stand_in) as client:
        client.timed_unlock_collateral(
            user_id="u1",
            amount=UNLOCK_AMOUNT,
            lock_time=1548885799,
            refund_address=REFUND,
            input_amounts=[COLLATERAL_COIN],
        )
        assert "partially-signed-tx" in stand_in.submitted[0]
        with pytest.raises(AtomicVerificationError) as caught:
            client.timed_unlock_collateral(
                user_id="u1",
                amount=UNLOCK_AMOUNT,
                lock_time=1548885800,
                refund_address=REFUND,
                input_amounts=[COLLATERAL_COIN],
            )
    assert caught.value.check == "timed_unlock.lock_time"
    assert len(stand_in.submitted) == 1


@pytest.mark.parametrize(
    "raw",
    [
        unlock_raw(to="2N82m2L7p17jNzrnJKN4CTjuAApSYmRtPe2"),
        unlock_raw(amount=UNLOCK_AMOUNT - 50_000),
    ],
    ids=["another address", "less than asked"],
)
def test_a_wrong_unlock_is_refused_and_not_submitted(raw: str) -> None:
    stand_in = AtomicStandIn(raw)
    with atomic(stand_in) as client:
        with pytest.raises(AtomicVerificationError):
            client.unlock_collateral(
                user_id="u1",
                amount=UNLOCK_AMOUNT,
                refund_address=REFUND,
                input_amounts=[COLLATERAL_COIN],
            )
    assert stand_in.submitted == []


def test_unlock_needs_the_keys() -> None:
    stand_in = AtomicStandIn(unlock_raw())
    with Atomic(transport=httpx.MockTransport(stand_in), network="testnet") as client:
        with pytest.raises(MissingCredentialError, match="signing_key, user_public_key"):
            client.unlock_collateral(
                user_id="u1", amount=1, refund_address=REFUND, input_amounts=[1]
            )
    assert stand_in.requests == []
