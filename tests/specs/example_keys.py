"""The keys behind the escrow examples of specs/hodlhodl.yaml and specs/atomic.yaml.

The documents' own example escrows cannot be used: HodlHodl's repeat a key (its holder
could spend alone, so the runtime refuses every one), and ATOMIC's unlock and escrow
transactions spend another wallet's coins. The specs' examples are rebuilt from the keys
below, which anyone can re-derive (each is the SHA-256 of a sentence), so the examples
are consistent: every escrow verifies, every transaction is signed by the service's key
over the coins it says it spends. Testnet only; these keys are public.

``python -m tests.specs.example_keys`` prints every value the specs hold, for checking by
eye; ``tests/specs/test_escrow_examples.py`` checks the specs against this module.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from coinspec_runtime.bitcoin.bip32 import child_public_key, derive, master_key_from_seed, neuter

from ..runtime.independent import (
    SIGHASH_ALL,
    Key,
    Tx,
    TxIn,
    TxOut,
    bip143_sighash,
    multisig,
    p2sh_p2wsh_input,
    p2sh_p2wsh_script_pubkey,
)

NETWORK = "testnet"


def _secret(sentence: str) -> bytes:
    return hashlib.sha256(sentence.encode("ascii")).digest()


# ---- HodlHodl --------------------------------------------------------------------------------------

HODLHODL_KEY = Key(_secret("coinspec example: HodlHodl's escrow key"))
USER_XPRV = master_key_from_seed(_secret("coinspec example: the user's HodlHodl account"), NETWORK)
USER_XPUB = neuter(USER_XPRV)
COUNTERPARTY_XPRV = master_key_from_seed(
    _secret("coinspec example: the counterparty's HodlHodl account"), NETWORK
)
POSITIONS = {"seller": 1, "buyer": 2}


def user_key(index: int) -> Key:
    """The user's escrow key at ``index`` (the child of USER_XPRV), with its secret."""
    import bitcointx
    from bitcointx.wallet import CCoinExtKey

    with bitcointx.ChainParams("bitcoin/testnet"):
        return Key(bytes(CCoinExtKey(derive(USER_XPRV, [index])).priv.secret_bytes))


def escrow_script(role: str, index: int) -> bytes:
    """HodlHodl's key, then the seller's, then the buyer's; the user is ``role``."""
    mine = child_public_key(USER_XPUB, index)
    theirs = child_public_key(neuter(COUNTERPARTY_XPRV), index)
    keys = [HODLHODL_KEY.public_key, theirs, theirs]
    keys[POSITIONS[role]] = mine
    keys[3 - POSITIONS[role]] = theirs
    return multisig(2, keys)


def escrow_address(script: bytes) -> str:
    from coinspec_runtime.bitcoin.addresses import address_from_script_pubkey

    return address_from_script_pubkey(p2sh_p2wsh_script_pubkey(script), NETWORK)


@dataclass(frozen=True)
class HodlHodlSpend:
    """A release or refund example: the contract whose escrow it spends, and what it pays."""

    contract_id: str  # the spec example (by contract id) whose escrow the transaction spends
    role: str
    index: int
    outputs: tuple[tuple[str, int], ...]  # (scriptPubKey hex, satoshis), as in the document
    in_amount: int = 1_100_000_000
    prevout: str = "1c44dd8fcf41fc94015f9ee4e9f2a6329cb2bb5c5f96c4d6155a3e9e608e1f93:0"

    def transaction(self) -> dict[str, Any]:
        script = escrow_script(self.role, self.index)
        txid, vout = self.prevout.split(":")
        unsigned = Tx(
            (TxIn(bytes.fromhex(txid), int(vout)),),
            tuple(TxOut(value, bytes.fromhex(spk)) for spk, value in self.outputs),
            version=1,
        )
        digest = bip143_sighash(unsigned, 0, script, self.in_amount)
        signature = HODLHODL_KEY.sign(digest, SIGHASH_ALL)
        signed = Tx(
            (p2sh_p2wsh_input(unsigned.inputs[0], script, [signature, bytes(70)]),),
            unsigned.outputs,
            version=1,
        )
        return {"hex": signed.hex, "in_amounts": [self.in_amount]}


# The document's release example pays its buyer (n45ssNV2o1ursURPhLvF1AXVtzrcvKrpPZ) and
# HodlHodl's fee address; the refund example returns everything to n4VQ5YdHf7hLQ2gWQYYrcxoE5B7nWuDFNF.
# The rebuilt ones pay the same, from the escrows of the contracts the signing examples return.
RELEASE = HodlHodlSpend(
    "i10zKvZLCVGVUnMM",
    "seller",
    221,
    (
        ("76a914f78cccb98956d9412ec023e18329d98e134c3fa888ac", 1_077_997_881),
        ("00149a4930b4ce7289c899053fa4a6d11a37ef4c919a", 22_000_000),
    ),
)
REFUND = HodlHodlSpend(
    "oYG9dyXNwAD8k7LZ",
    "seller",
    222,
    (("76a914fbff95b4e35aca918d26e157392ea1643a2dc28388ac", 1_099_998_184),),
)


def main() -> None:
    print("escrow_xpub example:", USER_XPUB)
    print("hodlhodl_public_key example:", HODLHODL_KEY.public_key.hex())
    for role, index in [
        ("buyer", 214),
        ("seller", 215),
        ("buyer", 213),
        ("buyer", 216),
        ("buyer", 217),
        ("buyer", 218),
        ("seller", 221),
        ("seller", 222),
        ("seller", 223),
    ]:
        script = escrow_script(role, index)
        print(f"{role} {index}: {escrow_address(script)} {script.hex()}")
    print("release:", RELEASE.transaction())
    print("refund:", REFUND.transaction())


if __name__ == "__main__":
    main()
