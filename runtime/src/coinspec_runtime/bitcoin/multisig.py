"""m-of-n CHECKMULTISIG scripts and the P2SH / P2WSH / P2SH-P2WSH outputs that hold them.

Keys stay in the order they are given: some services (HodlHodl) do not sort
them (BIP67), and the address depends on the order.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from bitcointx.core import Hash160

from ..errors import InvalidKeyError, TransactionError
from .addresses import address_from_script_pubkey
from .keys import PublicKeyLike, parse_public_key
from .networks import NetworkLike

__all__ = [
    "MultisigScript",
    "hash160",
    "multisig_script",
    "p2sh_address",
    "p2sh_p2wsh_address",
    "p2sh_p2wsh_redeem_script",
    "p2sh_p2wsh_script_pubkey",
    "p2sh_script_pubkey",
    "p2wsh_address",
    "p2wsh_script_pubkey",
    "parse_multisig_script",
]

OP_CHECKMULTISIG = 0xAE
MAX_P2SH_SCRIPT_SIZE = 520
MAX_WITNESS_SCRIPT_SIZE = 3600

ScriptLike = bytes | str


def _script_bytes(script: ScriptLike) -> bytes:
    if isinstance(script, str):
        try:
            return bytes.fromhex(script)
        except ValueError:
            raise TransactionError("script is not valid hex") from None
    return bytes(script)


@dataclass(frozen=True)
class MultisigScript:
    """An ``OP_m <key_1> ... <key_n> OP_n OP_CHECKMULTISIG`` script, keys in script order."""

    m: int
    pubkeys: tuple[bytes, ...]
    script: bytes

    @property
    def n(self) -> int:
        return len(self.pubkeys)

    def positions_of(self, pubkey: bytes) -> list[int]:
        """Indexes (0-based, in script order) at which ``pubkey`` appears."""
        return [i for i, key in enumerate(self.pubkeys) if key == pubkey]

    def hex(self) -> str:
        return self.script.hex()


def multisig_script(m: int, pubkeys: Sequence[PublicKeyLike]) -> MultisigScript:
    """Build an m-of-n multisig script with ``pubkeys`` in the given order."""
    keys = tuple(parse_public_key(k) for k in pubkeys)
    if isinstance(m, bool) or not isinstance(m, int) or not 1 <= m <= len(keys) <= 16:
        raise TransactionError(f"need 1 <= m <= n <= 16, got m={m!r} with n={len(keys)}")
    body = b"".join(bytes([len(k)]) + k for k in keys)
    return MultisigScript(
        m, keys, bytes([0x50 + m]) + body + bytes([0x50 + len(keys), OP_CHECKMULTISIG])
    )


def parse_multisig_script(script: ScriptLike, *, compressed_only: bool = False) -> MultisigScript:
    """Parse a canonical multisig script; raise :class:`TransactionError` for anything else."""
    raw = _script_bytes(script)
    if (
        len(raw) < 3
        or not 0x51 <= raw[0] <= 0x60
        or raw[-1] != OP_CHECKMULTISIG
        or not 0x51 <= raw[-2] <= 0x60
    ):
        raise TransactionError(f"script {raw.hex()} is not OP_m <keys> OP_n OP_CHECKMULTISIG")
    m, n = raw[0] - 0x50, raw[-2] - 0x50
    keys: list[bytes] = []
    pos, end = 1, len(raw) - 2
    while pos < end:
        size = raw[pos]
        if size not in (33, 65) or pos + 1 + size > end:
            raise TransactionError(f"script {raw.hex()} has a non-key push at byte {pos}")
        try:
            keys.append(
                parse_public_key(raw[pos + 1 : pos + 1 + size], compressed_only=compressed_only)
            )
        except InvalidKeyError as exc:
            raise TransactionError(f"multisig key #{len(keys) + 1}: {exc}") from None
        pos += 1 + size
    if len(keys) != n:
        raise TransactionError(f"script says {n} keys but holds {len(keys)}")
    if not 1 <= m <= n:
        raise TransactionError(f"script requires {m} of {n} signatures")
    return MultisigScript(m, tuple(keys), raw)


def hash160(data: bytes) -> bytes:
    """RIPEMD160(SHA256(data)); python-bitcointx carries a RIPEMD160 for OpenSSL builds without one."""
    return bytes(Hash160(data))


def p2sh_script_pubkey(redeem_script: ScriptLike) -> bytes:
    raw = _script_bytes(redeem_script)
    if len(raw) > MAX_P2SH_SCRIPT_SIZE:
        raise TransactionError(
            f"a P2SH redeem script is at most {MAX_P2SH_SCRIPT_SIZE} bytes, got {len(raw)}"
        )
    return b"\xa9\x14" + hash160(raw) + b"\x87"


def p2sh_address(redeem_script: ScriptLike, network: NetworkLike) -> str:
    return address_from_script_pubkey(p2sh_script_pubkey(redeem_script), network)


def p2wsh_script_pubkey(witness_script: ScriptLike) -> bytes:
    raw = _script_bytes(witness_script)
    if len(raw) > MAX_WITNESS_SCRIPT_SIZE:
        raise TransactionError(
            f"a witness script is at most {MAX_WITNESS_SCRIPT_SIZE} bytes, got {len(raw)}"
        )
    return b"\x00\x20" + hashlib.sha256(raw).digest()


def p2wsh_address(witness_script: ScriptLike, network: NetworkLike) -> str:
    return address_from_script_pubkey(p2wsh_script_pubkey(witness_script), network)


def p2sh_p2wsh_redeem_script(witness_script: ScriptLike) -> bytes:
    """The P2SH redeem script (``0 <sha256(witness_script)>``) of a P2SH-P2WSH output."""
    return p2wsh_script_pubkey(witness_script)


def p2sh_p2wsh_script_pubkey(witness_script: ScriptLike) -> bytes:
    return p2sh_script_pubkey(p2sh_p2wsh_redeem_script(witness_script))


def p2sh_p2wsh_address(witness_script: ScriptLike, network: NetworkLike) -> str:
    return address_from_script_pubkey(p2sh_p2wsh_script_pubkey(witness_script), network)
