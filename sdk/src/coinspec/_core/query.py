"""Parameter encodings of OpenAPI 3.1 (form, deepObject, simple), exact for amounts."""

from __future__ import annotations

import base64
import datetime
import decimal
import enum
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from pydantic import BaseModel

from .json import dumps, to_wire
from .types import plain_text

__all__ = ["check_kind", "encode_path_value", "encode_query", "scalar_text"]


def scalar_text(value: Any) -> str:
    """How one value is written in a URL: booleans lower-case, amounts exact, null empty,
    bytes base64."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return scalar_text(value.value)
    if isinstance(value, decimal.Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} is not a finite number")
        return plain_text(value)  # "0.00000001", never "1E-8"
    if isinstance(value, float):
        raise TypeError(f"amounts are exact: got float {value!r}; use Decimal")
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(value).decode("ascii")  # `format: byte`, never "b'...'"
    return str(value)


def check_kind(kind: str, value: Any) -> Any:
    """``value`` as the parameter's JSON type takes it, or ValueError: an integer takes an int
    (or a whole Decimal), never a bool, a float or a string; a number an int or a finite
    Decimal (or its plain text); a boolean only a bool."""
    plain = value.value if isinstance(value, enum.Enum) else value
    if kind == "boolean":
        if not isinstance(plain, bool):
            raise ValueError(f"expected a bool, not {type(value).__name__} {value!r}")
        return value
    if kind not in ("integer", "number") or (
        isinstance(plain, int) and not isinstance(plain, bool)
    ):
        return value
    if isinstance(plain, decimal.Decimal):
        if not plain.is_finite():
            raise ValueError(f"{plain} is not a finite number")
        if kind == "integer":
            if plain != plain.to_integral_value():
                raise ValueError(f"{plain} is not a whole number")
            return int(plain)
        return value
    if kind == "number" and isinstance(plain, str) and "_" not in plain:
        try:
            exact = decimal.Decimal(plain)
        except decimal.InvalidOperation:
            pass
        else:
            if exact.is_finite():
                return value
    if isinstance(plain, float):
        raise TypeError(f"amounts are exact: got float {value!r}; use Decimal")
    wanted = "an int" if kind == "integer" else "an int or a Decimal"
    raise ValueError(f"expected {wanted}, not {type(value).__name__} {value!r}")


def encode_path_value(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return ",".join(quote(scalar_text(v), safe="") for v in value)
    return quote(scalar_text(value), safe="")


def encode_query(name: str, value: Any, *, style: str, explode: bool) -> list[tuple[str, str]]:
    """(key, value) pairs of one query parameter, before percent-encoding; style "json" is
    a parameter the spec gives as application/json content: its value as JSON text."""
    if style == "json":
        return [(name, dumps(value))]
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
