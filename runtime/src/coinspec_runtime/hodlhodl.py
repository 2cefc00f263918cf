"""HodlHodl: check a contract's escrow and the release/refund transactions, and sign them.

A HodlHodl escrow is a 2-of-3 multisig (keys in HodlHodl's order, not
sorted) held in a P2SH-P2WSH address. Release and refund transactions arrive
pre-signed by HodlHodl: each input's witness is ``[<empty>, <server
signature>, <70 zero bytes>, <witness script>]``; the zero bytes mark where
the user's signature goes. The server's signature is checked under BIP143
with the amounts from ``in_amounts``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from bitcointx.core import CTransaction

from ._fields import field, sats_list, string_field, unwrap
from ._spend import check_fee, check_input_count, outputs_of, parse_tx, script_pubkey_of
from .bitcoin.addresses import parse_address
from .bitcoin.amounts import btc_to_sats
from .bitcoin.bip32 import child_private_key, child_public_key
from .bitcoin.keys import PrivateKey, PublicKeyLike, parse_public_key
from .bitcoin.multisig import (
    MultisigScript,
    p2sh_p2wsh_address,
    p2sh_p2wsh_script_pubkey,
    parse_multisig_script,
)
from .bitcoin.networks import Network, NetworkLike, get_network
from .bitcoin.transactions import (
    InvalidSignatureError,
    MultisigInput,
    add_multisig_signature,
    read_multisig_input,
    transaction_hex,
    txid,
)
from .errors import AddressError, InvalidKeyError, TransactionError, VerificationError

__all__ = [
    "VerifiedEscrow",
    "VerifiedSpend",
    "refund_for_contract",
    "release_for_contract",
    "sign_refund_transaction",
    "sign_release_transaction",
    "signing_key_for_escrow",
    "verify_contract_escrow",
    "verify_escrow",
    "verify_refund_transaction",
    "verify_release_transaction",
]

Kind = Literal["release", "refund"]


@dataclass(frozen=True)
class VerifiedEscrow:
    address: str
    witness_script: MultisigScript
    network: Network
    user_position: int | None = None


@dataclass(frozen=True)
class VerifiedSpend:
    transaction: CTransaction
    fee: int
    server_pubkey: bytes
    inputs: tuple[MultisigInput, ...]

    @property
    def txid(self) -> str:
        """Computed on demand: serializing the transaction costs more than the rest of a check."""
        return txid(self.transaction)


def _escrow_body(escrow: Mapping[str, Any]) -> Mapping[str, Any]:
    return unwrap(escrow, "contract", "escrow")


def _escrow_script_and_address(escrow: Mapping[str, Any], net: Network) -> VerifiedEscrow:
    body = _escrow_body(escrow)
    script_hex = string_field(body, "witness_script", "escrow.witness_script")
    try:
        script = parse_multisig_script(script_hex, compressed_only=True)
    except TransactionError as exc:
        raise VerificationError("escrow.witness_script", str(exc)) from None
    if (script.m, script.n) != (2, 3):
        raise VerificationError(
            "escrow.witness_script", f"script is {script.m}-of-{script.n}, expected 2-of-3"
        )
    address = string_field(body, "address", "escrow.address")
    try:
        parsed = parse_address(address, net)
    except AddressError as exc:
        raise VerificationError("escrow.address", str(exc)) from None
    expected = p2sh_p2wsh_script_pubkey(script.script)
    if parsed.script_pubkey != expected:
        raise VerificationError(
            "escrow.address",
            f"{address} is not the P2SH-P2WSH address of the witness script, "
            f"which is {p2sh_p2wsh_address(script.script, net)} on {net.name}",
        )
    return VerifiedEscrow(address, script, net)


def _escrow_index(escrow: Mapping[str, Any]) -> int:
    """``escrow.index``: the non-hardened child of the user's extended key in this escrow."""
    index = field(_escrow_body(escrow), "index", "escrow.index")
    if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < 2**31:
        raise VerificationError(
            "escrow.index", f"index must be a non-hardened child number, got {index!r}"
        )
    return index


