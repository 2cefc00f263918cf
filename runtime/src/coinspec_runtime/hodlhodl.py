"""HodlHodl: check a contract's escrow and its release and refund transactions, and sign them.

A HodlHodl escrow is a 2-of-3 multisig witness script in a P2SH-P2WSH address. Its keys
are in a fixed order, not sorted: HodlHodl's key first (the release and refund examples
of the API document carry the server's signature for the first key), then the seller's,
then the buyer's (:data:`KEY_POSITIONS`). The escrow is safe for you only if its three
keys are distinct: a key that appears twice lets its holder spend alone.

Release and refund transactions arrive pre-signed by HodlHodl: each input's witness is
``[<empty>, <HodlHodl's signature>, <70 zero bytes>, <witness script>]``; the zero bytes
mark where your signature goes. HodlHodl's signature is checked under BIP143 with the
amounts of ``in_amounts`` (the signatures commit to them, so a wrong amount only makes
the transaction invalid, never pays anyone more).

Every ``verify_*`` function returns a ``Verified…`` object and every ``sign_*`` function
takes one and a key, so nothing can be signed that was not verified first.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal, get_args

from bitcointx.core import CTransaction

from ._fields import (
    btc_amount,
    describe,
    field,
    mapping_field,
    sats_list,
    string_field,
    string_value,
    unwrap,
)
from ._spend import (
    MAX_INPUTS,
    FeeRate,
    Output,
    check_fee,
    check_final_now,
    check_inputs,
    fee_cap,
    fee_rate_cap,
    multisig_virtual_size,
    outputs_of,
    parse_tx,
    script_pubkey_of,
    verify_scripts,
)
from .bitcoin.addresses import parse_address
from .bitcoin.bip32 import child_private_key, child_public_key
from .bitcoin.keys import PrivateKey, PublicKeyLike, parse_public_key, private_key
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
from .errors import AddressError, InvalidKeyError, TransactionError, VerificationFailed

__all__ = [
    "KEY_POSITIONS",
    "Role",
    "VerifiedContract",
    "VerifiedEscrow",
    "VerifiedSpend",
    "sign_refund_transaction",
    "sign_release_transaction",
    "verify_contract",
    "verify_contract_escrow",
    "verify_disputed_release_transaction",
    "verify_escrow",
    "verify_refund_transaction",
    "verify_release_transaction",
]

Role = Literal["buyer", "seller"]
Kind = Literal["release", "refund"]
KEY_POSITIONS: Mapping[str, int] = {"hodlhodl": 0, "seller": 1, "buyer": 2}
_ROLES: tuple[str, ...] = get_args(Role)


@dataclass(frozen=True)
class VerifiedEscrow:
    """An escrow that checked out: three distinct keys, yours once in your role's position,
    and an address that is P2SH-P2WSH of the script on ``network``."""

    address: str
    witness_script: MultisigScript
    script_pubkey: bytes
    network: Network
    role: Role
    public_key: bytes  # yours, at KEY_POSITIONS[role]
    hodlhodl_public_key: bytes
    counterparty_public_key: bytes
    index: int | None  # escrow.index: the child of your extended key that holds your key


@dataclass(frozen=True)
class VerifiedContract:
    """A contract whose escrow checked out, or that has none published yet (``escrow`` is
    None: HodlHodl publishes it once both parties confirmed their payment passwords)."""

    id: str | None
    role: Role
    escrow: VerifiedEscrow | None


@dataclass(frozen=True)
class VerifiedSpend:
    """A release or refund transaction that checked out, ready for :func:`sign_release_transaction`
    or :func:`sign_refund_transaction`."""

    kind: Kind
    escrow: VerifiedEscrow
    transaction: CTransaction
    in_amounts: tuple[int, ...]
    outputs: tuple[Output, ...]
    fee: int
    vsize: int  # of the transaction once your signature is in (estimated at the largest size)
    inputs: tuple[MultisigInput, ...]

    @property
    def txid(self) -> str:
        """Computed on demand: serializing the transaction costs more than the rest of a check."""
        return txid(self.transaction)


# ---- keys the caller gives ---------------------------------------------------------------------


def _role(role: object) -> Role:
    if role not in _ROLES:
        raise ValueError(f"role must be 'buyer' or 'seller', not {role!r}")
    return role  # type: ignore[return-value]


def _caller_public_key(value: PublicKeyLike, what: str) -> bytes:
    try:
        return parse_public_key(value, compressed_only=True)
    except InvalidKeyError as exc:
        raise ValueError(f"{what}: {exc}") from None


def _your_key(
    body: Mapping[str, Any], public_key: PublicKeyLike | None, xpub: str | None
) -> tuple[bytes, int | None]:
    if (public_key is None) == (xpub is None):
        raise ValueError("give exactly one of public_key or xpub")
    index = _escrow_index(body, required=xpub is not None)
    if xpub is not None:
        assert index is not None
        try:
            return child_public_key(xpub, index), index
        except (InvalidKeyError, ValueError) as exc:
            raise ValueError(f"xpub: {exc}") from None
    assert public_key is not None
    return _caller_public_key(public_key, "public_key"), index


def _escrow_index(body: Mapping[str, Any], *, required: bool) -> int | None:
    """``escrow.index``: the non-hardened child of your extended key that is your escrow key."""
    index = body.get("index")
    if index is None and not required:
        return None
    if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < 2**31:
        raise VerificationFailed(
            "escrow.index",
            "the escrow's index must be a non-hardened child number (0..2^31-1)"
            + ("" if index is not None else "; the escrow has none"),
        )
    return index


# ---- the escrow ----------------------------------------------------------------------------


_ESCROW_FIELDS = ("address", "witness_script", "index")
# What the checks read from a contract and a release or refund transaction body.
_CONTRACT_FIELDS = ("id", "your_role", "escrow", "volume_breakdown", "release_address")
_TRANSACTION_FIELDS = ("hex", "in_amounts", "contract_id")


def _published(escrow: Mapping[str, Any]) -> bool:
    """Whether HodlHodl has published the escrow (its address or script); half of one is
    refused. An index alone is not an escrow yet."""
    present = [name for name in _ESCROW_FIELDS if escrow.get(name) is not None]
    if "address" not in present and "witness_script" not in present:
        return False
    missing = [name for name in ("address", "witness_script") if name not in present]
    if missing:
        raise VerificationFailed(
            f"escrow.{missing[0]}",
            f"the escrow has {', '.join(present)} but no {missing[0]}: a half-published "
            "escrow cannot be checked",
        )
    return True


def _not_published() -> VerificationFailed:
    return VerificationFailed(
        "contract.escrow",
        "HodlHodl has not published the escrow yet (its address, witness_script and index "
        "are null): there is nothing to verify, so nothing is confirmed or signed",
    )


def verify_escrow(
    escrow: Mapping[str, Any],
    *,
    network: NetworkLike,
    role: Role,
    public_key: PublicKeyLike | None = None,
    xpub: str | None = None,
    hodlhodl_public_key: PublicKeyLike | None = None,
) -> VerifiedEscrow:
    """Check ``contract.escrow`` for the party in ``role``.

    The witness script must be a 2-of-3 multisig of three distinct compressed keys with
    yours exactly once, at your role's position (:data:`KEY_POSITIONS`); the address must
    be the P2SH-P2WSH address of the script on ``network``. Give your key as
    ``public_key``, or as ``xpub`` whose child at ``escrow.index`` it is. With
    ``hodlhodl_public_key`` given (a key you already trust), HodlHodl's position must
    hold exactly that key. An escrow not yet published is refused (``contract.escrow``).
    """
    net = get_network(network)
    role = _role(role)
    pinned = (
        _caller_public_key(hodlhodl_public_key, "hodlhodl_public_key")
        if hodlhodl_public_key is not None
        else None
    )
    body = unwrap(escrow, "contract", "escrow", fields=_ESCROW_FIELDS, check="contract.escrow")
    if not _published(body):
        raise _not_published()
    script_text = string_value(
        body.get("witness_script"), "escrow.witness_script", "witness_script"
    )
    try:
        script = parse_multisig_script(script_text, compressed_only=True)
    except TransactionError as exc:
        raise VerificationFailed("escrow.witness_script", str(exc)) from None
    if (script.m, script.n) != (2, 3):
        raise VerificationFailed(
            "escrow.witness_script", f"the script is {script.m}-of-{script.n}, not 2-of-3"
        )
    for i, key in enumerate(script.pubkeys):
        if script.pubkeys.index(key) != i:
            raise VerificationFailed(
                "escrow.witness_script",
                f"keys {script.pubkeys.index(key) + 1} and {i + 1} of the script are both "
                f"{key.hex()}: its holder could spend the escrow alone",
            )
    address = string_value(body.get("address"), "escrow.address", "address")
    try:
        paid_to = parse_address(address, net).script_pubkey
    except AddressError as exc:
        raise VerificationFailed("escrow.address", str(exc)) from None
    expected = p2sh_p2wsh_script_pubkey(script.script)
    if paid_to != expected:
        raise VerificationFailed(
            "escrow.address",
            f"{address} is not the P2SH-P2WSH address of the witness script, "
            f"which is {p2sh_p2wsh_address(script.script, net)} on {net.name}",
        )
    mine, index = _your_key(body, public_key, xpub)
    position = KEY_POSITIONS[role]
    if mine not in script.pubkeys:
        raise VerificationFailed(
            "escrow.witness_script",
            f"your key {mine.hex()} is not in the witness script"
            + (f" (derived at escrow.index {index})" if xpub is not None else ""),
        )
    found = script.pubkeys.index(mine)
    if found != position:
        holder = {0: "HodlHodl", 1: "seller", 2: "buyer"}[found]
        raise VerificationFailed(
            "escrow.witness_script",
            f"your key is key {found + 1} of the script, the {holder}'s place; "
            f"as the {role} yours must be key {position + 1}",
        )
    hodlhodl = script.pubkeys[KEY_POSITIONS["hodlhodl"]]
    if pinned is not None and hodlhodl != pinned:
        raise VerificationFailed(
            "escrow.hodlhodl_key",
            f"HodlHodl's place in the script holds {hodlhodl.hex()}, not the HodlHodl key you pinned ({pinned.hex()})",
        )
    counterparty = script.pubkeys[KEY_POSITIONS["buyer" if role == "seller" else "seller"]]
    return VerifiedEscrow(address, script, expected, net, role, mine, hodlhodl, counterparty, index)


def _contract_id(body: Mapping[str, Any], contract_id: str | None) -> str | None:
    """The contract's ``id``; with ``contract_id`` given (the contract you asked for), it must
    be that one: a server answering with another contract of yours (one whose escrow checks
    out, whose buyer has not paid) would have you confirm or release the wrong one."""
    found = body.get("id")
    if contract_id is None:
        return found if isinstance(found, str) else None
    if not isinstance(contract_id, str) or not contract_id:
        raise ValueError("contract_id must be the non-empty id of the contract you asked for")
    if found != contract_id:
        shown = "no id" if found is None else f"the id {describe(found)}"
        raise VerificationFailed(
            "contract.id",
            f"you asked for contract {contract_id!r}; the answer is a contract with {shown}",
        )
    return contract_id


def verify_contract(
    contract: Mapping[str, Any],
    *,
    network: NetworkLike,
    public_key: PublicKeyLike | None = None,
    xpub: str | None = None,
    hodlhodl_public_key: PublicKeyLike | None = None,
    contract_id: str | None = None,
) -> VerifiedContract:
    """Check a contract (``GET /contracts/:id``): your role is ``buyer`` or ``seller`` and its
    escrow, once published, passes :func:`verify_escrow` for that role. A contract whose
    escrow is not published yet is returned with ``escrow=None``: it is normal while both
    parties set up, and nothing may be done with it (:func:`verify_contract_escrow` refuses it).

    ``contract_id``, when given (the id you asked for), must be the contract's ``id``
    (``contract.id``): another contract of yours, however valid, is not the one you meant."""
    if (public_key is None) == (xpub is None):
        raise ValueError("give exactly one of public_key or xpub")
    body = unwrap(contract, "contract", fields=_CONTRACT_FIELDS, check="contract")
    checked_id = _contract_id(body, contract_id)
    role_text = body.get("your_role")
    if role_text not in _ROLES:
        raise VerificationFailed(
            "contract.your_role", "the contract's your_role must be 'buyer' or 'seller'"
        )
    escrow = body.get("escrow")
    if escrow is not None and not isinstance(escrow, Mapping):
        raise VerificationFailed("contract.escrow", "the contract's escrow must be an object")
    if escrow is None or not _published(escrow):
        return VerifiedContract(checked_id, role_text, None)
    verified = verify_escrow(
        escrow,
        network=network,
        role=role_text,
        public_key=public_key,
        xpub=xpub,
        hodlhodl_public_key=hodlhodl_public_key,
    )
    return VerifiedContract(checked_id, verified.role, verified)


def verify_contract_escrow(
    contract: Mapping[str, Any],
    *,
    network: NetworkLike,
    public_key: PublicKeyLike | None = None,
    xpub: str | None = None,
    hodlhodl_public_key: PublicKeyLike | None = None,
    contract_id: str | None = None,
    same_as: VerifiedEscrow | None = None,
) -> VerifiedEscrow:
    """:func:`verify_contract`, and the escrow must be there: what to run before confirming
    a contract (``POST /contracts/:id/confirm``) or moving coins into it.

    With ``same_as`` (the escrow you verified before you confirmed) the escrow must be that
    one: the same address, witness script, index and role (``escrow.changed``). Run on the
    contract the confirmation answers with, it keeps you from funding an escrow other than
    the one you checked and confirmed."""
    verified = verify_contract(
        contract,
        network=network,
        public_key=public_key,
        xpub=xpub,
        hodlhodl_public_key=hodlhodl_public_key,
        contract_id=contract_id,
    )
    if verified.escrow is None:
        raise _not_published()
    if same_as is not None:
        _check_same_escrow(verified.escrow, same_as)
    return verified.escrow


def _check_same_escrow(escrow: VerifiedEscrow, before: VerifiedEscrow) -> None:
    if not isinstance(before, VerifiedEscrow):
        raise TypeError("same_as takes what verify_contract_escrow returned")
    changed = [
        name
        for name, now, was in (
            ("address", escrow.script_pubkey, before.script_pubkey),
            ("witness_script", escrow.witness_script.script, before.witness_script.script),
            ("index", escrow.index, before.index),
            ("your_role", escrow.role, before.role),
        )
        if now != was
    ]
    if changed:
        raise VerificationFailed(
            "escrow.changed",
            f"the contract now shows another escrow than the one you verified ("
            f"{', '.join(changed)} changed; its address is {escrow.address}, the verified one "
            f"{before.address}): fund neither before you know why",
        )


# ---- release and refund transactions -----------------------------------------------------------

OutputRule = Callable[[list[Output], int], None]  # (outputs, fee) -> raises VerificationFailed


def _volume(contract: Mapping[str, Any]) -> tuple[int, int]:
    """(goes_to_buyer, exchange_fee) of the contract's volume_breakdown, in satoshis."""
    body = unwrap(contract, "contract", fields=_CONTRACT_FIELDS, check="contract")
    breakdown = mapping_field(body, "volume_breakdown", "contract.volume_breakdown")
    to_buyer = btc_amount(
        field(breakdown, "goes_to_buyer", "contract.volume_breakdown"),
        "contract.volume_breakdown",
        "goes_to_buyer",
    )
    exchange_fee = btc_amount(
        breakdown.get("exchange_fee", "0"), "contract.volume_breakdown", "exchange_fee"
    )
    if to_buyer == 0:
        raise VerificationFailed("contract.volume_breakdown", "goes_to_buyer is zero")
    return to_buyer, exchange_fee


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


