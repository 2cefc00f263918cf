"""``python -m generator.release`` (``make release``): publish coinspec and coinspec-runtime.

In order, stopping at the first refusal (exit status 1, nothing uploaded):

1. ``generated/`` must be exactly what ``specs/`` and ``templates/`` produce (no drift);
2. neither distribution may have this version on the index already (a version is
   published once: bump ``VERSION`` instead);
3. build an sdist of each and its wheel from that sdist, and ``twine check --strict`` them;
4. check their metadata: one version (``VERSION``), ``coinspec`` requiring exactly that
   ``coinspec-runtime``, a license file, the project URLs;
5. upload the four files with twine, the runtime first.

Where to: ``TWINE_REPOSITORY_URL`` (default PyPI's upload URL) and, to see what is already
published, ``RELEASE_INDEX_URL`` (default PyPI's simple index, read without credentials).
Credentials come from the environment as twine reads them (``TWINE_USERNAME``,
``TWINE_PASSWORD``); they never pass through this module, are never printed, and a URL that
carries one is refused.
"""

from __future__ import annotations

import argparse
import email.message
import email.parser
import html.parser
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import urllib.error
import urllib.request
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from .package import REQUIRED_URLS, read_version

ROOT = Path(__file__).resolve().parent.parent
PYPI_UPLOAD = "https://upload.pypi.org/legacy/"
PYPI_INDEX = "https://pypi.org/simple/"
DISTRIBUTIONS = ("coinspec-runtime", "coinspec")  # the runtime first: coinspec requires it
PROJECTS = ("runtime", "generated")  # their folders, in the same order


class Refusal(Exception):
    """Why the release stops; nothing was uploaded."""


def normalized(name: str) -> str:
    """A project name as PEP 503 compares it."""
    return re.sub(r"[-_.]+", "-", name).lower()


# -- what the index already has -------------------------------------------------------


class _Links(html.parser.HTMLParser):
    """The file names a PEP 503 project page links to (each link's last path segment and text)."""

    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []
        self._inside = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            href = dict(attrs).get("href") or ""
            self.names.append(href.split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1])
            self._inside = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._inside = False

    def handle_data(self, data: str) -> None:
        if self._inside and data.strip():
            self.names.append(data.strip())


def file_version(filename: str, name: str) -> str | None:
    """The version in a distribution's file name (``coinspec_runtime-0.1.0-py3-none-any.whl``)."""
    prefix = re.escape(normalized(name)).replace("\\-", "[-_.]")
    match = re.match(rf"(?i){prefix}-([^-]+?)(?:-.*\.whl|\.tar\.gz|\.zip)$", filename)
    return match.group(1) if match else None


class _SameOrigin(urllib.request.HTTPRedirectHandler):
    """Follows redirects on the index's own host only: an index that sends a project it does
    not have to another index (pypiserver's fallback to PyPI) does not have it."""

    def redirect_request(
        self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str
    ) -> Any:
        if urlsplit(newurl)[:2] != urlsplit(req.full_url)[:2]:
            raise urllib.error.HTTPError(req.full_url, 404, "elsewhere", headers, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def published_versions(index: str, name: str) -> set[str]:
    """The versions of ``name`` on a PEP 503 simple index (none when it has no such project).
    An index that cannot be read refuses: without an answer the release does not go ahead."""
    url = urljoin(index if index.endswith("/") else index + "/", normalized(name) + "/")
    request = urllib.request.Request(
        url, headers={"Accept": "text/html", "User-Agent": "coinspec-release"}
    )
    try:
        with urllib.request.build_opener(_SameOrigin).open(request, timeout=30) as response:
            text = response.read(32 * 1024 * 1024).decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        if error.code == 404:
            return set()
        raise Refusal(
            f"cannot tell whether {name} is on {shown(index)}: HTTP {error.code}"
        ) from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise Refusal(f"cannot tell whether {name} is on {shown(index)}: {reason}") from None
    links = _Links()
    links.feed(text)
    return {v for filename in links.names if (v := file_version(filename, name))}


def shown(url: str) -> str:
    """A URL as it may be printed: without a user or password in it."""
    parts = urlsplit(url)
    if not parts.hostname:
        return url
    port = f":{parts.port}" if parts.port else ""
    return parts._replace(netloc=parts.hostname + port).geturl()


# -- what was built ---------------------------------------------------------------------


@dataclass(frozen=True)
class Built:
    path: Path
    name: str
    version: str
    requires: tuple[str, ...]
    urls: tuple[str, ...]  # "Label, URL"
    licenses: tuple[str, ...]
    classifiers: tuple[str, ...]


def _metadata(path: Path) -> email.message.Message:
    if path.name.endswith(".whl"):
        with zipfile.ZipFile(path) as wheel:
            name = next(n for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))
            return email.parser.BytesParser().parsebytes(wheel.read(name))
    with tarfile.open(path) as sdist:
        member = next(
            m for m in sdist.getmembers() if m.name.count("/") == 1 and m.name.endswith("/PKG-INFO")
        )
        handle = sdist.extractfile(member)
        if handle is None:
            raise Refusal(f"{path.name} has no PKG-INFO")
        return email.parser.BytesParser().parsebytes(handle.read())


def inspect(path: Path) -> Built:
    meta = _metadata(path)
    return Built(
        path=path,
        name=str(meta["Name"]),
        version=str(meta["Version"]),
        requires=tuple(str(r) for r in meta.get_all("Requires-Dist") or []),
        urls=tuple(str(u) for u in meta.get_all("Project-URL") or []),
        licenses=tuple(str(f) for f in meta.get_all("License-File") or []),
        classifiers=tuple(str(c) for c in meta.get_all("Classifier") or []),
    )