def verify_escrow(
    escrow: Mapping[str, Any],
    *,
    network: NetworkLike,
    user_pubkey: PublicKeyLike | None = None,
    user_xpub: str | None = None,
) -> VerifiedEscrow:
    """Check ``contract.escrow``: a 2-of-3 witness script holding the user's key exactly once,
    and an address that is P2SH-P2WSH of that script on ``network``.

    Give the user's key as ``user_pubkey``, or as ``user_xpub`` from which the
    key at ``escrow.index`` is derived (non-hardened child).
    """
    net = get_network(network)
    if (user_pubkey is None) == (user_xpub is None):
        raise ValueError("give exactly one of user_pubkey or user_xpub")
    verified = _escrow_script_and_address(escrow, net)
    if user_xpub is not None:
        index = _escrow_index(escrow)
        try:
            pubkey = child_public_key(user_xpub, index)
        except (InvalidKeyError, ValueError) as exc:
            raise ValueError(f"user_xpub: {exc}") from None
    else:
        assert user_pubkey is not None
        try:
            pubkey = parse_public_key(user_pubkey)
        except InvalidKeyError as exc:
            raise ValueError(f"user_pubkey: {exc}") from None
    positions = verified.witness_script.positions_of(pubkey)
    if len(positions) != 1:
        raise VerificationError(
            "escrow.witness_script",
            f"your public key {pubkey.hex()} appears {len(positions)} times in the witness script, expected once",
        )
    return VerifiedEscrow(verified.address, verified.witness_script, net, positions[0])


def _verify_spend(
    kind: Kind,
    transaction: Mapping[str, Any],
    escrow: Mapping[str, Any],
    net: Network,
    expected_outputs: Mapping[str, int],
    fee_paid_by: str | None,
    max_fee: int,
) -> tuple[VerifiedSpend, list[int], VerifiedEscrow, CTransaction]:
    verified_escrow = _escrow_script_and_address(escrow, net)
    script = verified_escrow.witness_script
    body = unwrap(transaction, "transaction")
    tx = parse_tx(string_field(body, "hex", f"{kind}.hex"), f"{kind}.hex")
    in_amounts = sats_list(
        field(body, "in_amounts", f"{kind}.in_amounts"), f"{kind}.in_amounts", "in_amounts"
    )
    check_input_count(f"{kind}.in_amounts", tx, in_amounts)

    # Outputs: exactly the expected ones; the fee payer's output may be short by the fee.
    expected = {}
    for address, amount in expected_outputs.items():
        if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
            raise ValueError(f"expected amount for {address} must be a positive int of satoshis")
        expected[script_pubkey_of(address, net, "expected_outputs")] = (address, amount)
    payer = script_pubkey_of(fee_paid_by, net, "fee_paid_by") if fee_paid_by is not None else None
    if payer is not None and payer not in expected:
        raise ValueError("fee_paid_by must be one of the expected output addresses")
    fee = sum(in_amounts) - sum(int(o.nValue) for o in tx.vout)
    seen: set[bytes] = set()
    for out in outputs_of(tx, net):
        if out.script_pubkey not in expected:
            raise VerificationError(
                f"{kind}.outputs",
                f"output {out.index} pays {out.amount} sats to unexpected {out.address}",
            )
        if out.script_pubkey in seen:
            raise VerificationError(
                f"{kind}.outputs", f"output {out.index} pays {out.address} a second time"
            )
        seen.add(out.script_pubkey)
        address, amount = expected[out.script_pubkey]
        want = amount - fee if out.script_pubkey == payer else amount
        if out.amount != want:
            detail = (
                f"{amount} minus the fee {fee} = {want}"
                if out.script_pubkey == payer
                else str(amount)
            )
            raise VerificationError(
                f"{kind}.outputs",
                f"output {out.index} pays {out.amount} sats to {address}, expected {detail}",
            )
    missing = [address for spk, (address, _) in expected.items() if spk not in seen]
    if missing:
        raise VerificationError(f"{kind}.outputs", f"no output pays {', '.join(missing)}")
    fee = check_fee(f"{kind}.fee", in_amounts, tx, max_fee)

    # Inputs: each spends the escrow and carries exactly one valid server signature.
    inputs = []
    server_keys: set[bytes] = set()
    for i, amount in enumerate(in_amounts):
        try:
            state = read_multisig_input(tx, i, form="p2sh-p2wsh", script=script, amount=amount)
        except InvalidSignatureError as exc:
            raise VerificationError(f"{kind}.server_signature", str(exc)) from None
        except TransactionError as exc:
            raise VerificationError(f"{kind}.inputs", f"does not spend the escrow: {exc}") from None
        if len(state.signatures) != 1 or state.placeholder is None:
            raise VerificationError(
                f"{kind}.server_signature",
                f"input {i} holds {len(state.signatures)} signatures; expected the server's and a placeholder for yours",
            )
        server_keys.update(state.signed_by)
        inputs.append(state)
    if len(server_keys) != 1:
        raise VerificationError(f"{kind}.server_signature", "inputs are signed by different keys")
    spend = VerifiedSpend(tx, fee, server_keys.pop(), tuple(inputs))
    return spend, in_amounts, verified_escrow, tx


