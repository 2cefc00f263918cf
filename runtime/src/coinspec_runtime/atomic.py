"""ATOMIC: check the private collateral; check and sign unlock, timed-unlock and escrow
transactions; check the payment and build and sign the pay transaction.

The private collateral is a 2-of-2 multisig of ATOMIC's key and the user's. The document
calls its script a "redeem script", but the example address and script-pub-key are
P2SH-P2WSH of it, while the example unlock and escrow transactions spend a legacy P2SH
2-of-2 (``OP_0 <sig> OP_0 <redeem script>``). So :func:`verify_private_collateral` accepts
either form and records which one the address is; the transaction checks then require
inputs of that form.

ATOMIC hands out unsigned transactions (``raw-transaction``) and does not say which coins
they spend or what those hold. A legacy P2SH signature does not commit to the amount it
spends, so the coins come from the *user*: ``coins`` maps each collateral outpoint
(``"<txid>:<vout>"``) to its satoshis, or ``funding_transactions`` gives the transactions
that created them (their txids name the outpoints). Every input must spend one of them,
none twice.

Every ``verify_*`` function returns a ``Verified…`` object and every ``sign_*`` function
takes one and a key, so nothing can be signed that was not verified first.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from bitcointx.core import CTransaction

from ._fields import (
    describe,
    field,
    first_string_field,
    sats_value,
    string_field,
    string_value,
    unwrap,
)
from ._spend import (
    Coin,
    FeeRate,
    Output,
    check_fee,
    check_final_now,
    check_inputs,
    check_timed_lock,
    coins_for_inputs,
    fee_cap,
    fee_rate_cap,
    multisig_virtual_size,
    outputs_of,
    parse_tx,
    script_pubkey_of,
    verify_scripts,
    virtual_size,
)
from .bitcoin.addresses import parse_address
from .bitcoin.builder import InputKind, Utxo, build_unsigned, sign_inputs
from .bitcoin.keys import PrivateKey, PublicKeyLike, parse_public_key, private_key
from .bitcoin.multisig import (
    MultisigScript,
    multisig_script,
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
from .errors import AddressError, InvalidKeyError, TransactionError, VerificationFailed

__all__ = [
    "DUST_LIMIT",
    "VerifiedCollateral",
    "VerifiedCollateralSpend",
    "VerifiedPayment",
    "sign_escrow_transaction",
    "sign_pay_transaction",
    "sign_timed_unlock_transaction",
    "sign_unlock_transaction",
    "verify_escrow_transaction",
    "verify_payment",
    "verify_private_collateral",
    "verify_timed_unlock_transaction",
    "verify_unlock_transaction",
]

DUST_LIMIT = 546
CollateralForm = Literal["p2sh", "p2sh-p2wsh"]
Kind = Literal["unlock", "timed_unlock", "escrow"]
_TX_KEYS = ("raw-transaction", "partially-signed-unlock-tx", "partially-signed-tx")
_ESCROW_TX_KEYS = ("raw-escrow-transaction", "partially-signed-escrow-transaction")
# What the checks read from each object ATOMIC may send inside a wrapper.
_COLLATERAL_FIELDS = (
    "atomic-public-key",
    "private-collateral-address",
    "private-collateral-redeem-script",
    "private-collateral-script-pub-key",
)
_ESCROW_DETAILS_FIELDS = ("coin-type", "source-address", *_ESCROW_TX_KEYS)
_PAYMENT_DETAILS_FIELDS = ("coin-type", "fee", "outputs")
_PAY_COIN_KINDS: tuple[InputKind, ...] = ("p2wpkh", "p2sh-p2wpkh", "p2pkh", "p2sh-p2wsh", "p2wsh")


@dataclass(frozen=True)
class VerifiedCollateral:
    """A private collateral that checked out: a 2-of-2 of ATOMIC's key and yours, paid to
    in ``form`` at ``address`` on ``network``."""

    address: str
    form: CollateralForm
    script: MultisigScript
    script_pubkey: bytes
    atomic_public_key: bytes
    public_key: bytes
    network: Network


@dataclass(frozen=True)
class VerifiedCollateralSpend:
    """An unlock, timed-unlock or escrow transaction that checked out, ready to sign."""

    kind: Kind
    collateral: VerifiedCollateral
    transaction: CTransaction
    coins: tuple[Coin, ...]  # the coin each input spends, in input order
    outputs: tuple[Output, ...]
    fee: int
    vsize: int  # once both signatures are in (estimated at the largest signature size)
    inputs: tuple[MultisigInput, ...]

    @property
    def txid(self) -> str:
        return txid(self.transaction)


@dataclass(frozen=True)
class VerifiedPayment:
    """``payment-transaction-details`` that pay exactly what you agreed, for :func:`sign_pay_transaction`."""

    network: Network
    outputs: tuple[
        tuple[str, bytes, int], ...
    ]  # (address, scriptPubKey, satoshis), as ATOMIC lists them
    fee: int
    max_fee_rate: FeeRate


def _caller_public_key(value: PublicKeyLike, name: str) -> bytes:
    try:
        return parse_public_key(value)
    except InvalidKeyError as exc:
        raise ValueError(f"{name}: {exc}") from None


# ---- the private collateral -------------------------------------------------------------------


def verify_private_collateral(
    info: Mapping[str, Any],
    *,
    public_key: PublicKeyLike,
    network: NetworkLike,
    atomic_public_key: PublicKeyLike | None = None,
) -> VerifiedCollateral:
    """Check ``private-collateral-info`` (or a user body holding it): a 2-of-2 script of
    ATOMIC's key and your ``public_key``, each once, and an address (and script-pub-key,
    when given) that is P2SH-P2WSH or P2SH of it on ``network``.

    ``atomic_public_key``, when given (a key you already trust), must be ``atomic-public-key``.
    """
    net = get_network(network)
    user = _caller_public_key(public_key, "public_key")
    pinned = (
        _caller_public_key(atomic_public_key, "atomic_public_key")
        if atomic_public_key is not None
        else None
    )
    body = unwrap(info, "private-collateral-info", fields=_COLLATERAL_FIELDS, check="collateral")
    try:
        atomic = parse_public_key(string_field(body, "atomic-public-key", "collateral.atomic_key"))
    except InvalidKeyError as exc:
        raise VerificationFailed("collateral.atomic_key", str(exc)) from None
    if pinned is not None and atomic != pinned:
        raise VerificationFailed(
            "collateral.atomic_key",
            f"ATOMIC's key is {atomic.hex()}, not the ATOMIC key you pinned ({pinned.hex()})",
        )
    try:
        script = parse_multisig_script(
            string_field(body, "private-collateral-redeem-script", "collateral.redeem_script")
        )
    except TransactionError as exc:
        raise VerificationFailed("collateral.redeem_script", str(exc)) from None
    if (script.m, script.n) != (2, 2):
        raise VerificationFailed(
            "collateral.redeem_script", f"the script is {script.m}-of-{script.n}, not 2-of-2"
        )
    for key, whose in ((user, "your"), (atomic, "ATOMIC's")):
        count = len(script.positions_of(key))
        if count != 1:
            raise VerificationFailed(
                "collateral.redeem_script",
                f"{whose} key {key.hex()} appears {count} times in the script, not once",
            )
    address = string_field(body, "private-collateral-address", "collateral.address")
    try:
        paid_to = parse_address(address, net).script_pubkey
    except AddressError as exc:
        raise VerificationFailed("collateral.address", str(exc)) from None
    form: CollateralForm
    if paid_to == p2sh_p2wsh_script_pubkey(script.script):
        form = "p2sh-p2wsh"
        if any(len(k) != 33 for k in script.pubkeys):
            raise VerificationFailed(
                "collateral.redeem_script", "a P2SH-P2WSH script needs compressed keys"
            )
    elif paid_to == p2sh_script_pubkey(script.script):
        form = "p2sh"
    else:
        raise VerificationFailed(
            "collateral.address",
            f"{address} is neither the P2SH-P2WSH nor the P2SH address of the redeem script on {net.name}",
        )
    spk = body.get("private-collateral-script-pub-key")
    if (
        spk is not None
        and string_value(
            spk, "collateral.script_pub_key", "private-collateral-script-pub-key"
        ).lower()
        != paid_to.hex()
    ):
        raise VerificationFailed(
            "collateral.script_pub_key",
            f"private-collateral-script-pub-key does not match the address ({paid_to.hex()})",
        )
    return VerifiedCollateral(address, form, script, paid_to, atomic, user, net)


# ---- transactions that spend the collateral --------------------------------------------------


def _target_rule(
    kind: Kind,
    outputs: list[Output],
    fee: int,
    *,
    collateral: VerifiedCollateral,
    target_address: str,
    amount: int,
    fee_from_target: bool,
) -> None:
    """``target_address`` gets ``amount`` (or ``amount`` less the fee when the fee may come out
    of it) in exactly one output; every other output returns change to the collateral, none
    of it dust (nodes do not relay a transaction with an output below DUST_LIMIT)."""
    target = script_pubkey_of(target_address, collateral.network, f"{kind} address")
    for out in outputs:
        if out.script_pubkey not in (target, collateral.script_pubkey):
            raise VerificationFailed(
                f"{kind}.outputs",
                f"output {out.index} pays {out.amount} sats to {out.address}, "
                f"which is neither {target_address} nor your private collateral",
            )
        if out.script_pubkey == collateral.script_pubkey and out.amount < DUST_LIMIT:
            raise VerificationFailed(
                f"{kind}.outputs",
                f"output {out.index} returns {out.amount} sats to your private collateral, "
                f"below the dust limit of {DUST_LIMIT}: the transaction would not relay",
            )
    to_target = [o for o in outputs if o.script_pubkey == target]
    if len(to_target) != 1:
        raise VerificationFailed(
            f"{kind}.outputs", f"{len(to_target)} outputs pay {target_address}, not one"
        )
    paid = to_target[0].amount
    allowed = {amount, amount - fee} if fee_from_target else {amount}
    if paid not in allowed:
        raise VerificationFailed(
            f"{kind}.amount",
            f"{target_address} receives {paid} sats, you asked for {amount}"
            + (f" (or {amount - fee} after the fee)" if fee_from_target else ""),
        )


def _positive_sats(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError(f"{name} must be a positive int of satoshis")
    return value


def _verify_collateral_spend(
    kind: Kind,
    raw: str,
    collateral: VerifiedCollateral,
    *,
    coins: Mapping[str, int] | None,
    funding_transactions: Sequence[str] | None,
    target_address: str,
    amount: int,
    fee_from_target: bool,
    max_fee: int,
    max_fee_rate: FeeRate,
    lock_time: int | None,
) -> VerifiedCollateralSpend:
    tx = parse_tx(raw, f"{kind}.transaction")
    check_inputs(kind, tx)
    spent = coins_for_inputs(
        kind,
        tx,
        coins=coins,
        funding_transactions=funding_transactions,
        script_pubkey=collateral.script_pubkey,
    )
    if lock_time is None:
        check_final_now(kind, tx)
    else:
        check_timed_lock(kind, tx, lock_time)
    outputs = outputs_of(tx, collateral.network, f"{kind}.outputs")
    total_in = sum(c.amount for c in spent)
    _target_rule(
        kind,
        outputs,
        total_in - sum(o.amount for o in outputs),
        collateral=collateral,
        target_address=target_address,
        amount=amount,
        fee_from_target=fee_from_target,
    )
    states = []
    for i, coin in enumerate(spent):
        try:
            states.append(
                read_multisig_input(
                    tx, i, form=collateral.form, script=collateral.script, amount=coin.amount
                )
            )
        except InvalidSignatureError as exc:
            raise VerificationFailed(f"{kind}.signature", str(exc)) from None
        except TransactionError as exc:
            raise VerificationFailed(
                f"{kind}.inputs", f"does not spend the private collateral: {exc}"
            ) from None
    vsize = multisig_virtual_size(tx, states)
    fee = check_fee(kind, total_in, tx, vsize=vsize, max_fee=max_fee, max_fee_rate=max_fee_rate)
    return VerifiedCollateralSpend(
        kind, collateral, tx, tuple(spent), tuple(outputs), fee, vsize, tuple(states)
    )


def verify_unlock_transaction(
    unlock: Mapping[str, Any],
    *,
    collateral: Mapping[str, Any],
    public_key: PublicKeyLike,
    network: NetworkLike,
    refund_address: str,
    amount: int,
    max_fee: int,
    max_fee_rate: FeeRate,
    coins: Mapping[str, int] | None = None,
    funding_transactions: Sequence[str] | None = None,
    atomic_public_key: PublicKeyLike | None = None,
) -> VerifiedCollateralSpend:
    """Check an on-demand unlock transaction (``raw-transaction``, or a partially signed one)
    against the private collateral (``private-collateral-info`` or the user holding it,
    checked with :func:`verify_private_collateral`).

    Every input spends one of your collateral coins (``coins`` or ``funding_transactions``,
    see the module), none twice, in the collateral's form; ``refund_address`` receives
    ``amount`` (or ``amount`` less the fee) in one output; every other output returns
    change to the collateral, none of it below DUST_LIMIT (``unlock.outputs``); the fee is 1..``max_fee`` satoshis and at most
    ``max_fee_rate`` sat/vB of the final size; the transaction is final now (nLockTime 0 or
    disabled, no BIP68 relative lock). Signatures already present must be valid.
    """
    coll = verify_private_collateral(
        collateral, public_key=public_key, network=network, atomic_public_key=atomic_public_key
    )
    raw = first_string_field(
        unwrap(unlock, fields=_TX_KEYS, check="unlock.transaction"), _TX_KEYS, "unlock.transaction"
    )
    return _verify_collateral_spend(
        "unlock",
        raw,
        coll,
        coins=coins,
        funding_transactions=funding_transactions,
        target_address=refund_address,
        amount=_positive_sats(amount, "amount"),
        fee_from_target=True,
        max_fee=fee_cap(max_fee),
        max_fee_rate=fee_rate_cap(max_fee_rate),
        lock_time=None,
    )


def verify_timed_unlock_transaction(
    unlock: Mapping[str, Any],
    *,
    collateral: Mapping[str, Any],
    public_key: PublicKeyLike,
    network: NetworkLike,
    refund_address: str,
    amount: int,
    lock_time: int,
    max_fee: int,
    max_fee_rate: FeeRate,
    coins: Mapping[str, int] | None = None,
    funding_transactions: Sequence[str] | None = None,
    atomic_public_key: PublicKeyLike | None = None,
) -> VerifiedCollateralSpend:
    """Check a timed unlock transaction: as :func:`verify_unlock_transaction`, except that it
    must lock exactly as asked and no more: nLockTime is ``lock_time`` (a block height below
    500,000,000, a Unix time from there), some input's nSequence leaves it in force, and no
    input carries a BIP68 relative lock."""
    if isinstance(lock_time, bool) or not isinstance(lock_time, int) or not 0 < lock_time < 2**32:
        raise ValueError("lock_time must be an nLockTime value, 1..2^32-1")
    coll = verify_private_collateral(
        collateral, public_key=public_key, network=network, atomic_public_key=atomic_public_key
    )
    raw = first_string_field(
        unwrap(unlock, fields=_TX_KEYS, check="timed_unlock.transaction"),
        _TX_KEYS,
        "timed_unlock.transaction",
    )
    return _verify_collateral_spend(
        "timed_unlock",
        raw,
        coll,
        coins=coins,
        funding_transactions=funding_transactions,
        target_address=refund_address,
        amount=_positive_sats(amount, "amount"),
        fee_from_target=True,
        max_fee=fee_cap(max_fee),
        max_fee_rate=fee_rate_cap(max_fee_rate),
        lock_time=lock_time,
    )


def verify_escrow_transaction(
    payment: Mapping[str, Any],
    *,
    collateral: Mapping[str, Any],
    public_key: PublicKeyLike,
    network: NetworkLike,
    escrow_address: str,
    escrow_amount: int,
    max_fee: int,
    max_fee_rate: FeeRate,
    coins: Mapping[str, int] | None = None,
    funding_transactions: Sequence[str] | None = None,
    atomic_public_key: PublicKeyLike | None = None,
) -> VerifiedCollateralSpend:
    """Check the escrow transaction of ``GET /payments/{id}`` (``escrow-transaction-details``).

    ``coin-type`` is BTC and ``source-address`` your collateral; the transaction spends only
    your collateral coins (``coins`` or ``funding_transactions``), pays exactly
    ``escrow_amount`` to ``escrow_address`` (what you agreed in the order), returns
    anything else to the collateral, pays a fee of 1..``max_fee`` satoshis and at most
    ``max_fee_rate`` sat/vB, and is final now.
    """
    coll = verify_private_collateral(
        collateral, public_key=public_key, network=network, atomic_public_key=atomic_public_key
    )
    details = unwrap(
        payment,
        "escrow-transaction-details",
        fields=_ESCROW_DETAILS_FIELDS,
        check="escrow.transaction",
    )
    coin = details.get("coin-type")
    if coin is not None and coin != "BTC":
        raise VerificationFailed("escrow.coin_type", "only BTC escrow transactions are handled")
    source = details.get("source-address")
    if source is not None and source != coll.address:
        string_value(source, "escrow.source_address", "source-address")
        raise VerificationFailed(
            "escrow.source_address",
            f"source-address {describe(source)} is not your private collateral {coll.address}",
        )
    raw = first_string_field(details, _ESCROW_TX_KEYS, "escrow.transaction")
    return _verify_collateral_spend(
        "escrow",
        raw,
        coll,
        coins=coins,
        funding_transactions=funding_transactions,
        target_address=escrow_address,
        amount=_positive_sats(escrow_amount, "escrow_amount"),
        fee_from_target=False,
        max_fee=fee_cap(max_fee),
        max_fee_rate=fee_rate_cap(max_fee_rate),
        lock_time=None,
    )


def _sign_collateral_spend(
    kind: Kind, verified: VerifiedCollateralSpend, key: PrivateKey | str
) -> str:
    if not isinstance(verified, VerifiedCollateralSpend):
        raise TypeError(f"sign_{kind}_transaction takes what verify_{kind}_transaction returned")
    if verified.kind != kind:
        raise ValueError(f"this is a verified {verified.kind} transaction, not a {kind}")
    coll = verified.collateral
    signer = private_key(key, coll.network)
    if signer.public_key != coll.public_key:
        raise InvalidKeyError(
            f"the signing key's public key is not {coll.public_key.hex()}, the key the "
            "collateral was verified for"
        )
    tx = verified.transaction
    for state, coin in zip(verified.inputs, verified.coins, strict=True):
        try:
            tx = add_multisig_signature(
                tx, state.index, signer, amount=coin.amount, verified=state, interpret=False
            )
        except TransactionError as exc:
            raise VerificationFailed(f"{kind}.signing", str(exc)) from None
    _check_signed(kind, tx, verified)
    return transaction_hex(tx)


def _check_signed(kind: Kind, tx: CTransaction, verified: VerifiedCollateralSpend) -> None:
    """The defense in depth before the transaction leaves: an input that now holds both
    signatures is run through the script interpreter; one that still waits for ATOMIC's
    is read back, and your signature in it must verify in your CHECKMULTISIG slot."""
    coll = verified.collateral
    amounts = [coin.amount for coin in verified.coins]
    complete = []
    for i, amount in enumerate(amounts):
        try:
            state = read_multisig_input(tx, i, form=coll.form, script=coll.script, amount=amount)
        except TransactionError as exc:
            raise VerificationFailed(
                f"{kind}.script", f"your signature does not verify: {exc}"
            ) from None
        if coll.public_key not in state.signed_by:
            raise VerificationFailed(f"{kind}.script", f"input {i} holds no signature of yours")
        complete.append(state.complete)
    if all(complete):
        verify_scripts(kind, tx, [coll.script_pubkey] * len(tx.vin), amounts)


def sign_unlock_transaction(verified: VerifiedCollateralSpend, key: PrivateKey | str) -> str:
    """Add your signature to an unlock transaction :func:`verify_unlock_transaction` returned;
    returns the transaction hex for ``PUT .../unlock`` (``partially-signed-unlock-tx``).

    ``key`` is your key (a :class:`PrivateKey`, WIF or 64 hex digits) and must belong to the
    public key the collateral was verified for. ATOMIC's signature is still missing, so the
    script interpreter cannot run the 2-of-2 yet: what is checked before the hex is
    returned is that your signature in every input verifies (strict DER, low S,
    SIGHASH_ALL, for the coin the input spends) in your CHECKMULTISIG slot. Whether ATOMIC
    countersigns is not something a signature can check. An input that already held
    ATOMIC's signature is complete and is run through the script interpreter.
    """
    return _sign_collateral_spend("unlock", verified, key)


def sign_timed_unlock_transaction(verified: VerifiedCollateralSpend, key: PrivateKey | str) -> str:
    """As :func:`sign_unlock_transaction`, for what :func:`verify_timed_unlock_transaction`
    returned (``partially-signed-tx`` of ``PUT .../unlock/timed``)."""
    return _sign_collateral_spend("timed_unlock", verified, key)


def sign_escrow_transaction(verified: VerifiedCollateralSpend, key: PrivateKey | str) -> str:
    """As :func:`sign_unlock_transaction`, for what :func:`verify_escrow_transaction` returned
    (``partially-signed-escrow-transaction`` of ``PUT .../payments/{id}``)."""
    return _sign_collateral_spend("escrow", verified, key)


# ---- the payment -------------------------------------------------------------------------------


def verify_payment(
    payment: Mapping[str, Any],
    *,
    network: NetworkLike,
    outputs: Mapping[str, int],
    max_fee: int,
    max_fee_rate: FeeRate,
) -> VerifiedPayment:
    """Check ``payment-transaction-details`` of ``GET /payments/{id}`` against what you agreed:
    ``coin-type`` is BTC, the outputs pay exactly ``outputs`` (address -> satoshis: the
    same addresses, the same amounts, nothing more), and the miners' ``fee`` is at most
    ``max_fee`` satoshis (its rate, at most ``max_fee_rate`` sat/vB, is checked on the
    transaction :func:`sign_pay_transaction` builds)."""
    net = get_network(network)
    max_fee = fee_cap(max_fee)
    max_fee_rate = fee_rate_cap(max_fee_rate)
    if not isinstance(outputs, Mapping) or not outputs:
        raise ValueError("outputs: give the agreed payment as {address: satoshis, ...}")
    agreed: dict[bytes, tuple[str, int]] = {}
    for address, amount in outputs.items():
        script = script_pubkey_of(address, net, "outputs")
        if script in agreed:
            # "tb1q..." and "TB1Q..." are one address: which amount was meant is not known.
            raise ValueError(f"outputs: {address} and {agreed[script][0]} are the same address")
        agreed[script] = (address, _positive_sats(amount, f"outputs[{address!r}]"))
    details = unwrap(
        payment, "payment-transaction-details", fields=_PAYMENT_DETAILS_FIELDS, check="payment"
    )
    coin = details.get("coin-type")
    if coin is not None and coin != "BTC":
        raise VerificationFailed("payment.coin_type", "only BTC payments are handled")
    fee = sats_value(field(details, "fee", "payment.fee"), "payment.fee", "fee")
    if fee > max_fee:
        raise VerificationFailed(
            "payment.fee", f"the fee is {fee} sats, more than the allowed {max_fee}"
        )
    listed = field(details, "outputs", "payment.outputs")
    if not isinstance(listed, (list, tuple)):
        raise VerificationFailed("payment.outputs", "outputs must be a list")
    if len(listed) > len(agreed) + 1:
        raise VerificationFailed(
            "payment.outputs", f"ATOMIC asks for {len(listed)} outputs; you agreed to {len(agreed)}"
        )
    seen: dict[bytes, tuple[str, int]] = {}
    for i, item in enumerate(listed):
        if not isinstance(item, Mapping):
            raise VerificationFailed("payment.outputs", f"output {i} is not an object")
        address = string_field(item, "address", "payment.outputs")
        value = sats_value(
            field(item, "amount", "payment.outputs"), "payment.outputs", f"output {i}'s amount"
        )
        try:
            script = parse_address(address, net).script_pubkey
        except AddressError as exc:
            raise VerificationFailed("payment.outputs", f"output {i}: {exc}") from None
        if script not in agreed:
            raise VerificationFailed(
                "payment.outputs",
                f"output {i} pays {value} sats to {address}, which you did not agree to pay",
            )
        if script in seen:
            raise VerificationFailed("payment.outputs", f"output {i} pays {address} a second time")
        if value != agreed[script][1]:
            raise VerificationFailed(
                "payment.outputs",
                f"output {i} pays {value} sats to {address}; you agreed to {agreed[script][1]}",
            )
        seen[script] = (address, value)
    missing = [address for script, (address, _) in agreed.items() if script not in seen]
    if missing:
        raise VerificationFailed("payment.outputs", f"no output pays {', '.join(missing)}")
    return VerifiedPayment(
        net,
        tuple((address, script, value) for script, (address, value) in seen.items()),
        fee,
        max_fee_rate,
    )


def sign_pay_transaction(
    verified: VerifiedPayment,
    key: PrivateKey | str,
    *,
    coins: Mapping[str, int],
    change_address: str,
    coin_kind: str = "p2wpkh",
) -> str:
    """Build and sign the pay transaction (``fully-signed-pay-transaction``) that
    :func:`verify_payment` allowed.

    It spends every coin of ``coins`` (outpoint -> satoshis: your own coins, each locked to
    ``key`` as ``coin_kind``: ``p2wpkh``, ``p2sh-p2wpkh``, ``p2pkh``, or ``p2sh-p2wsh`` /
    ``p2wsh`` of a 1-of-1 multisig of the key, as the document's example pays), pays the
    agreed outputs, leaves exactly the verified fee to miners (refused,
    ``payment.fee_rate``, when that is more than the allowed rate of this transaction's
    size) and returns the rest to ``change_address``; a fee that leaves less than nothing
    or only dust after the agreed payment is refused too (``payment.fee``). Every input of
    the signed transaction has passed the script interpreter before the hex is returned.
    """
    if not isinstance(verified, VerifiedPayment):
        raise TypeError("sign_pay_transaction takes what verify_payment returned")
    if coin_kind not in _PAY_COIN_KINDS:
        raise ValueError(
            f"coin_kind must be one of {', '.join(_PAY_COIN_KINDS)}, not {coin_kind!r}"
        )
    kind: InputKind = coin_kind
    net = verified.network
    signer = private_key(key, net)
    one_of_one = (
        multisig_script(1, [signer.public_key]).script if kind in ("p2sh-p2wsh", "p2wsh") else None
    )
    if not isinstance(coins, Mapping) or not coins:
        raise ValueError(
            'coins: give the coins that fund the payment as {"<txid>:<vout>": satoshis}'
        )
    utxos = []
    seen: set[tuple[str, str]] = set()
    for outpoint, amount in coins.items():
        txid_text, _, vout = outpoint.partition(":") if isinstance(outpoint, str) else ("", "", "")
        if not vout.isdigit():
            raise ValueError(f"coins: {outpoint!r} is not an outpoint '<txid>:<vout>'")
        if (txid_text.lower(), vout) in seen:
            raise ValueError(f"coins: {outpoint} is listed twice (txids are not case-sensitive)")
        seen.add((txid_text.lower(), vout))
        try:
            utxos.append(Utxo(txid_text, int(vout), amount, signer, kind, one_of_one))
        except (TransactionError, ValueError) as exc:
            raise ValueError(f"coins: {outpoint}: {exc}") from None
    change_script = script_pubkey_of(change_address, net, "change_address")
    pays = [(script, value) for _, script, value in verified.outputs]
    available = sum(u.amount for u in utxos)
    agreed = sum(v for _, v in pays)
    if available < agreed:
        raise ValueError(f"coins hold {available} sats; the agreed payment is {agreed}")
    change = available - agreed - verified.fee
    if change < 0 or 0 < change < DUST_LIMIT:
        # Your coins cover what you agreed to pay; ATOMIC's fee (within your max_fee) is what
        # leaves too little: a refusal of the server's data, not a mistake of yours.
        raise VerificationFailed(
            "payment.fee",
            f"ATOMIC's fee of {verified.fee} sats leaves "
            + (
                f"{-change} sats more than your coins hold"
                if change < 0
                else f"{change} sats of change, below the dust limit of {DUST_LIMIT}"
            )
            + " after the agreed payment: nothing is signed (add a coin, or refuse the fee)",
        )
    outputs = pays + ([(change_script, change)] if change else [])
    try:
        tx = sign_inputs(build_unsigned(utxos, outputs), utxos, interpret=False)
    except TransactionError as exc:
        raise ValueError(f"cannot sign the pay transaction: {exc}") from None
    vsize = virtual_size(tx)
    if verified.fee > verified.max_fee_rate * vsize:
        raise VerificationFailed(
            "payment.fee_rate",
            f"the fee of {verified.fee} sats for this {vsize}-vbyte transaction is more than "
            f"the allowed {verified.max_fee_rate} sat/vB",
        )
    verify_scripts("payment", tx, [u.script_pubkey() for u in utxos], [u.amount for u in utxos])
    return transaction_hex(tx)
