"""ATOMIC: the private collateral; unlock, timed-unlock and escrow transactions; the payment.

Every way ATOMIC's data can differ from what the user agreed is refused with the check that
catches it; the honest cases are signed, ATOMIC's signature is added (independently), and
the complete transaction passes the script interpreter with the real amounts.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest

from coinspec_runtime import VerificationFailed, atomic
from coinspec_runtime.bitcoin.keys import PrivateKey
from coinspec_runtime.errors import InvalidKeyError

from . import runtime_vectors as v
from .atomic_deal import (
    COIN,
    ESCROW_AMOUNT,
    LOCK_TIME,
    LOCK_TIME_2040,
    MAX_FEE,
    MAX_FEE_RATE,
    TX_FEE,
    UNLOCK_AMOUNT,
    Collateral,
    address,
    fresh_address,
)
from .independent import (
    SIGHASH_ALL,
    SIGHASH_ANYONECANPAY,
    SIGHASH_NONE,
    Key,
    Spent,
    Tx,
    TxIn,
    TxOut,
    bip143_sighash,
    judge,
    multisig,
    p2pkh_script_pubkey,
    p2sh_p2wsh_input,
    p2sh_p2wsh_script_pubkey,
    p2sh_script_pubkey,
    p2wpkh_script_pubkey,
    parse,
    random_txid,
)

FORMS = ["p2sh-p2wsh", "p2sh"]


def _unlock(c: Collateral, raw: str, **overrides: Any) -> atomic.VerifiedCollateralSpend:
    params: dict[str, Any] = dict(
        collateral=c.user_body(),
        public_key=c.user.public_key,
        network="testnet",
        refund_address=c.refund_address,
        amount=UNLOCK_AMOUNT,
        coins=c.coins(),
        max_fee=MAX_FEE,
        max_fee_rate=MAX_FEE_RATE,
    )
    params.update(overrides)
    if "lock_time" in params:
        return atomic.verify_timed_unlock_transaction({"raw-transaction": raw}, **params)
    return atomic.verify_unlock_transaction({"raw-transaction": raw}, **params)


def _escrow(
    c: Collateral, details: dict[str, Any], **overrides: Any
) -> atomic.VerifiedCollateralSpend:
    params: dict[str, Any] = dict(
        collateral=c.user_body(),
        public_key=c.user.public_key,
        network="testnet",
        escrow_address=c.escrow_address,
        escrow_amount=ESCROW_AMOUNT,
        coins=c.coins(),
        max_fee=MAX_FEE,
        max_fee_rate=MAX_FEE_RATE,
    )
    params.update(overrides)
    return atomic.verify_escrow_transaction({"escrow-transaction-details": details}, **params)


def _escrow_details(c: Collateral, tx: Tx | None = None, **overrides: Any) -> dict[str, Any]:
    details = {
        "coin-type": "BTC",
        "source-address": c.address,
        "raw-escrow-transaction": (tx or c.transaction(c.escrow_outputs())).hex,
    }
    details.update(overrides)
    return details


# ---- the honest cases ---------------------------------------------------------------------------


@pytest.mark.parametrize("form", FORMS)
def test_honest_unlock_is_signed_and_atomic_can_complete_it(form: str) -> None:
    c = Collateral(form=form)  # type: ignore[arg-type]
    verified = _unlock(c, c.transaction().hex)
    assert verified.fee == TX_FEE and verified.collateral.form == form
    signed = atomic.sign_unlock_transaction(verified, c.user.hex)
    complete = c.complete(signed, [c.small[2]])
    judge(complete, c.spent())
    # The fee rate was capped on the final size, estimated with the largest signatures.
    assert 0 <= verified.vsize - parse(complete).vsize <= 2
    with pytest.raises(Exception):  # noqa: B017  (bitcointx's own ValidationError)
        judge(signed, c.spent())  # the user's half alone is not a valid spend


def test_unlock_where_the_fee_comes_out_of_the_refund() -> None:
    c = Collateral()
    outputs = [
        TxOut(UNLOCK_AMOUNT - TX_FEE, c.unlock_outputs()[0].script_pubkey),
        TxOut(c.small[2] - UNLOCK_AMOUNT, c.script_pubkey),
    ]
    verified = _unlock(c, c.transaction(outputs).hex)
    judge(c.complete(atomic.sign_unlock_transaction(verified, c.user.hex), [c.small[2]]), c.spent())


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("lock_time", [LOCK_TIME, LOCK_TIME_2040, 2**32 - 1, 800_000])
def test_honest_timed_unlock_locks_exactly_as_asked(form: str, lock_time: int) -> None:
    """A lock time of 2^31 or more (2040 here) once crashed python-bitcointx's BIP143 code;
    the transaction must be signed, and valid once ATOMIC signs."""
    c = Collateral(form=form)  # type: ignore[arg-type]
    raw = c.transaction(lock_time=lock_time, sequence=0xFFFFFFFE).hex
    verified = _unlock(c, raw, lock_time=lock_time)
    signed = atomic.sign_timed_unlock_transaction(verified, PrivateKey(c.user.secret))
    assert parse(signed).lock_time == lock_time
    judge(c.complete(signed, [c.small[2]]), c.spent())


@pytest.mark.parametrize("form", FORMS)
def test_honest_escrow_transaction(form: str) -> None:
    c = Collateral(form=form)  # type: ignore[arg-type]
    verified = _escrow(c, _escrow_details(c))
    signed = atomic.sign_escrow_transaction(verified, c.user.hex)
    judge(c.complete(signed, [c.small[2]]), c.spent())


@pytest.mark.parametrize("sequence", [0, 0x00400000, 0x7FFF0000])
def test_a_relative_lock_of_zero_holds_nothing_back(sequence: int) -> None:
    # BIP68 reads only the low 16 bits as the delay: these sequences delay by nothing.
    c = Collateral()
    verified = _unlock(c, c.transaction(sequence=sequence).hex)
    judge(c.complete(atomic.sign_unlock_transaction(verified, c.user.hex), [c.small[2]]), c.spent())


def test_unlock_spending_two_named_coins() -> None:
    c = Collateral()
    total = c.small[2] + c.large[2]
    outputs = [
        TxOut(UNLOCK_AMOUNT, c.unlock_outputs()[0].script_pubkey),
        TxOut(total - UNLOCK_AMOUNT - 2 * TX_FEE, c.script_pubkey),
    ]
    raw = c.transaction(outputs, spends=[c.small, c.large]).hex
    verified = _unlock(c, raw, coins=c.coins(c.small, c.large))
    assert verified.fee == 2 * TX_FEE
    signed = atomic.sign_unlock_transaction(verified, c.user.hex)
    judge(c.complete(signed, [c.small[2], c.large[2]]), c.spent(c.small, c.large))


def _funding(c: Collateral, amount: int, script_pubkey: bytes | None = None) -> Tx:
    return Tx(
        (TxIn(random_txid(), 0),),
        (
            TxOut(amount, script_pubkey or c.script_pubkey),
            TxOut(5_000, p2wpkh_script_pubkey(Key().public_key)),
        ),
    )


def test_coins_given_as_their_funding_transactions() -> None:
    c = Collateral()
    funding = _funding(c, 10 * COIN)
    c.small = (bytes.fromhex(funding.txid), 0, 10 * COIN)
    verified = _unlock(c, c.transaction().hex, coins=None, funding_transactions=[funding.hex])
    judge(c.complete(atomic.sign_unlock_transaction(verified, c.user.hex), [c.small[2]]), c.spent())


def test_atomic_signature_already_present_is_checked_and_the_result_interpreted() -> None:
    c = Collateral()
    pre_signed = c.with_atomic_signature(c.transaction(), [c.small[2]])
    verified = _unlock(c, pre_signed.hex)
    assert verified.inputs[0].signed_by == (c.atomic.public_key,)
    signed = atomic.sign_unlock_transaction(verified, c.user.hex)
    judge(signed, c.spent())  # complete now: both signatures


def test_pinned_atomic_key() -> None:
    c = Collateral()
    _unlock(c, c.transaction().hex, atomic_public_key=c.atomic.public_key)
    with pytest.raises(VerificationFailed) as info:
        _unlock(c, c.transaction().hex, atomic_public_key=Key().public_key)
    assert info.value.check == "collateral.atomic_key"


# ---- the tamper matrix --------------------------------------------------------------------------


@dataclass
class Case:
    name: str
    check: str
    make: Callable[[Collateral], str]  # the raw transaction ATOMIC sends
    overrides: Callable[[Collateral], dict[str, Any]] = field(default=lambda c: {})
    form: str = "p2sh-p2wsh"


def _tx(
    outputs: Callable[[Collateral], list[TxOut]] | None = None, **changes: Any
) -> Callable[[Collateral], str]:
    return lambda c: c.transaction(outputs(c) if outputs else None, **changes).hex


def _signed_by_atomic(**options: Any) -> Callable[[Collateral], str]:
    return lambda c: c.with_atomic_signature(c.transaction(), [c.small[2]], **options).hex


def _spends_other_script(c: Collateral) -> str:
    other = multisig(2, [c.atomic.public_key, Key().public_key])
    tx = c.transaction()
    digest = bip143_sighash(tx, 0, other, c.small[2])
    signed_input = p2sh_p2wsh_input(tx.inputs[0], other, [c.atomic.sign(digest), b""])
    return Tx((signed_input,), tx.outputs, tx.version, tx.lock_time).hex


def _spends_as_p2sh(c: Collateral) -> str:
    from .independent import p2sh_input

    tx = c.transaction()
    return Tx((p2sh_input(tx.inputs[0], c.script, [b"", b""]),), tx.outputs).hex


def _unlock_out(
    amount: int = UNLOCK_AMOUNT,
    change_delta: int = 0,
    to: Callable[[Collateral], bytes] | None = None,
) -> Callable[[Collateral], list[TxOut]]:
    def outputs(c: Collateral) -> list[TxOut]:
        refund = c.unlock_outputs()[0].script_pubkey if to is None else to(c)
        return [
            TxOut(amount, refund),
            TxOut(c.small[2] - UNLOCK_AMOUNT - TX_FEE + change_delta, c.script_pubkey),
        ]

    return outputs


def _stranger_spk(c: Collateral) -> bytes:
    return p2wpkh_script_pubkey(Key().public_key)


UNLOCK_CASES = [
    # -- item 3: coins named by outpoint --
    Case(
        "spends the 50 BTC coin where the 10 BTC one is named",
        "unlock.inputs",
        lambda c: c.transaction(spends=[c.large]).hex,
        form="p2sh",  # legacy P2SH: the signature would not commit to the amount
    ),
    Case(
        "spends a coin nobody named",
        "unlock.inputs",
        lambda c: c.transaction(spends=[(random_txid(), 0, 10 * COIN)]).hex,
    ),
    Case(
        "spends the named coin at another output index",
        "unlock.inputs",
        lambda c: c.transaction(spends=[(c.small[0], c.small[1] + 1, 10 * COIN)]).hex,
    ),
    Case(
        "spends the same coin twice",
        "unlock.inputs",
        lambda c: c.transaction(spends=[c.small, c.small]).hex,
    ),
    Case(
        "a funding transaction's output not locked to the collateral",
        "unlock.inputs",
        lambda c: (
            c.transaction(spends=[(bytes.fromhex(_funding_elsewhere(c).txid), 0, 10 * COIN)]).hex
        ),
        overrides=lambda c: {"coins": None, "funding_transactions": [_funding_elsewhere(c).hex]},
    ),
    Case(
        "more inputs than any unlock has",
        "unlock.inputs",
        lambda c: c.transaction(spends=[(random_txid(), 0, 1)] * 101).hex,
    ),
    # -- outputs and amounts --
    Case(
        "pays the refund to another address", "unlock.outputs", _tx(_unlock_out(to=_stranger_spk))
    ),
    Case(
        "sends the change elsewhere",
        "unlock.outputs",
        lambda c: (
            c.transaction(
                [c.unlock_outputs()[0], TxOut(c.unlock_outputs()[1].value, _stranger_spk(c))]
            ).hex
        ),
    ),
    Case(
        "an extra output",
        "unlock.outputs",
        lambda c: (
            c.transaction(
                [*_unlock_out(change_delta=-1_000)(c), TxOut(1_000, _stranger_spk(c))]
            ).hex
        ),
    ),
    Case(
        "refunds less than asked",
        "unlock.amount",
        _tx(_unlock_out(amount=UNLOCK_AMOUNT - 5, change_delta=5)),
    ),
    Case(
        "refunds more than asked",
        "unlock.amount",
        _tx(_unlock_out(amount=UNLOCK_AMOUNT + 1, change_delta=-1)),
    ),
    Case(
        "the refund in two outputs",
        "unlock.outputs",
        lambda c: (
            c.transaction(
                [TxOut(UNLOCK_AMOUNT // 2, c.unlock_outputs()[0].script_pubkey)] * 2
                + [c.unlock_outputs()[1]]
            ).hex
        ),
    ),
    Case(
        "a negative output",
        "unlock.outputs",
        lambda c: c.transaction([*c.unlock_outputs(), TxOut(-1, c.script_pubkey)]).hex,
    ),
    # -- fees (item 8) --
    Case("a fee above max_fee", "unlock.fee", _tx(_unlock_out(change_delta=-90_000))),
    Case(
        "a fee rate above max_fee_rate",
        "unlock.fee_rate",
        _tx(_unlock_out(change_delta=-5_000)),
        overrides=lambda c: {"max_fee_rate": 10},
    ),
    Case("outputs above the inputs", "unlock.fee", _tx(_unlock_out(change_delta=TX_FEE + 1))),
    # -- lock fields (items 4 and 5) --
    Case(
        "a future nLockTime in an on-demand unlock",
        "unlock.lock_time",
        _tx(lock_time=900_000, sequence=0xFFFFFFFE),
    ),
    Case(
        "an nLockTime after 2038 in an on-demand unlock",
        "unlock.lock_time",
        _tx(lock_time=LOCK_TIME_2040, sequence=0xFFFFFFFE),
    ),
    Case("a relative lock in an on-demand unlock", "unlock.sequence", _tx(sequence=0x0000FFFF)),
    Case("a relative lock by time", "unlock.sequence", _tx(sequence=0x00400010)),
    Case("a relative lock of one block", "unlock.sequence", _tx(sequence=0x00000001)),
    # -- signatures ATOMIC already put in --
    Case("ATOMIC's signature altered", "unlock.signature", _signed_by_atomic(signer=Key())),
    Case("ATOMIC's signature high-S", "unlock.signature", _signed_by_atomic(high_s=True)),
    Case(
        "ATOMIC's signature SIGHASH_NONE",
        "unlock.signature",
        _signed_by_atomic(hashtype=SIGHASH_NONE),
    ),
    Case(
        "ATOMIC's signature ALL|ANYONECANPAY",
        "unlock.signature",
        _signed_by_atomic(hashtype=SIGHASH_ALL | SIGHASH_ANYONECANPAY),
    ),
    # -- script and form --
    Case("an input that spends another script", "unlock.inputs", _spends_other_script),
    Case(
        "script form: a legacy P2SH input for a P2SH-P2WSH collateral",
        "unlock.inputs",
        _spends_as_p2sh,
    ),
    # -- malformed --
    Case("not hex", "unlock.transaction", lambda c: "zz"),
    Case("truncated", "unlock.transaction", lambda c: c.transaction().hex[:-6]),
    Case("no outputs", "unlock.transaction", lambda c: c.transaction([]).hex),
    # -- the collateral itself --
    Case(
        "collateral on another network",
        "collateral.address",
        lambda c: c.transaction().hex,
        overrides=lambda c: {"network": "mainnet"},
    ),
]


def _funding_elsewhere(c: Collateral) -> Tx:
    if not hasattr(c, "_funding_elsewhere"):
        c._funding_elsewhere = _funding(c, 10 * COIN, p2pkh_script_pubkey(c.user.public_key))  # type: ignore[attr-defined]
    return c._funding_elsewhere  # type: ignore[attr-defined,no-any-return]


@pytest.mark.parametrize("case", UNLOCK_CASES, ids=[c.name for c in UNLOCK_CASES])
def test_tampered_unlock_is_refused(case: Case) -> None:
    c = Collateral(form=case.form)  # type: ignore[arg-type]
    raw = case.make(c)
    with pytest.raises(VerificationFailed) as info:
        _unlock(c, raw, **case.overrides(c))
    assert info.value.check == case.check, str(info.value)
    _unlock(c, c.transaction().hex)  # the honest transaction of the same collateral passes


TIMED_CASES = [
    Case(
        "nLockTime other than asked",
        "timed_unlock.lock_time",
        _tx(lock_time=LOCK_TIME + 1, sequence=0xFFFFFFFE),
    ),
    Case(
        "nLockTime disabled by final sequences",
        "timed_unlock.lock_time",
        _tx(lock_time=LOCK_TIME, sequence=0xFFFFFFFF),
    ),
    Case(
        "a relative lock besides (~455 days)",
        "timed_unlock.sequence",
        _tx(lock_time=LOCK_TIME, sequence=0x0000FFFF),
    ),
    Case("no lock at all", "timed_unlock.lock_time", _tx()),
    Case(
        "a fee above max_fee",
        "timed_unlock.fee",
        _tx(_unlock_out(change_delta=-90_000), lock_time=LOCK_TIME, sequence=0xFFFFFFFE),
    ),
    Case(
        "spends an unnamed coin",
        "timed_unlock.inputs",
        lambda c: c.transaction(spends=[c.large], lock_time=LOCK_TIME, sequence=0xFFFFFFFE).hex,
    ),
]


@pytest.mark.parametrize("case", TIMED_CASES, ids=[c.name for c in TIMED_CASES])
def test_tampered_timed_unlock_is_refused(case: Case) -> None:
    c = Collateral(form=case.form)  # type: ignore[arg-type]
    with pytest.raises(VerificationFailed) as info:
        _unlock(c, case.make(c), lock_time=LOCK_TIME, **case.overrides(c))
    assert info.value.check == case.check, str(info.value)
    _unlock(c, c.transaction(lock_time=LOCK_TIME, sequence=0xFFFFFFFE).hex, lock_time=LOCK_TIME)


ESCROW_CASES: list[tuple[str, str, Callable[[Collateral], dict[str, Any]]]] = [
    (
        "pays the escrow more",
        "escrow.amount",
        lambda c: _escrow_details(
            c, c.transaction(c.escrow_outputs(ESCROW_AMOUNT + 1, TX_FEE - 1))
        ),
    ),
    (
        "pays the escrow less",
        "escrow.amount",
        lambda c: _escrow_details(
            c, c.transaction(c.escrow_outputs(ESCROW_AMOUNT - 1, TX_FEE + 1))
        ),
    ),
    (
        "pays another escrow address",
        "escrow.outputs",
        lambda c: _escrow_details(
            c,
            c.transaction(
                [
                    TxOut(ESCROW_AMOUNT, p2wpkh_script_pubkey(Key().public_key)),
                    c.escrow_outputs()[1],
                ]
            ),
        ),
    ),
    (
        "a fee above max_fee",
        "escrow.fee",
        lambda c: _escrow_details(c, c.transaction(c.escrow_outputs(fee=50_000))),
    ),
    (
        "a fee rate above max_fee_rate",
        "escrow.fee_rate",
        lambda c: _escrow_details(c, c.transaction(c.escrow_outputs(fee=9_999))),
    ),
    (
        "source-address not the collateral",
        "escrow.source_address",
        lambda c: _escrow_details(c, None, **{"source-address": fresh_address()}),
    ),
    (
        "coin-type not BTC",
        "escrow.coin_type",
        lambda c: _escrow_details(c, None, **{"coin-type": "LTC"}),
    ),
    (
        "spends an unnamed coin",
        "escrow.inputs",
        lambda c: _escrow_details(c, c.transaction(c.escrow_outputs(), spends=[c.large])),
    ),
    (
        "not final now",
        "escrow.lock_time",
        lambda c: _escrow_details(
            c, c.transaction(c.escrow_outputs(), lock_time=900_000, sequence=0xFFFFFFFE)
        ),
    ),
    (
        "no transaction",
        "escrow.transaction",
        lambda c: {"coin-type": "BTC", "source-address": c.address},
    ),
    ("details not an object", "escrow.transaction", lambda c: "0200"),  # type: ignore[list-item,return-value]
]


@pytest.mark.parametrize(
    ("name", "check", "details"), ESCROW_CASES, ids=[e[0] for e in ESCROW_CASES]
)
def test_tampered_escrow_transaction_is_refused(
    name: str, check: str, details: Callable[[Collateral], dict[str, Any]]
) -> None:
    c = Collateral()
    overrides = {"max_fee_rate": 20} if check == "escrow.fee_rate" else {}
    with pytest.raises(VerificationFailed) as info:
        _escrow(c, details(c), **overrides)
    assert info.value.check == check, str(info.value)


def _swap_keys(c: Collateral) -> dict[str, Any]:
    return c.info(
        script=multisig(2, [c.user.public_key, c.atomic.public_key]),
        **{
            "private-collateral-address": c.address,
            "private-collateral-script-pub-key": c.script_pubkey.hex(),
        },
    )


COLLATERAL_CASES: list[tuple[str, str, Callable[[Collateral], dict[str, Any]]]] = [
    (
        "address of something else",
        "collateral.address",
        lambda c: c.info(None, **{"private-collateral-address": c.refund_address}),
    ),
    ("key order swapped, address kept", "collateral.address", _swap_keys),
    (
        "script-pub-key of something else",
        "collateral.script_pub_key",
        lambda c: c.info(
            None, **{"private-collateral-script-pub-key": p2sh_script_pubkey(b"x").hex()}
        ),
    ),
    (
        "your key twice",
        "collateral.redeem_script",
        lambda c: c.info(script=multisig(2, [c.user.public_key, c.user.public_key])),
    ),
    (
        "ATOMIC's key twice",
        "collateral.redeem_script",
        lambda c: c.info(script=multisig(2, [c.atomic.public_key, c.atomic.public_key])),
    ),
    (
        "your key missing",
        "collateral.redeem_script",
        lambda c: c.info(script=multisig(2, [c.atomic.public_key, Key().public_key])),
    ),
    (
        "2-of-3",
        "collateral.redeem_script",
        lambda c: c.info(
            script=multisig(2, [c.atomic.public_key, c.user.public_key, Key().public_key])
        ),
    ),
    (
        "1-of-2",
        "collateral.redeem_script",
        lambda c: c.info(script=multisig(1, [c.atomic.public_key, c.user.public_key])),
    ),
    (
        "script not hex",
        "collateral.redeem_script",
        lambda c: c.info(None, **{"private-collateral-redeem-script": "xyz"}),
    ),
    (
        "ATOMIC key not a point",
        "collateral.atomic_key",
        lambda c: c.info(None, **{"atomic-public-key": "02" + "00" * 32}),
    ),
    (
        "ATOMIC key a number",
        "collateral.atomic_key",
        lambda c: c.info(None, **{"atomic-public-key": 2}),
    ),
    (
        "address missing",
        "collateral.address",
        lambda c: c.info(None, **{"private-collateral-address": None}),
    ),
    ("info not an object", "collateral", lambda c: ["not", "an", "object"]),  # type: ignore[list-item,return-value]
]


@pytest.mark.parametrize(
    ("name", "check", "info"), COLLATERAL_CASES, ids=[e[0] for e in COLLATERAL_CASES]
)
def test_tampered_collateral_is_refused(
    name: str, check: str, info: Callable[[Collateral], dict[str, Any]]
) -> None:
    c = Collateral()
    with pytest.raises(VerificationFailed) as caught:
        atomic.verify_private_collateral(info(c), public_key=c.user.public_key, network="testnet")
    assert caught.value.check == check, str(caught.value)


# ---- the payment (item 7) -------------------------------------------------------------------------

PAY_TO = "2N82m2L7p17jNzrnJKN4CTjuAApSYmRtPe2"  # the document's payment output
AGREED = {PAY_TO: 1_000_000}  # 0.01 BTC


def _payment(**details: Any) -> dict[str, Any]:
    body = {"coin-type": "BTC", "fee": 1_000, "outputs": [{"address": PAY_TO, "amount": 1_000_000}]}
    body.update(details)
    return {"payment-transaction-details": body}


@pytest.mark.parametrize("kind", ["p2wpkh", "p2sh-p2wpkh", "p2pkh", "p2sh-p2wsh", "p2wsh"])
def test_honest_payment_is_built_signed_and_valid(kind: str) -> None:
    payer = Key()
    coins = {f"{random_txid().hex()}:0": 600_000, f"{random_txid().hex()}:3": 500_000}
    change = fresh_address()
    verified = atomic.verify_payment(
        _payment(), network="testnet", outputs=AGREED, max_fee=MAX_FEE, max_fee_rate=MAX_FEE_RATE
    )
    signed = atomic.sign_pay_transaction(
        verified, payer.hex, coins=coins, change_address=change, coin_kind=kind
    )
    tx = parse(signed)
    assert [(o.value, address(o.script_pubkey)) for o in tx.outputs] == [
        (1_000_000, PAY_TO),
        (1_100_000 - 1_000_000 - 1_000, change),
    ]
    one_of_one = multisig(1, [payer.public_key])
    script = {
        "p2wpkh": p2wpkh_script_pubkey(payer.public_key),
        "p2sh-p2wpkh": p2sh_script_pubkey(p2wpkh_script_pubkey(payer.public_key)),
        "p2pkh": p2pkh_script_pubkey(payer.public_key),
        "p2sh-p2wsh": p2sh_p2wsh_script_pubkey(one_of_one),
        "p2wsh": b"\x00\x20" + __import__("hashlib").sha256(one_of_one).digest(),
    }[kind]
    judge(signed, [Spent(script, amount) for amount in coins.values()])


PAYMENT_CASES: list[tuple[str, str, dict[str, Any], dict[str, Any]]] = [
    (
        "asks 0.29 BTC where 0.01 was agreed",
        "payment.outputs",
        {"outputs": [{"address": PAY_TO, "amount": 29_000_000}]},
        {},
    ),
    (
        "an extra output",
        "payment.outputs",
        {
            "outputs": [
                {"address": PAY_TO, "amount": 1_000_000},
                {"address": "2NF1qc9L4j1tyfqzzLdRzRqoVftHznSeC6K", "amount": 5_000},
            ]
        },
        {},
    ),
    (
        "pays another address",
        "payment.outputs",
        {"outputs": [{"address": "2NF1qc9L4j1tyfqzzLdRzRqoVftHznSeC6K", "amount": 1_000_000}]},
        {},
    ),
    (
        "the agreed output twice",
        "payment.outputs",
        {"outputs": [{"address": PAY_TO, "amount": 1_000_000}] * 2},
        {},
    ),
    ("no outputs", "payment.outputs", {"outputs": []}, {}),
    (
        "an amount as a float",
        "payment.outputs",
        {"outputs": [{"address": PAY_TO, "amount": 1e6}]},
        {},
    ),
    (
        "an address of another network",
        "payment.outputs",
        {"outputs": [{"address": "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "amount": 1_000_000}]},
        {},
    ),
    ("a fee above max_fee", "payment.fee", {"fee": 50_000}, {}),
    ("a fee as a string", "payment.fee", {"fee": "1000"}, {}),
    ("coin-type not BTC", "payment.coin_type", {"coin-type": "ETH"}, {}),
]


@pytest.mark.parametrize(
    ("name", "check", "details", "overrides"), PAYMENT_CASES, ids=[p[0] for p in PAYMENT_CASES]
)
def test_a_payment_other_than_agreed_is_refused(
    name: str, check: str, details: dict[str, Any], overrides: dict[str, Any]
) -> None:
    params: dict[str, Any] = {
        "network": "testnet",
        "outputs": AGREED,
        "max_fee": MAX_FEE,
        "max_fee_rate": MAX_FEE_RATE,
        **overrides,
    }
    with pytest.raises(VerificationFailed) as info:
        atomic.verify_payment(_payment(**details), **params)
    assert info.value.check == check, str(info.value)


def test_a_payment_fee_rate_above_the_cap_is_refused_when_the_transaction_is_built() -> None:
    verified = atomic.verify_payment(
        _payment(fee=9_000), network="testnet", outputs=AGREED, max_fee=MAX_FEE, max_fee_rate=10
    )
    with pytest.raises(VerificationFailed) as info:
        atomic.sign_pay_transaction(
            verified,
            Key().hex,
            coins={f"{random_txid().hex()}:0": 2_000_000},
            change_address=fresh_address(),
        )
    assert info.value.check == "payment.fee_rate"


# ---- signing --------------------------------------------------------------------------------------


def test_signing_needs_the_verified_object_of_its_kind_and_key() -> None:
    c = Collateral()
    verified = _unlock(c, c.transaction().hex)
    with pytest.raises(TypeError):
        atomic.sign_unlock_transaction({"raw-transaction": c.transaction().hex}, c.user.hex)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not a escrow"):
        atomic.sign_escrow_transaction(verified, c.user.hex)
    with pytest.raises(InvalidKeyError, match="the key the collateral was verified for"):
        atomic.sign_unlock_transaction(verified, Key().hex)


class _WrongDigestKey(PrivateKey):
    def sign(self, digest: bytes) -> bytes:
        return super().sign(bytes(32))


@pytest.mark.parametrize("form", FORMS)
def test_a_signature_of_mine_that_does_not_verify_is_not_sent(form: str) -> None:
    c = Collateral(form=form)  # type: ignore[arg-type]
    verified = _unlock(c, c.transaction().hex)
    with pytest.raises(VerificationFailed) as info:
        atomic.sign_unlock_transaction(verified, _WrongDigestKey(c.user.secret))
    assert info.value.check == "unlock.script"


def test_caller_mistakes_are_value_errors() -> None:
    c = Collateral()
    raw = c.transaction().hex
    cases: list[tuple[dict[str, Any], str]] = [
        ({"coins": {"not-an-outpoint": 1}}, "outpoint"),
        ({"coins": {f"{'ab' * 32}:0": 0}}, "positive"),
        ({"coins": {}}, "coins"),
        ({"coins": None}, "exactly one"),
        ({"funding_transactions": ["00"]}, "exactly one"),
        ({"amount": 0}, "amount"),
        ({"max_fee_rate": 1.5}, "max_fee_rate"),
        ({"refund_address": "nonsense"}, "unlock address"),
        ({"public_key": "zz"}, "public_key"),
    ]
    for overrides, message in cases:
        with pytest.raises(ValueError, match=message) as info:
            _unlock(c, raw, **overrides)
        assert not isinstance(info.value, VerificationFailed)
    with pytest.raises(ValueError, match="lock_time"):
        _unlock(c, raw, lock_time=0)


# ---- the document's vectors ------------------------------------------------------------------------


def test_document_private_collateral_checks_out() -> None:
    coll = atomic.verify_private_collateral(
        {"private-collateral-info": v.ATOMIC_COLLATERAL},
        public_key=v.ATOMIC_USER_KEY,
        network="testnet",
        atomic_public_key=v.ATOMIC_COLLATERAL["atomic-public-key"],
    )
    assert coll.form == "p2sh-p2wsh"
    assert coll.atomic_public_key.hex() == v.ATOMIC_COLLATERAL["atomic-public-key"]


def _document_collateral(redeem: str, atomic_key: str, p2sh: str) -> dict[str, Any]:
    return {
        "atomic-public-key": atomic_key,
        "private-collateral-address": p2sh,
        "private-collateral-redeem-script": redeem,
    }


def test_document_unlock_is_refused_as_not_final_now() -> None:
    """The document's unlock has nLockTime 110 with nSequence 0xfffffffe: a height long
    past, but a verifier without the chain cannot tell it from a future one."""
    outpoint = "1c5599391c293443272a9cef1bcdd4aac6f800f9cd43f3f7d1fae75f6f01628e:0"
    with pytest.raises(VerificationFailed) as info:
        atomic.verify_unlock_transaction(
            {"raw-transaction": v.ATOMIC_UNLOCK_PARTIAL},
            collateral=_document_collateral(
                v.ATOMIC_UNLOCK_REDEEM, v.ATOMIC_UNLOCK_KEY1, v.ATOMIC_UNLOCK_P2SH
            ),
            public_key=v.ATOMIC_UNLOCK_KEY2,
            network="testnet",
            refund_address=v.ATOMIC_UNLOCK_PAYS[0],
            amount=v.ATOMIC_UNLOCK_PAYS[1],
            coins={outpoint: v.ATOMIC_UNLOCK_PAYS[1] + 1_000},
            max_fee=5_000,
            max_fee_rate=MAX_FEE_RATE,
        )
    assert info.value.check == "unlock.lock_time" and "block height 110" in str(info.value)


def test_document_escrow_transaction_checks_out_for_its_own_keys() -> None:
    payment = {
        "escrow-transaction-details": {
            "coin-type": "BTC",
            "source-address": v.ATOMIC_ESCROW_P2SH,
            "raw-escrow-transaction": v.ATOMIC_ESCROW_PARTIAL,
        }
    }
    checked = atomic.verify_escrow_transaction(
        payment,
        collateral=_document_collateral(
            v.ATOMIC_ESCROW_REDEEM, v.ATOMIC_ESCROW_KEY1, v.ATOMIC_ESCROW_P2SH
        ),
        public_key=v.ATOMIC_ESCROW_KEY2,
        network="testnet",
        escrow_address=v.ATOMIC_ESCROW_PAYS[0],
        escrow_amount=v.ATOMIC_ESCROW_PAYS[1],
        coins={"fb898243833e1a75cc67085843ee959a81a7649c63313ace14782e49bb0fa7fe:0": 1_000_000_000},
        max_fee=100_000,
        max_fee_rate=200,  # its fee: 62,500 sats for ~367 vbytes once ATOMIC signs
    )
    assert checked.fee == 62_500 and 360 <= checked.vsize <= 370
    assert checked.inputs[0].signed_by == (bytes.fromhex(v.ATOMIC_ESCROW_KEY2),)


def test_spent_coins_must_be_named_even_for_the_documents_transaction() -> None:
    with pytest.raises(VerificationFailed) as info:
        atomic.verify_escrow_transaction(
            {"escrow-transaction-details": {"raw-escrow-transaction": v.ATOMIC_ESCROW_RAW}},
            collateral=_document_collateral(
                v.ATOMIC_ESCROW_REDEEM, v.ATOMIC_ESCROW_KEY1, v.ATOMIC_ESCROW_P2SH
            ),
            public_key=v.ATOMIC_ESCROW_KEY2,
            network="testnet",
            escrow_address=v.ATOMIC_ESCROW_PAYS[0],
            escrow_amount=v.ATOMIC_ESCROW_PAYS[1],
            coins={f"{'00' * 32}:0": 1_000_000_000},
            max_fee=100_000,
            max_fee_rate=MAX_FEE_RATE,
        )
    assert info.value.check == "escrow.inputs"


def test_inputs_without_the_change_back_are_still_accepted() -> None:
    # Only the refund, the whole coin less the fee: no change output at all.
    c = Collateral()
    raw = c.transaction([TxOut(UNLOCK_AMOUNT, c.unlock_outputs()[0].script_pubkey)]).hex
    with pytest.raises(VerificationFailed) as info:
        _unlock(c, raw)  # 10 BTC in, 4.98 out: a 5 BTC fee
    assert info.value.check == "unlock.fee"
    copy.deepcopy(raw)


def test_the_same_pay_coin_twice_is_a_caller_error() -> None:
    verified = atomic.verify_payment(
        _payment(), network="testnet", outputs=AGREED, max_fee=MAX_FEE, max_fee_rate=MAX_FEE_RATE
    )
    txid = random_txid().hex()
    with pytest.raises(ValueError, match="listed twice"):
        atomic.sign_pay_transaction(
            verified,
            Key().hex,
            coins={f"{txid}:0": 600_000, f"{txid.upper()}:0": 600_000},
            change_address=fresh_address(),
        )


def test_a_pay_transaction_that_fails_the_interpreter_is_not_returned() -> None:
    verified = atomic.verify_payment(
        _payment(), network="testnet", outputs=AGREED, max_fee=MAX_FEE, max_fee_rate=MAX_FEE_RATE
    )
    with pytest.raises(VerificationFailed) as info:
        atomic.sign_pay_transaction(
            verified,
            _WrongDigestKey(Key().secret),
            coins={f"{random_txid().hex()}:0": 2_000_000},
            change_address=fresh_address(),
        )
    assert info.value.check == "payment.script"
