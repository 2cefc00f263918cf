"""ATOMIC: check the private-collateral address, check and sign unlock, timed-unlock
and escrow transactions, and build and sign the pay transaction.

The private collateral is a 2-of-2 multisig of ATOMIC's key and the user's.
The document calls its script a "redeem script", but the example address and
script-pub-key are P2SH-P2WSH of it, while the example unlock and escrow
transactions spend a legacy P2SH 2-of-2 (``OP_0 <sig> OP_0 <redeem script>``).
So :func:`verify_private_collateral` accepts either form and records which one
the address is; the transaction checks then require inputs of that form.

ATOMIC hands out unsigned transactions (``raw-transaction``); the user signs
and sends them back partially signed, with ``OP_0`` standing for ATOMIC's
signature. A transaction that already carries signatures is accepted too;
every signature present must be valid.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from bitcointx.core import CTransaction

from ._fields import field, first_string_field, sats_value, string_field, unwrap
from ._spend import check_fee, check_input_count, outputs_of, parse_tx, script_pubkey_of
from .bitcoin.addresses import parse_address
from .bitcoin.builder import Utxo, build_unsigned, sign_inputs
from .bitcoin.keys import PrivateKey, PublicKeyLike, parse_public_key
from .bitcoin.multisig import (
    MultisigScript,
    p2sh_p2wsh_script_pubkey,
    p2sh_script_pubkey,
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
    "DUST_LIMIT",
    "PrivateCollateral",
    "VerifiedTransaction",
    "build_pay_transaction",
    "sign_escrow_transaction",
    "sign_timed_unlock_transaction",
    "sign_unlock_transaction",
    "unlock_for_user",
    "verify_escrow_transaction",
    "verify_private_collateral",
    "verify_timed_unlock_transaction",
    "verify_unlock_transaction",
]

DUST_LIMIT = 546
CollateralForm = Literal["p2sh", "p2sh-p2wsh"]
_TX_KEYS = ("raw-transaction", "partially-signed-unlock-tx", "partially-signed-tx")
_ESCROW_TX_KEYS = ("raw-escrow-transaction", "partially-signed-escrow-transaction")


@dataclass(frozen=True)
class PrivateCollateral:
    address: str
    form: CollateralForm
    script: MultisigScript
    script_pubkey: bytes
    atomic_pubkey: bytes
    user_pubkey: bytes
    network: Network


@dataclass(frozen=True)
class VerifiedTransaction:
    txid: str
    fee: int
    inputs: tuple[MultisigInput, ...]

    @property
    def signed_by(self) -> tuple[bytes, ...]:
        """Keys whose signatures are present in every input."""
        sets = [set(i.signed_by) for i in self.inputs]
        common = set.intersection(*sets) if sets else set()
        return tuple(k for k in self.inputs[0].script.pubkeys if k in common) if self.inputs else ()


def _pubkey_arg(value: PublicKeyLike, name: str) -> bytes:
    try:
        return parse_public_key(value)
    except InvalidKeyError as exc:
        raise ValueError(f"{name}: {exc}") from None


def verify_private_collateral(
    info: Mapping[str, Any],
    *,
    user_pubkey: PublicKeyLike,
    network: NetworkLike,
    atomic_pubkey: PublicKeyLike | None = None,
) -> PrivateCollateral:
    """Check ``private-collateral-info``: a 2-of-2 script of ATOMIC's and the user's keys,
    and an address (and script-pub-key) that is P2SH-P2WSH or P2SH of it on ``network``.

    ``atomic_pubkey``, when given (a key the wallet already trusts), must equal
    ``atomic-public-key``.
    """
    net = get_network(network)
    body = unwrap(info, "private-collateral-info")
    user = _pubkey_arg(user_pubkey, "user_pubkey")
    try:
        atomic = parse_public_key(string_field(body, "atomic-public-key", "collateral.atomic_key"))
    except InvalidKeyError as exc:
        raise VerificationError("collateral.atomic_key", str(exc)) from None
    if atomic_pubkey is not None and atomic != _pubkey_arg(atomic_pubkey, "atomic_pubkey"):
        raise VerificationError(
            "collateral.atomic_key",
            f"ATOMIC's key is {atomic.hex()}, expected {_pubkey_arg(atomic_pubkey, 'atomic_pubkey').hex()}",
        )
    try:
        script = parse_multisig_script(
            string_field(body, "private-collateral-redeem-script", "collateral.redeem_script")
        )
    except TransactionError as exc:
        raise VerificationError("collateral.redeem_script", str(exc)) from None
    if (script.m, script.n) != (2, 2):
        raise VerificationError(
            "collateral.redeem_script", f"script is {script.m}-of-{script.n}, expected 2-of-2"
        )
    for key, whose in ((user, "your"), (atomic, "ATOMIC's")):
        count = len(script.positions_of(key))
        if count != 1:
            raise VerificationError(
                "collateral.redeem_script",
                f"{whose} key {key.hex()} appears {count} times in the script, expected once",
            )
    address = string_field(body, "private-collateral-address", "collateral.address")
    try:
        paid_to = parse_address(address, net).script_pubkey
    except AddressError as exc:
        raise VerificationError("collateral.address", str(exc)) from None
    form: CollateralForm
    if paid_to == p2sh_p2wsh_script_pubkey(script.script):
        form = "p2sh-p2wsh"
        if any(len(k) != 33 for k in script.pubkeys):
            raise VerificationError(
                "collateral.redeem_script", "a P2SH-P2WSH script needs compressed keys"
            )
    elif paid_to == p2sh_script_pubkey(script.script):
        form = "p2sh"
    else:
        raise VerificationError(
            "collateral.address",
            f"{address} is neither the P2SH-P2WSH nor the P2SH address of the redeem script",
        )
    spk_hex = body.get("private-collateral-script-pub-key")
    if spk_hex is not None and (not isinstance(spk_hex, str) or spk_hex.lower() != paid_to.hex()):
        raise VerificationError(
            "collateral.script_pub_key",
            f"script-pub-key {spk_hex!r} does not match the address ({paid_to.hex()})",
        )
    return PrivateCollateral(address, form, script, paid_to, atomic, user, net)


def _check_inputs(
    kind: str, tx: CTransaction, collateral: PrivateCollateral, input_amounts: Sequence[int]
) -> tuple[MultisigInput, ...]:
    check_input_count(f"{kind}.input_amounts", tx, input_amounts)
    states = []
    for i, amount in enumerate(input_amounts):
        try:
            states.append(
                read_multisig_input(
                    tx, i, form=collateral.form, script=collateral.script, amount=amount
                )
            )
        except InvalidSignatureError as exc:
            raise VerificationError(f"{kind}.signature", str(exc)) from None
        except TransactionError as exc:
            raise VerificationError(
                f"{kind}.inputs", f"does not spend the private collateral: {exc}"
            ) from None
    return tuple(states)


def _amounts(values: Sequence[int], name: str) -> list[int]:
    amounts = list(values)
    for v in amounts:
        if isinstance(v, bool) or not isinstance(v, int) or v <= 0:
            raise ValueError(f"{name} must be positive integers of satoshis")
    return amounts


def _verify_collateral_spend(
    kind: str,
    raw_tx: str,
    *,
    collateral: PrivateCollateral,
    input_amounts: Sequence[int],
    target_address: str,
    amount: int,
    fee_may_come_from_target: bool,
    max_fee: int,
    lock_time: int | None,
) -> VerifiedTransaction:
    net = collateral.network
    if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
        raise ValueError("amount must be a positive int of satoshis")
    amounts = _amounts(input_amounts, "input_amounts")
    target = script_pubkey_of(target_address, net, kind)
    tx = parse_tx(raw_tx, f"{kind}.transaction")
    check_input_count(f"{kind}.input_amounts", tx, amounts)
    fee = sum(amounts) - sum(int(o.nValue) for o in tx.vout)
    to_target = [o for o in outputs_of(tx, net) if o.script_pubkey == target]
    for out in outputs_of(tx, net):
        if out.script_pubkey not in (target, collateral.script_pubkey):
            raise VerificationError(
                f"{kind}.outputs",
                f"output {out.index} pays {out.amount} sats to {out.address}, "
                f"which is neither {target_address} nor the private collateral",
            )
    if len(to_target) != 1:
        raise VerificationError(
            f"{kind}.outputs", f"{len(to_target)} outputs pay {target_address}, expected one"
        )
    paid = to_target[0].amount
    allowed = {amount, amount - fee} if fee_may_come_from_target else {amount}
    if paid not in allowed:
        raise VerificationError(
            f"{kind}.amount",
            f"{target_address} receives {paid} sats, asked for {amount}"
            + (f" (or {amount - fee} after the fee)" if fee_may_come_from_target else ""),
        )
    fee = check_fee(f"{kind}.fee", amounts, tx, max_fee)
    if lock_time is not None and tx.nLockTime != lock_time:
        raise VerificationError(
            f"{kind}.lock_time", f"nLockTime is {tx.nLockTime}, asked for {lock_time}"
        )
    states = _check_inputs(kind, tx, collateral, amounts)
    return VerifiedTransaction(txid(tx), fee, states)


def _sign_collateral_spend(
    kind: str,
    raw_tx: str,
    collateral: PrivateCollateral,
    user_key: PrivateKey,
    input_amounts: Sequence[int],
) -> str:
    tx = parse_tx(raw_tx, f"{kind}.transaction")
    for i, amount in enumerate(input_amounts):
        try:
            tx = add_multisig_signature(
                tx, i, user_key, form=collateral.form, script=collateral.script, amount=amount
            )
        except TransactionError as exc:
            raise VerificationError(f"{kind}.signing", str(exc)) from None
    return transaction_hex(tx)


def _collateral_for(
    collateral: Mapping[str, Any],
    user_pubkey: PublicKeyLike,
    network: NetworkLike,
    atomic_pubkey: PublicKeyLike | None,
) -> PrivateCollateral:
    return verify_private_collateral(
        collateral, user_pubkey=user_pubkey, network=network, atomic_pubkey=atomic_pubkey
    )


def verify_unlock_transaction(
    unlock: Mapping[str, Any],
    *,
    collateral: Mapping[str, Any],
    user_pubkey: PublicKeyLike,
    network: NetworkLike,
    refund_address: str,
    amount: int,
    input_amounts: Sequence[int],
    max_fee: int,
    lock_time: int | None = None,
    atomic_pubkey: PublicKeyLike | None = None,
) -> VerifiedTransaction:
    """Check an on-demand unlock transaction (``raw-transaction``, or a partially signed one).

    Every input must spend the private collateral (``input_amounts`` are the
    collateral coins it spends, in input order); ``refund_address`` must
    receive ``amount`` (or ``amount`` less the fee); any other output may only
    return change to the collateral; the fee is 1..``max_fee``; with
    ``lock_time`` given, nLockTime must equal it. Signatures present must be valid.
    """
    coll = _collateral_for(collateral, user_pubkey, network, atomic_pubkey)
    raw = first_string_field(unwrap(unlock), _TX_KEYS, "unlock.transaction")
    return _verify_collateral_spend(
        "unlock",
        raw,
        collateral=coll,
        input_amounts=input_amounts,
        target_address=refund_address,
        amount=amount,
        fee_may_come_from_target=True,
        max_fee=max_fee,
        lock_time=lock_time,
    )


def sign_unlock_transaction(
    unlock: Mapping[str, Any],
    *,
    collateral: Mapping[str, Any],
    user_key: PrivateKey,
    network: NetworkLike,
    refund_address: str,
    amount: int,
    input_amounts: Sequence[int],
    max_fee: int,
    lock_time: int | None = None,
    atomic_pubkey: PublicKeyLike | None = None,
) -> str:
    """Run :func:`verify_unlock_transaction`, then add the user's signature; returns the tx hex."""
    verify_unlock_transaction(
        unlock,
        collateral=collateral,
        user_pubkey=user_key.public_key,
        network=network,
        refund_address=refund_address,
        amount=amount,
        input_amounts=input_amounts,
        max_fee=max_fee,
        lock_time=lock_time,
        atomic_pubkey=atomic_pubkey,
    )
    coll = _collateral_for(collateral, user_key.public_key, network, atomic_pubkey)
    raw = first_string_field(unwrap(unlock), _TX_KEYS, "unlock.transaction")
    return _sign_collateral_spend("unlock", raw, coll, user_key, input_amounts)