# Outputs named in a refusal: a server can send thousands, and the message is logged.
_SHOWN_OUTPUTS = 5


def _pays(outputs: list[Output]) -> str:
    shown = ", ".join(f"{o.amount} sats to {o.address}" for o in outputs[:_SHOWN_OUTPUTS])
    more = len(outputs) - _SHOWN_OUTPUTS
    return (shown + (f" and {more} more outputs" if more > 0 else "")) or "nothing"


def _buyer_and_fee_rule(
    kind: Kind, to_buyer: int, exchange_fee: int, buyer_script: bytes | None
) -> OutputRule:
    """The buyer's output carries goes_to_buyer less the fee, one other output exactly the
    exchange fee (HodlHodl's fee address is in no contract, so only its amount can be
    checked), and nothing else. ``buyer_script`` None: the buyer's address is unknown (the
    seller is not shown it), so only the amounts can be checked."""

    def rule(outputs: list[Output], fee: int) -> None:
        want = [to_buyer - fee] + ([exchange_fee] if exchange_fee else [])
        detail = f"goes_to_buyer {to_buyer} less the fee {fee}" + (
            f" and the exchange fee {exchange_fee}" if exchange_fee else ""
        )
        if len(outputs) != len(want):
            raise VerificationFailed(
                f"{kind}.outputs",
                f"the transaction has {_count(len(outputs), 'output')} ({_pays(outputs)}); the "
                f"contract pays {len(want)}: {detail}",
            )
        if buyer_script is not None:
            to_buyer_outputs = [o for o in outputs if o.script_pubkey == buyer_script]
            if len(to_buyer_outputs) != 1:
                raise VerificationFailed(
                    f"{kind}.outputs",
                    f"{_count(len(to_buyer_outputs), 'output')} pay your release address; "
                    f"it must get one ({_pays(outputs)})",
                )
            others = [o for o in outputs if o.script_pubkey != buyer_script]
            if (
                to_buyer_outputs[0].amount != to_buyer - fee
                or [o.amount for o in others] != want[1:]
            ):
                raise VerificationFailed(
                    f"{kind}.outputs",
                    f"the transaction pays {_pays(outputs)}; the contract says {detail}, "
                    "the first to your release address",
                )
        elif sorted(o.amount for o in outputs) != sorted(want):
            raise VerificationFailed(
                f"{kind}.outputs",
                f"the transaction pays {_pays(outputs)}; the contract says {detail}",
            )

    return rule


