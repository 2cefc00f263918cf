"""Exact wire types shared by every generated model."""

from __future__ import annotations

import datetime
import decimal
import enum
import io
import os
from pathlib import Path
from typing import IO, Annotated, Any, Union

from pydantic import PlainSerializer, PlainValidator

__all__ = [
    "AwareDatetime",
    "DatetimeString",
    "Decimal",
    "DecimalString",
    "FileInput",
    "OpenStrEnum",
]


class DecimalString(decimal.Decimal):
    """A Decimal that arrived as a JSON string, so that it goes back as the same string.

    It is an ordinary :class:`decimal.Decimal` for arithmetic (results are plain
    Decimals); only serialization looks at the subclass, and writes ``wire_text``
    ("0.00000000" stays "0.00000000", where str() would give "0E-8").
    """

    wire_text: str


def _to_decimal(value: Any) -> decimal.Decimal:
    if isinstance(value, bool) or isinstance(value, float):
        # A float has already lost the exact amount; refuse it rather than guess.
        raise ValueError(
            f"amounts are exact: pass a Decimal, an int or a str, not {type(value).__name__} {value!r}"
        )
    if isinstance(value, decimal.Decimal):
        result = value
    elif isinstance(value, str):
        try:
            result = DecimalString(value.strip())
        except decimal.InvalidOperation:
            raise ValueError(f"{value!r} is not a decimal number") from None
        result.wire_text = value
    elif isinstance(value, int):
        result = decimal.Decimal(value)
    else:
        raise ValueError(f"expected a decimal number, got {type(value).__name__}")
    if not result.is_finite():
        raise ValueError(f"{value!r} is not a finite decimal number")
    return result


def _from_decimal(value: decimal.Decimal) -> decimal.Decimal | str:
    return getattr(value, "wire_text", str(value)) if isinstance(value, DecimalString) else value


Decimal = Annotated[decimal.Decimal, PlainValidator(_to_decimal), PlainSerializer(_from_decimal)]
"""An exact amount: a JSON number or decimal string in, :class:`decimal.Decimal` out."""


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


class DatetimeString(datetime.datetime):
    """A timezone-aware datetime that remembers the text it arrived as, to send it back unchanged."""

    wire_text: str | None = None


def _to_datetime(value: Any) -> datetime.datetime:
    if isinstance(value, datetime.datetime):
        parsed = value
    elif isinstance(value, str):
        try:
            parsed = datetime.datetime.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{value!r} is not an ISO 8601 date-time") from None
    else:
        raise ValueError(f"expected an ISO 8601 date-time, got {type(value).__name__}")
    if parsed.tzinfo is None:
        raise ValueError(f"{value!r} has no time zone")
    if not isinstance(value, str):
        return parsed
    result = DatetimeString(
        parsed.year,
        parsed.month,
        parsed.day,
        parsed.hour,
        parsed.minute,
        parsed.second,
        parsed.microsecond,
        tzinfo=parsed.tzinfo,
        fold=parsed.fold,
    )
    result.wire_text = value
    return result


def _from_datetime(value: datetime.datetime) -> str:
    text = getattr(value, "wire_text", None)
    return text if isinstance(text, str) else value.isoformat().replace("+00:00", "Z")


AwareDatetime = Annotated[
    datetime.datetime, PlainValidator(_to_datetime), PlainSerializer(_from_datetime)
]
"""A timezone-aware date-time; one that came from the wire goes back exactly as it came."""

FileInput = Union[
    bytes,
    str,
    os.PathLike[str],
    IO[bytes],
    tuple[str, Union[bytes, IO[bytes]]],
    tuple[str, Union[bytes, IO[bytes]], str],
]
"""A file to upload: a path, bytes, a binary file object, or (filename, content[, content type])."""


def read_file_input(value: FileInput, field: str) -> tuple[str, bytes, str]:
    """(filename, content, content type) of an upload, read eagerly so a retry can resend it."""
    content_type = "application/octet-stream"
    if isinstance(value, tuple):
        filename, content = value[0], value[1]
        if len(value) == 3:
            content_type = value[2]
        data = content if isinstance(content, bytes) else content.read()
        return filename, data, content_type
    if isinstance(value, bytes):
        return field, value, content_type
    if isinstance(value, (str, os.PathLike)):
        path = Path(value)
        return path.name, path.read_bytes(), content_type
    if isinstance(value, io.IOBase) or hasattr(value, "read"):
        name = os.path.basename(str(getattr(value, "name", field)))
        return name, value.read(), content_type
    raise TypeError(f"{field}: expected a path, bytes or a binary file, got {type(value).__name__}")
