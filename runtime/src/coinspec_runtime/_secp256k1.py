"""Point python-bitcointx at the libsecp256k1 that coincurve's wheel bundles.

python-bitcointx loads libsecp256k1 with ctypes and, left alone, looks for a
system copy. coincurve's PyPI wheels ship the library as
``coincurve/_libsecp256k1.<abi>.so`` (it exports the ``secp256k1_*`` symbols),
so ``pip install coinspec-runtime`` is enough on a machine that has no system
library. This module must be imported before anything touches
``bitcointx.core.key``; the package ``__init__`` imports it first.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import bitcointx
import bitcointx.core.secp256k1 as _bitcointx_secp256k1

__all__ = ["library_path"]

_PATTERNS = ("_libsecp256k1*.so", "_libsecp256k1*.dylib", "_libsecp256k1*.dll", "libsecp256k1*.dll")


def _find_coincurve_library() -> str:
    spec = importlib.util.find_spec("coincurve")
    if spec is None or spec.origin is None:
        raise ImportError(
            "coinspec_runtime needs the 'coincurve' wheel, which bundles libsecp256k1; "
            "install it with: pip install 'coincurve>=21'"
        )
    package_dir = Path(spec.origin).parent
    for pattern in _PATTERNS:
        for candidate in sorted(package_dir.glob(pattern)):
            if candidate.is_file():
                return str(candidate)
    raise ImportError(
        f"coincurve is installed at {package_dir} but holds no bundled libsecp256k1; "
        "reinstall coincurve from a PyPI wheel"
    )


def _configure() -> str:
    custom = bitcointx.get_custom_secp256k1_path()
    if custom is not None:
        # Someone (a test, an application) chose a library explicitly: respect it.
        return custom
    path = _find_coincurve_library()
    if _bitcointx_secp256k1._secp256k1 is None:
        bitcointx.set_custom_secp256k1_path(path)
    # Load now, so a broken installation fails at import and not at the first signature.
    _bitcointx_secp256k1.get_secp256k1()
    return path


_LIBRARY_PATH = _configure()


def library_path() -> str:
    """The file python-bitcointx loaded libsecp256k1 from."""
    return _LIBRARY_PATH