def verify_release_transaction(
    transaction: Mapping[str, Any],
    *,
    escrow: Mapping[str, Any],
    network: NetworkLike,
    expected_outputs: Mapping[str, int],
    max_fee: int,
    fee_paid_by: str | None = None,
) -> VerifiedSpend:
    """Check a release transaction (``GET /contracts/:id/release_transaction``'s ``transaction``).

    It must spend the escrow (``contract.escrow``, whose address is checked
    too) in every input, carry one valid server signature per input (BIP143,
    amounts from ``in_amounts``), pay exactly ``expected_outputs`` (address ->
    satoshis; the output to ``fee_paid_by`` may be short by exactly the fee)
    and pay a fee of 1..``max_fee`` satoshis.
    """
    return _verify_spend(
        "release", transaction, escrow, get_network(network), expected_outputs, fee_paid_by, max_fee
    )[0]


def verify_refund_transaction(
    transaction: Mapping[str, Any],
    *,
    escrow: Mapping[str, Any],
    network: NetworkLike,
    expected_outputs: Mapping[str, int],
    max_fee: int,
    fee_paid_by: str | None = None,
) -> VerifiedSpend:
    """Check a refund transaction; the same checks as :func:`verify_release_transaction`."""
    return _verify_spend(
        "refund", transaction, escrow, get_network(network), expected_outputs, fee_paid_by, max_fee
    )[0]


def _sign(
    kind: Kind,
    transaction: Mapping[str, Any],
    escrow: Mapping[str, Any],
    user_key: PrivateKey,
    network: NetworkLike,
    expected_outputs: Mapping[str, int],
    max_fee: int,
    fee_paid_by: str | None,
) -> str:
    net = get_network(network)
    verified_escrow = verify_escrow(escrow, network=net, user_pubkey=user_key.public_key)
    # The spend check parses the transaction once; signing reuses it.
    spend, in_amounts, _, tx = _verify_spend(
        kind, transaction, escrow, net, expected_outputs, fee_paid_by, max_fee
    )
    if spend.server_pubkey == user_key.public_key:
        raise VerificationError(
            f"{kind}.server_signature", "the signature present is made with your own key"
        )
    for i, amount in enumerate(in_amounts):
        try:
            tx = add_multisig_signature(
                tx,
                i,
                user_key,
                form="p2sh-p2wsh",
                script=verified_escrow.witness_script,
                amount=amount,
                verified=spend.inputs[i],  # the spend check just read and verified this input
            )
        except TransactionError as exc:
            raise VerificationError(f"{kind}.signing", str(exc)) from None
    return transaction_hex(tx)


def sign_release_transaction(
    transaction: Mapping[str, Any],
    *,
    escrow: Mapping[str, Any],
    user_key: PrivateKey,
    network: NetworkLike,
    expected_outputs: Mapping[str, int],
    max_fee: int,
    fee_paid_by: str | None = None,
) -> str:
    """Check the escrow and the release transaction, then add the user's signature.

    Returns the fully signed transaction hex for ``POST .../release_transaction``.
    Nothing is signed if any check fails (:class:`VerificationError`).
    """
    return _sign(
        "release", transaction, escrow, user_key, network, expected_outputs, max_fee, fee_paid_by
    )


def sign_refund_transaction(
    transaction: Mapping[str, Any],
    *,
    escrow: Mapping[str, Any],
    user_key: PrivateKey,
    network: NetworkLike,
    expected_outputs: Mapping[str, int],
    max_fee: int,
    fee_paid_by: str | None = None,
) -> str:
    """Check the escrow and the refund transaction, then add the user's signature."""
    return _sign(
        "refund", transaction, escrow, user_key, network, expected_outputs, max_fee, fee_paid_by
    )


# ---- contract-level checks, as the generated client calls them -----------------------------


