"""Building a client (and closing it) against building a bare httpx client as httpx does by
default, alternated in this process.

A typed client is cheap to make only if it does not redo per client what can be done once
(httpx's default makes a new SSL context, loading the CA bundle, for every client).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import httpx

from .timing import Pair, alternate_clocks

BASE_URL = "https://hodlhodl.example/api/v1"


@dataclass
class ConstructionResult:
    sync_wall: Pair
    sync_cpu: Pair
    async_wall: Pair
    async_cpu: Pair


def measure(rounds: int, calls: int) -> ConstructionResult:
    from coinspec.hodlhodl import AsyncHodlHodl, HodlHodl

    def ours_sync() -> object:
        client = HodlHodl(base_url=BASE_URL, api_key="k")
        client.close()
        return client

    def reference_sync() -> object:
        client = httpx.Client()
        client.close()
        return client

    sync_wall, sync_cpu = alternate_clocks(ours_sync, reference_sync, rounds=rounds, calls=calls)

    loop = asyncio.new_event_loop()
    try:

        def ours_async() -> object:
            client = AsyncHodlHodl(base_url=BASE_URL, api_key="k")
            loop.run_until_complete(client.aclose())
            return client

        def reference_async() -> object:
            client = httpx.AsyncClient()
            loop.run_until_complete(client.aclose())
            return client

        async_wall, async_cpu = alternate_clocks(
            ours_async, reference_async, rounds=rounds, calls=calls
        )
    finally:
        loop.close()
    return ConstructionResult(sync_wall, sync_cpu, async_wall, async_cpu)
