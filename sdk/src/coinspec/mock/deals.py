"""Escrows, collateral and server-signed transactions built for the user's own keys.

The documents' examples verify only for the documents' keys. Given the user's key material
as mock options, the mock's answers hold the user's key instead, and what the service would
pre-sign is built and signed by the mock in the service's place, so that a user's own
release code runs end to end against it:

- HodlHodl (``--option escrow_xpub=tpub... --option network=testnet``): every contract's
  escrow is a 2-of-3 of the mock's HodlHodl key, the seller's and the buyer's keys, with
  yours (the child of ``escrow_xpub`` at the escrow's index) in your role's place; its
  release and refund transactions spend that escrow, pay what the contract says, and carry
  the mock's HodlHodl signature and a placeholder for yours.
- ATOMIC (``--option user_public_key=02... --option network=testnet``): the private
  collateral is the 2-of-2 of the mock's ATOMIC key and yours.

Which answers are made this way is the spec's word: an answer is made for a runtime
verification when the spec feeds it to that verification (an ``x-hooks`` entry of its
operation, or a flow step that verifies the result of a call to it). The keys the mock
plays are fixed test keys derived from public seeds: never send coins to these escrows.
A client may pin them: ``MockApp.service_keys`` (and the mock's first log line) gives them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, ClassVar

from coinspec_runtime.bitcoin.addresses import script_pubkey_for_address
from coinspec_runtime.bitcoin.amounts import btc_to_sats
from coinspec_runtime.bitcoin.bip32 import child_public_key
from coinspec_runtime.bitcoin.keys import PrivateKey, parse_public_key
from coinspec_runtime.bitcoin.multisig import (
    multisig_script,
    p2sh_p2wsh_address,
    p2sh_p2wsh_redeem_script,
    p2sh_p2wsh_script_pubkey,
)
from coinspec_runtime.bitcoin.transactions import segwit_v0_sighash, transaction_hex

__all__ = ["DEALS", "Deal", "active_deals"]

SIGHASH_ALL = 1
PLACEHOLDER = bytes(70)  # where HodlHodl's transactions leave room for the user's signature
DEFAULT_FEE = 3_291  # satoshis, when the contract's volume_breakdown names no transaction fee


def test_key(name: str) -> PrivateKey:
    """A fixed key of the mock's, from a public seed: a test key, for no real coins."""
    return PrivateKey.from_hex(hashlib.sha256(f"coinspec mock: {name}".encode()).hexdigest())


def _p2wpkh(public_key: bytes) -> bytes:
    return b"\x00\x14" + hashlib.new("ripemd160", hashlib.sha256(public_key).digest()).digest()


Documented = Callable[[str, str, Mapping[str, Any]], Any]


class Deal:
    """The keys and coins one service's side of a deal uses, and the answers it makes.

    ``makers`` maps (a runtime verification ``coinspec_runtime.<module>:<function>``, the
    keyword of the argument an answer goes to) to the method that makes an answer pass it;
    ``requires`` are the mock options it needs (the user's key material)."""

    requires: ClassVar[tuple[str, ...]] = ()
    makers: ClassVar[Mapping[tuple[str, str], str]] = {}

    def __init__(self, options: Mapping[str, str], network: str, documented: Documented) -> None:
        self.options = options
        self.network = network
        # The mock's made answer for a verification's argument, for a request it has not
        # been sent yet (a release transaction asked for before its contract).
        self.documented = documented

    def service_keys(self) -> dict[str, str]:
        """The client options that pin the keys the mock signs with, by option name."""
        return {}

    def make(self, maker: str, value: Any, request: Mapping[str, Any]) -> Any:
        method: Callable[[Any, Mapping[str, Any]], Any] = getattr(self, maker)
        return method(value, request)


# -- HodlHodl ---------------------------------------------------------------------------

POSITIONS = {"hodlhodl": 0, "seller": 1, "buyer": 2}  # the document's order of the keys


def _published_fields(escrow: Mapping[str, Any]) -> dict[str, Any]:
    return {name: escrow.get(name) for name in ("address", "witness_script", "index")}


