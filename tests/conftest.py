"""Shared fixtures of the generator and runtime tests."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def root() -> Path:
    return ROOT


@pytest.fixture(autouse=True)
def _no_configuration_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Clients read <PACKAGE>_<ARGUMENT> variables; a developer's own must not reach the tests."""
    import importlib
    import os

    from coinspec._core.options import LOG_ENVIRONMENT_VARIABLE

    monkeypatch.delenv(LOG_ENVIRONMENT_VARIABLE, raising=False)
    packages = [
        p.name for p in (ROOT / "generated/src/coinspec").iterdir() if (p / "client.py").exists()
    ]
    for package in packages:
        service = importlib.import_module(f"coinspec.{package}.client").SERVICE
        for variable in service.environment:
            if variable.name in os.environ:
                monkeypatch.delenv(variable.name)
