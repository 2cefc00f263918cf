"""Exact wire types shared by every generated model.

An amount is a plain :class:`decimal.Decimal` and a date-time a plain
:class:`datetime.datetime`, both built by pydantic-core itself: no Python function runs for
an amount read from a decimal string (the form most services send) nor for a date-time.
What is kept is the exact value, not the exact spelling: ``"1E+2"`` may go back as ``100``,
but no digit is ever lost and no amount ever passes through a binary float.

Numbers are bounded before any conversion (see check_number): a 12-byte ``1e100000000``
made an int, or printed as digits, would take minutes of CPU and gigabytes.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import decimal
import enum
import functools
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any

from pydantic import (
    GetCoreSchemaHandler,
    PlainSerializer,
    PlainValidator,
    SerializationInfo,
    ValidationInfo,
)
from pydantic_core import CoreSchema, core_schema

if TYPE_CHECKING:
    import mimetypes

__all__ = [
    "WIRE",
    "AwareDatetime",
    "Base64Bytes",
    "BooleanStrEnum",
    "Decimal",
    "DecimalText",
    "ExactJson",
    "FileInput",
    "Integer",
    "IntegerString",
    "OpenStrEnum",
    "Upload",
    "UploadedFile",
    "plain_text",
    "wire_context",
]

# The serialization context under which models dump as the wire has them: an amount the
# spec types as a string is then a str (in Python mode too); see coinspec._core.json.
WIRE = "coinspec.wire"

MAX_DIGITS = 300
MAX_EXPONENT = 3000
_MAX_TEXT = MAX_DIGITS + 20  # a sign, a point, an exponent
_BOUNDS = decimal.Context(
    prec=MAX_DIGITS,
    Emax=MAX_EXPONENT,
    Emin=-MAX_EXPONENT,
    traps=[
        decimal.Rounded,
        decimal.Overflow,
        decimal.Underflow,
        decimal.Subnormal,
        decimal.Clamped,
        decimal.InvalidOperation,
    ],
)

# A decimal number as text: what Decimal() reads, less what no amount is ("NaN", "Infinity",
# "1_000"). Surrounding white space is read as Decimal() reads it. Without an exponent the
# text's length (at most _MAX_TEXT characters) bounds the number; one with an exponent is
# checked by check_number.
_DIGITS = r"^\s*[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)"
PLAIN_DECIMAL_TEXT = _DIGITS + r"\s*$"
EXPONENT_DECIMAL_TEXT = _DIGITS + r"[eE][+-]?[0-9]+\s*$"

_BOUNDED = (
    f"at most {MAX_DIGITS} significant digits and an exponent within ±{MAX_EXPONENT}, "
    f"as text at most {_MAX_TEXT} characters"
)
_EXACT = (
    "amounts are exact: pass a Decimal, an int or a decimal string, of "
    + _BOUNDED
    + " (a float has already lost digits; NaN and infinities are no amounts)"
)
_EXACT_JSON = (
    "amounts are exact: pydantic-core reads a JSON number through a binary float, so this "
    "accepts decimal strings only (of " + _BOUNDED + "); read JSON with numbers exactly "
    "with from_wire_json() or coinspec._core.json.loads"
)


def check_number(value: decimal.Decimal) -> None:
    """ValueError unless ``value`` has at most MAX_DIGITS significant digits and an exponent
    within ±MAX_EXPONENT (one operation of the decimal module, whatever its size)."""
    try:
        _BOUNDS.plus(value)
    except decimal.DecimalException:
        raise ValueError(
            f"a number beyond {MAX_DIGITS} significant digits or an exponent of "
            f"±{MAX_EXPONENT} (its exponent: {value.adjusted()})"
        ) from None


def _bounded(value: decimal.Decimal) -> decimal.Decimal:
    check_number(value)
    return value


# An amount is written without an exponent ("0.00000000", not "0E-8"), unless that would
# take more zeros than this beyond its digits: no service sends such an amount, and a
# hostile "1e999999" must not be written back as a million zeros.
_MAX_PLAIN_ZEROS = 100


def plain_text(value: decimal.Decimal) -> str:
    """An exact amount's digits in plain notation: ``Decimal("0E-8")`` is ``"0.00000000"``,
    ``Decimal("1E+2")`` is ``"100"``."""
    _, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        raise ValueError(f"{value} is not a finite amount")
    zeros = exponent if exponent > 0 else -exponent - len(digits)
    return format(value, "f") if zeros <= _MAX_PLAIN_ZEROS else str(value)


def wire_context(context: Any = None) -> dict[str, Any]:
    """A serialization context (a caller's own, if any, kept) under which models dump as
    the wire has them."""
    merged = dict(context) if isinstance(context, Mapping) else {}
    merged[WIRE] = True
    return merged


def _dumps_to_wire(info: SerializationInfo) -> bool:
    context = info.context
    return info.mode_is_json() or (isinstance(context, dict) and context.get(WIRE) is True)


def _amount_in_json(value: decimal.Decimal) -> str:
    # pydantic-core cannot write a Decimal as a JSON number without a float (pydantic#7457):
    # in its JSON mode an amount is its exact plain text; coinspec's own JSON writer
    # (Model.model_dump_json, request bodies) writes it as the number it is.
    return plain_text(value)


def _amount_text(value: decimal.Decimal, info: SerializationInfo) -> decimal.Decimal | str:
    return plain_text(value) if _dumps_to_wire(info) else value


def _amount_schema(serialization: core_schema.SerSchema, *, text_first: bool) -> CoreSchema:
    """``text_first``: the form the wire has (a decimal string) is tried first, so that the
    usual amount meets no failed branch (each costs pydantic-core an error object)."""

    def text(pattern: str) -> CoreSchema:
        return core_schema.chain_schema(
            [
                core_schema.str_schema(strict=True, pattern=pattern, max_length=_MAX_TEXT),
                core_schema.decimal_schema(allow_inf_nan=False),
            ]
        )

    from_text = core_schema.union_schema(
        [
            text(PLAIN_DECIMAL_TEXT),  # pydantic-core alone: the usual amount
            core_schema.no_info_after_validator_function(_bounded, text(EXPONENT_DECIMAL_TEXT)),
        ],
        mode="left_to_right",
    )
    instance = core_schema.no_info_after_validator_function(
        _bounded, core_schema.decimal_schema(strict=True, allow_inf_nan=False)
    )
    in_python = core_schema.union_schema(
        [
            *((from_text, instance) if text_first else (instance, from_text)),
            core_schema.chain_schema(
                [
                    core_schema.int_schema(strict=True, gt=-(10**MAX_DIGITS), lt=10**MAX_DIGITS),
                    core_schema.decimal_schema(),
                ]
            ),
        ],
        mode="left_to_right",
        custom_error_type="exact_amount",
        custom_error_message=_EXACT,
    )
    in_json = core_schema.custom_error_schema(
        from_text, "exact_amount", custom_error_message=_EXACT_JSON
    )
    return core_schema.json_or_python_schema(
        json_schema=in_json, python_schema=in_python, serialization=serialization
    )


class _Amount:
    """pydantic's schema of `Decimal`: a JSON number or decimal string on the wire."""

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return _AMOUNT_SCHEMA


class _AmountText:
    """pydantic's schema of `DecimalText`: a decimal string on the wire."""

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return _AMOUNT_TEXT_SCHEMA


_AMOUNT_SCHEMA = _amount_schema(
    core_schema.plain_serializer_function_ser_schema(_amount_in_json, when_used="json"),
    text_first=False,  # a JSON number, a Decimal once decoded
)
_AMOUNT_TEXT_SCHEMA = _amount_schema(
    core_schema.plain_serializer_function_ser_schema(
        _amount_text, info_arg=True, when_used="always"
    ),
    text_first=True,
)

Decimal = Annotated[decimal.Decimal, _Amount]
"""An exact amount: a JSON number or decimal string in, :class:`decimal.Decimal` out, and a
JSON number in plain notation on the wire (``0.00000000``, never ``0E-8``)."""

DecimalText = Annotated[decimal.Decimal, _AmountText]
"""An exact amount the spec types as a string: a decimal string (or a Decimal or int) in,
:class:`decimal.Decimal` out, and always a string in plain notation on the wire
(``Decimal("1E+2")`` goes as ``"100"``)."""


def _datetime_schema() -> CoreSchema:
    aware = core_schema.datetime_schema(tz_constraint="aware")
    return core_schema.json_or_python_schema(
        # A JSON string only: a number is no ISO 8601 date-time (pydantic would read it as
        # seconds since 1970).
        json_schema=core_schema.datetime_schema(strict=True, tz_constraint="aware"),
        python_schema=core_schema.union_schema(
            [
                core_schema.datetime_schema(strict=True, tz_constraint="aware"),
                core_schema.chain_schema([core_schema.str_schema(strict=True), aware]),
            ],
            mode="left_to_right",
            custom_error_type="aware_datetime",
            custom_error_message="expected an ISO 8601 date-time with a time zone "
            "(a datetime that has tzinfo, or its text)",
        ),
    )


class _AwareDatetime:
    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return _DATETIME_SCHEMA


_DATETIME_SCHEMA = _datetime_schema()

AwareDatetime = Annotated[datetime.datetime, _AwareDatetime]
"""A timezone-aware date-time: ISO 8601 text in, :class:`datetime.datetime` out."""


def _exact_json(value: Any) -> Any:
    """Any JSON value, but no float anywhere in it: a float has already lost digits."""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, float):
            raise ValueError(
                f"numbers are exact: pass a Decimal, an int or a str, not float {item!r}"
            )
        if isinstance(item, decimal.Decimal) and item.is_finite():
            check_number(item)
        if isinstance(item, dict):
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return value


