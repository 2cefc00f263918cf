"""A hostile escrow service against the verified flows, through the client and a loopback
stand-in that records what it received: each attack ends in the service's verification error
naming the check, with nothing confirmed, signed or posted that the user did not verify, and
the same stand-in serving the honest data goes through."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from coinspec.atomic import AtomicVerificationError
from coinspec.hodlhodl import HodlHodlVerificationError

from ..runtime.atomic_deal import Collateral
from ..runtime.hodlhodl_deal import INDEX, Deal, account_deal, address, child_key
from ..runtime.independent import TxOut, judge, multisig, p2sh_p2wsh_script_pubkey
from .test_atomic_unlock_flows import UNLOCK, USER, AtomicStandIn, _unlock, atomic
from .test_hodlhodl_escrow_flows import (
    CONFIRM,
    CONTRACT,
    POST_RELEASE,
    RELEASE_TX,
    HodlHodlStandIn,
    client,
    documented,
)


def _hodlhodl_only_escrow(deal: Deal) -> dict[str, Any]:
    script = multisig(1, [deal.hodlhodl.public_key])
    return deal.escrow(script, address=address(p2sh_p2wsh_script_pubkey(script)))


# ---- one contract, two versions -------------------------------------------------------------------


def test_an_escrow_hiding_the_verified_one_is_not_confirmed() -> None:
    # Before: get_contract's check and the flow's read the escrow nested inside the one the
    # client returns, so the contract was confirmed and handed over with HodlHodl's address.
    deal, user = account_deal("seller")
    hidden = {**_hodlhodl_only_escrow(deal), "escrow": deal.escrow()}
    stand_in = HodlHodlStandIn(deal.contract(hidden), deal.transaction())
    with client(stand_in, user) as hodlhodl:
        with pytest.raises(HodlHodlVerificationError) as refused:
            hodlhodl.confirm_verified_contract(id="c1")
        assert refused.value.check == "contract.escrow", str(refused.value)
        with pytest.raises(HodlHodlVerificationError):
            hodlhodl.get_contract(id="c1")
    assert stand_in.requests == [CONTRACT, CONTRACT]


def test_a_release_against_a_hidden_contract_is_not_signed() -> None:
    deal, user = account_deal("seller")
    hidden = {**deal.contract(_hodlhodl_only_escrow(deal)), "contract": deal.contract()}
    stand_in = HodlHodlStandIn(hidden, deal.transaction())
    with client(stand_in, user) as hodlhodl:
        with pytest.raises(HodlHodlVerificationError) as refused:
            hodlhodl.release_escrow(id="c1")
    # get_contract checks the contract it returns (its escrow is HodlHodl's alone); the
    # flow's own check, given that contract, refuses the copy hidden in it.
    assert refused.value.check == "escrow.witness_script", str(refused.value)
    assert stand_in.posted == [] and POST_RELEASE not in stand_in.requests


def test_the_honest_contract_is_confirmed_and_released() -> None:
    deal, user = account_deal("seller")
    stand_in = HodlHodlStandIn(deal.contract(), deal.transaction())
    with client(stand_in, user) as hodlhodl:
        confirmed = hodlhodl.confirm_verified_contract(id="c1")
        hodlhodl.release_escrow(id="c1")
    assert confirmed.escrow.address == deal.escrow()["address"]
    assert stand_in.requests == [CONTRACT, CONFIRM, CONTRACT, RELEASE_TX, POST_RELEASE]
    judge(stand_in.posted[0], deal.spent())


# ---- another contract in this one's name ----------------------------------------------------------


class SubstitutingStandIn(HodlHodlStandIn):
    """Answers the contract's confirmation with ``confirmed`` (another escrow, another id)."""

    def __init__(self, contract: dict[str, Any], transaction: dict[str, Any], confirmed: Any):
        super().__init__(contract, transaction)
        self.confirmed = documented(confirmed)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path.endswith("/confirm"):
            self.requests.append(f"{request.method} {request.url.path}")
            return httpx.Response(200, json={"status": "success", "contract": self.confirmed})
        return super().__call__(request)