def _everything_to(kind: Kind, script: bytes, address: str) -> OutputRule:
    def rule(outputs: list[Output], fee: int) -> None:
        if len(outputs) != 1 or outputs[0].script_pubkey != script:
            raise VerificationFailed(
                f"{kind}.outputs",
                f"the transaction pays {_pays(outputs)}; all of the escrow less the fee must go to {address}",
            )

    return rule


def _verify_spend(
    kind: Kind,
    role: Role,
    contract: Mapping[str, Any],
    transaction: Mapping[str, Any],
    *,
    rule: Callable[[VerifiedEscrow], OutputRule],
    network: NetworkLike,
    public_key: PublicKeyLike | None,
    xpub: str | None,
    hodlhodl_public_key: PublicKeyLike | None,
    contract_id: str | None,
    max_fee: int,
    max_fee_rate: FeeRate,
) -> VerifiedSpend:
    max_fee = fee_cap(max_fee)
    max_fee_rate = fee_rate_cap(max_fee_rate)
    claimed = unwrap(contract, "contract", fields=_CONTRACT_FIELDS, check="contract").get(
        "your_role"
    )
    if claimed in _ROLES and claimed != role:
        raise VerificationFailed(
            "contract.your_role",
            f"the contract says you are the {claimed}; a {kind} is signed here by the {role}",
        )
    verified = verify_contract(
        contract,
        network=network,
        public_key=public_key,
        xpub=xpub,
        hodlhodl_public_key=hodlhodl_public_key,
        contract_id=contract_id,
    )
    escrow = verified.escrow
    if escrow is None:
        raise _not_published()
    body = unwrap(
        transaction, "transaction", fields=_TRANSACTION_FIELDS, check=f"{kind}.transaction"
    )
    named = body.get("contract_id")
    if named is not None and named != verified.id:
        raise VerificationFailed(
            f"{kind}.contract_id",
            f"the transaction is for contract {describe(named)}, not for "
            + (f"contract {verified.id!r}" if verified.id is not None else "a contract with no id"),
        )
    tx = parse_tx(string_field(body, "hex", f"{kind}.hex"), f"{kind}.hex")
    check_inputs(kind, tx)
    in_amounts = sats_list(
        field(body, "in_amounts", f"{kind}.in_amounts"),
        f"{kind}.in_amounts",
        "in_amounts",
        max_items=MAX_INPUTS,
    )
    if len(in_amounts) != len(tx.vin):
        raise VerificationFailed(
            f"{kind}.in_amounts",
            f"{len(in_amounts)} input amounts for a transaction with {len(tx.vin)} inputs",
        )
    check_final_now(kind, tx)
    outputs = outputs_of(tx, escrow.network, f"{kind}.outputs")
    total_in = sum(in_amounts)
    rule(escrow)(outputs, total_in - sum(o.amount for o in outputs))

    # Inputs: each spends the escrow and carries HodlHodl's valid signature, and a
    # placeholder where yours goes.
    inputs = []
    for i, amount in enumerate(in_amounts):
        try:
            state = read_multisig_input(
                tx, i, form="p2sh-p2wsh", script=escrow.witness_script, amount=amount
            )
        except InvalidSignatureError as exc:
            raise VerificationFailed(f"{kind}.server_signature", str(exc)) from None
        except TransactionError as exc:
            raise VerificationFailed(
                f"{kind}.inputs", f"does not spend the escrow: {exc}"
            ) from None
        if list(state.signatures) != [KEY_POSITIONS["hodlhodl"]] or state.placeholder is None:
            signed = ", ".join(f"key {p + 1}" for p in state.signatures) or "no key"
            raise VerificationFailed(
                f"{kind}.server_signature",
                f"input {i} is signed by {signed}; it must carry HodlHodl's signature (key 1) "
                "and a placeholder for yours",
            )
        inputs.append(state)
    vsize = multisig_virtual_size(tx, inputs)
    fee = check_fee(kind, total_in, tx, vsize=vsize, max_fee=max_fee, max_fee_rate=max_fee_rate)
    return VerifiedSpend(
        kind, escrow, tx, tuple(in_amounts), tuple(outputs), fee, vsize, tuple(inputs)
    )


