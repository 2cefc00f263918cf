"""The README's flow examples run as written, against loopback stand-ins of the services."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from .client.test_atomic_payment_flow import payment
from .client.test_hodlhodl_escrow_flows import HodlHodlStandIn
from .runtime.atomic_deal import Collateral, fresh_address
from .runtime.hodlhodl_deal import account_deal
from .runtime.independent import Spent, judge, p2wpkh_script_pubkey, random_txid

README = Path(__file__).resolve().parent.parent / "README.md"


def example(heading: str) -> str:
    """The python block under a README heading."""
    text = README.read_text(encoding="utf-8")
    section = text.split(f"### {heading}", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.S)
    assert match, f"no python example under {heading!r}"
    return match.group(1)


def serving(handle: Callable[[httpx.Request], httpx.Response]) -> Iterator[str]:
    """A loopback HTTP server that answers through `handle`."""

    class Handler(BaseHTTPRequestHandler):
        def _serve(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            request = httpx.Request(
                self.command,
                f"http://stand-in{self.path}",
                headers=dict(self.headers),
                content=body,
            )
            response = handle(request)
            self.send_response(response.status_code)
            for key in ("Content-Type",):
                if key in response.headers:
                    self.send_header(key, response.headers[key])
            self.send_header("Content-Length", str(len(response.content)))
            self.end_headers()
            self.wfile.write(response.content)

        do_GET = do_POST = do_PUT = _serve

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_hodlhodl_release_flow(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    deal, user = account_deal("seller")
    stand_in = HodlHodlStandIn(deal.contract(), deal.transaction())
    monkeypatch.setenv("HODLHODL_API_KEY", "k")
    monkeypatch.setenv("HODLHODL_ESCROW_XPUB", user.xpub)
    monkeypatch.setenv("HODLHODL_ESCROW_XPRV", user.xprv)
    for url in serving(stand_in):
        code = example("HodlHodl: the seller's release").replace("https://hodlhodl.com", url)
        exec(compile(code, "README.md", "exec"), {})
    assert capsys.readouterr().out.strip() == "completed"
    assert [p.split(" ")[0] for p in stand_in.requests] == ["GET", "POST", "GET", "GET", "POST"]
    (posted,) = stand_in.posted
    judge(posted, deal.spent())


class AtomicStandIn:
    """The user, an unlock transaction and a payment, as ATOMIC would serve them."""

    def __init__(self, c: Collateral) -> None:
        self.c = c
        self.received: dict[str, dict[str, str]] = {}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if request.method == "PUT":
            self.received[path.rsplit("/", 1)[-1]] = json.loads(request.content)
            return httpx.Response(201)
        if path.endswith("/unlock"):
            return httpx.Response(200, json={"raw-transaction": self.c.transaction().hex})
        if "/payments/" in path:
            return httpx.Response(200, json=payment(self.c))
        return httpx.Response(200, json=self.c.user_body())


def test_atomic_flows(monkeypatch: pytest.MonkeyPatch) -> None:
    c = Collateral(refund_address="2NF1qc9L4j1tyfqzzLdRzRqoVftHznSeC6K")
    stand_in = AtomicStandIn(c)
    wallet_coin = f"{random_txid().hex()}:0"
    monkeypatch.setenv("ATOMIC_USER_PUBLIC_KEY", c.user.public_key.hex())
    monkeypatch.setenv("ATOMIC_USER_KEY_HEX", c.user.hex)
    monkeypatch.setenv("ATOMIC_COLLATERAL_OUTPOINT", next(iter(c.coins())))
    monkeypatch.setenv("ATOMIC_ESCROW_ADDRESS", c.escrow_address)
    monkeypatch.setenv("ATOMIC_WALLET_OUTPOINT", wallet_coin)
    monkeypatch.setenv("ATOMIC_CHANGE_ADDRESS", fresh_address())
    for url in serving(stand_in):
        code = example("ATOMIC: unlocking the collateral and paying into escrow")
        exec(compile(code.replace("https://atomic.org", url), "README.md", "exec"), {})
    unlock, paid = stand_in.received["unlock"], stand_in.received["p1"]
    judge(c.complete(unlock["partially-signed-unlock-tx"], [c.small[2]]), c.spent())
    judge(c.complete(paid["partially-signed-escrow-transaction"], [c.small[2]]), c.spent())
    own = Spent(p2wpkh_script_pubkey(c.user.public_key), 1_100_000)
    judge(paid["fully-signed-pay-transaction"], [own])
