"""`make release` end to end, against a real package index on loopback (pypiserver).

The release uploads both distributions; `pip install coinspec` from that index into a fresh
virtual environment then imports every service. The refusals are shown too: a drifted
`generated/`, a version already on the index, credentials in a URL, an index that cannot
be read. The wheels and sdists are checked for their license, changelog and metadata.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tarfile
import time
import urllib.request
import venv
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from coinspec._core.spec import available_apis
from generator.package import project_urls, read_version
from generator.release import inspect

with warnings.catch_warnings():  # passlib still imports the standard library's old crypt
    warnings.simplefilter("ignore", DeprecationWarning)
    from passlib.apache import HtpasswdFile  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parents[2]
USER = "uploader"
PASSWORD = "s3cret-upload-password-7d1f"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Index:
    url: str  # where twine uploads
    simple: str  # where pip and the release read
    packages: Path  # the folder pypiserver serves

    def files(self) -> dict[str, float]:
        return {p.name: p.stat().st_mtime for p in self.packages.iterdir()}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Index]:
    """pypiserver on a free loopback port: uploads need the password, reads do not, and a
    project it does not hold (the dependencies) it sends on to PyPI."""
    folder = tmp_path_factory.mktemp("index")
    packages = folder / "packages"
    packages.mkdir()
    passwords = HtpasswdFile(str(folder / "htpasswd"), new=True)
    passwords.set_password(USER, PASSWORD)
    passwords.save()
    for _attempt in range(3):
        port = free_port()
        process = subprocess.Popen(
            [
                sys.executable, "-m", "pypiserver", "run",
                "--interface", "127.0.0.1", "--port", str(port),
                "--passwords", str(folder / "htpasswd"), "--authenticate", "update",
                str(packages),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )  # fmt: skip
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while process.poll() is None and time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(url + "/simple/", timeout=2):
                    break
            except OSError:
                time.sleep(0.1)
        if process.poll() is None:
            break
    else:
        raise RuntimeError("pypiserver did not start")
    try:
        yield Index(url + "/", url + "/simple/", packages)
    finally:
        process.terminate()
        process.wait(timeout=10)


def release(index: Index, *arguments: str, **environment: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "TWINE_REPOSITORY_URL": index.url,
        "RELEASE_INDEX_URL": index.simple,
        "TWINE_USERNAME": USER,
        "TWINE_PASSWORD": PASSWORD,
        **environment,
    }
    return subprocess.run(
        [sys.executable, "-m", "generator.release", "--no-isolation", *arguments],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
        env=env,
    )


@pytest.fixture(scope="module")
def released(index: Index, tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("release") / "dist"
    result = release(index, "--dist", str(dist))
    assert result.returncode == 0, result.stdout + result.stderr
    assert PASSWORD not in result.stdout + result.stderr
    return dist


VERSION = read_version()
EXPECTED = {
    f"coinspec-{VERSION}-py3-none-any.whl",
    f"coinspec-{VERSION}.tar.gz",
    f"coinspec_runtime-{VERSION}-py3-none-any.whl",
    f"coinspec_runtime-{VERSION}.tar.gz",
}


def test_the_release_uploads_both_distributions(index: Index, released: Path) -> None:
    assert set(index.files()) == EXPECTED
    assert {p.name for p in released.iterdir()} == EXPECTED


def test_pip_installs_coinspec_from_the_index_into_a_fresh_environment(
    index: Index, released: Path, tmp_path: Path
) -> None:
    env = tmp_path / "env"
    venv.create(env, with_pip=True)
    python = env / "bin" / "python"
    install = subprocess.run(
        [python, "-m", "pip", "install", "--quiet", "--index-url", index.simple, "coinspec"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    services = available_apis()
    script = (
        "import importlib, pathlib, coinspec, coinspec_runtime\n"
        f"for name in {services!r}:\n"
        "    module = importlib.import_module('coinspec.' + name)\n"
        "    print(name, module.__name__)\n"
        "print(coinspec.__version__, coinspec_runtime.__version__)\n"
        "print((pathlib.Path(coinspec.__file__).parent / 'py.typed').exists())\n"
    )
    run = subprocess.run(
        [python, "-c", script], capture_output=True, text=True, cwd=tmp_path, timeout=120
    )
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[: len(services)] == [f"{name} coinspec.{name}" for name in services]
    assert lines[len(services) :] == [f"{VERSION} {VERSION}", "True"]
    # Installed without the `mock` extra, the mock says which extra to install.
    mock = subprocess.run(
        [python, "-m", "coinspec.mock", "swapgate"], capture_output=True, text=True, timeout=120
    )
    assert mock.returncode == 2
    assert "pip install 'coinspec[mock]'" in mock.stderr and "Traceback" not in mock.stderr


def test_a_version_already_on_the_index_is_refused(index: Index, released: Path) -> None:
    before = index.files()
    result = release(index)
    assert result.returncode == 1
    assert result.stderr == (
        f"release refused: coinspec-runtime {VERSION} is already on {index.simple}: a version is "
        "published once; bump VERSION (and the CHANGELOG)\n"
    )
    assert index.files() == before


def test_a_drifted_generated_tree_is_refused(index: Index, released: Path, tmp_path: Path) -> None:
    drifted = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", drifted, ignore=shutil.ignore_patterns("__pycache__"))
    readme = drifted / "README.md"
    readme.write_text(readme.read_text() + "\nedited by hand\n")
    before = index.files()
    result = release(index, "--generated", str(drifted))
    assert result.returncode == 1
    assert result.stderr.startswith(
        "release refused: generated/ differs from what specs/ and templates/ produce; "
        "run `make generate` and commit the result:\n  differs   README.md\n"
    )
    assert index.files() == before


def test_credentials_in_a_url_are_refused_and_not_printed(index: Index) -> None:
    with_password = index.url.replace("http://", f"http://{USER}:{PASSWORD}@")
    result = release(index, TWINE_REPOSITORY_URL=with_password)
    assert result.returncode == 1
    assert (
        "is given with credentials in it: give them as TWINE_USERNAME and TWINE_PASSWORD"
        in result.stderr
    )
    assert PASSWORD not in result.stdout + result.stderr


def test_an_index_that_cannot_be_read_refuses(index: Index) -> None:
    closed = f"http://127.0.0.1:{free_port()}/simple/"
    result = release(index, RELEASE_INDEX_URL=closed)
    assert result.returncode == 1
    assert result.stderr.startswith(
        f"release refused: cannot tell whether coinspec-runtime is on {closed}: "
    )


# -- what the distributions carry ------------------------------------------------------


def members(path: Path) -> dict[str, bytes]:
    if path.name.endswith(".whl"):
        with zipfile.ZipFile(path) as wheel:
            return {name: wheel.read(name) for name in wheel.namelist()}
    with tarfile.open(path) as sdist:
        found = {}
        for member in sdist.getmembers():
            handle = sdist.extractfile(member)
            if handle is not None:
                found[member.name.split("/", 1)[1]] = handle.read()
        return found


@pytest.mark.parametrize("filename", sorted(EXPECTED))
def test_each_distribution_carries_license_changelog_and_metadata(
    released: Path, filename: str
) -> None:
    path = released / filename
    built = inspect(path)
    files = members(path)
    license_text = (ROOT / "LICENSE").read_bytes()
    changelog = (ROOT / "CHANGELOG.md").read_bytes()
    if filename.endswith(".whl"):
        info = f"{filename.split('-')[0]}-{VERSION}.dist-info"
        assert files[f"{info}/licenses/LICENSE"] == license_text
        assert files[f"{info}/extra_metadata/CHANGELOG.md"] == changelog
    else:
        assert files["LICENSE"] == license_text
        assert files["CHANGELOG.md"] == changelog
    assert built.version == VERSION
    assert built.licenses == ("LICENSE",)
    assert {u.split(", ", 1)[0]: u.split(", ", 1)[1] for u in built.urls} == project_urls()
    assert "Typing :: Typed" in built.classifiers
    assert "Programming Language :: Python :: 3.11" in built.classifiers
    if built.name == "coinspec":
        assert f"coinspec-runtime=={VERSION}" in built.requires
