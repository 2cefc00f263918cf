"""Secrets never reach logs, reprs or exceptions, on success and on failure."""

from __future__ import annotations

import logging

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from coinspec.coinjoin import CoinJoin
from coinspec.cryptocoinpro import CryptoCoinPro
from coinspec.hodlhodl import HodlHodl
from coinspec.mock import MockServer

from .server import FaultServer

API_KEY = "sk-live-9f8e7d6c5b4a"
HMAC_SECRET = "hmac-secret-0011223344"
PEM = (
    rsa.generate_private_key(public_exponent=65537, key_size=2048)
    .private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    .decode()
)
PEM_BODY = PEM.splitlines()[1]


def test_no_secret_in_logs_reprs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    shown: list[str] = []
    with MockServer("hodlhodl") as url, HodlHodl(base_url=url, api_key=API_KEY) as client:
        shown.append(repr(client))
        client.get_me()
        try:
            client.get_contract(id="x", extra_headers={"Prefer": "code=404"})
        except Exception as exc:
            shown += [str(exc), repr(exc), repr(getattr(exc, "body", ""))]
    with (
        MockServer("coinjoin", options={"hmac_secret": "other"}) as url,
        CoinJoin(base_url=url, api_key=API_KEY, hmac_secret=HMAC_SECRET) as coinjoin,
    ):
        shown.append(repr(coinjoin))
        try:
            coinjoin.get_transaction(id="x")
        except Exception as exc:
            shown += [str(exc), repr(exc)]
    with (
        MockServer("cryptocoinpro") as url,
        CryptoCoinPro(base_url=url, api_key=API_KEY, platform_private_key=PEM) as ccp,
    ):
        shown.append(repr(ccp))
        ccp.get_platform(platform="p1")
    with (
        FaultServer(["reset-after"]) as server,
        HodlHodl(base_url=server.url, api_key=API_KEY, max_retries=1, retry_backoff=0) as client,
    ):
        try:
            client.get_me()
        except Exception as exc:
            shown += [str(exc), repr(exc), str(exc.__cause__)]
    shown.append(caplog.text)
    assert "coinspec.hodlhodl" in caplog.text and "/users/me -> 200" in caplog.text
    for text in shown:
        for secret in (API_KEY, HMAC_SECRET, PEM_BODY, "Bearer "):
            assert secret not in text, f"{secret[:12]}... leaked into {text[:200]!r}"
