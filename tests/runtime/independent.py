"""Transactions built and signed without the runtime, as a server would send them.

A small serializer, the legacy and BIP143 signature hashes written from the BIPs with
hashlib, and coincurve's ECDSA (libsecp256k1 through another binding): the fixtures the
runtime is tested against come from here, so it is checked against a second
implementation rather than against itself. Keys are fresh random ones for every test
session. ``judge`` is the referee: python-bitcointx's script interpreter, run on every
input with the coins really spent.
"""

from __future__ import annotations

import hashlib
import secrets
import struct
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import coincurve
from bitcointx.core import CTransaction
from bitcointx.core.script import CScript, CScriptWitness
from bitcointx.core.scripteval import (
    SCRIPT_VERIFY_DERSIG,
    SCRIPT_VERIFY_LOW_S,
    SCRIPT_VERIFY_NULLDUMMY,
    SCRIPT_VERIFY_P2SH,
    SCRIPT_VERIFY_STRICTENC,
    SCRIPT_VERIFY_WITNESS,
    VerifyScript,
)

SIGHASH_ALL = 0x01
SIGHASH_NONE = 0x02
SIGHASH_SINGLE = 0x03
SIGHASH_ANYONECANPAY = 0x80
CURVE_ORDER = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141
JUDGE_FLAGS = {
    SCRIPT_VERIFY_P2SH,
    SCRIPT_VERIFY_WITNESS,
    SCRIPT_VERIFY_DERSIG,
    SCRIPT_VERIFY_NULLDUMMY,
    SCRIPT_VERIFY_LOW_S,
    SCRIPT_VERIFY_STRICTENC,
}


def sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def hash256(data: bytes) -> bytes:
    return sha256(sha256(data))


def hash160(data: bytes) -> bytes:
    return hashlib.new("ripemd160", sha256(data)).digest()


def compact_size(n: int) -> bytes:
    if n < 0xFD:
        return bytes([n])
    if n <= 0xFFFF:
        return b"\xfd" + struct.pack("<H", n)
    return b"\xfe" + struct.pack("<I", n)


def push(data: bytes) -> bytes:
    if not data:
        return b"\x00"
    if len(data) <= 75:
        return bytes([len(data)]) + data
    if len(data) <= 0xFF:
        return b"\x4c" + bytes([len(data)]) + data
    return b"\x4d" + struct.pack("<H", len(data)) + data


# ---- keys --------------------------------------------------------------------------------------


class Key:
    """A fresh secp256k1 key; ``sign`` makes a DER signature with its sighash byte appended."""

    def __init__(self, secret: bytes | None = None) -> None:
        while secret is None:
            candidate = secrets.token_bytes(32)
            if 0 < int.from_bytes(candidate, "big") < CURVE_ORDER:
                secret = candidate
        self.secret = secret
        self._key = coincurve.PrivateKey(secret)
        self.public_key = self._key.public_key.format(compressed=True)
        self.uncompressed_public_key = self._key.public_key.format(compressed=False)

    @property
    def hex(self) -> str:
        return self.secret.hex()

    def sign(self, digest: bytes, hashtype: int = SIGHASH_ALL, *, high_s: bool = False) -> bytes:
        der = self._key.sign(digest, hasher=None)  # libsecp256k1 gives low S
        if high_s:
            der = _with_high_s(der)
        return der + bytes([hashtype])


def _with_high_s(der: bytes) -> bytes:
    r_len = der[3]
    r = der[4 : 4 + r_len]
    s = int.from_bytes(der[6 + r_len :], "big")
    high = (CURVE_ORDER - s).to_bytes(33, "big").lstrip(b"\x00")
    if high[0] & 0x80:
        high = b"\x00" + high
    body = b"\x02" + bytes([len(r)]) + r + b"\x02" + bytes([len(high)]) + high
    return b"\x30" + bytes([len(body)]) + body


# ---- scripts -------------------------------------------------------------------------------------


def multisig(m: int, pubkeys: Sequence[bytes]) -> bytes:
    return (
        bytes([0x50 + m]) + b"".join(push(k) for k in pubkeys) + bytes([0x50 + len(pubkeys), 0xAE])
    )


def p2sh_script_pubkey(redeem_script: bytes) -> bytes:
    return b"\xa9\x14" + hash160(redeem_script) + b"\x87"


def p2wsh_program(witness_script: bytes) -> bytes:
    return b"\x00\x20" + sha256(witness_script)


def p2sh_p2wsh_script_pubkey(witness_script: bytes) -> bytes:
    return p2sh_script_pubkey(p2wsh_program(witness_script))


