"""The fingerprint that makes an unchanged `make generate` a no-op.

The generated tree records what it was generated from (`FINGERPRINT`): a hash of the spec
files, templates/, generator/ and the versions of the tools whose output it holds, and a
hash of the tree itself. When both still match, `generate` renders and writes nothing.
Light on purpose: a no-op `generate` imports this module and hashes files, nothing more.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from .files import spec_paths
from .output import FINGERPRINT, existing_files, is_ignored
from .package import fingerprinted

GENERATOR = Path(__file__).resolve().parent
TEMPLATES = GENERATOR.parent / "templates"
# Distributions whose version changes the output besides specs/, templates/ and generator/.
FINGERPRINTED_TOOLS = ("ruff", "datamodel-code-generator")


def _digest(entries: Iterable[tuple[str, bytes]]) -> str:
    """sha256 over (name, bytes) pairs, each length-prefixed so that no two sets collide."""
    sha = hashlib.sha256()
    for name, data in sorted(entries):
        encoded = name.encode("utf-8")
        sha.update(len(encoded).to_bytes(8, "big") + encoded + len(data).to_bytes(8, "big") + data)
    return sha.hexdigest()


def inputs_digest(spec_files: Iterable[Path]) -> str:
    """Hash of everything the output depends on: the spec files, templates/, generator/, tool
    versions and what the package takes from the repository root (see package.py)."""
    entries = [(f"specs/{path.name}", path.read_bytes()) for path in spec_files]
    entries += [
        (f"templates/{path.relative_to(TEMPLATES).as_posix()}", path.read_bytes())
        for path in TEMPLATES.rglob("*")
        if path.is_file() and not is_ignored(path.relative_to(TEMPLATES))
    ]
    entries += [
        (f"generator/{path.relative_to(GENERATOR).as_posix()}", path.read_bytes())
        for path in [*GENERATOR.rglob("*.py"), GENERATOR / "vocabulary.schema.json"]
        if not is_ignored(path.relative_to(GENERATOR))
    ]
    entries += [
        (f"version/{tool}", metadata.version(tool).encode()) for tool in FINGERPRINTED_TOOLS
    ]
    entries += fingerprinted()  # VERSION, LICENSE, CHANGELOG.md and the project URLs
    return _digest(entries)


def tree_digest(files: dict[str, bytes]) -> str:
    """Hash of a generated tree (FINGERPRINT itself left out)."""
    return _digest((path, data) for path, data in files.items() if path != FINGERPRINT)


def fingerprint(inputs: str, tree: str) -> str:
    return (
        "# Written by `python -m generator generate`, not part of the package: `check` ignores it.\n"
        "# When specs/, templates/, generator/ and the formatters hash to `inputs` and the files\n"
        "# here to `tree`, `generate` has nothing to do and writes nothing (--force to render anyway).\n"
        f"inputs sha256:{inputs}\n"
        f"tree sha256:{tree}\n"
    )


def up_to_date(specs_dir: Path, out_dir: Path) -> bool:
    """True when out_dir holds exactly what specs_dir would generate: hashes files, renders nothing."""
    try:
        recorded = (out_dir / FINGERPRINT).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    spec_files = spec_paths(specs_dir)
    if not spec_files:
        return False
    # Cheap check first: a spec, template or generator edit is caught without reading out_dir.
    inputs = inputs_digest(spec_files)
    if f"inputs sha256:{inputs}\n" not in recorded:
        return False
    return recorded == fingerprint(inputs, tree_digest(existing_files(out_dir)))
