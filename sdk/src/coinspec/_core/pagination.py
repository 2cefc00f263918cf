"""Following pages: page objects, the pagers ``iter_<operation>`` returns, and the next
page's arguments from a page's result (offset, cursor or page-number style).

``client.iter_list_offers(...)`` is a pager: iterate it for every item of every page, or
ask it for pages (``first_page()``, ``iter_pages()``; a page has ``.items``, ``.result``,
``.has_next_page()`` and ``.next_page()``). A service that sends a page of its list again
(one that ignores the offset, or alternates between pages) stops the iteration with the
service's PaginationError: items are never yielded twice over, and an iteration never runs
in circles.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import pydantic

from . import json as wire_json
from .operation import Operation, Pagination

if TYPE_CHECKING:
    from .response import RawResponse

__all__ = [
    "AsyncPage",
    "AsyncPager",
    "SyncPage",
    "SyncPager",
    "get_argument",
    "items_of",
    "next_page",
    "wire_name_of",
]

ItemT = TypeVar("ItemT")
ResultT = TypeVar("ResultT")


def wire_name_of(model: Any, wire_name: str) -> Any:
    """Field of a model (or key of a mapping) by its wire name; `meta.lastPage` walks down."""
    if "." in wire_name and wire_name != ".":
        for part in wire_name.split("."):
            model = wire_name_of(model, part)
        return model
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


def set_argument(args: Mapping[str, Any], name: str, value: Any) -> dict[str, Any]:
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
    page: Pagination, args: Mapping[str, Any], result: Any, items: list[Any], seen: int
) -> tuple[dict[str, Any], bool]:
    """Arguments of the next page, and whether there is none."""
    args = dict(args)
    if not items:
        return args, True
    if page.style == "cursor":
        assert page.cursor is not None and page.from_item is not None
        cursor = wire_name_of(items[-1], page.from_item)
        if cursor is None:
            return args, True
        return set_argument(args, page.cursor, cursor), False
    if page.style == "page":
        assert page.page is not None
        current = wire_name_of(result, page.current_page) if page.current_page else None
        if current is None:
            current = get_argument(args, page.page) or 1
        last = wire_name_of(result, page.last_page) if page.last_page else None
        if last is not None and int(current) >= int(last):
            return args, True
        return set_argument(args, page.page, int(current) + 1), False
    assert page.offset is not None
    limit = get_argument(args, page.limit) if page.limit else None
    if limit is not None and len(items) < int(limit):
        return args, True
    total = wire_name_of(result, page.total) if page.total else None
    offset = int(get_argument(args, page.offset) or 0) + len(items)
    if total is not None and offset >= int(total):
        return args, True
    return set_argument(args, page.offset, offset), False


def _where(page: Pagination, args: Mapping[str, Any]) -> str:
    """The paging argument a page was asked with, for messages: `pagination[offset]=50`."""
    for name in (page.offset, page.cursor, page.page):
        if name is not None:
            value = get_argument(args, name)
            if value is not None:
                return f"{name}={value}"
    return "the first page"


class _Pages:
    """What a page knows about the pages before it, to tell one that does not advance."""

    def __init__(
        self,
        op: Operation[Any],
        service: str,
        error: Callable[[str], Exception],
    ) -> None:
        assert op.pagination is not None
        self.op = op
        self.style = op.pagination
        self.service = service
        self.error = error

    def refuse_repeat(
        self, number: int, args: Mapping[str, Any], items: list[Any], earlier: _Earlier
    ) -> _Earlier:
        """What the next page must not repeat: this page's items and those of every page
        before it; the service's PaginationError if this one repeats any of them."""
        if not items:
            return earlier
        digest = hashlib.blake2b(wire_json.dumps(items).encode("utf-8"), digest_size=16).digest()
        again = earlier.number_of(digest)
        if again is not None:
            raise self.error(
                f"{self.service} {self.op.name}: page {number} ({_where(self.style, args)}) "
                f"is page {again} again: the service ignored the paging argument; "
                f"stopped after {number - 1} page(s) rather than repeat them"
            )
        return earlier.then(digest, number)


class _Record:
    def __init__(self, digests: dict[bytes, int]) -> None:
        self.digests = digests  # a digest of a page's items -> the page's number
        self.tip = max(digests.values(), default=0)


class _Earlier:
    """The pages a page came after, by a digest of their items. Pages followed one after
    another share one record (one entry a page, however long the list); asking an earlier
    page for its next page again branches off a record of its own from there."""

    def __init__(self, record: _Record | None = None, last: int = 0) -> None:
        self._record = _Record({}) if record is None else record
        self._last = last

    def number_of(self, digest: bytes) -> int | None:
        number = self._record.digests.get(digest)
        return number if number is not None and number <= self._last else None

    def then(self, digest: bytes, number: int) -> _Earlier:
        record = self._record
        if record.tip > self._last:
            kept = {d: n for d, n in record.digests.items() if n <= self._last}
            record = _Record(kept)
        record.digests[digest] = number
        record.tip = number
        return _Earlier(record, number)


