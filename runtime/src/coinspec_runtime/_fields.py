"""Reading fields of decoded JSON from a server, turning every surprise into VerificationFailed.

A server's JSON can hold anything: the wrong type, a string with a lone surrogate, a
number of a hundred million digits. Each reader here checks type and size before the
value is used, so malformed data ends in a refusal that names the check, never in a
``TypeError`` or a long computation.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from .bitcoin.amounts import MAX_MONEY
from .errors import VerificationFailed

# A bitcoin amount in BTC has at most 8 decimals and 8 integer digits (21e6); anything with
# more digits, or an exponent far outside that range, is refused before any arithmetic.
_MAX_AMOUNT_DIGITS = 32
_MAX_AMOUNT_EXPONENT = 16
# Transactions a service hands over for signing are small; a standard one weighs at most
# 400,000 weight units, so its serialization is at most 400,000 bytes.
MAX_TRANSACTION_HEX = 800_000
_DECIMAL_TEXT = re.compile(r"-?[0-9]{1,32}(\.[0-9]{1,32})?")


def describe(value: Any) -> str:
    """A short, safe description of a value for an error message (never the whole value)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        shown = value[:40].encode("ascii", "backslashreplace").decode("ascii")
        return f"the string {shown!r}" + ("..." if len(value) > 40 else "")
    if isinstance(value, int):
        return f"the integer {value}" if abs(value) < 10**30 else "an integer of over 30 digits"
    if isinstance(value, Decimal):
        return "a number" if not value.is_finite() else "a non-integer number"
    if isinstance(value, float):
        return "a float"
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, (list, tuple)):
        return "an array"
    return type(value).__name__


def unwrap(body: Any, *keys: str, fields: Sequence[str], check: str) -> Mapping[str, Any]:
    """Descend through wrapper objects (``{"contract": {"escrow": {...}}}``) while present.

    ``fields`` are the fields the check reads from the object. A level that holds a wrapper
    *and* any of them is two versions of one object, the checked one hidden inside the one
    the user is shown (``{"address": <theirs>, ..., "escrow": {<yours>}}``): it is refused,
    never resolved by picking one.
    """
    current = body
    for key in keys:
        inner = current.get(key) if isinstance(current, Mapping) else None
        if isinstance(inner, Mapping):
            clash = [name for name in fields if name in current]
            if clash:
                raise VerificationFailed(
                    check,
                    f"the object has {clash[0]!r} and also a {key!r} object holding another "
                    "version of it: which one you are shown is not the one that would be checked",
                )
            current = inner
    if not isinstance(current, Mapping):
        raise VerificationFailed(check, f"expected a JSON object, got {describe(current)}")
    return current


def mapping_field(body: Mapping[str, Any], key: str, check: str) -> Mapping[str, Any]:
    value = field(body, key, check)
    if not isinstance(value, Mapping):
        raise VerificationFailed(check, f"{key!r} must be an object, got {describe(value)}")
    return value


def field(body: Mapping[str, Any], key: str, check: str) -> Any:
    value = body.get(key)
    if value is None:
        raise VerificationFailed(check, f"the response has no {key!r}")
    return value


def string_field(body: Mapping[str, Any], key: str, check: str) -> str:
    return string_value(field(body, key, check), check, repr(key))


def string_value(value: Any, check: str, what: str) -> str:
    """A non-empty string of printable ASCII: every identifier, hex string and address is."""
    if not isinstance(value, str) or not value:
        raise VerificationFailed(check, f"{what} must be a non-empty string, got {describe(value)}")
    if not value.isascii() or not value.isprintable():
        raise VerificationFailed(check, f"{what} holds characters no hex string or address has")
    return value


def hex_field(body: Mapping[str, Any], key: str, check: str, *, max_length: int) -> bytes:
    text = string_field(body, key, check)
    if len(text) > max_length:
        raise VerificationFailed(
            check, f"{key!r} is {len(text)} characters, more than {max_length}"
        )
    try:
        return bytes.fromhex(text)
    except ValueError:
        raise VerificationFailed(check, f"{key!r} is not valid hex") from None


def first_string_field(body: Mapping[str, Any], keys: Sequence[str], check: str) -> str:
    for key in keys:
        if body.get(key) is not None:
            return string_field(body, key, check)
    raise VerificationFailed(check, f"the response has none of {', '.join(repr(k) for k in keys)}")


def sats_value(value: Any, check: str, what: str) -> int:
    """An integer satoshi amount from JSON (``int``, never ``bool``, float or Decimal)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise VerificationFailed(
            check, f"{what} must be an integer number of satoshis, got {describe(value)}"
        )
    if not 0 <= value <= MAX_MONEY:
        raise VerificationFailed(
            check, f"{what} ({describe(value)}) is outside the range of bitcoin amounts"
        )
    return value


def sats_list(value: Any, check: str, what: str, *, max_items: int) -> list[int]:
    if not isinstance(value, (list, tuple)):
        raise VerificationFailed(check, f"{what} must be a list of satoshi amounts")
    if len(value) > max_items:
        raise VerificationFailed(check, f"{what} lists {len(value)} amounts, more than {max_items}")
    return [sats_value(v, check, f"{what}[{i}]") for i, v in enumerate(value)]


def btc_amount(value: Any, check: str, what: str) -> int:
    """Satoshis of a BTC amount a server wrote as a decimal string or number, exactly.

    Digits and exponent are bounded before any arithmetic: ``"1e100000000"`` is twelve
    bytes, and turning it into an integer would take the machine's memory.
    """
    if isinstance(value, bool) or not isinstance(value, (str, int, Decimal)):
        raise VerificationFailed(check, f"{what} must be a decimal amount, got {describe(value)}")
    if isinstance(value, str):
        if not _DECIMAL_TEXT.fullmatch(value):
            raise VerificationFailed(check, f"{what} ({describe(value)}) is not a decimal amount")
        value = Decimal(value)
    if isinstance(value, int):
        if not 0 <= value <= MAX_MONEY // 100_000_000:
            raise VerificationFailed(check, f"{what} ({describe(value)}) is not a bitcoin amount")
        return value * 100_000_000
    amount = value
    if not amount.is_finite():
        raise VerificationFailed(check, f"{what} is not a finite amount")
    sign, digits, exponent = amount.as_tuple()
    assert isinstance(exponent, int)  # finite
    if len(digits) > _MAX_AMOUNT_DIGITS or not -_MAX_AMOUNT_EXPONENT <= exponent <= 8:
        raise VerificationFailed(check, f"{what} is outside the range of bitcoin amounts")
    coefficient = int("".join(map(str, digits)) or "0")
    shift = exponent + 8  # satoshis = coefficient * 10**shift
    scale: int = 10 ** abs(shift)
    if shift >= 0:
        sats = coefficient * scale
    elif coefficient % scale:
        raise VerificationFailed(check, f"{what} ({amount}) is not a whole number of satoshis")
    else:
        sats = coefficient // scale
    if sign and sats:
        raise VerificationFailed(check, f"{what} ({amount}) is negative")
    if sats > MAX_MONEY:
        raise VerificationFailed(check, f"{what} ({amount}) is more bitcoin than exists")
    return sats
