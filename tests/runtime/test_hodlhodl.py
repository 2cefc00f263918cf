"""HodlHodl: escrows, release and refund transactions; every way a server can differ from the
contract is refused with the check that catches it, and the honest case signs a transaction
the script interpreter accepts.

The contracts and transactions come from ``hodlhodl_deal`` (fresh keys, signed without the
runtime); the document's own vectors are checked at the end.
"""

from __future__ import annotations

import copy
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest

from coinspec_runtime import VerificationFailed, hodlhodl
from coinspec_runtime.bitcoin.bip32 import child_private_key, master_key_from_seed, neuter
from coinspec_runtime.bitcoin.keys import PrivateKey
from coinspec_runtime.bitcoin.multisig import parse_multisig_script
from coinspec_runtime.errors import InvalidKeyError

from . import runtime_vectors as v
from .hodlhodl_deal import (
    EXCHANGE_FEE,
    GOES_TO_BUYER,
    INDEX,
    MAX_FEE,
    MAX_FEE_RATE,
    PLACEHOLDER,
    TX_FEE,
    VOLUME,
    Deal,
    address,
    child_key,
)
from .independent import (
    SIGHASH_ALL,
    SIGHASH_ANYONECANPAY,
    SIGHASH_NONE,
    SIGHASH_SINGLE,
    Key,
    TxOut,
    judge,
    p2sh_script_pubkey,
    p2wpkh_script_pubkey,
    p2wsh_program,
    parse,
    random_txid,
)

# ---- helpers -----------------------------------------------------------------------------------


def _keys(deal: Deal) -> dict[str, Any]:
    return {"network": "testnet", "public_key": deal.me.public_key}


def verify_release(
    deal: Deal, contract: dict[str, Any], transaction: dict[str, Any], **overrides: Any
) -> hodlhodl.VerifiedSpend:
    params: dict[str, Any] = {**_keys(deal), "max_fee": MAX_FEE, "max_fee_rate": MAX_FEE_RATE}
    params.update(overrides)
    if deal.role == "buyer":
        params.setdefault("release_address", deal.buyer_address)
        return hodlhodl.verify_disputed_release_transaction(contract, transaction, **params)
    return hodlhodl.verify_release_transaction(contract, transaction, **params)


def verify_refund(
    deal: Deal, contract: dict[str, Any], transaction: dict[str, Any], **overrides: Any
) -> hodlhodl.VerifiedSpend:
    params: dict[str, Any] = {
        **_keys(deal),
        "release_address": deal.seller_address,
        "max_fee": MAX_FEE,
        "max_fee_rate": MAX_FEE_RATE,
    }
    params.update(overrides)
    return hodlhodl.verify_refund_transaction(contract, transaction, **params)


def _flip_signature(transaction: dict[str, Any]) -> dict[str, Any]:
    tx = parse(transaction["hex"])
    witness = list(tx.inputs[0].witness)
    signature = bytearray(witness[1])
    signature[10] ^= 0x01
    witness[1] = bytes(signature)
    return {**transaction, "hex": tx.with_input(0, witness=tuple(witness)).hex}


# ---- the honest cases: verified, signed, and valid for the interpreter ------------------------------


@pytest.mark.parametrize("role", ["seller", "buyer"])
def test_honest_release_is_signed_and_passes_the_interpreter(role: str) -> None:
    deal = Deal(role=role)  # type: ignore[arg-type]
    verified = verify_release(deal, deal.contract(), deal.transaction())
    assert verified.fee == TX_FEE
    assert verified.escrow.role == role
    assert verified.escrow.public_key == deal.me.public_key
    assert verified.escrow.hodlhodl_public_key == deal.hodlhodl.public_key
    signed = hodlhodl.sign_release_transaction(verified, PrivateKey(deal.me.secret))
    judge(signed, deal.spent())
    # The fee rate was capped on the final size, estimated with the largest signature.
    assert 0 <= verified.vsize - parse(signed).vsize <= 1
    witness = parse(signed).inputs[0].witness
    assert PLACEHOLDER not in witness and len(witness) == 4


