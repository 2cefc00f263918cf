"""Keys and options are checked when a client is built (the spec's x-client-checks): a bad
key refuses there with the service's ConfigurationError, never at the first call."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from coinspec import CoinspecError, ConfigurationError
from coinspec.atomic import Atomic, AtomicConfigurationError
from coinspec.cryptocoinpro import (
    CryptoCoinPro,
    CryptoCoinProConfigurationError,
    CryptoCoinProError,
)
from coinspec.hodlhodl import AsyncHodlHodl, HodlHodl, HodlHodlConfigurationError
from coinspec_runtime.bitcoin.bip32 import master_key_from_seed, neuter
from coinspec_runtime.bitcoin.keys import PrivateKey

USER_KEY = PrivateKey.from_hex("11" * 32)
OTHER_KEY = PrivateKey.from_hex("22" * 32)
TPRV = master_key_from_seed(b"\x01" * 32, "testnet")
OTHER_TPRV = master_key_from_seed(b"\x02" * 32, "testnet")
TPUB = neuter(TPRV)


def pem_of(key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


def test_a_pem_that_is_no_key_refuses_at_construction() -> None:
    with pytest.raises(CryptoCoinProConfigurationError) as caught:
        CryptoCoinPro(platform_private_key="-----BEGIN PRIVATE KEY-----\nnot-a-key\n")
    error = caught.value
    assert isinstance(error, CryptoCoinProError) and isinstance(error, CoinspecError)
    assert isinstance(error, ConfigurationError) and isinstance(error, ValueError)
    assert str(error).startswith("CryptoCoinPro: platform_private_key: ")
    assert "not-a-key" not in str(error)


def test_a_key_rs512_cannot_sign_with_refuses() -> None:
    with pytest.raises(CryptoCoinProConfigurationError, match="RS512 needs an RSA private key"):
        CryptoCoinPro(platform_private_key=pem_of(ec.generate_private_key(ec.SECP256R1())))


def test_an_rsa_pem_is_accepted() -> None:
    pem = pem_of(rsa.generate_private_key(public_exponent=65537, key_size=2048))
    assert "platform_private_key=<set>" in repr(CryptoCoinPro(platform_private_key=pem))


def test_atomics_signing_key_must_be_the_users_key() -> None:
    with pytest.raises(AtomicConfigurationError) as caught:
        Atomic(
            base_url="https://atomic.test",
            user_public_key=USER_KEY.public_key.hex(),
            signing_key="22" * 32,  # OTHER_KEY
        )
    assert str(caught.value) == (
        "Atomic: signing_key: the signing key is not the private key of the public key given"
    )
    Atomic(
        base_url="https://atomic.test",
        user_public_key=USER_KEY.public_key.hex(),
        signing_key="11" * 32,
    )


def test_atomics_public_key_and_network_are_checked() -> None:
    with pytest.raises(
        AtomicConfigurationError, match="user_public_key: public key must be 33 bytes"
    ):
        Atomic(base_url="https://atomic.test", user_public_key="02" + "00" * 10)
    with pytest.raises(AtomicConfigurationError, match="network: unknown network 'testnet3'"):
        Atomic(base_url="https://atomic.test", network="testnet3")


def test_a_wif_of_another_network_refuses() -> None:
    mainnet_wif = "KwDiBf89QgGbjEhKnhXJuH7LrciVrZi3qYjgd9M7rFU73sVHnoWn"  # the key 1 on mainnet
    assert PrivateKey.from_wif(mainnet_wif, "mainnet").public_key
    with pytest.raises(AtomicConfigurationError, match="WIF private key is not for testnet"):
        Atomic(base_url="https://atomic.test", network="testnet", signing_key=mainnet_wif)


def test_hodlhodls_extended_keys_must_match_each_other_and_the_network() -> None:
    with pytest.raises(
        HodlHodlConfigurationError, match=r"escrow_xpub: .*tpub key, not one for mainnet"
    ):
        HodlHodl(escrow_xpub=TPUB)
    with pytest.raises(HodlHodlConfigurationError, match="escrow_xpub: an extended public key"):
        HodlHodl(escrow_xpub=TPRV, network="testnet")
    with pytest.raises(
        HodlHodlConfigurationError,
        match="escrow_signing_key: the extended signing key is not the private key of the extended public key given",
    ):
        HodlHodl(escrow_xpub=TPUB, escrow_signing_key=OTHER_TPRV, network="testnet")
    client = HodlHodl(escrow_xpub=TPUB, escrow_signing_key=TPRV, network="testnet")
    assert client.verifies_responses
    AsyncHodlHodl(escrow_xpub=TPUB, escrow_signing_key=TPRV, network="testnet")


def test_a_copy_and_the_environment_are_checked_too(monkeypatch: pytest.MonkeyPatch) -> None:
    client = HodlHodl(escrow_xpub=TPUB, network="testnet")
    with pytest.raises(HodlHodlConfigurationError, match="escrow_signing_key"):
        client.with_options(escrow_signing_key=OTHER_TPRV)
    monkeypatch.setenv("HODLHODL_ESCROW_SIGNING_KEY", "not a key")
    with pytest.raises(HodlHodlConfigurationError, match="escrow_signing_key") as caught:
        HodlHodl(network="testnet")
    assert "not a key" not in str(caught.value)


def test_a_copy_checks_again_only_what_it_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    # Loading and validating an RSA key takes far longer than a copy; a copy that keeps the
    # key does not load it again, and one that changes it checks the new one.
    import coinspec_runtime.configuration as checks

    calls: list[str] = []
    check = checks.check_platform_private_key

    def counted(**arguments: object) -> None:
        calls.append("platform_private_key")
        check(**arguments)  # type: ignore[arg-type]

    monkeypatch.setattr(checks, "check_platform_private_key", counted)
    client = CryptoCoinPro(platform_private_key=pem_of(rsa.generate_private_key(65537, 2048)))
    assert calls == ["platform_private_key"]
    client.with_options(timeout=5, platform_user_email="joe@doe.com", api_key="t")
    assert calls == ["platform_private_key"]
    with pytest.raises(CryptoCoinProConfigurationError, match="platform_private_key"):
        client.with_options(platform_private_key="not a key")
    assert calls == ["platform_private_key"] * 2
    with pytest.raises(CryptoCoinProConfigurationError, match="user name or password"):
        client.with_options(base_url="https://platform:secret@cryptocoin.test")
    assert client.with_options(timeout=5).base_url == client.base_url