def verify_release_transaction(
    contract: Mapping[str, Any],
    transaction: Mapping[str, Any],
    *,
    network: NetworkLike,
    public_key: PublicKeyLike | None = None,
    xpub: str | None = None,
    hodlhodl_public_key: PublicKeyLike | None = None,
    contract_id: str | None = None,
    max_fee: int,
    max_fee_rate: FeeRate,
) -> VerifiedSpend:
    """Check the release transaction the *seller* signs (``GET /contracts/:id/release_transaction``,
    the document's normal workflow) against the contract (``GET /contracts/:id``).

    As the seller you are not shown the buyer's address, so what can be checked is checked:
    the contract says you are the seller and its escrow passes :func:`verify_escrow` (your
    key from ``public_key`` or ``xpub``); every input spends the escrow and carries
    HodlHodl's valid signature (BIP143, amounts from ``in_amounts``); one output carries
    ``volume_breakdown.goes_to_buyer`` less the transaction fee, one other output exactly
    ``volume_breakdown.exchange_fee``, and there is nothing else; the fee is 1..``max_fee``
    satoshis and at most ``max_fee_rate`` sat/vB of the final size; the transaction is final
    now (no lock time, no relative lock). Where those two outputs go is HodlHodl's and the
    buyer's business: you give up exactly the contract's volume, no more.

    With ``contract_id`` (the contract you asked for) the contract must be that one
    (``contract.id``); a transaction that names its contract (``contract_id``) must name the
    contract checked (``release.contract_id``): the release of another of your contracts,
    one whose buyer has not paid, is not signed in this one's name.
    """
    to_buyer, exchange_fee = _volume(contract)
    return _verify_spend(
        "release",
        "seller",
        contract,
        transaction,
        rule=lambda escrow: _buyer_and_fee_rule("release", to_buyer, exchange_fee, None),
        network=network,
        public_key=public_key,
        xpub=xpub,
        hodlhodl_public_key=hodlhodl_public_key,
        contract_id=contract_id,
        max_fee=max_fee,
        max_fee_rate=max_fee_rate,
    )


