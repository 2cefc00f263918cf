"""The mock as a user runs it: ``python -m coinspec.mock SERVICE --port 0`` in its own process."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class MockProcess:
    process: subprocess.Popen[str]
    url: str
    banner: str = ""  # the line it printed first, on stdout
    log: list[str] = field(default_factory=list)  # what it wrote on stderr, line by line

    @property
    def pid(self) -> int:
        return self.process.pid

    def threads(self) -> int:
        """How many threads the mock process runs now (Linux)."""
        status = Path(f"/proc/{self.pid}/status").read_text()
        match = re.search(r"^Threads:\s+(\d+)", status, re.MULTILINE)
        assert match, status
        return int(match.group(1))

    def rss_bytes(self) -> int:
        """The mock process's resident memory now (Linux)."""
        status = Path(f"/proc/{self.pid}/status").read_text()
        match = re.search(r"^VmRSS:\s+(\d+) kB", status, re.MULTILINE)
        assert match, status
        return int(match.group(1)) * 1024

    def wait_for_lines(self, text: str, count: int, timeout: float = 5.0) -> list[str]:
        """The log lines with ``text``, once there are ``count`` of them."""
        deadline = time.monotonic() + timeout
        while True:
            found = [line for line in list(self.log) if text in line]
            if len(found) >= count or time.monotonic() > deadline:
                return found
            time.sleep(0.02)

    def wait_for_log(self, text: str, timeout: float = 5.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in list(self.log):
                if text in line:
                    return line
            time.sleep(0.02)
        raise AssertionError(f"no log line with {text!r} within {timeout} s; log: {self.log[-20:]}")


@contextmanager
def mock_process(api: str, *arguments: str) -> Iterator[MockProcess]:
    process = subprocess.Popen(
        [sys.executable, "-m", "coinspec.mock", api, "--port", "0", *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stderr is not None
    try:
        first = process.stdout.readline()
        match = re.search(r"on (http://[^\s;]+)", first)
        if match is None:
            process.kill()
            raise RuntimeError(f"the mock did not start: {first!r} {process.stderr.read()!r}")
        running = MockProcess(process, match.group(1), first.strip())
        stderr = process.stderr

        def collect() -> None:
            for line in stderr:
                running.log.append(line.rstrip("\n"))

        threading.Thread(target=collect, daemon=True).start()
        yield running
        assert process.poll() is None, (
            f"the mock exited ({process.returncode}): {running.log[-20:]}"
        )
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