def p2pkh_script_pubkey(pubkey: bytes) -> bytes:
    return b"\x76\xa9\x14" + hash160(pubkey) + b"\x88\xac"


def p2wpkh_script_pubkey(pubkey: bytes) -> bytes:
    return b"\x00\x14" + hash160(pubkey)


# ---- transactions --------------------------------------------------------------------------------


@dataclass(frozen=True)
class TxIn:
    txid: bytes  # as displayed (big-endian hex order)
    vout: int
    script_sig: bytes = b""
    sequence: int = 0xFFFFFFFF
    witness: tuple[bytes, ...] = ()

    @property
    def outpoint(self) -> str:
        return f"{self.txid.hex()}:{self.vout}"


@dataclass(frozen=True)
class TxOut:
    value: int
    script_pubkey: bytes


@dataclass(frozen=True)
class Tx:
    inputs: tuple[TxIn, ...]
    outputs: tuple[TxOut, ...]
    version: int = 2
    lock_time: int = 0

    def serialize(self, *, witness: bool = True) -> bytes:
        with_witness = witness and any(i.witness for i in self.inputs)
        parts = [struct.pack("<I", self.version & 0xFFFFFFFF)]
        if with_witness:
            parts.append(b"\x00\x01")
        parts.append(compact_size(len(self.inputs)))
        for txin in self.inputs:
            parts += [
                txin.txid[::-1],
                struct.pack("<I", txin.vout),
                compact_size(len(txin.script_sig)),
                txin.script_sig,
                struct.pack("<I", txin.sequence),
            ]
        parts.append(compact_size(len(self.outputs)))
        for out in self.outputs:
            parts += [
                struct.pack("<q", out.value),
                compact_size(len(out.script_pubkey)),
                out.script_pubkey,
            ]
        if with_witness:
            for txin in self.inputs:
                parts.append(compact_size(len(txin.witness)))
                parts += [compact_size(len(item)) + item for item in txin.witness]
        parts.append(struct.pack("<I", self.lock_time))
        return b"".join(parts)

    @property
    def hex(self) -> str:
        return self.serialize().hex()

    @property
    def txid(self) -> str:
        return hash256(self.serialize(witness=False))[::-1].hex()

    @property
    def vsize(self) -> int:
        """BIP141: (3 x the size without witness + the full size) / 4, rounded up."""
        weight = 3 * len(self.serialize(witness=False)) + len(self.serialize())
        return -(-weight // 4)

    def with_input(self, index: int, **changes: object) -> Tx:
        inputs = list(self.inputs)
        inputs[index] = replace(inputs[index], **changes)  # type: ignore[arg-type]
        return replace(self, inputs=tuple(inputs))


def random_txid() -> bytes:
    return secrets.token_bytes(32)


def bip143_sighash(
    tx: Tx, index: int, script_code: bytes, amount: int, hashtype: int = SIGHASH_ALL
) -> bytes:
    """BIP143's signature hash, field by field as the BIP lists them."""
    base = hashtype & 0x1F
    anyone = bool(hashtype & SIGHASH_ANYONECANPAY)
    zero = bytes(32)
    prevouts = (
        zero
        if anyone
        else hash256(b"".join(i.txid[::-1] + struct.pack("<I", i.vout) for i in tx.inputs))
    )
    sequences = (
        zero
        if anyone or base in (SIGHASH_SINGLE, SIGHASH_NONE)
        else hash256(b"".join(struct.pack("<I", i.sequence) for i in tx.inputs))
    )

    def output(o: TxOut) -> bytes:
        return struct.pack("<q", o.value) + compact_size(len(o.script_pubkey)) + o.script_pubkey

    if base not in (SIGHASH_SINGLE, SIGHASH_NONE):
        outputs = hash256(b"".join(output(o) for o in tx.outputs))
    elif base == SIGHASH_SINGLE and index < len(tx.outputs):
        outputs = hash256(output(tx.outputs[index]))
    else:
        outputs = zero
    txin = tx.inputs[index]
    preimage = (
        struct.pack("<I", tx.version & 0xFFFFFFFF)
        + prevouts
        + sequences
        + txin.txid[::-1]
        + struct.pack("<I", txin.vout)
        + compact_size(len(script_code))
        + script_code
        + struct.pack("<q", amount)
        + struct.pack("<I", txin.sequence)
        + outputs
        + struct.pack("<I", tx.lock_time)
        + struct.pack("<I", hashtype)
    )
    return hash256(preimage)


def legacy_sighash(tx: Tx, index: int, script_code: bytes, hashtype: int = SIGHASH_ALL) -> bytes:
    """The original signature hash, SIGHASH_ALL: every scriptSig emptied but the signed
    input's, which holds the script code; no witness; the hash type appended."""
    assert hashtype == SIGHASH_ALL
    stripped = tuple(
        replace(txin, script_sig=script_code if i == index else b"", witness=())
        for i, txin in enumerate(tx.inputs)
    )
    return hash256(replace(tx, inputs=stripped).serialize() + struct.pack("<I", hashtype))


# ---- multisig inputs as the services send them ------------------------------------------------------


def p2sh_p2wsh_input(txin: TxIn, witness_script: bytes, items: Sequence[bytes]) -> TxIn:
    return replace(
        txin,
        script_sig=push(p2wsh_program(witness_script)),
        witness=(b"", *items, witness_script),
    )


def p2wsh_input(txin: TxIn, witness_script: bytes, items: Sequence[bytes]) -> TxIn:
    return replace(txin, script_sig=b"", witness=(b"", *items, witness_script))


def p2sh_input(txin: TxIn, redeem_script: bytes, items: Sequence[bytes]) -> TxIn:
    return replace(
        txin,
        script_sig=b"\x00" + b"".join(push(i) for i in items) + push(redeem_script),
        witness=(),
    )


# ---- the referee ----------------------------------------------------------------------------------


@dataclass
class Spent:
    """What an input really spends: the coin's scriptPubKey and amount."""

    script_pubkey: bytes
    amount: int
    extra: dict[str, object] = field(default_factory=dict)


def judge(raw_hex: str, spent: Sequence[Spent]) -> None:
    """Every input of the transaction passes python-bitcointx's script interpreter (P2SH,
    WITNESS, DERSIG, NULLDUMMY, LOW_S, STRICTENC) with the coin it really spends; raises
    bitcointx's ValidationError otherwise."""
    tx = CTransaction.deserialize(bytes.fromhex(raw_hex))
    assert len(tx.vin) == len(spent), "one coin per input"
    for i, coin in enumerate(spent):
        stack = list(tx.wit.vtxinwit[i].scriptWitness.stack) if i < len(tx.wit.vtxinwit) else []
        VerifyScript(
            tx.vin[i].scriptSig,
            CScript(coin.script_pubkey),
            tx,
            i,
            flags=JUDGE_FLAGS,
            amount=coin.amount,
            witness=CScriptWitness(stack),
        )


def parse(raw_hex: str) -> Tx:
    """The inverse of Tx.serialize, for tests that change a signed transaction."""
    data = bytes.fromhex(raw_hex)
    pos = 0

    def take(n: int) -> bytes:
        nonlocal pos
        chunk = data[pos : pos + n]
        pos += n
        return chunk

    def size() -> int:
        first = take(1)[0]
        if first < 0xFD:
            return first
        return int.from_bytes(take({0xFD: 2, 0xFE: 4, 0xFF: 8}[first]), "little")

    version = struct.unpack("<I", take(4))[0]
    segwit = data[pos : pos + 2] == b"\x00\x01"
    if segwit:
        take(2)
    inputs = []
    for _ in range(size()):
        txid = take(32)[::-1]
        vout = struct.unpack("<I", take(4))[0]
        script_sig = take(size())
        sequence = struct.unpack("<I", take(4))[0]
        inputs.append(TxIn(txid, vout, script_sig, sequence))
    outputs = []
    for _ in range(size()):
        value = struct.unpack("<q", take(8))[0]
        outputs.append(TxOut(value, take(size())))
    if segwit:
        inputs = [replace(i, witness=tuple(take(size()) for _ in range(size()))) for i in inputs]
    lock_time = struct.unpack("<I", take(4))[0]
    assert pos == len(data)
    return Tx(tuple(inputs), tuple(outputs), version, lock_time)


def pushes(script: bytes) -> list[bytes]:
    """The data a push-only script pushes (OP_0 as an empty push)."""
    items = []
    pos = 0
    while pos < len(script):
        op = script[pos]
        pos += 1
        if op == 0:
            items.append(b"")
            continue
        if op <= 75:
            size = op
        elif op == 0x4C:
            size, pos = script[pos], pos + 1
        elif op == 0x4D:
            size, pos = int.from_bytes(script[pos : pos + 2], "little"), pos + 2
        else:
            raise ValueError(f"opcode 0x{op:02x} is not a push")
        items.append(script[pos : pos + size])
        pos += size
    return items
