"""BIP32 derivation, against the published test vectors 1 and 2."""

from __future__ import annotations

import pytest

from coinspec_runtime.bitcoin.bip32 import (
    HARDENED,
    child_private_key,
    child_public_key,
    derive,
    master_key_from_seed,
    neuter,
    parse_path,
    public_key_at,
)
from coinspec_runtime.errors import InvalidKeyError

VECTOR_1 = (
    "000102030405060708090a0b0c0d0e0f",
    [
        (
            "m",
            "xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8",
            "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi",
        ),
        (
            "m/0H",
            "xpub68Gmy5EdvgibQVfPdqkBBCHxA5htiqg55crXYuXoQRKfDBFA1WEjWgP6LHhwBZeNK1VTsfTFUHCdrfp1bgwQ9xv5ski8PX9rL2dZXvgGDnw",
            "xprv9uHRZZhk6KAJC1avXpDAp4MDc3sQKNxDiPvvkX8Br5ngLNv1TxvUxt4cV1rGL5hj6KCesnDYUhd7oWgT11eZG7XnxHrnYeSvkzY7d2bhkJ7",
        ),
        (
            "m/0H/1",
            "xpub6ASuArnXKPbfEwhqN6e3mwBcDTgzisQN1wXN9BJcM47sSikHjJf3UFHKkNAWbWMiGj7Wf5uMash7SyYq527Hqck2AxYysAA7xmALppuCkwQ",
            "xprv9wTYmMFdV23N2TdNG573QoEsfRrWKQgWeibmLntzniatZvR9BmLnvSxqu53Kw1UmYPxLgboyZQaXwTCg8MSY3H2EU4pWcQDnRnrVA1xe8fs",
        ),
        (
            "m/0H/1/2H",
            "xpub6D4BDPcP2GT577Vvch3R8wDkScZWzQzMMUm3PWbmWvVJrZwQY4VUNgqFJPMM3No2dFDFGTsxxpG5uJh7n7epu4trkrX7x7DogT5Uv6fcLW5",
            "xprv9z4pot5VBttmtdRTWfWQmoH1taj2axGVzFqSb8C9xaxKymcFzXBDptWmT7FwuEzG3ryjH4ktypQSAewRiNMjANTtpgP4mLTj34bhnZX7UiM",
        ),
        (
            "m/0H/1/2H/2",
            "xpub6FHa3pjLCk84BayeJxFW2SP4XRrFd1JYnxeLeU8EqN3vDfZmbqBqaGJAyiLjTAwm6ZLRQUMv1ZACTj37sR62cfN7fe5JnJ7dh8zL4fiyLHV",
            "xprvA2JDeKCSNNZky6uBCviVfJSKyQ1mDYahRjijr5idH2WwLsEd4Hsb2Tyh8RfQMuPh7f7RtyzTtdrbdqqsunu5Mm3wDvUAKRHSC34sJ7in334",
        ),
        (
            "m/0H/1/2H/2/1000000000",
            "xpub6H1LXWLaKsWFhvm6RVpEL9P4KfRZSW7abD2ttkWP3SSQvnyA8FSVqNTEcYFgJS2UaFcxupHiYkro49S8yGasTvXEYBVPamhGW6cFJodrTHy",
            "xprvA41z7zogVVwxVSgdKUHDy1SKmdb533PjDz7J6N6mV6uS3ze1ai8FHa8kmHScGpWmj4WggLyQjgPie1rFSruoUihUZREPSL39UNdE3BBDu76",
        ),
    ],
)
VECTOR_2 = (
    "fffcf9f6f3f0edeae7e4e1dedbd8d5d2cfccc9c6c3c0bdbab7b4b1aeaba8a5a29f9c999693908d8a8784817e7b7875726f6c696663605d5a5754514e4b484542",
    [
        (
            "m",
            "xpub661MyMwAqRbcFW31YEwpkMuc5THy2PSt5bDMsktWQcFF8syAmRUapSCGu8ED9W6oDMSgv6Zz8idoc4a6mr8BDzTJY47LJhkJ8UB7WEGuduB",
            "xprv9s21ZrQH143K31xYSDQpPDxsXRTUcvj2iNHm5NUtrGiGG5e2DtALGdso3pGz6ssrdK4PFmM8NSpSBHNqPqm55Qn3LqFtT2emdEXVYsCzC2U",
        ),
        (
            "m/0",
            "xpub69H7F5d8KSRgmmdJg2KhpAK8SR3DjMwAdkxj3ZuxV27CprR9LgpeyGmXUbC6wb7ERfvrnKZjXoUmmDznezpbZb7ap6r1D3tgFxHmwMkQTPH",
            "xprv9vHkqa6EV4sPZHYqZznhT2NPtPCjKuDKGY38FBWLvgaDx45zo9WQRUT3dKYnjwih2yJD9mkrocEZXo1ex8G81dwSM1fwqWpWkeS3v86pgKt",
        ),
        (
            "m/0/2147483647H",
            "xpub6ASAVgeehLbnwdqV6UKMHVzgqAG8Gr6riv3Fxxpj8ksbH9ebxaEyBLZ85ySDhKiLDBrQSARLq1uNRts8RuJiHjaDMBU4Zn9h8LZNnBC5y4a",
            "xprv9wSp6B7kry3Vj9m1zSnLvN3xH8RdsPP1Mh7fAaR7aRLcQMKTR2vidYEeEg2mUCTAwCd6vnxVrcjfy2kRgVsFawNzmjuHc2YmYRmagcEPdU9",
        ),
        (
            "m/0/2147483647H/1",
            "xpub6DF8uhdarytz3FWdA8TvFSvvAh8dP3283MY7p2V4SeE2wyWmG5mg5EwVvmdMVCQcoNJxGoWaU9DCWh89LojfZ537wTfunKau47EL2dhHKon",
            "xprv9zFnWC6h2cLgpmSA46vutJzBcfJ8yaJGg8cX1e5StJh45BBciYTRXSd25UEPVuesF9yog62tGAQtHjXajPPdbRCHuWS6T8XA2ECKADdw4Ef",
        ),
        (
            "m/0/2147483647H/1/2147483646H",
            "xpub6ERApfZwUNrhLCkDtcHTcxd75RbzS1ed54G1LkBUHQVHQKqhMkhgbmJbZRkrgZw4koxb5JaHWkY4ALHY2grBGRjaDMzQLcgJvLJuZZvRcEL",
            "xprvA1RpRA33e1JQ7ifknakTFpgNXPmW2YvmhqLQYMmrj4xJXXWYpDPS3xz7iAxn8L39njGVyuoseXzU6rcxFLJ8HFsTjSyQbLYnMpCqE2VbFWc",
        ),
        (
            "m/0/2147483647H/1/2147483646H/2",
            "xpub6FnCn6nSzZAw5Tw7cgR9bi15UV96gLZhjDstkXXxvCLsUXBGXPdSnLFbdpq8p9HmGsApME5hQTZ3emM2rnY5agb9rXpVGyy3bdW6EEgAtqt",
            "xprvA2nrNbFZABcdryreWet9Ea4LvTJcGsqrMzxHx98MMrotbir7yrKCEXw7nadnHM8Dq38EGfSh6dqA9QWTyefMLEcBYJUuekgW4BYPJcr9E7j",
        ),
    ],
)


