"""Which files of a folder are specs: a module of its own, light enough for a no-op `generate`."""

from __future__ import annotations

from pathlib import Path

SPEC_SUFFIXES = (".yaml", ".yml", ".json")


def spec_paths(directory: Path) -> list[Path]:
    """The *.yaml, *.yml and *.json files of ``directory``, in name order."""
    return sorted(
        path
        for path in directory.glob("*")
        if path.suffix.lower() in SPEC_SUFFIXES and path.is_file()
    )
