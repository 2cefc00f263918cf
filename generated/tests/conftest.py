"""Contract tests run against the built-in mock, or against any server with --base-url."""

from __future__ import annotations

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--base-url",
        default=None,
        help="run the contract tests against this server instead of the built-in mock (live mode); "
        "select one service's test file with it",
    )


@pytest.fixture(scope="session")
def live_url(request: pytest.FixtureRequest) -> str | None:
    value = request.config.getoption("--base-url")
    return str(value) if value else None
