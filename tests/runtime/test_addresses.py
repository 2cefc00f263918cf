"""Addresses per network, against the published BIP173 and BIP350 test vectors."""

from __future__ import annotations

import pytest

from coinspec_runtime.bitcoin.addresses import (
    address_from_script_pubkey,
    decode_bech32,
    is_valid_address,
    parse_address,
)
from coinspec_runtime.bitcoin.networks import MAINNET, REGTEST, SIGNET, TESTNET, get_network
from coinspec_runtime.errors import AddressError

# BIP173 "The following strings are valid Bech32".
BIP173_VALID_BECH32 = [
    "A12UEL5L",
    "a12uel5l",
    "an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs",
    "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
    "11qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqc8247j",
    "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w",
    "?1ezyfcl",
]
# BIP173 "The following string are not valid Bech32".
BIP173_INVALID_BECH32 = [
    "\x201nwldj5",
    "\x7f1axkwrx",
    "\x801eym55h",
    "an84characterslonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1569pvx",
    "pzry9x0s0muk",
    "1pzry9x0s0muk",
    "x1b4n0q5v",
    "li1dgmt3",
    "de1lg7wt\xff",
    "A1G7SGD8",
    "10a06t8",
    "1qzzfhee",
]
# BIP350 "The following strings are valid Bech32m".
BIP350_VALID_BECH32M = [
    "A1LQFN3A",
    "a1lqfn3a",
    "an83characterlonghumanreadablepartthatcontainsthetheexcludedcharactersbioandnumber11sg7hg6",
    "abcdef1l7aum6echk45nj3s0wdvt2fg8x9yrzpqzd3ryx",
    "11llllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllludsr8",
    "split1checkupstagehandshakeupstreamerranterredcaperredlc445v",
    "?1v759aa",
]
# BIP350 "The following string are not valid Bech32m".
BIP350_INVALID_BECH32M = [
    "\x201xj0phk",
    "\x7f1g6xzxy",
    "\x801vctc34",
    "an84characterslonghumanreadablepartthatcontainsthetheexcludedcharactersbioandnumber11d6pts4",
    "qyrz8wqd2c9m",
    "1qyrz8wqd2c9m",
    "y1b0jsk6g",
    "lt1igcx5c0",
    "in1muywd",
    "mm1crxm3i",
    "au1s5cgom",
    "M1VUXWEZ",
    "16plkw9",
    "1p2gdwpf",
]
# BIP350 "valid segwit addresses and the scriptPubKey that they translate to" (v0 ones as in BIP173).
BIP350_VALID_ADDRESSES = [
    (
        "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",
        "0014751e76e8199196d454941c45d1b3a323f1433bd6",
        "p2wpkh",
    ),
    (
        "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7",
        "00201863143c14c5166804bd19203356da136c985678cd4d27a1b8c6329604903262",
        "p2wsh",
    ),
    (
        "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y",
        "5128751e76e8199196d454941c45d1b3a323f1433bd6751e76e8199196d454941c45d1b3a323f1433bd6",
        "witness_unknown",
    ),
    ("BC1SW50QGDZ25J", "6002751e", "witness_unknown"),
    (
        "bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs",
        "5210751e76e8199196d454941c45d1b3a323",
        "witness_unknown",
    ),
    (
        "tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy",
        "0020000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433",
        "p2wsh",
    ),
    (
        "tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c",
        "5120000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433",
        "p2tr",
    ),
    (
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
        "512079be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798",
        "p2tr",
    ),
]
# BIP350 invalid segwit addresses.
BIP350_INVALID_ADDRESSES = [
    "tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut",
    "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd",
    "tb1z0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqglt7rf",
    "BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL",
    "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh",
    "tb1q0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq24jc47",
    "bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4",
    "BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R",
    "bc1pw5dgrnzv",
    "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav",
    "BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P",
    "tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq47Zagq",
    "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf",
    "tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vpggkg4j",
    "bc1gmk9yu",
]
# BIP173 invalid segwit addresses.
BIP173_INVALID_ADDRESSES = [
    "tc1qw508d6qejxtdg4y5r3zarvary0c5xw7kg3g4ty",
    "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5",
    "BC13W508D6QEJXTDG4Y5R3ZARVARY0C5XW7KN40WF2",
    "bc1rw5uspcuh",
    "bc10w508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kw5rljs90",
    "BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P",
    "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sL5k7",
    "bc1zw508d6qejxtdg4y5r3zarvaryvqyzf3du",
    "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3pjxtptv",
    "bc1gmk9yu",
]
# BIP173's own "valid" v1+ addresses carry Bech32 checksums; BIP350 made them invalid.
BIP173_V1_PLUS_NOW_INVALID = [
    "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7k7grplx",
    "BC1SW50QA3JX3S",
    "bc1zw508d6qejxtdg4y5r3zarvaryvg6kdaj",
]