def check_metadata(built: Sequence[Built], version: str) -> None:
    """What every release must say about itself; refused otherwise."""
    found = sorted((normalized(b.name), b.path.name.endswith(".whl")) for b in built)
    wanted = sorted((n, wheel) for n in DISTRIBUTIONS for wheel in (True, False))
    if found != wanted:
        names = [b.path.name for b in built]
        raise Refusal(f"expected a wheel and an sdist of {', '.join(DISTRIBUTIONS)}; built {names}")
    for item in built:
        if item.version != version:
            raise Refusal(f"{item.path.name} is version {item.version}; VERSION says {version}")
        if not item.licenses:
            raise Refusal(f"{item.path.name} carries no license file")
        labels = {u.split(",", 1)[0].strip().lower() for u in item.urls}
        missing = sorted({label.lower() for label in REQUIRED_URLS} - labels)
        if missing:
            raise Refusal(f"{item.path.name} has no project URL for {', '.join(missing)}")
        if normalized(item.name) == "coinspec":
            pins = [
                r
                for r in item.requires
                if normalized(re.split(r"[ ;=<>!~\[(]", r, maxsplit=1)[0]) == "coinspec-runtime"
            ]
            if pins != [f"coinspec-runtime=={version}"]:
                raise Refusal(
                    f"{item.path.name} must require exactly coinspec-runtime=={version}, not {pins}"
                )


def _run(command: Sequence[str | Path], *, quiet: bool = False) -> None:
    result = subprocess.run(
        [str(c) for c in command],
        check=False,
        stdout=subprocess.DEVNULL if quiet else None,
    )
    if result.returncode != 0:
        what = " ".join(str(c) for c in command[1:4])
        raise Refusal(f"{what} failed (exit status {result.returncode})")


def build(out: Path, root: Path = ROOT, *, isolated: bool = True) -> list[Built]:
    """An sdist of each project and its wheel built from that sdist (as pip would build it)."""
    flags = [] if isolated else ["--no-isolation"]
    for project in PROJECTS:
        _run([sys.executable, "-m", "build", *flags, "--outdir", out, root / project], quiet=True)
    files = sorted(p for p in out.iterdir() if p.name.endswith((".whl", ".tar.gz")))
    _run([sys.executable, "-m", "twine", "check", "--strict", *files])
    return [inspect(p) for p in files]


# -- the release --------------------------------------------------------------------------


def drift_lines(root: Path = ROOT, generated: Path | None = None) -> list[str]:
    from .loader import SpecError
    from .render import build as render
    from .render import drift

    try:
        files = render(root / "specs")
    except SpecError as error:
        raise Refusal(f"the specs do not generate:\n{error}") from None
    return drift(files, generated or root / "generated")


def release(
    *,
    root: Path = ROOT,
    generated: Path | None = None,
    repository: str = PYPI_UPLOAD,
    index: str = PYPI_INDEX,
    dist: Path | None = None,
    isolated: bool = True,
) -> list[Built]:
    try:
        version = read_version(root)
    except ValueError as problem:
        raise Refusal(str(problem)) from None
    for url in (repository, index):
        if urlsplit(url).username or urlsplit(url).password:
            raise Refusal(
                f"{shown(url)} is given with credentials in it: give them as TWINE_USERNAME "
                "and TWINE_PASSWORD instead"
            )
    lines = drift_lines(root, generated)
    if lines:
        listed = "\n".join(f"  {line}" for line in lines[:20])
        raise Refusal(
            "generated/ differs from what specs/ and templates/ produce; run `make generate` "
            f"and commit the result:\n{listed}"
        )
    for name in DISTRIBUTIONS:
        if version in published_versions(index, name):
            raise Refusal(
                f"{name} {version} is already on {shown(index)}: a version is published once; "
                "bump VERSION (and the CHANGELOG)"
            )
    out = dist or Path(tempfile.mkdtemp(prefix="coinspec-release-"))
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    built = build(out, root, isolated=isolated)
    check_metadata(built, version)
    order = {name: number for number, name in enumerate(DISTRIBUTIONS)}
    ordered = sorted(built, key=lambda b: (order[normalized(b.name)], b.path.name))
    _run(
        [
            sys.executable,
            "-m",
            "twine",
            "upload",
            "--non-interactive",
            "--disable-progress-bar",
            "--repository-url",
            repository,
            *(b.path for b in ordered),
        ]
    )
    return ordered


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m generator.release",
        description="Build, check and upload coinspec and coinspec-runtime (see make release).",
    )
    parser.add_argument(
        "--generated",
        type=Path,
        default=None,
        help="the generated package to check for drift (default: generated/)",
    )
    parser.add_argument(
        "--dist",
        type=Path,
        default=None,
        help="where to build the distributions (emptied first; default: a new temporary folder)",
    )
    parser.add_argument(
        "--no-isolation",
        action="store_true",
        help="build with the build backend installed here, not a fresh one for each build",
    )
    args = parser.parse_args(argv)
    repository = os.environ.get("TWINE_REPOSITORY_URL") or PYPI_UPLOAD
    index = os.environ.get("RELEASE_INDEX_URL") or PYPI_INDEX
    try:
        built = release(
            generated=args.generated,
            repository=repository,
            index=index,
            dist=args.dist,
            isolated=not args.no_isolation,
        )
    except Refusal as refusal:
        print(f"release refused: {refusal}", file=sys.stderr)
        return 1
    print(f"released {', '.join(b.path.name for b in built)} to {shown(repository)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
