"""Parse and validate bitcoin addresses per network.

Base58Check (P2PKH, P2SH) and segwit addresses: bech32 for witness version 0
(P2WPKH, P2WSH; BIP173) and bech32m for versions 1-16 (P2TR and future
versions; BIP350). Every parsed address carries the scriptPubKey it pays to.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Literal

from bitcointx import base58, segwit_addr

from ..errors import AddressError
from .networks import NETWORKS, Network, NetworkLike, get_network

__all__ = [
    "MAX_ADDRESS_LENGTH",
    "Address",
    "AddressKind",
    "Bech32Encoding",
    "address_from_script_pubkey",
    "decode_bech32",
    "is_valid_address",
    "parse_address",
    "script_pubkey_for_address",
]

AddressKind = Literal["p2pkh", "p2sh", "p2wpkh", "p2wsh", "p2tr", "witness_unknown"]
Bech32Encoding = Literal["bech32", "bech32m"]

_KNOWN_HRPS = {n.bech32_hrp for n in NETWORKS.values()}
# No address is longer: BIP173 caps a bech32 string at 90 characters and a base58 address
# (25 bytes) has at most 35. Longer text is refused before decoding: base58 decoding takes
# time quadratic in the length, and a server can send megabytes where an address goes.
MAX_ADDRESS_LENGTH = 90


@dataclass(frozen=True)
class Address:
    """A parsed address: its kind, network, payload and the scriptPubKey it pays to."""

    address: str
    kind: AddressKind
    network: Network
    script_pubkey: bytes
    program: bytes
    witness_version: int | None = None


def _hash256(data: bytes) -> bytes:
    return hashlib.sha256(hashlib.sha256(data).digest()).digest()


def decode_bech32(value: str) -> tuple[Bech32Encoding, str, list[int]]:
    """Decode a bech32 or bech32m string into (encoding, hrp, 5-bit data without checksum)."""
    encoding, hrp, data = segwit_addr.bech32_decode(value)
    if encoding is None or hrp is None or data is None:
        raise AddressError(f"{value!r} is not a valid bech32 or bech32m string")
    return ("bech32" if encoding == segwit_addr.Encoding.BECH32 else "bech32m"), hrp, data


def _witness_script_pubkey(version: int, program: bytes) -> bytes:
    op = 0 if version == 0 else 0x50 + version
    return bytes([op, len(program)]) + program


def _parse_segwit(address: str, net: Network) -> Address:
    encoding, hrp, data = decode_bech32(address)
    if hrp != net.bech32_hrp:
        owners = [n.name for n in NETWORKS.values() if n.bech32_hrp == hrp]
        whose = f" (a {'/'.join(owners)} address)" if owners else ""
        raise AddressError(
            f"{address!r} has prefix {hrp!r}{whose}, {net.name} uses {net.bech32_hrp!r}"
        )
    if not data:
        raise AddressError(f"{address!r} has an empty data part")
    version = data[0]
    if version > 16:
        raise AddressError(f"{address!r} has invalid witness version {version}")
    converted = segwit_addr.convertbits(data[1:], 5, 8, False)
    if converted is None:
        raise AddressError(f"{address!r} has invalid padding in its witness program")
    program = bytes(converted)
    if not 2 <= len(program) <= 40:
        raise AddressError(
            f"{address!r} has a {len(program)}-byte witness program (allowed: 2..40)"
        )
    if version == 0 and len(program) not in (20, 32):
        raise AddressError(
            f"{address!r}: a version 0 witness program must be 20 or 32 bytes, not {len(program)}"
        )
    expected: Bech32Encoding = "bech32" if version == 0 else "bech32m"
    if encoding != expected:
        raise AddressError(
            f"{address!r} uses {encoding} but witness version {version} requires {expected}"
        )
    kind: AddressKind
    if version == 0:
        kind = "p2wpkh" if len(program) == 20 else "p2wsh"
    elif version == 1 and len(program) == 32:
        kind = "p2tr"
    else:
        kind = "witness_unknown"
    return Address(address, kind, net, _witness_script_pubkey(version, program), program, version)


def _parse_base58(address: str, net: Network) -> Address:
    try:
        data = base58.decode(address)
    except Exception:
        raise AddressError(
            f"{address!r} is neither a valid base58 nor a valid bech32 address"
        ) from None
    if len(data) != 25:
        raise AddressError(f"{address!r} decodes to {len(data)} bytes, a base58 address has 25")
    payload, checksum = data[:21], data[21:]
    if _hash256(payload)[:4] != checksum:
        raise AddressError(f"{address!r} has a bad base58 checksum")
    version, program = payload[0], bytes(payload[1:])
    if version == net.p2pkh_prefix:
        return Address(address, "p2pkh", net, b"\x76\xa9\x14" + program + b"\x88\xac", program)
    if version == net.p2sh_prefix:
        return Address(address, "p2sh", net, b"\xa9\x14" + program + b"\x87", program)
    owners = sorted(
        {n.name for n in NETWORKS.values() if version in (n.p2pkh_prefix, n.p2sh_prefix)}
    )
    whose = f"a {'/'.join(owners)} address" if owners else f"unknown version byte 0x{version:02x}"
    raise AddressError(f"{address!r} is {whose}, not a {net.name} address")


def parse_address(address: str, network: NetworkLike) -> Address:
    """Parse ``address`` for ``network``; raise :class:`AddressError` if it is malformed or foreign."""
    net = get_network(network)
    if not isinstance(address, str):
        raise AddressError(f"an address must be a string, not {type(address).__name__}")
    if len(address) > MAX_ADDRESS_LENGTH:
        raise AddressError(
            f"{address[:20]!r}... is {len(address)} characters long; no address has more "
            f"than {MAX_ADDRESS_LENGTH}"
        )
    separator = address.rfind("1")
    if separator > 0 and address[:separator].lower() in _KNOWN_HRPS | {net.bech32_hrp}:
        return _parse_segwit(address, net)
    if separator > 0 and len(address) > 50:
        # Too long for base58: report it as the bech32 string it looks like.
        return _parse_segwit(address, net)
    try:
        return _parse_base58(address, net)
    except AddressError:
        if separator > 0:
            try:
                decode_bech32(address)
            except AddressError:
                pass
            else:
                return _parse_segwit(address, net)
        raise


def is_valid_address(address: str, network: NetworkLike) -> bool:
    try:
        parse_address(address, network)
    except AddressError:
        return False
    return True


def script_pubkey_for_address(address: str, network: NetworkLike) -> bytes:
    return parse_address(address, network).script_pubkey


def address_from_script_pubkey(script_pubkey: bytes, network: NetworkLike) -> str:
    """The address a standard scriptPubKey pays to; :class:`AddressError` for non-standard scripts."""
    net = get_network(network)
    spk = bytes(script_pubkey)
    if len(spk) == 25 and spk[:3] == b"\x76\xa9\x14" and spk[23:] == b"\x88\xac":
        payload = bytes([net.p2pkh_prefix]) + spk[3:23]
        return base58.encode(payload + _hash256(payload)[:4])
    if len(spk) == 23 and spk[:2] == b"\xa9\x14" and spk[22] == 0x87:
        payload = bytes([net.p2sh_prefix]) + spk[2:22]
        return base58.encode(payload + _hash256(payload)[:4])
    if 4 <= len(spk) <= 42 and (spk[0] == 0 or 0x51 <= spk[0] <= 0x60) and spk[1] == len(spk) - 2:
        version = 0 if spk[0] == 0 else spk[0] - 0x50
        encoded = segwit_addr.encode(net.bech32_hrp, version, spk[2:])
        if encoded is not None:
            return encoded
    raise AddressError(f"scriptPubKey {spk.hex()} has no standard address")
