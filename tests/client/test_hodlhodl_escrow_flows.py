"""HodlHodl's verified flows against a stand-in server: confirm only a verified escrow;
fetch, verify, sign and post a release or refund. Every refusal names its check, and the
stand-in's log shows that nothing was posted: only the GETs before the refusal."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from coinspec import MissingCredentialError
from coinspec._core.spec import load_spec
from coinspec.hodlhodl import AsyncHodlHodl, HodlHodl, HodlHodlVerificationError

from ..runtime.hodlhodl_deal import (
    EXCHANGE_FEE,
    GOES_TO_BUYER,
    INDEX,
    TX_FEE,
    Account,
    Deal,
    account_deal,
)
from ..runtime.independent import Key, TxOut, judge, p2wpkh_script_pubkey

CONTRACT = "GET /api/v1/contracts/c1"
RELEASE_TX = "GET /api/v1/contracts/c1/release_transaction"
REFUND_TX = "GET /api/v1/contracts/c1/refund_transaction"
CONFIRM = "POST /api/v1/contracts/c1/confirm"
POST_RELEASE = "POST /api/v1/contracts/c1/release_transaction"
POST_REFUND = "POST /api/v1/contracts/c1/refund_transaction"


def documented(contract: dict[str, Any]) -> dict[str, Any]:
    """``contract``'s fields over the spec's "Getting contract" example: a whole contract as
    HodlHodl sends it, with the deal's role, amounts and escrow."""
    example = load_spec("hodlhodl").example("get_contract", 200)["contract"]
    whole: dict[str, Any] = json.loads(json.dumps(example, default=str))
    escrow = contract.get("escrow")
    whole.update({k: v for k, v in contract.items() if k != "escrow"})
    whole["escrow"] = {**whole["escrow"], **escrow} if isinstance(escrow, dict) else escrow
    return whole


class HodlHodlStandIn:
    """Serves one contract and its release/refund transaction; records every request."""

    def __init__(self, contract: dict[str, Any], transaction: dict[str, Any]) -> None:
        self.contract = documented(contract)
        self.transaction = transaction
        self.requests: list[str] = []
        self.queries: list[str] = []
        self.posted: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(f"{request.method} {request.url.path}")
        self.queries.append(request.url.query.decode())
        if request.url.path.endswith("_transaction") and request.method == "GET":
            return httpx.Response(200, json={"status": "success", "transaction": self.transaction})
        if request.method == "POST":
            if request.url.path.endswith("_transaction"):
                self.posted.append(json.loads(request.content)["hex"])
            done = {**self.contract, "status": "completed"}
            return httpx.Response(200, json={"status": "success", "contract": done})
        return httpx.Response(200, json={"status": "success", "contract": self.contract})


def client(stand_in: HodlHodlStandIn, user: Account, **options: Any) -> HodlHodl:
    settings: dict[str, Any] = {"escrow_xpub": user.xpub, "escrow_signing_key": user.xprv}
    settings.update(options)
    settings = {k: v for k, v in settings.items() if v is not None}
    return HodlHodl(
        api_key="k", network="testnet", transport=httpx.MockTransport(stand_in), **settings
    )


# ---- the honest flows --------------------------------------------------------------------------


@pytest.mark.parametrize("signing", ["xprv", "hex", "wif"])
def test_release_escrow_as_the_seller_signs_and_posts_a_valid_transaction(signing: str) -> None:
    deal, user = account_deal("seller")
    stand_in = HodlHodlStandIn(deal.contract(), deal.transaction())
    key = {"xprv": user.xprv, "hex": user.key.hex, "wif": _wif(user.key)}[signing]
    with client(stand_in, user, escrow_signing_key=key) as hodlhodl:
        contract = hodlhodl.release_escrow(id="c1")
    assert contract.status == "completed"
    (posted,) = stand_in.posted
    judge(posted, deal.spent())
    assert stand_in.requests == [CONTRACT, RELEASE_TX, POST_RELEASE]


def _wif(key: Key) -> str:
    import hashlib

    from bitcointx import base58

    from coinspec_runtime.bitcoin.keys import PrivateKey

    payload = b"\xef" + key.secret + b"\x01"
    assert PrivateKey(key.secret).public_key == key.public_key
    return str(
        base58.encode(payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4])
    )


