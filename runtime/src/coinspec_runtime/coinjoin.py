"""CoinJoin: the HMAC-SHA256 response signature, exactly as the service's PHP computes it.

The document gives the server's code::

    base64_encode(hash_hmac('sha256', implode('|', array_map(function($a) {
        return is_array($a) ? implode(',', array_keys($a)).','.implode(',', $a) : $a;
    }, array_values($transaction_details))), $secret_key, TRUE));

so the message is the response's values in the order the response has them
(``signature`` left out), joined by ``|``; an array value (``payouts``)
becomes its keys, a comma, then its values, all comma-joined. Values turn
into strings the way PHP does it: ``true`` -> ``"1"``, ``false``/``null`` ->
``""``, integers in decimal, and floats (JSON numbers with a fraction or
exponent, which arrive here as ``Decimal``) as PHP 8 prints a double with
``precision=14`` (``0.0002244``, ``1.0E-5``, ``1.0E+15``). A nested array
inside an array prints as ``Array``, as in PHP.

What the scheme signs is therefore less than the body: see
:func:`verify_response_signature` for what a valid signature does not vouch for.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import math
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ._fields import btc_amount, describe, string_value
from .errors import VerificationFailed

__all__ = [
    "VerifiedResponse",
    "php_string",
    "sign_response",
    "signature_message",
    "signed_response",
    "verify_response_signature",
]

PHP_PRECISION = 14
_PHP_INT_MIN, _PHP_INT_MAX = -(2**63), 2**63 - 1
# What PHP's json_encode can have written: finite doubles, printed with at most 17
# significant digits. A number outside these bounds is refused before it is converted
# (turning a hundred-million-digit number into a float or a string costs real time).
_MAX_NUMBER_DIGITS = 40
_MAX_DOUBLE_EXPONENT = 308
_MIN_DOUBLE_EXPONENT = -324

Secret = str | bytes


def _php_float(value: float) -> str:
    """PHP 8's (string)$double with precision=14 (zend_gcvt with mode-2 dtoa)."""
    if math.isnan(value):
        return "NAN"
    if math.isinf(value):
        return "INF" if value > 0 else "-INF"
    sign = "-" if math.copysign(1.0, value) < 0 else ""
    if value == 0:
        return sign + "0"
    mantissa, exponent = f"{abs(value):.{PHP_PRECISION - 1}e}".split("e")
    digits = mantissa.replace(".", "").rstrip("0") or "0"
    decpt = int(exponent) + 1  # value = 0.<digits> * 10**decpt
    if (decpt < -3) if decpt < 0 else (decpt > PHP_PRECISION):
        exp = decpt - 1
        return f"{sign}{digits[0]}.{digits[1:] or '0'}E{'-' if exp < 0 else '+'}{abs(exp)}"
    if decpt < 0:
        return f"{sign}0.{'0' * -decpt}{digits}"
    integer = digits[:decpt].ljust(decpt, "0")
    fraction = digits[decpt:]
    return sign + (integer or "0") + (f".{fraction}" if fraction else "")


def php_string(value: Any) -> str:
    """How PHP's ``implode`` turns one scalar JSON value into a string."""
    if value is None or value is False:
        return ""
    if value is True:
        return "1"
    if isinstance(value, int):
        if _PHP_INT_MIN <= value <= _PHP_INT_MAX:
            return str(value)
        # json_decode makes a float of an out-of-range integer.
        return _php_float(float(_finite_number(Decimal(value))))
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _not_json_number(value)
        return _php_float(value)
    if isinstance(value, Decimal):
        # The JSON number became an IEEE double in PHP; this reproduces its printing, not money math.
        return _php_float(float(_finite_number(value)))
    if isinstance(value, str):
        return value
    if isinstance(value, (Mapping, list, tuple)):
        return "Array"
    raise TypeError(f"{type(value).__name__} is not a JSON value")


class _UnsignableBody(ValueError):
    """A body PHP's json_encode cannot have written, so no signature of it can be checked."""


def _not_json_number(value: object) -> _UnsignableBody:
    return _UnsignableBody(
        f"the body holds {value!s}, which is not a JSON number (JSON has no NaN or Infinity)"
    )


def _finite_number(value: Decimal) -> Decimal:
    if not value.is_finite():
        raise _not_json_number(value)
    digits = len(value.as_tuple().digits)
    if digits > _MAX_NUMBER_DIGITS:
        raise _UnsignableBody(f"the body holds a number of {digits} digits; PHP writes at most 17")
    if value and not _MIN_DOUBLE_EXPONENT <= value.adjusted() <= _MAX_DOUBLE_EXPONENT:
        raise _UnsignableBody("the body holds a number outside the range of a PHP float")
    return value


def _php_array_part(value: Any) -> str:
    if isinstance(value, Mapping):
        keys, values = [str(k) for k in value.keys()], list(value.values())
    elif isinstance(value, (list, tuple)):
        keys, values = [str(i) for i in range(len(value))], list(value)
    else:
        return php_string(value)
    return ",".join(keys) + "," + ",".join(php_string(v) for v in values)


