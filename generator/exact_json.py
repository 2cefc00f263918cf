"""Deterministic JSON for generated data files, with Decimals written as exact literals."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any


def dumps(value: Any, indent: int | None = None) -> str:
    """JSON text of plain data; a Decimal is written as its exact number literal."""
    return _encode(value, indent, 0)


def _encode(value: Any, indent: int | None, level: int) -> str:
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} cannot be written as JSON")
        return str(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [
            f"{json.dumps(str(k), ensure_ascii=False)}: {_encode(v, indent, level + 1)}"
            for k, v in value.items()
        ]
        return _join("{", items, "}", indent, level)
    if isinstance(value, list):
        if not value:
            return "[]"
        return _join("[", [_encode(v, indent, level + 1) for v in value], "]", indent, level)
    return json.dumps(value, ensure_ascii=False)


def _join(open_: str, items: list[str], close: str, indent: int | None, level: int) -> str:
    if indent is None:
        return open_ + ", ".join(items) + close
    pad = " " * indent * (level + 1)
    return open_ + "\n" + ",\n".join(pad + i for i in items) + "\n" + " " * indent * level + close
