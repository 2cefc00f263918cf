"""coinspec: typed Python clients of crypto-service APIs, generated from hand-written specs.

Import a service package:

- ``coinspec.atomic``: ``Atomic`` and ``AsyncAtomic`` (Wallet to ATOMIC APIs)
- ``coinspec.coinjoin``: ``CoinJoin`` and ``AsyncCoinJoin`` (CoinJoin API)
- ``coinspec.cryptocoinpro``: ``CryptoCoinPro`` and ``AsyncCryptoCoinPro`` (CryptoCoin.Pro Public API)
- ``coinspec.hodlhodl``: ``HodlHodl`` and ``AsyncHodlHodl`` (HodlHodl API)
- ``coinspec.swapgate``: ``Swapgate`` and ``AsyncSwapgate`` (Swapgate API)
"""

from ._core.errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    CoinspecError,
    MissingCredentialError,
    ResponseValidationError,
    VerificationError,
)

__version__ = "0.1.0"
__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "CoinspecError",
    "MissingCredentialError",
    "ResponseValidationError",
    "VerificationError",
]
