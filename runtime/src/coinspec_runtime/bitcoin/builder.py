"""Build and sign transactions that spend the user's own single-signer coins."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from bitcointx.core import (
    CMutableTransaction,
    CMutableTxIn,
    CMutableTxInWitness,
    CMutableTxOut,
    COutPoint,
    CTransaction,
)
from bitcointx.core.script import CScript, CScriptWitness

from ..errors import TransactionError
from .amounts import check_sats
from .keys import PrivateKey
from .multisig import hash160, p2sh_script_pubkey, parse_multisig_script
from .transactions import (
    SIGHASH_ALL,
    ScriptForm,
    add_multisig_signature,
    legacy_sighash,
    multisig_script_pubkey,
    segwit_v0_sighash,
    verify_input,
)

__all__ = ["InputKind", "Utxo", "build_unsigned", "sign_inputs"]

InputKind = Literal["p2pkh", "p2wpkh", "p2sh-p2wpkh", "p2wsh", "p2sh-p2wsh"]


@dataclass(frozen=True)
class Utxo:
    """A coin the user can spend alone.

    ``kind`` says how it is locked; for ``p2wsh``/``p2sh-p2wsh`` the
    ``witness_script`` is a multisig script that ``key`` satisfies alone (1-of-n).
    ``amount`` is in satoshis.
    """

    txid: str
    vout: int
    amount: int
    key: PrivateKey
    kind: InputKind = "p2wpkh"
    witness_script: bytes | None = None

    def __post_init__(self) -> None:
        check_sats(self.amount, "utxo amount")
        if len(bytes.fromhex(self.txid)) != 32:
            raise TransactionError("utxo txid must be 32 bytes of hex")
        if (
            isinstance(self.vout, bool)
            or not isinstance(self.vout, int)
            or not 0 <= self.vout < 2**32
        ):
            raise TransactionError("utxo vout must be an output index")
        if self.kind in ("p2wsh", "p2sh-p2wsh"):
            if self.witness_script is None:
                raise TransactionError(f"a {self.kind} utxo needs its witness script")
            script = parse_multisig_script(self.witness_script, compressed_only=True)
            if script.m != 1 or not script.positions_of(self.key.public_key):
                raise TransactionError(
                    "the witness script must be a 1-of-n multisig that includes the utxo key"
                )

    @property
    def _pubkey_hash(self) -> bytes:
        return hash160(self.key.public_key)

    def script_pubkey(self) -> bytes:
        """The scriptPubKey of the coin, derived from its key (and witness script)."""
        if self.kind == "p2pkh":
            return b"\x76\xa9\x14" + self._pubkey_hash + b"\x88\xac"
        if self.kind == "p2wpkh":
            return b"\x00\x14" + self._pubkey_hash
        if self.kind == "p2sh-p2wpkh":
            return p2sh_script_pubkey(b"\x00\x14" + self._pubkey_hash)
        assert self.witness_script is not None
        form: ScriptForm = "p2wsh" if self.kind == "p2wsh" else "p2sh-p2wsh"
        return multisig_script_pubkey(form, parse_multisig_script(self.witness_script))


def build_unsigned(
    utxos: Sequence[Utxo],
    outputs: Sequence[tuple[bytes, int]],
    *,
    version: int = 2,
    lock_time: int = 0,
    sequence: int = 0xFFFFFFFF,
) -> CTransaction:
    """An unsigned transaction spending ``utxos`` to ``outputs`` ((scriptPubKey, satoshis) pairs)."""
    if not utxos or not outputs:
        raise TransactionError("a transaction needs at least one input and one output")
    vin = [
        CMutableTxIn(COutPoint(bytes.fromhex(u.txid)[::-1], u.vout), nSequence=sequence)
        for u in utxos
    ]
    vout = [
        CMutableTxOut(check_sats(amount, "output amount"), CScript(spk)) for spk, amount in outputs
    ]
    return CTransaction.from_instance(
        CMutableTransaction(vin, vout, nLockTime=lock_time, nVersion=version)
    )


def sign_inputs(tx: CTransaction, utxos: Sequence[Utxo], *, interpret: bool = True) -> CTransaction:
    """Sign every input of ``tx`` with the matching utxo's key. Each signed input is run
    through the script interpreter, unless ``interpret`` is false (for a caller that
    interprets the finished transaction itself)."""
    if len(utxos) != len(tx.vin):
        raise TransactionError(f"{len(utxos)} utxos for {len(tx.vin)} inputs")
    for index, utxo in enumerate(utxos):
        prevout = tx.vin[index].prevout
        if bytes(prevout.hash)[::-1].hex() != utxo.txid.lower() or prevout.n != utxo.vout:
            raise TransactionError(f"input {index} does not spend utxo {utxo.txid}:{utxo.vout}")
        if utxo.kind in ("p2wsh", "p2sh-p2wsh"):
            assert utxo.witness_script is not None
            form: ScriptForm = "p2wsh" if utxo.kind == "p2wsh" else "p2sh-p2wsh"
            tx = add_multisig_signature(
                tx,
                index,
                utxo.key,
                form=form,
                script=parse_multisig_script(utxo.witness_script),
                amount=utxo.amount,
                interpret=interpret,
            )
            continue
        pubkey = utxo.key.public_key
        script_code = b"\x76\xa9\x14" + hash160(pubkey) + b"\x88\xac"
        mtx = CMutableTransaction.from_instance(tx)
        while len(mtx.wit.vtxinwit) < len(mtx.vin):
            mtx.wit.vtxinwit.append(CMutableTxInWitness())
        if utxo.kind == "p2pkh":
            sig = utxo.key.sign(legacy_sighash(tx, index, script_code)) + bytes([SIGHASH_ALL])
            mtx.vin[index].scriptSig = CScript([sig, pubkey])
        else:
            sig = utxo.key.sign(segwit_v0_sighash(tx, index, script_code, utxo.amount)) + bytes(
                [SIGHASH_ALL]
            )
            mtx.wit.vtxinwit[index] = CMutableTxInWitness(CScriptWitness([sig, pubkey]))
            if utxo.kind == "p2sh-p2wpkh":
                mtx.vin[index].scriptSig = CScript([b"\x00\x14" + hash160(pubkey)])
        tx = CTransaction.from_instance(mtx)
        if interpret:
            verify_input(tx, index, utxo.script_pubkey(), utxo.amount)
    return tx