def test_honest_refund_is_signed_and_passes_the_interpreter() -> None:
    deal = Deal(role="seller")
    verified = verify_refund(deal, deal.contract(), deal.transaction(deal.refund_outputs()))
    assert verified.kind == "refund" and verified.fee == 1_816
    judge(hodlhodl.sign_refund_transaction(verified, deal.me.hex), deal.spent())


def test_release_of_two_coins() -> None:
    deal = Deal()
    amounts = (VOLUME - 100_000_000, 100_000_000)
    transaction = deal.transaction(in_amounts=amounts)
    verified = verify_release(deal, deal.contract(), transaction)
    judge(hodlhodl.sign_release_transaction(verified, deal.me.hex), deal.spent(amounts))


def test_release_with_an_extended_key() -> None:
    """The document's model: escrow.index names the child of your account's extended key."""
    xprv = master_key_from_seed(secrets.token_bytes(32), "testnet")
    deal = Deal(seller=child_key(xprv, INDEX))
    contract, transaction = deal.contract(), deal.transaction()
    verified = hodlhodl.verify_release_transaction(
        contract,
        transaction,
        network="testnet",
        xpub=neuter(xprv),
        max_fee=MAX_FEE,
        max_fee_rate=MAX_FEE_RATE,
    )
    assert verified.escrow.index == INDEX
    judge(hodlhodl.sign_release_transaction(verified, xprv), deal.spent())


def test_release_with_a_lock_time_after_2038_that_is_disabled() -> None:
    """nLockTime >= 2^31 once crashed python-bitcointx's BIP143 code (struct.error). Every
    sequence is final here, so the release is final now and must be signed correctly."""
    deal = Deal()
    transaction = deal.transaction(lock_time=2**32 - 1, sequence=0xFFFFFFFF)
    verified = verify_release(deal, deal.contract(), transaction)
    judge(hodlhodl.sign_release_transaction(verified, deal.me.hex), deal.spent())


def test_pinned_hodlhodl_key_accepts_the_real_one() -> None:
    deal = Deal()
    verified = verify_release(
        deal, deal.contract(), deal.transaction(), hodlhodl_public_key=deal.hodlhodl.public_key
    )
    judge(hodlhodl.sign_release_transaction(verified, deal.me.hex), deal.spent())


# ---- item 1: nothing to verify is a refusal ------------------------------------------------------


def test_a_contract_without_escrow_yet_is_returned_as_such_by_verify_contract() -> None:
    deal = Deal()
    empty = deal.contract(deal.escrow(address=None, witness_script=None, index=None))
    verified = hodlhodl.verify_contract(empty, **_keys(deal))
    assert verified.escrow is None and verified.role == "seller"


@pytest.mark.parametrize(
    "escrow",
    [
        {"address": None, "witness_script": None, "index": None},
        None,
    ],
    ids=["null-fields", "null-escrow"],
)
def test_confirming_an_empty_escrow_is_refused(escrow: dict[str, Any] | None) -> None:
    deal = Deal()
    contract = deal.contract()
    contract["escrow"] = escrow
    with pytest.raises(VerificationFailed) as info:
        hodlhodl.verify_contract_escrow(contract, **_keys(deal))
    assert info.value.check == "contract.escrow"
    assert "nothing to verify" in str(info.value)
    with pytest.raises(VerificationFailed) as info:
        verify_release(deal, contract, deal.transaction())
    assert info.value.check == "contract.escrow"


def test_confirming_a_good_escrow() -> None:
    deal = Deal(role="buyer")
    escrow = hodlhodl.verify_contract_escrow({"contract": deal.contract()}, **_keys(deal))
    assert escrow.role == "buyer" and escrow.counterparty_public_key == deal.seller.public_key


# ---- the tamper matrix ------------------------------------------------------------------------------


@dataclass
class Case:
    """A way a server's data differs from what the user agreed, and the check that refuses it."""

    name: str
    check: str
    make: Callable[[Deal], tuple[dict[str, Any], dict[str, Any]]]  # (contract, transaction)
    role: str = "seller"
    kind: str = "release"
    overrides: dict[str, Any] = field(default_factory=dict)


