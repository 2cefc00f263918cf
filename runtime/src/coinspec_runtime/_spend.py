"""Checks shared by the services that hand the user a transaction to sign.

Each check raises :class:`VerificationFailed` whose ``check`` is ``<kind>.<what>`` (for
example ``release.fee_rate``); a mistake in what the *caller* passed (a malformed address
of their own, a negative fee cap) is a plain ``ValueError``.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from bitcointx.core import CTransaction

from ._fields import MAX_TRANSACTION_HEX
from .bitcoin.addresses import address_from_script_pubkey, parse_address
from .bitcoin.amounts import MAX_MONEY
from .bitcoin.networks import Network
from .bitcoin.transactions import (
    MultisigInput,
    parse_transaction,
    txid,
    verify_input,
    witness_stack,
)
from .errors import AddressError, TransactionError, VerificationFailed

__all__ = [
    "MAX_INPUTS",
    "MAX_OUTPUTS",
    "MAX_WITNESS_ITEMS",
    "SIGNATURE_SIZE",
    "Coin",
    "FeeRate",
    "Output",
    "check_fee",
    "check_final_now",
    "check_inputs",
    "check_timed_lock",
    "coins_for_inputs",
    "fee_cap",
    "fee_rate_cap",
    "multisig_virtual_size",
    "outputs_of",
    "parse_tx",
    "script_pubkey_of",
    "verify_scripts",
    "virtual_size",
]

# A transaction an escrow service asks the user to sign spends a few coins; more inputs
# than this are refused before any signature hash is computed (legacy hashes cost time
# in proportion to the transaction, for every input).
MAX_INPUTS = 100
# It pays a few outputs too, and a multisig input's witness holds at most m + 2 items
# (m <= 16). More is refused before python-bitcointx deserializes the transaction: its
# parser spends seconds on a standard-size transaction made of tiny items, time an async
# client's event loop would be blocked for.
MAX_OUTPUTS = 100
MAX_WITNESS_ITEMS = 20
# The largest signature a final input can hold: a low-S DER signature (at most 71 bytes)
# and its sighash byte. Missing signatures are counted at this size when the final size of
# a partially signed transaction is estimated.
SIGNATURE_SIZE = 72
SEQUENCE_FINAL = 0xFFFFFFFF
SEQUENCE_LOCKTIME_DISABLE_FLAG = 1 << 31
SEQUENCE_LOCKTIME_MASK = 0x0000FFFF
SEQUENCE_LOCKTIME_TYPE_FLAG = 1 << 22
LOCKTIME_THRESHOLD = 500_000_000  # below: a block height; from here: a Unix time

FeeRate = int | Decimal  # satoshis per virtual byte
_OUTPOINT = re.compile(r"([0-9a-fA-F]{64}):([0-9]{1,10})")


@dataclass(frozen=True)
class Output:
    index: int
    address: str
    script_pubkey: bytes
    amount: int


@dataclass(frozen=True)
class Coin:
    """A coin a transaction spends: its amount, and the script it is locked to when known."""

    amount: int
    script_pubkey: bytes | None = None


def parse_tx(raw: str, check: str) -> CTransaction:
    if len(raw) > MAX_TRANSACTION_HEX:
        raise VerificationFailed(
            check, f"the transaction is {len(raw) // 2} bytes, more than a standard one can be"
        )
    try:
        data = bytes.fromhex(raw)
    except ValueError:
        raise VerificationFailed(check, "transaction is not valid hex") from None
    _check_counts(data, check)
    try:
        return parse_transaction(data)
    except TransactionError as exc:
        raise VerificationFailed(check, str(exc)) from None


def _check_counts(data: bytes, check: str) -> None:
    """Refuse more inputs, outputs or witness items than an escrow transaction has
    (``<kind>.inputs``, ``<kind>.outputs``), reading only the counts and lengths of the
    serialization. Malformed data is left to the parser, which says what is wrong with it."""
    pos = 4  # nVersion

    def compact_size() -> int:
        nonlocal pos
        first = data[pos]
        pos += 1
        if first < 0xFD:
            return first
        size = {0xFD: 2, 0xFE: 4, 0xFF: 8}[first]
        if pos + size > len(data):
            raise IndexError
        value = int.from_bytes(data[pos : pos + size], "little")
        pos += size
        return value

    kind = check.partition(".")[0]  # "release.hex" -> the checks release.inputs, release.outputs

    def refuse(count: int, what: str, limit: int) -> VerificationFailed:
        return VerificationFailed(
            f"{kind}.outputs" if what == "outputs" else f"{kind}.inputs",
            f"the transaction has {count} {what}, more than {limit}: not an escrow's",
        )

    try:
        segwit = data[4:6] == b"\x00\x01"
        if segwit:
            pos = 6
        inputs = compact_size()
        if inputs > MAX_INPUTS:
            raise refuse(inputs, "inputs", MAX_INPUTS)
        for _ in range(inputs):
            pos += 36
            script_sig = compact_size()  # read before pos is added to: it moves pos
            pos += script_sig + 4
        outputs = compact_size()
        if outputs > MAX_OUTPUTS:
            raise refuse(outputs, "outputs", MAX_OUTPUTS)
        for _ in range(outputs):
            pos += 8
            script_pubkey = compact_size()
            pos += script_pubkey
        if segwit:
            for i in range(inputs):
                items = compact_size()
                if items > MAX_WITNESS_ITEMS:
                    raise refuse(items, f"witness items in input {i}", MAX_WITNESS_ITEMS)
                for _ in range(items):
                    item = compact_size()
                    pos += item
    except (IndexError, KeyError):
        return


def outputs_of(tx: CTransaction, network: Network, check: str) -> list[Output]:
    result = []
    for i, out in enumerate(tx.vout):
        spk = bytes(out.scriptPubKey)
        amount = int(out.nValue)
        if not 0 <= amount <= MAX_MONEY:
            raise VerificationFailed(check, f"output {i} has the impossible value {amount}")
        try:
            address = address_from_script_pubkey(spk, network)
        except AddressError:
            address = f"<script {spk[:40].hex()}{'...' if len(spk) > 40 else ''}>"
        result.append(Output(i, address, spk, amount))
    return result


def script_pubkey_of(address: str, network: Network, what: str) -> bytes:
    """scriptPubKey of an address the *caller* supplied; a bad one is the caller's bug (ValueError)."""
    try:
        return parse_address(address, network).script_pubkey
    except AddressError as exc:
        raise ValueError(f"{what}: {exc}") from None