def verify_timed_unlock_transaction(
    unlock: Mapping[str, Any],
    *,
    collateral: Mapping[str, Any],
    user_pubkey: PublicKeyLike,
    network: NetworkLike,
    refund_address: str,
    amount: int,
    lock_time: int,
    input_amounts: Sequence[int],
    max_fee: int,
    atomic_pubkey: PublicKeyLike | None = None,
) -> VerifiedTransaction:
    """Check a timed unlock transaction: as an unlock, and nLockTime must equal ``lock_time``."""
    if isinstance(lock_time, bool) or not isinstance(lock_time, int) or not 0 <= lock_time < 2**32:
        raise ValueError("lock_time must be an nLockTime value")
    coll = _collateral_for(collateral, user_pubkey, network, atomic_pubkey)
    raw = first_string_field(unwrap(unlock), _TX_KEYS, "timed_unlock.transaction")
    return _verify_collateral_spend(
        "timed_unlock",
        raw,
        collateral=coll,
        input_amounts=input_amounts,
        target_address=refund_address,
        amount=amount,
        fee_may_come_from_target=True,
        max_fee=max_fee,
        lock_time=lock_time,
    )


def sign_timed_unlock_transaction(
    unlock: Mapping[str, Any],
    *,
    collateral: Mapping[str, Any],
    user_key: PrivateKey,
    network: NetworkLike,
    refund_address: str,
    amount: int,
    lock_time: int,
    input_amounts: Sequence[int],
    max_fee: int,
    atomic_pubkey: PublicKeyLike | None = None,
) -> str:
    """Run :func:`verify_timed_unlock_transaction`, then add the user's signature."""
    verify_timed_unlock_transaction(
        unlock,
        collateral=collateral,
        user_pubkey=user_key.public_key,
        network=network,
        refund_address=refund_address,
        amount=amount,
        lock_time=lock_time,
        input_amounts=input_amounts,
        max_fee=max_fee,
        atomic_pubkey=atomic_pubkey,
    )
    coll = _collateral_for(collateral, user_key.public_key, network, atomic_pubkey)
    raw = first_string_field(unwrap(unlock), _TX_KEYS, "timed_unlock.transaction")
    return _sign_collateral_spend("timed_unlock", raw, coll, user_key, input_amounts)


