"""Give python-bitcointx OpenSSL's RIPEMD-160 where the machine has it.

python-bitcointx ships a pure-Python RIPEMD-160 (OpenSSL 3 may leave the algorithm out),
far slower than OpenSSL's (bench/NOTES.md has the figures); every HASH160 of an address or
script check goes through it. Where
``hashlib`` offers ripemd160 and agrees with the pure version on the published test
vector, python-bitcointx uses it instead; elsewhere nothing changes.
"""

from __future__ import annotations

import hashlib

import bitcointx.core._ripemd160 as _pure
import bitcointx.core.serialize as _serialize

__all__ = ["ripemd160", "using_openssl"]

_VECTOR = (b"abc", "8eb208f7e05d987a9b044a8e98c6b087f15a0bfc")  # from the RIPEMD-160 paper


def _openssl_ripemd160(data: bytes) -> bytes:
    return hashlib.new("ripemd160", data).digest()


def _available() -> bool:
    try:
        return (
            _openssl_ripemd160(_VECTOR[0]).hex() == _VECTOR[1] == _pure.ripemd160(_VECTOR[0]).hex()
        )
    except ValueError:  # "unsupported hash type": no legacy provider
        return False


using_openssl = _available()
ripemd160 = _openssl_ripemd160 if using_openssl else _pure.ripemd160
if using_openssl:
    _pure.ripemd160 = _openssl_ripemd160  # scripteval looks it up on the module at call time
    setattr(_serialize, "ripemd160", _openssl_ripemd160)  # noqa: B010  (Hash160 imported the name; the module does not export it)
