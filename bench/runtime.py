"""The runtime against the bare python-bitcointx calls the same job needs.

One operation: take a HodlHodl release transaction (pre-signed by the server, a placeholder
where the user's signature goes), check the server's BIP143 signature, sign with the
user's key and put the signature in place. The bare reference does only that: parse,
sighash, verify, sign, insert, serialize. The runtime also checks the contract and its
escrow (three distinct keys, the address), the outputs, the fee and fee rate and the lock
fields, and runs the signed transaction through the script interpreter, which is what the
ratio prices.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bitcointx.core import (
    CMutableTransaction,
    CMutableTxIn,
    CMutableTxInWitness,
    CMutableTxOut,
    COutPoint,
    CTransaction,
)
from bitcointx.core.key import CKey, CPubKey
from bitcointx.core.script import (
    SIGHASH_ALL,
    SIGVERSION_WITNESS_V0,
    CScript,
    CScriptWitness,
    SignatureHash,
)

import coinspec_runtime  # noqa: F401  (points python-bitcointx at libsecp256k1 first)
from coinspec_runtime import hodlhodl
from coinspec_runtime.bitcoin.addresses import parse_address
from coinspec_runtime.bitcoin.keys import PrivateKey
from coinspec_runtime.bitcoin.multisig import (
    multisig_script,
    p2sh_p2wsh_address,
    p2sh_p2wsh_redeem_script,
)
from coinspec_runtime.bitcoin.transactions import segwit_v0_sighash, transaction_hex

from .timing import Pair, alternate

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.runtime import runtime_vectors as v  # noqa: E402  (the document's vectors)

# The document's release transaction pays these; its keys are not published (and its
# escrow repeats a key, which the runtime refuses), so the transaction to sign is rebuilt in
# the same shape with keys of our own, in the document's order: HodlHodl, seller, buyer.
SERVER = PrivateKey(bytes([0x11]) * 32)
USER = PrivateKey(bytes([0x22]) * 32)  # the seller, who signs the release
COUNTERPARTY = PrivateKey(bytes([0x33]) * 32)
IN_AMOUNT = 1_100_000_000  # the document's in_amounts[0]
TX_FEE = 2_119
MAX_FEE = 10_000
MAX_FEE_RATE = 100


def _release_to_sign() -> tuple[dict[str, Any], dict[str, Any], bytes]:
    """(contract, transaction, witness script) like the document's, signed by SERVER."""
    script = multisig_script(2, [SERVER.public_key, USER.public_key, COUNTERPARTY.public_key])
    outputs = [
        (v.HODLHODL_RELEASE_ADDRESS, v.GOES_TO_BUYER - TX_FEE),
        (v.HODLHODL_FEE_ADDRESS, v.EXCHANGE_FEE),
    ]
    mtx = CMutableTransaction(
        [CMutableTxIn(COutPoint(bytes.fromhex("93" * 32), 0))],
        [
            CMutableTxOut(value, CScript(parse_address(address, "testnet").script_pubkey))
            for address, value in outputs
        ],
        nVersion=1,
    )
    mtx.vin[0].scriptSig = CScript([p2sh_p2wsh_redeem_script(script.script)])
    signature = (
        SERVER.sign(segwit_v0_sighash(CTransaction.from_instance(mtx), 0, script.script, IN_AMOUNT))
        + b"\x01"
    )
    mtx.wit.vtxinwit = [
        CMutableTxInWitness(CScriptWitness([b"", signature, bytes(70), script.script]))
    ]
    transaction = {
        "contract_id": "c1",
        "hex": transaction_hex(CTransaction.from_instance(mtx)),
        "in_amounts": [IN_AMOUNT],
    }
    contract = {
        "id": "c1",
        "your_role": "seller",
        "volume_breakdown": {"goes_to_buyer": "10.78000000", "exchange_fee": "0.22000000"},
        "escrow": {
            "address": p2sh_p2wsh_address(script.script, "testnet"),
            "witness_script": script.hex(),
            "index": 0,
        },
    }
    return contract, transaction, script.script


def _verify(contract: dict[str, Any], transaction: dict[str, Any]) -> hodlhodl.VerifiedSpend:
    return hodlhodl.verify_release_transaction(
        contract,
        transaction,
        network="testnet",
        public_key=USER.public_key,
        max_fee=MAX_FEE,
        max_fee_rate=MAX_FEE_RATE,
    )


def _bare_verify(
    raw: bytes, amount: int, server_key: bytes
) -> tuple[CTransaction, list[bytes], bytes]:
    server_pubkey = CPubKey(server_key)  # a new contract, a new key: part of every operation
    tx = CTransaction.deserialize(raw)
    stack = list(tx.wit.vtxinwit[0].scriptWitness.stack)
    sighash = SignatureHash(
        CScript(stack[-1]), tx, 0, SIGHASH_ALL, amount=amount, sigversion=SIGVERSION_WITNESS_V0
    )
    if not server_pubkey.verify(sighash, stack[1][:-1]):
        raise AssertionError("server signature does not verify")
    return tx, stack, sighash


@dataclass
class RuntimeResult:
    verify: Pair
    sign: Pair


def measure(rounds: int, calls: int) -> RuntimeResult:
    assert v.HODLHODL_RELEASE["in_amounts"] == [IN_AMOUNT]
    contract, transaction, _script = _release_to_sign()
    raw = bytes.fromhex(transaction["hex"])
    server_key = SERVER.public_key
    user_key = CKey(bytes([0x22]) * 32)  # USER's secret

    def ours_verify() -> object:
        return _verify(contract, transaction)

    def reference_verify() -> object:
        return _bare_verify(raw, IN_AMOUNT, server_key)

    def ours_sign() -> str:
        return hodlhodl.sign_release_transaction(_verify(contract, transaction), USER)

    def reference_sign() -> str:
        tx, stack, sighash = _bare_verify(raw, IN_AMOUNT, server_key)
        signature = user_key.sign(sighash) + bytes([SIGHASH_ALL])
        mtx = CMutableTransaction.from_instance(tx)
        # The server's key comes first in the script, so its signature does too.
        mtx.wit.vtxinwit[0] = CMutableTxInWitness(
            CScriptWitness([b"", stack[1], signature, stack[3]])
        )
        return mtx.serialize().hex()

    # Both sides must produce the same, valid, fully signed transaction.
    if ours_sign() != reference_sign():
        raise AssertionError("the runtime and the bare calls signed differently")
    return RuntimeResult(
        verify=alternate(ours_verify, reference_verify, rounds=rounds, calls=calls),
        sign=alternate(ours_sign, reference_sign, rounds=rounds, calls=calls),
    )


def profile(calls: int) -> str:
    """The functions with the most time of their own in `calls` verify+sign operations (cProfile)."""
    import cProfile
    import io
    import pstats

    contract, transaction, _ = _release_to_sign()

    def ours() -> str:
        return hodlhodl.sign_release_transaction(_verify(contract, transaction), USER)

    ours()
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(calls):
        ours()
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.strip_dirs().sort_stats("tottime").print_stats(12)
    stats.sort_stats("cumulative").print_stats(
        r"coinspec_runtime|hodlhodl|transactions|multisig|keys", 14
    )
    lines = [line.rstrip() for line in out.getvalue().splitlines() if line.strip()]
    return "\n".join(
        line for line in lines if not line.lstrip().startswith(("Ordered by", "Random listing"))
    )