class HodlHodlDeal(Deal):
    requires = ("escrow_xpub",)
    makers: ClassVar[Mapping[tuple[str, str], str]] = {
        ("coinspec_runtime.hodlhodl:verify_contract", "contract"): "contract",
        ("coinspec_runtime.hodlhodl:verify_contract_escrow", "contract"): "contract",
        ("coinspec_runtime.hodlhodl:verify_release_transaction", "contract"): "contract",
        ("coinspec_runtime.hodlhodl:verify_release_transaction", "transaction"): "release",
        ("coinspec_runtime.hodlhodl:verify_disputed_release_transaction", "contract"): "contract",
        ("coinspec_runtime.hodlhodl:verify_disputed_release_transaction", "transaction"): "release",
        ("coinspec_runtime.hodlhodl:verify_refund_transaction", "contract"): "contract",
        ("coinspec_runtime.hodlhodl:verify_refund_transaction", "transaction"): "refund",
    }

    def __init__(self, options: Mapping[str, str], network: str, documented: Documented) -> None:
        super().__init__(options, network, documented)
        self.server = test_key("hodlhodl")
        self.counterparty = test_key("hodlhodl counterparty")
        self.fee_collector = test_key("hodlhodl fee collector")
        self.contracts: dict[str, dict[str, Any]] = {}

    def service_keys(self) -> dict[str, str]:
        return {"hodlhodl_public_key": self.server.public_key.hex()}

    def _keys(self, role: str, index: int) -> list[bytes]:
        mine = child_public_key(self.options["escrow_xpub"], index)
        keys = [self.server.public_key, self.counterparty.public_key, self.counterparty.public_key]
        keys[POSITIONS[role]] = mine
        other = "buyer" if role == "seller" else "seller"
        keys[POSITIONS[other]] = self.counterparty.public_key
        return keys

    def contract(self, value: Any, request: Mapping[str, Any]) -> Any:
        contract = (
            value.get("contract") if isinstance(value, dict) and "contract" in value else value
        )
        if not isinstance(contract, dict) or not isinstance(contract.get("escrow"), dict):
            return value
        if isinstance(request.get("id"), str):
            contract["id"] = request["id"]
        known = self.contracts.get(str(contract.get("id")))
        if known is not None and known is not contract:
            # One contract, one escrow: a confirmation answers with the escrow it confirms
            # (confirm_verified_contract refuses one that changed).
            contract["your_role"] = known.get("your_role")
            contract["escrow"] = {**contract["escrow"], **_published_fields(known["escrow"])}
            return value
        role = "buyer" if contract.get("your_role") == "buyer" else "seller"
        escrow = contract["escrow"]
        index = escrow.get("index")
        if isinstance(index, bool) or not isinstance(index, int):  # not published yet: publish it
            index = int.from_bytes(
                hashlib.sha256(str(contract.get("id")).encode()).digest()[:2], "big"
            )
        script = multisig_script(2, self._keys(role, index))
        escrow.update(
            address=p2sh_p2wsh_address(script.script, self.network),
            witness_script=script.hex(),
            index=index,
        )
        self.contracts[str(contract.get("id"))] = contract
        return value

    def _contract(self, request: Mapping[str, Any]) -> dict[str, Any]:
        contract_id = str(request.get("id"))
        if contract_id not in self.contracts:  # as the mock would serve it
            self.documented(
                "coinspec_runtime.hodlhodl:verify_contract", "contract", {"id": contract_id}
            )
        return self.contracts[contract_id]

    def _transaction(
        self, value: Any, contract: Mapping[str, Any], outputs: list[tuple[int, bytes]]
    ) -> Any:
        from bitcointx.core import (
            CMutableTransaction,
            COutPoint,
            CTxIn,
            CTxInWitness,
            CTxOut,
            CTxWitness,
        )
        from bitcointx.core.script import CScript, CScriptWitness

        escrow = contract["escrow"]
        script = bytes.fromhex(escrow["witness_script"])
        amount = sum(amount for amount, _ in outputs) + self._fee(contract)
        funding = hashlib.sha256(
            f"coinspec mock escrow funding {contract.get('id')}".encode()
        ).digest()
        tx = CMutableTransaction(
            [CTxIn(COutPoint(funding, 0), CScript([p2sh_p2wsh_redeem_script(script)]), 0xFFFFFFFF)],
            [CTxOut(amount_out, CScript(script_pubkey)) for amount_out, script_pubkey in outputs],
            nLockTime=0,
            nVersion=1,
        )
        digest = segwit_v0_sighash(tx, 0, script, amount)
        signature = self.server.sign(digest) + bytes([SIGHASH_ALL])
        tx.wit = CTxWitness([CTxInWitness(CScriptWitness([b"", signature, PLACEHOLDER, script]))])
        body = (
            value.get("transaction")
            if isinstance(value, dict) and "transaction" in value
            else value
        )
        if isinstance(body, dict):
            body.update(
                contract_id=contract.get("id"), hex=transaction_hex(tx), in_amounts=[amount]
            )
        return value

    def _fee(self, contract: Mapping[str, Any]) -> int:
        text = (contract.get("volume_breakdown") or {}).get("transaction_fee")
        return btc_to_sats(Decimal(str(text))) if text is not None else DEFAULT_FEE

    def release(self, value: Any, request: Mapping[str, Any]) -> Any:
        contract = self._contract(request)
        breakdown = contract.get("volume_breakdown") or {}
        to_buyer = btc_to_sats(Decimal(str(breakdown["goes_to_buyer"])))
        exchange_fee = btc_to_sats(Decimal(str(breakdown.get("exchange_fee", "0"))))
        if contract.get("your_role") == "buyer" and isinstance(
            contract.get("release_address"), str
        ):
            buyer = script_pubkey_for_address(contract["release_address"], self.network)
        else:
            buyer = _p2wpkh(self.counterparty.public_key)
        outputs = [(to_buyer - self._fee(contract), buyer)]
        if exchange_fee:
            outputs.append((exchange_fee, _p2wpkh(self.fee_collector.public_key)))
        return self._transaction(value, contract, outputs)

    def refund(self, value: Any, request: Mapping[str, Any]) -> Any:
        contract = self._contract(request)
        breakdown = contract.get("volume_breakdown") or {}
        volume = btc_to_sats(Decimal(str(breakdown["goes_to_buyer"]))) + btc_to_sats(
            Decimal(str(breakdown.get("exchange_fee", "0")))
        )
        to = script_pubkey_for_address(str(request["release_address"]), self.network)
        return self._transaction(value, contract, [(volume - self._fee(contract), to)])


