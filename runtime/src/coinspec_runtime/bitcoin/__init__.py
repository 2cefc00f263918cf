"""Bitcoin building blocks: networks, keys, addresses, multisig scripts, transactions, BIP32."""

from __future__ import annotations

from .. import _secp256k1  # noqa: F401  (libsecp256k1 from coincurve, before any key code runs)
from .addresses import Address, parse_address
from .keys import PrivateKey, parse_public_key
from .networks import MAINNET, REGTEST, SIGNET, TESTNET, Network, get_network

__all__ = [
    "MAINNET",
    "REGTEST",
    "SIGNET",
    "TESTNET",
    "Address",
    "Network",
    "PrivateKey",
    "get_network",
    "parse_address",
    "parse_public_key",
]
