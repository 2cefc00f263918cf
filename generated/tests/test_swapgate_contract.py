"""Contract tests of coinspec.swapgate, generated from specs/swapgate.yaml.

The tests are coinspec.testing.contract's; this file gives the service's tables.
"""

from __future__ import annotations


from coinspec.swapgate import AsyncSwapgate, Swapgate, errors
from coinspec.swapgate.models import Instrument, Order, OrderStatus, RatesInfo

# Aliased: a spec may well have a model called Contract.
from coinspec.testing.contract import Contract as _Contract
from coinspec.testing.contract import ContractTests as _ContractTests


class TestSwapgateContract(_ContractTests):
    contract = _Contract(
        api="swapgate",
        client=Swapgate,
        async_client=AsyncSwapgate,
        service_error=errors.SwapgateError,
        credentials={},
        options={},
        arguments={
            "list_instruments": {},
            "get_rates_info": {
                "instrument_from_currency_title": "BTC",
                "instrument_from_network_title": "BTC",
                "instrument_to_currency_title": "USDT",
                "instrument_to_network_title": "TRC20",
                "claimed_deposit_amount": "1",
            },
            "validate_address": {
                "body": {
                    "currencyTitle": "BTC",
                    "networkTitle": "BTC",
                    "address": "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
                }
            },
            "create_order": {
                "body": {
                    "instrumentFrom": {"currencyTitle": "USDT", "networkTitle": "TRC20"},
                    "instrumentTo": {"currencyTitle": "BTC", "networkTitle": "BTC"},
                    "destinationAddress": "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
                    "destinationAddressMemo": None,
                    "refundAddress": None,
                    "refundAddressMemo": None,
                    "claimedDepositAmount": 43350,
                    "userEmail": None,
                    "referrerId": "aff_41",
                }
            },
            "get_order_info": {
                "order_id": 31954,
                "destination_address": "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
            },
            "set_email": {"body": {"orderId": 31954, "userEmail": "test_294614693@test.com"}},
        },
        success={
            "list_instruments": (200, True),
            "get_rates_info": (200, True),
            "validate_address": (200, True),
            "create_order": (200, True),
            "get_order_info": (200, True),
            "set_email": (200, True),
        },
        multipart=[],
        examples=[
            ("list_instruments", 200, list[Instrument]),
            ("get_rates_info", 200, RatesInfo),
            ("validate_address", 200, bool),
            ("create_order", 200, Order),
            ("get_order_info", 200, OrderStatus),
            ("set_email", 200, Order),
        ],
        errors=[
            ("get_rates_info", 406, errors.NotAcceptableError),
            ("get_rates_info", 422, errors.UnprocessableEntityError),
            ("set_email", 400, errors.BadRequestError),
            ("set_email", 403, errors.ForbiddenError),
            ("set_email", 404, errors.NotFoundError),
            ("set_email", 422, errors.UnprocessableEntityError),
        ],
    )
