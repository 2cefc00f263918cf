"""JSON in and out without ever passing an amount through a binary float."""

from __future__ import annotations

import datetime
import decimal
import enum
import json
import re
import uuid
from collections.abc import Mapping
from typing import Any

import jiter
from pydantic import BaseModel

__all__ = [
    "MAX_DEPTH",
    "MalformedJSON",
    "dumps",
    "loads",
    "oversized_number",
    "to_wire",
]


# jiter's own limit of nested arrays and objects.
MAX_DEPTH = 200
_BOM = b"\xef\xbb\xbf"
_NOT_A_NUMBER = re.compile(rb"-?(?:NaN|Infinity)")


class MalformedJSON(ValueError):
    """Not JSON, or JSON beyond the client's limits; the message says what and where."""


def loads(text: str | bytes) -> Any:
    """Decode JSON strictly and exactly: numbers with a fraction or exponent become Decimal
    (read from their text, never through a float), integers stay int.

    Refused with MalformedJSON: invalid UTF-8 (and lone surrogates), a key twice in one
    object (the last would win silently), NaN and Infinity (not JSON), nesting deeper than
    MAX_DEPTH, an integer of more than 4300 digits, anything after the value. A leading
    UTF-8 byte order mark is ignored (RFC 8259 allows it).
    """
    if isinstance(text, str):
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:
            raise MalformedJSON("the text has a lone surrogate, which is not UTF-8") from None
    else:
        data = text
    if data.startswith(_BOM):
        data = data[3:]
    try:
        return jiter.from_json(
            data, allow_inf_nan=False, catch_duplicate_keys=True, float_mode="decimal"
        )
    except ValueError as exc:
        raise MalformedJSON(_reason(data, str(exc))) from None


def _reason(data: bytes, message: str) -> str:
    """jiter's message in the client's words (it keeps the line and column)."""
    where = message[message.find(" at line ") :] if " at line " in message else ""
    if message.startswith(("expected value", "invalid number")):
        found = _NOT_A_NUMBER.search(data)
        if found is not None:
            return f"{found.group().decode()} is not JSON (numbers are finite){where}"
    if message.startswith("recursion limit exceeded"):
        return f"nested deeper than {MAX_DEPTH} levels{where}"
    if message.startswith("number out of range"):
        return f"an integer has more than 4300 digits{where}"
    if message.startswith("invalid unicode code point"):
        return f"invalid UTF-8{where}"
    if message.startswith("Detected duplicate key"):
        return "a key twice in one object: " + message.removeprefix("Detected duplicate key ")
    return message


def oversized_number(value: Any) -> str | None:
    """What is wrong with the first number of a decoded document beyond the limits of
    coinspec._core.types.check_number, with its JSON path; None when every number is within."""
    from .types import check_number

    pending: list[tuple[str, Any]] = [("$", value)]
    while pending:
        path, item = pending.pop()
        if isinstance(item, dict):
            pending.extend((f"{path}.{key}", child) for key, child in item.items())
        elif isinstance(item, list):
            pending.extend((f"{path}[{index}]", child) for index, child in enumerate(item))
        elif isinstance(item, decimal.Decimal):
            try:
                check_number(item)
            except ValueError as exc:
                return f"{exc} at {path}"
    return None


def to_wire(value: Any) -> Any:
    """Plain JSON-shaped data (dicts, lists, str, int, Decimal, bool, None) from models and enums."""
    if isinstance(value, BaseModel):
        return to_wire(value.model_dump(mode="python", by_alias=True, exclude_unset=True))
    if isinstance(value, Mapping):
        return {str(k): to_wire(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_wire(v) for v in value]
    if isinstance(value, enum.Enum):
        return to_wire(value.value)
    if isinstance(value, (datetime.datetime, datetime.date)):
        text = getattr(value, "wire_text", None)
        return text if isinstance(text, str) else value.isoformat().replace("+00:00", "Z")
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, float):
        raise TypeError(f"amounts are exact: got float {value!r}; use Decimal")
    return value


def _encode(value: Any, out: list[str]) -> None:
    if isinstance(value, decimal.Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} cannot be sent as JSON")
        out.append(str(value))  # the exact literal, e.g. 43350 or 0.00316
    elif isinstance(value, dict):
        out.append("{")
        for index, (key, item) in enumerate(value.items()):
            if index:
                out.append(",")
            out.append(json.dumps(key, ensure_ascii=False))
            out.append(":")
            _encode(item, out)
        out.append("}")
    elif isinstance(value, list):
        out.append("[")
        for index, item in enumerate(value):
            if index:
                out.append(",")
            _encode(item, out)
        out.append("]")
    else:
        out.append(json.dumps(value, ensure_ascii=False))


def dumps(value: Any) -> str:
    """Encode JSON with Decimals written as exact number literals."""
    out: list[str] = []
    _encode(to_wire(value), out)
    return "".join(out)