def test_release_disputed_escrow_as_the_buyer_pays_my_address() -> None:
    deal, user = account_deal("buyer")
    stand_in = HodlHodlStandIn(deal.contract(), deal.transaction())
    with client(stand_in, user) as hodlhodl:
        hodlhodl.release_disputed_escrow(id="c1", release_address=deal.buyer_address)
    (posted,) = stand_in.posted
    judge(posted, deal.spent())
    assert stand_in.requests == [CONTRACT, RELEASE_TX, POST_RELEASE]


def test_refund_escrow_returns_everything_to_my_address() -> None:
    deal, user = account_deal("seller")
    stand_in = HodlHodlStandIn(deal.contract(), deal.transaction(deal.refund_outputs()))
    with client(stand_in, user) as hodlhodl:
        hodlhodl.refund_escrow(id="c1", release_address=deal.seller_address)
    (posted,) = stand_in.posted
    judge(posted, deal.spent())
    assert stand_in.requests == [CONTRACT, REFUND_TX, POST_REFUND]
    assert f"release_address={deal.seller_address}" in stand_in.queries[1]


def test_release_escrow_with_the_hodlhodl_key_pinned() -> None:
    deal, user = account_deal("seller")
    stand_in = HodlHodlStandIn(deal.contract(), deal.transaction())
    with client(stand_in, user, hodlhodl_public_key=deal.hodlhodl.public_key.hex()) as hodlhodl:
        hodlhodl.release_escrow(id="c1")
    assert len(stand_in.posted) == 1


def test_async_release_escrow() -> None:
    deal, user = account_deal("seller")
    stand_in = HodlHodlStandIn(deal.contract(), deal.transaction())

    async def run() -> None:
        async with AsyncHodlHodl(
            api_key="k",
            network="testnet",
            escrow_xpub=user.xpub,
            escrow_signing_key=user.xprv,
            transport=httpx.MockTransport(stand_in),
        ) as hodlhodl:
            await hodlhodl.release_escrow(id="c1")

    asyncio.run(run())
    (posted,) = stand_in.posted
    judge(posted, deal.spent())


# ---- refusals: nothing signed, nothing posted -----------------------------------------------------

Make = Callable[[Deal], tuple[dict[str, Any], dict[str, Any]]]


def _repeated_key(deal: Deal) -> tuple[dict[str, Any], dict[str, Any]]:
    script = deal.script(
        [deal.hodlhodl.public_key, deal.seller.public_key, deal.hodlhodl.public_key]
    )
    return deal.contract(deal.escrow(script)), deal.transaction(script=script)


REFUSED: list[tuple[str, str, Make, dict[str, Any]]] = [
    (
        "pays the buyer less, HodlHodl more",
        "release.outputs",
        lambda d: (
            d.contract(),
            d.transaction(
                [
                    TxOut(GOES_TO_BUYER - 1_002_119, d.buyer_script),
                    TxOut(EXCHANGE_FEE + 1_000_000, d.fee_script),
                ]
            ),
        ),
        {},
    ),
    (
        "an extra output",
        "release.outputs",
        lambda d: (
            d.contract(),
            d.transaction(
                [
                    *d.release_outputs(TX_FEE + 546),
                    TxOut(546, p2wpkh_script_pubkey(Key().public_key)),
                ]
            ),
        ),
        {},
    ),
    (
        "a fee above max_fee",
        "release.fee",
        lambda d: (d.contract(), d.transaction(d.release_outputs(50_000))),
        {},
    ),
    (
        "a fee rate above max_fee_rate",
        "release.fee_rate",
        lambda d: (d.contract(), d.transaction(d.release_outputs(9_000))),
        {"max_fee_rate": 20},
    ),
    (
        "a future lock time",
        "release.lock_time",
        lambda d: (d.contract(), d.transaction(lock_time=2**31 + 1, sequence=0xFFFFFFFE)),
        {},
    ),
    (
        "a relative lock",
        "release.sequence",
        lambda d: (d.contract(), d.transaction(version=2, sequence=0x0000FFFF)),
        {},
    ),
    (
        "signed by a stranger",
        "release.server_signature",
        lambda d: (d.contract(), d.transaction(signer=Key())),
        {},
    ),
    ("an escrow that repeats HodlHodl's key", "escrow.witness_script", _repeated_key, {}),
    (
        "an escrow not yet published",
        "contract.escrow",
        lambda d: (
            d.contract(d.escrow(address=None, witness_script=None, index=None)),
            d.transaction(),
        ),
        {},
    ),
    # get_contract's own check refuses first: my key is in the seller's place, not the buyer's.
    (
        "a contract that says I am the buyer",
        "escrow.witness_script",
        lambda d: ({**d.contract(), "your_role": "buyer"}, d.transaction()),
        {},
    ),
    (
        "garbage instead of a transaction",
        "release.hex",
        lambda d: (d.contract(), {**d.transaction(), "hex": "00" * 10}),
        {},
    ),
]


