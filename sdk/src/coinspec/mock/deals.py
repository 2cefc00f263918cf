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
  collateral is the 2-of-2 of the mock's ATOMIC key and yours, holding coins the mock names
  (``MockApp.facts["collateral_coins"]``, the start-up line; or ``--option
  collateral_coins=<txid>:<vout>=<sats>,...``). The on-demand and timed unlock transactions
  pay the amount asked to your refund address (the one you registered with create_user,
  else the document's), the escrow transaction of every payment puts the document's
  escrow amount at its escrow address (or ``--option escrow_address=... --option
  escrow_amount=...``), each spending the collateral's coins, unsigned as in the
  document, final now or locked as asked, with a fee of FEE_RATE sat/vB (less, down to
  MIN_FEE_RATE, where that would pass the flows' default max_fee). What your code
  submits signed is checked as ATOMIC would: it is a transaction the mock handed out
  (for that user, with its signatures taken out), it holds your valid signature, and with
  the mock's ATOMIC signature added it passes the script interpreter; otherwise it is
  refused (400, with the reason). The pay transaction spends your own coins, which the
  mock does not know: it must pay the payment's outputs, each once.

Which answers are made this way is the spec's word: an answer is made for a runtime
verification when the spec feeds it to that verification (an ``x-hooks`` entry of its
operation, or a flow step that verifies the result of a call to it), and a request body
field is checked when a flow fills it with the result of a runtime function (a flow step
that signs). The keys the mock plays are fixed test keys derived from public seeds: never
send coins to these escrows.
A client may pin them: ``MockApp.service_keys`` (and the mock's first log line) gives them.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, ClassVar

from bitcointx.core import (
    CMutableTransaction,
    COutPoint,
    CTransaction,
    CTxIn,
    CTxInWitness,
    CTxOut,
    CTxWitness,
)
from bitcointx.core.script import CScript, CScriptWitness

from coinspec_runtime.atomic import DUST_LIMIT
from coinspec_runtime.bitcoin.addresses import (
    address_from_script_pubkey,
    parse_address,
    script_pubkey_for_address,
)
from coinspec_runtime.bitcoin.amounts import MAX_MONEY, btc_to_sats
from coinspec_runtime.bitcoin.bip32 import child_public_key
from coinspec_runtime.bitcoin.keys import PrivateKey, parse_public_key
from coinspec_runtime.bitcoin.multisig import (
    multisig_script,
    p2sh_p2wsh_address,
    p2sh_p2wsh_redeem_script,
    p2sh_p2wsh_script_pubkey,
)
from coinspec_runtime.bitcoin.networks import NETWORKS, get_network
from coinspec_runtime.bitcoin.transactions import (
    add_multisig_signature,
    parse_transaction,
    read_multisig_input,
    segwit_v0_sighash,
    transaction_hex,
    verify_input,
)
from coinspec_runtime.errors import AddressError, InvalidKeyError, TransactionError

from ._deal import ActiveDeals, Asked, Documents, Refusal

__all__ = ["DEALS", "AtomicDeal", "Deal", "HodlHodlDeal", "active_deals"]

SIGHASH_ALL = 1
PLACEHOLDER = bytes(70)  # where HodlHodl's transactions leave room for the user's signature
DEFAULT_FEE = 3_291  # satoshis, when the contract's volume_breakdown names no transaction fee


def test_key(name: str) -> PrivateKey:
    """A fixed key of the mock's, from a public seed: a test key, for no real coins."""
    return PrivateKey.from_hex(hashlib.sha256(f"coinspec mock: {name}".encode()).hexdigest())


def _p2wpkh(public_key: bytes) -> bytes:
    return b"\x00\x14" + hashlib.new("ripemd160", hashlib.sha256(public_key).digest()).digest()


class Deal:
    """The keys and coins one service's side of a deal uses, and the answers it makes.

    ``makers`` maps (a runtime verification ``coinspec_runtime.<module>:<function>``, the
    keyword of the argument an answer goes to) to the method that makes an answer pass it;
    ``checkers`` maps (a runtime function whose result a flow sends, the body field it goes
    in) to the method that checks it as the service would, raising :class:`Refusal`;
    ``requires`` are the mock options it needs (the user's key material)."""

    requires: ClassVar[tuple[str, ...]] = ()
    makers: ClassVar[Mapping[tuple[str, str], str]] = {}
    checkers: ClassVar[Mapping[tuple[str, str], str]] = {}

    def __init__(self, options: Mapping[str, str], network: str, documented: Documents) -> None:
        self.options = options
        self.network = network
        # The mock's made answer for a verification's argument, for a request it has not
        # been sent yet (a release transaction asked for before its contract).
        self.documented = documented

    def service_keys(self) -> dict[str, str]:
        """The client options that pin the keys the mock signs with, by option name."""
        return {}

    def facts(self) -> dict[str, Any]:
        """What the user's own code must be given to run against the mock's answers (the
        coins a flow may spend, say), by the name the flows take it as."""
        return {}

    def make(self, maker: str, value: Any, request: Mapping[str, Any]) -> Any:
        method: Callable[[Any, Mapping[str, Any]], Any] = getattr(self, maker)
        return method(value, request)

    def check(self, checker: str, value: Any, request: Asked) -> None:
        method: Callable[[Any, Asked], None] = getattr(self, checker)
        method(value, request)


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

    def __init__(self, options: Mapping[str, str], network: str, documented: Documents) -> None:
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

COIN = 100_000_000
# The collateral's coins unless --option collateral_coins names others, by vout.
DEFAULT_COLLATERAL = (10 * COIN, 1 * COIN)
MAX_COLLATERAL_COINS = 100  # the runtime refuses a transaction with more inputs
FEE_RATE = 10  # sat/vB of the final size: a plausible rate, well within the flows' defaults
MIN_FEE_RATE = 1  # sat/vB: what nodes relay
SIGNATURE_ROOM = 72  # the largest signature and its sighash byte, for the final size
SEQUENCE_FINAL = 0xFFFFFFFF
SEQUENCE_LOCK_TIME = 0xFFFFFFFE  # nLockTime in force; BIP68 disabled (bit 31 set)
OFFERS_KEPT = 64  # per user and kind: what a submission may be the signed form of
USERS_KEPT = 10_000  # users whose refund address and offers are remembered, newest kept
_COIN_TEXT = re.compile(r"([0-9a-fA-F]{64}):([0-9]{1,10})=([0-9]{1,16})")


@dataclass(frozen=True)
class CollateralCoin:
    txid: str
    vout: int
    amount: int

    @property
    def outpoint(self) -> str:
        return f"{self.txid}:{self.vout}"


def parse_collateral_coins(text: str) -> list[CollateralCoin]:
    """``<txid>:<vout>=<satoshis>,...`` (the ``collateral_coins`` option), in spending order."""
    coins: list[CollateralCoin] = []
    for item in text.split(","):
        match = _COIN_TEXT.fullmatch(item.strip())
        if match is None or int(match.group(2)) >= 2**32:
            raise ValueError(
                f"option collateral_coins: {item.strip()!r} is not <txid>:<vout>=<satoshis> "
                "(64 hex digits, an output index, a whole number of satoshis)"
            )
        coin = CollateralCoin(match.group(1).lower(), int(match.group(2)), int(match.group(3)))
        if not 0 < coin.amount <= MAX_MONEY:
            raise ValueError(
                f"option collateral_coins: {coin.outpoint} holds {coin.amount} satoshis; "
                f"a coin holds 1..{MAX_MONEY}"
            )
        if any(c.outpoint == coin.outpoint for c in coins):
            raise ValueError(f"option collateral_coins: {coin.outpoint} is listed twice")
        coins.append(coin)
    if len(coins) > MAX_COLLATERAL_COINS:
        raise ValueError(
            f"option collateral_coins: {len(coins)} coins, more than the "
            f"{MAX_COLLATERAL_COINS} a transaction of the flows may spend"
        )
    return coins


def _keep_newest(memory: dict[Any, Any], key: Any, value: Any, limit: int) -> None:
    """``memory[key] = value``, newest last; the oldest entries beyond ``limit`` forgotten
    (what one client can make the mock remember is bounded)."""
    memory.pop(key, None)
    memory[key] = value
    while len(memory) > limit:
        del memory[next(iter(memory))]


def _unsigned_hex(tx: CTransaction) -> str:
    """``tx`` as it was before anyone signed it: no scriptSig, no witness."""
    bare = CMutableTransaction.from_instance(tx)
    for txin in bare.vin:
        txin.scriptSig = CScript()
    bare.wit = CTxWitness()
    return transaction_hex(CTransaction.from_instance(bare))


class CannotPay(ValueError):
    """The collateral's coins cannot pay what was asked and a fee."""


class AtomicDeal(Deal):
    """ATOMIC's side: a private collateral of the mock's ATOMIC key and the user's, the
    coins it holds, and the unlock, timed-unlock and escrow transactions spending them."""

    requires = ("user_public_key",)
    makers: ClassVar[Mapping[tuple[str, str], str]] = {
        ("coinspec_runtime.atomic:verify_private_collateral", "info"): "collateral",
        ("coinspec_runtime.atomic:verify_unlock_transaction", "collateral"): "collateral",
        ("coinspec_runtime.atomic:verify_timed_unlock_transaction", "collateral"): "collateral",
        ("coinspec_runtime.atomic:verify_escrow_transaction", "collateral"): "collateral",
        ("coinspec_runtime.atomic:verify_unlock_transaction", "unlock"): "unlock",
        ("coinspec_runtime.atomic:verify_timed_unlock_transaction", "unlock"): "timed_unlock",
        ("coinspec_runtime.atomic:verify_escrow_transaction", "payment"): "payment",
        ("coinspec_runtime.atomic:verify_payment", "payment"): "payment",
    }
    checkers: ClassVar[Mapping[tuple[str, str], str]] = {
        ("coinspec_runtime.atomic:sign_unlock_transaction", "partially-signed-unlock-tx"): (
            "signed_unlock"
        ),
        ("coinspec_runtime.atomic:sign_timed_unlock_transaction", "partially-signed-tx"): (
            "signed_timed_unlock"
        ),
        (
            "coinspec_runtime.atomic:sign_escrow_transaction",
            "partially-signed-escrow-transaction",
        ): "signed_escrow",
        ("coinspec_runtime.atomic:sign_pay_transaction", "fully-signed-pay-transaction"): (
            "signed_payment"
        ),
    }

    def __init__(self, options: Mapping[str, str], network: str, documented: Documents) -> None:
        super().__init__(options, network, documented)
        get_network(network)  # an unknown network is refused here, with the known ones
        self.server = test_key("atomic")
        try:
            self.user = parse_public_key(options["user_public_key"], compressed_only=True)
        except InvalidKeyError as exc:
            raise ValueError(
                f"option user_public_key: {exc} (the private collateral is a P2SH-P2WSH 2-of-2)"
            ) from None
        if self.user == self.server.public_key:
            raise ValueError("option user_public_key is the mock's own ATOMIC key, not yours")
        self.script = multisig_script(2, [self.server.public_key, self.user])
        self.script_pubkey = p2sh_p2wsh_script_pubkey(self.script.script)
        self.address = p2sh_p2wsh_address(self.script.script, network)
        if options.get("collateral_coins"):
            self.coins = parse_collateral_coins(options["collateral_coins"])
        else:
            funding = hashlib.sha256(
                f"coinspec mock: ATOMIC collateral of {self.user.hex()}".encode()
            ).hexdigest()
            self.coins = [
                CollateralCoin(funding, vout, amount)
                for vout, amount in enumerate(DEFAULT_COLLATERAL)
            ]
        self._coin_at = {(c.txid, c.vout): c for c in self.coins}
        # A fee the flows accept with their default max_fee, while the rate allows: many
        # coins spent at once pay a lower rate rather than a fee the flows refuse.
        caps = [d for d in documented.flow_defaults("max_fee") if isinstance(d, int)]
        self.max_fee = min(caps) if caps else None
        # The transactions handed out, unsigned, by (kind, user id), newest last: what ATOMIC
        # countersigns is the user's signature of one of them, nothing else.
        self._offered: dict[tuple[str, str], list[str]] = {}
        # The refund address each user registered with create_user; the document's otherwise.
        self.refund_scripts: dict[str, bytes] = {}
        registration = documented.example(
            "coinspec_runtime.atomic:verify_private_collateral", "info", request=True
        )
        self.default_refund = self._documented_script(registration["refund-address"])
        payment = documented.example("coinspec_runtime.atomic:verify_payment", "payment")
        self.payment_outputs = [
            (self._documented_script(out["address"]), int(out["amount"]))
            for out in payment["payment-transaction-details"]["outputs"]
        ]
        self.escrow_script, self.escrow_amount = self._escrow(
            payment["escrow-transaction-details"]["raw-escrow-transaction"]
        )
        # Built when a payment is first asked for: coins too small for the escrow still
        # serve the unlocks. Kept as text: python-bitcointx sets its class dispatcher up per
        # thread as it builds or parses, and serializing in another thread fails.
        self._escrow_transaction: str | None = None
        self._lock = threading.Lock()  # the server answers each connection in its own thread

    # -- the user's coins and addresses ------------------------------------------------

    def service_keys(self) -> dict[str, str]:
        return {"atomic_public_key": self.server.public_key.hex()}

    def facts(self) -> dict[str, Any]:
        return {
            "collateral_coins": {coin.outpoint: coin.amount for coin in self.coins},
            "refund_address": self._address(self.default_refund),
            "escrow_address": self._address(self.escrow_script),
            "escrow_amount": self.escrow_amount,
            "payment_outputs": {self._address(spk): amount for spk, amount in self.payment_outputs},
        }

    def _address(self, script_pubkey: bytes) -> str:
        return address_from_script_pubkey(script_pubkey, self.network)

    def _shown(self, script_pubkey: bytes) -> str:
        """An output's address, or its script (hex) when it has no address."""
        try:
            return self._address(script_pubkey)
        except AddressError:
            return f"the script {script_pubkey.hex()}"

    def _documented_script(self, address: str) -> bytes:
        """The script an address of the document pays, whichever network it is written
        for: the mock pays the same script at the address of its own network."""
        for name in (self.network, *NETWORKS):
            try:
                return parse_address(address, name).script_pubkey
            except AddressError:
                continue
        raise ValueError(f"the document's address {address!r} is not an address of any network")

    def _escrow(self, documented_raw: str) -> tuple[bytes, int]:
        """Where every payment's escrow transaction pays, and how much: the options'
        escrow_address and escrow_amount, else the document's escrow output (the first
        output of its escrow transaction, the second being that wallet's change)."""
        first = parse_transaction(documented_raw).vout[0]
        script, amount = bytes(first.scriptPubKey), int(first.nValue)
        if self.options.get("escrow_address"):
            try:
                script = parse_address(self.options["escrow_address"], self.network).script_pubkey
            except AddressError as exc:
                raise ValueError(f"option escrow_address: {exc}") from None
        if self.options.get("escrow_amount"):
            text = self.options["escrow_amount"]
            if not re.fullmatch(r"[0-9]{1,16}", text) or not 0 < int(text) <= MAX_MONEY:
                raise ValueError(
                    f"option escrow_amount: {text!r} is not a positive number of satoshis"
                )
            amount = int(text)
        if script == self.script_pubkey:
            raise ValueError("option escrow_address is your private collateral, not an escrow")
        return script, amount

    # -- building what ATOMIC hands out --------------------------------------------

    def _transaction(
        self,
        coins: list[CollateralCoin],
        outputs: list[tuple[bytes, int]],
        lock_time: int | None,
        *,
        final_size: bool = False,
    ) -> CTransaction:
        """Unsigned (``raw-transaction``), or, with ``final_size``, with room for both
        signatures: the size it will have once signed, to price its fee."""
        sequence = SEQUENCE_FINAL if lock_time is None else SEQUENCE_LOCK_TIME
        redeem = (
            CScript([p2sh_p2wsh_redeem_script(self.script.script)]) if final_size else CScript()
        )
        tx = CMutableTransaction(
            [
                CTxIn(COutPoint(bytes.fromhex(c.txid)[::-1], c.vout), redeem, sequence)
                for c in coins
            ],
            [CTxOut(amount, CScript(script)) for script, amount in outputs],
            nLockTime=lock_time or 0,
            nVersion=2,
        )
        if final_size:
            room = bytes(SIGNATURE_ROOM)
            stack = CScriptWitness([b"", room, room, self.script.script])
            tx.wit = CTxWitness([CTxInWitness(stack) for _ in coins])
        return CTransaction.from_instance(tx)

    def _fee(self, coins: list[CollateralCoin], outputs: list[bytes]) -> int:
        sized = self._transaction(coins, [(s, 0) for s in outputs], None, final_size=True)
        vsize = int(sized.get_virtual_size())
        fee = FEE_RATE * vsize
        if self.max_fee is not None:
            fee = max(MIN_FEE_RATE * vsize, min(fee, self.max_fee))
        return fee

    def _spend(
        self, target: bytes, amount: int, *, fee_from_target: bool, lock_time: int | None
    ) -> CTransaction:
        """Pay ``amount`` to ``target`` from the first of the collateral's coins that cover
        it and the fee, the change back to the collateral. When the change would be dust
        it goes to the miners; when all of the collateral is asked for and the fee may
        come out of it, ``target`` gets the rest."""
        for count in range(1, len(self.coins) + 1):
            chosen = self.coins[:count]
            change = (
                sum(c.amount for c in chosen)
                - amount
                - self._fee(chosen, [target, self.script_pubkey])
            )
            if change >= DUST_LIMIT:
                outputs = [(target, amount), (self.script_pubkey, change)]
                return self._transaction(chosen, outputs, lock_time)
        total = sum(c.amount for c in self.coins)
        fee = self._fee(self.coins, [target])
        if total - amount >= fee:
            return self._transaction(self.coins, [(target, amount)], lock_time)
        if fee_from_target and total == amount and amount - fee >= DUST_LIMIT:
            return self._transaction(self.coins, [(target, amount - fee)], lock_time)
        most = f"; at most {total - fee}" if total > fee else ""
        whole = f", or all {total} less the fee" if fee_from_target else ""
        raise CannotPay(
            f"the private collateral holds {total} sats in {len(self.coins)} coins, which do "
            f"not pay {amount} sats and a fee of {fee}{most}{whole}"
        )

    # -- answers ----------------------------------------------------------------------

    def collateral(self, value: Any, request: Mapping[str, Any]) -> Any:
        if not isinstance(value, dict) or not isinstance(
            value.get("private-collateral-info"), dict
        ):
            return value
        body = getattr(request, "body", None)
        if isinstance(body, dict):
            self._register(str(request.get("user-id")), body)
        value["private-collateral-info"].update(
            {
                "atomic-public-key": self.server.public_key.hex(),
                "private-collateral-redeem-script": self.script.hex(),
                "private-collateral-address": self.address,
                "private-collateral-script-pub-key": self.script_pubkey.hex(),
            }
        )
        if "private-collateral-balance" in value:
            value["private-collateral-balance"] = sum(c.amount for c in self.coins)
        return value

    def _register(self, user_id: str, body: Mapping[str, Any]) -> None:
        """A user registered with create_user: their key must be the one the mock plays
        the collateral for, and their refund address is where their unlocks will pay."""
        if "public-key" in body:
            try:
                given = parse_public_key(body["public-key"])
            except InvalidKeyError as exc:
                raise Refusal(400, f"public-key: {exc}") from None
            if given != self.user:
                raise Refusal(
                    400,
                    f"public-key {given.hex()} is not the key this mock keeps the collateral "
                    f"for ({self.user.hex()}, its option user_public_key)",
                )
        if "refund-address" in body:
            try:
                script = parse_address(body["refund-address"], self.network).script_pubkey
            except AddressError as exc:
                raise Refusal(400, f"refund-address: {exc}") from None
            if script == self.script_pubkey:
                raise Refusal(400, "refund-address is the private collateral itself")
            with self._lock:
                _keep_newest(self.refund_scripts, user_id, script, USERS_KEPT)

    def _amount(self, request: Mapping[str, Any]) -> int:
        body = getattr(request, "body", None)
        amount = body.get("amount") if isinstance(body, dict) else None
        if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
            raise Refusal(
                400, "the request body names no amount to unlock (a positive int of satoshis)"
            )
        return amount

    def _unlock(
        self, kind: str, value: Any, request: Mapping[str, Any], lock_time: int | None
    ) -> Any:
        amount = self._amount(request)
        target = self._refund_of(request)
        try:
            tx = self._spend(target, amount, fee_from_target=True, lock_time=lock_time)
        except CannotPay as exc:
            raise Refusal(403, str(exc)) from None
        raw = transaction_hex(tx)
        with self._lock:
            key = (kind, str(request.get("user-id")))
            offered = [o for o in self._offered.get(key, []) if o != raw][-OFFERS_KEPT + 1 :]
            _keep_newest(self._offered, key, [*offered, raw], 2 * USERS_KEPT)
        if isinstance(value, dict):
            value["raw-transaction"] = raw
        return value

    def unlock(self, value: Any, request: Mapping[str, Any]) -> Any:
        return self._unlock("unlock", value, request, None)

    def timed_unlock(self, value: Any, request: Mapping[str, Any]) -> Any:
        body = getattr(request, "body", None)
        lock_time = body.get("nLockTime") if isinstance(body, dict) else None
        if (
            isinstance(lock_time, bool)
            or not isinstance(lock_time, int)
            or not 0 < lock_time < 2**32
        ):
            raise Refusal(
                400, "nLockTime must be a lock time, 1..2^32-1 (a block height or a Unix time)"
            )
        return self._unlock("timed unlock", value, request, lock_time)

    def _escrow_offer(self) -> str:
        """The escrow transaction of every payment (refused with 409 when the collateral's
        coins cannot pay it)."""
        with self._lock:
            if self._escrow_transaction is None:
                try:
                    tx = self._spend(
                        self.escrow_script,
                        self.escrow_amount,
                        fee_from_target=False,
                        lock_time=None,
                    )
                except CannotPay as exc:
                    raise Refusal(
                        409,
                        f"the escrow of {self.escrow_amount} sats cannot be paid: {exc} (give "
                        "the mock --option escrow_amount=... or more collateral_coins)",
                    ) from None
                self._escrow_transaction = transaction_hex(tx)
            return self._escrow_transaction

    def payment(self, value: Any, request: Mapping[str, Any]) -> Any:
        if not isinstance(value, dict):
            return value
        escrow = value.get("escrow-transaction-details")
        if isinstance(escrow, dict):
            escrow.update(
                {
                    "coin-type": "BTC",
                    "source-address": self.address,
                    "raw-escrow-transaction": self._escrow_offer(),
                }
            )
        pay = value.get("payment-transaction-details")
        if isinstance(pay, dict):
            pay["outputs"] = [
                {"address": self._address(spk), "amount": amount}
                for spk, amount in self.payment_outputs
            ]
        return value

    # -- what the user's code sends -----------------------------------------------------

    def _countersigned(
        self, value: Any, pays: list[bytes], offered: list[str], kind: str
    ) -> CTransaction:
        """The user's signed transaction, with the mock's ATOMIC signature added, every
        input through the script interpreter with the coin it spends. Refused unless it
        spends only the collateral's coins, each once, pays only ``pays`` and the
        collateral, is one of the ``offered`` transactions (unsigned hex) once its
        signatures are taken out, and holds a valid signature of the user's key in every
        input."""
        if not isinstance(value, str) or not value:
            raise Refusal(400, "the request body does not carry this transaction (hex)")
        try:
            tx = parse_transaction(value)
        except TransactionError as exc:
            raise Refusal(400, str(exc)) from None
        amounts = []
        for i, txin in enumerate(tx.vin):
            outpoint = (bytes(txin.prevout.hash)[::-1].hex(), int(txin.prevout.n))
            coin = self._coin_at.get(outpoint)
            if coin is None:
                raise Refusal(
                    400,
                    f"input {i} spends {outpoint[0]}:{outpoint[1]}, which is not a coin of your "
                    f"private collateral {self.address}",
                )
            if any(
                (t.prevout.hash, t.prevout.n) == (txin.prevout.hash, txin.prevout.n)
                for t in tx.vin[:i]
            ):
                raise Refusal(400, f"input {i} spends {coin.outpoint} a second time")
            amounts.append(coin.amount)
        for out in tx.vout:
            if bytes(out.scriptPubKey) not in (*pays, self.script_pubkey):
                raise Refusal(
                    400,
                    f"it pays {int(out.nValue)} sats to {self._shown(bytes(out.scriptPubKey))}, "
                    f"which is neither {', '.join(self._address(p) for p in pays)} nor your "
                    "private collateral",
                )
        if _unsigned_hex(tx) not in offered:
            raise Refusal(
                400,
                f"it is not the {kind} transaction this mock handed out"
                + (" (none was asked for yet)" if not offered else "")
                + ": sign the raw-transaction it answered, as it is",
            )
        signed = tx
        for i, amount in enumerate(amounts):
            try:
                state = read_multisig_input(
                    signed, i, form="p2sh-p2wsh", script=self.script, amount=amount
                )
                if self.user not in state.signed_by:
                    raise Refusal(
                        400, f"input {i} holds no signature of your key {self.user.hex()}"
                    )
                signed = add_multisig_signature(
                    signed, i, self.server, amount=amount, verified=state, interpret=False
                )
            except TransactionError as exc:
                raise Refusal(400, str(exc)) from None
        for i, amount in enumerate(amounts):
            try:
                verify_input(signed, i, self.script_pubkey, amount)
            except TransactionError as exc:
                raise Refusal(400, f"with ATOMIC's signature added, {exc}") from None
        return signed

    def _refund_of(self, request: Mapping[str, Any]) -> bytes:
        return self.refund_scripts.get(str(request.get("user-id")), self.default_refund)

    def _offers(self, kind: str, request: Mapping[str, Any]) -> list[str]:
        with self._lock:
            return list(self._offered.get((kind, str(request.get("user-id"))), ()))

    def signed_unlock(self, value: Any, request: Asked) -> None:
        offered = self._offers("unlock", request)
        self._countersigned(value, [self._refund_of(request)], offered, "unlock")

    def signed_timed_unlock(self, value: Any, request: Asked) -> None:
        offered = self._offers("timed unlock", request)
        self._countersigned(value, [self._refund_of(request)], offered, "timed unlock")

    def signed_escrow(self, value: Any, request: Asked) -> None:
        offered = [self._escrow_transaction] if self._escrow_transaction else []
        self._countersigned(value, [self.escrow_script], offered, "escrow")

    def signed_payment(self, value: Any, request: Asked) -> None:
        """The pay transaction spends the user's own coins, whose amounts the mock does
        not know (nor could ATOMIC): what it can check is that it pays what the payment
        details ask, each output once."""
        if not isinstance(value, str) or not value:
            raise Refusal(400, "the request body does not carry this transaction (hex)")
        try:
            tx = parse_transaction(value)
        except TransactionError as exc:
            raise Refusal(400, str(exc)) from None
        paid = [(bytes(o.scriptPubKey), int(o.nValue)) for o in tx.vout]
        for script, amount in self.payment_outputs:
            if paid.count((script, amount)) != 1:
                raise Refusal(
                    400,
                    f"it does not pay {amount} sats to {self._address(script)} once, as the "
                    "payment details ask",
                )


DEALS: tuple[type[Deal], ...] = (HodlHodlDeal, AtomicDeal)


def active_deals(
    consumers: set[tuple[str, str]],
    submitted: set[tuple[str, str]],
    options: Mapping[str, str],
    documented_options: Mapping[str, Any],
    network: str,
    documented: Documents,
) -> ActiveDeals:
    """The deals in play, with their maker for each (verification, argument) the spec
    feeds an answer to and their checker for each (runtime function, body field) a flow
    sends, when the options give the user's own key material. With the documented options
    (or none) the documented examples already verify, and are served as they are.

    Raises ValueError when the options are wrong (a malformed key, coins, address) or pin a
    service key the mock does not sign with."""
    found = ActiveDeals()
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
        found.deals.append(deal)
        found.makers.update({consumer: (deal, kind.makers[consumer]) for consumer in wanted})
        found.checkers.update(
            {sent: (deal, kind.checkers[sent]) for sent in set(kind.checkers) & submitted}
        )
    return found