def fee_cap(max_fee: object) -> int:
    if isinstance(max_fee, bool) or not isinstance(max_fee, int) or max_fee < 0:
        raise ValueError("max_fee must be a non-negative integer number of satoshis")
    return max_fee


def fee_rate_cap(max_fee_rate: object) -> FeeRate:
    if (
        isinstance(max_fee_rate, bool)
        or not isinstance(max_fee_rate, (int, Decimal))
        or not Decimal(max_fee_rate).is_finite()
        or max_fee_rate < 0
    ):
        raise ValueError(
            "max_fee_rate must be a non-negative int or Decimal of satoshis per vbyte (never a float)"
        )
    return max_fee_rate


def check_inputs(kind: str, tx: CTransaction) -> None:
    """At most MAX_INPUTS inputs, each spending a different outpoint."""
    if len(tx.vin) > MAX_INPUTS:
        raise VerificationFailed(
            f"{kind}.inputs", f"the transaction has {len(tx.vin)} inputs, more than {MAX_INPUTS}"
        )
    seen: dict[tuple[bytes, int], int] = {}
    for i, txin in enumerate(tx.vin):
        outpoint = (bytes(txin.prevout.hash), int(txin.prevout.n))
        if outpoint in seen:
            raise VerificationFailed(
                f"{kind}.inputs",
                f"inputs {seen[outpoint]} and {i} both spend {_outpoint_text(outpoint)}",
            )
        seen[outpoint] = i


def _outpoint_text(outpoint: tuple[bytes, int]) -> str:
    return f"{outpoint[0][::-1].hex()}:{outpoint[1]}"


def _parse_coins(coins: Mapping[str, int]) -> dict[tuple[bytes, int], Coin]:
    if not isinstance(coins, Mapping) or not coins:
        raise ValueError('coins: give the spent coins as {"<txid>:<vout>": satoshis, ...}')
    parsed: dict[tuple[bytes, int], Coin] = {}
    for text, amount in coins.items():
        match = _OUTPOINT.fullmatch(text) if isinstance(text, str) else None
        if match is None or int(match.group(2)) >= 2**32:
            raise ValueError(f"coins: {text!r} is not an outpoint '<64 hex digits txid>:<vout>'")
        if isinstance(amount, bool) or not isinstance(amount, int) or not 0 < amount <= MAX_MONEY:
            raise ValueError(f"coins: the amount of {text} must be a positive int of satoshis")
        key = (bytes.fromhex(match.group(1))[::-1], int(match.group(2)))
        if key in parsed:
            raise ValueError(f"coins: {text} is listed twice (txids are not case-sensitive)")
        parsed[key] = Coin(amount)
    return parsed


def _parse_funding(funding_transactions: Sequence[str]) -> dict[tuple[bytes, int], Coin]:
    if isinstance(funding_transactions, (str, bytes)) or not funding_transactions:
        raise ValueError("funding_transactions: give a list of raw transactions (hex)")
    parsed: dict[tuple[bytes, int], Coin] = {}
    for number, raw in enumerate(funding_transactions):
        try:
            funding = parse_transaction(raw)
        except TransactionError as exc:
            raise ValueError(f"funding_transactions[{number}]: {exc}") from None
        tx_hash = bytes(funding.GetTxid())
        for n, out in enumerate(funding.vout):
            parsed[(tx_hash, n)] = Coin(int(out.nValue), bytes(out.scriptPubKey))
    return parsed


