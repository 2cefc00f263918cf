"""Parameter encodings of OpenAPI 3.1 (form, deepObject, simple), exact for amounts."""

from __future__ import annotations

import datetime
import decimal
import enum
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from pydantic import BaseModel

from .json import to_wire

__all__ = ["encode_path_value", "encode_query", "scalar_text"]


def scalar_text(value: Any) -> str:
    """How one value is written in a URL: booleans lower-case, amounts exact, null empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return scalar_text(value.value)
    if isinstance(value, decimal.Decimal):
        # Plain digits ("0.00000001", never "1E-8"), or the text a parsed amount came as.
        text = getattr(value, "wire_text", None)
        return text if isinstance(text, str) else format(value, "f")
    if isinstance(value, float):
        raise TypeError(f"amounts are exact: got float {value!r}; use Decimal")
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat().replace("+00:00", "Z")
    return str(value)


def encode_path_value(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return ",".join(quote(scalar_text(v), safe="") for v in value)
    return quote(scalar_text(value), safe="")


def encode_query(name: str, value: Any, *, style: str, explode: bool) -> list[tuple[str, str]]:
    """(key, value) pairs of one query parameter, before percent-encoding."""
    if isinstance(value, BaseModel):
        value = to_wire(value)
    if style == "deepObject":
        if not isinstance(value, Mapping):
            raise TypeError(f"query parameter {name!r} is a deepObject: pass a mapping or model")
        pairs: list[tuple[str, str]] = []
        for key, item in to_wire(value).items():
            if item is None:
                continue
            if isinstance(item, list):
                pairs.extend((f"{name}[{key}][]", scalar_text(v)) for v in item)
            else:
                pairs.append((f"{name}[{key}]", scalar_text(item)))
        return pairs
    if isinstance(value, (list, tuple)):
        texts = [scalar_text(v) for v in value]
        if style == "form" and explode:
            return [(name, t) for t in texts]
        separator = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(style, ",")
        return [(name, separator.join(texts))]
    if isinstance(value, Mapping):
        wire = to_wire(value)
        if explode:
            return [(str(k), scalar_text(v)) for k, v in wire.items() if v is not None]
        return [(name, ",".join(f"{k},{scalar_text(v)}" for k, v in wire.items() if v is not None))]
    return [(name, scalar_text(value))]
