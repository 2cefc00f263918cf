"""`make generate` when nothing changed, in a scratch copy of the project so that the real
generated/ is never touched. The copy shares .venv (a symlink) and keeps every mtime."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from generator.package import ROOT_FILES

from .timing import Pair, alternate_samples

ROOT = Path(__file__).resolve().parent.parent
# What `make generate` reads: the generator, its inputs and the root files the package carries.
COPIED = (
    "Makefile",
    "pyproject.toml",
    "runtime/pyproject.toml",
    "specs",
    "templates",
    "generator",
    *ROOT_FILES,
)


@dataclass
class NoopResult:
    time: Pair  # no-op `make generate` against a bare `python -c pass`
    first_run: float  # the same command when generated/ is missing: a full render


def _timed(argv: list[str], cwd: Path) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{argv} failed:\n{done.stdout}\n{done.stderr}")
    return wall, done.stdout


def measure(rounds: int) -> NoopResult:
    with tempfile.TemporaryDirectory(prefix="coinspec-noop-") as tmp:
        project = Path(tmp)
        for name in COPIED:
            source, target = ROOT / name, project / name
            target.parent.mkdir(parents=True, exist_ok=True)
            if source.is_dir():
                shutil.copytree(
                    source, target, ignore=shutil.ignore_patterns("__pycache__", "drafts")
                )
            else:
                shutil.copy2(source, target)
        (project / ".venv").symlink_to(ROOT / ".venv")
        # -o: the copy must never reinstall into the shared .venv (its pyproject files are copies).
        make = ["make", "-s", "-o", ".venv/.installed", "generate"]
        first_run, _ = _timed(make, project)
        _, said = _timed(make, project)
        if "up to date" not in said:
            raise RuntimeError(f"a second `make generate` rendered again: {said}")
        pair = alternate_samples(
            lambda: _timed(make, project)[0],
            lambda: _timed([sys.executable, "-c", "pass"], project)[0],
            rounds=rounds,
        )
    return NoopResult(pair, first_run)
