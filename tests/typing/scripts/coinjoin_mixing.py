"""A user's script: check the service, verify an address, follow my mixing transactions."""

from __future__ import annotations

import asyncio
from typing import assert_type

from coinspec.coinjoin import (
    AddressValidation,
    AsyncCoinJoin,
    CoinJoin,
    CoinJoinError,
    CoinJoinVerificationError,
    ServiceStatus,
    SyncPager,
    Transaction,
    TransactionList,
)

SERVICE = "coinjoin"  # the mock the test runs this script against
MOCK_OPTIONS = {"hmac_secret": "contract-test-secret"}  # the mock signs its answers with it


def main(base_url: str) -> None:
    with CoinJoin(
        base_url=base_url, api_key="my-key", hmac_secret="contract-test-secret"
    ) as coinjoin:
        assert_type(coinjoin.get_status(), ServiceStatus)
        checked = coinjoin.validate_address(
            btc_address="tb1q0pkwdj3pqdp587yrc8sus876kccn5tq577ce5x"
        )
        assert_type(checked, AddressValidation)
        if checked.result:  # "false" is false
            print("valid")
        transactions = coinjoin.iter_list_transactions(limit=20)
        assert_type(transactions, SyncPager[Transaction, TransactionList])
        for transaction in transactions:
            try:
                verified = coinjoin.get_transaction(id=transaction.id)  # signature checked
            except CoinJoinVerificationError as error:
                print("forged:", error.check)
                continue
            except CoinJoinError:
                raise
            assert_type(verified, Transaction)
            break


async def main_async(base_url: str) -> None:
    async with AsyncCoinJoin(
        base_url=base_url, api_key="my-key", hmac_secret="contract-test-secret"
    ) as coinjoin:
        page = await coinjoin.iter_list_transactions(limit=20).first_page()
        assert_type(page.result, TransactionList)
        assert_type(page.items, list[Transaction])


if __name__ == "__main__":
    main("http://127.0.0.1:8080/api")
    asyncio.run(main_async("http://127.0.0.1:8080/api"))
