"""The BIP143 signature hash, right for every nLockTime: the runtime's, and python-bitcointx's
after the runtime corrects it, against an implementation written from the BIP (independent)."""

from __future__ import annotations

import secrets

import pytest
from bitcointx.core import CTransaction
from bitcointx.core.script import SIGVERSION_WITNESS_V0, CScript, SignatureHash

import coinspec_runtime._bip143 as bip143
from coinspec_runtime.bitcoin.transactions import parse_transaction, segwit_v0_sighash

from .independent import Key as FreshKey
from .independent import Tx, TxIn, TxOut, bip143_sighash, multisig, random_txid

HASHTYPES = [0x01, 0x02, 0x03, 0x81, 0x82, 0x83]
LOCK_TIMES = [0, 1, 499_999_999, 500_000_000, 2**31 - 1, 2**31, 2_208_988_800, 2**32 - 1]


def _random_tx(lock_time: int) -> Tx:
    inputs = tuple(
        TxIn(random_txid(), secrets.randbelow(5), sequence=secrets.randbits(32)) for _ in range(3)
    )
    outputs = tuple(
        TxOut(secrets.randbelow(10**9), b"\x00\x14" + secrets.token_bytes(20)) for _ in range(2)
    )
    return Tx(inputs, outputs, version=secrets.choice([1, 2, 0xFFFFFFFF]), lock_time=lock_time)


@pytest.mark.parametrize("lock_time", LOCK_TIMES)
def test_signature_hashes_match_the_bip_for_every_lock_time(lock_time: int) -> None:
    script = multisig(2, [FreshKey().public_key, FreshKey().public_key])
    for _ in range(3):
        tx = _random_tx(lock_time)
        parsed = parse_transaction(tx.hex)
        for index in range(3):
            for hashtype in HASHTYPES:
                expected = bip143_sighash(tx, index, script, 123_456_789, hashtype)
                assert segwit_v0_sighash(parsed, index, script, 123_456_789, hashtype) == expected
                # python-bitcointx's own entry point (which its script interpreter uses) agrees.
                assert (
                    SignatureHash(
                        CScript(script),
                        parsed,
                        index,
                        hashtype,  # type: ignore[arg-type]
                        amount=123_456_789,
                        sigversion=SIGVERSION_WITNESS_V0,
                    )
                    == expected
                )


def test_unpatched_python_bitcointx_fails_where_the_fix_is_needed() -> None:
    """The reason for the patch, kept as a test: the original packs nLockTime signed."""
    tx: CTransaction = parse_transaction(_random_tx(2**31).hex)
    with pytest.raises(Exception, match="format requires"):
        bip143._original(CScript(b"\x51"), tx, 0, 1, amount=1, sigversion=SIGVERSION_WITNESS_V0)
    below = parse_transaction(_random_tx(2**31 - 1).hex)
    assert bip143._original(
        CScript(b"\x51"), below, 0, 1, amount=1, sigversion=SIGVERSION_WITNESS_V0
    ) == bip143._raw_signature_hash(CScript(b"\x51"), below, 0, 1, 1, SIGVERSION_WITNESS_V0)


def test_another_python_bitcointx_version_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import bitcointx

    monkeypatch.setattr(bitcointx, "__version__", "1.1.6")
    with pytest.raises(ImportError, match=r"python-bitcointx==1\.1\.5"):
        bip143._install()


def test_the_pin_in_the_distribution_is_the_patched_version() -> None:
    from pathlib import Path

    pyproject = Path(__file__).resolve().parents[2] / "runtime" / "pyproject.toml"
    assert f'"python-bitcointx=={bip143.PATCHED_VERSION}"' in pyproject.read_text()
