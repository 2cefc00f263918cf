"""Mistakes with pages: the last page has no next one, and a pager is not awaited."""

from __future__ import annotations

from coinspec.hodlhodl import AsyncHodlHodl, HodlHodl


def last_page(hodlhodl: HodlHodl) -> None:
    page = hodlhodl.iter_list_offers().first_page()
    # expect: mypy[union-attr] pyright[reportOptionalMemberAccess]
    print(page.next_page().items)


async def awaited(hodlhodl: AsyncHodlHodl) -> None:
    # expect: mypy[misc] pyright[reportGeneralTypeIssues]
    for offer in await hodlhodl.iter_list_offers():
        print(offer.id)