def signature_message(body: Mapping[str, Any]) -> str:
    """The string the server feeds to HMAC: values in response order, ``signature`` left out."""
    return "|".join(_php_array_part(v) for k, v in body.items() if k != "signature")


def _secret_bytes(secret: Secret) -> bytes:
    if isinstance(secret, str):
        return secret.encode("utf-8")
    if isinstance(secret, bytes):
        return secret
    raise TypeError("the secret key must be str or bytes")


def sign_response(body: Mapping[str, Any], secret: Secret) -> str:
    """base64(HMAC-SHA256(secret, signature_message(body))), as the service computes it."""
    digest = hmac.new(
        _secret_bytes(secret), signature_message(body).encode("utf-8"), hashlib.sha256
    ).digest()
    return base64.b64encode(digest).decode("ascii")


def signed_response(
    body: Mapping[str, Any], secret: Secret, *, request_body: Any = None
) -> dict[str, Any]:
    """A copy of ``body`` carrying the service's signature, as a server (or a mock of it) sends it.

    An existing ``signature`` keeps its place; otherwise it is appended, as the service does.
    ``request_body``, when given (the createTransaction request answered), makes the answer's
    ``payouts`` the ones asked for, as the service does: the requested amounts of a
    map, ``"0"`` for each address of a list (as the document's example answers one).
    """
    signed = dict(body)
    payouts = request_body.get("payouts") if isinstance(request_body, Mapping) else None
    if isinstance(payouts, Mapping):
        signed["payouts"] = {str(a): _amount_text(v) for a, v in payouts.items()}
    elif isinstance(payouts, list):
        signed["payouts"] = {str(a): "0" for a in payouts}
    signed["signature"] = sign_response(signed, secret)
    return signed


def _amount_text(amount: Any) -> str:
    if isinstance(amount, Decimal):
        return format(amount, "f")
    return str(amount)


@dataclass(frozen=True)
class VerifiedResponse:
    """A response whose signature checked out; ``body`` is the response as it was checked."""

    body: Mapping[str, Any]


def verify_response_signature(
    body: Mapping[str, Any],
    secret: Secret,
    *,
    transaction_id: str | None = None,
    request_body: Any = None,
) -> VerifiedResponse:
    """Check that ``body["signature"]`` is the service's signature of ``body`` (constant-time);
    raise :class:`VerificationFailed` otherwise: check ``"coinjoin.signature"`` for a missing
    or wrong signature, ``"coinjoin.body"`` for a body PHP cannot have signed (NaN or
    Infinity, a number out of a double's range, a lone surrogate, a value that is not JSON).

    ``transaction_id``, when given (the id you asked for: get_transaction passes it), must be
    the signed body's ``id`` (``"coinjoin.id"``): the scheme signs no request, so a genuine
    signed answer about another of your transactions, replayed, verifies otherwise.

    ``request_body``, when given (the createTransaction request the answer is for, as it was
    sent: create_transaction passes it), ties the answer to it by the signed ``payouts``
    (``"coinjoin.payouts"``): they must name exactly the addresses the request sent (a
    list's items, or a map's keys), none added and none missing, compared as the exact
    strings sent. When the request sent a map of amounts, each signed amount must equal the
    one asked for, to the satoshi: the document describes the answer's ``payouts`` as
    "BTC addresses and payout amounts" and its ``depositAmount`` as "payouts + fees", so an
    answer for other amounts has you deposit for a split you did not ask for. A list sends
    no amounts, so none is checked (the document's answer to one shows ``"0"``). A
    request, or an answer, whose payouts are missing or not of these shapes is refused
    with the same check: with nothing to compare, nothing is vouched for.

    What a valid signature does **not** vouch for, because the document's scheme does not
    sign it (it hashes the values only, in order, each as PHP prints it):

    * **Key names.** Only values are signed, so swapping the names of two fields (say
      ``depositAmount`` and ``fee``) keeps the signature valid: read each value by its
      position's meaning at your own risk.
    * **Anything two levels deep.** An array inside an array value is signed as the word
      ``Array``; its contents can be anything.
    * **JSON types.** ``true`` and ``"1"`` sign alike, as do ``false``, ``null`` and ``""``,
      and a string and the number it spells (``"5"`` and ``5``).
    * **Digits past PHP's precision.** Numbers with a fraction or exponent are signed as
      PHP prints a double at precision 14, so numbers that differ beyond that sign alike.
    * **Which request it answers.** Nothing ties a response to the request: a genuine
      response to another request verifies. ``transaction_id`` ties a transaction's answer
      to the id asked for, ``request_body`` a createTransaction answer to the payouts
      asked for; neither tells a fresh answer from a replay of an earlier answer to a
      request with the same payouts (its deposit address may be of an expired
      transaction: check ``status``).

    Check what matters to you (the deposit address, the amounts) against what you asked for.
    """
    if transaction_id is not None and (not isinstance(transaction_id, str) or not transaction_id):
        raise ValueError("transaction_id must be the non-empty id of the transaction you asked for")
    # Read before the answer is: a request that cannot be compared refuses whatever came back.
    asked = None if request_body is None else _requested_payouts(request_body)
    if not isinstance(body, Mapping):
        raise VerificationFailed("coinjoin.body", "the response is not a JSON object")
    received = body.get("signature")
    if not isinstance(received, str) or not received:
        raise VerificationFailed("coinjoin.signature", "the response carries no signature")
    try:
        expected = sign_response(body, secret)
    except _UnsignableBody as exc:
        raise VerificationFailed("coinjoin.body", str(exc)) from None
    except UnicodeEncodeError:
        raise VerificationFailed(
            "coinjoin.body", "the body holds a lone surrogate, which is not Unicode text"
        ) from None
    except TypeError as exc:
        raise VerificationFailed("coinjoin.body", str(exc)) from None
    if not received.isascii() or not hmac.compare_digest(
        received.encode("ascii"), expected.encode("ascii")
    ):
        raise VerificationFailed(
            "coinjoin.signature",
            "the signature does not match the response's contents (altered, or another secret)",
        )
    found = body.get("id")
    if transaction_id is not None and found != transaction_id:
        shown = "no id" if found is None else f"the id {describe(found)}"
        raise VerificationFailed(
            "coinjoin.id",
            f"you asked for transaction {transaction_id!r}; the signed answer has {shown} "
            "(a genuine response to another request, replayed)",
        )
    if asked is not None:
        _check_payouts(asked, body.get("payouts"))
    return VerifiedResponse(body)


