"""Contract tests of coinspec.atomic, generated from specs/atomic.yaml.

Against the built-in mock (default) every operation's request must be accepted, every
example must parse and dump back to the same JSON, and every documented error status must
raise its exception class. With ``--base-url URL`` the requests go to that server instead,
and its responses are also checked against the spec's schemas.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from pydantic import TypeAdapter

from coinspec.atomic import AsyncAtomic, Atomic
from coinspec.atomic import errors
from coinspec.atomic.models import *  # noqa: F403

from . import contract

API = "atomic"
CREDENTIALS: dict[str, Any] = {}
# The spec's example client options; the mock gets the same, so their hooks run end to end.
OPTIONS: dict[str, str] = {
    "user_public_key": "027a478fd4a7c3b8e43cfd2eaf0e439158b2b874dace2b598c585e88f67eeb8655",
    "network": "testnet",
}

# Each operation called with the examples of its parameters and body.
ARGUMENTS: dict[str, dict[str, Any]] = {
    "create_user": {
        "user_id": "d290f1ee-6c54-4b01-90e6-d701748f0200",
        "body": {
            "public-key": "027a478fd4a7c3b8e43cfd2eaf0e439158b2b874dace2b598c585e88f67eeb8655",
            "refund-address": "2NF1qc9L4j1tyfqzzLdRzRqoVftHznSeC6K",
        },
    },
    "get_user": {
        "user_id": "d290f1ee-6c54-4b01-90e6-d701748f0200",
    },
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
}


@pytest.fixture(scope="module")
def target(live_url: str | None) -> Iterator[contract.Target]:
    yield from contract.target(API, live_url, OPTIONS)


@pytest.fixture
def client(target: contract.Target) -> Iterator[Atomic]:
    options = {} if target.live else OPTIONS
    with Atomic(base_url=target.url, max_retries=0, **CREDENTIALS, **options) as client:
        yield client


def _mock_only(target: contract.Target) -> None:
    if target.live:
        pytest.skip("a live server cannot be asked for a given status")


def test_create_user_request_is_accepted(target: contract.Target, client: Atomic) -> None:
    raw = client.with_raw_response.create_user(**ARGUMENTS["create_user"])
    assert raw.status_code == 201
    if target.live:
        contract.assert_matches_schema(API, "create_user", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "create_user"


def test_create_user_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(CreatedUser)
    example = contract.example(API, "create_user", 201)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, errors.BadRequestError),
        (409, errors.ConflictError),
    ],
)
def test_create_user_documented_errors_raise(
    target: contract.Target, client: Atomic, status: int, error: type[errors.AtomicStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.create_user(**ARGUMENTS["create_user"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.AtomicError)


def test_get_user_request_is_accepted(target: contract.Target, client: Atomic) -> None:
    raw = client.with_raw_response.get_user(**ARGUMENTS["get_user"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "get_user", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_user"


def test_get_user_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(User)
    example = contract.example(API, "get_user", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (404, errors.NotFoundError),
    ],
)
def test_get_user_documented_errors_raise(
    target: contract.Target, client: Atomic, status: int, error: type[errors.AtomicStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.get_user(**ARGUMENTS["get_user"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.AtomicError)


def test_get_on_demand_unlock_request_is_accepted(target: contract.Target, client: Atomic) -> None:
    raw = client.with_raw_response.get_on_demand_unlock(**ARGUMENTS["get_on_demand_unlock"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "get_on_demand_unlock", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_on_demand_unlock"


def test_get_on_demand_unlock_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(UnlockTransaction)
    example = contract.example(API, "get_on_demand_unlock", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (403, errors.ForbiddenError),
        (404, errors.NotFoundError),
    ],
)
def test_get_on_demand_unlock_documented_errors_raise(
    target: contract.Target, client: Atomic, status: int, error: type[errors.AtomicStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.get_on_demand_unlock(
            **ARGUMENTS["get_on_demand_unlock"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.AtomicError)


def test_submit_on_demand_unlock_request_is_accepted(
    target: contract.Target, client: Atomic
) -> None:
    raw = client.with_raw_response.submit_on_demand_unlock(**ARGUMENTS["submit_on_demand_unlock"])
    assert raw.status_code == 201
    if target.mock is not None:
        assert target.mock.received[-1].operation == "submit_on_demand_unlock"


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, errors.BadRequestError),
        (403, errors.ForbiddenError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
    ],
)
def test_submit_on_demand_unlock_documented_errors_raise(
    target: contract.Target, client: Atomic, status: int, error: type[errors.AtomicStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.submit_on_demand_unlock(
            **ARGUMENTS["submit_on_demand_unlock"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.AtomicError)


def test_get_timed_unlock_request_is_accepted(target: contract.Target, client: Atomic) -> None:
    raw = client.with_raw_response.get_timed_unlock(**ARGUMENTS["get_timed_unlock"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "get_timed_unlock", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_timed_unlock"


def test_get_timed_unlock_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(UnlockTransaction)
    example = contract.example(API, "get_timed_unlock", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, errors.BadRequestError),
        (403, errors.ForbiddenError),
        (404, errors.NotFoundError),
    ],
)
def test_get_timed_unlock_documented_errors_raise(
    target: contract.Target, client: Atomic, status: int, error: type[errors.AtomicStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.get_timed_unlock(
            **ARGUMENTS["get_timed_unlock"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.AtomicError)


def test_submit_timed_unlock_request_is_accepted(target: contract.Target, client: Atomic) -> None:
    raw = client.with_raw_response.submit_timed_unlock(**ARGUMENTS["submit_timed_unlock"])
    assert raw.status_code == 201
    if target.mock is not None:
        assert target.mock.received[-1].operation == "submit_timed_unlock"


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, errors.BadRequestError),
        (403, errors.ForbiddenError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
    ],
)
def test_submit_timed_unlock_documented_errors_raise(
    target: contract.Target, client: Atomic, status: int, error: type[errors.AtomicStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.submit_timed_unlock(
            **ARGUMENTS["submit_timed_unlock"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.AtomicError)


def test_get_payment_request_is_accepted(target: contract.Target, client: Atomic) -> None:
    raw = client.with_raw_response.get_payment(**ARGUMENTS["get_payment"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "get_payment", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_payment"


def test_get_payment_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(PaymentDetails)
    example = contract.example(API, "get_payment", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, errors.BadRequestError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
    ],
)
def test_get_payment_documented_errors_raise(
    target: contract.Target, client: Atomic, status: int, error: type[errors.AtomicStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.get_payment(**ARGUMENTS["get_payment"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.AtomicError)


def test_confirm_payment_request_is_accepted(target: contract.Target, client: Atomic) -> None:
    raw = client.with_raw_response.confirm_payment(**ARGUMENTS["confirm_payment"])
    assert raw.status_code == 201
    if target.mock is not None:
        assert target.mock.received[-1].operation == "confirm_payment"


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, errors.BadRequestError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
    ],
)
def test_confirm_payment_documented_errors_raise(
    target: contract.Target, client: Atomic, status: int, error: type[errors.AtomicStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.confirm_payment(
            **ARGUMENTS["confirm_payment"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.AtomicError)


def test_get_atomic_info_request_is_accepted(target: contract.Target, client: Atomic) -> None:
    raw = client.with_raw_response.get_atomic_info(**ARGUMENTS["get_atomic_info"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "get_atomic_info", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_atomic_info"


def test_get_atomic_info_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(AtomicInfo)
    example = contract.example(API, "get_atomic_info", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, errors.BadRequestError),
    ],
)
def test_get_atomic_info_documented_errors_raise(
    target: contract.Target, client: Atomic, status: int, error: type[errors.AtomicStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.get_atomic_info(
            **ARGUMENTS["get_atomic_info"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.AtomicError)


def test_create_order_request_is_accepted(target: contract.Target, client: Atomic) -> None:
    raw = client.with_raw_response.create_order(**ARGUMENTS["create_order"])
    assert raw.status_code == 201
    if target.mock is not None:
        assert target.mock.received[-1].operation == "create_order"


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, errors.BadRequestError),
        (409, errors.ConflictError),
    ],
)
def test_create_order_documented_errors_raise(
    target: contract.Target, client: Atomic, status: int, error: type[errors.AtomicStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.create_order(**ARGUMENTS["create_order"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.AtomicError)


def test_get_order_request_is_accepted(target: contract.Target, client: Atomic) -> None:
    raw = client.with_raw_response.get_order(**ARGUMENTS["get_order"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "get_order", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_order"


def test_get_order_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Order)
    example = contract.example(API, "get_order", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (404, errors.NotFoundError),
    ],
)
def test_get_order_documented_errors_raise(
    target: contract.Target, client: Atomic, status: int, error: type[errors.AtomicStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.get_order(**ARGUMENTS["get_order"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.AtomicError)


def test_cancel_order_request_is_accepted(target: contract.Target, client: Atomic) -> None:
    raw = client.with_raw_response.cancel_order(**ARGUMENTS["cancel_order"])
    assert raw.status_code == 200
    if target.mock is not None:
        assert target.mock.received[-1].operation == "cancel_order"


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, errors.BadRequestError),
        (403, errors.ForbiddenError),
        (404, errors.NotFoundError),
    ],
)
def test_cancel_order_documented_errors_raise(
    target: contract.Target, client: Atomic, status: int, error: type[errors.AtomicStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.cancel_order(**ARGUMENTS["cancel_order"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.AtomicError)


def test_list_supported_coins_request_is_accepted(target: contract.Target, client: Atomic) -> None:
    raw = client.with_raw_response.list_supported_coins(**ARGUMENTS["list_supported_coins"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "list_supported_coins", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_supported_coins"


def test_list_supported_coins_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(list[CoinCode])
    example = contract.example(API, "list_supported_coins", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_trade_platform_info_request_is_accepted(
    target: contract.Target, client: Atomic
) -> None:
    raw = client.with_raw_response.get_trade_platform_info(**ARGUMENTS["get_trade_platform_info"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "get_trade_platform_info", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_trade_platform_info"


def test_get_trade_platform_info_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(TradePlatformInfo)
    example = contract.example(API, "get_trade_platform_info", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_request_credit_line_request_is_accepted(target: contract.Target, client: Atomic) -> None:
    raw = client.with_raw_response.request_credit_line(**ARGUMENTS["request_credit_line"])
    assert raw.status_code == 201
    if target.live:
        contract.assert_matches_schema(API, "request_credit_line", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "request_credit_line"


def test_request_credit_line_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(CreditLine)
    example = contract.example(API, "request_credit_line", 201)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, errors.BadRequestError),
        (403, errors.ForbiddenError),
        (409, errors.ConflictError),
    ],
)
def test_request_credit_line_documented_errors_raise(
    target: contract.Target, client: Atomic, status: int, error: type[errors.AtomicStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.request_credit_line(
            **ARGUMENTS["request_credit_line"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.AtomicError)


def test_get_credit_line_request_is_accepted(target: contract.Target, client: Atomic) -> None:
    raw = client.with_raw_response.get_credit_line(**ARGUMENTS["get_credit_line"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "get_credit_line", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_credit_line"


def test_get_credit_line_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(CreditLine)
    example = contract.example(API, "get_credit_line", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (404, errors.NotFoundError),
    ],
)
def test_get_credit_line_documented_errors_raise(
    target: contract.Target, client: Atomic, status: int, error: type[errors.AtomicStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.get_credit_line(
            **ARGUMENTS["get_credit_line"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.AtomicError)


def test_delete_credit_line_request_is_accepted(target: contract.Target, client: Atomic) -> None:
    raw = client.with_raw_response.delete_credit_line(**ARGUMENTS["delete_credit_line"])
    assert raw.status_code == 200
    if target.mock is not None:
        assert target.mock.received[-1].operation == "delete_credit_line"


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (403, errors.ForbiddenError),
        (404, errors.NotFoundError),
    ],
)
def test_delete_credit_line_documented_errors_raise(
    target: contract.Target, client: Atomic, status: int, error: type[errors.AtomicStatusError]
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.delete_credit_line(
            **ARGUMENTS["delete_credit_line"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.AtomicError)


@pytest.mark.parametrize("operation", sorted(ARGUMENTS))
def test_async_client_calls_every_operation(target: contract.Target, operation: str) -> None:
    async def call() -> int:
        options = {} if target.live else OPTIONS
        async with AsyncAtomic(
            base_url=target.url, max_retries=0, **CREDENTIALS, **options
        ) as client:
            raw = await getattr(client.with_raw_response, operation)(**ARGUMENTS[operation])
            return int(raw.status_code)

    assert 200 <= asyncio.run(call()) < 300
