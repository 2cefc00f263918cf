"""Paged answers for operations with ``x-pagination``: a list long enough to page through.

The list is made from the documented example's items, repeated in order; every item past
the documented ones gets an id of its own (same type, same length where it can), so paging
code sees distinct items and a cursor finds its place. The list is the same in every run.
The page honours the request's limit and offset (or cursor), the page object's total and
echoes (``limit``, ``pagination[offset]``) say what was served, and a field of the example
that names the example's last item (HodlHodl's ``pagination.last_id``) names the page's.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping, Sequence
from typing import Any

from .._core.spec import OperationSpec, ServiceSpec

__all__ = ["DEFAULT_LIST_LENGTH", "DEFAULT_PAGE_SIZE", "Pager", "PagingProblem"]

# Long enough for several pages at the documents' default page sizes, and not a multiple of
# them: the last page is a short one, as it usually is.
DEFAULT_LIST_LENGTH = 125
# The page size when the operation takes no limit (a cursor that only says where to start).
DEFAULT_PAGE_SIZE = 20

_WIRE_NAME = re.compile(r"([^\[\]]+)(?:\[([^\[\]]+)\])?")


class PagingProblem(ValueError):
    """The request's paging arguments do not fit the list (an unknown cursor)."""


def _split(wire_name: str) -> tuple[str, str | None]:
    """``pagination[limit]`` -> (``pagination``, ``limit``); ``limit`` -> (``limit``, None)."""
    match = _WIRE_NAME.fullmatch(wire_name)
    if match is None:
        raise ValueError(f"x-pagination names {wire_name!r}, not a parameter or parameter[key]")
    return match.group(1), match.group(2)


def _walk(node: Any, dotted: str) -> Any:
    if dotted == ".":
        return node
    for part in dotted.split("."):
        node = node[part] if isinstance(node, Mapping) else None
    return node


