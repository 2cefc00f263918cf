"""The generated tree on disk: which files are the output, drift, and writing it all at once."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

# Written with the package, never part of it: what it was generated from (fingerprint.py).
FINGERPRINT = ".fingerprint"

# Files the tests and tools leave in generated/ that are not part of the output.
IGNORED_PARTS = frozenset({"__pycache__", ".pytest_cache", ".mypy_cache", "build", "dist"})
IGNORED_SUFFIXES = (".pyc", ".egg-info")


def is_ignored(relative: Path) -> bool:
    if relative.as_posix() == FINGERPRINT:
        return True
    return any(
        part in IGNORED_PARTS or part.endswith(IGNORED_SUFFIXES) for part in relative.parts
    ) or relative.name.endswith(IGNORED_SUFFIXES)


def existing_files(out_dir: Path) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    if not out_dir.is_dir():
        return found
    for path in sorted(out_dir.rglob("*")):
        relative = path.relative_to(out_dir)
        if path.is_file() and not is_ignored(relative):
            found[relative.as_posix()] = path.read_bytes()
    return found


def drift(files: dict[str, str], out_dir: Path) -> list[str]:
    """Lines saying which files of out_dir differ from `files` (empty: no drift); FINGERPRINT is not compared."""
    current = existing_files(out_dir)
    wanted = {path: text.encode("utf-8") for path, text in files.items() if path != FINGERPRINT}
    lines = []
    for path in sorted(set(current) | set(wanted)):
        if path not in current:
            lines.append(f"missing   {path}")
        elif path not in wanted:
            lines.append(f"extra     {path}")
        elif current[path] != wanted[path]:
            lines.append(f"differs   {path}")
    return lines


def _keep_mtime_if_unchanged(old: Path, new: Path) -> None:
    try:
        if (
            not old.is_file()
            or old.stat().st_size != new.stat().st_size
            or old.read_bytes() != new.read_bytes()
        ):
            return
        stat = old.stat()
    except OSError:
        return
    os.utime(new, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def write_tree(files: dict[str, str], out_dir: Path) -> None:
    """Replace out_dir by exactly `files`; on any failure out_dir is left as it was.

    A file whose bytes do not change keeps its modification time, so that make, mypy and pip
    see nothing new: the Makefile reinstalls when generated/pyproject.toml is newer than .venv.
    """
    out_dir = out_dir.resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.new-", dir=out_dir.parent))
    try:
        for relative, text in files.items():
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
            _keep_mtime_if_unchanged(out_dir / relative, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    retired = out_dir.parent / f".{out_dir.name}.old-{os.getpid()}"
    if out_dir.exists():
        os.replace(out_dir, retired)
    try:
        os.replace(staging, out_dir)
    except BaseException:
        if retired.exists():
            os.replace(retired, out_dir)
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(retired, ignore_errors=True)
