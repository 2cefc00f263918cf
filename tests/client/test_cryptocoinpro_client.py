"""CryptoCoin.Pro: platform JWTs minted and renewed by the client, optional path segments, uploads."""

from __future__ import annotations

import io
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

import coinspec_runtime.cryptocoinpro as platform_tokens
from coinspec.cryptocoinpro import CryptoCoinPro
from coinspec.mock import MockServer

from .serving import serve

USER = "ebf8e81e-fdfd-4da9-84e4-b5172b6f1412"
PLATFORM = "64b4f8d1-c2bd-4bba-8b1b-332a58176734"


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    yield from serve("cryptocoinpro")


@pytest.fixture(scope="module")
def rsa_key() -> tuple[str, rsa.RSAPublicKey]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    return pem, key.public_key()


def test_platform_endpoints_get_a_minted_token(
    mock: MockServer, rsa_key: tuple[str, rsa.RSAPublicKey]
) -> None:
    pem, public = rsa_key
    with CryptoCoinPro(base_url=mock.url, platform_private_key=pem) as client:
        client.get_platform(platform=PLATFORM)
        assert pem not in repr(client)
    token = mock.app.received[-1].headers["token"]
    claims = jwt.decode(token, public, algorithms=["RS512"])
    assert claims["platform"] == PLATFORM
    assert claims["expire"] > 0


def test_authenticate_via_platform_mints_the_user_token(
    mock: MockServer, rsa_key: tuple[str, rsa.RSAPublicKey]
) -> None:
    pem, public = rsa_key
    with CryptoCoinPro(
        base_url=mock.url, platform_private_key=pem, platform_user_email="joe@doe.com"
    ) as client:
        client.authenticate_via_platform(platform=PLATFORM)
    claims = jwt.decode(mock.app.received[-1].headers["token"], public, algorithms=["RS512"])
    assert claims["email"] == "joe@doe.com"


def test_a_token_is_reused_until_shortly_before_it_expires(
    mock: MockServer, rsa_key: tuple[str, rsa.RSAPublicKey], monkeypatch: pytest.MonkeyPatch
) -> None:
    pem, public = rsa_key
    clock = [1_900_000_000.0]
    # The runtime's clock only: the mock server and the client keep the real one.
    monkeypatch.setattr(platform_tokens, "time", SimpleNamespace(time=lambda: clock[0]))
    with CryptoCoinPro(base_url=mock.url, platform_private_key=pem) as client:
        client.list_platform_users(platform="p-reuse")
        first = mock.app.received[-1].headers["token"]
        clock[0] += (
            platform_tokens.DEFAULT_LIFETIME_SECONDS - platform_tokens.REFRESH_MARGIN_SECONDS - 1
        )
        client.list_platform_users(platform="p-reuse")
        assert mock.app.received[-1].headers["token"] == first
        clock[0] += 2
        client.list_platform_users(platform="p-reuse")
        second = mock.app.received[-1].headers["token"]
    assert second != first
    assert (
        jwt.decode(second, public, algorithms=["RS512"], options={"verify_exp": False})["expire"]
        == int(clock[0]) + platform_tokens.DEFAULT_LIFETIME_SECONDS
    )


def test_optional_path_segment_gives_both_urls(mock: MockServer) -> None:
    with CryptoCoinPro(base_url=mock.url, api_key="t") as client:
        client.get_user_balances(user=USER)
        without = mock.app.received[-1].path
        client.get_user_balances(user=USER, asset="BTC")
        with_asset = mock.app.received[-1].path
    assert without == f"/user/{USER}/balances"
    assert with_asset == f"/user/{USER}/balances/BTC"


def test_uploads_arrive_as_multipart_parts(mock: MockServer, tmp_path: Path) -> None:
    photo = tmp_path / "card.png"
    photo.write_bytes(b"\x89PNG front")
    with CryptoCoinPro(base_url=mock.url, api_key="t") as client:
        client.create_card(
            user=USER,
            body={
                "cardImage1": photo,
                "cardImage2": ("holding.jpg", io.BytesIO(b"\xff\xd8 selfie"), "image/jpeg"),
                "holderName": "Alin Ionut",
                "expirationDate": "10/29",
                "lastFourDigits": "1234",
                "alias": "MyFavoriteCard",
            },
        )
    received = mock.app.received[-1]
    assert received.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert received.form["cardImage1"] == ("card.png", b"\x89PNG front", "image/png")
    assert received.form["cardImage2"] == ("holding.jpg", b"\xff\xd8 selfie", "image/jpeg")
    assert received.form["holderName"] == "Alin Ionut"
    assert received.form["lastFourDigits"] == "1234"


def test_an_unreadable_upload_is_refused_before_sending(mock: MockServer, tmp_path: Path) -> None:
    before = len(mock.app.received)
    with CryptoCoinPro(base_url=mock.url, api_key="t") as client:
        with pytest.raises(ValueError, match="cannot read"):
            client.create_card(
                user=USER,
                body={
                    "cardImage1": tmp_path / "missing.png",
                    "cardImage2": b"x",
                    "holderName": "A",
                    "expirationDate": "10/29",
                    "lastFourDigits": "1234",
                    "alias": "a",
                },
            )
    assert len(mock.app.received) == before


def quote_request(amount: object) -> dict[str, object]:
    example = dict(contract_example("create_quote"))
    example["orderAmount"] = amount
    return example


def contract_example(operation_id: str) -> dict[str, object]:
    from coinspec._core.spec import load_spec

    example: dict[str, object] = load_spec("cryptocoinpro").example(operation_id)  # the request's
    return example


@pytest.mark.parametrize(
    ("amount", "sent"),
    [
        (Decimal("0.5"), '"0.5"'),
        (Decimal("1E+2"), '"100"'),
        (Decimal("0E-8"), '"0.00000000"'),
        (3, '"3"'),
        ("1.0010", '"1.0010"'),
    ],
    ids=str,
)
def test_a_string_typed_amount_goes_as_a_string(
    mock: MockServer, amount: object, sent: str
) -> None:
    """`orderAmount` is `{type: string, format: decimal}`: a Decimal must not go as a JSON number."""
    with CryptoCoinPro(base_url=mock.url, api_key="t") as client:
        client.with_raw_response.create_quote(user=USER, body=quote_request(amount))
    body = mock.app.received[-1].body.decode()
    assert f'"orderAmount":{sent}' in body


def test_a_float_for_a_string_typed_amount_is_refused(mock: MockServer) -> None:
    before = len(mock.app.received)
    with (
        CryptoCoinPro(base_url=mock.url, api_key="t") as client,
        pytest.raises(ValueError, match="amounts are exact"),
    ):
        client.create_quote(user=USER, body=quote_request(0.5))
    assert len(mock.app.received) == before
