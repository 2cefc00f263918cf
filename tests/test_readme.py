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

from coinspec_runtime.bitcoin.keys import PrivateKey
from coinspec_runtime.bitcoin.transactions import parse_transaction, read_multisig_input

from .client.test_hodlhodl_escrow_flows import SELLER_XPRV, SELLER_XPUB, HodlHodlStandIn, contract_json, release
from .runtime.test_atomic import COLLATERAL_COIN, REFUND, UNLOCK_AMOUNT, USER, _collateral_address, _collateral_info, _raw

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
            request = httpx.Request(self.command, f"http://stand-in{self.path}", headers=dict(self.headers), content=body)
            response = handle(request)
            self.send_response(response.status_code)
            for key in ("Content-Type",):
                if key in response.headers:
                    self.send_header(key, response.headers[key])
            self.send_header("Content-Length", str(len(response.content)))
            self.end_headers()
            self.wfile.write(response.content)

        do_GET = do_POST = do_PUT = _serve

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_hodlhodl_release_flow(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    stand_in = HodlHodlStandIn(contract_json(), release())
    monkeypatch.setenv("HODLHODL_API_KEY", "k")
    monkeypatch.setenv("HODLHODL_ESCROW_XPUB", SELLER_XPUB)
    monkeypatch.setenv("HODLHODL_ESCROW_XPRV", SELLER_XPRV)
    for url in serving(stand_in):
        code = example("HodlHodl: the release flow").replace("https://hodlhodl.com", url)
        exec(compile(code, "README.md", "exec"), {})
    assert capsys.readouterr().out.strip() == "completed"
    assert [p.split(" ")[0] for p in stand_in.paths] == ["GET", "POST", "GET", "GET", "POST"]
    assert len(stand_in.posted) == 1


class AtomicStandIn:
    def __init__(self) -> None:
        change = COLLATERAL_COIN - UNLOCK_AMOUNT - 1_000
        self.raw = _raw([(REFUND, UNLOCK_AMOUNT), (_collateral_address(), change)])
        self.submitted: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if request.method == "PUT" and path.endswith("/unlock"):
            self.submitted.append(json.loads(request.content)["partially-signed-unlock-tx"])
            return httpx.Response(201)
        if path.endswith("/unlock"):
            assert json.loads(request.content) == {"amount": UNLOCK_AMOUNT}  # the JSON body on GET
            return httpx.Response(200, json={"raw-transaction": self.raw})
        info = _collateral_info()
        return httpx.Response(200, json={"private-collateral-info": info, "private-collateral-balance": COLLATERAL_COIN, "inflight-transactions": []})


def test_atomic_unlock_flow(monkeypatch: pytest.MonkeyPatch) -> None:
    stand_in = AtomicStandIn()
    monkeypatch.setenv("ATOMIC_USER_KEY_HEX", "52" * 32)
    assert PrivateKey.from_hex("52" * 32).public_key == USER.public_key
    for url in serving(stand_in):
        code = example("ATOMIC: the unlock flow").replace("https://atomic.org", url)
        exec(compile(code, "README.md", "exec"), {})
    (submitted,) = stand_in.submitted
    state = read_multisig_input(parse_transaction(submitted), 0, amount=COLLATERAL_COIN)
    assert state.signed_by == (USER.public_key,)
