"""Reading fields of decoded JSON, turning every surprise into a VerificationError."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .errors import VerificationError


def unwrap(body: Mapping[str, Any], *keys: str) -> Mapping[str, Any]:
    """Descend through wrapper objects (``{"contract": {"escrow": {...}}}``) while they are present."""
    current = body
    for key in keys:
        inner = current.get(key) if isinstance(current, Mapping) else None
        if isinstance(inner, Mapping):
            current = inner
    if not isinstance(current, Mapping):
        raise TypeError(f"expected a JSON object, got {type(current).__name__}")
    return current


def field(body: Mapping[str, Any], key: str, check: str) -> Any:
    value = body.get(key)
    if value is None:
        raise VerificationError(check, f"the response has no {key!r}")
    return value


def string_field(body: Mapping[str, Any], key: str, check: str) -> str:
    value = field(body, key, check)
    if not isinstance(value, str) or not value:
        raise VerificationError(
            check, f"{key!r} must be a non-empty string, got {type(value).__name__}"
        )
    return value


def first_string_field(body: Mapping[str, Any], keys: Sequence[str], check: str) -> str:
    for key in keys:
        if body.get(key) is not None:
            return string_field(body, key, check)
    raise VerificationError(check, f"the response has none of {', '.join(repr(k) for k in keys)}")


def sats_value(value: Any, check: str, what: str) -> int:
    """An integer satoshi amount from JSON (``int``, never ``bool``/float/Decimal)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise VerificationError(
            check, f"{what} must be an integer number of satoshis, got {value!r}"
        )
    if not 0 <= value <= 21_000_000 * 100_000_000:
        raise VerificationError(check, f"{what} {value} is outside the range of bitcoin amounts")
    return value


def sats_list(value: Any, check: str, what: str) -> list[int]:
    if not isinstance(value, Sequence) or isinstance(value, (str, bytes)):
        raise VerificationError(check, f"{what} must be a list of satoshi amounts")
    return [sats_value(v, check, f"{what}[{i}]") for i, v in enumerate(value)]