@pytest.mark.parametrize("vector", [VECTOR_1, VECTOR_2], ids=["vector1", "vector2"])
def test_bip32_vectors(vector: tuple[str, list[tuple[str, str, str]]]) -> None:
    seed, chains = vector
    master = master_key_from_seed(bytes.fromhex(seed))
    for path, xpub, xprv in chains:
        assert derive(master, path) == xprv, path
        assert neuter(derive(master, path)) == xpub, path


def test_step_by_step_index_derivation_matches_the_path() -> None:
    seed, chains = VECTOR_2
    master = master_key_from_seed(bytes.fromhex(seed))
    key = master
    for step in parse_path("m/0/2147483647H/1/2147483646H/2"):
        key = derive(key, [step])
    assert key == chains[-1][2]


def test_public_derivation_at_an_index_matches_private() -> None:
    _, chains = VECTOR_1
    xpub_0h, xprv_0h = chains[1][1], chains[1][2]
    # m/0H/1 is a non-hardened child: derivable from the xpub alone.
    assert derive(xpub_0h, [1]) == chains[2][1]
    assert child_public_key(xpub_0h, 1) == child_private_key(xprv_0h, 1).public_key
    assert child_public_key(xpub_0h, 1) == public_key_at(xprv_0h, "1")


def test_hardened_from_public_key_is_refused() -> None:
    with pytest.raises(ValueError, match="hardened"):
        derive(VECTOR_1[1][0][1], [HARDENED])


def test_testnet_keys() -> None:
    tprv = master_key_from_seed(bytes.fromhex(VECTOR_1[0]), "testnet")
    assert tprv.startswith("tprv")
    tpub = neuter(tprv)
    assert tpub.startswith("tpub")
    # same key material as the mainnet vector
    assert child_public_key(tpub, 5) == child_public_key(
        neuter(master_key_from_seed(bytes.fromhex(VECTOR_1[0]))), 5
    )


def test_paths() -> None:
    assert parse_path("m/0'/1/2h/3H") == [HARDENED, 1, HARDENED + 2, HARDENED + 3]
    for bad in ["m/x", "m//1", "m/2147483648", "m/-1"]:
        with pytest.raises(ValueError):
            parse_path(bad)


def test_malformed_extended_private_key_is_not_echoed() -> None:
    xprv = VECTOR_1[1][0][2]
    broken = xprv[:-1] + ("j" if xprv[-1] != "j" else "k")
    with pytest.raises(InvalidKeyError) as info:
        derive(broken, [0])
    assert broken not in str(info.value) and xprv[4:20] not in str(info.value)
    with pytest.raises(InvalidKeyError):
        derive("ypub" + xprv[4:], [0])