def test_a_contract_other_than_the_one_asked_for_is_neither_returned_nor_released() -> None:
    # Before: /contracts/c1 answered with contract c2 (the user's escrow too, its buyer
    # unpaid) was returned, confirmed and released in c1's name.
    deal, user = account_deal("seller")
    stand_in = HodlHodlStandIn(deal.contract(id="c2"), {**deal.transaction(), "contract_id": "c2"})
    with client(stand_in, user) as hodlhodl:
        calls: tuple[Callable[[], object], ...] = (
            lambda: hodlhodl.get_contract(id="c1"),
            lambda: hodlhodl.confirm_verified_contract(id="c1"),
            lambda: hodlhodl.release_escrow(id="c1"),
        )
        for call in calls:
            with pytest.raises(HodlHodlVerificationError) as refused:
                call()
            assert refused.value.check == "contract.id", str(refused.value)
    assert stand_in.requests == [CONTRACT] * 3 and stand_in.posted == []


def test_the_release_transaction_of_another_contract_is_not_signed() -> None:
    deal, user = account_deal("seller")
    stand_in = HodlHodlStandIn(deal.contract(), {**deal.transaction(), "contract_id": "c2"})
    with client(stand_in, user) as hodlhodl:
        with pytest.raises(HodlHodlVerificationError) as refused:
            hodlhodl.release_escrow(id="c1")
    assert refused.value.check == "release.contract_id", str(refused.value)
    assert stand_in.requests == [CONTRACT, RELEASE_TX] and stand_in.posted == []


@pytest.mark.parametrize("confirmed", ["HodlHodl's alone", "another of mine", "another id"])
def test_a_confirmation_answering_with_another_escrow_hands_over_no_contract(
    confirmed: str,
) -> None:
    # Before: confirm_verified_contract returned the confirmation's contract unchecked: its
    # escrow.address, the address the seller then funds, could be anything.
    deal, user = account_deal("seller")
    answer = {
        "HodlHodl's alone": lambda: deal.contract(_hodlhodl_only_escrow(deal)),
        "another of mine": lambda: deal.contract(
            Deal(seller=child_key(user.xprv, INDEX + 1)).escrow(index=INDEX + 1)
        ),
        "another id": lambda: deal.contract(id="c2"),
    }[confirmed]()
    check = {
        "HodlHodl's alone": "escrow.witness_script",
        "another of mine": "escrow.changed",
        "another id": "contract.id",
    }[confirmed]
    stand_in = SubstitutingStandIn(deal.contract(), deal.transaction(), answer)
    with client(stand_in, user) as hodlhodl:
        with pytest.raises(HodlHodlVerificationError) as refused:
            hodlhodl.confirm_verified_contract(id="c1")
    assert refused.value.check == check, str(refused.value)
    assert stand_in.requests == [CONTRACT, CONFIRM]


# ---- ATOMIC --------------------------------------------------------------------------------------


@pytest.mark.parametrize("form", ["p2sh-p2wsh", "p2sh"])
def test_an_unlock_with_dust_change_is_not_submitted(form: str) -> None:
    c = Collateral(form=form)  # type: ignore[arg-type]
    refund, change = c.unlock_outputs()
    dust = [refund, TxOut(change.value - 1, change.script_pubkey), TxOut(1, change.script_pubkey)]
    stand_in = AtomicStandIn(c, c.transaction(dust).hex)
    with atomic(stand_in, c) as client:
        with pytest.raises(AtomicVerificationError) as refused:
            _unlock(client, c)
    assert refused.value.check == "unlock.outputs", str(refused.value)
    assert stand_in.requests == [USER, UNLOCK] and stand_in.submitted == []


def test_a_user_hiding_another_collateral_is_not_unlocked() -> None:
    c = Collateral()
    stranger = Collateral(atomic=c.atomic)  # ATOMIC's key with another user's
    hidden = {
        **c.user_body(),
        "private-collateral-info": {**stranger.info(), **{"private-collateral-info": c.info()}},
    }
    stand_in = AtomicStandIn(c, c.transaction().hex, user=hidden)
    with atomic(stand_in, c) as client:
        with pytest.raises(AtomicVerificationError) as refused:
            _unlock(client, c)
    assert refused.value.check == "collateral.redeem_script", str(refused.value)
    assert stand_in.requests == [USER] and stand_in.submitted == []
