"""Exact money: satoshis are ``int``, bitcoin amounts are ``Decimal``; never ``float``."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

__all__ = ["MAX_MONEY", "SATOSHIS_PER_BTC", "btc_to_sats", "check_sats", "sats_to_btc"]

SATOSHIS_PER_BTC = 100_000_000
MAX_MONEY = 21_000_000 * SATOSHIS_PER_BTC


def btc_to_sats(value: Decimal | str | int) -> int:
    """Convert a BTC amount (``Decimal``, decimal string or whole ``int``) to satoshis exactly.

    Raises ``ValueError`` for floats, non-numbers, fractions of a satoshi and
    amounts outside 0..21e6 BTC.
    """
    if isinstance(value, bool) or not isinstance(value, (Decimal, str, int)):
        raise ValueError(f"a BTC amount must be Decimal, str or int, not {type(value).__name__}")
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise ValueError(f"{value!r} is not a decimal number") from None
    if not amount.is_finite():
        raise ValueError(f"{value!r} is not a finite amount")
    sats = amount * SATOSHIS_PER_BTC
    if sats != sats.to_integral_value():
        raise ValueError(f"{value!r} BTC is not a whole number of satoshis")
    return check_sats(int(sats))


def sats_to_btc(sats: int) -> Decimal:
    """Satoshis as a BTC ``Decimal`` with 8 decimal places."""
    return (Decimal(check_sats(sats)) / SATOSHIS_PER_BTC).quantize(Decimal("0.00000001"))


def check_sats(sats: object, what: str = "amount") -> int:
    """Return ``sats`` if it is an ``int`` (not ``bool``) in 0..MAX_MONEY, else raise ``ValueError``."""
    if isinstance(sats, bool) or not isinstance(sats, int):
        raise ValueError(f"{what} must be an integer number of satoshis, not {type(sats).__name__}")
    if not 0 <= sats <= MAX_MONEY:
        raise ValueError(f"{what} {sats} is outside 0..{MAX_MONEY} satoshis")
    return sats
