"""Mistakes a type checker must catch in the pattern every example uses (`with ... as`)."""

from __future__ import annotations

from coinspec.swapgate import AsyncSwapgate, Swapgate


def sync_typos(base_url: str) -> None:
    with Swapgate(base_url=base_url) as swapgate:
        # expect: mypy[attr-defined] pyright[reportAttributeAccessIssue]
        swapgate.create_ordr(body={})
        order = swapgate.set_email(body={"orderId": 1, "userEmail": "a@b.c"})
        # expect: mypy[attr-defined] pyright[reportAttributeAccessIssue]
        print(order.ordr_id)


async def async_typos(base_url: str) -> None:
    async with AsyncSwapgate(base_url=base_url) as swapgate:
        # expect: mypy[attr-defined] pyright[reportAttributeAccessIssue]
        await swapgate.list_instrumnts()
        # expect: mypy[arg-type] mypy[unused-coroutine] pyright[reportArgumentType]
        # expect: pyright[reportUnusedCoroutine]
        swapgate.get_order_info(order_id="1", destination_address="x")
