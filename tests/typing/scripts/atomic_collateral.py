"""A user's script: ATOMIC's info, my user with its collateral verified, supported coins."""

from __future__ import annotations

import asyncio
from typing import assert_type

from coinspec.atomic import (
    AsyncAtomic,
    Atomic,
    AtomicConfigurationError,
    AtomicInfo,
    AtomicVerificationError,
    CoinCode,
    User,
)

SERVICE = "atomic"  # the mock the test runs this script against
USER_PUBLIC_KEY = "027a478fd4a7c3b8e43cfd2eaf0e439158b2b874dace2b598c585e88f67eeb8655"
MOCK_OPTIONS = {"user_public_key": USER_PUBLIC_KEY, "network": "testnet"}
USER = "d290f1ee-6c54-4b01-90e6-d701748f0200"


def main(base_url: str) -> None:
    try:
        Atomic(base_url=base_url, user_public_key="02deadbeef")
    except AtomicConfigurationError as error:
        print("refused when built:", error)
    with Atomic(base_url=base_url, user_public_key=USER_PUBLIC_KEY, network="testnet") as atomic:
        assert_type(atomic.get_atomic_info(), AtomicInfo)
        assert atomic.verifies_responses
        try:
            user = atomic.get_user(user_id=USER)  # the collateral is verified before it returns
        except AtomicVerificationError as error:
            print("do not fund it:", error.check)
            raise
        assert_type(user, User)
        coins = atomic.with_options(timeout=5).list_supported_coins()
        assert_type(coins, list[CoinCode])


async def main_async(base_url: str) -> None:
    async with AsyncAtomic(
        base_url=base_url, user_public_key=USER_PUBLIC_KEY, network="testnet"
    ) as atomic:
        user = await atomic.get_user(user_id=USER)
        assert_type(user, User)


if __name__ == "__main__":
    main("https://atomic.org")
    asyncio.run(main_async("https://atomic.org"))
