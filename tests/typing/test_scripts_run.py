"""The type-checked scripts are real: each runs, sync and async, against its service's mock."""

from __future__ import annotations

import asyncio
import importlib
from pathlib import Path

import pytest

from ..client.serving import serve

SCRIPTS = sorted(
    p.stem for p in (Path(__file__).parent / "scripts").glob("*.py") if p.name != "__init__.py"
)


@pytest.mark.parametrize("name", SCRIPTS)
def test_the_script_runs_against_the_mock(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    script = importlib.import_module(f"tests.typing.scripts.{name}")
    for server in serve(script.SERVICE, getattr(script, "MOCK_OPTIONS", None)):
        script.main(server.url)
        asyncio.run(script.main_async(server.url))
