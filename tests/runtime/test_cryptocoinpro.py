"""CryptoCoin.Pro's RS512 platform JWTs."""

from __future__ import annotations

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from coinspec_runtime.cryptocoinpro import (
    PlatformToken,
    mint_platform_api_token,
    mint_platform_token,
)
from coinspec_runtime.errors import InvalidKeyError


def _pem(
    key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey, password: bytes | None = None
) -> bytes:
    encryption = (
        serialization.BestAvailableEncryption(password)
        if password
        else serialization.NoEncryption()
    )
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )


@pytest.fixture(scope="module")
def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def test_email_token(rsa_key: rsa.RSAPrivateKey) -> None:
    token, expires_at = mint_platform_token(
        _pem(rsa_key).decode(), email="user@example.com", lifetime_seconds=600, now=1_700_000_000
    )
    assert expires_at == 1_700_000_600
    assert jwt.get_unverified_header(token)["alg"] == "RS512"
    payload = jwt.decode(token, rsa_key.public_key(), algorithms=["RS512"])
    assert payload == {"email": "user@example.com", "expire": 1_700_000_600}


def test_id_token_and_platform_token(rsa_key: rsa.RSAPrivateKey) -> None:
    token, _ = mint_platform_token(
        _pem(rsa_key), user_id="31279d17-83b2-4649-8214-99f9537779f4", now=10
    )
    assert jwt.decode(token, rsa_key.public_key(), algorithms=["RS512"]) == {
        "id": "31279d17-83b2-4649-8214-99f9537779f4",
        "expire": 310,
    }
    token, _ = mint_platform_api_token(
        _pem(rsa_key), platform_id="5f374d03-be0d-4dd2-b6ef-112a2bec5963", now=10
    )
    assert jwt.decode(token, rsa_key.public_key(), algorithms=["RS512"])["platform"] == (
        "5f374d03-be0d-4dd2-b6ef-112a2bec5963"
    )


def test_token_does_not_verify_under_another_key(rsa_key: rsa.RSAPrivateKey) -> None:
    token, _ = mint_platform_token(_pem(rsa_key), email="a@b.c")
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(token, other.public_key(), algorithms=["RS512"])


def test_encrypted_pem(rsa_key: rsa.RSAPrivateKey) -> None:
    pem = _pem(rsa_key, b"pw")
    assert mint_platform_token(pem, email="a@b.c", password=b"pw").token
    with pytest.raises(InvalidKeyError):
        mint_platform_token(pem, email="a@b.c", password=b"wrong")


def test_argument_errors(rsa_key: rsa.RSAPrivateKey) -> None:
    pem = _pem(rsa_key)
    with pytest.raises(ValueError, match="exactly one"):
        mint_platform_token(pem)
    with pytest.raises(ValueError, match="exactly one"):
        mint_platform_token(pem, email="a@b.c", user_id="1")
    with pytest.raises(ValueError, match="lifetime"):
        mint_platform_token(pem, email="a@b.c", lifetime_seconds=0)


def test_wrong_keys_are_refused_without_echoing_them() -> None:
    ec_pem = _pem(ec.generate_private_key(ec.SECP256R1()))
    with pytest.raises(InvalidKeyError, match="RSA"):
        mint_platform_token(ec_pem, email="a@b.c")
    small = _pem(rsa.generate_private_key(public_exponent=65537, key_size=1024))
    with pytest.raises(InvalidKeyError, match="2048"):
        mint_platform_token(small, email="a@b.c")
    garbage = "-----BEGIN PRIVATE KEY-----\nMIIBVQIBADANBgkqhkiG9w0BAQEFAASCAT8wggE7AgEAAkEA\n-----END PRIVATE KEY-----\n"
    with pytest.raises(InvalidKeyError) as info:
        mint_platform_token(garbage, email="a@b.c")
    assert "MIIBVQ" not in str(info.value)


def test_token_repr_is_redacted(rsa_key: rsa.RSAPrivateKey) -> None:
    minted = mint_platform_token(_pem(rsa_key), email="a@b.c", now=5)
    assert isinstance(minted, PlatformToken)
    assert minted.token not in repr(minted) and minted.token not in str(minted)
    assert "expires_at=305" in repr(minted)
