"""ATOMIC with your own key in the mock: the collateral, the unlock, timed-unlock and escrow
transactions are built for it, and what your code signs is checked as ATOMIC would check
it, so that unlock_collateral, timed_unlock_collateral and confirm_verified_payment run end
to end (issue #19 item 4)."""

from __future__ import annotations

import asyncio
import hashlib
import re
import secrets
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from coinspec.atomic import AsyncAtomic, Atomic, AtomicVerificationError, BadRequestError
from coinspec.mock import MockServer, deals
from coinspec.mock.deals import test_key as mock_key
from coinspec_runtime.bitcoin.addresses import address_from_script_pubkey, script_pubkey_for_address
from coinspec_runtime.bitcoin.keys import PrivateKey
from coinspec_runtime.bitcoin.multisig import multisig_script, p2sh_p2wsh_script_pubkey
from coinspec_runtime.bitcoin.transactions import (
    add_multisig_signature,
    parse_transaction,
    read_multisig_input,
    segwit_v0_sighash,
    transaction_hex,
    verify_input,
)

from .process import MockProcess, mock_process

USER = "d290f1ee-6c54-4b01-90e6-d701748f0200"  # the documented user
USERS = "/wallet-to-atomic/api/v1/users"
MY_CHANGE = "tb1qfhlu3acnqztwu2ep8mn446f8mfhkyt6u4xq2dd"
MY_PAY_COINS = {"22" * 32 + ":1": 5_000_000}  # my own coins: the mock cannot know them
DOCUMENTED_KEY = "027a478fd4a7c3b8e43cfd2eaf0e439158b2b874dace2b598c585e88f67eeb8655"
DOCUMENTED_UNLOCK = (
    "02000000018e62016f5fe7fad1f7f343cdf900f8c6aad4cd1bef9c2a274334291c3999551c0000000000"
    "feffffff0118c69a3b0000000017a91455f415046dfb9e578426fbcbfb480a66b0782480876e000000"
)
# The flows' defaults: what the mock's fees must stay within.
MAX_FEE = 10_000
MAX_FEE_RATE = 100


@dataclass(frozen=True)
class Key:
    """A fresh key of mine: the text a client takes, and the key."""

    text: str

    @property
    def private(self) -> PrivateKey:
        return PrivateKey.from_hex(self.text)

    @property
    def public_key(self) -> bytes:
        return self.private.public_key


def fresh_key() -> Key:
    return Key(secrets.token_hex(32))


def from_banner(banner: str, name: str) -> str:
    match = re.search(rf"\b{name}=(\S+)", banner)
    assert match, banner
    return match.group(1).rstrip(";")


def mapping_from_banner(banner: str, name: str) -> dict[str, int]:
    """A fact the start-up line shows as key=value,..."""
    return {
        key: int(value)
        for key, _, value in (item.rpartition("=") for item in from_banner(banner, name).split(","))
    }


@dataclass
class Running:
    process: MockProcess
    key: Key

    def client(self) -> Atomic:
        return Atomic(
            base_url=self.process.url,
            user_public_key=self.key.public_key.hex(),
            atomic_public_key=from_banner(self.process.banner, "atomic_public_key"),
            signing_key=self.key.text,
            network="testnet",
        )


@pytest.fixture(scope="module")
def mine() -> Iterator[Running]:
    """The mock process, started for a fresh key of mine, as a user starts it."""
    key = fresh_key()
    with mock_process(
        "atomic",
        "--option", f"user_public_key={key.public_key.hex()}",
        "--option", "network=testnet",
    ) as process:  # fmt: skip
        yield Running(process, key)


# -- the three flows, end to end against the mock process -------------------------------