# -- ATOMIC -------------------------------------------------------------------------------


class AtomicDeal(Deal):
    requires = ("user_public_key",)
    makers: ClassVar[Mapping[tuple[str, str], str]] = {
        ("coinspec_runtime.atomic:verify_private_collateral", "info"): "collateral",
        ("coinspec_runtime.atomic:verify_unlock_transaction", "collateral"): "collateral",
        ("coinspec_runtime.atomic:verify_timed_unlock_transaction", "collateral"): "collateral",
        ("coinspec_runtime.atomic:verify_escrow_transaction", "collateral"): "collateral",
    }

    def __init__(self, options: Mapping[str, str], network: str, documented: Documented) -> None:
        super().__init__(options, network, documented)
        self.server = test_key("atomic")

    def service_keys(self) -> dict[str, str]:
        return {"atomic_public_key": self.server.public_key.hex()}

    def collateral(self, value: Any, request: Mapping[str, Any]) -> Any:
        info = value.get("private-collateral-info") if isinstance(value, dict) else None
        if not isinstance(info, dict):
            return value
        user = parse_public_key(self.options["user_public_key"])
        script = multisig_script(2, [self.server.public_key, user])
        info.update(
            {
                "atomic-public-key": self.server.public_key.hex(),
                "private-collateral-redeem-script": script.hex(),
                "private-collateral-address": p2sh_p2wsh_address(script.script, self.network),
                "private-collateral-script-pub-key": p2sh_p2wsh_script_pubkey(script.script).hex(),
            }
        )
        return value


DEALS: tuple[type[Deal], ...] = (HodlHodlDeal, AtomicDeal)


def active_deals(
    consumers: set[tuple[str, str]],
    options: Mapping[str, str],
    documented_options: Mapping[str, Any],
    network: str,
    documented: Documented,
) -> dict[tuple[str, str], tuple[Deal, str]]:
    """(deal, maker) for each (verification, argument) the spec feeds an answer to, when
    the options give the user's own key material. With the documented options (or none)
    the documented examples already verify, and are served as they are.

    Raises ValueError when the options pin a service key the mock does not sign with."""
    found: dict[tuple[str, str], tuple[Deal, str]] = {}
    for kind in DEALS:
        wanted = set(kind.makers) & consumers
        given = [options.get(name) for name in kind.requires]
        if not wanted or not all(given):
            continue
        if all(options.get(name) == documented_options.get(name) for name in kind.requires):
            continue
        deal = kind(options, network, documented)
        for option, key in deal.service_keys().items():
            pinned = options.get(option)
            if pinned is not None and pinned.lower() != key:
                raise ValueError(
                    f"option {option}={pinned}: the mock signs as the service with its own test key "
                    f"{key}; pin that one, or leave {option} out"
                )
        found.update({consumer: (deal, kind.makers[consumer]) for consumer in wanted})
    return found