class Pager:
    """Pages one operation's answers."""

    def __init__(self, spec: ServiceSpec, operation: OperationSpec, list_length: int) -> None:
        self._spec = spec
        self._operation = operation
        self._config: Mapping[str, Any] = operation.raw["x-pagination"]
        self._unwrap: str | None = operation.raw.get("x-unwrap")
        self._list_length = list_length
        self._lists: dict[str, list[Any]] = {}

    # -- the arguments ---------------------------------------------------------

    def _parameter(self, name: str) -> Mapping[str, Any] | None:
        for parameter in self._operation.parameters:
            if parameter.get("name") == name and parameter.get("in") == "query":
                return parameter
        return None

    def _argument(self, wire_name: str | None, values: Mapping[str, Any]) -> Any:
        """The value the request gave for a paging argument, else its schema's default."""
        if wire_name is None:
            return None
        name, key = _split(wire_name)
        parameter = self._parameter(name)
        schema = self._spec.deref((parameter or {}).get("schema") or {})
        value = values.get(name)
        if key is not None:
            value = value.get(key) if isinstance(value, Mapping) else None
            schema = self._spec.deref((schema.get("properties") or {}).get(key) or {})
        return schema.get("default") if value is None else value

    # -- the list --------------------------------------------------------------

    def _items_holder(self, body: Any) -> tuple[Any, str | None]:
        """(the object holding the item list, its key); key None: the result is the list."""
        result = body.get(self._unwrap) if self._unwrap and isinstance(body, Mapping) else body
        items = str(self._config["items"])
        if items == ".":
            if self._unwrap:
                return body, self._unwrap
            return None, None
        parent, _, last = items.rpartition(".")
        return (_walk(result, parent) if parent else result), last

    def _long_list(self, documented: Sequence[Any], example: str) -> list[Any]:
        if example in self._lists:
            return self._lists[example]
        id_field = self._config.get("from-item") or "id"
        taken = {item.get(id_field) for item in documented if isinstance(item, Mapping)}
        items = []
        for index in range(self._list_length):
            item = copy.deepcopy(documented[index % len(documented)])
            if index >= len(documented) and isinstance(item, dict) and id_field in item:
                item[id_field] = _another_id(item[id_field], index, taken)
                taken.add(item[id_field])
            items.append(item)
        self._lists[example] = items
        return items

    # -- the page --------------------------------------------------------------

    def page(self, body: Any, values: Mapping[str, Any], example: str) -> Any:
        """``body`` (a copy of the documented answer named ``example``) with its item list
        replaced by the page the request asked for; ``values`` are the request's parameters."""
        holder, key = self._items_holder(body)
        documented = (
            body if holder is None else holder.get(key) if isinstance(holder, Mapping) else None
        )
        if not isinstance(documented, list) or not documented:
            return body  # nothing documented to page through
        items = self._long_list(documented, example)
        limit = self._argument(self._config.get("limit"), values)
        size = limit if isinstance(limit, int) and not isinstance(limit, bool) else None
        if self._config["style"] == "page":
            return self._numbered_page(body, holder, key, items, values)
        if self._config["style"] == "cursor":
            cursor = self._argument(self._config.get("cursor"), values)
            start = 0 if cursor is None else self._after(items, cursor)
            page = items[start : start + (size if size is not None else DEFAULT_PAGE_SIZE)]
        else:
            offset = self._argument(self._config.get("offset"), values)
            start = offset if isinstance(offset, int) and not isinstance(offset, bool) else 0
            page = items[start : start + size] if size is not None else items[start:]
        if holder is None:
            return page
        holder[key] = page
        self._echo(body, values, documented, page)
        return body

    def _numbered_page(
        self, body: Any, holder: Any, key: str | None, items: list[Any], values: Mapping[str, Any]
    ) -> Any:
        """Page N of the list (style page): the documented page size (the example's
        per-page field, else DEFAULT_PAGE_SIZE), and the page numbers it states, restated."""
        number = self._argument(self._config.get("page"), values)
        number = number if isinstance(number, int) and not isinstance(number, bool) else 1
        result = body.get(self._unwrap) if self._unwrap and isinstance(body, Mapping) else body
        last_path = str(self._config["last-page"])
        meta = _walk(result, last_path.rpartition(".")[0]) if "." in last_path else result
        size = DEFAULT_PAGE_SIZE
        if isinstance(meta, dict):
            for name in ("perPage", "per_page", "pageSize", "page_size"):
                if isinstance(meta.get(name), int) and meta[name] > 0:
                    size = meta[name]
        last = max(1, -(-len(items) // size))
        if holder is None:
            return items[(number - 1) * size : number * size]
        holder[key] = items[(number - 1) * size : number * size]
        if isinstance(meta, dict):
            for path, value in ((last_path, last), (self._config.get("current-page"), number)):
                if path:
                    meta[str(path).rpartition(".")[2]] = value
            if "total" in meta:
                meta["total"] = len(items)
        return body

    def _documented_cursor(self) -> Any:
        """The cursor the spec's example request sends: the item before the documented ones."""
        name, key = _split(str(self._config["cursor"]))
        example = (self._parameter(name) or {}).get("example")
        if key is not None:
            return example.get(key) if isinstance(example, Mapping) else None
        return example

    def _after(self, items: list[Any], cursor: Any) -> int:
        field = self._config.get("from-item") or "id"
        documented = self._documented_cursor()
        if documented is not None and str(cursor) == str(documented):
            return 0
        for index, item in enumerate(items):
            if isinstance(item, Mapping) and str(item.get(field)) == str(cursor):
                return index + 1
        start = (
            ""
            if documented is None
            else f", or the documented {documented!r} that comes before them"
        )
        raise PagingProblem(
            f"{self._config.get('cursor')}={cursor!r} is no item's {field} in the mock's list "
            f"(its first is {items[0].get(field)!r} and its last {items[-1].get(field)!r}{start})"
        )

    def _echo(
        self, body: Any, values: Mapping[str, Any], documented: list[Any], page: list[Any]
    ) -> None:
        result = body.get(self._unwrap) if self._unwrap and isinstance(body, Mapping) else body
        holder, _ = self._items_holder(body)
        total = self._config.get("total")
        if total and isinstance(holder, dict) and total in holder:
            holder[total] = _like(holder[total], self._list_length)
        field = self._config.get("from-item") or "id"
        documented_last = documented[-1].get(field) if isinstance(documented[-1], Mapping) else None
        for role in ("limit", "offset", "cursor"):
            wire_name = self._config.get(role)
            if not wire_name:
                continue
            name, key = _split(wire_name)
            value = self._argument(wire_name, values)
            for target in (body, result, holder):
                if not isinstance(target, dict):
                    continue
                if key is None and name in target and value is not None:
                    target[name] = _like(target[name], value)
                elif key is not None and isinstance(target.get(name), dict):
                    echo = target[name]
                    if key in echo and value is not None:
                        echo[key] = _like(echo[key], value)
                    # A field that named the example's last item names the page's last item.
                    for other, seen in list(echo.items()):
                        if other != key and documented_last is not None and seen == documented_last:
                            last = (
                                page[-1].get(field)
                                if page and isinstance(page[-1], Mapping)
                                else value
                            )
                            echo[other] = last


def _like(example: Any, value: Any) -> Any:
    """``value`` in the JSON type the example shows (CoinJoin echoes its limit as a string)."""
    if isinstance(example, str) and not isinstance(value, str):
        return str(value)
    return value


def _another_id(documented: Any, index: int, taken: set[Any]) -> Any:
    """An id for the index-th item, unlike every other: the documented id with its tail
    replaced by the index (same length where it can), or past the largest integer id."""
    if isinstance(documented, bool):
        return documented
    if isinstance(documented, int):
        numbers = [i for i in taken if isinstance(i, int) and not isinstance(i, bool)]
        return max([*numbers, documented]) + 1
    text = str(documented)
    suffix = str(index)
    word = text[: -len(suffix)] + suffix if len(text) > len(suffix) else text + suffix
    while word in taken:
        word += "x"
    return word
