"""Checks of the keys and options a client is built with, run when it is built.

A generated client calls these (its spec's ``x-client-checks``) in its constructor, so a
malformed key, a key of another network or a signing key that is not the user's refuses
there, not at the first call that needs it. Each raises ``ValueError`` (``InvalidKeyError``
for keys) with a message that never repeats key material.
"""

from __future__ import annotations

from .bitcoin.bip32 import _kind, neuter
from .bitcoin.keys import PrivateKey, parse_public_key
from .bitcoin.networks import get_network
from .errors import InvalidKeyError

__all__ = [
    "check_extended_public_key",
    "check_network",
    "check_platform_private_key",
    "check_public_key",
    "check_signing_key",
]


def check_network(network: str) -> None:
    """One of mainnet, testnet, signet or regtest."""
    get_network(network)


def _same_family(extended_key: str, network: str, what: str) -> None:
    """xpub/xprv belong to mainnet; tpub/tprv to the test networks."""
    kind, _ = _kind(extended_key)
    net = get_network(network)
    if (kind.name == "mainnet") != (net.name == "mainnet"):
        raise InvalidKeyError(f"{what} is a {extended_key[:4]} key, not one for {net.name}")


def check_extended_public_key(extended_public_key: str, network: str) -> None:
    """An xpub (or tpub for the test networks) that parses."""
    _, private = _kind(extended_public_key)
    if private:
        raise InvalidKeyError(
            "an extended public key (xpub/tpub) is expected here, not a private one"
        )
    _same_family(extended_public_key, network, "the extended public key")
    neuter(extended_public_key)  # parses it


def check_public_key(public_key: str) -> None:
    """A compressed secp256k1 public key in hex."""
    parse_public_key(public_key, compressed_only=True)


def check_signing_key(
    signing_key: str,
    network: str,
    public_key: str | None = None,
    extended_public_key: str | None = None,
) -> None:
    """A private key as WIF (of ``network``) or 64 hex digits, or an extended private key.

    Given the public key the client verifies with (``public_key``, or for an extended
    private key ``extended_public_key``), the signing key must be its private key: a key of
    another wallet would sign what it can never spend.
    """
    if not isinstance(signing_key, str):
        raise InvalidKeyError(f"a signing key is text, not {type(signing_key).__name__}")
    text = signing_key.strip()
    if text[1:4] == "prv":  # xprv / tprv
        _same_family(text, network, "the extended signing key")
        public = neuter(text)
        if extended_public_key is not None and public != extended_public_key.strip():
            raise InvalidKeyError(
                "the extended signing key is not the private key of the extended public key given"
            )
        return
    key = PrivateKey.from_text(text, network)
    if public_key is not None and key.public_key != parse_public_key(public_key):
        raise InvalidKeyError("the signing key is not the private key of the public key given")


def check_platform_private_key(private_key_pem: str) -> None:
    """An RSA private key in PEM, as RS512 needs."""
    from .cryptocoinpro import _load_key  # the key the tokens are minted with, read the same way

    _load_key(private_key_pem, None)
