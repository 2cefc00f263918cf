"""Private keys never show up in reprs, logs or exception messages."""

from __future__ import annotations

import logging
import pickle
from typing import Any

import pytest

from coinspec_runtime import VerificationFailed, atomic, hodlhodl
from coinspec_runtime.bitcoin.keys import PrivateKey
from coinspec_runtime.errors import InvalidKeyError

from .atomic_deal import Collateral
from .hodlhodl_deal import Deal
from .independent import Key

SECRET = bytes.fromhex("9f1c2e3d4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff0")
# The same secret in WIF (testnet, compressed), built here so the test does not depend on the module.
_WIF_PAYLOAD = b"\xef" + SECRET + b"\x01"


def _wif() -> str:
    import hashlib

    from bitcointx import base58

    checksum = hashlib.sha256(hashlib.sha256(_WIF_PAYLOAD).digest()).digest()[:4]
    return base58.encode(_WIF_PAYLOAD + checksum)


def _forms() -> list[str]:
    return [SECRET.hex(), SECRET.hex().upper(), _wif(), repr(SECRET), str(list(SECRET))]


def _assert_hidden(text: str) -> None:
    for form in _forms():
        assert form not in text, "a private key leaked"


def test_private_key_text_forms_hide_the_secret() -> None:
    key = PrivateKey(SECRET)
    assert PrivateKey.from_wif(_wif(), "testnet").public_key == key.public_key
    assert PrivateKey.from_hex(SECRET.hex()).public_key == key.public_key
    for text in (repr(key), str(key), f"{key}", f"{key!r}", repr([key]), repr({"k": key})):
        _assert_hidden(text)
        assert key.public_key.hex() in text or "PrivateKey" in text
    with pytest.raises(TypeError):
        pickle.dumps(key)


def test_key_parsing_errors_do_not_echo_the_key() -> None:
    wif = _wif()
    broken = wif[:-1] + ("2" if wif[-1] != "2" else "3")
    for bad in (broken, wif[:-3]):
        with pytest.raises(InvalidKeyError) as info:
            PrivateKey.from_wif(bad)
        _assert_hidden(str(info.value) + repr(info.value))
        assert broken not in str(info.value)
    with pytest.raises(InvalidKeyError) as info:
        PrivateKey.from_wif(wif, "mainnet")
    _assert_hidden(str(info.value))
    with pytest.raises(InvalidKeyError) as info:
        PrivateKey.from_hex(SECRET.hex()[:-2] + "zz")
    _assert_hidden(str(info.value))
    with pytest.raises(InvalidKeyError):
        PrivateKey(b"\xff" * 32)  # above the curve order


def _collect(exc: BaseException) -> str:
    parts = [str(exc), repr(exc), repr(exc.args)]
    while exc.__cause__ or exc.__context__:
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
        parts += [str(exc), repr(exc)]
    return "\n".join(parts)


def test_failed_checks_while_signing_do_not_leak_the_key(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    key = PrivateKey(SECRET)
    deal = Deal(seller=Key(SECRET))
    verified = hodlhodl.verify_release_transaction(
        deal.contract(),
        deal.transaction(),
        network="testnet",
        public_key=key.public_key,
        max_fee=10_000,
        max_fee_rate=100,
    )
    other = Deal()
    other_verified = hodlhodl.verify_release_transaction(
        other.contract(),
        other.transaction(),
        network="testnet",
        public_key=other.me.public_key,
        max_fee=10_000,
        max_fee_rate=100,
    )
    collateral = Collateral(user=Key(SECRET))
    unlock = atomic.verify_unlock_transaction(
        {"raw-transaction": collateral.transaction().hex},
        collateral=collateral.user_body(),
        public_key=key.public_key,
        network="testnet",
        refund_address=collateral.refund_address,
        amount=498_000_000,
        coins=collateral.coins(),
        max_fee=10_000,
        max_fee_rate=100,
    )
    calls: list[Any] = [
        lambda: hodlhodl.sign_release_transaction(other_verified, key),  # another escrow's key
        lambda: hodlhodl.sign_release_transaction(other_verified, SECRET.hex()),
        lambda: hodlhodl.sign_release_transaction(other_verified, _wif()),
        lambda: hodlhodl.sign_release_transaction(verified, SECRET.hex()[:-2] + "zz"),
        lambda: atomic.sign_escrow_transaction(unlock, key),
        lambda: atomic.sign_unlock_transaction(other_verified, key),  # type: ignore[arg-type]
    ]
    for call in calls:
        with pytest.raises((VerificationFailed, ValueError, TypeError)) as info:
            call()
        _assert_hidden(_collect(info.value))
    for record in caplog.records:
        _assert_hidden(record.getMessage())
