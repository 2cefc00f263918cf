"""m-of-n scripts in the given key order, and their P2SH / P2SH-P2WSH outputs."""

from __future__ import annotations

import pytest

from coinspec_runtime.bitcoin.keys import PrivateKey
from coinspec_runtime.bitcoin.multisig import (
    multisig_script,
    p2sh_address,
    p2sh_p2wsh_address,
    p2sh_p2wsh_redeem_script,
    p2sh_p2wsh_script_pubkey,
    p2sh_script_pubkey,
    p2wsh_address,
    parse_multisig_script,
)
from coinspec_runtime.errors import TransactionError

from . import runtime_vectors as v

# BIP143 "P2SH-P2WSH" example: a 6-of-6 witness script and its redeem script / scriptPubKey.
BIP143_WITNESS_SCRIPT = (
    "56210307b8ae49ac90a048e9b53357a2354b3334e9c8bee813ecb98e99a7e07e8c3ba32103b28f0c28bfab54554ae8c658ac5c3e0ce6e79ad"
    "336331f78c428dd43eea8449b21034b8113d703413d57761b8b9781957b8c0ac1dfe69f492580ca4195f50376ba4a21033400f6afecb8330"
    "92a9a21cfdf1ed1376e58c5d1f47de74683123987e967a8f42103a6d48b1131e94ba04d9737d61acdaa1322008af9602b3b14862c07a1789a"
    "ac162102d8b661b0b3302ee2f162b09e07a55ad5dfbe673a9f01d9f0c19617681024306b56ae"
)


def _keys(n: int) -> list[bytes]:
    return [PrivateKey(bytes([i + 1]) * 32).public_key for i in range(n)]


def test_keys_stay_in_the_given_order() -> None:
    keys = _keys(3)
    unsorted = [keys[2], keys[0], keys[1]]
    assert unsorted != sorted(unsorted)
    script = multisig_script(2, unsorted)
    assert script.pubkeys == tuple(unsorted)
    assert script.script == bytes([0x52]) + b"".join(b"\x21" + k for k in unsorted) + bytes(
        [0x53, 0xAE]
    )
    other_order = multisig_script(2, sorted(unsorted))
    assert p2sh_p2wsh_address(script.script, "testnet") != p2sh_p2wsh_address(
        other_order.script, "testnet"
    )


def test_parse_round_trip_and_positions() -> None:
    keys = _keys(3)
    script = multisig_script(2, [keys[0], keys[1], keys[1]])
    parsed = parse_multisig_script(script.hex())
    assert (parsed.m, parsed.n, parsed.pubkeys) == (2, 3, script.pubkeys)
    assert parsed.positions_of(keys[1]) == [1, 2]
    assert parsed.positions_of(keys[2]) == []


def test_bip143_p2sh_p2wsh_vector() -> None:
    script = parse_multisig_script(BIP143_WITNESS_SCRIPT)
    assert (script.m, script.n) == (6, 6)
    assert p2sh_p2wsh_redeem_script(script.script).hex() == (
        "0020a16b5755f7f6f96dbd65f5f0d6ab9418b89af4b1f14a1bb8a09062c35f0dcb54"
    )
    assert (
        p2sh_p2wsh_script_pubkey(script.script).hex()
        == "a9149993a429037b5d912407a71c252019287b8d27a587"
    )


@pytest.mark.parametrize(("address", "witness_script"), v.HODLHODL_ESCROWS)
def test_hodlhodl_document_escrow_addresses_are_p2sh_p2wsh(
    address: str, witness_script: str
) -> None:
    assert p2sh_p2wsh_address(witness_script, "testnet") == address
    assert p2sh_address(witness_script, "testnet") != address


def test_atomic_collateral_is_p2sh_p2wsh_of_its_redeem_script() -> None:
    script = v.ATOMIC_COLLATERAL["private-collateral-redeem-script"]
    assert (
        p2sh_p2wsh_address(script, "testnet") == v.ATOMIC_COLLATERAL["private-collateral-address"]
    )
    assert (
        p2sh_p2wsh_script_pubkey(script).hex()
        == v.ATOMIC_COLLATERAL["private-collateral-script-pub-key"]
    )
    assert p2sh_address(script, "testnet") != v.ATOMIC_COLLATERAL["private-collateral-address"]


def test_atomic_transactions_spend_legacy_p2sh() -> None:
    # The escrow transaction returns its change to P2SH of the redeem script it spends.
    assert p2sh_address(v.ATOMIC_ESCROW_REDEEM, "testnet") == v.ATOMIC_ESCROW_P2SH
    assert p2sh_address(v.ATOMIC_UNLOCK_REDEEM, "testnet") == v.ATOMIC_UNLOCK_P2SH
    assert (
        p2sh_script_pubkey(v.ATOMIC_ESCROW_REDEEM).hex()
        == "a914119cd81d4e3c2fab3e7edb5556ddaf5d1df8932487"
    )


def test_p2wsh_address_is_bech32() -> None:
    assert p2wsh_address(multisig_script(1, _keys(1)).script, "mainnet").startswith("bc1q")


@pytest.mark.parametrize(
    "script",
    [
        "",
        "52ae",
        "5121" + "02" + "00" * 32 + "51ae",  # not a point on the curve
        "52" + "21" + _keys(1)[0].hex() + "51ae",  # 2-of-1
        "51" + "21" + _keys(1)[0].hex() + "52ae",  # says 2 keys, holds 1
        "51" + "21" + _keys(1)[0].hex() + "51ac",  # CHECKSIG, not CHECKMULTISIG
        "51" + "20" + _keys(1)[0].hex()[2:] + "51ae",  # 32-byte push
        "51" + "21" + _keys(1)[0].hex() + "51ae00",  # trailing byte
        "zz",
    ],
)
def test_malformed_scripts_are_refused(script: str) -> None:
    with pytest.raises(TransactionError):
        parse_multisig_script(script)


def test_uncompressed_keys_refused_where_segwit_needs_compressed() -> None:
    assert parse_multisig_script(v.ATOMIC_UNLOCK_REDEEM).pubkeys[0].hex() == v.ATOMIC_UNLOCK_KEY1
    with pytest.raises(TransactionError, match="compressed"):
        parse_multisig_script(v.ATOMIC_UNLOCK_REDEEM, compressed_only=True)


def test_bad_m() -> None:
    with pytest.raises(TransactionError):
        multisig_script(3, _keys(2))
    with pytest.raises(TransactionError):
        multisig_script(0, _keys(2))