def verify_disputed_release_transaction(
    contract: Mapping[str, Any],
    transaction: Mapping[str, Any],
    *,
    release_address: str,
    network: NetworkLike,
    public_key: PublicKeyLike | None = None,
    xpub: str | None = None,
    hodlhodl_public_key: PublicKeyLike | None = None,
    contract_id: str | None = None,
    max_fee: int,
    max_fee_rate: FeeRate,
) -> VerifiedSpend:
    """Check the release transaction the *buyer* signs after a dispute resolved in the buyer's
    favour: as :func:`verify_release_transaction`, the contract says you are the buyer, and
    the goes_to_buyer output pays ``release_address`` (your address; the contract's
    ``release_address``, when shown, must be the same)."""
    to_buyer, exchange_fee = _volume(contract)
    body = unwrap(contract, "contract", fields=_CONTRACT_FIELDS, check="contract")
    net = get_network(network)
    mine = script_pubkey_of(release_address, net, "release_address")
    shown = body.get("release_address")
    if shown is not None:
        # Compared as the scripts they pay: bech32 is case-insensitive, so the document's
        # lower case and a QR code's upper case are one address.
        text = string_value(shown, "contract.release_address", "release_address")
        try:
            theirs = parse_address(text, net).script_pubkey
        except AddressError as exc:
            raise VerificationFailed("contract.release_address", str(exc)) from None
        if theirs != mine:
            raise VerificationFailed(
                "contract.release_address",
                f"the contract's release_address is {text}, not your {release_address}",
            )

    def rule(escrow: VerifiedEscrow) -> OutputRule:
        return _buyer_and_fee_rule("release", to_buyer, exchange_fee, mine)

    return _verify_spend(
        "release",
        "buyer",
        contract,
        transaction,
        rule=rule,
        network=network,
        public_key=public_key,
        xpub=xpub,
        hodlhodl_public_key=hodlhodl_public_key,
        contract_id=contract_id,
        max_fee=max_fee,
        max_fee_rate=max_fee_rate,
    )