_PAYOUTS = "coinjoin.payouts"
_SHOWN_ADDRESSES = 3
_SHOWN_ADDRESS_LENGTH = 64  # a bech32m address is 62 characters


def _requested_payouts(request_body: Any) -> tuple[frozenset[str], dict[str, int] | None]:
    """The addresses the request sent, and the satoshis asked for each when it sent amounts."""
    if not isinstance(request_body, Mapping):
        raise VerificationFailed(
            _PAYOUTS, f"the request sent is {describe(request_body)}, not a JSON object"
        )
    payouts = request_body.get("payouts")
    if isinstance(payouts, Mapping):
        amounts = {
            string_value(address, _PAYOUTS, "an address of the request's payouts"): btc_amount(
                amount, _PAYOUTS, "an amount of the request's payouts"
            )
            for address, amount in payouts.items()
        }
        addresses = frozenset(amounts)
    elif isinstance(payouts, list):
        amounts = None
        addresses = frozenset(
            string_value(address, _PAYOUTS, f"the request's payouts[{index}]")
            for index, address in enumerate(payouts)
        )
    else:
        shown = "none" if payouts is None else describe(payouts)
        raise VerificationFailed(
            _PAYOUTS,
            f"the request sent {shown} as payouts, not a list of addresses or a map of amounts",
        )
    if not addresses:
        raise VerificationFailed(_PAYOUTS, "the request sent no payout address to check against")
    return addresses, amounts


def _check_payouts(asked: tuple[frozenset[str], dict[str, int] | None], signed: Any) -> None:
    addresses, amounts = asked
    if isinstance(signed, Mapping):
        answered: dict[str, Any] = {str(k): v for k, v in signed.items()}
    elif isinstance(signed, list) and amounts is None:
        answered = {}
        for index, address in enumerate(signed):
            answered[string_value(address, _PAYOUTS, f"the answer's payouts[{index}]")] = None
    else:
        shown = "no payouts" if signed is None else f"payouts that are {describe(signed)}"
        needed = "a map of addresses to amounts" if amounts is not None else "addresses"
        raise VerificationFailed(_PAYOUTS, f"the signed answer has {shown}, not {needed}")
    added = sorted(set(answered) - addresses)
    missing = sorted(addresses - set(answered))
    if added or missing:
        differences = []
        if added:
            differences.append(f"pays {_addresses(added)}, which the request did not send")
        if missing:
            differences.append(f"leaves out {_addresses(missing)}, which the request sent")
        raise VerificationFailed(
            _PAYOUTS,
            f"the signed answer's payouts are not the request's: it {'; it '.join(differences)}"
            " (a genuine answer to another createTransaction, replayed?)",
        )
    for address, wanted in (amounts or {}).items():
        paid = btc_amount(answered[address], _PAYOUTS, f"the answer's amount for {_shown(address)}")
        if paid != wanted:
            raise VerificationFailed(
                _PAYOUTS,
                f"the signed answer pays {paid} sat to {_shown(address)}; the request asked for "
                f"{wanted} sat (a genuine answer to another createTransaction, replayed?)",
            )


def _addresses(found: list[str]) -> str:
    """A few addresses, each cut short: an answer can name a million of them."""
    shown = ", ".join(_shown(a) for a in found[:_SHOWN_ADDRESSES])
    more = len(found) - _SHOWN_ADDRESSES
    return f"{shown} and {more} more" if more > 0 else shown


def _shown(address: str) -> str:
    cut = address[:_SHOWN_ADDRESS_LENGTH].encode("ascii", "backslashreplace").decode("ascii")
    return repr(cut) + ("..." if len(address) > _SHOWN_ADDRESS_LENGTH else "")