ExactJson = Annotated[Any, PlainValidator(_exact_json)]
"""A value of a field the spec does not name (``model_extra``), kept exactly as it came."""


class OpenStrEnum(enum.StrEnum):
    """A string enum that also takes values it does not list (a spec's `x-enum-open`).

    A value the service added after the spec was written becomes a member made on the
    spot: it compares equal to its string and serializes back unchanged, so a new contract
    status does not break parsing.
    """

    @classmethod
    def _missing_(cls, value: object) -> OpenStrEnum | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class BooleanStrEnum(enum.StrEnum):
    """A string enum of "true" and "false", for a service that sends booleans as text: a
    member is as true as its text says (``bool(BooleanString.FALSE)`` is False), and it
    still compares equal to its string and goes back on the wire as it came."""

    def __bool__(self) -> bool:
        return str(self.value) == "true"


class IntegerString(int):
    """An int that arrived as a JSON string of digits, so that it goes to the wire as that string."""

    wire_text: str


def _to_int(value: Any) -> int:
    if isinstance(value, bool) or isinstance(value, float):
        raise ValueError(f"expected an integer, not {type(value).__name__} {value!r}")
    if isinstance(value, int):
        return value
    if isinstance(value, decimal.Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} is not a finite number")
        check_number(value)
        if value.adjusted() >= MAX_DIGITS:
            raise ValueError(f"an integer beyond {MAX_DIGITS} digits")
        if value != value.to_integral_value():
            raise ValueError(f"{value} is not a whole number")
        return int(value)
    if isinstance(value, str):
        if len(value) > _MAX_TEXT:
            raise ValueError(f"a number of {len(value)} characters: at most {MAX_DIGITS} digits")
        text = value.strip()
        if not (text.lstrip("-").isdigit() and text.isascii()):
            raise ValueError(f"{value!r} is not an integer")
        result = IntegerString(text)
        result.wire_text = value
        return result
    raise ValueError(f"expected an integer, got {type(value).__name__}")


