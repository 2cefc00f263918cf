"""Exact wire types shared by every generated model."""

from __future__ import annotations

import base64
import binascii
import datetime
import decimal
import enum
import mimetypes
import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Annotated, Any

from pydantic import PlainSerializer, PlainValidator, ValidationInfo

__all__ = [
    "AwareDatetime",
    "Base64Bytes",
    "BooleanStrEnum",
    "DatetimeString",
    "Decimal",
    "DecimalString",
    "DecimalText",
    "ExactJson",
    "FileInput",
    "Integer",
    "IntegerString",
    "OpenStrEnum",
    "Upload",
    "UploadedFile",
]


# Numbers are bounded before any conversion: a 12-byte 1e100000000 made an int (or printed
# as digits) would take minutes of CPU and gigabytes.
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


def _check_text(value: str) -> None:
    if len(value) > _MAX_TEXT:
        raise ValueError(f"a number of {len(value)} characters: at most {MAX_DIGITS} digits")


class DecimalString(decimal.Decimal):
    """A Decimal that arrived as a JSON string, so that it goes back as the same string.

    It is an ordinary :class:`decimal.Decimal` for arithmetic (results are plain
    Decimals); only serialization looks at the subclass, and writes ``wire_text``
    ("0.00000000" stays "0.00000000", where str() would give "0E-8").
    """

    __slots__ = ("wire_text",)  # no per-instance dict: responses hold thousands of these
    wire_text: str


def _to_decimal(value: Any) -> decimal.Decimal:
    kind = type(value)
    # Fast paths first: a parsed response holds str and Decimal (and int) only.
    if kind is str:
        _check_text(value)
        try:
            result = DecimalString(value)
        except decimal.InvalidOperation:
            result = _decimal_from_padded_text(value)
        if not result.is_finite():
            raise ValueError(f"{value!r} is not a finite decimal number")
        check_number(result)
        result.wire_text = value
        return result
    if kind is decimal.Decimal or kind is DecimalString:
        exact: decimal.Decimal = value
        if not exact.is_finite():
            raise ValueError(f"{value!r} is not a finite decimal number")
        check_number(exact)
        return exact
    if kind is int:
        result_int = decimal.Decimal(value)
        check_number(result_int)
        return result_int
    if isinstance(value, bool) or isinstance(value, float):
        # A float has already lost the exact amount; refuse it rather than guess.
        raise ValueError(
            f"amounts are exact: pass a Decimal, an int or a str, not {type(value).__name__} {value!r}"
        )
    # Subclasses (an IntEnum, a str subclass, a Decimal subclass) as their plain value.
    if isinstance(value, str):
        return _to_decimal(str(value))
    if isinstance(value, decimal.Decimal):
        return _to_decimal(decimal.Decimal(value))
    if isinstance(value, int):
        return decimal.Decimal(int(value))
    raise ValueError(f"expected a decimal number, got {type(value).__name__}")


def _decimal_from_padded_text(value: str) -> DecimalString:
    try:
        return DecimalString(value.strip())
    except decimal.InvalidOperation:
        raise ValueError(f"{value!r} is not a decimal number") from None


def _from_decimal(value: decimal.Decimal) -> decimal.Decimal | str:
    return getattr(value, "wire_text", str(value)) if isinstance(value, DecimalString) else value


Decimal = Annotated[decimal.Decimal, PlainValidator(_to_decimal), PlainSerializer(_from_decimal)]
"""An exact amount: a JSON number or decimal string in, :class:`decimal.Decimal` out."""


def _to_decimal_text(value: Any) -> decimal.Decimal:
    if type(value) is not str:
        return _to_decimal(value)
    _check_text(value)
    try:
        exact = decimal.Decimal(value)
    except decimal.InvalidOperation:
        raise ValueError(f"{value!r} is not a decimal number") from None
    if not exact.is_finite():
        raise ValueError(f"{value!r} is not a finite decimal number")
    if "E" in value or "e" in value:  # without an exponent, the length bounds it already
        check_number(exact)
    if str(exact) == value and "E" not in value:  # then format(exact, "f") is value too
        # The usual case: the plain number writes back as this text. A plain Decimal, not a
        # DecimalString: responses hold hundreds, and every DecimalString is an object the
        # garbage collector tracks.
        return exact
    result = DecimalString(value)
    result.wire_text = value
    return result


