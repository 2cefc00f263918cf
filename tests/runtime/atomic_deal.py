"""An ATOMIC private collateral between fresh keys, and the transactions ATOMIC would send.

Built with ``independent`` (not with the runtime): the 2-of-2 script and its address, the
unsigned unlock and escrow transactions, the coins they spend, ATOMIC's own signatures.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
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
    legacy_sighash,
    multisig,
    p2sh_input,
    p2sh_p2wsh_input,
    p2sh_p2wsh_script_pubkey,
    p2sh_script_pubkey,
    p2wpkh_script_pubkey,
    parse,
    pushes,
    random_txid,
)

NETWORK = "testnet"
COIN = 100_000_000
UNLOCK_AMOUNT = 498_000_000  # the document's on-demand request
LOCK_TIME = 1_548_885_799  # the document's timed request (2019-01-30)
LOCK_TIME_2040 = 2_208_988_800  # 2040-01-01: above 2^31
ESCROW_AMOUNT = 200_000_000  # the document's escrow transaction pays 2 BTC into escrow
TX_FEE = 1_000
MAX_FEE = 10_000
MAX_FEE_RATE = 100

Form = Literal["p2sh-p2wsh", "p2sh"]


def address(script_pubkey: bytes) -> str:
    return address_from_script_pubkey(script_pubkey, NETWORK)


def fresh_address() -> str:
    return address(p2wpkh_script_pubkey(Key().public_key))


@dataclass
class Collateral:
    """ATOMIC's key and the user's in a 2-of-2, held in ``form``, and the coins it holds:
    a 10 BTC coin and a 50 BTC one, each at its own outpoint."""

    form: Form = "p2sh-p2wsh"
    atomic: Key = field(default_factory=Key)
    user: Key = field(default_factory=Key)
    small: tuple[bytes, int, int] = field(default_factory=lambda: (random_txid(), 1, 10 * COIN))
    large: tuple[bytes, int, int] = field(default_factory=lambda: (random_txid(), 0, 50 * COIN))
    refund_address: str = field(default_factory=fresh_address)
    escrow_address: str = field(default_factory=fresh_address)

    @property
    def script(self) -> bytes:
        return multisig(2, [self.atomic.public_key, self.user.public_key])

    @property
    def script_pubkey(self) -> bytes:
        if self.form == "p2sh":
            return p2sh_script_pubkey(self.script)
        return p2sh_p2wsh_script_pubkey(self.script)

    @property
    def address(self) -> str:
        return address(self.script_pubkey)

    def info(self, script: bytes | None = None, **overrides: Any) -> dict[str, Any]:
        script = script or self.script
        spk = (
            self.script_pubkey
            if script == self.script
            else (
                p2sh_script_pubkey(script)
                if self.form == "p2sh"
                else p2sh_p2wsh_script_pubkey(script)
            )
        )
        info = {
            "atomic-public-key": self.atomic.public_key.hex(),
            "private-collateral-address": address(spk),
            "private-collateral-redeem-script": script.hex(),
            "private-collateral-script-pub-key": spk.hex(),
        }
        info.update(overrides)
        return info

    def user_body(self, **overrides: Any) -> dict[str, Any]:
        return {
            "private-collateral-info": self.info(**overrides),
            "private-collateral-balance": 60 * COIN,
            "inflight-transactions": [],
        }

    def coins(self, *which: tuple[bytes, int, int]) -> dict[str, int]:
        chosen = which or (self.small,)
        return {f"{txid.hex()}:{vout}": amount for txid, vout, amount in chosen}

    def unlock_outputs(self, amount: int = UNLOCK_AMOUNT, fee: int = TX_FEE) -> list[TxOut]:
        change = self.small[2] - amount - fee
        return [
            TxOut(amount, _spk(self.refund_address)),
            TxOut(change, self.script_pubkey),
        ]

    def escrow_outputs(self, amount: int = ESCROW_AMOUNT, fee: int = TX_FEE) -> list[TxOut]:
        return [
            TxOut(amount, _spk(self.escrow_address)),
            TxOut(self.small[2] - amount - fee, self.script_pubkey),
        ]

    def transaction(
        self,
        outputs: Sequence[TxOut] | None = None,
        *,
        spends: Sequence[tuple[bytes, int, int]] | None = None,
        version: int = 2,
        lock_time: int = 0,
        sequence: int = 0xFFFFFFFF,
    ) -> Tx:
        """The unsigned transaction ATOMIC hands out (``raw-transaction``)."""
        spends = spends or [self.small]
        return Tx(
            tuple(TxIn(txid, vout, sequence=sequence) for txid, vout, _ in spends),
            tuple(outputs if outputs is not None else self.unlock_outputs()),
            version,
            lock_time,
        )

    def atomic_signature(self, tx: Tx, index: int, amount: int, **options: Any) -> bytes:
        signer: Key = options.pop("signer", self.atomic)
        hashtype: int = options.pop("hashtype", SIGHASH_ALL)
        if self.form == "p2sh":
            digest = legacy_sighash(tx, index, self.script)
        else:
            digest = bip143_sighash(tx, index, self.script, amount, hashtype)
        return signer.sign(digest, hashtype, **options)

    def with_atomic_signature(self, tx: Tx, amounts: Sequence[int], **options: Any) -> Tx:
        """``tx`` (unsigned or signed by the user) with ATOMIC's signature in its slot."""
        inputs = []
        unsigned = replace(
            tx, inputs=tuple(replace(i, script_sig=b"", witness=()) for i in tx.inputs)
        )
        for i, (txin, amount) in enumerate(zip(tx.inputs, amounts, strict=True)):
            atomic_sig = self.atomic_signature(unsigned, i, amount, **dict(options))
            if self.form == "p2sh":
                present = pushes(txin.script_sig)[1:-1] if txin.script_sig else [b"", b""]
            else:
                present = list(txin.witness[1:-1]) if txin.witness else [b"", b""]
            slots = [atomic_sig, present[1] if len(present) > 1 else b""]
            if self.form == "p2sh":
                inputs.append(p2sh_input(replace(txin, script_sig=b""), self.script, slots))
            else:
                inputs.append(p2sh_p2wsh_input(txin, self.script, slots))
        return replace(tx, inputs=tuple(inputs))

    def complete(self, user_signed_hex: str, amounts: Sequence[int]) -> str:
        """What ATOMIC does with the user's partially signed transaction: add its signature."""
        return self.with_atomic_signature(parse(user_signed_hex), amounts).hex

    def spent(self, *which: tuple[bytes, int, int]) -> list[Spent]:
        return [Spent(self.script_pubkey, amount) for _, _, amount in (which or (self.small,))]


def _spk(addr: str) -> bytes:
    from coinspec_runtime.bitcoin.addresses import parse_address

    return parse_address(addr, NETWORK).script_pubkey
