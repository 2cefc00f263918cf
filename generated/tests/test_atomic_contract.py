"""Contract tests of coinspec.atomic, generated from specs/atomic.yaml.

The tests are coinspec.testing.contract's; this file gives the service's tables.
"""

from __future__ import annotations


from coinspec.atomic import AsyncAtomic, Atomic, errors
from coinspec.atomic.models import (
    AtomicInfo,
    CoinCode,
    CreatedUser,
    CreditLine,
    Order,
    PaymentDetails,
    TradePlatformInfo,
    UnlockTransaction,
    User,
)

# Aliased: a spec may well have a model called Contract.
from coinspec.testing.contract import Contract as _Contract
from coinspec.testing.contract import ContractTests as _ContractTests


class TestAtomicContract(_ContractTests):
    contract = _Contract(
        api="atomic",
        client=Atomic,
        async_client=AsyncAtomic,
        service_error=errors.AtomicError,
        credentials={},
        options={
            "user_public_key": "027a478fd4a7c3b8e43cfd2eaf0e439158b2b874dace2b598c585e88f67eeb8655",
            "network": "testnet",
        },
        arguments={
            "create_user": {
                "user_id": "d290f1ee-6c54-4b01-90e6-d701748f0200",
                "body": {
                    "public-key": "027a478fd4a7c3b8e43cfd2eaf0e439158b2b874dace2b598c585e88f67eeb8655",
                    "refund-address": "2NF1qc9L4j1tyfqzzLdRzRqoVftHznSeC6K",
                },
            },
            "get_user": {"user_id": "d290f1ee-6c54-4b01-90e6-d701748f0200"},
            "get_on_demand_unlock": {
                "user_id": "d290f1ee-6c54-4b01-90e6-d701748f0200",
                "body": {"amount": 498000000},
            },
            "submit_on_demand_unlock": {
                "user_id": "d290f1ee-6c54-4b01-90e6-d701748f0200",
                "body": {
                    "partially-signed-unlock-tx": "02000000018e62016f5fe7fad1f7f343cdf900f8c6aad4cd1bef9c2a274334291c3999551c00000000b400483045022100de328bf0550164f0b6f1ae3bae78c6d417140808fa82f0da67be00cd8df41816022024b2fc2182789488fcca4984e7af3123bd3e680e4f4be8eaeb3e547f24ca31ea01004c675241043af1ba0a3429d7890d91a7f9ff280b7130c3b5edd1c02613e9f770a05ec1977a76646d7223ff17f3881f07e08a15f31cb23e79a7871202e52c678f5b9af6823021033f1654d3187087ad5f7f220814c94232945825663d55431345aca8a82746780552aefeffffff0118c69a3b0000000017a91455f415046dfb9e578426fbcbfb480a66b0782480876e000000"
                },
            },
            "get_timed_unlock": {
                "user_id": "d290f1ee-6c54-4b01-90e6-d701748f0200",
                "body": {"amount": 498000000, "nLockTime": 1548885799},
            },
            "submit_timed_unlock": {
                "user_id": "d290f1ee-6c54-4b01-90e6-d701748f0200",
                "body": {
                    "partially-signed-tx": "02000000018e62016f5fe7fad1f7f343cdf900f8c6aad4cd1bef9c2a274334291c3999551c00000000b400483045022100de328bf0550164f0b6f1ae3bae78c6d417140808fa82f0da67be00cd8df41816022024b2fc2182789488fcca4984e7af3123bd3e680e4f4be8eaeb3e547f24ca31ea01004c675241043af1ba0a3429d7890d91a7f9ff280b7130c3b5edd1c02613e9f770a05ec1977a76646d7223ff17f3881f07e08a15f31cb23e79a7871202e52c678f5b9af6823021033f1654d3187087ad5f7f220814c94232945825663d55431345aca8a82746780552aefeffffff0118c69a3b0000000017a91455f415046dfb9e578426fbcbfb480a66b0782480876e000000"
                },
            },
            "get_payment": {
                "user_id": "d290f1ee-6c54-4b01-90e6-d701748f0200",
                "payment_id": "d290f1ee-6c54-4b01-90e6-d701748f0300",
            },
            "confirm_payment": {
                "user_id": "d290f1ee-6c54-4b01-90e6-d701748f0200",
                "payment_id": "d290f1ee-6c54-4b01-90e6-d701748f0300",
                "body": {
                    "fully-signed-pay-transaction": "02000000000101fea70fbb492e7814ce3a31639c64a7819a95ee43580867cc751a3e83438289fb01000000232200200818c20455783996fd6c4d753751f4c3f49d9a474fed9a65c3ddb31a48afa7f8ffffffff0200e1f5050000000017a9144f22a11a711f126454fd24e9d589529ed592c93387b800a3350000000017a914e90e71bb600bb67ac5c67b0f512c521dc1d7eceb87030047304402206f67c13ae9c8ad897090f8660993adabec91c1a221558f7a0fd46fe5054d911d02205c28139ab369be614588923742ea9b3922701240c1e19ab27983a1755ca8653c01255121032cea817f794f4afa7061a1187bb8108bfff0096c61f69468ce800629cebec87951ae00000000",
                    "partially-signed-escrow-transaction": "0200000001fea70fbb492e7814ce3a31639c64a7819a95ee43580867cc751a3e83438289fb00000000b400483045022100c37d9f6bef9575be912e1963815f50efaa269779d7edcc72333044f14b3c52500220785d9bb8636125e30ca20a3b300b02f9566b33e0d5610b49393187a9c9ea603d01004c675241041256ae5095da25836abbe95f06f54ec27a745d66df3baa98f7ca1c54bfd12e26b279680220f779d059c3f168a7bbbc35344f5ff82b58d8329e920daba2586b3121032cea817f794f4afa7061a1187bb8108bfff0096c61f69468ce800629cebec87952aeffffffff0200c2eb0b0000000017a9144f22a11a711f126454fd24e9d589529ed592c93387dc13ae2f0000000017a914119cd81d4e3c2fab3e7edb5556ddaf5d1df893248700000000",
                },
            },
            "get_atomic_info": {},
            "create_order": {
                "user_id": "d290f1ee-6c54-4b01-90e6-d701748f0200",
                "order_id": "d290f1ee-6c54-4b01-90e6-d701748f0100",
                "body": {
                    "source-coin": "BTC",
                    "source-amount": 1010000000,
                    "destination-coin": "ETH",
                    "destination-amount": 300500000000000000000,
                    "destination-address": "0xe8e49e84480edd95aaae50a340422cb30057963b",
                    "escrow-coin": "BTC",
                    "escrow-amount": 1010000000,
                    "escrow-address": "2NF1qc9L4j1tyfqzzLdRzRqoVftHznSeC6K",
                },
            },
            "get_order": {
                "user_id": "d290f1ee-6c54-4b01-90e6-d701748f0200",
                "order_id": "d290f1ee-6c54-4b01-90e6-d701748f0100",
            },
            "cancel_order": {
                "user_id": "d290f1ee-6c54-4b01-90e6-d701748f0200",
                "order_id": "d290f1ee-6c54-4b01-90e6-d701748f0100",
            },
            "list_supported_coins": {},
            "get_trade_platform_info": {},
            "request_credit_line": {
                "user_id": "d290f1ee-6c54-4b01-90e6-d701748f0200",
                "credit_id": "d290f1ee-6c54-4b01-90e6-d701748f0500",
                "body": {"coin-type": "BTC", "amount": 1050000000},
            },
            "get_credit_line": {
                "user_id": "d290f1ee-6c54-4b01-90e6-d701748f0200",
                "credit_id": "d290f1ee-6c54-4b01-90e6-d701748f0500",
            },
            "delete_credit_line": {
                "user_id": "d290f1ee-6c54-4b01-90e6-d701748f0200",
                "credit_id": "d290f1ee-6c54-4b01-90e6-d701748f0500",
            },
        },
        success={
            "create_user": (201, True),
            "get_user": (200, True),
            "get_on_demand_unlock": (200, True),
            "submit_on_demand_unlock": (201, False),
            "get_timed_unlock": (200, True),
            "submit_timed_unlock": (201, False),
            "get_payment": (200, True),
            "confirm_payment": (201, False),
            "get_atomic_info": (200, True),
            "create_order": (201, False),
            "get_order": (200, True),
            "cancel_order": (200, False),
            "list_supported_coins": (200, True),
            "get_trade_platform_info": (200, True),
            "request_credit_line": (201, True),
            "get_credit_line": (200, True),
            "delete_credit_line": (200, False),
        },
        multipart=[],
        examples=[
            ("create_user", 201, CreatedUser),
            ("get_user", 200, User),
            ("get_on_demand_unlock", 200, UnlockTransaction),
            ("get_timed_unlock", 200, UnlockTransaction),
            ("get_payment", 200, PaymentDetails),
            ("get_atomic_info", 200, AtomicInfo),
            ("get_order", 200, Order),
            ("list_supported_coins", 200, list[CoinCode]),
            ("get_trade_platform_info", 200, TradePlatformInfo),
            ("request_credit_line", 201, CreditLine),
            ("get_credit_line", 200, CreditLine),
        ],
        errors=[
            ("create_user", 400, errors.BadRequestError),
            ("create_user", 409, errors.ConflictError),
            ("get_user", 404, errors.NotFoundError),
            ("get_on_demand_unlock", 403, errors.ForbiddenError),
            ("get_on_demand_unlock", 404, errors.NotFoundError),
            ("submit_on_demand_unlock", 400, errors.BadRequestError),
            ("submit_on_demand_unlock", 403, errors.ForbiddenError),
            ("submit_on_demand_unlock", 404, errors.NotFoundError),
            ("submit_on_demand_unlock", 409, errors.ConflictError),
            ("get_timed_unlock", 400, errors.BadRequestError),
            ("get_timed_unlock", 403, errors.ForbiddenError),
            ("get_timed_unlock", 404, errors.NotFoundError),
            ("submit_timed_unlock", 400, errors.BadRequestError),
            ("submit_timed_unlock", 403, errors.ForbiddenError),
            ("submit_timed_unlock", 404, errors.NotFoundError),
            ("submit_timed_unlock", 409, errors.ConflictError),
            ("get_payment", 400, errors.BadRequestError),
            ("get_payment", 404, errors.NotFoundError),
            ("get_payment", 409, errors.ConflictError),
            ("confirm_payment", 400, errors.BadRequestError),
            ("confirm_payment", 404, errors.NotFoundError),
            ("confirm_payment", 409, errors.ConflictError),
            ("get_atomic_info", 400, errors.BadRequestError),
            ("create_order", 400, errors.BadRequestError),
            ("create_order", 409, errors.ConflictError),
            ("get_order", 404, errors.NotFoundError),
            ("cancel_order", 400, errors.BadRequestError),
            ("cancel_order", 403, errors.ForbiddenError),
            ("cancel_order", 404, errors.NotFoundError),
            ("request_credit_line", 400, errors.BadRequestError),
            ("request_credit_line", 403, errors.ForbiddenError),
            ("request_credit_line", 409, errors.ConflictError),
            ("get_credit_line", 404, errors.NotFoundError),
            ("delete_credit_line", 403, errors.ForbiddenError),
            ("delete_credit_line", 404, errors.NotFoundError),
        ],
    )
