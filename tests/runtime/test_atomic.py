"""ATOMIC: private collateral, unlock / timed-unlock / escrow transactions, the pay transaction."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from bitcointx.core import CMutableTransaction, CMutableTxIn, CMutableTxOut, COutPoint, CTransaction
from bitcointx.core.script import CScript

from coinspec_runtime import VerificationError, atomic
from coinspec_runtime.bitcoin.addresses import address_from_script_pubkey, parse_address
from coinspec_runtime.bitcoin.builder import Utxo
from coinspec_runtime.bitcoin.keys import PrivateKey
from coinspec_runtime.bitcoin.multisig import (
    MultisigScript,
    multisig_script,
    p2sh_address,
    p2sh_p2wsh_address,
    p2sh_p2wsh_script_pubkey,
    p2sh_script_pubkey,
)
from coinspec_runtime.bitcoin.transactions import (
    add_multisig_signature,
    multisig_script_pubkey,
    parse_transaction,
    read_multisig_input,
    transaction_hex,
    verify_input,
)

from . import runtime_vectors as v

ATOMIC_KEY = PrivateKey(bytes([0x51]) * 32)
USER = PrivateKey(bytes([0x52]) * 32)
STRANGER = PrivateKey(bytes([0x53]) * 32)
REFUND = "2NF1qc9L4j1tyfqzzLdRzRqoVftHznSeC6K"  # the document's refund-address
ESCROW_ADDRESS = "2N82m2L7p17jNzrnJKN4CTjuAApSYmRtPe2"
COLLATERAL_COIN = 1_000_000_000


def _collateral_info(
    form: str = "p2sh-p2wsh", script: MultisigScript | None = None
) -> dict[str, Any]:
    script = script or multisig_script(2, [ATOMIC_KEY.public_key, USER.public_key])
    spk = (
        p2sh_p2wsh_script_pubkey(script.script)
        if form == "p2sh-p2wsh"
        else p2sh_script_pubkey(script.script)
    )
    return {
        "atomic-public-key": ATOMIC_KEY.public_key.hex(),
        "private-collateral-address": address_from_script_pubkey(spk, "testnet"),
        "private-collateral-redeem-script": script.hex(),
        "private-collateral-script-pub-key": spk.hex(),
    }


def _raw(outputs: list[tuple[str, int]], *, lock_time: int = 0, n_inputs: int = 1) -> str:
    vin = [
        CMutableTxIn(COutPoint(bytes([7 + i]) * 32, i), nSequence=0xFFFFFFFE)
        for i in range(n_inputs)
    ]
    vout = [
        CMutableTxOut(value, CScript(parse_address(a, "testnet").script_pubkey))
        for a, value in outputs
    ]
    return transaction_hex(
        CTransaction.from_instance(CMutableTransaction(vin, vout, nVersion=2, nLockTime=lock_time))
    )


# ---- private collateral ------------------------------------------------------------------------


def test_document_private_collateral_is_p2sh_p2wsh() -> None:
    coll = atomic.verify_private_collateral(
        {"private-collateral-info": v.ATOMIC_COLLATERAL},
        user_pubkey=v.ATOMIC_USER_KEY,
        network="testnet",
        atomic_pubkey=v.ATOMIC_COLLATERAL["atomic-public-key"],
    )
    assert coll.form == "p2sh-p2wsh"
    assert coll.script.pubkeys[0].hex() == v.ATOMIC_COLLATERAL["atomic-public-key"]
    assert coll.script.pubkeys[1].hex() == v.ATOMIC_USER_KEY


def test_plain_p2sh_collateral_is_recognised() -> None:
    assert (
        atomic.verify_private_collateral(
            _collateral_info("p2sh"), user_pubkey=USER.public_key, network="testnet"
        ).form
        == "p2sh"
    )


def _swap(info: dict[str, Any]) -> dict[str, Any]:
    return {
        **info,
        "private-collateral-redeem-script": multisig_script(
            2, [USER.public_key, ATOMIC_KEY.public_key]
        ).hex(),
    }


COLLATERAL_TAMPERS: list[
    tuple[str, Callable[[dict[str, Any]], dict[str, Any]], dict[str, Any], str]
] = [
    ("address", lambda i: {**i, "private-collateral-address": REFUND}, {}, "collateral.address"),
    ("foreign network", lambda i: i, {"network": "mainnet"}, "collateral.address"),
    ("key order", _swap, {}, "collateral.address"),
    (
        "script-pub-key",
        lambda i: {**i, "private-collateral-script-pub-key": p2sh_script_pubkey(b"x").hex()},
        {},
        "collateral.script_pub_key",
    ),
    (
        "user key missing",
        lambda i: {
            **i,
            "private-collateral-redeem-script": multisig_script(
                2, [ATOMIC_KEY.public_key, STRANGER.public_key]
            ).hex(),
        },
        {},
        "collateral.redeem_script",
    ),
    (
        "2-of-3",
        lambda i: {
            **i,
            "private-collateral-redeem-script": multisig_script(
                2, [ATOMIC_KEY.public_key, USER.public_key, STRANGER.public_key]
            ).hex(),
        },
        {},
        "collateral.redeem_script",
    ),
    (
        "1-of-2",
        lambda i: {
            **i,
            "private-collateral-redeem-script": multisig_script(
                1, [ATOMIC_KEY.public_key, USER.public_key]
            ).hex(),
        },
        {},
        "collateral.redeem_script",
    ),
    (
        "atomic key not the pinned one",
        lambda i: i,
        {"atomic_pubkey": STRANGER.public_key},
        "collateral.atomic_key",
    ),
    (
        "atomic key garbage",
        lambda i: {**i, "atomic-public-key": "02" + "00" * 32},
        {},
        "collateral.atomic_key",
    ),
]


@pytest.mark.parametrize(
    ("name", "tamper", "kwargs", "check"),
    COLLATERAL_TAMPERS,
    ids=[t[0] for t in COLLATERAL_TAMPERS],
)
def test_tampered_collateral_is_refused(
    name: str,
    tamper: Callable[[dict[str, Any]], dict[str, Any]],
    kwargs: dict[str, Any],
    check: str,
) -> None:
    params: dict[str, Any] = {"user_pubkey": USER.public_key, "network": "testnet", **kwargs}
    with pytest.raises(VerificationError) as info:
        atomic.verify_private_collateral(tamper(_collateral_info()), **params)
    assert info.value.check == check, str(info.value)


# ---- the document's unlock and escrow transactions ---------------------------------------------


def _document_collateral(redeem: str, atomic_key: str, p2sh: str) -> dict[str, Any]:
    return {
        "atomic-public-key": atomic_key,
        "private-collateral-address": p2sh,
        "private-collateral-redeem-script": redeem,
    }


@pytest.mark.parametrize(
    "raw", [v.ATOMIC_UNLOCK_RAW, v.ATOMIC_UNLOCK_PARTIAL], ids=["raw", "partially-signed"]
)
def test_document_unlock_transaction_verifies(raw: str) -> None:
    checked = atomic.verify_unlock_transaction(
        {"raw-transaction": raw},
        collateral=_document_collateral(
            v.ATOMIC_UNLOCK_REDEEM, v.ATOMIC_UNLOCK_KEY1, v.ATOMIC_UNLOCK_P2SH
        ),
        user_pubkey=v.ATOMIC_UNLOCK_KEY2,
        network="testnet",
        refund_address=v.ATOMIC_UNLOCK_PAYS[0],
        amount=v.ATOMIC_UNLOCK_PAYS[1],
        input_amounts=[v.ATOMIC_UNLOCK_PAYS[1] + 1_000],  # the coin's amount is not in the document
        max_fee=5_000,
        lock_time=110,
    )
    assert checked.fee == 1_000
    # The partially signed example carries a valid signature by the second key of the script.
    expected = (bytes.fromhex(v.ATOMIC_UNLOCK_KEY2),) if raw == v.ATOMIC_UNLOCK_PARTIAL else ()
    assert checked.signed_by == expected


def test_document_escrow_transaction_verifies() -> None:
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
        user_pubkey=v.ATOMIC_ESCROW_KEY2,
        network="testnet",
        escrow_address=v.ATOMIC_ESCROW_PAYS[0],
        escrow_amount=v.ATOMIC_ESCROW_PAYS[1],
        input_amounts=[1_000_000_000],
        max_fee=100_000,
    )
    assert checked.fee == 62_500
    assert checked.signed_by == (bytes.fromhex(v.ATOMIC_ESCROW_KEY2),)


# ---- signing unlocks ---------------------------------------------------------------------------

UNLOCK_AMOUNT = 498_000_000


def _unlock_kwargs(**overrides: Any) -> dict[str, Any]:
    params: dict[str, Any] = dict(
        collateral=_collateral_info(),
        user_key=USER,
        network="testnet",
        refund_address=REFUND,
        amount=UNLOCK_AMOUNT,
        input_amounts=[COLLATERAL_COIN],
        max_fee=5_000,
    )
    params.update(overrides)
    return params


def _collateral_address(form: str = "p2sh-p2wsh") -> str:
    return str(_collateral_info(form)["private-collateral-address"])


@pytest.mark.parametrize("form", ["p2sh-p2wsh", "p2sh"])
def test_sign_unlock_then_atomic_can_complete_it(form: str) -> None:
    change = COLLATERAL_COIN - UNLOCK_AMOUNT - 1_000
    raw = _raw([(REFUND, UNLOCK_AMOUNT), (_collateral_address(form), change)])
    signed_hex = atomic.sign_unlock_transaction(
        {"raw-transaction": raw}, **_unlock_kwargs(collateral=_collateral_info(form))
    )
    tx = parse_transaction(signed_hex)
    script = multisig_script(2, [ATOMIC_KEY.public_key, USER.public_key])
    amount = COLLATERAL_COIN if form == "p2sh-p2wsh" else None
    state = read_multisig_input(tx, 0, amount=COLLATERAL_COIN)
    assert state.signed_by == (USER.public_key,) and state.placeholder == b""
    # ATOMIC fills its OP_0 and the input is valid.
    full = add_multisig_signature(tx, 0, ATOMIC_KEY, amount=amount)
    verify_input(full, 0, multisig_script_pubkey(form, script), amount)  # type: ignore[arg-type]


def test_sign_unlock_when_the_fee_comes_out_of_the_unlocked_amount() -> None:
    raw = _raw(
        [(REFUND, UNLOCK_AMOUNT - 700), (_collateral_address(), COLLATERAL_COIN - UNLOCK_AMOUNT)]
    )
    assert atomic.sign_unlock_transaction({"raw-transaction": raw}, **_unlock_kwargs())


def test_sign_timed_unlock_checks_the_lock_time() -> None:
    raw = _raw(
        [(REFUND, UNLOCK_AMOUNT), (_collateral_address(), COLLATERAL_COIN - UNLOCK_AMOUNT - 900)],
        lock_time=1548885799,
    )
    kwargs = _unlock_kwargs()
    assert atomic.sign_timed_unlock_transaction(
        {"raw-transaction": raw}, lock_time=1548885799, **kwargs
    )
    with pytest.raises(VerificationError) as info:
        atomic.sign_timed_unlock_transaction(
            {"raw-transaction": raw}, lock_time=1548885800, **kwargs
        )
    assert info.value.check == "timed_unlock.lock_time"


def _good_unlock_outputs() -> list[tuple[str, int]]:
    return [
        (REFUND, UNLOCK_AMOUNT),
        (_collateral_address(), COLLATERAL_COIN - UNLOCK_AMOUNT - 1_000),
    ]


def _with_foreign_signature() -> str:
    # A signature by a key outside the script, in ATOMIC's slot.
    script = multisig_script(2, [ATOMIC_KEY.public_key, USER.public_key])
    other = multisig_script(2, [STRANGER.public_key, USER.public_key])
    tx = parse_transaction(_raw(_good_unlock_outputs()))
    signed = add_multisig_signature(
        tx, 0, STRANGER, form="p2sh-p2wsh", script=other, amount=COLLATERAL_COIN
    )
    from bitcointx.core import CMutableTxInWitness
    from bitcointx.core.script import CScriptWitness

    from coinspec_runtime.bitcoin.multisig import p2sh_p2wsh_redeem_script
    from coinspec_runtime.bitcoin.transactions import witness_stack

    stack = witness_stack(signed, 0)
    mtx = CMutableTransaction.from_instance(signed)
    mtx.vin[0].scriptSig = CScript([p2sh_p2wsh_redeem_script(script.script)])
    mtx.wit.vtxinwit[0] = CMutableTxInWitness(CScriptWitness([b"", stack[1], b"", script.script]))
    return transaction_hex(CTransaction.from_instance(mtx))


UNLOCK_TAMPERS: list[tuple[str, Callable[[], str], dict[str, Any], str]] = [
    (
        "refund address",
        lambda: _raw(
            [
                (ESCROW_ADDRESS, UNLOCK_AMOUNT),
                (_collateral_address(), COLLATERAL_COIN - UNLOCK_AMOUNT - 1_000),
            ]
        ),
        {},
        "unlock.outputs",
    ),
    (
        "change elsewhere",
        lambda: _raw(
            [(REFUND, UNLOCK_AMOUNT), (ESCROW_ADDRESS, COLLATERAL_COIN - UNLOCK_AMOUNT - 1_000)]
        ),
        {},
        "unlock.outputs",
    ),
    (
        "amount",
        lambda: _raw(
            [
                (REFUND, UNLOCK_AMOUNT - 5),
                (_collateral_address(), COLLATERAL_COIN - UNLOCK_AMOUNT - 1_000),
            ]
        ),
        {},
        "unlock.amount",
    ),
    (
        "amount too large",
        lambda: _raw(
            [
                (REFUND, UNLOCK_AMOUNT + 1),
                (_collateral_address(), COLLATERAL_COIN - UNLOCK_AMOUNT - 1_000),
            ]
        ),
        {},
        "unlock.amount",
    ),
    (
        "fee",
        lambda: _raw(
            [
                (REFUND, UNLOCK_AMOUNT),
                (_collateral_address(), COLLATERAL_COIN - UNLOCK_AMOUNT - 90_000),
            ]
        ),
        {},
        "unlock.fee",
    ),
    (
        "negative fee",
        lambda: _raw(
            [(REFUND, UNLOCK_AMOUNT), (_collateral_address(), COLLATERAL_COIN - UNLOCK_AMOUNT + 1)]
        ),
        {},
        "unlock.fee",
    ),
    (
        "lock time",
        lambda: _raw(_good_unlock_outputs(), lock_time=900_000),
        {"lock_time": 0},
        "unlock.lock_time",
    ),
    ("input count", lambda: _raw(_good_unlock_outputs(), n_inputs=2), {}, "unlock.input_amounts"),
    ("invalid signature present", _with_foreign_signature, {}, "unlock.signature"),
    ("another user's transaction", lambda: v.ATOMIC_UNLOCK_PARTIAL, {}, "unlock.outputs"),
    ("not hex", lambda: "zz", {}, "unlock.transaction"),
]


@pytest.mark.parametrize(
    ("name", "make", "overrides", "check"), UNLOCK_TAMPERS, ids=[t[0] for t in UNLOCK_TAMPERS]
)
def test_tampered_unlock_is_refused(
    name: str, make: Callable[[], str], overrides: dict[str, Any], check: str
) -> None:
    body = {"raw-transaction": make()}
    before = copy.deepcopy(body)
    with pytest.raises(VerificationError) as info:
        atomic.sign_unlock_transaction(body, **_unlock_kwargs(**overrides))
    assert info.value.check == check, str(info.value)
    assert body == before


def test_unlock_input_spending_another_script_is_refused() -> None:
    # A partially signed input whose script is not the collateral's.
    other = multisig_script(2, [ATOMIC_KEY.public_key, STRANGER.public_key])
    tx = parse_transaction(_raw(_good_unlock_outputs()))
    signed = add_multisig_signature(
        tx, 0, STRANGER, form="p2sh-p2wsh", script=other, amount=COLLATERAL_COIN
    )
    with pytest.raises(VerificationError) as info:
        atomic.sign_unlock_transaction(
            {"raw-transaction": transaction_hex(signed)}, **_unlock_kwargs()
        )
    assert info.value.check == "unlock.inputs"


# ---- escrow ----------------------------------------------------------------------------------


def _payment(raw: str, source: str | None = None) -> dict[str, Any]:
    return {
        "payment-transaction-details": {"coin-type": "BTC", "fee": 1000, "outputs": []},
        "escrow-transaction-details": {
            "coin-type": "BTC",
            "source-address": source or _collateral_address(),
            "raw-escrow-transaction": raw,
        },
    }


def _escrow_kwargs(**overrides: Any) -> dict[str, Any]:
    params: dict[str, Any] = dict(
        collateral=_collateral_info(),
        user_key=USER,
        network="testnet",
        escrow_address=ESCROW_ADDRESS,
        escrow_amount=200_000_000,
        input_amounts=[COLLATERAL_COIN],
        max_fee=5_000,
    )
    params.update(overrides)
    return params


def test_sign_escrow() -> None:
    raw = _raw(
        [
            (ESCROW_ADDRESS, 200_000_000),
            (_collateral_address(), COLLATERAL_COIN - 200_000_000 - 1_500),
        ]
    )
    signed = parse_transaction(atomic.sign_escrow_transaction(_payment(raw), **_escrow_kwargs()))
    assert read_multisig_input(signed, 0, amount=COLLATERAL_COIN).signed_by == (USER.public_key,)


@pytest.mark.parametrize(
    ("raw", "source", "check"),
    [
        (
            lambda: _raw(
                [
                    (ESCROW_ADDRESS, 200_000_001),
                    (_collateral_address(), COLLATERAL_COIN - 200_000_001 - 1_500),
                ]
            ),
            None,
            "escrow.amount",
        ),
        (
            lambda: _raw(
                [
                    (REFUND, 200_000_000),
                    (_collateral_address(), COLLATERAL_COIN - 200_000_000 - 1_500),
                ]
            ),
            None,
            "escrow.outputs",
        ),
        (
            lambda: _raw(
                [
                    (ESCROW_ADDRESS, 200_000_000),
                    (_collateral_address(), COLLATERAL_COIN - 200_000_000 - 9_000),
                ]
            ),
            None,
            "escrow.fee",
        ),
        (
            lambda: _raw(
                [
                    (ESCROW_ADDRESS, 200_000_000),
                    (_collateral_address(), COLLATERAL_COIN - 200_000_000 - 1_500),
                ]
            ),
            REFUND,
            "escrow.source_address",
        ),
    ],
)
def test_tampered_escrow_transaction_is_refused(
    raw: Callable[[], str], source: str | None, check: str
) -> None:
    with pytest.raises(VerificationError) as info:
        atomic.sign_escrow_transaction(_payment(raw(), source), **_escrow_kwargs())
    assert info.value.check == check, str(info.value)


# ---- pay transaction -------------------------------------------------------------------------


def _utxos() -> list[Utxo]:
    one_of_one = multisig_script(
        1, [USER.public_key]
    ).script  # the form of the document's pay transaction
    return [
        Utxo("aa" * 32, 0, 600_000, USER, "p2wpkh"),
        Utxo("bb" * 32, 1, 500_000, USER, "p2sh-p2wsh", witness_script=one_of_one),
        Utxo("cc" * 32, 2, 400_000, USER, "p2pkh"),
        Utxo("dd" * 32, 3, 300_000, USER, "p2sh-p2wpkh"),
    ]


def test_build_pay_transaction() -> None:
    payment = {
        "payment-transaction-details": {
            "coin-type": "BTC",
            "fee": 1000,
            "outputs": [{"address": "2N82m2L7p17jNzrnJKN4CTjuAApSYmRtPe2", "amount": 1_000_000}],
        }
    }
    change_address = p2sh_p2wsh_address(multisig_script(1, [USER.public_key]).script, "testnet")
    signed_hex = atomic.build_pay_transaction(
        payment, utxos=_utxos(), network="testnet", max_fee=5_000, change_address=change_address
    )
    tx = parse_transaction(signed_hex)
    values = [
        (address_from_script_pubkey(bytes(o.scriptPubKey), "testnet"), int(o.nValue))
        for o in tx.vout
    ]
    assert values == [
        ("2N82m2L7p17jNzrnJKN4CTjuAApSYmRtPe2", 1_000_000),
        (change_address, 1_800_000 - 1_000_000 - 1000),
    ]
    for i, utxo in enumerate(_utxos()):
        verify_input(tx, i, utxo.script_pubkey(), utxo.amount)


@pytest.mark.parametrize(
    ("details", "check"),
    [
        (
            {"coin-type": "LTC", "fee": 1000, "outputs": [{"address": REFUND, "amount": 1000}]},
            "payment.coin_type",
        ),
        (
            {"coin-type": "BTC", "fee": 50_000, "outputs": [{"address": REFUND, "amount": 1000}]},
            "payment.fee",
        ),
        (
            {"coin-type": "BTC", "fee": 1.5, "outputs": [{"address": REFUND, "amount": 1000}]},
            "payment.fee",
        ),
        (
            {
                "coin-type": "BTC",
                "fee": 1000,
                "outputs": [{"address": "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "amount": 1000}],
            },
            "payment.outputs",
        ),
        (
            {"coin-type": "BTC", "fee": 1000, "outputs": [{"address": REFUND, "amount": 10}]},
            "payment.outputs",
        ),
        ({"coin-type": "BTC", "fee": 1000, "outputs": []}, "payment.outputs"),
    ],
)
def test_bad_payment_details_are_refused(details: dict[str, Any], check: str) -> None:
    with pytest.raises(VerificationError) as info:
        atomic.build_pay_transaction(
            {"payment-transaction-details": details},
            utxos=_utxos(),
            network="testnet",
            max_fee=5_000,
            change_address=REFUND,
        )
    assert info.value.check == check


def test_pay_transaction_needs_enough_coins() -> None:
    details = {
        "coin-type": "BTC",
        "fee": 1000,
        "outputs": [{"address": REFUND, "amount": 5_000_000}],
    }
    with pytest.raises(ValueError, match="needs"):
        atomic.build_pay_transaction(
            details, utxos=_utxos(), network="testnet", max_fee=5_000, change_address=REFUND
        )


def test_document_addresses_used_above_are_what_they_claim() -> None:
    assert p2sh_address(v.ATOMIC_UNLOCK_REDEEM, "testnet") == v.ATOMIC_UNLOCK_P2SH
