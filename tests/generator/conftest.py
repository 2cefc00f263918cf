"""One generation of every spec, shared by the generator tests that only read its files."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.render import build

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def generated_files() -> dict[str, str]:
    """What `make generate` writes for specs/, by relative path (the fingerprint included)."""
    return build(ROOT / "specs")
