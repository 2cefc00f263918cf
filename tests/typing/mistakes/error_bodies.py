"""Mistakes in handling a typed error body."""

from __future__ import annotations

from coinspec.hodlhodl import HodlHodl, NotFoundError


def handle(hodlhodl: HodlHodl) -> None:
    try:
        hodlhodl.get_contract(id="c1")
    except NotFoundError as error:
        # expect: mypy[attr-defined] pyright[reportAttributeAccessIssue]
        print(error.body.eror_code)
        # expect: mypy[union-attr] pyright[reportOptionalMemberAccess]
        print(error.body.parameter.upper())
