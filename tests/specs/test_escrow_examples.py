"""The specs' escrow examples are consistent: every escrow verifies for the side its contract
names, and the release and refund examples verify against the escrows they spend and, once
signed with the example account's key, pass the script interpreter. They are rebuilt from
the keys of example_keys (the documents' own repeat a key; specs/hodlhodl.yaml says so)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from coinspec_runtime import hodlhodl
from coinspec_runtime.bitcoin.multisig import parse_multisig_script
from generator.loader import load_specs

from ..runtime.independent import Spent, judge, p2sh_p2wsh_script_pubkey
from . import example_keys as keys

ROOT = Path(__file__).resolve().parents[2]
HODLHODL = next(s for s in load_specs(ROOT / "specs") if s.path.name == "hodlhodl.yaml").data


def _option_example(name: str) -> str:
    return str(next(o["example"] for o in HODLHODL["x-client-options"] if o["name"] == name))


def _contracts(node: Any) -> Iterator[dict[str, Any]]:
    """Every contract object in the spec's examples."""
    if isinstance(node, dict):
        if "your_role" in node and isinstance(node.get("escrow"), dict):
            yield node
        for value in node.values():
            yield from _contracts(value)
    elif isinstance(node, list):
        for value in node:
            yield from _contracts(value)


CONTRACTS = [c for c in _contracts(HODLHODL["paths"]) if c["escrow"].get("witness_script")]


def _example(path: str, method: str) -> dict[str, Any]:
    media = HODLHODL["paths"][path][method]["responses"]["200"]["content"]["application/json"]
    example: dict[str, Any] = media["example"]
    return example


def test_the_examples_use_the_example_keys() -> None:
    assert _option_example("escrow_xpub") == keys.USER_XPUB
    assert _option_example("hodlhodl_public_key") == keys.HODLHODL_KEY.public_key.hex()
    assert len(CONTRACTS) == 9


@pytest.mark.parametrize("contract", CONTRACTS, ids=[c["id"] for c in CONTRACTS])
def test_every_example_escrow_verifies_for_its_side(contract: dict[str, Any]) -> None:
    escrow = contract["escrow"]
    script = parse_multisig_script(escrow["witness_script"])
    assert len(set(script.pubkeys)) == 3
    assert bytes.fromhex(escrow["witness_script"]) == keys.escrow_script(
        contract["your_role"], escrow["index"]
    )
    verified = hodlhodl.verify_contract(
        contract,
        network="testnet",
        xpub=keys.USER_XPUB,
        hodlhodl_public_key=keys.HODLHODL_KEY.public_key.hex(),
    )
    assert verified.escrow is not None and verified.escrow.role == contract["your_role"]


def _contract(contract_id: str) -> dict[str, Any]:
    return next(c for c in CONTRACTS if c["id"] == contract_id)


def test_the_release_example_spends_its_contracts_escrow_and_signs_valid() -> None:
    contract = _contract(keys.RELEASE.contract_id)
    transaction = _example("/contracts/{id}/release_transaction", "get")["transaction"]
    assert {k: transaction[k] for k in ("hex", "in_amounts")} == keys.RELEASE.transaction()
    verified = hodlhodl.verify_release_transaction(
        contract,
        transaction,
        network="testnet",
        xpub=keys.USER_XPUB,
        hodlhodl_public_key=keys.HODLHODL_KEY.public_key.hex(),
        max_fee=10_000,
        max_fee_rate=100,
    )
    assert verified.fee == 2_119
    signed = hodlhodl.sign_release_transaction(verified, keys.USER_XPRV)
    spent = p2sh_p2wsh_script_pubkey(bytes.fromhex(contract["escrow"]["witness_script"]))
    judge(signed, [Spent(spent, 1_100_000_000)])


def test_the_refund_example_spends_its_contracts_escrow_and_signs_valid() -> None:
    contract = _contract(keys.REFUND.contract_id)
    operation = HODLHODL["paths"]["/contracts/{id}/refund_transaction"]["get"]
    release_address = next(p for p in operation["parameters"] if p["name"] == "release_address")[
        "example"
    ]
    transaction = _example("/contracts/{id}/refund_transaction", "get")["transaction"]
    verified = hodlhodl.verify_refund_transaction(
        contract,
        transaction,
        release_address=release_address,
        network="testnet",
        xpub=keys.USER_XPUB,
        max_fee=10_000,
        max_fee_rate=100,
    )
    assert verified.fee == 1_816
    signed = hodlhodl.sign_refund_transaction(verified, keys.user_key(keys.REFUND.index).hex)
    spent = p2sh_p2wsh_script_pubkey(bytes.fromhex(contract["escrow"]["witness_script"]))
    judge(signed, [Spent(spent, 1_100_000_000)])
