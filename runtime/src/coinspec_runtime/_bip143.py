"""BIP143 signature hashes that are right for every nLockTime, in python-bitcointx too.

python-bitcointx 1.1.5 serializes nLockTime into the BIP143 preimage as a *signed* 32-bit
integer (``struct.pack("<i", ...)``), so any lock time of 2^31 or more (a date after
2038-01-19) raises ``struct.error`` instead of giving a hash: such a transaction could be
neither signed nor checked, and a server could make the runtime crash instead of refuse.
nLockTime is an unsigned field (BIP143 item 9: "nLockTime of the transaction (4-byte little
endian)"), like nSequence, which python-bitcointx already packs unsigned.

This module replaces ``bitcointx.core.script.RawBitcoinSignatureHash`` with one whose
segwit v0 branch follows BIP143 exactly for every uint32, and hands the legacy branch to
the original (it serializes nLockTime unsigned and is right). Every caller looks the name
up on that module at call time - ``CScript.raw_sighash``, and through it ``SignatureHash``
and the script interpreter's ``VerifyScript`` - so all of them get the corrected hash.

The replacement reaches into a module of python-bitcointx that is not a published
contract, so it is applied only to the version it was written against (the version
``coinspec-runtime`` pins); any other version fails at import rather than sign with a hash
function nobody checked.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from typing import Any

import bitcointx
import bitcointx.core
import bitcointx.core.script as _script

__all__ = ["PATCHED_VERSION", "segwit_v0_preimage"]

PATCHED_VERSION = "1.1.5"

_SIGHASH_NONE = 2
_SIGHASH_SINGLE = 3
_SIGHASH_ANYONECANPAY = 0x80
_ZERO32 = bytes(32)


def _compact_size(n: int) -> bytes:
    if n < 0xFD:
        return bytes([n])
    if n <= 0xFFFF:
        return b"\xfd" + struct.pack("<H", n)
    if n <= 0xFFFFFFFF:
        return b"\xfe" + struct.pack("<I", n)
    return b"\xff" + struct.pack("<Q", n)


def _outpoint(txin: Any) -> bytes:
    return bytes(txin.prevout.hash) + struct.pack("<I", txin.prevout.n)


def _output(txout: Any) -> bytes:
    script = bytes(txout.scriptPubKey)
    return struct.pack("<q", txout.nValue) + _compact_size(len(script)) + script


def segwit_v0_preimage(
    script_code: bytes, tx: Any, index: int, hashtype: int, amount: int
) -> bytes:
    """The BIP143 preimage (double-SHA256 it for the signature hash), every field as the
    BIP lays it out: nVersion and nHashType as 4 bytes, nSequence and nLockTime unsigned."""
    base = hashtype & 0x1F
    anyone_can_pay = bool(hashtype & _SIGHASH_ANYONECANPAY)
    hash256 = bitcointx.core.Hash
    prevouts = _ZERO32 if anyone_can_pay else hash256(b"".join(_outpoint(i) for i in tx.vin))
    sequences = (
        _ZERO32
        if anyone_can_pay or base in (_SIGHASH_SINGLE, _SIGHASH_NONE)
        else hash256(b"".join(struct.pack("<I", i.nSequence) for i in tx.vin))
    )
    if base not in (_SIGHASH_SINGLE, _SIGHASH_NONE):
        outputs = hash256(b"".join(_output(o) for o in tx.vout))
    elif base == _SIGHASH_SINGLE and index < len(tx.vout):
        outputs = hash256(_output(tx.vout[index]))
    else:
        outputs = _ZERO32
    txin = tx.vin[index]
    return b"".join(
        (
            struct.pack("<I", tx.nVersion & 0xFFFFFFFF),
            prevouts,
            sequences,
            _outpoint(txin),
            _compact_size(len(script_code)),
            bytes(script_code),
            struct.pack("<q", amount),
            struct.pack("<I", txin.nSequence),
            outputs,
            struct.pack("<I", tx.nLockTime),
            struct.pack("<I", hashtype & 0xFFFFFFFF),
        )
    )


_original: Callable[..., tuple[bytes, str | None]] = _script.RawBitcoinSignatureHash


def _raw_signature_hash(
    script: Any,
    txTo: Any,  # python-bitcointx calls it with these keyword names
    inIdx: int,
    hashtype: int,
    amount: int | None = None,
    sigversion: Any = _script.SIGVERSION_BASE,
) -> tuple[bytes, str | None]:
    if sigversion != _script.SIGVERSION_WITNESS_V0:
        return _original(script, txTo, inIdx, hashtype, amount=amount, sigversion=sigversion)
    if inIdx < 0:
        raise ValueError("input index must not be negative")
    if not isinstance(amount, int) or isinstance(amount, bool) or amount < 0:
        raise ValueError("a segwit v0 signature hash needs a non-negative integer amount")
    preimage = segwit_v0_preimage(bytes(script), txTo, inIdx, hashtype, amount)
    return bitcointx.core.Hash(preimage), None


def _install() -> None:
    if bitcointx.__version__ != PATCHED_VERSION:
        raise ImportError(
            f"coinspec_runtime corrects python-bitcointx {PATCHED_VERSION}'s BIP143 signature "
            f"hash and refuses to run with {bitcointx.__version__}, whose internals it has "
            f"not been checked against: pip install 'python-bitcointx=={PATCHED_VERSION}'"
        )
    _script.RawBitcoinSignatureHash = _raw_signature_hash


_install()