def verify_refund_transaction(
    contract: Mapping[str, Any],
    transaction: Mapping[str, Any],
    *,
    release_address: str,
    network: NetworkLike,
    public_key: PublicKeyLike | None = None,
    xpub: str | None = None,
    hodlhodl_public_key: PublicKeyLike | None = None,
    contract_id: str | None = None,
    max_fee: int,
    max_fee_rate: FeeRate,
) -> VerifiedSpend:
    """Check the refund transaction the *seller* signs after a dispute resolved in the seller's
    favour (``GET /contracts/:id/refund_transaction?release_address=...``): the contract
    says you are the seller, its escrow checks out, every input spends it with HodlHodl's
    valid signature, and everything the inputs hold goes to ``release_address`` less a fee
    of at most ``max_fee`` satoshis and ``max_fee_rate`` sat/vB, in its only output. With
    ``contract_id``, as :func:`verify_release_transaction` (``refund.contract_id``)."""

    def rule(escrow: VerifiedEscrow) -> OutputRule:
        script = script_pubkey_of(release_address, escrow.network, "release_address")
        return _everything_to("refund", script, release_address)

    return _verify_spend(
        "refund",
        "seller",
        contract,
        transaction,
        rule=rule,
        network=network,
        public_key=public_key,
        xpub=xpub,
        hodlhodl_public_key=hodlhodl_public_key,
        contract_id=contract_id,
        max_fee=max_fee,
        max_fee_rate=max_fee_rate,
    )