def _from_decimal_text(value: decimal.Decimal) -> str:
    text = getattr(value, "wire_text", None) if isinstance(value, DecimalString) else None
    return text if isinstance(text, str) else format(value, "f")


DecimalText = Annotated[
    decimal.Decimal, PlainValidator(_to_decimal_text), PlainSerializer(_from_decimal_text)
]
"""An exact amount the spec types as a string: a decimal string (or a Decimal or int) in,
:class:`decimal.Decimal` out, and always a string on the wire: the same text it came as,
or the plain digits of a Decimal given in Python (``Decimal("1E+2")`` goes as ``"100"``)."""


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
    """An int that arrived as a JSON string of digits, so that it goes back as that string."""

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
        _check_text(value)
        text = value.strip()
        if not (text.lstrip("-").isdigit() and text.isascii()):
            raise ValueError(f"{value!r} is not an integer")
        result = IntegerString(text)
        result.wire_text = value
        return result
    raise ValueError(f"expected an integer, got {type(value).__name__}")


def _from_int(value: int) -> int | str:
    return value.wire_text if isinstance(value, IntegerString) else int(value)


Integer = Annotated[int, PlainValidator(_to_int), PlainSerializer(_from_int)]
"""An integer that a service sends as a JSON number or a string of digits (`format: integer`)."""


class DatetimeString(datetime.datetime):
    """A timezone-aware datetime that remembers the text it arrived as, to send it back unchanged."""

    wire_text: str | None = None

    def __repr__(self) -> str:
        # What it is to the user: a datetime (the subclass only keeps the text).
        return repr(datetime.datetime.combine(self.date(), self.timetz(), self.tzinfo))


def _to_datetime(value: Any) -> datetime.datetime:
    if type(value) is str:
        try:
            parsed = datetime.datetime.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{value!r} is not an ISO 8601 date-time") from None
        if parsed.tzinfo is None:
            raise ValueError(f"{value!r} has no time zone")
        if _is_utc_seconds(value) or _from_datetime(parsed) == value:
            # The usual case: a plain datetime writes back as this text, and is no object
            # for the garbage collector to track (a DatetimeString, with its __dict__, is two).
            return parsed
        spelled = DatetimeString.fromisoformat(value)
        spelled.wire_text = value
        return spelled
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            raise ValueError(f"{value!r} has no time zone")
        return value
    raise ValueError(f"expected an ISO 8601 date-time, got {type(value).__name__}")


def _is_utc_seconds(text: str) -> bool:
    """Whether ``text`` is ``YYYY-MM-DDTHH:MM:SSZ``, which a parsed datetime writes back as it
    is: most date-times look like this, and telling so is cheaper than writing it again."""
    return (
        len(text) == 20
        and text[19] == "Z"
        and text[10] == "T"
        and text[4] == text[7] == "-"
        and text[13] == text[16] == ":"
    )


def _from_datetime(value: datetime.datetime) -> str:
    text = getattr(value, "wire_text", None)
    return text if isinstance(text, str) else value.isoformat().replace("+00:00", "Z")


AwareDatetime = Annotated[
    datetime.datetime, PlainValidator(_to_datetime), PlainSerializer(_from_datetime)
]
"""A timezone-aware date-time; one that came from the wire goes back exactly as it came."""


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


# Python's own table only: the module-level functions also read the machine's mime.types,
# which would make the same upload differ from one machine to the next.
_MEDIA_TYPES = mimetypes.MimeTypes()


def content_type_of(filename: str) -> str:
    """The media type a file name says (``passport.pdf``: ``application/pdf``)."""
    guessed, _ = _MEDIA_TYPES.guess_type(filename, strict=False)
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