def verify_contract_escrow(
    contract: Mapping[str, Any],
    *,
    network: NetworkLike,
    user_pubkey: PublicKeyLike | None = None,
    user_xpub: str | None = None,
) -> None:
    """Check a contract's escrow when it has one (a fresh contract has no address yet).

    Give the user's escrow key as ``user_pubkey`` or the account ``user_xpub`` (the key at
    ``escrow.index`` is derived from it); with neither, there is nothing to check against.
    """
    body = unwrap(contract, "contract")
    escrow = body.get("escrow")
    if (
        not isinstance(escrow, Mapping)
        or not escrow.get("address")
        or not escrow.get("witness_script")
    ):
        return
    verify_escrow(escrow, network=network, user_pubkey=user_pubkey, user_xpub=user_xpub)


def signing_key_for_escrow(
    signing_key: str, escrow: Mapping[str, Any], network: NetworkLike
) -> PrivateKey:
    """The user's escrow key from a WIF, a 64-digit hex secret, or an extended private key
    (then the child at ``escrow.index``)."""
    text = signing_key.strip()
    if text[1:4] == "prv":  # xprv / tprv
        return child_private_key(text, _escrow_index(escrow))
    return PrivateKey.from_text(text, network)


def release_for_contract(
    contract: Mapping[str, Any],
    transaction: Mapping[str, Any],
    *,
    signing_key: str,
    network: NetworkLike,
    max_fee: int,
) -> dict[str, str]:
    """Verify and sign a contract's release transaction with what the contract itself says.

    The buyer's ``release_address`` must get ``volume_breakdown.goes_to_buyer`` less the
    transaction fee (the buyer pays it, at most ``max_fee`` satoshis) and the one other
    output exactly ``volume_breakdown.exchange_fee`` (HodlHodl's fee address is not in the
    contract, so only its amount can be checked); nothing else may be paid. Returns the
    body to post back: ``{"hex": <signed transaction>}``.
    """
    net = get_network(network)
    body = unwrap(contract, "contract")
    escrow = field(body, "escrow", "contract.escrow")
    if not isinstance(escrow, Mapping):
        raise VerificationError("contract.escrow", "the contract has no escrow yet")
    release_address = string_field(body, "release_address", "contract.release_address")
    breakdown = field(body, "volume_breakdown", "contract.volume_breakdown")
    if not isinstance(breakdown, Mapping):
        raise VerificationError("contract.volume_breakdown", "volume_breakdown must be an object")
    try:
        to_buyer = btc_to_sats(breakdown["goes_to_buyer"])
        exchange_fee = btc_to_sats(breakdown.get("exchange_fee", "0"))
    except (KeyError, ValueError) as exc:
        raise VerificationError("contract.volume_breakdown", f"unreadable amounts: {exc}") from None
    expected = {release_address: to_buyer}
    if exchange_fee:
        tx = parse_tx(
            string_field(unwrap(transaction, "transaction"), "hex", "release.hex"), "release.hex"
        )
        others = [o.address for o in outputs_of(tx, net) if o.address != release_address]
        if len(others) == 1:
            expected[others[0]] = exchange_fee
    key = signing_key_for_escrow(signing_key, escrow, net)
    signed = sign_release_transaction(
        transaction,
        escrow=escrow,
        user_key=key,
        network=net,
        expected_outputs=expected,
        max_fee=max_fee,
        fee_paid_by=release_address,
    )
    return {"hex": signed}


def refund_for_contract(
    contract: Mapping[str, Any],
    transaction: Mapping[str, Any],
    *,
    release_address: str,
    signing_key: str,
    network: NetworkLike,
    max_fee: int,
) -> dict[str, str]:
    """Verify and sign a contract's refund transaction: everything the escrow holds
    (``in_amounts``, which HodlHodl's BIP143 signature commits to) goes back to
    ``release_address`` less a fee of at most ``max_fee`` satoshis, and nothing else is paid.
    Returns the body to post back: ``{"hex": <signed transaction>}``."""
    net = get_network(network)
    body = unwrap(contract, "contract")
    escrow = field(body, "escrow", "contract.escrow")
    if not isinstance(escrow, Mapping):
        raise VerificationError("contract.escrow", "the contract has no escrow yet")
    in_amounts = sats_list(
        field(unwrap(transaction, "transaction"), "in_amounts", "refund.in_amounts"),
        "refund.in_amounts",
        "in_amounts",
    )
    key = signing_key_for_escrow(signing_key, escrow, net)
    signed = sign_refund_transaction(
        transaction,
        escrow=escrow,
        user_key=key,
        network=net,
        expected_outputs={release_address: sum(in_amounts)},
        max_fee=max_fee,
        fee_paid_by=release_address,
    )
    return {"hex": signed}
