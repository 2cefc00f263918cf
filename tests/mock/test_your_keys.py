"""Your own keys in the mock: escrows, collateral and server-signed transactions built for
them, so that your release code runs end to end (issue #19 item 4)."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys

import httpx
import pytest

from coinspec.atomic import Atomic, AtomicVerificationError
from coinspec.hodlhodl import HodlHodl, HodlHodlVerificationError
from coinspec.mock import MockServer
from coinspec_runtime.bitcoin.addresses import address_from_script_pubkey
from coinspec_runtime.bitcoin.bip32 import master_key_from_seed, neuter
from coinspec_runtime.bitcoin.keys import PrivateKey
from coinspec_runtime.bitcoin.multisig import p2sh_p2wsh_script_pubkey
from coinspec_runtime.bitcoin.transactions import parse_transaction, verify_input

from .process import mock_process

MY_XPRV = master_key_from_seed(hashlib.sha256(b"my own hodlhodl account").digest(), "testnet")
MY_XPUB = neuter(MY_XPRV)
OTHER_XPUB = neuter(master_key_from_seed(hashlib.sha256(b"someone else").digest(), "testnet"))
CONTRACT = "ypnTAScVMSrc1f59"  # the documented contract, whose escrow is not published yet
MY_ATOMIC_KEY = PrivateKey.from_hex(hashlib.sha256(b"my own atomic key").hexdigest())


def service_key(first_lines: str, option: str) -> str:
    match = re.search(rf"{option}=([0-9a-f]{{66}})", first_lines)
    assert match, first_lines
    return match.group(1)


def test_my_release_runs_end_to_end_against_the_mock_process() -> None:
    options = ["--option", f"escrow_xpub={MY_XPUB}", "--option", "network=testnet"]
    with mock_process("hodlhodl", *options) as mock:
        pinned = service_key(mock.banner, "hodlhodl_public_key")
        with HodlHodl(
            base_url=mock.url,
            api_key="test",
            escrow_xpub=MY_XPUB,
            escrow_signing_key=MY_XPRV,
            hodlhodl_public_key=pinned,
            network="testnet",
        ) as client:
            client.confirm_verified_contract(id=CONTRACT)  # the escrow holds my key
            released = client.release_escrow(id=CONTRACT)  # verified, signed and posted
        posted = mock.wait_for_log(f"POST /contracts/{CONTRACT}/release_transaction 200")
    assert released.status is not None
    assert "sign_release_transaction" in posted


def test_the_signed_release_spends_the_escrow_the_client_verified() -> None:
    server = MockServer("hodlhodl", options={"escrow_xpub": MY_XPUB, "network": "testnet"})
    url = server.start()
    try:
        with HodlHodl(
            base_url=url,
            api_key="test",
            escrow_xpub=MY_XPUB,
            escrow_signing_key=MY_XPRV,
            network="testnet",
        ) as client:
            escrow = client.get_contract(id="c7").escrow
            assert escrow is not None and escrow.witness_script is not None
            client.release_escrow(id="c7")
        posted = server.app.received[-1]
        offered = httpx.get(
            url + "/contracts/c7/release_transaction", headers={"Authorization": "Bearer test"}
        ).json()["transaction"]
    finally:
        server.stop()
    assert (posted.method, posted.path) == ("POST", "/contracts/c7/release_transaction")
    signed = parse_transaction(httpx.Response(200, content=posted.body).json()["hex"])
    escrow_script_pubkey = p2sh_p2wsh_script_pubkey(bytes.fromhex(escrow.witness_script))
    # The script interpreter accepts it: the mock's HodlHodl signature and mine, on my escrow.
    verify_input(signed, 0, escrow_script_pubkey, offered["in_amounts"][0])


def test_my_refund_runs_too_paying_my_address() -> None:
    mine = "tb1qfhlu3acnqztwu2ep8mn446f8mfhkyt6u4xq2dd"
    server = MockServer("hodlhodl", options={"escrow_xpub": MY_XPUB, "network": "testnet"})
    url = server.start()
    try:
        with HodlHodl(
            base_url=url,
            api_key="test",
            escrow_xpub=MY_XPUB,
            escrow_signing_key=MY_XPRV,
            network="testnet",
        ) as client:
            client.refund_escrow(id="c8", release_address=mine)
        posted = server.app.received[-1]
    finally:
        server.stop()
    assert (posted.method, posted.path) == ("POST", "/contracts/c8/refund_transaction")
    signed = parse_transaction(httpx.Response(200, content=posted.body).json()["hex"])
    assert [address_from_script_pubkey(bytes(o.scriptPubKey), "testnet") for o in signed.vout] == [
        mine
    ]


def test_someone_elses_xpub_is_refused_by_the_client() -> None:
    with MockServer("hodlhodl", options={"escrow_xpub": MY_XPUB, "network": "testnet"}) as url:
        with HodlHodl(
            base_url=url, api_key="t", escrow_xpub=OTHER_XPUB, network="testnet"
        ) as client:
            with pytest.raises(HodlHodlVerificationError, match="is not in the witness script"):
                client.get_contract(id=CONTRACT)


def test_a_pinned_key_the_mock_does_not_sign_with_is_refused_at_start() -> None:
    result = subprocess.run(
        [
            sys.executable, "-m", "coinspec.mock", "hodlhodl",
            "--option", f"escrow_xpub={MY_XPUB}",
            "--option", "hodlhodl_public_key=02" + "11" * 32,
        ],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 2
    assert "the mock signs as the service with its own test key" in result.stderr
    assert "Traceback" not in result.stderr


def test_my_collateral_verifies_and_another_key_does_not() -> None:
    mine = MY_ATOMIC_KEY.public_key.hex()
    with mock_process(
        "atomic", "--option", f"user_public_key={mine}", "--option", "network=testnet"
    ) as mock:
        pinned = service_key(mock.banner, "atomic_public_key")
        with Atomic(
            base_url=mock.url, user_public_key=mine, atomic_public_key=pinned, network="testnet"
        ) as client:
            user = client.get_user(user_id="d290f1ee-6c54-4b01-90e6-d701748f0200")
        other = PrivateKey.from_hex(hashlib.sha256(b"not mine").hexdigest()).public_key.hex()
        with Atomic(base_url=mock.url, user_public_key=other, network="testnet") as client:
            with pytest.raises(AtomicVerificationError):
                client.get_user(user_id="d290f1ee-6c54-4b01-90e6-d701748f0200")
    assert user is not None


def test_the_documented_keys_get_the_documented_examples() -> None:
    with MockServer("hodlhodl", options={"network": "testnet"}) as url:
        plain = httpx.get(
            url + f"/contracts/{CONTRACT}", headers={"Authorization": "Bearer t"}
        ).json()
    assert plain["contract"]["escrow"]["address"] is None  # as documented: not published yet
