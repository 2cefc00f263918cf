"""Following pages: the next page's arguments from a page's result (offset or cursor style)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import pydantic

from . import json as wire_json
from .operation import Pagination

__all__ = ["get_argument", "items_of", "next_page", "wire_name_of"]


def wire_name_of(model: Any, wire_name: str) -> Any:
    """Field of a model (or key of a mapping) by its wire name."""
    if isinstance(model, Mapping):
        return model.get(wire_name)
    if isinstance(model, pydantic.BaseModel):
        for name, info in type(model).model_fields.items():
            if info.alias == wire_name or name == wire_name:
                return getattr(model, name)
        return (model.model_extra or {}).get(wire_name)
    return None


def items_of(result: Any, items: str) -> list[Any]:
    value = result if items == "." else wire_name_of(result, items)
    return list(value or [])


def set_argument(args: dict[str, Any], name: str, value: Any) -> dict[str, Any]:
    """Copy of args with `name` (maybe `pagination[offset]`) set to value."""
    new = dict(args)
    match = re.fullmatch(r"([^\[]+)\[([^\]]+)\]", name)
    if match is None:
        new[name] = value
        return new
    outer, inner = match.groups()
    container = new.get(outer)
    if isinstance(container, pydantic.BaseModel):
        container = wire_json.to_wire(container)
    container = dict(container or {})
    container[inner] = value
    new[outer] = container
    return new


def get_argument(args: Mapping[str, Any], name: str) -> Any:
    match = re.fullmatch(r"([^\[]+)\[([^\]]+)\]", name)
    if match is None:
        return args.get(name)
    return wire_name_of(args.get(match.group(1)) or {}, match.group(2))


def next_page(
    page: Pagination, args: dict[str, Any], result: Any, items: list[Any], seen: int
) -> tuple[dict[str, Any], bool]:
    """Arguments of the next page, and whether there is none."""
    if not items:
        return args, True
    if page.style == "cursor":
        assert page.cursor is not None and page.from_item is not None
        cursor = wire_name_of(items[-1], page.from_item)
        if cursor is None:
            return args, True
        return set_argument(args, page.cursor, cursor), False
    assert page.offset is not None
    limit = get_argument(args, page.limit) if page.limit else None
    if limit is not None and len(items) < int(limit):
        return args, True
    total = wire_name_of(result, page.total) if page.total else None
    offset = int(get_argument(args, page.offset) or 0) + len(items)
    if total is not None and offset >= int(total):
        return args, True
    return set_argument(args, page.offset, offset), False
