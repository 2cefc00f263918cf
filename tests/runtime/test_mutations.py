"""Property tests: a hostile server builds (and, being the server, signs) transactions that
differ from the honest one in random ways. Each one is either refused with a check name, or
accepted and then pays exactly what was agreed: the property is checked on the transaction the
runtime signed, and that transaction passes the script interpreter with the coins it really
spends. Bounded in examples and derandomized, so CI runs the same cases in the same time.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coinspec_runtime import VerificationFailed, atomic, hodlhodl

from .atomic_deal import MAX_FEE, MAX_FEE_RATE, UNLOCK_AMOUNT, Collateral
from .hodlhodl_deal import EXCHANGE_FEE, GOES_TO_BUYER, VOLUME, Deal
from .independent import (
    Key,
    TxOut,
    judge,
    p2pkh_script_pubkey,
    p2wpkh_script_pubkey,
    parse,
    random_txid,
)

PROPERTY = settings(
    max_examples=120,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# The honest values repeated, so that most cases get past the lock checks to the rest.
SEQUENCES = [0xFFFFFFFF] * 6 + [0xFFFFFFFE, 0xFFFFFFFD, 0, 1, 0x0000FFFF, 0x00400001, 0x80000005]
LOCK_TIMES = [0] * 6 + [1, 499_999_999, 500_000_000, 2**31, 2**32 - 1]
VERSIONS = [1, 2, 3, 0, 0x7FFFFFFF, 0xFFFFFFFF]
STRANGER = p2wpkh_script_pubkey(Key().public_key)
OP_RETURN = b"\x6a\x04burn"


def _refused_properly(exc: VerificationFailed) -> None:
    assert "." in exc.check or exc.check in ("contract", "collateral", "payment"), exc.check
    assert str(exc).startswith(f"{exc.check}: ")


def _final_now(tx: Any) -> bool:
    relative = (tx.version & 0xFFFFFFFF) >= 2 and any(
        not i.sequence & (1 << 31) and i.sequence & 0xFFFF for i in tx.inputs
    )
    lock_free = tx.lock_time == 0 or all(i.sequence == 0xFFFFFFFF for i in tx.inputs)
    return not relative and lock_free


# ---- HodlHodl: the seller's release, built and signed by HodlHodl --------------------------------

DEAL = Deal()
DEAL_SCRIPTS = [DEAL.buyer_script, DEAL.fee_script, STRANGER, OP_RETURN]


@st.composite
def hostile_release(draw: st.DrawFn) -> tuple[dict[str, Any], list[int]]:
    """A release transaction as a hostile HodlHodl may send it, and the coins it really spends."""
    fee = draw(st.sampled_from([1, 2_119, 9_999, 10_000, 10_001, 0, -5]))
    outputs = [TxOut(GOES_TO_BUYER - fee, DEAL.buyer_script), TxOut(EXCHANGE_FEE, DEAL.fee_script)]
    for _ in range(draw(st.integers(0, 3))):
        change = draw(st.sampled_from(["value", "script", "add", "drop", "swap"]))
        i = draw(st.integers(0, max(len(outputs) - 1, 0)))
        if change == "value" and outputs:
            delta = draw(st.sampled_from([-1_000_000, -1, 1, 546, 1_000_000]))
            outputs[i] = TxOut(max(outputs[i].value + delta, 0), outputs[i].script_pubkey)
        elif change == "script" and outputs:
            outputs[i] = TxOut(outputs[i].value, draw(st.sampled_from(DEAL_SCRIPTS)))
        elif change == "add":
            outputs.append(
                TxOut(draw(st.sampled_from([0, 1, 546])), draw(st.sampled_from(DEAL_SCRIPTS)))
            )
        elif change == "drop" and len(outputs) > 1:
            outputs.pop(i)
        elif change == "swap" and len(outputs) > 1:
            outputs.reverse()
    split = draw(st.sampled_from([None, 1, VOLUME // 2]))
    real = [VOLUME] if split is None else [VOLUME - split, split]
    claimed = list(real)
    if draw(st.booleans()):  # the server lies about what the coins hold, and signs that
        claimed[0] += draw(st.sampled_from([-10_000, -1, 1, 40_000]))
    transaction = DEAL.transaction(
        outputs,
        in_amounts=claimed,
        version=draw(st.sampled_from(VERSIONS)),
        lock_time=draw(st.sampled_from(LOCK_TIMES)),
        sequence=draw(st.sampled_from(SEQUENCES)),
        form=draw(st.sampled_from(["p2sh-p2wsh", "p2sh-p2wsh", "p2wsh"])),
    )
    return transaction, real


@PROPERTY
@given(hostile_release())
def test_a_release_hodlhodl_signed_is_refused_or_pays_the_contract(
    case: tuple[dict[str, Any], list[int]],
) -> None:
    transaction, real = case
    try:
        verified = hodlhodl.verify_release_transaction(
            DEAL.contract(),
            transaction,
            network="testnet",
            public_key=DEAL.me.public_key,
            max_fee=MAX_FEE,
            max_fee_rate=MAX_FEE_RATE,
        )
    except VerificationFailed as exc:
        _refused_properly(exc)
        return
    signed = parse(hodlhodl.sign_release_transaction(verified, DEAL.me.hex))
    fee = sum(real) - sum(o.value for o in signed.outputs)
    assert 0 < fee <= MAX_FEE
    assert sorted(o.value for o in signed.outputs) == sorted([GOES_TO_BUYER - fee, EXCHANGE_FEE])
    assert _final_now(signed)
    judge(signed.hex, DEAL.spent(real))


# ---- ATOMIC: the on-demand unlock, built by ATOMIC -----------------------------------------------

COLLATERALS = {form: Collateral(form=form) for form in ("p2sh-p2wsh", "p2sh")}


@st.composite
def hostile_unlock(draw: st.DrawFn) -> tuple[Collateral, Any, list[tuple[bytes, int, int]]]:
    c = COLLATERALS[draw(st.sampled_from(sorted(COLLATERALS)))]
    refund = p2wpkh_script_pubkey_of(c.refund_address)
    scripts = [refund, c.script_pubkey, STRANGER, OP_RETURN, p2pkh_script_pubkey(c.user.public_key)]
    unknown = (random_txid(), 0, c.small[2])
    spends = draw(
        st.sampled_from([[c.small], [c.small, c.large], [c.large], [c.small, c.small], [unknown]])
    )
    total = sum(amount for _, _, amount in spends)
    fee = draw(st.sampled_from([1, 1_000, 10_000, 10_001, 0]))
    outputs = [TxOut(UNLOCK_AMOUNT, refund), TxOut(total - UNLOCK_AMOUNT - fee, c.script_pubkey)]
    for _ in range(draw(st.integers(0, 3))):
        change = draw(st.sampled_from(["value", "script", "add", "drop"]))
        i = draw(st.integers(0, len(outputs) - 1))
        if change == "value":
            delta = draw(st.sampled_from([-1_000, -1, 1, 1_000, 10**8]))
            outputs[i] = TxOut(max(outputs[i].value + delta, 0), outputs[i].script_pubkey)
        elif change == "script":
            outputs[i] = TxOut(outputs[i].value, draw(st.sampled_from(scripts)))
        elif change == "add":
            outputs.append(
                TxOut(draw(st.sampled_from([0, 1, 546])), draw(st.sampled_from(scripts)))
            )
        elif len(outputs) > 1:
            outputs.pop(i)
    tx = c.transaction(
        outputs,
        spends=spends,
        version=draw(st.sampled_from(VERSIONS)),
        lock_time=draw(st.sampled_from(LOCK_TIMES)),
        sequence=draw(st.sampled_from(SEQUENCES)),
    )
    return c, tx, spends


def p2wpkh_script_pubkey_of(address: str) -> bytes:
    from coinspec_runtime.bitcoin.addresses import parse_address

    return parse_address(address, "testnet").script_pubkey


@PROPERTY
@given(hostile_unlock())
def test_an_unlock_atomic_built_is_refused_or_pays_what_was_asked(
    case: tuple[Collateral, Any, Sequence[tuple[bytes, int, int]]],
) -> None:
    c, tx, spends = case
    try:
        verified = atomic.verify_unlock_transaction(
            {"raw-transaction": tx.hex},
            collateral=c.user_body(),
            public_key=c.user.public_key,
            network="testnet",
            refund_address=c.refund_address,
            amount=UNLOCK_AMOUNT,
            coins=c.coins(c.small, c.large),
            max_fee=MAX_FEE,
            max_fee_rate=MAX_FEE_RATE,
        )
    except VerificationFailed as exc:
        _refused_properly(exc)
        return
    signed = parse(atomic.sign_unlock_transaction(verified, c.user.hex))
    real = [amount for _, _, amount in spends]
    fee = sum(real) - sum(o.value for o in signed.outputs)
    assert 0 < fee <= MAX_FEE
    refund = p2wpkh_script_pubkey_of(c.refund_address)
    to_refund = [o.value for o in signed.outputs if o.script_pubkey == refund]
    assert to_refund in ([UNLOCK_AMOUNT], [UNLOCK_AMOUNT - fee])
    assert all(o.script_pubkey in (refund, c.script_pubkey) for o in signed.outputs)
    assert len({(i.txid, i.vout) for i in signed.inputs}) == len(signed.inputs)
    assert _final_now(signed)
    judge(c.complete(signed.hex, real), c.spent(*spends))