class SyncPage(Generic[ItemT, ResultT]):
    """One page of a paged list: its items, the typed result it came in, the next page."""

    def __init__(
        self,
        pages: _Pages,
        fetch: Callable[[Mapping[str, Any]], RawResponse[Any]],
        args: Mapping[str, Any],
        number: int = 1,
        earlier: _Earlier | None = None,
    ) -> None:
        raw = fetch(args)
        self.result: ResultT = raw.parsed
        self.http = raw.http
        self.items: list[ItemT] = items_of(self.result, pages.style.items)
        self.number = number
        self._earlier = pages.refuse_repeat(number, args, self.items, earlier or _Earlier())
        self._pages = pages
        self._fetch = fetch
        self._next_args, self._last = next_page(pages.style, args, self.result, self.items, 0)

    def __iter__(self) -> Iterator[ItemT]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._pages.op.name}, page {self.number}, {len(self.items)} items)"

    def has_next_page(self) -> bool:
        return not self._last

    def next_page(self) -> SyncPage[ItemT, ResultT] | None:
        """The page after this one (a request), or None when this is the last."""
        if self._last:
            return None
        return SyncPage(self._pages, self._fetch, self._next_args, self.number + 1, self._earlier)

    def iter_pages(self) -> Iterator[SyncPage[ItemT, ResultT]]:
        """This page and every one after it."""
        page: SyncPage[ItemT, ResultT] | None = self
        while page is not None:
            yield page
            page = page.next_page()


class SyncPager(Iterator[ItemT], Generic[ItemT, ResultT]):
    """Every item of a paged list, page after page; or its pages (``first_page()``,
    ``iter_pages()``). Each page is requested when it is needed."""

    def __init__(
        self,
        pages: _Pages,
        fetch: Callable[[Mapping[str, Any]], RawResponse[Any]],
        args: dict[str, Any],
    ) -> None:
        self._pages = pages
        self._fetch = fetch
        self._args = args
        self._items: Iterator[ItemT] | None = None

    def first_page(self) -> SyncPage[ItemT, ResultT]:
        return SyncPage(self._pages, self._fetch, self._args)

    def iter_pages(self) -> Iterator[SyncPage[ItemT, ResultT]]:
        return self.first_page().iter_pages()

    def _every_item(self) -> Iterator[ItemT]:
        for page in self.iter_pages():
            yield from page.items

    def __iter__(self) -> SyncPager[ItemT, ResultT]:
        return self

    def __next__(self) -> ItemT:
        if self._items is None:
            self._items = self._every_item()
        return next(self._items)


class AsyncPage(Generic[ItemT, ResultT]):
    """One page of a paged list (async): its items, its typed result, the next page."""

    def __init__(
        self,
        pages: _Pages,
        fetch: Callable[[Mapping[str, Any]], Awaitable[RawResponse[Any]]],
        raw: RawResponse[Any],
        args: Mapping[str, Any],
        number: int = 1,
        earlier: _Earlier | None = None,
    ) -> None:
        self.result: ResultT = raw.parsed
        self.http = raw.http
        self.items: list[ItemT] = items_of(self.result, pages.style.items)
        self.number = number
        self._earlier = pages.refuse_repeat(number, args, self.items, earlier or _Earlier())
        self._pages = pages
        self._fetch = fetch
        self._next_args, self._last = next_page(pages.style, args, self.result, self.items, 0)

    @classmethod
    async def fetch(
        cls,
        pages: _Pages,
        fetch: Callable[[Mapping[str, Any]], Awaitable[RawResponse[Any]]],
        args: Mapping[str, Any],
        number: int = 1,
        earlier: _Earlier | None = None,
    ) -> AsyncPage[ItemT, ResultT]:
        return cls(pages, fetch, await fetch(args), args, number, earlier)

    def __iter__(self) -> Iterator[ItemT]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._pages.op.name}, page {self.number}, {len(self.items)} items)"

    def has_next_page(self) -> bool:
        return not self._last

    async def next_page(self) -> AsyncPage[ItemT, ResultT] | None:
        """The page after this one (a request), or None when this is the last."""
        if self._last:
            return None
        return await AsyncPage.fetch(
            self._pages, self._fetch, self._next_args, self.number + 1, self._earlier
        )

    async def iter_pages(self) -> AsyncIterator[AsyncPage[ItemT, ResultT]]:
        """This page and every one after it."""
        page: AsyncPage[ItemT, ResultT] | None = self
        while page is not None:
            yield page
            page = await page.next_page()


class AsyncPager(AsyncIterator[ItemT], Generic[ItemT, ResultT]):
    """Every item of a paged list (``async for``), page after page; or its pages
    (``await first_page()``, ``async for page in iter_pages()``)."""

    def __init__(
        self,
        pages: _Pages,
        fetch: Callable[[Mapping[str, Any]], Awaitable[RawResponse[Any]]],
        args: dict[str, Any],
    ) -> None:
        self._pages = pages
        self._fetch = fetch
        self._args = args
        self._items: AsyncIterator[ItemT] | None = None

    async def first_page(self) -> AsyncPage[ItemT, ResultT]:
        return await AsyncPage.fetch(self._pages, self._fetch, self._args)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[ItemT, ResultT]]:
        first = await self.first_page()
        async for page in first.iter_pages():
            yield page

    async def _every_item(self) -> AsyncIterator[ItemT]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item

    def __aiter__(self) -> AsyncPager[ItemT, ResultT]:
        return self

    async def __anext__(self) -> ItemT:
        if self._items is None:
            self._items = self._every_item()
        return await self._items.__anext__()