def _network_for(address: str) -> str:
    return "mainnet" if address.lower().startswith("bc1") else "testnet"


@pytest.mark.parametrize("value", BIP173_VALID_BECH32)
def test_bip173_valid_bech32_strings(value: str) -> None:
    assert decode_bech32(value)[0] == "bech32"


@pytest.mark.parametrize("value", BIP350_VALID_BECH32M)
def test_bip350_valid_bech32m_strings(value: str) -> None:
    assert decode_bech32(value)[0] == "bech32m"


@pytest.mark.parametrize("value", BIP173_INVALID_BECH32 + BIP350_INVALID_BECH32M)
def test_invalid_bech32_strings_are_refused(value: str) -> None:
    with pytest.raises(AddressError):
        decode_bech32(value)


@pytest.mark.parametrize(("address", "script_pubkey", "kind"), BIP350_VALID_ADDRESSES)
def test_valid_segwit_addresses(address: str, script_pubkey: str, kind: str) -> None:
    parsed = parse_address(address, _network_for(address))
    assert parsed.script_pubkey.hex() == script_pubkey
    assert parsed.kind == kind
    # and the address round-trips (lower case, as encoders produce it)
    assert (
        address_from_script_pubkey(parsed.script_pubkey, _network_for(address)) == address.lower()
    )


@pytest.mark.parametrize(
    "address", BIP350_INVALID_ADDRESSES + BIP173_INVALID_ADDRESSES + BIP173_V1_PLUS_NOW_INVALID
)
@pytest.mark.parametrize("network", ["mainnet", "testnet", "signet", "regtest"])
def test_invalid_segwit_addresses_are_refused(address: str, network: str) -> None:
    with pytest.raises(AddressError):
        parse_address(address, network)
    assert not is_valid_address(address, network)


def test_segwit_address_of_another_network_is_refused() -> None:
    with pytest.raises(AddressError, match="mainnet"):
        parse_address("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", "testnet")
    with pytest.raises(AddressError):
        parse_address("tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7", "regtest")
    # testnet and signet share the tb prefix
    assert (
        parse_address("tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7", SIGNET).kind
        == "p2wsh"
    )


def test_regtest_bech32_prefix() -> None:
    program = bytes(range(20))
    address = address_from_script_pubkey(b"\x00\x14" + program, REGTEST)
    assert address.startswith("bcrt1q")
    assert parse_address(address, "regtest").program == program
    with pytest.raises(AddressError):
        parse_address(address, "testnet")


@pytest.mark.parametrize(
    ("address", "network", "kind", "script_pubkey"),
    [
        # the genesis block's coinbase address
        (
            "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
            MAINNET,
            "p2pkh",
            "76a91462e907b15cbf27d5425399ebf6f0fb50ebb88f1888ac",
        ),
        # HodlHodl's release_address, and the scriptPubKey the document's release transaction pays it
        (
            "n45ssNV2o1ursURPhLvF1AXVtzrcvKrpPZ",
            TESTNET,
            "p2pkh",
            "76a914f78cccb98956d9412ec023e18329d98e134c3fa888ac",
        ),
        # ATOMIC's private-collateral-address and private-collateral-script-pub-key
        (
            "2Mx1EM2Bsd8qzV2yFv3XxemKaqW7ZfCKAFN",
            TESTNET,
            "p2sh",
            "a91434331a9a1282cb1f58a383eb3d74bbbe671161ba87",
        ),
    ],
)
def test_base58_addresses(address: str, network: object, kind: str, script_pubkey: str) -> None:
    net = get_network(network)  # type: ignore[arg-type]
    parsed = parse_address(address, net)
    assert (parsed.kind, parsed.script_pubkey.hex()) == (kind, script_pubkey)
    assert address_from_script_pubkey(parsed.script_pubkey, net) == address


def test_base58_refusals() -> None:
    with pytest.raises(AddressError, match="checksum"):
        parse_address("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb", "mainnet")
    with pytest.raises(AddressError, match="testnet"):
        parse_address("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "testnet")
    with pytest.raises(AddressError, match="mainnet"):
        parse_address("2Mx1EM2Bsd8qzV2yFv3XxemKaqW7ZfCKAFN", "mainnet")
    with pytest.raises(AddressError):
        parse_address("", "mainnet")
    with pytest.raises(AddressError):
        parse_address("0OIl", "mainnet")


def test_unknown_network_name() -> None:
    with pytest.raises(ValueError, match="unknown network"):
        parse_address("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "bitcoin-cash")


def test_network_chain_params_are_python_bitcointx_ones() -> None:
    import bitcointx

    for net in (MAINNET, TESTNET, SIGNET, REGTEST):
        with net.activate() as params:
            assert bitcointx.get_current_chain_params() is params
            assert params.NAME == net.chain_params
