"""HodlHodl escrow flows: verify before confirming; fetch, verify, sign and post a release."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from coinspec import MissingCredentialError
from coinspec._core.spec import load_spec
from coinspec.hodlhodl import HodlHodl, HodlHodlVerificationError
from coinspec_runtime.bitcoin.bip32 import child_private_key, master_key_from_seed, neuter
from coinspec_runtime.bitcoin.keys import PrivateKey
from coinspec_runtime.bitcoin.multisig import multisig_script, p2sh_p2wsh_address
from coinspec_runtime.bitcoin.transactions import (
    multisig_script_pubkey,
    parse_transaction,
    read_multisig_input,
    verify_input,
)

from ..runtime.test_hodlhodl import (
    BUYER,
    FEE_ADDRESS,
    IN_AMOUNT,
    SELLER,
    SERVER,
    TX_FEE,
    _server_signed,
)

SELLER_XPRV = master_key_from_seed(bytes(range(32)), "testnet")
SELLER_XPUB = neuter(SELLER_XPRV)
INDEX = 7
SELLER_KEY = child_private_key(SELLER_XPRV, INDEX)
SCRIPT = multisig_script(2, [SERVER.public_key, SELLER_KEY.public_key, SERVER.public_key])


def documented_contract() -> dict[str, Any]:
    example = load_spec("hodlhodl").example("get_contract", 200)
    contract: dict[str, Any] = json.loads(json.dumps(example["contract"], default=str))
    return contract


def contract_json(script: Any = SCRIPT) -> dict[str, Any]:
    contract = documented_contract()
    contract.update(id="c1", release_address=BUYER)
    contract["escrow"] = {
        **contract["escrow"],
        "address": p2sh_p2wsh_address(script.script, "testnet"),
        "witness_script": script.hex(),
        "index": INDEX,
    }
    contract["volume_breakdown"] = {
        **contract["volume_breakdown"],
        "goes_to_buyer": "10.78000000",
        "exchange_fee": "0.22000000",
    }
    return contract


class HodlHodlStandIn:
    """Serves a contract and its release transaction, checks what is posted back."""

    def __init__(self, contract: dict[str, Any], release_hex: str) -> None:
        self.contract = contract
        self.release_hex = release_hex
        self.posted: list[str] = []
        self.paths: list[str] = []
        self.queries: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(f"{request.method} {request.url.path}")
        self.queries.append(request.url.query.decode())
        if request.url.path.endswith("_transaction") and request.method == "GET":
            return httpx.Response(
                200,
                json={
                    "status": "success",
                    "transaction": {
                        "contract_id": "c1",
                        "hex": self.release_hex,
                        "in_amounts": [IN_AMOUNT],
                    },
                },
            )
        if request.method == "POST":
            if request.url.path.endswith("_transaction"):
                self.posted.append(json.loads(request.content)["hex"])
            return httpx.Response(
                200,
                json={"status": "success", "contract": {**self.contract, "status": "completed"}},
            )
        return httpx.Response(200, json={"status": "success", "contract": self.contract})


def release(outputs: list[tuple[str, int]] | None = None, script: Any = SCRIPT) -> str:
    return _server_signed(
        outputs or [(BUYER, 1_078_000_000 - TX_FEE), (FEE_ADDRESS, 22_000_000)], script=script
    )


def client(stand_in: HodlHodlStandIn, **options: Any) -> HodlHodl:
    return HodlHodl(
        api_key="k", network="testnet", transport=httpx.MockTransport(stand_in), **options
    )


HEX_KEY = "22" * 32
HEX_SCRIPT = multisig_script(
    2, [SERVER.public_key, PrivateKey.from_hex(HEX_KEY).public_key, SERVER.public_key]
)


@pytest.mark.parametrize(
    ("signing_key", "script"), [(SELLER_XPRV, SCRIPT), (HEX_KEY, HEX_SCRIPT)], ids=["xprv", "hex"]
)
def test_release_escrow_signs_and_posts_a_valid_transaction(signing_key: str, script: Any) -> None:
    stand_in = HodlHodlStandIn(contract_json(script), release(script=script))
    with client(stand_in, escrow_signing_key=signing_key) as hodlhodl:
        contract = hodlhodl.release_escrow(id="c1")
    assert contract.status == "completed"
    (posted,) = stand_in.posted
    tx = parse_transaction(posted)
    verify_input(tx, 0, multisig_script_pubkey("p2sh-p2wsh", script), IN_AMOUNT)
    assert read_multisig_input(tx, 0, amount=IN_AMOUNT).complete
    assert stand_in.paths == [
        "GET /api/v1/contracts/c1",
        "GET /api/v1/contracts/c1/release_transaction",
        "POST /api/v1/contracts/c1/release_transaction",
    ]


TAMPERED: list[tuple[str, Callable[[], tuple[dict[str, Any], str]]]] = [
    (
        "pays another address",
        lambda: (
            contract_json(),
            release([(SELLER, 1_078_000_000 - TX_FEE), (FEE_ADDRESS, 22_000_000)]),
        ),
    ),
    (
        "pays the buyer less",
        lambda: (
            contract_json(),
            release([(BUYER, 1_000_000_000), (FEE_ADDRESS, 100_000_000 - TX_FEE)]),
        ),
    ),
    (
        "a fee above max_fee",
        lambda: (
            contract_json(),
            release([(BUYER, 1_078_000_000 - 50_000), (FEE_ADDRESS, 22_000_000)]),
        ),
    ),
    (
        "an escrow without my key",
        lambda: (
            contract_json(
                multisig_script(2, [SERVER.public_key, SERVER.public_key, SERVER.public_key])
            ),
            release(),
        ),
    ),
]


@pytest.mark.parametrize(("case", "make"), TAMPERED, ids=[t[0] for t in TAMPERED])
def test_release_escrow_refuses_and_posts_nothing(
    case: str, make: Callable[[], tuple[dict[str, Any], str]]
) -> None:
    contract, hex_ = make()
    stand_in = HodlHodlStandIn(contract, hex_)
    with client(stand_in, escrow_signing_key=SELLER_XPRV) as hodlhodl:
        with pytest.raises(HodlHodlVerificationError) as caught:
            hodlhodl.release_escrow(id="c1")
    assert caught.value.check
    assert stand_in.posted == []
    assert SELLER_XPRV not in str(caught.value)


def test_release_escrow_needs_the_signing_key() -> None:
    stand_in = HodlHodlStandIn(contract_json(), release())
    with client(stand_in) as hodlhodl:
        with pytest.raises(MissingCredentialError, match="release_escrow needs escrow_signing_key"):
            hodlhodl.release_escrow(id="c1")
    assert stand_in.paths == []


def test_get_contract_verifies_the_escrow_with_the_xpub() -> None:
    stand_in = HodlHodlStandIn(contract_json(), release())
    with client(stand_in, escrow_xpub=SELLER_XPUB) as hodlhodl:
        assert "verification=on" in repr(hodlhodl)
        assert hodlhodl.get_contract(id="c1").escrow is not None
    bad = contract_json()
    bad["escrow"]["address"] = "2NGYkMS4mfbGVZ4n9qHyxjwTVt8YdYbJE68"
    with client(HodlHodlStandIn(bad, release()), escrow_xpub=SELLER_XPUB) as hodlhodl:
        with pytest.raises(HodlHodlVerificationError) as caught:
            hodlhodl.get_contract(id="c1")
    assert caught.value.check == "escrow.address"


def test_confirm_verified_contract_confirms_only_a_verified_escrow() -> None:
    good = HodlHodlStandIn(contract_json(), release())
    with client(good, escrow_xpub=SELLER_XPUB) as hodlhodl:
        hodlhodl.confirm_verified_contract(id="c1")
    assert good.paths == ["GET /api/v1/contracts/c1", "POST /api/v1/contracts/c1/confirm"]
    other_index = contract_json()
    other_index["escrow"]["index"] = INDEX + 1
    bad = HodlHodlStandIn(other_index, release())
    with client(bad, escrow_xpub=SELLER_XPUB) as hodlhodl:
        with pytest.raises(HodlHodlVerificationError):
            hodlhodl.confirm_verified_contract(id="c1")
    assert bad.paths == ["GET /api/v1/contracts/c1"]


def test_a_contract_without_escrow_yet_passes() -> None:
    fresh = contract_json()
    fresh["escrow"] = copy.deepcopy(fresh["escrow"]) | {
        "address": None,
        "witness_script": None,
        "index": None,
    }
    with client(HodlHodlStandIn(fresh, release()), escrow_xpub=SELLER_XPUB) as hodlhodl:
        hodlhodl.get_contract(id="c1")


def test_refund_escrow_returns_everything_to_my_address() -> None:
    stand_in = HodlHodlStandIn(contract_json(), release([(SELLER, IN_AMOUNT - 1_816)]))
    with client(stand_in, escrow_signing_key=SELLER_XPRV) as hodlhodl:
        hodlhodl.refund_escrow(id="c1", release_address=SELLER)
    (posted,) = stand_in.posted
    verify_input(
        parse_transaction(posted), 0, multisig_script_pubkey("p2sh-p2wsh", SCRIPT), IN_AMOUNT
    )
    assert stand_in.paths[-1] == "POST /api/v1/contracts/c1/refund_transaction"
    assert f"release_address={SELLER}" in stand_in.queries[1]


def test_refund_escrow_refuses_a_refund_to_someone_else() -> None:
    stand_in = HodlHodlStandIn(contract_json(), release([(BUYER, IN_AMOUNT - 1_816)]))
    with client(stand_in, escrow_signing_key=SELLER_XPRV) as hodlhodl:
        with pytest.raises(HodlHodlVerificationError) as caught:
            hodlhodl.refund_escrow(id="c1", release_address=SELLER)
    assert caught.value.check == "refund.outputs"
    assert stand_in.posted == []
