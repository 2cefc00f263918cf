"""libsecp256k1 comes from coincurve's wheel, not from the system."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import bitcointx
import coincurve

import coinspec_runtime
from coinspec_runtime._secp256k1 import library_path


def test_library_is_coincurves_bundled_copy() -> None:
    path = Path(library_path())
    assert path.parent == Path(coincurve.__file__).parent
    assert path.name.startswith("_libsecp256k1")
    assert bitcointx.get_custom_secp256k1_path() == str(path)


def test_signing_works_when_no_system_library_can_be_found() -> None:
    # ctypes.util.find_library is how python-bitcointx looks for a system copy; make it find nothing.
    program = (
        "import ctypes.util\n"
        "ctypes.util.find_library = lambda name: None\n"
        "import coinspec_runtime\n"
        "from coinspec_runtime.bitcoin.keys import PrivateKey\n"
        "from coinspec_runtime.bitcoin.transactions import verify_signature\n"
        "key = PrivateKey(bytes(range(1, 33)))\n"
        "digest = bytes(32)\n"
        "assert verify_signature(key.public_key, digest, key.sign(digest))\n"
        "print('signed')\n"
    )
    src = str(Path(coinspec_runtime.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "signed"
