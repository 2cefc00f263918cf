"""The README's flow examples run as written, against loopback stand-ins of the services."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from coinspec_runtime.bitcoin.transactions import parse_transaction, read_multisig_input

from .client.test_atomic_unlock_flows import USER_KEY_HEX, AtomicStandIn, unlock_raw
from .client.test_hodlhodl_escrow_flows import (
    SELLER_XPRV,
    SELLER_XPUB,
    HodlHodlStandIn,
    contract_json,
    release,
)
from .runtime.test_atomic import COLLATERAL_COIN, USER

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


def test_atomic_unlock_flow(monkeypatch: pytest.MonkeyPatch) -> None:
    stand_in = AtomicStandIn(unlock_raw())
    monkeypatch.setenv("ATOMIC_USER_PUBLIC_KEY", USER.public_key.hex())
    monkeypatch.setenv("ATOMIC_USER_KEY_HEX", USER_KEY_HEX)
    for url in serving(stand_in):
        code = example("ATOMIC: the unlock flow").replace("https://atomic.org", url)
        exec(compile(code, "README.md", "exec"), {})
    (submitted,) = stand_in.submitted
    state = read_multisig_input(
        parse_transaction(submitted["partially-signed-unlock-tx"]), 0, amount=COLLATERAL_COIN
    )
    assert state.signed_by == (USER.public_key,)