def test_unlock_collateral_runs_end_to_end_against_the_mock_process(mine: Running) -> None:
    banner = mine.process.banner
    with mine.client() as client:
        client.unlock_collateral(
            user_id=USER,
            amount=150_000_000,
            refund_address=from_banner(banner, "refund_address"),
            coins=mapping_from_banner(banner, "collateral_coins"),
        )
    mine.process.wait_for_log(f"PUT {USERS}/{USER}/unlock 201")


def test_timed_unlock_collateral_runs_end_to_end_against_the_mock_process(
    mine: Running,
) -> None:
    banner = mine.process.banner
    with mine.client() as client:
        client.timed_unlock_collateral(
            user_id=USER,
            amount=40_000_000,
            lock_time=900_000,
            refund_address=from_banner(banner, "refund_address"),
            coins=mapping_from_banner(banner, "collateral_coins"),
        )
    mine.process.wait_for_log(f"PUT {USERS}/{USER}/unlock/timed 201")


def test_confirm_verified_payment_runs_end_to_end_against_the_mock_process(
    mine: Running,
) -> None:
    banner = mine.process.banner
    with mine.client() as client:
        client.confirm_verified_payment(
            user_id=USER,
            payment_id="p-17",
            escrow_address=from_banner(banner, "escrow_address"),
            escrow_amount=int(from_banner(banner, "escrow_amount")),
            collateral_coins=mapping_from_banner(banner, "collateral_coins"),
            payment_outputs=mapping_from_banner(banner, "payment_outputs"),
            pay_coins=MY_PAY_COINS,
            change_address=MY_CHANGE,
        )
    mine.process.wait_for_log(f"PUT {USERS}/{USER}/payments/p-17 201")


def test_another_key_is_refused_by_the_client_and_nothing_is_signed(mine: Running) -> None:
    banner = mine.process.banner
    other = fresh_key()
    with Atomic(
        base_url=mine.process.url,
        user_public_key=other.public_key.hex(),
        signing_key=other.text,
        network="testnet",
    ) as client:
        with pytest.raises(AtomicVerificationError, match="appears 0 times in the script"):
            client.unlock_collateral(
                user_id="u-other",
                amount=1_000_000,
                refund_address=from_banner(banner, "refund_address"),
                coins=mapping_from_banner(banner, "collateral_coins"),
            )
    mine.process.wait_for_log(f"GET {USERS}/u-other 200")  # the user, whose collateral failed
    assert not [line for line in mine.process.log if f"{USERS}/u-other/" in line]


def test_the_start_up_line_names_what_the_flows_take(mine: Running) -> None:
    coins = mapping_from_banner(mine.process.banner, "collateral_coins")
    assert coins and all(re.fullmatch(r"[0-9a-f]{64}:\d+", outpoint) for outpoint in coins)
    assert all(amount > 0 for amount in coins.values())
    assert int(from_banner(mine.process.banner, "escrow_amount")) > 0


# -- what the mock builds, and what it receives, checked ---------------------------------


@pytest.fixture
def server() -> Iterator[tuple[MockServer, str, Key]]:
    key = fresh_key()
    mock = MockServer(
        "atomic", options={"user_public_key": key.public_key.hex(), "network": "testnet"}
    )
    url = mock.start()
    try:
        yield mock, url, key
    finally:
        mock.stop()


def client_for(url: str, key: Key, **extra: Any) -> Atomic:
    return Atomic(
        base_url=url,
        user_public_key=key.public_key.hex(),
        signing_key=key.text,
        network="testnet",
        max_retries=0,
        **extra,
    )


def countersigned(mock: MockServer, key: Key, raw: str) -> tuple[Any, list[int]]:
    """``raw`` with the mock's ATOMIC signature added (as ATOMIC completes the 2-of-2),
    every input through the script interpreter with the real amount of the coin it spends."""
    coins = mock.app.facts["collateral_coins"]
    script = multisig_script(2, [mock_key("atomic").public_key, key.public_key])
    tx = parse_transaction(raw)
    amounts = []
    for i, txin in enumerate(tx.vin):
        amount = coins[f"{bytes(txin.prevout.hash)[::-1].hex()}:{txin.prevout.n}"]
        state = read_multisig_input(tx, i, form="p2sh-p2wsh", script=script, amount=amount)
        assert key.public_key in state.signed_by and not state.complete
        tx = add_multisig_signature(tx, i, mock_key("atomic"), amount=amount, verified=state)
        amounts.append(amount)
    for i, amount in enumerate(amounts):
        verify_input(tx, i, p2sh_p2wsh_script_pubkey(script.script), amount)
    return tx, amounts


