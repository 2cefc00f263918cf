"""A HodlHodl contract between fresh keys, and the transactions HodlHodl would send for it.

Everything here is built with ``independent`` (not with the runtime): the escrow script and
address, the release and refund transactions and HodlHodl's signatures on them. Keys are
in the document's order: HodlHodl's, the seller's, the buyer's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from coinspec_runtime.bitcoin.addresses import address_from_script_pubkey

from .independent import (
    SIGHASH_ALL,
    Key,
    Spent,
    Tx,
    TxIn,
    TxOut,
    bip143_sighash,
    multisig,
    p2pkh_script_pubkey,
    p2sh_input,
    p2sh_p2wsh_input,
    p2sh_p2wsh_script_pubkey,
    p2wpkh_script_pubkey,
    p2wsh_input,
    random_txid,
)

NETWORK = "testnet"
GOES_TO_BUYER = 1_078_000_000  # "10.78000000", as in the document's contracts
EXCHANGE_FEE = 22_000_000  # "0.22000000"
VOLUME = GOES_TO_BUYER + EXCHANGE_FEE
TX_FEE = 2_119  # the fee of the document's release example
MAX_FEE = 10_000
MAX_FEE_RATE = 100
INDEX = 7
PLACEHOLDER = bytes(70)

Role = Literal["buyer", "seller"]
Form = Literal["p2sh-p2wsh", "p2wsh", "p2sh"]


def address(script_pubkey: bytes) -> str:
    return address_from_script_pubkey(script_pubkey, NETWORK)


@dataclass
class Deal:
    """One contract: HodlHodl's, the seller's and the buyer's keys, and whose side we are on."""

    role: Role = "seller"
    hodlhodl: Key = field(default_factory=Key)
    seller: Key = field(default_factory=Key)
    buyer: Key = field(default_factory=Key)
    fee_collector: Key = field(default_factory=Key)
    coins: list[bytes] = field(default_factory=lambda: [random_txid() for _ in range(4)])

    @property
    def me(self) -> Key:
        return self.seller if self.role == "seller" else self.buyer

    @property
    def counterparty(self) -> Key:
        return self.buyer if self.role == "seller" else self.seller

    @property
    def buyer_script(self) -> bytes:
        return p2pkh_script_pubkey(self.buyer.public_key)

    @property
    def buyer_address(self) -> str:
        return address(self.buyer_script)

    @property
    def seller_address(self) -> str:
        return address(p2wpkh_script_pubkey(self.seller.public_key))

    @property
    def fee_script(self) -> bytes:
        return p2wpkh_script_pubkey(self.fee_collector.public_key)

    def script(self, keys: Sequence[bytes] | None = None, m: int = 2) -> bytes:
        return multisig(
            m, keys or [self.hodlhodl.public_key, self.seller.public_key, self.buyer.public_key]
        )

    def escrow(self, script: bytes | None = None, **overrides: Any) -> dict[str, Any]:
        script = script or self.script()
        escrow = {
            "address": address(p2sh_p2wsh_script_pubkey(script)),
            "witness_script": script.hex(),
            "index": INDEX,
            "you_confirmed": False,
            "counterparty_confirmed": False,
        }
        escrow.update(overrides)
        return escrow

    def contract(self, escrow: dict[str, Any] | None = None, **overrides: Any) -> dict[str, Any]:
        contract: dict[str, Any] = {
            "id": "c1",
            "your_role": self.role,
            "status": "paid",
            "volume": "11.00000000",
            "volume_breakdown": {
                "goes_to_buyer": "10.78000000",
                "exchange_fee": "0.22000000",
                "exchange_fee_in_fiat": "770.00",
                "transaction_fee": "0.00003291",
            },
            "escrow": escrow if escrow is not None else self.escrow(),
        }
        if self.role == "buyer":
            contract["release_address"] = self.buyer_address
        contract.update(overrides)
        return contract

    def release_outputs(self, fee: int = TX_FEE) -> list[TxOut]:
        return [TxOut(GOES_TO_BUYER - fee, self.buyer_script), TxOut(EXCHANGE_FEE, self.fee_script)]

    def refund_outputs(self, fee: int = 1_816) -> list[TxOut]:
        return [TxOut(VOLUME - fee, p2wpkh_script_pubkey(self.seller.public_key))]

    def transaction(
        self,
        outputs: Sequence[TxOut] | None = None,
        *,
        in_amounts: Sequence[int] = (VOLUME,),
        signed_amounts: Sequence[int] | None = None,
        signer: Key | None = None,
        hashtype: int = SIGHASH_ALL,
        high_s: bool = False,
        script: bytes | None = None,
        form: Form = "p2sh-p2wsh",
        version: int = 1,
        lock_time: int = 0,
        sequence: int = 0xFFFFFFFF,
        outpoints: Sequence[tuple[bytes, int]] | None = None,
        items: Sequence[bytes] | None = None,
        placeholder: bytes | None = PLACEHOLDER,
    ) -> dict[str, Any]:
        """A release (or refund) transaction as HodlHodl sends it, signed by HodlHodl:
        each input's witness is [<>, HodlHodl's signature, 70 zero bytes, witness script]."""
        script = script or self.script()
        signer = signer or self.hodlhodl
        outpoints = outpoints or [(self.coins[i], i) for i in range(len(in_amounts))]
        unsigned = Tx(
            tuple(TxIn(txid, n, sequence=sequence) for txid, n in outpoints),
            tuple(outputs if outputs is not None else self.release_outputs()),
            version,
            lock_time,
        )
        inputs = []
        for i, amount in enumerate(signed_amounts or in_amounts):
            if items is None:
                digest = bip143_sighash(unsigned, i, script, amount, hashtype)
                signature = signer.sign(digest, hashtype, high_s=high_s)
                slots: Sequence[bytes] = [signature] + ([placeholder] if placeholder else [])
            else:
                slots = items
            if form == "p2sh-p2wsh":
                inputs.append(p2sh_p2wsh_input(unsigned.inputs[i], script, slots))
            elif form == "p2wsh":
                inputs.append(p2wsh_input(unsigned.inputs[i], script, slots))
            else:
                inputs.append(p2sh_input(unsigned.inputs[i], script, slots))
        tx = Tx(tuple(inputs), unsigned.outputs, version, lock_time)
        return {"contract_id": "c1", "hex": tx.hex, "in_amounts": list(in_amounts)}

    def spent(self, in_amounts: Sequence[int] = (VOLUME,)) -> list[Spent]:
        escrow_spk = p2sh_p2wsh_script_pubkey(self.script())
        return [Spent(escrow_spk, amount) for amount in in_amounts]


@dataclass
class Account:
    """The user's HodlHodl account: an extended key whose child at INDEX is the escrow key."""

    xprv: str
    xpub: str
    key: Key


def child_key(xprv: str, index: int) -> Key:
    """The key at child ``index`` of ``xprv``, derived by python-bitcointx, not by the runtime."""
    import bitcointx
    from bitcointx.wallet import CCoinExtKey

    with bitcointx.ChainParams("bitcoin/testnet"):
        return Key(bytes(CCoinExtKey(xprv).derive(index).priv.secret_bytes))


def account() -> Account:
    import secrets

    import bitcointx
    from bitcointx.wallet import CCoinExtKey

    with bitcointx.ChainParams("bitcoin/testnet"):
        master = CCoinExtKey.from_seed(secrets.token_bytes(32))
        xprv, xpub = str(master), str(master.neuter())
    return Account(xprv, xpub, child_key(xprv, INDEX))


def account_deal(role: Role = "seller") -> tuple[Deal, Account]:
    """A deal in which the user's key is the child at INDEX of a fresh account."""
    user = account()
    if role == "seller":
        return Deal(role=role, seller=user.key), user
    return Deal(role=role, buyer=user.key), user
