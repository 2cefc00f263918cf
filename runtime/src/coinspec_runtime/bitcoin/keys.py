"""Private and public keys.

:class:`PrivateKey` wraps python-bitcointx's ``CKey`` so that the secret can
sign but never shows up in a ``repr``, a ``str``, a log line or an exception
message (``CKey``'s own repr prints the secret).
"""

from __future__ import annotations

import hashlib
from typing import NoReturn

from bitcointx import base58
from bitcointx.core.key import CKey, CPubKey

from ..errors import InvalidKeyError
from .networks import NetworkLike, get_network

__all__ = ["PrivateKey", "PublicKeyLike", "parse_public_key", "private_key"]

PublicKeyLike = bytes | str


def _hex_bytes(value: bytes | str, what: str) -> bytes:
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        try:
            return bytes.fromhex(value)
        except ValueError:
            raise InvalidKeyError(f"{what} is not valid hex") from None
    raise InvalidKeyError(f"{what} must be bytes or a hex string, not {type(value).__name__}")


def parse_public_key(value: PublicKeyLike, *, compressed_only: bool = False) -> bytes:
    """Return the SEC-encoded public key in ``value`` (bytes or hex) after checking it is on the curve."""
    raw = _hex_bytes(value, "public key")
    if not (len(raw) == 33 and raw[0] in (2, 3)) and not (len(raw) == 65 and raw[0] == 4):
        raise InvalidKeyError(
            f"public key must be 33 bytes starting 02/03 or 65 bytes starting 04, "
            f"got {len(raw)} bytes starting {raw[:1].hex() or 'nothing'}"
        )
    if compressed_only and len(raw) != 33:
        raise InvalidKeyError(
            "an uncompressed public key is not allowed here (segwit needs compressed keys)"
        )
    if not CPubKey(raw).is_fullyvalid():
        raise InvalidKeyError(f"public key {raw.hex()} is not a point on secp256k1")
    return raw


class PrivateKey:
    """A secp256k1 private key that signs 32-byte digests and never reveals itself in text."""

    __slots__ = ("_key",)

    def __init__(self, secret: bytes, *, compressed: bool = True) -> None:
        if not isinstance(secret, bytes) or len(secret) != 32:
            raise InvalidKeyError("a private key is exactly 32 bytes")
        try:
            self._key = CKey(secret, compressed=compressed)
        except ValueError:
            raise InvalidKeyError("private key is out of range for secp256k1") from None

    @classmethod
    def from_hex(cls, secret_hex: str, *, compressed: bool = True) -> PrivateKey:
        try:
            secret = bytes.fromhex(secret_hex)
        except (ValueError, TypeError):
            raise InvalidKeyError("private key hex is malformed") from None
        return cls(secret, compressed=compressed)

    @classmethod
    def from_wif(cls, wif: str, network: NetworkLike | None = None) -> PrivateKey:
        """Parse a WIF key; with ``network`` given, its version byte must match."""
        try:
            data = base58.decode(wif)
        except Exception:
            raise InvalidKeyError("WIF private key is not valid base58") from None
        payload, checksum = data[:-4], data[-4:]
        if (
            len(data) < 5
            or hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] != checksum
        ):
            raise InvalidKeyError("WIF private key has a bad checksum") from None
        if len(payload) == 34 and payload[33] == 1:
            compressed = True
        elif len(payload) == 33:
            compressed = False
        else:
            raise InvalidKeyError("WIF private key has the wrong length")
        if network is not None and payload[0] != get_network(network).wif_prefix:
            raise InvalidKeyError(f"WIF private key is not for {get_network(network).name}")
        return cls(bytes(payload[1:33]), compressed=compressed)

    @classmethod
    def from_text(cls, text: str, network: NetworkLike | None = None) -> PrivateKey:
        """A key as a user writes it: 64 hex digits of the secret, or WIF (for ``network``)."""
        text = text.strip()
        if len(text) == 64 and all(c in "0123456789abcdefABCDEF" for c in text):
            return cls.from_hex(text)
        return cls.from_wif(text, network)

    @property
    def public_key(self) -> bytes:
        """The SEC-encoded public key (33 bytes unless the key was made uncompressed)."""
        return bytes(self._key.pub)

    def sign(self, digest: bytes) -> bytes:
        """A DER-encoded, low-S, low-R ECDSA signature (RFC 6979) of a 32-byte digest."""
        if len(digest) != 32:
            raise ValueError("a signature hash is exactly 32 bytes")
        return bytes(self._key.sign(digest))

    def __repr__(self) -> str:
        return f"PrivateKey(public_key={self.public_key.hex()!r})"

    __str__ = __repr__

    def __reduce__(self) -> NoReturn:
        raise TypeError("PrivateKey cannot be pickled; keep the secret where you loaded it from")


def private_key(key: PrivateKey | str, network: NetworkLike | None = None) -> PrivateKey:
    """``key`` as a :class:`PrivateKey`: one already, or its text (64 hex digits, or WIF for
    ``network``). A malformed key is :class:`InvalidKeyError`, whose message never repeats it."""
    if isinstance(key, PrivateKey):
        return key
    if isinstance(key, str):
        return PrivateKey.from_text(key, network)
    raise InvalidKeyError(f"a private key is a PrivateKey or its text, not {type(key).__name__}")