def submitted(mock: MockServer, field: str) -> str:
    posted = mock.app.received[-1]
    assert posted.method == "PUT"
    value: str = httpx.Response(200, content=posted.body).json()[field]
    return value


def fee_of(tx: Any, amounts: list[int]) -> int:
    return sum(amounts) - sum(int(out.nValue) for out in tx.vout)


@pytest.mark.parametrize(
    ("flow", "field", "lock_time"),
    [
        ("unlock_collateral", "partially-signed-unlock-tx", None),
        ("timed_unlock_collateral", "partially-signed-tx", 1_900_000_000),
    ],
)
def test_the_signed_unlock_is_complete_with_atomics_signature(
    server: tuple[MockServer, str, Key], flow: str, field: str, lock_time: int | None
) -> None:
    mock, url, key = server
    facts = mock.app.facts
    refund = facts["refund_address"]
    amount = 1_050_000_000  # more than the first coin holds: both are spent
    timed = {} if lock_time is None else {"lock_time": lock_time}
    with client_for(url, key) as client:
        getattr(client, flow)(
            user_id=USER,
            amount=amount,
            refund_address=refund,
            coins=facts["collateral_coins"],
            **timed,
        )
    tx, amounts = countersigned(mock, key, submitted(mock, field))
    assert len(amounts) == 2
    assert tx.nLockTime == (lock_time or 0)
    if lock_time is not None:
        assert any(txin.nSequence < 0xFFFFFFFF for txin in tx.vin)
    refund_script = script_pubkey_for_address(refund, "testnet")
    assert [int(o.nValue) for o in tx.vout if bytes(o.scriptPubKey) == refund_script] == [amount]
    fee = fee_of(tx, amounts)
    assert 0 < fee <= MAX_FEE and fee <= MAX_FEE_RATE * tx.get_virtual_size()


def test_the_signed_escrow_is_complete_with_atomics_signature(
    server: tuple[MockServer, str, Key],
) -> None:
    mock, url, key = server
    facts = mock.app.facts
    with client_for(url, key) as client:
        client.confirm_verified_payment(
            user_id=USER,
            payment_id="p-1",
            escrow_address=facts["escrow_address"],
            escrow_amount=facts["escrow_amount"],
            collateral_coins=facts["collateral_coins"],
            payment_outputs=facts["payment_outputs"],
            pay_coins=MY_PAY_COINS,
            change_address=MY_CHANGE,
        )
    tx, amounts = countersigned(mock, key, submitted(mock, "partially-signed-escrow-transaction"))
    escrow_script = script_pubkey_for_address(facts["escrow_address"], "testnet")
    paid = [int(o.nValue) for o in tx.vout if bytes(o.scriptPubKey) == escrow_script]
    assert paid == [facts["escrow_amount"]]
    assert tx.nLockTime == 0 and all(txin.nSequence == 0xFFFFFFFF for txin in tx.vin)
    fee = fee_of(tx, amounts)
    assert 0 < fee <= MAX_FEE and fee <= MAX_FEE_RATE * tx.get_virtual_size()
    pay = parse_transaction(submitted(mock, "fully-signed-pay-transaction"))
    for address, value in facts["payment_outputs"].items():
        script = script_pubkey_for_address(address, "testnet")
        assert [int(o.nValue) for o in pay.vout if bytes(o.scriptPubKey) == script] == [value]


