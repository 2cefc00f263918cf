"""Transactions: parsing, signature hashes, signatures, and partially signed multisig inputs.

A multisig input is read in one of three forms, recognised from what the
input carries (or told, for an input that carries nothing yet):

* ``"p2sh"`` - legacy: ``scriptSig = OP_0 <sig|placeholder>... <redeem script>``;
* ``"p2sh-p2wsh"`` - ``scriptSig = <0 sha256(witness script)>``, witness
  ``[<empty>, <sig|placeholder>..., <witness script>]``;
* ``"p2wsh"`` - empty scriptSig, witness as above.

A placeholder is an empty push (``OP_0``) or a run of zero bytes (HodlHodl
sends 70 of them). Signatures that are present are verified (legacy sighash,
or BIP143 with the input's amount) and attributed to a key in CHECKMULTISIG
order; the user's signature is added at its CHECKMULTISIG position.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from bitcointx.core import (
    CTransaction,
    CTxIn,
    CTxInWitness,
    CTxOut,
    CTxWitness,
    ValidationError,
)
from bitcointx.core.key import CPubKey
from bitcointx.core.script import (
    OP_0,
    SIGVERSION_BASE,
    SIGVERSION_WITNESS_V0,
    CScript,
    CScriptWitness,
    SIGHASH_Type,
    SignatureHash,
)
from bitcointx.core.scripteval import (
    SCRIPT_VERIFY_DERSIG,
    SCRIPT_VERIFY_LOW_S,
    SCRIPT_VERIFY_NULLDUMMY,
    SCRIPT_VERIFY_NULLFAIL,
    SCRIPT_VERIFY_P2SH,
    SCRIPT_VERIFY_STRICTENC,
    SCRIPT_VERIFY_WITNESS,
    SCRIPT_VERIFY_WITNESS_PUBKEYTYPE,
    VerifyScript,
)

from ..errors import TransactionError
from .keys import PrivateKey
from .multisig import (
    MultisigScript,
    p2sh_p2wsh_redeem_script,
    p2sh_script_pubkey,
    p2wsh_script_pubkey,
    parse_multisig_script,
)

__all__ = [
    "SIGHASH_ALL",
    "InvalidSignatureError",
    "MultisigInput",
    "ScriptForm",
    "add_multisig_signature",
    "is_low_s_der",
    "is_placeholder",
    "legacy_sighash",
    "multisig_script_pubkey",
    "parse_transaction",
    "read_multisig_input",
    "segwit_v0_sighash",
    "transaction_hex",
    "txid",
    "verify_input",
    "verify_signature",
    "witness_stack",
]

SIGHASH_ALL = 1
ScriptForm = Literal["p2sh", "p2sh-p2wsh", "p2wsh"]
_PLACEHOLDER_SIZES = (0, 70, 71, 72, 73)
_FINAL_FLAGS = {
    SCRIPT_VERIFY_P2SH,
    SCRIPT_VERIFY_WITNESS,
    SCRIPT_VERIFY_DERSIG,
    SCRIPT_VERIFY_STRICTENC,
    SCRIPT_VERIFY_LOW_S,
    SCRIPT_VERIFY_NULLDUMMY,
    SCRIPT_VERIFY_NULLFAIL,
    SCRIPT_VERIFY_WITNESS_PUBKEYTYPE,
}


class InvalidSignatureError(TransactionError):
    """A signature in the transaction does not verify."""


def parse_transaction(raw: str | bytes) -> CTransaction:
    """Parse a serialized transaction (hex or bytes, with or without witness data); no trailing bytes."""
    if isinstance(raw, str):
        try:
            data = bytes.fromhex(raw)
        except ValueError:
            raise TransactionError("transaction is not valid hex") from None
    elif isinstance(raw, (bytes, bytearray)):
        data = bytes(raw)
    else:
        raise TransactionError(f"transaction must be hex or bytes, not {type(raw).__name__}")
    try:
        tx = CTransaction.deserialize(data)
    except Exception as exc:
        raise TransactionError(f"transaction does not parse: {exc}") from None
    if not tx.vin or not tx.vout:
        raise TransactionError("transaction has no inputs or no outputs")
    return tx


def transaction_hex(tx: CTransaction) -> str:
    """The transaction serialized as hex (with witness data when it has any)."""
    return bytes(tx.serialize()).hex()


def txid(tx: CTransaction) -> str:
    """The transaction id as displayed (byte-reversed hash of the non-witness serialization)."""
    return bytes(tx.GetTxid())[::-1].hex()


def _hashtype(hashtype: int) -> SIGHASH_Type:
    try:
        return SIGHASH_Type(hashtype)
    except ValueError:
        raise TransactionError(f"unsupported sighash type 0x{hashtype:02x}") from None


def _check_index(tx: CTransaction, index: int) -> None:
    if not 0 <= index < len(tx.vin):
        raise TransactionError(f"input {index} does not exist (transaction has {len(tx.vin)})")


def legacy_sighash(
    tx: CTransaction, index: int, script_code: bytes, hashtype: int = SIGHASH_ALL
) -> bytes:
    """The pre-segwit signature hash of input ``index`` for ``script_code``."""
    _check_index(tx, index)
    return bytes(
        SignatureHash(
            CScript(script_code), tx, index, _hashtype(hashtype), sigversion=SIGVERSION_BASE
        )
    )


def segwit_v0_sighash(
    tx: CTransaction, index: int, script_code: bytes, amount: int, hashtype: int = SIGHASH_ALL
) -> bytes:
    """The BIP143 signature hash of input ``index`` spending ``amount`` satoshis."""
    _check_index(tx, index)
    if isinstance(amount, bool) or not isinstance(amount, int) or amount < 0:
        raise TransactionError("a BIP143 signature hash needs the input amount in satoshis")
    return bytes(
        SignatureHash(
            CScript(script_code),
            tx,
            index,
            _hashtype(hashtype),
            amount=amount,
            sigversion=SIGVERSION_WITNESS_V0,
        )
    )


_HALF_CURVE_ORDER = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0


def is_low_s_der(signature: bytes) -> bool:
    """Whether ``signature`` (no sighash byte) is strict DER (BIP66) with a low S (BIP146).

    Checked here byte by byte: python-bitcointx's ``IsLowDERSignature`` assumes well-formed
    DER and raises ``IndexError`` on a short or garbled one, which a server can send.
    """
    size = len(signature)
    if not 8 <= size <= 72 or signature[0] != 0x30 or signature[1] != size - 2:
        return False
    len_r = signature[3]
    if 5 + len_r >= size:
        return False
    len_s = signature[5 + len_r]
    if len_r + len_s + 6 != size:
        return False
    if signature[2] != 0x02 or len_r == 0 or signature[4] & 0x80:
        return False
    if len_r > 1 and signature[4] == 0 and not signature[5] & 0x80:
        return False
    if signature[len_r + 4] != 0x02 or len_s == 0 or signature[len_r + 6] & 0x80:
        return False
    if len_s > 1 and signature[len_r + 6] == 0 and not signature[len_r + 7] & 0x80:
        return False
    return 0 < int.from_bytes(signature[len_r + 6 :], "big") <= _HALF_CURVE_ORDER


def verify_signature(pubkey: bytes, digest: bytes, signature: bytes) -> bool:
    """True if the strict-DER, low-S ``signature`` (no sighash byte) signs ``digest`` under ``pubkey``."""
    if not is_low_s_der(signature):
        return False
    return bool(CPubKey(pubkey).verify(digest, signature))


def witness_stack(tx: CTransaction, index: int) -> list[bytes]:
    _check_index(tx, index)
    if index >= len(tx.wit.vtxinwit):
        return []
    return [bytes(item) for item in tx.wit.vtxinwit[index].scriptWitness.stack]


def is_placeholder(item: bytes) -> bool:
    """An empty push or a run of zero bytes standing where a signature will go."""
    return len(item) in _PLACEHOLDER_SIZES and not any(item)


def multisig_script_pubkey(form: ScriptForm, script: MultisigScript) -> bytes:
    """The scriptPubKey of the output that ``script`` locks in ``form``."""
    if form == "p2sh":
        return p2sh_script_pubkey(script.script)
    if form == "p2sh-p2wsh":
        return p2sh_script_pubkey(p2sh_p2wsh_redeem_script(script.script))
    return p2wsh_script_pubkey(script.script)


@dataclass(frozen=True)
class MultisigInput:
    """What a multisig input holds: its form, its script, verified signatures by key position."""

    index: int
    form: ScriptForm
    script: MultisigScript
    signatures: Mapping[int, bytes]
    placeholder: bytes | None

    @property
    def complete(self) -> bool:
        return len(self.signatures) >= self.script.m

    @property
    def signed_by(self) -> tuple[bytes, ...]:
        """Public keys whose signatures are present, in script order."""
        return tuple(self.script.pubkeys[i] for i in sorted(self.signatures))


def _script_pushes(script: CScript, what: str) -> list[bytes]:
    items: list[bytes] = []
    try:
        for opcode, data, _ in script.raw_iter():
            if data is None:
                raise TransactionError(
                    f"{what} contains opcode {opcode!r}, only pushes are allowed"
                )
            items.append(bytes(data))
    except TransactionError:
        raise
    except Exception as exc:
        raise TransactionError(f"{what} does not parse: {exc}") from None
    return items


def _locate(tx: CTransaction, index: int) -> tuple[ScriptForm | None, list[bytes], bytes | None]:
    """(form, signature items, script) found in input ``index``; (None, [], None) if it is empty."""
    script_sig = _script_pushes(tx.vin[index].scriptSig, f"input {index} scriptSig")
    stack = witness_stack(tx, index)
    if not script_sig and not stack:
        return None, [], None
    if stack:
        if len(stack) < 2 or stack[0] != b"":
            raise TransactionError(
                f"input {index} witness is not [<empty>, <signatures>..., <witness script>]"
            )
        witness_script = stack[-1]
        if not script_sig:
            return "p2wsh", stack[1:-1], witness_script
        redeem = p2sh_p2wsh_redeem_script(witness_script)
        if script_sig == [redeem]:
            # Byte for byte the canonical push (BIP141): one written another way (OP_PUSHDATA1)
            # makes the transaction invalid, and signing would rewrite it, changing the txid.
            if bytes(tx.vin[index].scriptSig) != bytes(CScript([redeem])):
                raise TransactionError(
                    f"input {index} scriptSig pushes the P2SH-P2WSH redeem script in a "
                    "non-canonical way, which BIP141 does not allow"
                )
            return "p2sh-p2wsh", stack[1:-1], witness_script
        raise TransactionError(
            f"input {index} scriptSig is not the P2SH-P2WSH redeem script of its witness script"
        )
    if len(script_sig) < 2 or script_sig[0] != b"":
        raise TransactionError(
            f"input {index} scriptSig is not OP_0 <signatures>... <redeem script>"
        )
    return "p2sh", script_sig[1:-1], script_sig[-1]


def _sighash(
    tx: CTransaction, index: int, form: ScriptForm, script: bytes, amount: int | None, hashtype: int
) -> bytes:
    if form == "p2sh":
        return legacy_sighash(tx, index, script, hashtype)
    if amount is None:
        raise TransactionError(
            f"input {index} is segwit: its amount is needed to check or make signatures"
        )
    return segwit_v0_sighash(tx, index, script, amount, hashtype)


def read_multisig_input(
    tx: CTransaction,
    index: int,
    *,
    form: ScriptForm | None = None,
    script: MultisigScript | None = None,
    amount: int | None = None,
) -> MultisigInput:
    """Read and verify what multisig input ``index`` holds.

    ``form`` and ``script``, when given, must match what the input carries;
    an input that carries nothing yet (unsigned) needs both. Every signature
    present must be SIGHASH_ALL, strict DER, low-S and valid for a key of the
    script, in CHECKMULTISIG order; otherwise :class:`InvalidSignatureError`.
    """
    _check_index(tx, index)
    found_form, items, found_script = _locate(tx, index)
    if found_form is None:
        if form is None or script is None:
            raise TransactionError(
                f"input {index} is unsigned: say which script and form it spends"
            )
        found_form, found_script = form, script.script
        items = [b""] * script.m
    assert found_script is not None
    if form is not None and form != found_form:
        raise TransactionError(f"input {index} spends a {found_form} output, expected {form}")
    if script is not None and script.script != found_script:
        raise TransactionError(
            f"input {index} spends script {found_script.hex()}, expected {script.script.hex()}"
        )
    parsed = script or parse_multisig_script(found_script, compressed_only=found_form != "p2sh")
    if len(items) > parsed.m:
        raise TransactionError(
            f"input {index} holds {len(items)} signature slots for a {parsed.m}-of-{parsed.n} script"
        )

    signatures: dict[int, bytes] = {}
    placeholder: bytes | None = None
    next_key = 0
    digest: bytes | None = None
    for slot, item in enumerate(items):
        if is_placeholder(item):
            placeholder = item if placeholder is None else placeholder
            continue
        if item[-1] != SIGHASH_ALL:
            raise InvalidSignatureError(
                f"input {index} signature in slot {slot} has sighash type 0x{item[-1]:02x}, only SIGHASH_ALL is accepted"
            )
        if not is_low_s_der(item[:-1]):
            raise InvalidSignatureError(
                f"input {index} signature in slot {slot} is not a strict-DER signature with a low S"
            )
        if digest is None:
            digest = _sighash(tx, index, found_form, parsed.script, amount, SIGHASH_ALL)
        while next_key < parsed.n and not verify_signature(
            parsed.pubkeys[next_key], digest, item[:-1]
        ):
            next_key += 1
        if next_key == parsed.n:
            raise InvalidSignatureError(
                f"input {index} signature in slot {slot} is not valid for any remaining key of the script"
            )
        signatures[next_key] = item
        next_key += 1
    return MultisigInput(index, found_form, parsed, signatures, placeholder)


def _with_items(tx: CTransaction, state: MultisigInput, items: Sequence[bytes]) -> CTransaction:
    """``tx`` with input ``state.index`` holding ``items``; every other part is reused as it is
    (immutable), which is several times cheaper than a round trip through the mutable types."""
    i = state.index
    vin = list(tx.vin)
    witnesses = list(tx.wit.vtxinwit) + [CTxInWitness()] * (len(vin) - len(tx.wit.vtxinwit))
    if state.form == "p2sh":
        script_sig = CScript([OP_0, *items, state.script.script])
        witnesses[i] = CTxInWitness()
    else:
        witnesses[i] = CTxInWitness(CScriptWitness([b"", *items, state.script.script]))
        redeem = p2sh_p2wsh_redeem_script(state.script.script)
        script_sig = CScript([redeem]) if state.form == "p2sh-p2wsh" else CScript()
    vin[i] = CTxIn(vin[i].prevout, script_sig, vin[i].nSequence)
    return CTransaction(vin, tx.vout, tx.nLockTime, tx.nVersion, CTxWitness(witnesses))


def verify_input(tx: CTransaction, index: int, script_pubkey: bytes, amount: int | None) -> None:
    """Run the script interpreter on input ``index`` (standard flags); raise TransactionError if it fails."""
    _check_index(tx, index)
    stack = witness_stack(tx, index)
    try:
        VerifyScript(
            tx.vin[index].scriptSig,
            CScript(script_pubkey),
            tx,
            index,
            flags=_FINAL_FLAGS,
            amount=amount or 0,
            witness=CScriptWitness(stack),
        )
    except ValidationError as exc:
        raise TransactionError(f"input {index} does not verify: {exc}") from None


def add_multisig_signature(
    tx: CTransaction,
    index: int,
    key: PrivateKey,
    *,
    form: ScriptForm | None = None,
    script: MultisigScript | None = None,
    amount: int | None = None,
    verified: MultisigInput | None = None,
    interpret: bool = True,
) -> CTransaction:
    """Sign input ``index`` with ``key`` and put the signature in its CHECKMULTISIG position.

    Signatures already present are verified first, unless ``verified`` is what
    :func:`read_multisig_input` returned for this input of this transaction. The result lists
    signatures in key order; while signatures are still missing, placeholders (the kind the
    input used, else ``OP_0``) stand in the missing keys' slots. A complete input is run
    through the script interpreter before it is returned, unless ``interpret`` is false
    (for a caller that interprets the finished transaction's inputs itself).
    """
    if verified is not None and verified.index != index:
        raise ValueError(f"verified describes input {verified.index}, not {index}")
    state = verified or read_multisig_input(tx, index, form=form, script=script, amount=amount)
    positions = [p for p in state.script.positions_of(key.public_key) if p not in state.signatures]
    own = state.script.positions_of(key.public_key)
    if not own:
        raise TransactionError(f"input {index}: the signing key is not one of the script's keys")
    position = positions[0] if positions else own[0]
    signatures = dict(state.signatures)
    if position not in signatures and len(signatures) >= state.script.m:
        raise TransactionError(f"input {index} already holds {state.script.m} signatures")
    digest = _sighash(tx, index, state.form, state.script.script, amount, SIGHASH_ALL)
    signatures[position] = key.sign(digest) + bytes([SIGHASH_ALL])

    placeholder = state.placeholder if state.placeholder is not None else b""
    missing = state.script.m - len(signatures)
    items: list[bytes]
    if state.script.m == state.script.n:
        items = [signatures.get(p, placeholder) for p in range(state.script.n)]
    else:
        items = [signatures[p] for p in sorted(signatures)] + [placeholder] * missing
    signed = _with_items(tx, state, items)
    if missing == 0 and interpret:
        verify_input(signed, index, multisig_script_pubkey(state.form, state.script), amount)
    return signed


def output_total(outputs: Sequence[CTxOut]) -> int:
    return sum(int(o.nValue) for o in outputs)