def _escrow_raw(payment: Mapping[str, Any], coll: PrivateCollateral) -> str:
    details = unwrap(payment, "escrow-transaction-details")
    coin = details.get("coin-type")
    if coin is not None and coin != "BTC":
        raise VerificationError("escrow.coin_type", f"coin-type is {coin!r}, only BTC is handled")
    source = details.get("source-address")
    if source is not None and source != coll.address:
        raise VerificationError(
            "escrow.source_address",
            f"source-address {source} is not your private collateral {coll.address}",
        )
    return first_string_field(details, _ESCROW_TX_KEYS, "escrow.transaction")


def verify_escrow_transaction(
    payment: Mapping[str, Any],
    *,
    collateral: Mapping[str, Any],
    user_pubkey: PublicKeyLike,
    network: NetworkLike,
    escrow_address: str,
    escrow_amount: int,
    input_amounts: Sequence[int],
    max_fee: int,
    atomic_pubkey: PublicKeyLike | None = None,
) -> VerifiedTransaction:
    """Check the escrow transaction of ``GET /payments/{id}`` (``escrow-transaction-details``).

    It must spend the private collateral, pay exactly ``escrow_amount`` to
    ``escrow_address``, return anything else to the collateral, and pay a fee
    of 1..``max_fee``; ``source-address`` must be the collateral address.
    """
    coll = _collateral_for(collateral, user_pubkey, network, atomic_pubkey)
    raw = _escrow_raw(payment, coll)
    return _verify_collateral_spend(
        "escrow",
        raw,
        collateral=coll,
        input_amounts=input_amounts,
        target_address=escrow_address,
        amount=escrow_amount,
        fee_may_come_from_target=False,
        max_fee=max_fee,
        lock_time=None,
    )


