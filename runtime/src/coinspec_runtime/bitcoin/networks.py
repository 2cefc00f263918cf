"""Bitcoin networks: mainnet, testnet, signet and regtest.

Each :class:`Network` carries its address prefixes and the name of the
python-bitcointx chain parameters; :meth:`Network.activate` selects those
parameters for a ``with`` block (python-bitcointx keeps them in a context
variable, so this is safe across threads and asyncio tasks).
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Literal

import bitcointx

__all__ = [
    "MAINNET",
    "NETWORKS",
    "REGTEST",
    "SIGNET",
    "TESTNET",
    "Network",
    "NetworkLike",
    "get_network",
]

NetworkName = Literal["mainnet", "testnet", "signet", "regtest"]


@dataclass(frozen=True)
class Network:
    name: NetworkName
    chain_params: str
    bech32_hrp: str
    p2pkh_prefix: int
    p2sh_prefix: int
    wif_prefix: int

    def activate(self) -> AbstractContextManager[bitcointx.ChainParamsBase]:
        """Select this network's python-bitcointx chain parameters inside a ``with`` block."""
        return bitcointx.ChainParams(self.chain_params)

    def __str__(self) -> str:
        return self.name


MAINNET = Network("mainnet", "bitcoin", "bc", 0x00, 0x05, 0x80)
TESTNET = Network("testnet", "bitcoin/testnet", "tb", 0x6F, 0xC4, 0xEF)
SIGNET = Network("signet", "bitcoin/signet", "tb", 0x6F, 0xC4, 0xEF)
REGTEST = Network("regtest", "bitcoin/regtest", "bcrt", 0x6F, 0xC4, 0xEF)

NETWORKS: dict[str, Network] = {n.name: n for n in (MAINNET, TESTNET, SIGNET, REGTEST)}

NetworkLike = Network | str


def get_network(network: NetworkLike) -> Network:
    """Return the :class:`Network` for a Network or one of its names."""
    if isinstance(network, Network):
        return network
    try:
        return NETWORKS[network]
    except (KeyError, TypeError):
        raise ValueError(
            f"unknown network {network!r}; expected one of {', '.join(NETWORKS)}"
        ) from None
