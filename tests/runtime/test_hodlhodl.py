"""HodlHodl: escrow checks, release/refund checks, signing; every tampered input refused."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from bitcointx.core import (
    CMutableTransaction,
    CMutableTxIn,
    CMutableTxInWitness,
    CMutableTxOut,
    COutPoint,
    CTransaction,
)
from bitcointx.core.script import CScript, CScriptWitness

from coinspec_runtime import VerificationError, hodlhodl
from coinspec_runtime.bitcoin.addresses import parse_address
from coinspec_runtime.bitcoin.bip32 import child_public_key, derive, master_key_from_seed, neuter
from coinspec_runtime.bitcoin.keys import PrivateKey
from coinspec_runtime.bitcoin.multisig import (
    MultisigScript,
    multisig_script,
    p2sh_p2wsh_address,
    p2sh_p2wsh_redeem_script,
)
from coinspec_runtime.bitcoin.transactions import (
    multisig_script_pubkey,
    parse_transaction,
    read_multisig_input,
    segwit_v0_sighash,
    transaction_hex,
    verify_input,
    witness_stack,
)

from . import runtime_vectors as v

SERVER = PrivateKey(bytes([0x11]) * 32)
USER = PrivateKey(bytes([0x22]) * 32)
COUNTERPARTY = PrivateKey(bytes([0x33]) * 32)
STRANGER = PrivateKey(bytes([0x44]) * 32)

IN_AMOUNT = 1_100_000_000
BUYER = "n45ssNV2o1ursURPhLvF1AXVtzrcvKrpPZ"
FEE_ADDRESS = "tb1qnfynpdxww2yu3xg987j2d5g6xlh5eyv6xk8lyn"
SELLER = "n4VQ5YdHf7hLQ2gWQYYrcxoE5B7nWuDFNF"
TX_FEE = 2_119
EXPECTED = {BUYER: 1_078_000_000, FEE_ADDRESS: 22_000_000}
MAX_FEE = 10_000


def _script(keys: list[PrivateKey] | None = None) -> MultisigScript:
    return multisig_script(2, [k.public_key for k in (keys or [SERVER, USER, COUNTERPARTY])])


def _escrow(script: MultisigScript | None = None) -> dict[str, Any]:
    script = script or _script()
    return {
        "address": p2sh_p2wsh_address(script.script, "testnet"),
        "witness_script": script.hex(),
        "index": 7,
    }


def _server_signed(
    outputs: list[tuple[str, int]],
    *,
    script: MultisigScript | None = None,
    signer: PrivateKey = SERVER,
    amount: int = IN_AMOUNT,
    lock_time: int = 0,
) -> str:
    """A release/refund transaction the way HodlHodl sends it: [<>, server sig, 70 zero bytes, script]."""
    script = script or _script()
    vin = [CMutableTxIn(COutPoint(bytes.fromhex("93" * 32), 0))]
    vout = [
        CMutableTxOut(value, CScript(parse_address(addr, "testnet").script_pubkey))
        for addr, value in outputs
    ]
    mtx = CMutableTransaction(vin, vout, nVersion=1, nLockTime=lock_time)
    mtx.vin[0].scriptSig = CScript([p2sh_p2wsh_redeem_script(script.script)])
    unsigned = CTransaction.from_instance(mtx)
    sig = signer.sign(segwit_v0_sighash(unsigned, 0, script.script, amount)) + b"\x01"
    mtx.wit.vtxinwit = [CMutableTxInWitness(CScriptWitness([b"", sig, bytes(70), script.script]))]
    return transaction_hex(CTransaction.from_instance(mtx))


def _release(**kwargs: Any) -> dict[str, Any]:
    outputs = kwargs.pop("outputs", [(BUYER, 1_078_000_000 - TX_FEE), (FEE_ADDRESS, 22_000_000)])
    return {
        "contract_id": "c1",
        "hex": _server_signed(outputs, **kwargs),
        "in_amounts": [IN_AMOUNT],
    }


def _sign(
    transaction: dict[str, Any], escrow: dict[str, Any] | None = None, **overrides: Any
) -> str:
    params: dict[str, Any] = dict(
        escrow=escrow or _escrow(),
        user_key=USER,
        network="testnet",
        expected_outputs=EXPECTED,
        fee_paid_by=BUYER,
        max_fee=MAX_FEE,
    )
    params.update(overrides)
    return hodlhodl.sign_release_transaction(transaction, **params)


# ---- the document's vectors -------------------------------------------------------------------


def test_document_release_transaction_verifies() -> None:
    spend = hodlhodl.verify_release_transaction(
        {"status": "success", "transaction": v.HODLHODL_RELEASE},
        escrow=v.HODLHODL_RELEASE_ESCROW,
        network="testnet",
        expected_outputs={
            v.HODLHODL_RELEASE_ADDRESS: v.GOES_TO_BUYER,
            v.HODLHODL_FEE_ADDRESS: v.EXCHANGE_FEE,
        },
        fee_paid_by=v.HODLHODL_RELEASE_ADDRESS,
        max_fee=10_000,
    )
    assert spend.fee == 2_119
    assert spend.server_pubkey.hex() == v.HODLHODL_RELEASE_SERVER_KEY


def test_document_refund_transaction_verifies() -> None:
    spend = hodlhodl.verify_refund_transaction(
        v.HODLHODL_REFUND,
        escrow=v.HODLHODL_REFUND_ESCROW,
        network="testnet",
        expected_outputs={v.HODLHODL_REFUND_ADDRESS: 1_100_000_000},
        fee_paid_by=v.HODLHODL_REFUND_ADDRESS,
        max_fee=10_000,
    )
    assert spend.fee == 1_816
    assert spend.server_pubkey.hex() == v.HODLHODL_REFUND_SERVER_KEY


def test_document_release_refused_when_amounts_do_not_add_up() -> None:
    with pytest.raises(VerificationError) as info:
        hodlhodl.verify_release_transaction(
            v.HODLHODL_RELEASE,
            escrow=v.HODLHODL_RELEASE_ESCROW,
            network="testnet",
            expected_outputs={
                v.HODLHODL_RELEASE_ADDRESS: v.GOES_TO_BUYER - 1,
                v.HODLHODL_FEE_ADDRESS: v.EXCHANGE_FEE,
            },
            fee_paid_by=v.HODLHODL_RELEASE_ADDRESS,
            max_fee=10_000,
        )
    assert info.value.check == "release.outputs"
    with pytest.raises(VerificationError) as info:
        hodlhodl.verify_release_transaction(
            v.HODLHODL_RELEASE,
            escrow=v.HODLHODL_RELEASE_ESCROW,
            network="testnet",
            expected_outputs={
                v.HODLHODL_RELEASE_ADDRESS: v.GOES_TO_BUYER,
                v.HODLHODL_FEE_ADDRESS: v.EXCHANGE_FEE,
            },
            fee_paid_by=v.HODLHODL_RELEASE_ADDRESS,
            max_fee=2_000,
        )
    assert info.value.check == "release.fee"


@pytest.mark.parametrize(("address", "witness_script"), v.HODLHODL_ESCROWS)
def test_document_escrows(address: str, witness_script: str) -> None:
    escrow = {"address": address, "witness_script": witness_script}
    keys = [witness_script[4:70], witness_script[72:138], witness_script[140:206]]
    # The first key appears once: the escrow checks out for it.
    assert hodlhodl.verify_escrow(escrow, network="testnet", user_pubkey=keys[0]).user_position == 0
    # The document's examples repeat the second key as the third: for its holder that is refused.
    assert keys[1] == keys[2]
    with pytest.raises(VerificationError) as info:
        hodlhodl.verify_escrow(escrow, network="testnet", user_pubkey=keys[1])
    assert info.value.check == "escrow.witness_script" and "2 times" in str(info.value)
    with pytest.raises(VerificationError) as info:
        hodlhodl.verify_escrow(escrow, network="mainnet", user_pubkey=keys[0])
    assert info.value.check == "escrow.address"


# ---- escrow checks ---------------------------------------------------------------------------


def test_escrow_accepts_the_right_one_and_the_contract_wrapper() -> None:
    escrow = _escrow()
    verified = hodlhodl.verify_escrow(
        {"contract": {"escrow": escrow}}, network="testnet", user_pubkey=USER.public_key
    )
    assert verified.user_position == 1 and verified.address == escrow["address"]


def test_escrow_user_key_from_xpub_at_index() -> None:
    xprv = master_key_from_seed(bytes(range(32)), "testnet")
    xpub = neuter(derive(xprv, "m/0'"))
    user_pub = child_public_key(xpub, 7)
    script = multisig_script(2, [SERVER.public_key, user_pub, COUNTERPARTY.public_key])
    escrow = _escrow(script)
    assert hodlhodl.verify_escrow(escrow, network="testnet", user_xpub=xpub).user_position == 1
    with pytest.raises(VerificationError) as info:
        hodlhodl.verify_escrow({**escrow, "index": 8}, network="testnet", user_xpub=xpub)
    assert info.value.check == "escrow.witness_script"
    with pytest.raises(VerificationError) as info:
        hodlhodl.verify_escrow({**escrow, "index": None}, network="testnet", user_xpub=xpub)
    assert info.value.check == "escrow.index"


def _swap_keys(escrow: dict[str, Any]) -> dict[str, Any]:
    return {**escrow, "witness_script": _script([USER, SERVER, COUNTERPARTY]).hex()}


@pytest.mark.parametrize(
    ("tamper", "check"),
    [
        (
            lambda e: {**e, "address": _escrow(_script([SERVER, USER, STRANGER]))["address"]},
            "escrow.address",
        ),
        (lambda e: {**e, "address": "2N7eb1NG7hR15zPPu1PJJw2dV6j7meyDp4S"}, "escrow.address"),
        (lambda e: {**e, "address": None}, "escrow.address"),
        (
            lambda e: {**e, "address": "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"},
            "escrow.address",
        ),
        (_swap_keys, "escrow.address"),  # key order changed: same keys, another address
        (
            lambda e: {**e, "witness_script": _script([SERVER, STRANGER, COUNTERPARTY]).hex()},
            "escrow.address",
        ),
        (
            lambda e: {**e, "witness_script": e["witness_script"][:-4] + "52ae"},
            "escrow.witness_script",
        ),
        (lambda e: {**e, "witness_script": "00" + e["witness_script"]}, "escrow.witness_script"),
        (lambda e: {**e, "witness_script": None}, "escrow.witness_script"),
    ],
)
def test_tampered_escrow_is_refused(
    tamper: Callable[[dict[str, Any]], dict[str, Any]], check: str
) -> None:
    with pytest.raises(VerificationError) as info:
        hodlhodl.verify_escrow(tamper(_escrow()), network="testnet", user_pubkey=USER.public_key)
    assert info.value.check == check


def test_escrow_without_the_users_key_is_refused() -> None:
    escrow = _escrow(_script([SERVER, STRANGER, COUNTERPARTY]))
    with pytest.raises(VerificationError) as info:
        hodlhodl.verify_escrow(escrow, network="testnet", user_pubkey=USER.public_key)
    assert info.value.check == "escrow.witness_script" and "0 times" in str(info.value)


def test_two_of_two_escrow_is_refused() -> None:
    script = multisig_script(2, [SERVER.public_key, USER.public_key])
    with pytest.raises(VerificationError) as info:
        hodlhodl.verify_escrow(_escrow(script), network="testnet", user_pubkey=USER.public_key)
    assert info.value.check == "escrow.witness_script" and "2-of-2" in str(info.value)


# ---- signing -------------------------------------------------------------------------------


def test_sign_release_fills_the_placeholder_and_the_result_is_valid() -> None:
    signed_hex = _sign(_release())
    tx = parse_transaction(signed_hex)
    stack = witness_stack(tx, 0)
    assert bytes(70) not in stack and len(stack) == 4
    state = read_multisig_input(tx, 0, amount=IN_AMOUNT)
    assert state.complete and state.signed_by == (SERVER.public_key, USER.public_key)
    verify_input(tx, 0, multisig_script_pubkey("p2sh-p2wsh", _script()), IN_AMOUNT)


def test_sign_when_the_users_key_comes_before_the_servers() -> None:
    script = _script([USER, COUNTERPARTY, SERVER])
    signed_hex = _sign(_release(script=script), escrow=_escrow(script))
    tx = parse_transaction(signed_hex)
    verify_input(tx, 0, multisig_script_pubkey("p2sh-p2wsh", script), IN_AMOUNT)
    assert read_multisig_input(tx, 0, amount=IN_AMOUNT).signed_by == (
        USER.public_key,
        SERVER.public_key,
    )


def test_sign_refund() -> None:
    refund = {"hex": _server_signed([(SELLER, IN_AMOUNT - 1_816)]), "in_amounts": [IN_AMOUNT]}
    signed_hex = hodlhodl.sign_refund_transaction(
        refund,
        escrow=_escrow(),
        user_key=USER,
        network="testnet",
        expected_outputs={SELLER: IN_AMOUNT},
        fee_paid_by=SELLER,
        max_fee=MAX_FEE,
    )
    verify_input(
        parse_transaction(signed_hex), 0, multisig_script_pubkey("p2sh-p2wsh", _script()), IN_AMOUNT
    )


def _flip_server_signature(transaction: dict[str, Any]) -> dict[str, Any]:
    tx = parse_transaction(transaction["hex"])
    stack = witness_stack(tx, 0)
    sig = bytearray(stack[1])
    sig[20] ^= 0x01
    mtx = CMutableTransaction.from_instance(tx)
    mtx.wit.vtxinwit[0] = CMutableTxInWitness(CScriptWitness([b"", bytes(sig), *stack[2:]]))
    return {**transaction, "hex": transaction_hex(CTransaction.from_instance(mtx))}


TAMPERS: list[tuple[str, Callable[[], dict[str, Any]], dict[str, Any], str]] = [
    (
        "output address",
        lambda: _release(outputs=[(SELLER, 1_078_000_000 - TX_FEE), (FEE_ADDRESS, 22_000_000)]),
        {},
        "release.outputs",
    ),
    (
        "output amount",
        lambda: _release(outputs=[(BUYER, 1_077_000_000 - TX_FEE), (FEE_ADDRESS, 23_000_000)]),
        {},
        "release.outputs",
    ),
    (
        "extra output",
        lambda: _release(
            outputs=[
                (BUYER, 1_078_000_000 - TX_FEE - 1000),
                (FEE_ADDRESS, 22_000_000),
                (SELLER, 1000),
            ]
        ),
        {},
        "release.outputs",
    ),
    (
        "missing output",
        lambda: _release(outputs=[(BUYER, 1_100_000_000 - TX_FEE)]),
        {},
        "release.outputs",
    ),
    (
        "fee",
        lambda: _release(outputs=[(BUYER, 1_078_000_000 - 50_000), (FEE_ADDRESS, 22_000_000)]),
        {},
        "release.fee",
    ),
    (
        "server signature",
        lambda: _flip_server_signature(_release()),
        {},
        "release.server_signature",
    ),
    ("signer not in script", lambda: _release(signer=STRANGER), {}, "release.server_signature"),
    (
        "signed for another amount",
        lambda: _release(amount=IN_AMOUNT - 1),
        {},
        "release.server_signature",
    ),
    ("signed with the user's key", lambda: _release(signer=USER), {}, "release.server_signature"),
    (
        "locktime",
        lambda: {**_release(), "hex": _release(lock_time=0)["hex"][:-8] + "ffff0000"},
        {},
        "release.server_signature",
    ),
    (
        "spends another script",
        lambda: _release(script=_script([SERVER, COUNTERPARTY, USER])),
        {},
        "release.inputs",
    ),
    (
        "in_amounts count",
        lambda: {**_release(), "in_amounts": [IN_AMOUNT, 1]},
        {},
        "release.in_amounts",
    ),
    ("in_amounts float", lambda: {**_release(), "in_amounts": [11.0]}, {}, "release.in_amounts"),
    (
        "in_amounts changed",
        lambda: {**_release(), "in_amounts": [IN_AMOUNT + 5_000]},
        {},
        "release.outputs",
    ),
    ("hex garbage", lambda: {**_release(), "hex": "00ff"}, {}, "release.hex"),
    (
        "escrow address",
        _release,
        {"escrow": {**_escrow(), "address": _escrow(_script([SERVER, USER, STRANGER]))["address"]}},
        "escrow.address",
    ),
    ("escrow key order", _release, {"escrow": _swap_keys(_escrow())}, "escrow.address"),
]


@pytest.mark.parametrize(
    ("name", "make", "overrides", "check"), TAMPERS, ids=[t[0] for t in TAMPERS]
)
def test_tampered_release_is_refused_and_nothing_is_signed(
    name: str, make: Callable[[], dict[str, Any]], overrides: dict[str, Any], check: str
) -> None:
    transaction = make()
    before = copy.deepcopy(transaction)
    with pytest.raises(VerificationError) as info:
        _sign(transaction, **overrides)
    assert info.value.check == check, str(info.value)
    assert transaction == before


def test_verification_error_is_a_value_error_with_a_message() -> None:
    with pytest.raises(ValueError, match=r"release\.outputs: output 0 pays"):
        _sign(_release(outputs=[(SELLER, 1_078_000_000 - TX_FEE), (FEE_ADDRESS, 22_000_000)]))


def test_caller_mistakes_are_plain_value_errors() -> None:
    with pytest.raises(ValueError, match="fee_paid_by"):
        _sign(_release(), fee_paid_by=SELLER)
    with pytest.raises(ValueError, match="expected_outputs"):
        _sign(_release(), expected_outputs={"not-an-address": 1})
    with pytest.raises(ValueError, match="positive int"):
        _sign(_release(), expected_outputs={BUYER: 1.5})
