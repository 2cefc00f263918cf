"""The CI workflow that publishes: on a version tag, everything CI runs, then `make release`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]


def workflow() -> dict[Any, Any]:
    data: dict[Any, Any] = yaml.safe_load((ROOT / ".github/workflows/release.yml").read_text())
    return data


def test_it_runs_on_version_tags_only() -> None:
    triggers = workflow()[True]  # YAML 1.1 reads the key `on` as true
    assert triggers == {"push": {"tags": ["v*"]}}


def test_it_checks_the_tag_tests_then_releases_with_the_token_from_secrets() -> None:
    steps = workflow()["jobs"]["release"]["steps"]
    commands = [step.get("run", "") for step in steps]
    tag = next(i for i, c in enumerate(commands) if "$(cat VERSION)" in c)
    test = commands.index("make test")
    publish = commands.index("make release")
    assert tag < test < publish
    env = steps[publish]["env"]
    assert env["TWINE_PASSWORD"] == "${{ secrets.PYPI_API_TOKEN }}"
    assert "TWINE_REPOSITORY_URL" not in env  # PyPI, the release's default
