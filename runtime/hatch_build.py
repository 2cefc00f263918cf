"""Takes the repository's CHANGELOG.md into the coinspec-runtime distributions.

Both distributions are released together and share one changelog, at the repository root
beside this folder. Built from a checkout, it is taken from there (into the sdist's root
and the wheel's .dist-info); an sdist already holds it, and a wheel built from the sdist
takes that copy. The version comes from the repository's VERSION file the same way
(pyproject.toml's [tool.hatch.version]; an sdist carries it in PKG-INFO).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

CHANGELOG = "CHANGELOG.md"


class SharedFiles(BuildHookInterface):  # type: ignore[type-arg]
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        local, shared = root / CHANGELOG, root.parent / CHANGELOG
        source = local if local.is_file() else shared
        if not source.is_file():
            raise RuntimeError(f"coinspec-runtime needs its changelog: no {local} or {shared}")
        if self.target_name == "sdist":
            if source is shared:
                build_data["force_include"][str(source)] = CHANGELOG
        elif self.target_name == "wheel" and version != "editable":
            build_data["extra_metadata"][str(source)] = CHANGELOG
