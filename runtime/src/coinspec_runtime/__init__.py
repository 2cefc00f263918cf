"""coinspec_runtime: the bitcoin, HMAC and JWT code that coinspec's generated clients call.

Importing the package first points python-bitcointx at the libsecp256k1 that
coincurve's wheel bundles, so no system library is needed, and corrects its BIP143
signature hash for lock times of 2^31 and more (see ``_bip143``).
"""

from __future__ import annotations

from . import (
    _bip143,  # noqa: F401  (BIP143 hashes right for nLockTime >= 2^31, in python-bitcointx too)
    _ripemd160,  # noqa: F401  (a fast HASH160 for python-bitcointx where OpenSSL has it)
    _secp256k1,  # noqa: F401  (must run before bitcointx.core.key is used)
)
from ._version import __version__  # written by the build from the repository's VERSION
from .errors import AddressError, InvalidKeyError, TransactionError, VerificationFailed

__all__ = [
    "AddressError",
    "InvalidKeyError",
    "TransactionError",
    "VerificationFailed",
    "__version__",
]
