"""Adding a service touches only its spec (README.md, "Adding a service"): a small spec of a
service that is none of the five, with a verify hook, a paged list and an error envelope, goes
through the whole pipeline in a temporary folder, with no other file edited: validate,
generate, import, mypy --strict on the new package, and its contract tests against the mock.

The Python of this test's virtual environment runs every step, the temporary tree first on
its path (no virtual environment is made)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.__main__ import main

ROOT = Path(__file__).resolve().parents[2]
SPEC = Path(__file__).with_name("seventh_service.yaml")
PACKAGE = "tollbooth"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package folder generated from the new spec alone, as `make generate` writes it."""
    root = tmp_path_factory.mktemp("seventh")
    specs = root / "specs"
    specs.mkdir()
    shutil.copy(SPEC, specs / f"{PACKAGE}.yaml")
    assert main(["validate", "--specs", str(specs)]) == 0
    out = root / "generated"
    assert main(["generate", "--specs", str(specs), "--out", str(out), "--force"]) == 0
    return out


def run(generated: Path, *command: str) -> subprocess.CompletedProcess[str]:
    """A command of this environment's Python with the new package importable as
    coinspec.<package>, beside the hand-written SDK and the runtime."""
    path = os.pathsep.join(
        str(p) for p in (ROOT / "sdk/src", generated / "src", ROOT / "runtime/src")
    )
    env = {**os.environ, "PYTHONPATH": path, "MYPYPATH": path}
    return subprocess.run(
        [sys.executable, *command],
        cwd=generated,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_the_new_service_is_a_package_of_its_own(generated: Path) -> None:
    package = generated / "src" / "coinspec" / PACKAGE
    assert sorted(p.name for p in package.glob("*.py")) == [
        "__init__.py",
        "_operations.py",
        "client.py",
        "errors.py",
        "models.py",
    ]
    assert (generated / "src/coinspec/_specs" / f"{PACKAGE}.json").is_file()
    assert (generated / "tests" / f"test_{PACKAGE}_contract.py").is_file()
    assert (generated / "docs" / PACKAGE / "client.md").is_file()


def test_the_new_client_verifies_pages_and_parses_as_its_spec_declares(generated: Path) -> None:
    script = """
import json
import httpx
from coinspec_runtime.coinjoin import signed_response
from coinspec.tollbooth import AsyncTollbooth, Toll, Tollbooth, TollboothVerificationError

toll = {"id": "t1", "amount": "0.00010000", "lane": "fast"}
def serving(body):
    return httpx.MockTransport(lambda request: httpx.Response(200, json=body))

honest = signed_response(toll, "booth-secret")
with Tollbooth(api_key="k", hmac_secret="booth-secret", transport=serving(honest)) as client:
    assert "booth-secret" not in repr(client)
    assert client.get_toll(id="t1").amount == __import__("decimal").Decimal("0.0001")
forged = {**honest, "amount": "1.00000000"}
with Tollbooth(api_key="k", hmac_secret="booth-secret", transport=serving(forged)) as client:
    try:
        client.get_toll(id="t1")
    except TollboothVerificationError as refused:
        assert refused.check == "coinjoin.signature", refused.check
    else:
        raise AssertionError("a forged toll was accepted")
assert hasattr(Tollbooth, "iter_list_tolls") and hasattr(AsyncTollbooth, "iter_list_tolls")
assert Toll.model_validate({**toll, "lane": "bus", "signature": "00"}).lane == "bus"
assert "Amount paid, in BTC" in Toll.model_json_schema()["properties"]["amount"]["description"]
print(Tollbooth(api_key="k").base_url)
"""
    result = run(generated, "-c", script)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "https://tollbooth.test/api/v1"


def test_the_new_package_passes_mypy_strict(generated: Path) -> None:
    result = run(
        generated,
        "-m",
        "mypy",
        "--strict",
        "--explicit-package-bases",
        "--cache-dir",
        str(generated.parent / "mypy-cache"),
        str(generated / "src" / "coinspec" / PACKAGE),
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_new_contract_tests_pass_against_the_mock(generated: Path) -> None:
    result = run(
        generated,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        str(generated / "tests" / f"test_{PACKAGE}_contract.py"),
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert " passed" in result.stdout and "failed" not in result.stdout
