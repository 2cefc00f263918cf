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

from ._fields import describe
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


def signed_response(body: Mapping[str, Any], secret: Secret) -> dict[str, Any]:
    """A copy of ``body`` carrying the service's signature, as a server (or a mock of it) sends it.

    An existing ``signature`` keeps its place; otherwise it is appended, as the service does.
    """
    signed = dict(body)
    signed["signature"] = sign_response(body, secret)
    return signed


@dataclass(frozen=True)
class VerifiedResponse:
    """A response whose signature checked out; ``body`` is the response as it was checked."""

    body: Mapping[str, Any]


def verify_response_signature(
    body: Mapping[str, Any], secret: Secret, *, transaction_id: str | None = None
) -> VerifiedResponse:
    """Check that ``body["signature"]`` is the service's signature of ``body`` (constant-time);
    raise :class:`VerificationFailed` otherwise: check ``"coinjoin.signature"`` for a missing
    or wrong signature, ``"coinjoin.body"`` for a body PHP cannot have signed (NaN or
    Infinity, a number out of a double's range, a lone surrogate, a value that is not JSON).

    ``transaction_id``, when given (the id you asked for: get_transaction passes it), must be
    the signed body's ``id`` (``"coinjoin.id"``): the scheme signs no request, so a genuine
    signed answer about another of your transactions, replayed, verifies otherwise.

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
      to the id asked for; a createTransaction answer can only be checked by its contents
      (its payouts are the addresses you sent).

    Check what matters to you (the deposit address, the amounts) against what you asked for.
    """
    if transaction_id is not None and (not isinstance(transaction_id, str) or not transaction_id):
        raise ValueError("transaction_id must be the non-empty id of the transaction you asked for")
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
    return VerifiedResponse(body)
