"""`python -m coinspec.mock`: what a user sees starting it, and its one log line per request."""

from __future__ import annotations

import re
import subprocess
import sys
import time

import httpx

from .process import mock_process

# The process of a user who installed `coinspec` without the `mock` extra: importing
# jsonschema fails as it does when the distribution is not there.
WITHOUT_EXTRA = (
    "import runpy, sys; sys.modules['jsonschema'] = None; sys.argv = ['coinspec.mock', *sys.argv[1:]];"
    "runpy.run_module('coinspec.mock', run_name='__main__', alter_sys=True)"
)


def test_without_the_mock_extra_it_says_what_to_install() -> None:
    result = subprocess.run(
        [sys.executable, "-c", WITHOUT_EXTRA, "swapgate", "--port", "0"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (
        "python -m coinspec.mock: the coinspec mock needs the 'mock' extra, which is not "
        "installed (no module named 'jsonschema'): pip install 'coinspec[mock]'\n"
    )


def test_importing_the_server_without_the_extra_names_it_too() -> None:
    code = (
        "import sys; sys.modules['jsonschema'] = None\n"
        "try:\n    from coinspec.mock import MockServer\n"
        "except ModuleNotFoundError as e:\n    print(type(e).__name__, e.name, e)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.startswith(
        "MissingExtraError jsonschema the coinspec mock needs the 'mock' extra"
    )
    assert "pip install 'coinspec[mock]'" in result.stdout


def test_a_wrong_argument_is_refused_with_exit_status_2() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "coinspec.mock", "swapgate", "--max-connections", "0"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "MockLimits.max_connections must be a positive int, not 0" in result.stderr
    assert "Traceback" not in result.stderr


def test_each_request_is_one_log_line() -> None:
    with mock_process("swapgate") as mock:
        httpx.get(mock.url + "/instruments")
        ok = mock.wait_for_log("GET /instruments 200")
        httpx.get(
            mock.url + "/order-info",
            params={"orderId": "1", "destinationAddress": "x", "secret": "s3cret"},
        )
        refused = mock.wait_for_log("GET /order-info 400")
    # time of day, method, path, status, time taken, the operation
    assert re.fullmatch(r"\d\d:\d\d:\d\d GET /instruments 200 \d+\.\dms list_instruments", ok), ok
    # a refusal says why; the query string (it may hold a credential) is never logged
    assert refused.endswith(
        "get_order_info (unknown query parameter(s) 'secret' for GET /order-info)"
    )
    assert "s3cret" not in "\n".join(mock.log)
    assert len([line for line in mock.log if " GET " in line]) == 2


def test_quiet_logs_nothing() -> None:
    with mock_process("swapgate", "--quiet") as mock:
        for _ in range(3):
            assert httpx.get(mock.url + "/instruments").status_code == 200
        time.sleep(0.2)
        assert mock.log == []
