"""Checks shared by the services that hand the user a transaction to sign."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bitcointx.core import CTransaction

from .bitcoin.addresses import address_from_script_pubkey, parse_address
from .bitcoin.networks import Network
from .bitcoin.transactions import parse_transaction
from .errors import AddressError, TransactionError, VerificationError


@dataclass(frozen=True)
class Output:
    index: int
    address: str
    script_pubkey: bytes
    amount: int


def parse_tx(raw: str, check: str) -> CTransaction:
    try:
        return parse_transaction(raw)
    except TransactionError as exc:
        raise VerificationError(check, str(exc)) from None


def outputs_of(tx: CTransaction, network: Network) -> list[Output]:
    result = []
    for i, out in enumerate(tx.vout):
        spk = bytes(out.scriptPubKey)
        try:
            address = address_from_script_pubkey(spk, network)
        except AddressError:
            address = f"<script {spk.hex()}>"
        result.append(Output(i, address, spk, int(out.nValue)))
    return result


def script_pubkey_of(address: str, network: Network, what: str) -> bytes:
    """scriptPubKey of an address the *caller* supplied; a bad one is the caller's bug (ValueError)."""
    try:
        return parse_address(address, network).script_pubkey
    except AddressError as exc:
        raise ValueError(f"{what}: {exc}") from None


def check_fee(check: str, input_amounts: Sequence[int], tx: CTransaction, max_fee: int) -> int:
    if isinstance(max_fee, bool) or not isinstance(max_fee, int) or max_fee < 0:
        raise ValueError("max_fee must be a non-negative integer number of satoshis")
    total_in = sum(input_amounts)
    total_out = sum(int(o.nValue) for o in tx.vout)
    fee = total_in - total_out
    if fee <= 0:
        raise VerificationError(
            check, f"outputs ({total_out} sats) spend at least the inputs ({total_in} sats)"
        )
    if fee > max_fee:
        raise VerificationError(check, f"fee is {fee} sats, more than the allowed {max_fee}")
    return fee


def check_input_count(check: str, tx: CTransaction, input_amounts: Sequence[int]) -> None:
    if len(input_amounts) != len(tx.vin):
        raise VerificationError(
            check, f"{len(input_amounts)} input amounts for a transaction with {len(tx.vin)} inputs"
        )