def coins_for_inputs(
    kind: str,
    tx: CTransaction,
    *,
    coins: Mapping[str, int] | None,
    funding_transactions: Sequence[str] | None,
    script_pubkey: bytes,
) -> list[Coin]:
    """The coin each input spends, from what the *user* says: ``coins`` (outpoint ->
    satoshis) or the ``funding_transactions`` themselves (their txids name the outpoints,
    their outputs give amount and script). An input that spends anything else is refused."""
    if (coins is None) == (funding_transactions is None):
        raise ValueError("give exactly one of coins or funding_transactions")
    known = _parse_coins(coins) if coins is not None else _parse_funding(funding_transactions or [])
    spent = []
    for i, txin in enumerate(tx.vin):
        outpoint = (bytes(txin.prevout.hash), int(txin.prevout.n))
        coin = known.get(outpoint)
        if coin is None:
            raise VerificationFailed(
                f"{kind}.inputs",
                f"input {i} spends {_outpoint_text(outpoint)}, which is not one of the coins you named",
            )
        if coin.script_pubkey is not None and coin.script_pubkey != script_pubkey:
            raise VerificationFailed(
                f"{kind}.inputs",
                f"input {i} spends {_outpoint_text(outpoint)}, which is not locked to the collateral",
            )
        spent.append(coin)
    return spent


def _lock_time_text(value: int) -> str:
    if value < LOCKTIME_THRESHOLD:
        return f"block height {value}"
    moment = datetime.datetime.fromtimestamp(value, tz=datetime.UTC)
    return f"{value} ({moment:%Y-%m-%d %H:%M:%S} UTC)"


def _relative_locks(tx: CTransaction) -> list[int]:
    """Inputs under a BIP68 relative lock that delays them: version 2 or more (compared
    unsigned, as Core does), the sequence's disable bit clear and a nonzero delay in its
    low 16 bits (a delay of 0 blocks or 0 x 512 seconds holds nothing back)."""
    if (tx.nVersion & 0xFFFFFFFF) < 2:
        return []
    return [
        i
        for i, txin in enumerate(tx.vin)
        if not txin.nSequence & SEQUENCE_LOCKTIME_DISABLE_FLAG
        and txin.nSequence & SEQUENCE_LOCKTIME_MASK
    ]


def _relative_delay(sequence: int) -> str:
    value = sequence & SEQUENCE_LOCKTIME_MASK
    if sequence & SEQUENCE_LOCKTIME_TYPE_FLAG:
        return f"{value * 512} seconds (~{value * 512 // 86_400} days)"
    return f"{value} blocks (~{value * 10 // 1_440} days)"


def _check_no_relative_lock(kind: str, tx: CTransaction) -> None:
    locked = _relative_locks(tx)
    if locked:
        i = locked[0]
        raise VerificationFailed(
            f"{kind}.sequence",
            f"input {i} has nSequence 0x{tx.vin[i].nSequence:08x} in a version {tx.nVersion} "
            f"transaction: a BIP68 relative lock of {_relative_delay(tx.vin[i].nSequence)} "
            "after the coin it spends is mined",
        )


def check_final_now(kind: str, tx: CTransaction) -> None:
    """The transaction can be mined now: no relative lock, and nLockTime 0 or disabled
    (every nSequence 0xffffffff). A nonzero nLockTime is refused even when it may lie in the
    past: without the chain, a past height cannot be told from a future one."""
    _check_no_relative_lock(kind, tx)
    if tx.nLockTime != 0:
        open_inputs = [i for i, txin in enumerate(tx.vin) if txin.nSequence != SEQUENCE_FINAL]
        if open_inputs:
            raise VerificationFailed(
                f"{kind}.lock_time",
                f"nLockTime is {_lock_time_text(tx.nLockTime)} and input {open_inputs[0]}'s "
                f"nSequence 0x{tx.vin[open_inputs[0]].nSequence:08x} enforces it: the "
                "transaction is not final now",
            )


def check_timed_lock(kind: str, tx: CTransaction, lock_time: int) -> None:
    """nLockTime is exactly ``lock_time`` and in force, and nothing else delays the spend."""
    _check_no_relative_lock(kind, tx)
    if tx.nLockTime != lock_time:
        raise VerificationFailed(
            f"{kind}.lock_time",
            f"nLockTime is {_lock_time_text(tx.nLockTime)}, you asked for {_lock_time_text(lock_time)}",
        )
    if all(txin.nSequence == SEQUENCE_FINAL for txin in tx.vin):
        raise VerificationFailed(
            f"{kind}.lock_time",
            "every input's nSequence is 0xffffffff, which disables nLockTime: the "
            "transaction would be valid at once, not at the time you asked for",
        )


