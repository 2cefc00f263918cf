"""ATOMIC: JSON bodies on GET, hyphenated wire names, integers beyond 64 bits, collateral checks."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest

from coinspec._core.json import loads
from coinspec.atomic import Atomic, AtomicVerificationError
from coinspec.atomic.models import CreateOrderRequest
from coinspec.mock import MockServer

from .serving import serve

USER_KEY = "027a478fd4a7c3b8e43cfd2eaf0e439158b2b874dace2b598c585e88f67eeb8655"
OTHER_KEY = "0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
USER = "d290f1ee-6c54-4b01-90e6-d701748f0200"
BEYOND_64_BITS = 300500000000000000001


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    yield from serve("atomic")


def test_unlock_sends_its_json_body_with_get(mock: MockServer) -> None:
    with Atomic(base_url=mock.url) as client:
        client.get_on_demand_unlock(user_id=USER, body={"amount": 498000000})
    received = mock.app.received[-1]
    assert received.method == "GET"
    assert received.headers["content-type"] == "application/json"
    assert json.loads(received.body) == {"amount": 498000000}


def test_hyphenated_names_are_snake_case_attributes_and_wire_names_on_the_wire(
    mock: MockServer,
) -> None:
    order = CreateOrderRequest(
        destination_amount=BEYOND_64_BITS, destination_address="0xe8e4", source_coin="BTC"
    )
    assert order.to_wire() == {
        "destination-amount": BEYOND_64_BITS,
        "destination-address": "0xe8e4",
        "source-coin": "BTC",
    }
    with Atomic(base_url=mock.url) as client:
        client.create_order(user_id=USER, order_id="o-1", body=order)
    sent = mock.app.received[-1].body.decode()
    assert '"destination-amount":300500000000000000001' in sent
    # The mock decodes it exactly too: the integer went from the client to the mock unchanged.
    assert loads(sent)["destination-amount"] == BEYOND_64_BITS


def test_integers_beyond_64_bits_come_back_exact() -> None:
    text = '{"destination-amount": 300500000000000000000, "source-amount": 1010000000}'
    parsed = CreateOrderRequest.from_wire_json(text)
    assert parsed.destination_amount == 300500000000000000000
    assert json.loads(json.dumps(parsed.to_wire())) == json.loads(text)


def test_supported_coins_is_a_list_of_codes(mock: MockServer) -> None:
    with Atomic(base_url=mock.url) as client:
        coins = client.list_supported_coins()
    assert isinstance(coins, list) and "BTC" in coins


def test_collateral_is_verified_when_the_user_key_is_known(mock: MockServer) -> None:
    with Atomic(base_url=mock.url, user_public_key=USER_KEY, network="testnet") as client:
        assert "verification=on" in repr(client)
        user = client.get_user(user_id=USER)
    assert (
        user.private_collateral_info.private_collateral_address
        == "2Mx1EM2Bsd8qzV2yFv3XxemKaqW7ZfCKAFN"
    )
    assert user.private_collateral_balance == 102340000


def test_collateral_of_another_key_is_refused(mock: MockServer) -> None:
    with Atomic(base_url=mock.url, user_public_key=OTHER_KEY, network="testnet") as client:
        with pytest.raises(AtomicVerificationError) as caught:
            client.get_user(user_id=USER)
    assert caught.value.check.startswith("collateral.")


def test_collateral_on_the_wrong_network_is_refused(mock: MockServer) -> None:
    with Atomic(base_url=mock.url, user_public_key=USER_KEY) as client:  # mainnet by default
        with pytest.raises(AtomicVerificationError):
            client.get_user(user_id=USER)


def test_without_the_user_key_verification_is_off(mock: MockServer) -> None:
    with Atomic(base_url=mock.url) as client:
        assert "verification=off (needs user_public_key)" in repr(client)
        assert not client.verifies_responses
        client.get_user(user_id=USER)


def test_a_tampered_collateral_address_is_refused() -> None:
    body = {
        "private-collateral-info": {
            "atomic-public-key": "022d4a565aa6845c72bd2a732d3d4971704e8403942766b59d68e0dcf62713443c",
            "private-collateral-address": "2N8m3AggBWnE5Mqw1MmSUX3NGbMPiGPbbKa",
            "private-collateral-redeem-script": "5221022d4a565aa6845c72bd2a732d3d4971704e8403942766b59d68e0dcf62713443c21027a478fd4a7c3b8e43cfd2eaf0e439158b2b874dace2b598c585e88f67eeb865552ae",
            "private-collateral-script-pub-key": "a91434331a9a1282cb1f58a383eb3d74bbbe671161ba87",
        },
        "private-collateral-balance": 102340000,
        "inflight-transactions": [],
    }
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    with Atomic(transport=transport, user_public_key=USER_KEY, network="testnet") as client:
        with pytest.raises(AtomicVerificationError):
            client.get_user(user_id=USER)
