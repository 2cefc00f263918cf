"""ATOMIC's escrow payment flow (confirm_verified_payment) against a stand-in server: the
escrow transaction checked against the verified collateral and the coins named, the payment
against what was agreed; both signed, the pay transaction built, then one confirm_payment.
Any difference is refused with its check, and nothing is sent."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from coinspec.atomic import Atomic, AtomicVerificationError

from ..runtime.atomic_deal import ESCROW_AMOUNT, TX_FEE, Collateral, fresh_address
from ..runtime.independent import Spent, TxOut, judge, p2wpkh_script_pubkey, random_txid

PAY_TO = "2N82m2L7p17jNzrnJKN4CTjuAApSYmRtPe2"  # the document's payment output
AGREED = {PAY_TO: 1_000_000}  # 0.01 BTC
USER = "GET /wallet-to-atomic/api/v1/users/u1"
PAYMENT = "GET /wallet-to-atomic/api/v1/users/u1/payments/p1"
CONFIRM = "PUT /wallet-to-atomic/api/v1/users/u1/payments/p1"


def payment(c: Collateral, *, escrow_raw: str | None = None, **details: Any) -> dict[str, Any]:
    pay = {"coin-type": "BTC", "fee": 1_000, "outputs": [{"address": PAY_TO, "amount": 1_000_000}]}
    pay.update(details)
    return {
        "payment-transaction-details": pay,
        "escrow-transaction-details": {
            "coin-type": "BTC",
            "source-address": c.address,
            "raw-escrow-transaction": escrow_raw or c.transaction(c.escrow_outputs()).hex,
        },
    }


class AtomicStandIn:
    def __init__(self, c: Collateral, body: dict[str, Any]) -> None:
        self.user = c.user_body()
        self.body = body
        self.requests: list[str] = []
        self.confirmed: list[dict[str, str]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(f"{request.method} {request.url.path}")
        if request.method == "PUT":
            self.confirmed.append(json.loads(request.content))
            return httpx.Response(201)
        if "/payments/" in request.url.path:
            return httpx.Response(200, json=self.body)
        return httpx.Response(200, json=self.user)


def pay(
    stand_in: AtomicStandIn, c: Collateral, pay_coins: dict[str, int], **arguments: Any
) -> None:
    with Atomic(
        user_public_key=c.user.public_key.hex(),
        signing_key=c.user.hex,
        network="testnet",
        transport=httpx.MockTransport(stand_in),
    ) as client:
        client.confirm_verified_payment(
            **{
                "user_id": "u1",
                "payment_id": "p1",
                "escrow_address": c.escrow_address,
                "escrow_amount": ESCROW_AMOUNT,
                "collateral_coins": c.coins(),
                "payment_outputs": AGREED,
                "pay_coins": pay_coins,
                "change_address": fresh_address(),
                **arguments,
            }
        )


def _pay_coins() -> dict[str, int]:
    return {f"{random_txid().hex()}:0": 700_000, f"{random_txid().hex()}:2": 400_000}


@pytest.mark.parametrize("form", ["p2sh-p2wsh", "p2sh"])
def test_escrow_and_pay_transactions_are_verified_signed_and_confirmed(form: str) -> None:
    c = Collateral(form=form)  # type: ignore[arg-type]
    stand_in = AtomicStandIn(c, payment(c))
    coins = _pay_coins()
    pay(stand_in, c, coins)
    assert stand_in.requests == [USER, PAYMENT, CONFIRM]
    (confirmed,) = stand_in.confirmed
    # ATOMIC completes the escrow transaction; the pay transaction is complete as it is.
    judge(c.complete(confirmed["partially-signed-escrow-transaction"], [c.small[2]]), c.spent())
    paying = p2wpkh_script_pubkey(c.user.public_key)
    judge(confirmed["fully-signed-pay-transaction"], [Spent(paying, a) for a in coins.values()])


REFUSED: list[tuple[str, str, Any, dict[str, Any]]] = [
    (
        "asks 0.29 BTC where 0.01 was agreed",
        "payment.outputs",
        lambda c: payment(c, outputs=[{"address": PAY_TO, "amount": 29_000_000}]),
        {},
    ),
    (
        "adds an output",
        "payment.outputs",
        lambda c: payment(
            c,
            outputs=[
                {"address": PAY_TO, "amount": 1_000_000},
                {"address": fresh_address(), "amount": 10_000},
            ],
        ),
        {},
    ),
    ("a payment fee above max_fee", "payment.fee", lambda c: payment(c, fee=20_000), {}),
    (
        "a payment fee rate above max_fee_rate",
        "payment.fee_rate",
        lambda c: payment(c, fee=5_000),
        {"max_fee_rate": 10},
    ),
    (
        "the escrow gets more than the order says",
        "escrow.amount",
        lambda c: payment(
            c,
            escrow_raw=c.transaction(
                c.escrow_outputs(ESCROW_AMOUNT + 100_000, TX_FEE - 100_000 + 1_000)
            ).hex,
        ),
        {},
    ),
    (
        "the escrow transaction pays someone else",
        "escrow.outputs",
        lambda c: payment(
            c,
            escrow_raw=c.transaction(
                [
                    TxOut(ESCROW_AMOUNT, p2wpkh_script_pubkey(bytes.fromhex("02" + "11" * 32))),
                    c.escrow_outputs()[1],
                ]
            ).hex,
        ),
        {},
    ),
    (
        "the escrow transaction spends a coin I did not name",
        "escrow.inputs",
        lambda c: payment(c, escrow_raw=c.transaction(c.escrow_outputs(), spends=[c.large]).hex),
        {},
    ),
    (
        "the escrow transaction is not final",
        "escrow.lock_time",
        lambda c: payment(
            c,
            escrow_raw=c.transaction(
                c.escrow_outputs(), lock_time=900_000, sequence=0xFFFFFFFE
            ).hex,
        ),
        {},
    ),
]


@pytest.mark.parametrize(
    ("case", "check", "body", "arguments"), REFUSED, ids=[r[0] for r in REFUSED]
)
def test_a_payment_other_than_agreed_is_refused_and_nothing_is_sent(
    case: str, check: str, body: Any, arguments: dict[str, Any]
) -> None:
    c = Collateral()
    stand_in = AtomicStandIn(c, body(c))
    with pytest.raises(AtomicVerificationError) as caught:
        pay(stand_in, c, _pay_coins(), **arguments)
    assert caught.value.check == check, str(caught.value)
    assert stand_in.confirmed == []
    assert stand_in.requests == [USER, PAYMENT]
