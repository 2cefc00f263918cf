"""JSON in and out without ever passing an amount through a binary float."""

from __future__ import annotations

import datetime
import decimal
import enum
import json
import uuid
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel

__all__ = ["dumps", "loads", "to_wire"]


def loads(text: str | bytes) -> Any:
    """Decode JSON; numbers with a fraction or exponent become Decimal, integers stay int."""
    return json.loads(text, parse_float=decimal.Decimal)


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