def test_coins_given_as_an_option_are_the_ones_spent() -> None:
    key = fresh_key()
    coin = "ab" * 32 + ":7"
    with MockServer(
        "atomic",
        options={
            "user_public_key": key.public_key.hex(),
            "network": "testnet",
            "collateral_coins": f"{coin}=30000000",
        },
    ) as url:
        with client_for(url, key) as client:
            client.unlock_collateral(
                user_id=USER,
                amount=30_000_000,  # all of it: the fee comes out of the amount
                refund_address="2NF1qc9L4j1tyfqzzLdRzRqoVftHznSeC6K",
                coins={coin: 30_000_000},
            )


def test_many_coins_spent_at_once_stay_within_the_flows_default_max_fee() -> None:
    key = fresh_key()
    coins = {f"{i:064x}:0": 1_000_000 for i in range(1, 13)}
    options = {
        "user_public_key": key.public_key.hex(),
        "network": "testnet",
        "collateral_coins": ",".join(f"{o}={a}" for o, a in coins.items()),
    }
    server = MockServer("atomic", options=options)
    url = server.start()
    try:
        with client_for(url, key) as client:
            client.unlock_collateral(
                user_id=USER,
                amount=11_900_000,  # all but one coin's worth is not enough: all twelve
                refund_address=server.app.facts["refund_address"],
                coins=coins,
            )
        tx, amounts = countersigned(server, key, submitted(server, "partially-signed-unlock-tx"))
    finally:
        server.stop()
    assert len(amounts) == 12
    assert 0 < fee_of(tx, amounts) <= MAX_FEE


def test_unlocks_pay_the_refund_address_i_registered(
    server: tuple[MockServer, str, Key],
) -> None:
    mock, url, key = server
    with client_for(url, key) as client:
        client.create_user(
            user_id="u-mine",
            body={"public-key": key.public_key.hex(), "refund-address": MY_CHANGE},
        )
        client.unlock_collateral(
            user_id="u-mine",
            amount=2_000_000,
            refund_address=MY_CHANGE,
            coins=mock.app.facts["collateral_coins"],
        )
        # Another user's unlock still pays the document's refund address: not mine.
        with pytest.raises(AtomicVerificationError, match="which is neither"):
            client.unlock_collateral(
                user_id=USER,
                amount=2_000_000,
                refund_address=MY_CHANGE,
                coins=mock.app.facts["collateral_coins"],
            )
    assert mock.app.received[-1].method == "GET"  # nothing was submitted for it


def test_my_async_timed_unlock_runs_too(server: tuple[MockServer, str, Key]) -> None:
    mock, url, key = server
    facts = mock.app.facts

    async def unlock() -> None:
        async with AsyncAtomic(
            base_url=url,
            user_public_key=key.public_key.hex(),
            signing_key=key.text,
            network="testnet",
        ) as client:
            await client.timed_unlock_collateral(
                user_id=USER,
                amount=3_000_000,
                lock_time=1_900_000_000,
                refund_address=facts["refund_address"],
                coins=facts["collateral_coins"],
            )

    asyncio.run(unlock())
    tx, _ = countersigned(mock, key, submitted(mock, "partially-signed-tx"))
    assert tx.nLockTime == 1_900_000_000