def _from_int(value: int, info: SerializationInfo) -> int | str:
    if isinstance(value, IntegerString) and _dumps_to_wire(info):
        return value.wire_text
    return int(value)


Integer = Annotated[int, PlainValidator(_to_int), PlainSerializer(_from_int, when_used="always")]
"""An integer that a service sends as a JSON number or a string of digits (`format: integer`):
an int in Python, and on the wire as it came."""


@dataclass(frozen=True, repr=False)
class UploadedFile:
    """A file ready to send in a multipart body, read eagerly so a retry can resend it."""

    filename: str
    content: bytes
    content_type: str = "application/octet-stream"

    def __repr__(self) -> str:
        return f"UploadedFile({self.filename!r}, {len(self.content)} bytes, {self.content_type!r})"


FileInput = (
    UploadedFile
    | bytes
    | os.PathLike[str]
    | IO[bytes]
    | tuple[str, bytes | IO[bytes]]
    | tuple[str, bytes | IO[bytes], str]
)
"""A file to upload: a ``pathlib.Path`` (read from disk), its bytes, a file opened in binary
mode, or ``(filename, content[, content type])``. Not a ``str``: a file name given as text
would be sent as the file's content."""


@functools.cache
def _media_types() -> mimetypes.MimeTypes:
    # Python's own table only: the module-level functions also read the machine's mime.types,
    # which would make the same upload differ from one machine to the next. Made on the first
    # upload: MimeTypes() also reads those files once, which an import should not pay for.
    import mimetypes

    return mimetypes.MimeTypes()