def _compact_size_length(n: int) -> int:
    return 1 if n < 0xFD else 3 if n <= 0xFFFF else 5 if n <= 0xFFFFFFFF else 9


def _push_length(n: int) -> int:
    """Bytes a script needs to push ``n`` bytes of data (OP_0 for none)."""
    if n == 0:
        return 1
    return n + (1 if n <= 75 else 2 if n <= 0xFF else 3 if n <= 0xFFFF else 5)


def virtual_size(
    tx: CTransaction, final_inputs: Mapping[int, tuple[int, Sequence[int]]] | None = None
) -> int:
    """The virtual size (BIP141: weight / 4, rounded up) of ``tx``; ``final_inputs`` gives,
    for inputs whose final form differs from what ``tx`` holds, (scriptSig length, witness
    item lengths). Computed from lengths, without serializing the transaction."""
    final_inputs = final_inputs or {}
    base = 8 + _compact_size_length(len(tx.vin)) + _compact_size_length(len(tx.vout))
    for out in tx.vout:
        spk = len(out.scriptPubKey)
        base += 8 + _compact_size_length(spk) + spk
    witness = 0
    for i, txin in enumerate(tx.vin):
        if i in final_inputs:
            script_sig, items = final_inputs[i]
        else:
            script_sig = len(txin.scriptSig)
            items = [len(item) for item in witness_stack(tx, i)]
        base += 36 + _compact_size_length(script_sig) + script_sig + 4
        witness += _compact_size_length(len(items)) + sum(
            _compact_size_length(n) + n for n in items
        )
    if witness > len(tx.vin):  # some input has witness items: marker, flag and the stacks count
        weight = base * 4 + 2 + witness
    else:
        weight = base * 4
    return -(-weight // 4)


def multisig_virtual_size(tx: CTransaction, inputs: Sequence[MultisigInput]) -> int:
    """The virtual size ``tx`` will have once every multisig input holds its m signatures:
    those present at their size, the missing ones at SIGNATURE_SIZE."""
    final: dict[int, tuple[int, Sequence[int]]] = {}
    for state in inputs:
        present = [len(sig) for sig in state.signatures.values()]
        sigs = present + [SIGNATURE_SIZE] * (state.script.m - len(present))
        script = len(state.script.script)
        if state.form == "p2sh":
            final[state.index] = (1 + sum(_push_length(n) for n in sigs) + _push_length(script), [])
        else:
            script_sig = 35 if state.form == "p2sh-p2wsh" else 0  # push of <0 <32-byte hash>>
            final[state.index] = (script_sig, [0, *sigs, script])
    return virtual_size(tx, final)


def check_fee(
    kind: str,
    total_in: int,
    tx: CTransaction,
    *,
    vsize: int,
    max_fee: int,
    max_fee_rate: FeeRate,
) -> int:
    """The fee (inputs less outputs) is positive, at most ``max_fee`` satoshis and at most
    ``max_fee_rate`` satoshis per virtual byte of the final transaction."""
    total_out = sum(int(o.nValue) for o in tx.vout)
    fee = total_in - total_out
    if fee <= 0:
        raise VerificationFailed(
            f"{kind}.fee", f"outputs ({total_out} sats) spend at least the inputs ({total_in} sats)"
        )
    if fee > max_fee:
        raise VerificationFailed(
            f"{kind}.fee", f"the fee is {fee} sats, more than the allowed {max_fee}"
        )
    if fee > max_fee_rate * vsize:
        rate = (Decimal(fee) / vsize).quantize(Decimal("0.01"))
        raise VerificationFailed(
            f"{kind}.fee_rate",
            f"the fee of {fee} sats for {vsize} vbytes is {rate} sat/vB, more than the allowed {max_fee_rate}",
        )
    return fee


def verify_scripts(
    kind: str, tx: CTransaction, script_pubkeys: Sequence[bytes], amounts: Sequence[int]
) -> None:
    """Every input through python-bitcointx's script interpreter (P2SH, WITNESS, DERSIG,
    STRICTENC, LOW_S, NULLDUMMY, NULLFAIL, WITNESS_PUBKEYTYPE) with the coin it really
    spends: the last check before a signed transaction leaves the machine."""
    for i, (script_pubkey, amount) in enumerate(zip(script_pubkeys, amounts, strict=True)):
        try:
            verify_input(tx, i, script_pubkey, amount)
        except TransactionError as exc:
            raise VerificationFailed(
                f"{kind}.script", f"{exc}; nothing is sent (transaction {txid(tx)})"
            ) from None
