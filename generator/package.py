"""What the generated package takes from the repository root: its version, license, changelog
and project URLs, each written in one place.

- ``VERSION``: the version of both distributions (the runtime's build reads it too).
- ``LICENSE`` and ``CHANGELOG.md``: copied into the package, so both its wheel and its sdist
  carry them (the runtime's build takes the changelog from the same file).
- ``pyproject.toml``'s ``[project.urls]`` (the development project's): the project URLs.

A change to any of them changes the generated package (the fingerprint hashes them), so
``make check`` catches a release whose ``generated/`` is behind.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

__all__ = ["ROOT", "ROOT_FILES", "copied_files", "fingerprinted", "project_urls", "read_version"]

ROOT = Path(__file__).resolve().parent.parent
# The files of the repository root that the generated package depends on (the URLs are
# fingerprinted by value: the rest of pyproject.toml does not change the package).
ROOT_FILES = ("VERSION", "LICENSE", "CHANGELOG.md")
# Copied as they are into the package folder.
COPIED = ("LICENSE", "CHANGELOG.md")
# PEP 440 release versions, as a release may be numbered.
RELEASE_VERSION = re.compile(r"[0-9]+(\.[0-9]+)*((a|b|rc)[0-9]+)?(\.post[0-9]+)?(\.dev[0-9]+)?")
# The project URLs a release must carry, by the labels PyPI shows.
REQUIRED_URLS = ("Repository", "Documentation", "Changelog")


def read_version(root: Path = ROOT) -> str:
    path = root / "VERSION"
    text = path.read_text(encoding="utf-8").strip()
    if not RELEASE_VERSION.fullmatch(text):
        raise ValueError(
            f"{path}: {text!r} is not a PEP 440 release version (such as 1.2.0 or 1.2.0rc1)"
        )
    return text


def project_urls(root: Path = ROOT) -> dict[str, str]:
    path = root / "pyproject.toml"
    with path.open("rb") as handle:
        urls = tomllib.load(handle).get("project", {}).get("urls", {})
    missing = [label for label in REQUIRED_URLS if label not in urls]
    if missing:
        raise ValueError(f"{path}: [project.urls] lacks {', '.join(missing)}")
    return {str(label): str(url) for label, url in urls.items()}


def copied_files(root: Path = ROOT) -> dict[str, str]:
    return {name: (root / name).read_text(encoding="utf-8") for name in COPIED}


def fingerprinted(root: Path = ROOT) -> list[tuple[str, bytes]]:
    """What of the repository root the package is made from, for the generation's fingerprint."""
    entries = [(f"root/{name}", (root / name).read_bytes()) for name in ROOT_FILES]
    urls = "\n".join(f"{label}={url}" for label, url in sorted(project_urls(root).items()))
    entries.append(("root/pyproject.toml[project.urls]", urls.encode()))
    return entries