@pytest.mark.parametrize(
    ("case", "check", "make", "arguments"), REFUSED, ids=[r[0] for r in REFUSED]
)
def test_release_escrow_refuses_and_posts_nothing(
    case: str, check: str, make: Make, arguments: dict[str, Any]
) -> None:
    deal, user = account_deal("seller")
    stand_in = HodlHodlStandIn(*make(deal))
    with client(stand_in, user) as hodlhodl:
        with pytest.raises(HodlHodlVerificationError) as caught:
            hodlhodl.release_escrow(id="c1", **arguments)
    assert caught.value.check == check, str(caught.value)
    assert stand_in.posted == []
    assert not any(r.startswith("POST") for r in stand_in.requests), stand_in.requests
    assert user.xprv not in str(caught.value) and user.key.hex not in str(caught.value)


def test_release_disputed_escrow_refuses_a_payout_to_someone_else() -> None:
    deal, user = account_deal("buyer")
    elsewhere = [
        TxOut(GOES_TO_BUYER - TX_FEE, p2wpkh_script_pubkey(Key().public_key)),
        TxOut(EXCHANGE_FEE, deal.fee_script),
    ]
    stand_in = HodlHodlStandIn(deal.contract(), deal.transaction(elsewhere))
    with client(stand_in, user) as hodlhodl:
        with pytest.raises(HodlHodlVerificationError) as caught:
            hodlhodl.release_disputed_escrow(id="c1", release_address=deal.buyer_address)
    assert caught.value.check == "release.outputs"
    assert stand_in.requests == [CONTRACT, RELEASE_TX]


def test_refund_escrow_refuses_a_refund_to_someone_else() -> None:
    deal, user = account_deal("seller")
    stand_in = HodlHodlStandIn(
        deal.contract(), deal.transaction([TxOut(1_099_998_184, deal.buyer_script)])
    )
    with client(stand_in, user) as hodlhodl:
        with pytest.raises(HodlHodlVerificationError) as caught:
            hodlhodl.refund_escrow(id="c1", release_address=deal.seller_address)
    assert caught.value.check == "refund.outputs"
    assert stand_in.requests == [CONTRACT, REFUND_TX]


def test_a_signing_key_that_does_not_belong_to_the_xpub_signs_nothing() -> None:
    deal, user = account_deal("seller")
    stand_in = HodlHodlStandIn(deal.contract(), deal.transaction())
    with client(stand_in, user, escrow_signing_key=Key().hex) as hodlhodl:
        with pytest.raises(ValueError, match="the key the escrow was verified for"):
            hodlhodl.release_escrow(id="c1")
    assert stand_in.posted == []


def test_the_flows_need_their_options() -> None:
    deal, user = account_deal("seller")
    stand_in = HodlHodlStandIn(deal.contract(), deal.transaction())
    with client(stand_in, user, escrow_signing_key=None) as hodlhodl:
        with pytest.raises(MissingCredentialError, match="release_escrow needs escrow_signing_key"):
            hodlhodl.release_escrow(id="c1")
    with client(stand_in, user, escrow_xpub=None) as hodlhodl:
        with pytest.raises(
            MissingCredentialError, match="confirm_verified_contract needs escrow_xpub"
        ):
            hodlhodl.confirm_verified_contract(id="c1")
    assert stand_in.requests == []


# ---- get_contract's verification, and confirming -----------------------------------------------------


