"""coinspec: typed Python clients of crypto-service APIs, generated from hand-written specs.

Import a service package (``coinspec.hodlhodl``, ``coinspec.swapgate``, ...): each gives a
sync and an async client, its models and its errors. What every service shares is here.
"""

# The distribution is built from two trees: this hand-written one (sdk/src/coinspec) and the
# generated service packages (generated/src/coinspec). Installed from a wheel they are one
# folder; in a development checkout both are on sys.path, and this joins them into one package.
__path__ = __import__("pkgutil").extend_path(__path__, __name__)

from ._core.errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    ClientClosedError,
    CoinspecError,
    ConfigurationError,
    MissingCredentialError,
    PaginationError,
    RequestError,
    ResponseTooLargeError,
    ResponseValidationError,
    VerificationError,
)
from ._core.pagination import AsyncPage, AsyncPager, SyncPage, SyncPager
from ._core.response import RawResponse
from ._version import __version__  # generated from the repository's VERSION file

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPage",
    "AsyncPager",
    "ClientClosedError",
    "CoinspecError",
    "ConfigurationError",
    "MissingCredentialError",
    "PaginationError",
    "RawResponse",
    "RequestError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "SyncPage",
    "SyncPager",
    "VerificationError",
    "__version__",
]
