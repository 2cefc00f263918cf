"""Contract tests of coinspec.coinjoin, generated from specs/coinjoin.yaml.

The tests are coinspec.testing.contract's; this file gives the service's tables.
"""

from __future__ import annotations


from coinspec.coinjoin import AsyncCoinJoin, CoinJoin, errors
from coinspec.coinjoin.models import (
    AddressValidation,
    Error,
    ServiceStatus,
    Transaction,
    TransactionList,
)

# Aliased: a spec may well have a model called Contract.
from coinspec.testing.contract import Contract as _Contract
from coinspec.testing.contract import ContractTests as _ContractTests


class TestCoinJoinContract(_ContractTests):
    contract = _Contract(
        api="coinjoin",
        client=CoinJoin,
        async_client=AsyncCoinJoin,
        service_error=errors.CoinJoinError,
        credentials={"api_key": "test-api-key"},
        options={"hmac_secret": "contract-test-secret"},
        arguments={
            "get_status": {},
            "validate_address": {"btc_address": "n3PdePLBgEeTYk4nAhcbehsnjvr1i3LyYS"},
            "create_transaction": {
                "body": {
                    "delay": "1",
                    "payouts": [
                        "mr9if7VDsVfEZ1qUo2u3trv6rU9eH7Yx4u",
                        "mia3h2FdYvR2LbDR1to9u6TC62hiTbDKM9",
                    ],
                    "refCode": "qljncygz",
                }
            },
            "list_transactions": {"limit": 2, "offset": 0},
            "get_transaction": {"id": "Q96G3MSNW8MPQRTX"},
        },
        success={
            "get_status": (200, True),
            "validate_address": (200, True),
            "create_transaction": (200, True),
            "list_transactions": (200, True),
            "get_transaction": (200, True),
        },
        multipart=[],
        examples=[
            ("get_status", 200, ServiceStatus),
            ("validate_address", 200, AddressValidation),
            ("create_transaction", 200, Transaction),
            ("create_transaction", 400, Error),
            ("list_transactions", 200, TransactionList),
            ("get_transaction", 200, Transaction),
        ],
        errors=[
            ("get_status", 403, errors.ForbiddenError),
            ("get_status", 503, errors.ServiceUnavailableError),
            ("validate_address", 400, errors.BadRequestError),
            ("validate_address", 403, errors.ForbiddenError),
            ("validate_address", 404, errors.NotFoundError),
            ("validate_address", 503, errors.ServiceUnavailableError),
            ("create_transaction", 400, errors.BadRequestError),
            ("create_transaction", 401, errors.UnauthorizedError),
            ("create_transaction", 403, errors.ForbiddenError),
            ("create_transaction", 503, errors.ServiceUnavailableError),
            ("list_transactions", 400, errors.BadRequestError),
            ("list_transactions", 401, errors.UnauthorizedError),
            ("list_transactions", 403, errors.ForbiddenError),
            ("list_transactions", 503, errors.ServiceUnavailableError),
            ("get_transaction", 400, errors.BadRequestError),
            ("get_transaction", 401, errors.UnauthorizedError),
            ("get_transaction", 403, errors.ForbiddenError),
            ("get_transaction", 404, errors.NotFoundError),
            ("get_transaction", 503, errors.ServiceUnavailableError),
        ],
    )