def test_what_the_mock_remembers_of_users_is_bounded(
    server: tuple[MockServer, str, Key], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(deals, "USERS_KEPT", 2)
    mock, url, key = server
    addresses = {
        user: address_from_script_pubkey(
            b"\x00\x14" + hashlib.sha256(user.encode()).digest()[:20], "testnet"
        )
        for user in ("u-1", "u-2", "u-3")
    }
    with client_for(url, key) as client:
        for user, address in addresses.items():
            client.create_user(
                user_id=user, body={"public-key": key.public_key.hex(), "refund-address": address}
            )

        def pays(user: str) -> set[bytes]:
            raw = client.get_on_demand_unlock(user_id=user, body={"amount": 1_000_000})
            assert raw.raw_transaction is not None
            return {bytes(o.scriptPubKey) for o in parse_transaction(raw.raw_transaction).vout}

        newest, oldest = pays("u-3"), pays("u-1")
    assert script_pubkey_for_address(addresses["u-3"], "testnet") in newest
    # u-1 was forgotten: its unlock pays the document's refund address again.
    assert script_pubkey_for_address(mock.app.facts["refund_address"], "testnet") in oldest


# -- what the mock refuses, as ATOMIC would --------------------------------------------


def offered_unlock(url: str, key: Key, amount: int = 5_000_000) -> str:
    with client_for(url, key) as client:
        answer = client.get_on_demand_unlock(user_id=USER, body={"amount": amount})
    assert answer.raw_transaction is not None
    return answer.raw_transaction


def my_signature(mock: MockServer, key: Key, raw: str) -> str:
    coins = mock.app.facts["collateral_coins"]
    script = multisig_script(2, [mock_key("atomic").public_key, key.public_key])
    tx = parse_transaction(raw)
    for i, txin in enumerate(tx.vin):
        amount = coins[f"{bytes(txin.prevout.hash)[::-1].hex()}:{txin.prevout.n}"]
        tx = add_multisig_signature(
            tx, i, key.private, form="p2sh-p2wsh", script=script, amount=amount, interpret=False
        )
    return transaction_hex(tx)


def submit_unlock(url: str, key: Key, raw: str) -> None:
    with client_for(url, key) as client:
        client.submit_on_demand_unlock(user_id=USER, body={"partially-signed-unlock-tx": raw})


def test_my_signature_of_the_offered_unlock_is_accepted(
    server: tuple[MockServer, str, Key],
) -> None:
    mock, url, key = server
    submit_unlock(url, key, my_signature(mock, key, offered_unlock(url, key)))
    assert mock.app.received[-1].method == "PUT"


def test_an_unlock_without_my_signature_is_refused(
    server: tuple[MockServer, str, Key],
) -> None:
    _, url, key = server
    with pytest.raises(BadRequestError, match="holds no signature of your key"):
        submit_unlock(url, key, offered_unlock(url, key))


def test_a_signature_of_another_key_is_refused(
    server: tuple[MockServer, str, Key],
) -> None:
    from bitcointx.core import CMutableTransaction, CTransaction, CTxInWitness
    from bitcointx.core.script import CScriptWitness

    mock, url, key = server
    coins = mock.app.facts["collateral_coins"]
    script = multisig_script(2, [mock_key("atomic").public_key, key.public_key]).script
    signed = parse_transaction(my_signature(mock, key, offered_unlock(url, key)))
    # In my slot, a valid signature of the same transaction by another key.
    other = fresh_key().private
    forged = CMutableTransaction.from_instance(signed)
    for i, txin in enumerate(signed.vin):
        amount = coins[f"{bytes(txin.prevout.hash)[::-1].hex()}:{txin.prevout.n}"]
        signature = other.sign(segwit_v0_sighash(signed, i, script, amount)) + b"\x01"
        stack = [
            b"" if item == b"" else signature
            for item in signed.wit.vtxinwit[i].scriptWitness.stack[:-1]
        ]
        forged.wit.vtxinwit[i] = CTxInWitness(CScriptWitness([*stack, script]))  # type: ignore[call-overload]
    with pytest.raises(BadRequestError, match="is not valid for any remaining key of the script"):
        submit_unlock(url, key, transaction_hex(CTransaction.from_instance(forged)))


def test_a_transaction_the_mock_did_not_hand_out_is_refused_though_i_signed_it(
    server: tuple[MockServer, str, Key],
) -> None:
    from bitcointx.core import CMutableTransaction, CTransaction

    mock, url, key = server
    offered = parse_transaction(offered_unlock(url, key))
    changed = CMutableTransaction.from_instance(offered)
    changed.vout[0].nValue -= 1_000  # a bigger fee than the one offered
    raw = transaction_hex(CTransaction.from_instance(changed))
    with pytest.raises(BadRequestError, match="not the unlock transaction this mock handed out"):
        submit_unlock(url, key, my_signature(mock, key, raw))


def test_a_transaction_spending_other_coins_is_refused(
    server: tuple[MockServer, str, Key],
) -> None:
    from bitcointx.core import CMutableTransaction, COutPoint, CTransaction

    _, url, key = server
    offered = parse_transaction(offered_unlock(url, key))
    changed = CMutableTransaction.from_instance(offered)
    changed.vin[0].prevout = COutPoint(bytes(32), 0)
    raw = transaction_hex(CTransaction.from_instance(changed))
    with pytest.raises(BadRequestError, match="which is not a coin of your private collateral"):
        submit_unlock(url, key, raw)


def test_registering_another_public_key_is_refused(
    server: tuple[MockServer, str, Key],
) -> None:
    _, url, key = server
    with client_for(url, key) as client:
        with pytest.raises(BadRequestError, match="is not the key this mock keeps the collateral"):
            client.create_user(
                user_id="u-2",
                body={"public-key": fresh_key().public_key.hex(), "refund-address": MY_CHANGE},
            )


def test_an_unlock_of_more_than_the_collateral_holds_is_refused_with_what_it_holds(
    server: tuple[MockServer, str, Key],
) -> None:
    mock, url, _ = server
    total = sum(mock.app.facts["collateral_coins"].values())
    answer = httpx.request(
        "GET", url + f"{USERS}/{USER}/unlock", json={"amount": total + 1}, timeout=30
    )
    assert answer.status_code == 403
    assert answer.headers["X-Coinspec-Mock"] == "request-refused"
    assert f"holds {total} sats in 2 coins" in answer.json()["mock_error"]


def test_a_payment_the_collateral_cannot_fund_is_refused_and_unlocks_still_run() -> None:
    key = fresh_key()
    coin = "cd" * 32 + ":0"
    options = {
        "user_public_key": key.public_key.hex(),
        "network": "testnet",
        "collateral_coins": f"{coin}=1000000",
    }
    with MockServer("atomic", options=options) as url:
        answer = httpx.get(url + f"{USERS}/{USER}/payments/p-1", timeout=30)
        with client_for(url, key) as client:
            client.unlock_collateral(
                user_id=USER,
                amount=600_000,
                refund_address="2NF1qc9L4j1tyfqzzLdRzRqoVftHznSeC6K",
                coins={coin: 1_000_000},
            )
    assert answer.status_code == 409
    assert "the escrow of 200000000 sats cannot be paid" in answer.json()["mock_error"]


def test_a_pay_transaction_that_pays_less_than_the_payment_is_refused(
    server: tuple[MockServer, str, Key],
) -> None:
    from bitcointx.core import CMutableTransaction, CTransaction

    mock, url, key = server
    facts = mock.app.facts
    with client_for(url, key) as client:
        client.confirm_verified_payment(
            user_id=USER,
            payment_id="p-2",
            escrow_address=facts["escrow_address"],
            escrow_amount=facts["escrow_amount"],
            collateral_coins=facts["collateral_coins"],
            payment_outputs=facts["payment_outputs"],
            pay_coins=MY_PAY_COINS,
            change_address=MY_CHANGE,
        )
    honest = httpx.Response(200, content=mock.app.received[-1].body).json()
    ((address, amount),) = facts["payment_outputs"].items()
    pay = CMutableTransaction.from_instance(
        parse_transaction(honest["fully-signed-pay-transaction"])
    )
    paying = script_pubkey_for_address(address, "testnet")
    for out in pay.vout:
        if bytes(out.scriptPubKey) == paying:
            out.nValue -= 1
    cheating = {
        **honest,
        "fully-signed-pay-transaction": transaction_hex(CTransaction.from_instance(pay)),
    }
    answer = httpx.put(url + f"{USERS}/{USER}/payments/p-2", json=cheating, timeout=30)
    again = httpx.put(url + f"{USERS}/{USER}/payments/p-2", json=honest, timeout=30)
    assert answer.status_code == 400
    assert f"does not pay {amount} sats to {address} once" in answer.json()["mock_error"]
    assert again.status_code == 201


def test_an_escrow_signed_before_any_payment_was_asked_for_is_refused(
    server: tuple[MockServer, str, Key],
) -> None:
    from bitcointx.core import CMutableTransaction, COutPoint, CTransaction, CTxIn, CTxOut
    from bitcointx.core.script import CScript

    mock, url, _ = server
    facts = mock.app.facts
    outpoint, held = next(iter(facts["collateral_coins"].items()))
    txid, _, vout = outpoint.partition(":")
    escrow = CMutableTransaction(
        [CTxIn(COutPoint(bytes.fromhex(txid)[::-1], int(vout)))],
        [
            CTxOut(
                facts["escrow_amount"],
                CScript(script_pubkey_for_address(facts["escrow_address"], "testnet")),
            )
        ],
    )
    answer = httpx.put(
        url + f"{USERS}/{USER}/payments/p-3",
        json={
            "fully-signed-pay-transaction": "00",
            "partially-signed-escrow-transaction": transaction_hex(
                CTransaction.from_instance(escrow)
            ),
        },
        timeout=30,
    )
    assert held > facts["escrow_amount"]
    assert answer.status_code == 400
    assert (
        "not the escrow transaction this mock handed out (none was asked for yet)"
        in (answer.json()["mock_error"])
    )


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ("collateral_coins=nonsense", "option collateral_coins: 'nonsense' is not <txid>"),
        ("user_public_key=02" + "00" * 32, "option user_public_key"),
        ("escrow_amount=-5", "option escrow_amount"),
    ],
)
def test_a_wrong_option_stops_the_mock_at_start_naming_it(option: str, message: str) -> None:
    options = (
        []
        if option.startswith("user_public_key")
        else ["--option", f"user_public_key={fresh_key().public_key.hex()}"]
    )
    result = subprocess.run(
        [sys.executable, "-m", "coinspec.mock", "atomic", "--port", "0", *options, "--option", option],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


# -- the documents' keys ------------------------------------------------------------------


@pytest.mark.parametrize("options", [{}, {"user_public_key": DOCUMENTED_KEY}])
def test_the_documented_key_gets_the_documented_examples(options: dict[str, str]) -> None:
    with MockServer("atomic", options={"network": "testnet", **options}) as url:
        answer = httpx.request(
            "GET", url + f"{USERS}/{USER}/unlock", json={"amount": 498000000}, timeout=30
        )
        refused_nothing = httpx.put(
            url + f"{USERS}/{USER}/unlock",
            json={"partially-signed-unlock-tx": "00"},
            timeout=30,
        )
    assert answer.json()["raw-transaction"] == DOCUMENTED_UNLOCK
    assert refused_nothing.status_code == 201  # no deal in play: nothing is checked


def test_the_testing_pages_atomic_example_runs() -> None:
    page = (Path(__file__).resolve().parents[2] / "docs" / "testing.md").read_text()
    (block,) = [
        b for b in re.findall(r"```python\n(.*?)```", page, flags=re.DOTALL) if "Atomic(" in b
    ]
    key = fresh_key()
    scope: dict[str, Any] = {"my_private_key": key.text, "my_public_key": key.public_key.hex()}
    exec(compile(block, "docs/testing.md", "exec"), scope)
    server = scope["server"]
    assert [(r.method, r.path.rsplit("/", 1)[-1]) for r in server.app.received][-1] == (
        "PUT",
        "unlock",
    )
