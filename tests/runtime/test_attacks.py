"""Attacks of a hostile escrow service on the checks themselves, not on one field: data that
passes every check while the user is shown (or acts on) something else.

Each attack is refused with the check that names it, and next to it the honest shape of the
same data is accepted. The contracts and transactions come from ``hodlhodl_deal`` and
``atomic_deal`` (fresh keys, signed without the runtime).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from coinspec_runtime import VerificationFailed, atomic, hodlhodl

from .atomic_deal import ESCROW_AMOUNT, MAX_FEE, MAX_FEE_RATE, UNLOCK_AMOUNT, Collateral
from .hodlhodl_deal import (
    EXCHANGE_FEE,
    GOES_TO_BUYER,
    INDEX,
    TX_FEE,
    Deal,
    account_deal,
    address,
    child_key,
)
from .independent import (
    Key,
    TxOut,
    judge,
    multisig,
    p2sh_p2wsh_script_pubkey,
    p2wpkh_script_pubkey,
    p2wsh_program,
    parse,
)

KEYS: dict[str, Any] = {"network": "testnet"}


def _release(deal: Deal, contract: Any, transaction: Any, **overrides: Any) -> Any:
    params: dict[str, Any] = {
        **KEYS,
        "public_key": deal.me.public_key,
        "max_fee": MAX_FEE,
        "max_fee_rate": MAX_FEE_RATE,
    }
    params.update(overrides)
    return hodlhodl.verify_release_transaction(contract, transaction, **params)


def _hodlhodl_only_escrow(deal: Deal) -> dict[str, Any]:
    """An escrow HodlHodl alone can spend: a 1-of-1 of its own key, at its P2SH-P2WSH address."""
    script = multisig(1, [deal.hodlhodl.public_key])
    return deal.escrow(script, address=address(p2sh_p2wsh_script_pubkey(script)))


# ---- one object, two versions: the checked one hidden inside the one the user is shown ----------


def _escrow_holding_the_good_one_as_contract(deal: Deal) -> dict[str, Any]:
    return deal.contract({**_hodlhodl_only_escrow(deal), "contract": {"escrow": deal.escrow()}})


def _escrow_holding_the_good_one_as_escrow(deal: Deal) -> dict[str, Any]:
    return deal.contract({**_hodlhodl_only_escrow(deal), "escrow": deal.escrow()})


def _contract_holding_the_good_one(deal: Deal) -> dict[str, Any]:
    return {**deal.contract(_hodlhodl_only_escrow(deal)), "contract": deal.contract()}


TWO_VERSIONS = [
    (
        "escrow holds the good escrow under 'contract'",
        "contract.escrow",
        _escrow_holding_the_good_one_as_contract,
    ),
    (
        "escrow holds the good escrow under 'escrow'",
        "contract.escrow",
        _escrow_holding_the_good_one_as_escrow,
    ),
    (
        "contract holds the good contract under 'contract'",
        "contract",
        _contract_holding_the_good_one,
    ),
]


@pytest.mark.parametrize(
    ("name", "check", "make"), TWO_VERSIONS, ids=[name for name, _, _ in TWO_VERSIONS]
)
def test_an_escrow_checked_in_a_hidden_copy_is_refused(name: str, check: str, make: Any) -> None:
    # Before: the runtime descended into the nested copy, found the user's key in its place and
    # passed, while contract.escrow.address (what the user funds) was HodlHodl's alone.
    deal = Deal()
    contract = make(deal)
    assert contract["escrow"]["address"] != deal.escrow()["address"]
    with pytest.raises(VerificationFailed) as refused:
        hodlhodl.verify_contract_escrow(contract, **KEYS, public_key=deal.me.public_key)
    assert refused.value.check == check, str(refused.value)
    with pytest.raises(VerificationFailed) as refused:
        hodlhodl.verify_contract(contract, **KEYS, public_key=deal.me.public_key)
    assert refused.value.check == check, str(refused.value)


@pytest.mark.parametrize(
    "shape",
    ["contract", "envelope", "status envelope", "escrow alone", "escrow in its contract"],
)
def test_the_documented_shapes_of_a_contract_are_accepted(shape: str) -> None:
    deal = Deal()
    contract = deal.contract()
    if shape.startswith("escrow"):
        escrow = deal.escrow() if shape == "escrow alone" else {"contract": contract}
        verified = hodlhodl.verify_escrow(
            escrow, **KEYS, role="seller", public_key=deal.me.public_key
        )
    else:
        body = {
            "contract": contract,
            "envelope": {"contract": contract},
            "status envelope": {"status": "success", "contract": contract},
        }[shape]
        verified = hodlhodl.verify_contract_escrow(body, **KEYS, public_key=deal.me.public_key)
    assert verified.address == deal.escrow()["address"]


def test_a_release_checked_against_a_hidden_contract_is_refused() -> None:
    deal = Deal()
    with pytest.raises(VerificationFailed) as refused:
        _release(deal, _contract_holding_the_good_one(deal), deal.transaction())
    assert refused.value.check == "contract", str(refused.value)


def test_a_release_transaction_with_a_hidden_copy_is_refused() -> None:
    deal = Deal()
    honest = deal.transaction()
    other = deal.transaction(deal.release_outputs(fee=3_000))
    with pytest.raises(VerificationFailed) as refused:
        _release(deal, deal.contract(), {**other, "transaction": honest})
    assert refused.value.check == "release.transaction", str(refused.value)
    _release(deal, deal.contract(), {"status": "success", "transaction": honest})


def test_a_collateral_checked_in_a_hidden_copy_is_refused() -> None:
    c = Collateral()
    stranger = Collateral()  # ATOMIC's key and another user's: not this user's collateral
    user = {**stranger.info(), "private-collateral-info": c.info()}
    with pytest.raises(VerificationFailed) as refused:
        atomic.verify_private_collateral(user, public_key=c.user.public_key, **KEYS)
    assert refused.value.check == "collateral", str(refused.value)
    for honest in (c.user_body(), c.info()):
        atomic.verify_private_collateral(honest, public_key=c.user.public_key, **KEYS)


def test_payment_details_with_a_hidden_copy_are_refused() -> None:
    c = Collateral()
    details = {
        "coin-type": "BTC",
        "source-address": c.address,
        "raw-escrow-transaction": c.transaction(c.escrow_outputs()).hex,
    }
    payee = address(p2sh_p2wsh_script_pubkey(multisig(1, [Key().public_key])))
    agreed = {"coin-type": "BTC", "fee": 1_000, "outputs": [{"address": payee, "amount": 5_000}]}
    asked = {**agreed, "outputs": [{"address": payee, "amount": 9_000}]}
    payment_params: dict[str, Any] = {
        **KEYS,
        "outputs": {payee: 5_000},
        "max_fee": MAX_FEE,
        "max_fee_rate": MAX_FEE_RATE,
    }
    with pytest.raises(VerificationFailed) as refused:
        atomic.verify_payment(
            {**asked, "payment-transaction-details": agreed, "escrow-transaction-details": details},
            **payment_params,
        )
    assert refused.value.check == "payment", str(refused.value)
    escrow_params: dict[str, Any] = {
        **KEYS,
        "collateral": c.user_body(),
        "public_key": c.user.public_key,
        "escrow_address": c.escrow_address,
        "escrow_amount": ESCROW_AMOUNT,
        "coins": c.coins(),
        "max_fee": MAX_FEE,
        "max_fee_rate": MAX_FEE_RATE,
    }
    with pytest.raises(VerificationFailed) as refused:
        atomic.verify_escrow_transaction(
            {**details, "escrow-transaction-details": details}, **escrow_params
        )
    assert refused.value.check == "escrow.transaction", str(refused.value)
    honest = {"payment-transaction-details": agreed, "escrow-transaction-details": details}
    atomic.verify_payment(honest, **payment_params)
    atomic.verify_escrow_transaction(honest, **escrow_params)


# ---- another contract of yours in this one's name ------------------------------------------------


def test_a_contract_other_than_the_one_asked_for_is_refused() -> None:
    # Before: nothing compared the contract's id with the one asked for, so a server could
    # answer /contracts/c1 with c2 (your escrow too, its buyer unpaid) and have it released.
    deal = Deal()
    other = deal.contract(id="c2")
    for verify in (hodlhodl.verify_contract, hodlhodl.verify_contract_escrow):
        with pytest.raises(VerificationFailed) as refused:
            verify(other, **KEYS, public_key=deal.me.public_key, contract_id="c1")
        assert refused.value.check == "contract.id", str(refused.value)
    with pytest.raises(VerificationFailed) as refused:
        _release(deal, other, {**deal.transaction(), "contract_id": "c2"}, contract_id="c1")
    assert refused.value.check == "contract.id", str(refused.value)
    nameless = {k: v for k, v in deal.contract().items() if k != "id"}
    with pytest.raises(VerificationFailed) as refused:
        hodlhodl.verify_contract(nameless, **KEYS, public_key=deal.me.public_key, contract_id="c1")
    assert refused.value.check == "contract.id", str(refused.value)
    verified = _release(deal, deal.contract(), deal.transaction(), contract_id="c1")
    judge(hodlhodl.sign_release_transaction(verified, deal.me.hex), deal.spent())


@pytest.mark.parametrize("kind", ["release", "refund"])
def test_a_transaction_of_another_contract_is_refused(kind: str) -> None:
    deal = Deal()
    outputs = deal.refund_outputs() if kind == "refund" else None
    transaction = {**deal.transaction(outputs), "contract_id": "c2"}
    params: dict[str, Any] = {**KEYS, "public_key": deal.me.public_key, "max_fee": MAX_FEE}
    params["max_fee_rate"] = MAX_FEE_RATE
    verify: Callable[[dict[str, Any]], object] = (
        (
            lambda t: hodlhodl.verify_refund_transaction(
                deal.contract(), t, release_address=deal.seller_address, **params
            )
        )
        if kind == "refund"
        else (lambda t: hodlhodl.verify_release_transaction(deal.contract(), t, **params))
    )
    with pytest.raises(VerificationFailed) as refused:
        verify(transaction)
    assert refused.value.check == f"{kind}.contract_id", str(refused.value)
    verify({**transaction, "contract_id": "c1"})
    verify({k: v for k, v in transaction.items() if k != "contract_id"})


# ---- the escrow the confirmation answers with ------------------------------------------------------


def test_an_escrow_that_changed_after_it_was_verified_is_refused() -> None:
    deal, user = account_deal("seller")
    xpub = {**KEYS, "xpub": user.xpub}
    before = hodlhodl.verify_contract_escrow(deal.contract(), **xpub, contract_id="c1")
    # Another escrow that checks out on its own: your key of another index, with other keys.
    moved = Deal(seller=child_key(user.xprv, INDEX + 1))
    changed = deal.contract(moved.escrow(index=INDEX + 1))
    hodlhodl.verify_contract_escrow(changed, **xpub, contract_id="c1")
    with pytest.raises(VerificationFailed) as refused:
        hodlhodl.verify_contract_escrow(changed, **xpub, contract_id="c1", same_as=before)
    assert refused.value.check == "escrow.changed", str(refused.value)
    after = hodlhodl.verify_contract_escrow(deal.contract(), **xpub, same_as=before)
    assert after == before


# ---- addresses that are one address -------------------------------------------------------------


def test_the_release_address_is_compared_as_the_script_it_pays() -> None:
    deal = Deal(role="buyer")
    mine = address(p2wpkh_script_pubkey(deal.buyer.public_key))
    outputs = [TxOut(GOES_TO_BUYER - TX_FEE, p2wpkh_script_pubkey(deal.buyer.public_key))]
    outputs.append(TxOut(EXCHANGE_FEE, deal.fee_script))
    params: dict[str, Any] = {**KEYS, "public_key": deal.me.public_key, "max_fee": MAX_FEE}
    params["max_fee_rate"] = MAX_FEE_RATE
    for shown, given in ((mine.upper(), mine), (mine, mine.upper())):
        verified = hodlhodl.verify_disputed_release_transaction(
            deal.contract(release_address=shown),
            deal.transaction(outputs),
            release_address=given,
            **params,
        )
        judge(hodlhodl.sign_release_transaction(verified, deal.me.hex), deal.spent())
    for shown in (address(p2wpkh_script_pubkey(Key().public_key)), mine[:-1] + "x", "2N\ud800"):
        with pytest.raises(VerificationFailed) as refused:
            hodlhodl.verify_disputed_release_transaction(
                deal.contract(release_address=shown),
                deal.transaction(outputs),
                release_address=mine,
                **params,
            )
        assert refused.value.check == "contract.release_address", str(refused.value)


# ---- change that does not relay ---------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["unlock", "escrow"])
@pytest.mark.parametrize("dust", [0, 1, 545])
def test_change_below_the_dust_limit_is_refused(kind: str, dust: int) -> None:
    # Before: a zero-value (or 1-sat) output back to the collateral was accepted and signed;
    # nodes do not relay such a transaction, so the user's unlock would never confirm.
    c = Collateral()
    outputs = c.unlock_outputs() if kind == "unlock" else c.escrow_outputs()
    first = outputs[0]
    change = outputs[1].value
    hostile = [first, TxOut(change - dust, c.script_pubkey), TxOut(dust, c.script_pubkey)]
    honest = [first, TxOut(change - 546, c.script_pubkey), TxOut(546, c.script_pubkey)]
    for outputs, refused in ((hostile, True), (honest, False)):
        raw = c.transaction(outputs).hex
        try:
            if kind == "unlock":
                verified = atomic.verify_unlock_transaction(
                    {"raw-transaction": raw},
                    collateral=c.user_body(),
                    public_key=c.user.public_key,
                    **KEYS,
                    refund_address=c.refund_address,
                    amount=UNLOCK_AMOUNT,
                    coins=c.coins(),
                    max_fee=MAX_FEE,
                    max_fee_rate=MAX_FEE_RATE,
                )
            else:
                details = {"coin-type": "BTC", "source-address": c.address}
                verified = atomic.verify_escrow_transaction(
                    {"escrow-transaction-details": {**details, "raw-escrow-transaction": raw}},
                    collateral=c.user_body(),
                    public_key=c.user.public_key,
                    **KEYS,
                    escrow_address=c.escrow_address,
                    escrow_amount=ESCROW_AMOUNT,
                    coins=c.coins(),
                    max_fee=MAX_FEE,
                    max_fee_rate=MAX_FEE_RATE,
                )
        except VerificationFailed as exc:
            assert refused and exc.check == f"{kind}.outputs", str(exc)
            continue
        assert not refused, "dust change was accepted"
        sign = (
            atomic.sign_unlock_transaction if kind == "unlock" else atomic.sign_escrow_transaction
        )
        judge(c.complete(sign(verified, c.user.hex), [c.small[2]]), c.spent())


# ---- serialization tricks ---------------------------------------------------------------------------


def _with_script_sig(transaction: dict[str, Any], script_sig: bytes) -> dict[str, Any]:
    tx = parse(transaction["hex"])
    return {**transaction, "hex": tx.with_input(0, script_sig=script_sig).hex}


def test_a_release_whose_txid_would_change_on_signing_is_refused() -> None:
    # Before: a P2SH-P2WSH scriptSig pushing the redeem script with OP_PUSHDATA1 was read as
    # the push it holds; signing wrote the canonical push, so the signed transaction's txid
    # was not the VerifiedSpend.txid the user was shown (and the server's own was invalid:
    # BIP141 requires exactly the canonical push).
    deal = Deal()
    honest = deal.transaction()
    redeem = p2wsh_program(deal.script())
    for script_sig in (b"\x4c" + bytes([len(redeem)]) + redeem, b"\x4d\x22\x00" + redeem):
        with pytest.raises(VerificationFailed) as refused:
            _release(deal, deal.contract(), _with_script_sig(honest, script_sig))
        assert refused.value.check == "release.inputs", str(refused.value)
    verified = _release(deal, deal.contract(), honest)
    signed = hodlhodl.sign_release_transaction(verified, deal.me.hex)
    assert parse(signed).txid == verified.txid == parse(honest["hex"]).txid
    judge(signed, deal.spent())


def test_witness_data_on_a_legacy_collateral_input_is_refused() -> None:
    c = Collateral(form="p2sh")
    tx = c.transaction()
    for witness in ((b"",), (b"", b"", c.script), (b"\x01" * 72,)):
        raw = tx.with_input(0, witness=witness).hex
        with pytest.raises(VerificationFailed) as refused:
            atomic.verify_unlock_transaction(
                {"raw-transaction": raw},
                collateral=c.user_body(),
                public_key=c.user.public_key,
                **KEYS,
                refund_address=c.refund_address,
                amount=UNLOCK_AMOUNT,
                coins=c.coins(),
                max_fee=MAX_FEE,
                max_fee_rate=MAX_FEE_RATE,
            )
        assert refused.value.check in ("unlock.inputs", "unlock.transaction"), str(refused.value)


def test_extra_witness_items_in_a_release_are_refused() -> None:
    deal = Deal()
    signed = parse(deal.transaction()["hex"])
    witness = signed.inputs[0].witness
    for extra in ((witness[0], witness[1], witness[2], bytes(70), witness[3]), (b"\x01", *witness)):
        hostile = {**deal.transaction(), "hex": signed.with_input(0, witness=extra).hex}
        with pytest.raises(VerificationFailed) as refused:
            _release(deal, deal.contract(), hostile)
        assert refused.value.check == "release.inputs", str(refused.value)


def test_one_address_agreed_twice_is_a_caller_error() -> None:
    # Before: {"tb1q...": 1000, "TB1Q...": 2000} silently became one agreed output of 2000.
    payee = address(p2wpkh_script_pubkey(Key().public_key))
    details = {"coin-type": "BTC", "fee": 1_000, "outputs": [{"address": payee, "amount": 2_000}]}
    params: dict[str, Any] = {**KEYS, "max_fee": MAX_FEE, "max_fee_rate": MAX_FEE_RATE}
    with pytest.raises(ValueError, match="the same address") as refused:
        atomic.verify_payment(details, outputs={payee: 1_000, payee.upper(): 2_000}, **params)
    assert not isinstance(refused.value, VerificationFailed)
    verified = atomic.verify_payment(details, outputs={payee.upper(): 2_000}, **params)
    assert [amount for _, _, amount in verified.outputs] == [2_000]
