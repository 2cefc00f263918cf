"""Builds the coinspec distribution from the generated modules here and the hand-written tree.

The hand-written part of the package (the shared client machinery, the mock server, the
contract-test plugin) lives in ../sdk/src/coinspec, beside this folder. A wheel or sdist built
here takes it in; an sdist already holds it in src/coinspec, and an editable install puts
both folders on sys.path instead (pyproject.toml's dev-mode-dirs).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

HAND_WRITTEN = "../sdk/src/coinspec"


class HandWrittenTree(BuildHookInterface):  # type: ignore[type-arg]
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        if (root / "src" / "coinspec" / "__init__.py").is_file():
            return  # an sdist: the hand-written tree was merged into src/coinspec when it was made
        if self.target_name == "wheel" and version == "editable":
            return
        tree = (root / HAND_WRITTEN).resolve()
        if not (tree / "__init__.py").is_file():
            raise RuntimeError(
                f"the hand-written part of coinspec is missing: no {tree / '__init__.py'}"
            )
        prefix = "coinspec" if self.target_name == "wheel" else "src/coinspec"
        for path in sorted(tree.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                target = f"{prefix}/{path.relative_to(tree).as_posix()}"
                build_data["force_include"][str(path)] = target
