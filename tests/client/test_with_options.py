"""with_options()/copy(): a changed client on the same connections; logins that stay logged in."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from coinspec import ClientClosedError, CoinspecError, MissingCredentialError
from coinspec.cryptocoinpro import AsyncCryptoCoinPro, AuthToken, CryptoCoinPro
from coinspec.hodlhodl import HodlHodl, HodlHodlClientClosedError, HodlHodlError
from coinspec.mock import MockServer
from coinspec.swapgate import AsyncSwapgate, Swapgate

from .serving import serve

PLATFORM = "64b4f8d1-c2bd-4bba-8b1b-332a58176734"


def recording() -> tuple[httpx.MockTransport, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"status": "success", "user": {}, "countries": []})

    return httpx.MockTransport(handler), seen


@pytest.fixture(scope="module")
def cryptocoinpro_mock() -> Iterator[MockServer]:
    yield from serve("cryptocoinpro")


@pytest.fixture(scope="module")
def hodlhodl_mock() -> Iterator[MockServer]:
    yield from serve("hodlhodl")


@pytest.fixture(scope="module")
def pem() -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


def test_a_copy_changes_what_it_is_given_and_keeps_the_rest() -> None:
    client = HodlHodl(api_key="k1", network="testnet", timeout=30, max_retries=2)
    fast = client.with_options(timeout=2.5, max_retries=0)
    assert type(fast) is HodlHodl
    assert (fast.timeout, fast.max_retries) == (2.5, 0)
    assert (client.timeout, client.max_retries) == (30, 2)
    assert "network='testnet'" in repr(fast) and "api_key=<set>" in repr(fast)
    assert client.copy(network=None).with_options() is not client
    assert "network='mainnet'" in repr(client.copy(network=None))  # back to the default


def test_a_copy_shares_the_connection_pool_and_never_closes_it() -> None:
    transport, seen = recording()
    client = HodlHodl(transport=transport, api_key="k1")
    with client.with_options(timeout=5) as copy:
        assert copy._http is client._http
        copy.list_countries()
    client.list_countries()  # the pool is still open after the copy's `with`
    assert len(seen) == 2
    client.close()
    assert copy._http.is_closed  # the original closes it, for both


def test_a_call_on_a_closed_client_or_its_copy_is_refused_with_the_sdks_error() -> None:
    transport, seen = recording()
    with HodlHodl(transport=transport, api_key="k1") as client:
        copy = client.with_options(timeout=5)
        copy.list_countries()  # the honest case: the copy sends while its original is open
    with pytest.raises(HodlHodlClientClosedError) as caught:
        client.list_countries()
    assert str(caught.value) == (
        "HodlHodl list_countries: the client is closed (close() was called, or its `with` "
        "ended); nothing was sent"
    )
    with pytest.raises(HodlHodlClientClosedError, match="shares the connection pool") as caught:
        list(copy.iter_list_offers())
    error = caught.value
    assert isinstance(error, HodlHodlError) and isinstance(error, ClientClosedError)
    assert isinstance(error, CoinspecError) and isinstance(error, RuntimeError)
    assert len(seen) == 1


def test_a_closed_async_client_is_refused_too() -> None:
    async def run() -> None:
        async with AsyncSwapgate(base_url="https://swapgate.test") as client:
            pass
        with pytest.raises(ClientClosedError, match="Swapgate list_instruments: the client"):
            await client.list_instruments()

    asyncio.run(run())


def test_a_credential_changed_in_a_copy_is_sent_by_the_copy_only(
    hodlhodl_mock: MockServer,
) -> None:
    client = HodlHodl(base_url=hodlhodl_mock.url, api_key="k1")
    client.with_options(api_key="k2").get_me()
    client.get_me()
    sent = [r.headers["authorization"] for r in hodlhodl_mock.app.received[-2:]]
    assert sent == ["Bearer k2", "Bearer k1"]
    with pytest.raises(MissingCredentialError):
        client.with_options(api_key=None).get_me()


def test_raw_responses_of_a_copy_go_through_the_copy(hodlhodl_mock: MockServer) -> None:
    client = HodlHodl(base_url=hodlhodl_mock.url, api_key="k1")
    client.with_raw_response.get_me()
    client.with_options(api_key="k2").with_raw_response.get_me()
    sent = [r.headers["authorization"] for r in hodlhodl_mock.app.received[-2:]]
    assert sent == ["Bearer k1", "Bearer k2"]


def test_a_copy_refuses_what_the_constructor_refuses() -> None:
    with pytest.raises(ValueError, match="max_retries must be 0 or more"):
        Swapgate(base_url="https://swapgate.test").with_options(max_retries=-1)
    with pytest.raises(ValueError, match="documents no base URL"):
        Swapgate(base_url="https://swapgate.test").with_options(base_url="")


def test_default_headers_of_a_copy_replace_the_originals() -> None:
    transport, seen = recording()
    client = HodlHodl(transport=transport, default_headers={"X-Desk": "a"})
    client.with_options(default_headers={"X-Desk": "b", "User-Agent": "desk/1"}).list_countries()
    client.list_countries()
    assert [r.headers["x-desk"] for r in seen] == ["b", "a"]
    assert seen[0].headers["user-agent"] == "desk/1"
    assert seen[1].headers["user-agent"].startswith("coinspec/")


def test_an_async_copy_shares_the_pool() -> None:
    async def run() -> None:
        async with AsyncSwapgate(base_url="https://swapgate.test") as client:
            copy = client.with_options(max_retries=0)
            assert isinstance(copy, AsyncSwapgate) and copy._http is client._http
            await copy.aclose()
            assert not client._http.is_closed

    asyncio.run(run())


def test_authenticate_makes_the_next_call_use_the_token(cryptocoinpro_mock: MockServer) -> None:
    with CryptoCoinPro(base_url=cryptocoinpro_mock.url) as client:
        token = client.authenticate(body={"email": "email@gmail.com", "password": "12345678"})
        assert isinstance(token, AuthToken)
        client.get_user_profile(user="ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3")
    sent = cryptocoinpro_mock.app.received[-1]
    assert sent.headers["authorization"] == f"Bearer {token.id}"


def test_authenticate_via_platform_makes_the_next_call_use_the_token(
    cryptocoinpro_mock: MockServer, pem: str
) -> None:
    platform = CryptoCoinPro(base_url=cryptocoinpro_mock.url, platform_private_key=pem)
    joe = platform.with_options(platform_user_email="joe@doe.com")
    token = joe.authenticate_via_platform(platform=PLATFORM)
    joe.list_wallets(user="ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3")
    assert cryptocoinpro_mock.app.received[-1].headers["authorization"] == f"Bearer {token.id}"
    with pytest.raises(MissingCredentialError, match="needs api_key"):
        platform.list_wallets(
            user="ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3"
        )  # joe's, not the platform's


def test_an_async_login_sets_the_token_too(cryptocoinpro_mock: MockServer) -> None:
    async def run() -> str:
        async with AsyncCryptoCoinPro(base_url=cryptocoinpro_mock.url) as client:
            token = await client.authenticate(
                body={"email": "email@gmail.com", "password": "12345678"}
            )
            await client.logout()
            return token.id

    token = asyncio.run(run())
    assert cryptocoinpro_mock.app.received[-1].headers["authorization"] == f"Bearer {token}"