def content_type_of(filename: str) -> str:
    """The media type a file name says (``passport.pdf``: ``application/pdf``)."""
    guessed, _ = _media_types().guess_type(filename, strict=False)
    return guessed or "application/octet-stream"


def read_file_input(value: Any, field: str) -> UploadedFile:
    """The upload a FileInput stands for; `field` names it in errors and as a default filename."""
    try:
        return _read_file(value, field)
    except ValueError as exc:
        raise ValueError(f"{field}: {exc}") from None


def _read_file(value: Any, field: str) -> UploadedFile:
    if isinstance(value, UploadedFile):
        return value
    if isinstance(value, str):
        raise ValueError(
            "a str is not a file (it would be sent as the file's content): pass a "
            "pathlib.Path, the file's bytes or a file opened in binary mode ('rb')"
        )
    if isinstance(value, tuple) and len(value) in (2, 3):
        name, content = str(value[0]), value[1]
        if isinstance(content, str):
            raise ValueError(f"the content of {name!r} must be bytes or a binary file")
        data = content if isinstance(content, bytes) else content.read()
        if not isinstance(data, bytes):
            raise ValueError(f"open {name!r} in binary mode ('rb')")
        return UploadedFile(name, data, value[2] if len(value) == 3 else content_type_of(name))
    if isinstance(value, (bytes, bytearray)):
        return UploadedFile(field, bytes(value), content_type_of(field))
    if isinstance(value, os.PathLike):
        path = Path(value)
        try:
            return UploadedFile(path.name, path.read_bytes(), content_type_of(path.name))
        except OSError as exc:
            raise ValueError(f"cannot read {path}: {exc.strerror}") from None
    if hasattr(value, "read"):
        data = value.read()
        if not isinstance(data, bytes):
            raise ValueError("open the file in binary mode ('rb')")
        name = os.path.basename(str(getattr(value, "name", field)))
        return UploadedFile(name, data, content_type_of(name))
    raise ValueError(f"expected a pathlib.Path, bytes or a binary file, got {type(value).__name__}")


def _upload(value: Any, info: ValidationInfo) -> UploadedFile:
    return _read_file(value, info.field_name or "file")


Upload = Annotated[FileInput, PlainValidator(_upload)]
"""A file field of a multipart body; any FileInput becomes an UploadedFile."""


def _to_base64_bytes(value: Any) -> bytes:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)  # given in Python: the bytes themselves
    if isinstance(value, str):  # from the wire: their base64 text
        try:
            return base64.b64decode(value.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError):
            shown = value if len(value) <= 40 else value[:40] + "..."
            raise ValueError(f"{shown!r} is not base64 text (RFC 4648)") from None
    raise ValueError(f"expected bytes, or base64 text, got {type(value).__name__}")


def _from_base64_bytes(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


Base64Bytes = Annotated[
    bytes, PlainValidator(_to_base64_bytes), PlainSerializer(_from_base64_bytes)
]
"""Bytes the spec sends as base64 text (`format: byte`): a payment hash `//////////8=` is
the eight bytes it encodes, not a string; bytes given in Python go back as base64."""
