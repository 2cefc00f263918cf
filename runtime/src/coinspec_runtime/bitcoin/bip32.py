"""BIP32 hierarchical deterministic keys: derive a key at an index or a path.

Extended keys are passed around in their base58 form (``xprv``/``xpub`` on
mainnet, ``tprv``/``tpub`` on testnet, signet and regtest). Error messages
never repeat an extended private key.
"""

from __future__ import annotations

from collections.abc import Sequence

from bitcointx.wallet import CCoinExtKey, CCoinExtPubKey

from ..errors import InvalidKeyError
from .keys import PrivateKey
from .networks import MAINNET, TESTNET, Network, NetworkLike, get_network

__all__ = [
    "HARDENED",
    "child_private_key",
    "child_public_key",
    "derive",
    "master_key_from_seed",
    "neuter",
    "parse_path",
    "public_key_at",
]

HARDENED = 0x80000000
_PREFIXES: dict[str, tuple[Network, bool]] = {
    "xprv": (MAINNET, True),
    "xpub": (MAINNET, False),
    "tprv": (TESTNET, True),
    "tpub": (TESTNET, False),
}

Path = str | Sequence[int]


def parse_path(path: Path) -> list[int]:
    """``"m/0'/1/2h"`` (or a sequence of ints) as child numbers; hardened ones have bit 31 set."""
    if not isinstance(path, str):
        numbers = list(path)
        for n in numbers:
            if isinstance(n, bool) or not isinstance(n, int) or not 0 <= n < 2**32:
                raise ValueError(f"child number {n!r} is outside 0..2^32-1")
        return numbers
    parts = path.strip().split("/")
    if parts and parts[0] in ("m", "M"):
        parts = parts[1:]
    numbers = []
    for part in parts:
        if part == "":
            raise ValueError(f"empty step in derivation path {path!r}")
        hardened = part[-1] in ("'", "h", "H")
        digits = part[:-1] if hardened else part
        if not digits.isdigit() or int(digits) >= HARDENED:
            raise ValueError(f"bad step {part!r} in derivation path {path!r}")
        numbers.append(int(digits) + (HARDENED if hardened else 0))
    return numbers


def _kind(extended_key: str) -> tuple[Network, bool]:
    if not isinstance(extended_key, str):
        raise InvalidKeyError("an extended key must be a base58 string")
    try:
        return _PREFIXES[extended_key[:4]]
    except KeyError:
        raise InvalidKeyError("extended key must start with xprv, xpub, tprv or tpub") from None


def _load(extended_key: str) -> CCoinExtKey | CCoinExtPubKey:
    """Parse an extended key; call inside its network's ``activate()`` block."""
    _, private = _kind(extended_key)
    try:
        return CCoinExtKey(extended_key) if private else CCoinExtPubKey(extended_key)
    except Exception:
        what = "extended private key" if private else "extended public key"
        raise InvalidKeyError(
            f"{what} is malformed (bad base58, checksum, length or key)"
        ) from None


def master_key_from_seed(seed: bytes, network: NetworkLike = MAINNET) -> str:
    """The BIP32 master extended private key for ``seed`` (16..64 bytes)."""
    if not 16 <= len(seed) <= 64:
        raise ValueError("a BIP32 seed is 16 to 64 bytes")
    net = get_network(network)
    with (MAINNET if net is MAINNET else TESTNET).activate():
        return str(CCoinExtKey.from_seed(seed))


def derive(extended_key: str, path: Path) -> str:
    """Derive along ``path`` from an extended key; returns the same kind (private or public).

    Hardened steps need an extended private key.
    """
    numbers = parse_path(path)
    network, _ = _kind(extended_key)
    with network.activate():
        key = _load(extended_key)
        for number in numbers:
            if isinstance(key, CCoinExtPubKey) and number >= HARDENED:
                raise ValueError("hardened derivation needs an extended private key")
            try:
                key = key.derive(number)
            except ValueError as exc:
                raise ValueError(f"derivation at {number} failed: {exc}") from None
        return str(key)


def neuter(extended_private_key: str) -> str:
    """The extended public key of an extended private key."""
    network, _ = _kind(extended_private_key)
    with network.activate():
        key = _load(extended_private_key)
        return str(key.neuter()) if isinstance(key, CCoinExtKey) else extended_private_key


def child_public_key(extended_key: str, index: int) -> bytes:
    """The compressed public key of child ``index`` (non-hardened unless a private key is given)."""
    return public_key_at(extended_key, [index])


def child_private_key(extended_private_key: str, index: int) -> PrivateKey:
    """The private key of child ``index`` of an extended private key."""
    child = derive(extended_private_key, [index])
    network, private = _kind(child)
    if not private:
        raise InvalidKeyError("a private child key needs an extended private key (xprv/tprv)")
    with network.activate():
        key = _load(child)
        assert isinstance(key, CCoinExtKey)
        return PrivateKey(bytes(key.priv.secret_bytes))


def public_key_at(extended_key: str, path: Path) -> bytes:
    """The compressed public key at ``path`` below ``extended_key``."""
    child = derive(extended_key, path)
    network, _ = _kind(child)
    with network.activate():
        return bytes(_load(child).pub)
