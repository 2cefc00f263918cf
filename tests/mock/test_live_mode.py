"""`pytest generated/tests --base-url URL` runs the contract tests against another server;
with `--prefer-codes` the documented-error tests run too, against a server that honours
`Prefer: code=N` (here the mock process, as a user would start it)."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from .process import MockProcess, mock_process

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def live() -> Iterator[MockProcess]:
    with mock_process("swapgate") as mock:
        yield mock


def contract_tests(url: str, *flags: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "-rs",
            str(ROOT / "generated/tests/test_swapgate_contract.py"),
            "--base-url",
            url,
            *flags,
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )


def counts(output: str) -> dict[str, int]:
    found = {"passed": 0, "skipped": 0, "failed": 0}
    found.update({word: int(n) for n, word in re.findall(r"(\d+) (passed|skipped|failed)", output)})
    return found


def test_without_the_flag_the_documented_errors_are_skipped(live: MockProcess) -> None:
    result = contract_tests(live.url)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "pass --prefer-codes when it honours `Prefer: code=N`" in result.stdout
    found = counts(result.stdout)
    assert found["passed"] > 0 and found["skipped"] > 0, result.stdout


def test_prefer_codes_runs_the_documented_error_tests_live(live: MockProcess) -> None:
    without = counts(contract_tests(live.url).stdout)
    before = len(live.log)
    result = contract_tests(live.url, "--prefer-codes")
    assert result.returncode == 0, result.stdout + result.stderr
    found = counts(result.stdout)
    assert found["skipped"] == 0, result.stdout
    assert found["passed"] == without["passed"] + without["skipped"]
    # Each documented error status was asked of the live server, which answered with it.
    live.wait_for_lines(" ", before + found["passed"])
    answered = [line for line in live.log[before:] if re.search(r" [45]\d\d \d", line)]
    assert len(answered) == without["skipped"], live.log[before:]