def sign_escrow_transaction(
    payment: Mapping[str, Any],
    *,
    collateral: Mapping[str, Any],
    user_key: PrivateKey,
    network: NetworkLike,
    escrow_address: str,
    escrow_amount: int,
    input_amounts: Sequence[int],
    max_fee: int,
    atomic_pubkey: PublicKeyLike | None = None,
) -> str:
    """Run :func:`verify_escrow_transaction`, then add the user's signature
    (``partially-signed-escrow-transaction``)."""
    verify_escrow_transaction(
        payment,
        collateral=collateral,
        user_pubkey=user_key.public_key,
        network=network,
        escrow_address=escrow_address,
        escrow_amount=escrow_amount,
        input_amounts=input_amounts,
        max_fee=max_fee,
        atomic_pubkey=atomic_pubkey,
    )
    coll = _collateral_for(collateral, user_key.public_key, network, atomic_pubkey)
    return _sign_collateral_spend(
        "escrow", _escrow_raw(payment, coll), coll, user_key, input_amounts
    )


def build_pay_transaction(
    payment: Mapping[str, Any],
    *,
    utxos: Sequence[Utxo],
    network: NetworkLike,
    max_fee: int,
    change_address: str | None = None,
) -> str:
    """Build and sign the pay transaction from ``payment-transaction-details``.

    Spends all ``utxos`` (the user's own coins), pays every listed output its
    amount, leaves exactly ``fee`` to miners and sends the rest to
    ``change_address``. Returns the fully signed transaction hex
    (``fully-signed-pay-transaction``).
    """
    net = get_network(network)
    details = unwrap(payment, "payment-transaction-details")
    coin = details.get("coin-type")
    if coin is not None and coin != "BTC":
        raise VerificationError("payment.coin_type", f"coin-type is {coin!r}, only BTC is handled")
    fee = sats_value(field(details, "fee", "payment.fee"), "payment.fee", "fee")
    if isinstance(max_fee, bool) or not isinstance(max_fee, int) or max_fee < 0:
        raise ValueError("max_fee must be a non-negative integer number of satoshis")
    if fee > max_fee:
        raise VerificationError(
            "payment.fee", f"fee is {fee} sats, more than the allowed {max_fee}"
        )
    raw_outputs = field(details, "outputs", "payment.outputs")
    if (
        not isinstance(raw_outputs, Sequence)
        or isinstance(raw_outputs, (str, bytes))
        or not raw_outputs
    ):
        raise VerificationError("payment.outputs", "outputs must be a non-empty list")
    outputs: list[tuple[bytes, int]] = []
    for i, item in enumerate(raw_outputs):
        if not isinstance(item, Mapping):
            raise VerificationError("payment.outputs", f"output {i} is not an object")
        address = string_field(item, "address", "payment.outputs")
        value = sats_value(
            field(item, "amount", "payment.outputs"), "payment.outputs", f"output {i} amount"
        )
        if value < DUST_LIMIT:
            raise VerificationError(
                "payment.outputs", f"output {i} pays {value} sats, below the dust limit"
            )
        try:
            outputs.append((parse_address(address, net).script_pubkey, value))
        except AddressError as exc:
            raise VerificationError("payment.outputs", f"output {i}: {exc}") from None
    if not utxos:
        raise ValueError("utxos: give the coins that fund the payment")
    available = sum(u.amount for u in utxos)
    change = available - sum(v for _, v in outputs) - fee
    if change < 0:
        raise ValueError(f"utxos hold {available} sats; the payment needs {available - change}")
    if 0 < change:
        if change < DUST_LIMIT:
            raise ValueError(f"change of {change} sats would be dust; add or remove a coin")
        if change_address is None:
            raise ValueError(f"{change} sats of change need a change_address")
        outputs.append((script_pubkey_of(change_address, net, "change_address"), change))
    try:
        tx = sign_inputs(build_unsigned(utxos, outputs), utxos)
    except TransactionError as exc:
        raise ValueError(f"cannot sign the pay transaction: {exc}") from None
    return transaction_hex(tx)


# ---- flows, as the generated client calls them ------------------------------------------------


def unlock_for_user(
    unlock: Mapping[str, Any],
    *,
    user: Mapping[str, Any],
    signing_key: str,
    network: NetworkLike,
    refund_address: str,
    amount: int,
    input_amounts: Sequence[int],
    max_fee: int,
    lock_time: int | None = None,
) -> dict[str, str]:
    """Verify an (on-demand or, with ``lock_time``, timed) unlock transaction against the user's
    verified collateral and sign it with ``signing_key`` (WIF or hex); returns the body to submit."""
    key = PrivateKey.from_text(signing_key, network)
    collateral = unwrap(user, "private-collateral-info")
    common: dict[str, Any] = dict(
        collateral=collateral,
        user_key=key,
        network=network,
        refund_address=refund_address,
        amount=amount,
        input_amounts=input_amounts,
        max_fee=max_fee,
    )
    if lock_time is None:
        return {"partially-signed-unlock-tx": sign_unlock_transaction(unlock, **common)}
    return {
        "partially-signed-tx": sign_timed_unlock_transaction(unlock, lock_time=lock_time, **common)
    }