def test_get_contract_verifies_a_published_escrow() -> None:
    deal, user = account_deal("seller")
    with client(HodlHodlStandIn(deal.contract(), {}), user) as hodlhodl:
        assert "verification=on" in repr(hodlhodl)
        assert hodlhodl.get_contract(id="c1").escrow is not None
    bad = deal.contract(deal.escrow(address="2NGYkMS4mfbGVZ4n9qHyxjwTVt8YdYbJE68"))
    with client(HodlHodlStandIn(bad, {}), user) as hodlhodl:
        with pytest.raises(HodlHodlVerificationError) as caught:
            hodlhodl.get_contract(id="c1")
    assert caught.value.check == "escrow.address"


def test_get_contract_returns_a_contract_whose_escrow_is_not_published_yet() -> None:
    deal, user = account_deal("seller")
    pending = deal.contract(deal.escrow(address=None, witness_script=None, index=None))
    with client(HodlHodlStandIn(pending, {}), user) as hodlhodl:
        contract = hodlhodl.get_contract(id="c1")
    assert contract.escrow is not None and contract.escrow.address is None


def test_get_contract_refuses_an_escrow_without_the_pinned_hodlhodl_key() -> None:
    deal, user = account_deal("seller")
    with client(
        HodlHodlStandIn(deal.contract(), {}), user, hodlhodl_public_key=Key().public_key.hex()
    ) as hodlhodl:
        with pytest.raises(HodlHodlVerificationError) as caught:
            hodlhodl.get_contract(id="c1")
    assert caught.value.check == "escrow.hodlhodl_key"


def test_confirm_verified_contract_confirms_a_verified_escrow() -> None:
    deal, user = account_deal("buyer")
    stand_in = HodlHodlStandIn(deal.contract(), {})
    with client(stand_in, user, escrow_signing_key=None) as hodlhodl:
        hodlhodl.confirm_verified_contract(id="c1")
    assert stand_in.requests == [CONTRACT, CONFIRM]


@pytest.mark.parametrize(
    ("case", "check", "escrow"),
    [
        (
            "empty escrow",
            "contract.escrow",
            {"address": None, "witness_script": None, "index": None},
        ),
        ("my key at another index", "escrow.witness_script", {"index": INDEX + 1}),
        ("no index", "escrow.index", {"index": None}),
    ],
)
def test_confirm_verified_contract_refuses_and_confirms_nothing(
    case: str, check: str, escrow: dict[str, Any]
) -> None:
    deal, user = account_deal("seller")
    stand_in = HodlHodlStandIn(deal.contract(deal.escrow(**escrow)), {})
    with client(stand_in, user) as hodlhodl:
        with pytest.raises(HodlHodlVerificationError) as caught:
            hodlhodl.confirm_verified_contract(id="c1")
    assert caught.value.check == check
    assert stand_in.requests == [CONTRACT]
    if check == "contract.escrow":
        assert "nothing to verify" in str(caught.value)


def test_confirm_verified_contract_refuses_the_documents_repeated_key_escrow() -> None:
    deal, user = account_deal("seller")
    contract, _ = _repeated_key(deal)
    stand_in = HodlHodlStandIn(contract, {})
    with client(stand_in, user) as hodlhodl:
        with pytest.raises(HodlHodlVerificationError) as caught:
            hodlhodl.confirm_verified_contract(id="c1")
    assert caught.value.check == "escrow.witness_script"
    assert stand_in.requests == [CONTRACT]


def test_a_signed_release_that_fails_the_script_interpreter_is_not_posted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Defense in depth: were the signer broken, the interpreter stops the post."""
    from coinspec_runtime.bitcoin.keys import PrivateKey

    original = PrivateKey.sign
    monkeypatch.setattr(PrivateKey, "sign", lambda self, digest: original(self, bytes(32)))
    deal, user = account_deal("seller")
    stand_in = HodlHodlStandIn(deal.contract(), deal.transaction())
    with client(stand_in, user) as hodlhodl:
        with pytest.raises(HodlHodlVerificationError) as caught:
            hodlhodl.release_escrow(id="c1")
    assert caught.value.check == "release.script"
    assert stand_in.posted == [] and stand_in.requests == [CONTRACT, RELEASE_TX]