def _escrow(deal: Deal, **changes: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    return deal.contract(deal.escrow(**changes)), deal.transaction()


def _script_case(
    keys: Callable[[Deal], list[bytes]], m: int = 2
) -> Callable[[Deal], tuple[dict[str, Any], dict[str, Any]]]:
    def make(deal: Deal) -> tuple[dict[str, Any], dict[str, Any]]:
        script = deal.script(keys(deal), m)
        return deal.contract(deal.escrow(script)), deal.transaction(script=script)

    return make


def _tx(**changes: Any) -> Callable[[Deal], tuple[dict[str, Any], dict[str, Any]]]:
    return lambda deal: (deal.contract(), deal.transaction(**changes))


def _outputs(
    outputs: Callable[[Deal], list[TxOut]],
) -> Callable[[Deal], tuple[dict[str, Any], dict[str, Any]]]:
    return lambda deal: (deal.contract(), deal.transaction(outputs(deal)))


def _body(
    change: Callable[[dict[str, Any]], dict[str, Any]],
) -> Callable[[Deal], tuple[dict[str, Any], dict[str, Any]]]:
    return lambda deal: (deal.contract(), change(deal.transaction()))


def _contract(
    change: Callable[[Deal, dict[str, Any]], dict[str, Any]],
) -> Callable[[Deal], tuple[dict[str, Any], dict[str, Any]]]:
    return lambda deal: (change(deal, deal.contract()), deal.transaction())


def _mainnet_address(deal: Deal) -> str:
    from coinspec_runtime.bitcoin.addresses import address_from_script_pubkey

    return address_from_script_pubkey(p2sh_script_pubkey(p2wsh_program(deal.script())), "mainnet")


def H(deal: Deal) -> bytes:
    return deal.hodlhodl.public_key


def S(deal: Deal) -> bytes:
    return deal.seller.public_key


def B(deal: Deal) -> bytes:
    return deal.buyer.public_key


def X(deal: Deal) -> bytes:
    """A stranger's key."""
    return Key().public_key


CASES = [
    # -- the escrow (items 1 and 2) --
    Case(
        "escrow address null, script present", "escrow.address", lambda d: _escrow(d, address=None)
    ),
    Case(
        "escrow script null, address present",
        "escrow.witness_script",
        lambda d: _escrow(d, witness_script=None),
    ),
    Case(
        "HodlHodl's key twice", "escrow.witness_script", _script_case(lambda d: [H(d), S(d), H(d)])
    ),
    Case("my key twice", "escrow.witness_script", _script_case(lambda d: [H(d), S(d), S(d)])),
    Case(
        "counterparty's key twice",
        "escrow.witness_script",
        _script_case(lambda d: [H(d), B(d), B(d)]),
        role="buyer",
    ),
    Case(
        "the document's shape: second key repeated",
        "escrow.witness_script",
        _script_case(lambda d: [H(d), B(d), B(d)]),
    ),
    Case("my key missing", "escrow.witness_script", _script_case(lambda d: [H(d), X(d), B(d)])),
    Case(
        "key order: mine in the buyer's place",
        "escrow.witness_script",
        _script_case(lambda d: [H(d), B(d), S(d)]),
    ),
    Case(
        "key order: mine in HodlHodl's place",
        "escrow.witness_script",
        _script_case(lambda d: [S(d), H(d), B(d)]),
    ),
    Case(
        "key order swapped, address kept",
        "escrow.address",
        lambda d: _escrow(d, witness_script=d.script([H(d), B(d), S(d)]).hex()),
    ),
    Case(
        "address of another script",
        "escrow.address",
        lambda d: _escrow(
            d, address=address(p2sh_script_pubkey(p2wsh_program(d.script([H(d), S(d), X(d)]))))
        ),
    ),
    Case(
        "address on another network",
        "escrow.address",
        lambda d: _escrow(d, address=_mainnet_address(d)),
    ),
    Case(
        "script form: native P2WSH address",
        "escrow.address",
        lambda d: _escrow(d, address=address(p2wsh_program(d.script()))),
    ),
    Case(
        "script form: plain P2SH address",
        "escrow.address",
        lambda d: _escrow(d, address=address(p2sh_script_pubkey(d.script()))),
    ),
    Case("2-of-2", "escrow.witness_script", _script_case(lambda d: [H(d), S(d)])),
    Case("1-of-3", "escrow.witness_script", _script_case(lambda d: [H(d), S(d), B(d)], m=1)),
    Case("3-of-3", "escrow.witness_script", _script_case(lambda d: [H(d), S(d), B(d)], m=3)),
    Case(
        "uncompressed key in the script",
        "escrow.witness_script",
        _script_case(lambda d: [H(d), S(d), d.buyer.uncompressed_public_key]),
    ),
    Case("script not multisig", "escrow.witness_script", lambda d: _escrow(d, witness_script="51")),
    Case("script not hex", "escrow.witness_script", lambda d: _escrow(d, witness_script="zz")),
    Case("script a number", "escrow.witness_script", lambda d: _escrow(d, witness_script=5)),
    Case("address a list", "escrow.address", lambda d: _escrow(d, address=["2N..."])),
    Case(
        "address with a lone surrogate", "escrow.address", lambda d: _escrow(d, address="2N\ud800")
    ),
    Case(
        "HodlHodl key not the pinned one",
        "escrow.hodlhodl_key",
        lambda d: (d.contract(), d.transaction()),
        overrides={"hodlhodl_public_key": Key().public_key},
    ),
    Case(
        "escrow not an object", "contract.escrow", _contract(lambda d, c: {**c, "escrow": "2N..."})
    ),
    Case("contract not an object", "contract", lambda d: ([], d.transaction())),  # type: ignore[arg-type,return-value]
    Case(
        "your_role missing", "contract.your_role", _contract(lambda d, c: {**c, "your_role": None})
    ),
    Case(
        "your_role unknown",
        "contract.your_role",
        _contract(lambda d, c: {**c, "your_role": "arbiter"}),
    ),
    Case(
        "your_role: buyer in a seller's release",
        "contract.your_role",
        lambda d: (
            Deal(role="buyer", hodlhodl=d.hodlhodl, seller=d.seller, buyer=d.buyer).contract(),
            d.transaction(),
        ),
    ),
    Case(
        "your_role: seller in a buyer's release",
        "contract.your_role",
        lambda d: (
            Deal(role="seller", hodlhodl=d.hodlhodl, seller=d.seller, buyer=d.buyer).contract(),
            d.transaction(),
        ),
        role="buyer",
    ),
    # -- the contract's amounts --
    Case(
        "volume_breakdown missing",
        "contract.volume_breakdown",
        _contract(lambda d, c: {**c, "volume_breakdown": None}),
    ),
    Case(
        "goes_to_buyer a float",
        "contract.volume_breakdown",
        _contract(
            lambda d, c: {**c, "volume_breakdown": {"goes_to_buyer": 10.78, "exchange_fee": "0.22"}}
        ),
    ),
    Case(
        "goes_to_buyer 1e100000000",
        "contract.volume_breakdown",
        _contract(lambda d, c: {**c, "volume_breakdown": {"goes_to_buyer": "1e100000000"}}),
    ),
    Case(
        "goes_to_buyer below a satoshi",
        "contract.volume_breakdown",
        _contract(lambda d, c: {**c, "volume_breakdown": {"goes_to_buyer": "10.780000001"}}),
    ),
    Case(
        "goes_to_buyer negative",
        "contract.volume_breakdown",
        _contract(lambda d, c: {**c, "volume_breakdown": {"goes_to_buyer": "-1"}}),
    ),
    # -- outputs, amounts, fees (items 6 and 8) --
    Case(
        "pays the buyer more, HodlHodl less",
        "release.outputs",
        _outputs(
            lambda d: [
                TxOut(GOES_TO_BUYER + 1_000_000 - TX_FEE, d.buyer_script),
                TxOut(EXCHANGE_FEE - 1_000_000, d.fee_script),
            ]
        ),
    ),
    Case(
        "pays HodlHodl more, the buyer less",
        "release.outputs",
        _outputs(
            lambda d: [
                TxOut(GOES_TO_BUYER - 1_000_000 - TX_FEE, d.buyer_script),
                TxOut(EXCHANGE_FEE + 1_000_000, d.fee_script),
            ]
        ),
    ),
    Case(
        "an extra output",
        "release.outputs",
        _outputs(
            lambda d: [
                *d.release_outputs(TX_FEE + 1_000),
                TxOut(1_000, p2wpkh_script_pubkey(Key().public_key)),
            ]
        ),
    ),
    Case(
        "the exchange fee output missing",
        "release.outputs",
        _outputs(lambda d: [TxOut(VOLUME - TX_FEE, d.buyer_script)]),
    ),
    Case(
        "the buyer's output missing",
        "release.outputs",
        _outputs(lambda d: [TxOut(VOLUME - TX_FEE, d.fee_script)]),
    ),
    Case(
        "an output of negative value",
        "release.outputs",
        _outputs(lambda d: [*d.release_outputs(TX_FEE + 10), TxOut(-5, d.fee_script)]),
    ),
    Case("a fee above max_fee", "release.fee", _outputs(lambda d: d.release_outputs(50_000))),
    Case(
        "a fee rate above max_fee_rate",
        "release.fee_rate",
        _outputs(lambda d: d.release_outputs(9_000)),
        overrides={"max_fee_rate": 20},
    ),
    Case("no fee", "release.fee", _outputs(lambda d: d.release_outputs(0))),
    Case(
        "in_amounts raised to fund a bigger fee",
        "release.outputs",
        _body(lambda t: {**t, "in_amounts": [VOLUME + 40_000]}),
    ),
    Case(
        "in_amounts: one per input missing",
        "release.in_amounts",
        _body(lambda t: {**t, "in_amounts": []}),
    ),
    Case(
        "in_amounts: too many",
        "release.in_amounts",
        _body(lambda t: {**t, "in_amounts": [VOLUME, 1]}),
    ),
    Case("in_amounts: a float", "release.in_amounts", _body(lambda t: {**t, "in_amounts": [11.0]})),
    Case(
        "in_amounts: a string",
        "release.in_amounts",
        _body(lambda t: {**t, "in_amounts": [str(VOLUME)]}),
    ),
    Case("in_amounts: true", "release.in_amounts", _body(lambda t: {**t, "in_amounts": [True]})),
    Case(
        "in_amounts: beyond 21 million BTC",
        "release.in_amounts",
        _body(lambda t: {**t, "in_amounts": [10**40]}),
    ),
    Case("in_amounts: negative", "release.in_amounts", _body(lambda t: {**t, "in_amounts": [-1]})),
    Case(
        "in_amounts: not a list", "release.in_amounts", _body(lambda t: {**t, "in_amounts": VOLUME})
    ),
    # -- HodlHodl's signature --
    Case("signature altered", "release.server_signature", _body(_flip_signature)),
    Case("signed by a stranger", "release.server_signature", _tx(signer=Key())),
    Case(
        "signed by the counterparty, not HodlHodl",
        "release.server_signature",
        lambda d: (d.contract(), d.transaction(signer=d.buyer)),
    ),
    Case("signed for another amount", "release.server_signature", _tx(signed_amounts=[VOLUME - 1])),
    Case("sighash type NONE", "release.server_signature", _tx(hashtype=SIGHASH_NONE)),
    Case(
        "sighash type SINGLE|ANYONECANPAY",
        "release.server_signature",
        _tx(hashtype=SIGHASH_SINGLE | SIGHASH_ANYONECANPAY),
    ),
    Case(
        "sighash type ALL|ANYONECANPAY",
        "release.server_signature",
        _tx(hashtype=SIGHASH_ALL | SIGHASH_ANYONECANPAY),
    ),
    Case("high-S signature", "release.server_signature", _tx(high_s=True)),
    Case("not DER", "release.server_signature", _tx(items=[b"\x30\x02\x01\x01\x01", PLACEHOLDER])),
    Case(
        "no signature, two placeholders",
        "release.server_signature",
        _tx(items=[PLACEHOLDER, PLACEHOLDER]),
    ),
    Case("a one-byte signature", "release.server_signature", _tx(items=[b"\x01", PLACEHOLDER])),
    Case(
        "a signature cut short",
        "release.server_signature",
        _tx(items=[b"\x30\x45\x02\x21\x01", PLACEHOLDER]),
    ),
    Case(
        "HodlHodl's signature but no placeholder", "release.server_signature", _tx(placeholder=None)
    ),
    # -- inputs, outpoints, script form --
    Case(
        "spends another script",
        "release.inputs",
        lambda d: (d.contract(), d.transaction(script=d.script([H(d), S(d), X(d)]))),
    ),
    Case("script form: spends as native P2WSH", "release.inputs", _tx(form="p2wsh")),
    Case("script form: spends as legacy P2SH", "release.inputs", _tx(form="p2sh")),
    Case(
        "the same outpoint twice",
        "release.inputs",
        lambda d: (
            d.contract(),
            d.transaction(in_amounts=(VOLUME - 1, 1), outpoints=[(d.coins[0], 0), (d.coins[0], 0)]),
        ),
    ),
    Case(
        "more inputs than any escrow has",
        "release.inputs",
        lambda d: (
            d.contract(),
            d.transaction(
                in_amounts=[1] * 101,
                outpoints=[(random_txid(), 0) for _ in range(101)],
                items=[PLACEHOLDER],
            ),
        ),
    ),
    # -- lock fields (items 4 and 5) --
    Case(
        "a future nLockTime in force",
        "release.lock_time",
        _tx(lock_time=900_000, sequence=0xFFFFFFFE),
    ),
    Case(
        "an nLockTime after 2038 in force",
        "release.lock_time",
        _tx(lock_time=2**31 + 86_400, sequence=0xFFFFFFFE),
    ),
    Case(
        "an nLockTime of 2^32-1 in force", "release.lock_time", _tx(lock_time=2**32 - 1, sequence=0)
    ),
    Case("a BIP68 relative lock", "release.sequence", _tx(version=2, sequence=0x0000FFFF)),
    Case(
        "a relative lock in a version -1 transaction",
        "release.sequence",
        _tx(version=0xFFFFFFFF, sequence=0x00400001),
    ),
    # -- malformed data --
    Case("hex not hex", "release.hex", _body(lambda t: {**t, "hex": "zz"})),
    Case("hex truncated", "release.hex", _body(lambda t: {**t, "hex": t["hex"][:-10]})),
    Case("hex with trailing bytes", "release.hex", _body(lambda t: {**t, "hex": t["hex"] + "00"})),
    Case(
        "hex with a lone surrogate",
        "release.hex",
        _body(lambda t: {**t, "hex": t["hex"][:-2] + "\udc00"}),
    ),
    Case("hex a number", "release.hex", _body(lambda t: {**t, "hex": 1234})),
    Case("hex missing", "release.hex", _body(lambda t: {**t, "hex": None})),
    Case("hex enormous", "release.hex", _body(lambda t: {**t, "hex": "00" * 500_000})),
    Case(
        "transaction not an object",
        "release.transaction",
        lambda d: (d.contract(), [d.transaction()]),  # type: ignore[arg-type,return-value]
    ),
    # -- the buyer's release after a dispute --
    Case(
        "pays goes_to_buyer elsewhere",
        "release.outputs",
        lambda d: (
            d.contract(),
            d.transaction(
                [
                    TxOut(GOES_TO_BUYER - TX_FEE, p2wpkh_script_pubkey(Key().public_key)),
                    TxOut(EXCHANGE_FEE, d.fee_script),
                ]
            ),
        ),
        role="buyer",
    ),
    Case(
        "the contract's release_address is not mine",
        "contract.release_address",
        lambda d: (
            d.contract(release_address=address(p2wpkh_script_pubkey(Key().public_key))),
            d.transaction(),
        ),
        role="buyer",
    ),
    Case(
        "pays me twice",
        "release.outputs",
        lambda d: (
            d.contract(),
            d.transaction(
                [
                    TxOut(GOES_TO_BUYER - TX_FEE - 1_000, d.buyer_script),
                    TxOut(1_000, d.buyer_script),
                ]
            ),
        ),
        role="buyer",
    ),
    # -- the seller's refund after a dispute --
    Case(
        "refund to another address",
        "refund.outputs",
        lambda d: (d.contract(), d.transaction([TxOut(VOLUME - 1_816, d.buyer_script)])),
        kind="refund",
    ),
    Case(
        "refund with an extra output",
        "refund.outputs",
        lambda d: (
            d.contract(),
            d.transaction([*d.refund_outputs(2_816), TxOut(1_000, d.fee_script)]),
        ),
        kind="refund",
    ),
    Case(
        "refund paying more than the escrow holds",
        "refund.fee",
        lambda d: (
            d.contract(),
            d.transaction(d.refund_outputs(-1)),
        ),
        kind="refund",
    ),
    Case(
        "refund with a relative lock",
        "refund.sequence",
        lambda d: (d.contract(), d.transaction(d.refund_outputs(), version=2, sequence=144)),
        kind="refund",
    ),
    Case(
        "refund in the buyer's name",
        "contract.your_role",
        lambda d: (
            Deal(role="buyer", hodlhodl=d.hodlhodl, seller=d.seller, buyer=d.buyer).contract(),
            d.transaction(d.refund_outputs()),
        ),
        kind="refund",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_tampered_data_is_refused_and_nothing_is_signed(case: Case) -> None:
    deal = Deal(role=case.role)  # type: ignore[arg-type]
    contract, transaction = case.make(deal)
    before = copy.deepcopy((contract, transaction))
    verify = verify_refund if case.kind == "refund" else verify_release
    with pytest.raises(VerificationFailed) as info:
        verify(deal, contract, transaction, **case.overrides)
    assert info.value.check == case.check, str(info.value)
    assert str(info.value).startswith(f"{case.check}: ")
    assert (contract, transaction) == before  # nothing was changed in place
    # The honest transaction for the same deal verifies: the case, not the deal, is refused.
    honest = deal.transaction(deal.refund_outputs() if case.kind == "refund" else None)
    verify(deal, deal.contract(), honest)


# ---- escrows checked with the extended key and its index ------------------------------------------


def test_escrow_index_names_the_child_of_the_xpub() -> None:
    xprv = master_key_from_seed(secrets.token_bytes(32), "testnet")
    seller = child_key(xprv, INDEX)
    assert child_private_key(xprv, INDEX).public_key == seller.public_key
    deal = Deal(seller=seller)
    escrow = deal.escrow()
    xpub = neuter(xprv)
    verified = hodlhodl.verify_escrow(escrow, network="testnet", role="seller", xpub=xpub)
    assert verified.index == INDEX and verified.public_key == seller.public_key
    cases = [
        (
            {**escrow, "index": INDEX + 1},
            "escrow.witness_script",
        ),  # another child: not in the script
        ({**escrow, "index": None}, "escrow.index"),
        ({**escrow, "index": True}, "escrow.index"),
        ({**escrow, "index": 2**31}, "escrow.index"),  # hardened: not derivable from an xpub
        ({**escrow, "index": "7"}, "escrow.index"),
    ]
    for tampered, check in cases:
        with pytest.raises(VerificationFailed) as info:
            hodlhodl.verify_escrow(tampered, network="testnet", role="seller", xpub=xpub)
        assert info.value.check == check, (tampered["index"], str(info.value))


# ---- signing: only what was verified, only with the verified key, and never a transaction that fails --


def test_signing_needs_the_verified_object() -> None:
    deal = Deal()
    with pytest.raises(TypeError):
        hodlhodl.sign_release_transaction(deal.transaction(), deal.me.hex)  # type: ignore[arg-type]
    verified = verify_refund(deal, deal.contract(), deal.transaction(deal.refund_outputs()))
    with pytest.raises(ValueError, match="not a release"):
        hodlhodl.sign_release_transaction(verified, deal.me.hex)


def test_signing_with_another_key_than_the_verified_one_is_refused() -> None:
    deal = Deal()
    verified = verify_release(deal, deal.contract(), deal.transaction())
    for key in (Key().hex, PrivateKey(deal.counterparty.secret)):
        with pytest.raises(InvalidKeyError, match=r"not .* the key the escrow was verified for"):
            hodlhodl.sign_release_transaction(verified, key)


class _WrongDigestKey(PrivateKey):
    """A signer whose signatures do not verify: what a broken signing library would produce."""

    def sign(self, digest: bytes) -> bytes:
        return super().sign(bytes(32))


def test_a_signed_transaction_that_fails_the_interpreter_is_not_returned() -> None:
    deal = Deal()
    verified = verify_release(deal, deal.contract(), deal.transaction())
    broken = _WrongDigestKey(deal.me.secret)
    with pytest.raises(VerificationFailed) as info:
        hodlhodl.sign_release_transaction(verified, broken)
    assert info.value.check == "release.script"


def test_caller_mistakes_are_value_errors_not_refusals() -> None:
    deal = Deal()
    contract, transaction = deal.contract(), deal.transaction()
    cases: list[tuple[dict[str, Any], str]] = [
        ({"max_fee": -1}, "max_fee"),
        ({"max_fee": 1.5}, "max_fee"),
        ({"max_fee_rate": 2.5}, "max_fee_rate"),
        ({"max_fee_rate": float("nan")}, "max_fee_rate"),
        ({"public_key": None}, "exactly one"),
        ({"xpub": "tpub..."}, "exactly one"),
        ({"public_key": "02" + "00" * 32}, "public_key"),
        ({"hodlhodl_public_key": "zz"}, "hodlhodl_public_key"),
    ]
    for overrides, message in cases:
        with pytest.raises(ValueError, match=message) as info:
            verify_release(deal, contract, transaction, **overrides)
        assert not isinstance(info.value, VerificationFailed)
    with pytest.raises(ValueError, match="role"):
        hodlhodl.verify_escrow(
            deal.escrow(),
            network="testnet",
            role="arbiter",  # type: ignore[arg-type]
            public_key=deal.me.public_key,
        )


# ---- the document's vectors ---------------------------------------------------------------------


@pytest.mark.parametrize(("address_", "witness_script"), v.HODLHODL_ESCROWS)
def test_every_escrow_of_the_document_repeats_a_key_and_is_refused(
    address_: str, witness_script: str
) -> None:
    script = parse_multisig_script(witness_script)
    assert script.pubkeys[1] == script.pubkeys[2]
    escrow = {"address": address_, "witness_script": witness_script, "index": 0}
    for role, key in (("seller", script.pubkeys[1]), ("buyer", script.pubkeys[2])):
        with pytest.raises(VerificationFailed) as info:
            hodlhodl.verify_escrow(escrow, network="testnet", role=role, public_key=key)  # type: ignore[arg-type]
        assert info.value.check == "escrow.witness_script" and "alone" in str(info.value)


def test_the_document_release_transaction_is_refused_for_its_repeated_key() -> None:
    contract = {
        "your_role": "seller",
        "volume_breakdown": {"goes_to_buyer": "10.78000000", "exchange_fee": "0.22000000"},
        "escrow": v.HODLHODL_RELEASE_ESCROW,
    }
    key = parse_multisig_script(v.HODLHODL_RELEASE_ESCROW["witness_script"]).pubkeys[1]
    with pytest.raises(VerificationFailed) as info:
        hodlhodl.verify_release_transaction(
            contract,
            {"status": "success", "transaction": v.HODLHODL_RELEASE},
            network="testnet",
            public_key=key,
            max_fee=MAX_FEE,
            max_fee_rate=MAX_FEE_RATE,
        )
    assert info.value.check == "escrow.witness_script"


def test_verification_failed_pickles_with_its_check() -> None:
    import pickle

    error = VerificationFailed("release.fee", "the fee is 50000 sats")
    again = pickle.loads(pickle.dumps(error))
    assert (again.check, again.message, str(again)) == (
        "release.fee",
        "the fee is 50000 sats",
        "release.fee: the fee is 50000 sats",
    )


def test_an_escrow_with_only_an_index_is_not_published_yet() -> None:
    deal = Deal()
    pending = deal.contract(deal.escrow(address=None, witness_script=None))
    assert hodlhodl.verify_contract(pending, **_keys(deal)).escrow is None
    with pytest.raises(VerificationFailed) as info:
        hodlhodl.verify_contract_escrow(pending, **_keys(deal))
    assert info.value.check == "contract.escrow"