# ---- signing ---------------------------------------------------------------------------------


def _signing_key(key: PrivateKey | str, escrow: VerifiedEscrow) -> PrivateKey:
    """Your escrow key: a PrivateKey, a WIF or 64-hex-digit secret, or an extended private key
    (``xprv``/``tprv``), whose child at ``escrow.index`` signs."""
    if isinstance(key, str) and key.strip().startswith(("xprv", "tprv")):
        if escrow.index is None:
            raise ValueError(
                "an extended private key needs the escrow's index, which it has none of"
            )
        signer = child_private_key(key.strip(), escrow.index)
    else:
        signer = private_key(key, escrow.network)
    if signer.public_key != escrow.public_key:
        raise InvalidKeyError(
            f"the signing key's public key is not {escrow.public_key.hex()}, the key the escrow "
            "was verified for: give the private key that belongs to the public key or xpub you verified with"
        )
    return signer


def _sign(kind: Kind, verified: VerifiedSpend, key: PrivateKey | str) -> str:
    if not isinstance(verified, VerifiedSpend):
        raise TypeError(f"sign_{kind}_transaction takes what verify_*_transaction returned")
    if verified.kind != kind:
        raise ValueError(f"this is a verified {verified.kind} transaction, not a {kind}")
    escrow = verified.escrow
    signer = _signing_key(key, escrow)
    tx = verified.transaction
    for state, amount in zip(verified.inputs, verified.in_amounts, strict=True):
        try:
            tx = add_multisig_signature(
                tx,
                state.index,
                signer,
                amount=amount,
                verified=state,  # the verification just read and checked this input
                interpret=False,  # every input is interpreted below, once
            )
        except TransactionError as exc:
            raise VerificationFailed(f"{kind}.signing", str(exc)) from None
    verify_scripts(kind, tx, [escrow.script_pubkey] * len(tx.vin), verified.in_amounts)
    return transaction_hex(tx)


def sign_release_transaction(verified: VerifiedSpend, key: PrivateKey | str) -> str:
    """Add your signature to a release transaction that :func:`verify_release_transaction`
    (or :func:`verify_disputed_release_transaction`) returned; returns the signed transaction
    hex for ``POST /contracts/:id/release_transaction``.

    ``key`` is your escrow key: a :class:`PrivateKey`, its WIF or hex, or your extended
    private key (the child at ``escrow.index`` signs); it must belong to the key the escrow
    was verified for. Every input of the finished transaction has been run through the
    script interpreter with its amount before the hex is returned (``release.script``).
    """
    return _sign("release", verified, key)


def sign_refund_transaction(verified: VerifiedSpend, key: PrivateKey | str) -> str:
    """Add your signature to a refund transaction that :func:`verify_refund_transaction`
    returned; as :func:`sign_release_transaction`."""
    return _sign("refund", verified, key)
