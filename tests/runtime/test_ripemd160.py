"""python-bitcointx's HASH160 gives the same digests with OpenSSL's RIPEMD-160 as without."""

from __future__ import annotations

import bitcointx.core._ripemd160 as pure_module
import pytest
from bitcointx.core.serialize import Hash160

from coinspec_runtime import _ripemd160

# From the RIPEMD-160 paper (Dobbertin, Bosselaers, Preneel).
VECTORS = [
    (b"", "9c1185a5c5e9fc54612808977ee8f548b2258d31"),
    (b"a", "0bdc9d2d256b3ee9daae347be6f4dc835a467ffe"),
    (b"message digest", "5d0689ef49d2fae572b881b123a85ffa21595f36"),
    (b"1234567890" * 8, "9b752e45573d4b39f4dbd3323cab82bf63326bfb"),
]


@pytest.mark.parametrize(("data", "digest"), VECTORS)
def test_ripemd160_vectors(data: bytes, digest: str) -> None:
    assert _ripemd160.ripemd160(data).hex() == digest
    assert pure_module.ripemd160(data).hex() == digest


def test_hash160_of_a_public_key() -> None:
    # BIP-0016/P2PKH textbook value: the generator point's compressed key.
    key = bytes.fromhex("0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798")
    assert Hash160(key).hex() == "751e76e8199196d454941c45d1b3a323f1433bd6"
