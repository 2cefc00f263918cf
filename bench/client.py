"""Client overhead on loopback: a typed call against raw httpx + json.loads of the same URL.

Each side keeps one httpx connection alive, so the difference is what the typed client
adds: building the request, checking the response, parsing it into models. The servers
run in their own processes, away from the client's GIL.
"""

from __future__ import annotations

import importlib
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx

from .timing import Pair, alternate

ROOT = Path(__file__).resolve().parent.parent
API_KEY = "k"
HEADERS = {"Authorization": f"Bearer {API_KEY}"}
CONTRACT_ID = "ypnTAScVMSrc1f59"  # the document's example contract
LIST_SIZE = 100


@contextmanager
def serving(*argv: str) -> Iterator[str]:
    """Run `python -m bench.<server> ...`, which prints its URL first; stop it afterwards."""
    process = subprocess.Popen(
        [sys.executable, "-m", *argv],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        found = re.search(r"http://[0-9.]+:[0-9]+", line)
        if found is None:
            raise RuntimeError(f"{argv} printed no URL: {line!r}")
        yield found.group()
    finally:
        process.terminate()
        process.wait(timeout=10)


@contextmanager
def listing_server() -> Iterator[str]:
    """A server answering list_my_contracts' envelope with LIST_SIZE copies of the document's contract."""
    with (
        serving("bench.mock_server", "hodlhodl", "--nodelay") as mock,
        httpx.Client(headers=HEADERS) as raw,
    ):
        contract: dict[str, Any] = raw.get(f"{mock}/contracts/{CONTRACT_ID}").json()["contract"]
        listing: dict[str, Any] = raw.get(f"{mock}/contracts/my").json()
    listing["contracts"] = [{**contract, "id": f"c{index:015d}"} for index in range(LIST_SIZE)]
    with tempfile.TemporaryDirectory() as tmp:
        body = Path(tmp) / "contracts.json"
        body.write_text(json.dumps(listing))
        with serving("bench.list_server", str(body)) as url:
            yield url


@dataclass
class ClientResult:
    one: Pair
    many: Pair
    many_peer: Pair  # ours against openapi-python-client's client of the same spec
    stock_mock_latency: float
    nodelay_mock_latency: float


@contextmanager
def peer_list_call(base_url: str) -> Iterator[Callable[[], Any]]:
    """openapi-python-client's `list_my_contracts`, generated from specs/hodlhodl.yaml into a
    temporary folder (never kept) and imported from there, bound to a client of `base_url`."""
    from .generation import BIN, reference_env

    with tempfile.TemporaryDirectory(prefix="coinspec-peer-") as tmp:
        project = Path(tmp) / "hodlhodl"
        done = subprocess.run(
            [
                BIN / "openapi-python-client",
                "generate",
                "--path",
                ROOT / "specs" / "hodlhodl.yaml",
                "--output-path",
                project,
                "--overwrite",
            ],
            capture_output=True,
            text=True,
            check=False,
            env=reference_env(),
        )
        packages = sorted(p.parent.name for p in project.glob("*/__init__.py"))
        if done.returncode != 0 or not packages:
            raise RuntimeError(f"openapi-python-client failed on hodlhodl.yaml:\n{done.stdout}")
        package = packages[0]
        sys.path.insert(0, str(project))
        try:
            client_module = importlib.import_module(f"{package}.client")
            operation = importlib.import_module(f"{package}.api.contracts.list_my_contracts")
            with client_module.AuthenticatedClient(base_url=base_url, token=API_KEY) as client:

                def call() -> Any:
                    return operation.sync(client=client)

                yield call
        finally:
            sys.path.remove(str(project))
            for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
                del sys.modules[name]


def _latency(url: str, requests: int = 15) -> float:
    with httpx.Client(headers=HEADERS) as raw:
        raw.get(url)
        samples = []
        for _ in range(requests):
            start = time.perf_counter()
            raw.get(url)
            samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def measure(rounds: int, calls_one: int, calls_many: int) -> ClientResult:
    from coinspec.hodlhodl import HodlHodl

    with serving("bench.mock_server", "hodlhodl") as stock:
        stock_latency = _latency(f"{stock}/contracts/{CONTRACT_ID}")

    with (
        serving("bench.mock_server", "hodlhodl", "--nodelay") as mock,
        httpx.Client(headers=HEADERS) as raw,
    ):
        one_url = f"{mock}/contracts/{CONTRACT_ID}"
        nodelay_latency = _latency(one_url)
        with HodlHodl(base_url=mock, api_key=API_KEY) as client:
            assert client.get_contract(id=CONTRACT_ID).id == CONTRACT_ID

            def ours_one() -> object:
                return client.get_contract(id=CONTRACT_ID)

            def reference_one() -> object:
                return json.loads(raw.get(one_url).text)

            one = alternate(ours_one, reference_one, rounds=rounds, calls=calls_one)

    with listing_server() as server, httpx.Client(headers=HEADERS) as raw:
        list_url = f"{server}/contracts/my"
        with HodlHodl(base_url=server, api_key=API_KEY) as client:
            contracts = client.list_my_contracts()
            assert len(contracts) == LIST_SIZE and contracts[1].id == "c000000000000001"
            assert isinstance(contracts[0].price, Decimal)

            def ours_many() -> object:
                return client.list_my_contracts()

            def reference_many() -> object:
                return json.loads(raw.get(list_url).text, parse_float=Decimal)

            many = alternate(ours_many, reference_many, rounds=rounds, calls=calls_many)
            with peer_list_call(server) as peer_many:
                listed = peer_many()
                assert len(listed.contracts) == LIST_SIZE, listed
                assert listed.contracts[1].id == "c000000000000001"
                many_peer = alternate(ours_many, peer_many, rounds=rounds, calls=calls_many)
    return ClientResult(one, many, many_peer, stock_latency, nodelay_latency)


def profile(calls: int) -> str:
    """pyinstrument's call tree of the typed list call: where the time over the reference goes."""
    from pyinstrument import Profiler

    from coinspec.hodlhodl import HodlHodl

    with listing_server() as server, HodlHodl(base_url=server, api_key=API_KEY) as client:
        client.list_my_contracts()
        profiler = Profiler(interval=0.0005)
        profiler.start()
        for _ in range(calls):
            client.list_my_contracts()
        profiler.stop()
    text = str(profiler.output_text(unicode=False, color=False, show_all=False))
    lines = text.splitlines()
    # Drop pyinstrument's banner: keep the call tree, which starts at the first timing.
    start = next((i for i, line in enumerate(lines) if line[:1].isdigit()), 0)
    return "\n".join(lines[start:])
