"""Standard OpenAPI documents as they are published generate packages that work.

Every document of ``../shared/openapi-corpus/`` (petstore, tictactoe, a webhooks document,
openapi-python-client's own end-to-end documents), unedited, in one specs folder as a
maintainer would drop them in: one generation, then for each document its package imports,
passes mypy --strict, and passes its contract tests against the mock.

The generated tree stays in a temporary folder; the packages are imported from there with
this checkout's hand-written ``sdk/src`` (no virtual environment is built).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.__main__ import main

ROOT = Path(__file__).resolve().parents[2]
# ../shared beside the checkout (a worktree of it one level further down: ../../shared).
CORPUS = next(
    (
        folder / "shared" / "openapi-corpus"
        for folder in (ROOT.parent, ROOT.parent.parent)
        if (folder / "shared" / "openapi-corpus").is_dir()
    ),
    ROOT.parent / "shared" / "openapi-corpus",
)

DOCUMENTS = sorted(p for p in CORPUS.glob("*") if p.suffix in (".yaml", ".yml", ".json"))


@dataclass(frozen=True)
class Generated:
    out: Path
    stderr: str
    packages: dict[str, str]  # document file name -> package


def _package(document: Path, out: Path) -> str:
    specs = out / "src" / "coinspec" / "_specs"
    stem = "".join(c if c.isalnum() else "_" for c in document.stem).lower()
    found = [p.stem for p in specs.glob("*.json") if p.stem == stem or p.stem == f"{stem}_api"]
    assert found, (document.name, sorted(p.stem for p in specs.glob("*.json")))
    return found[0]


def _environment() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "sdk" / "src")])}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    base = tmp_path_factory.mktemp("corpus")
    specs = base / "specs"
    specs.mkdir()
    for document in DOCUMENTS:
        shutil.copy(document, specs)
    out = base / "out"
    capture = base / "stderr.txt"
    with capture.open("w") as stream:
        saved = sys.stderr
        sys.stderr = stream
        try:
            code = main(["generate", "--specs", str(specs), "--out", str(out)])
        finally:
            sys.stderr = saved
    stderr = capture.read_text()
    assert code == 0, stderr
    return Generated(out, stderr, {d.name: _package(d, out) for d in DOCUMENTS})


def test_the_corpus_is_there() -> None:
    assert len(DOCUMENTS) >= 6, CORPUS


@pytest.fixture(scope="module")
def imported(generated: Generated) -> dict[str, subprocess.CompletedProcess[str]]:
    """Each package imported, and its clients built, in a fresh interpreter."""
    results = {}
    for document, package in generated.packages.items():
        script = (
            "import inspect, sys\n"
            f"import coinspec.{package} as package\n"
            "clients = [c for c in vars(package).values() if inspect.isclass(c) and "
            "hasattr(c, 'with_raw_response')]\n"
            "assert len(clients) == 2, clients\n"
            "for client in clients:\n"
            "    client(base_url='http://127.0.0.1:9')\n"
        )
        results[document] = subprocess.run(
            [sys.executable, "-c", script],
            cwd=generated.out,
            capture_output=True,
            text=True,
            env={
                **_environment(),
                "PYTHONPATH": f"{generated.out / 'src'}{os.pathsep}{ROOT / 'sdk' / 'src'}",
            },
            timeout=120,
        )
    return results


@pytest.fixture(scope="module")
def typechecked(generated: Generated) -> dict[str, list[str]]:
    """mypy --strict over every generated package at once: its errors, by package."""
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--explicit-package-bases",
        "--cache-dir",
        str(generated.out.parent / "mypy-cache"),
        *[arg for package in generated.packages.values() for arg in ("-p", f"coinspec.{package}")],
    ]
    paths = [generated.out / "src", ROOT / "sdk" / "src", ROOT / "runtime" / "src"]
    run = subprocess.run(
        command,
        cwd=generated.out,
        capture_output=True,
        text=True,
        env={**os.environ, "MYPYPATH": os.pathsep.join(map(str, paths))},
        timeout=600,
    )
    errors: dict[str, list[str]] = {package: [] for package in generated.packages.values()}
    for line in run.stdout.splitlines():
        for package in errors:
            if f"/coinspec/{package}/" in line or f"coinspec.{package}" in line:
                errors[package].append(line)
    assert run.returncode in (0, 1), run.stdout + run.stderr
    return errors


@pytest.fixture(scope="module")
def contract_results(generated: Generated) -> dict[str, list[tuple[str, str]]]:
    """Every generated contract test run once against the mock: (test, outcome) by file."""
    report = generated.out.parent / "contract.xml"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            str(generated.out / "tests"),
            "-p",
            "no:cacheprovider",
            "-q",
            f"--junitxml={report}",
        ],
        cwd=generated.out,
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "PYTHONPATH": f"{generated.out / 'src'}{os.pathsep}{ROOT / 'sdk' / 'src'}",
        },
        timeout=600,
    )
    results: dict[str, list[tuple[str, str]]] = {}
    for case in ElementTree.parse(report).getroot().iter("testcase"):
        outcome = "passed"
        for child in case:
            if child.tag in ("failure", "error"):
                outcome = f"{child.tag}: {(child.get('message') or '')[:300]}"
            elif child.tag == "skipped":
                outcome = "skipped"
        module = (case.get("classname") or "").split(".")
        test_file = next((part for part in module if part.startswith("test_")), "?")
        results.setdefault(test_file, []).append((case.get("name", "?"), outcome))
    return results


@pytest.mark.parametrize("document", [d.name for d in DOCUMENTS])
def test_the_package_imports(
    imported: dict[str, subprocess.CompletedProcess[str]], document: str
) -> None:
    result = imported[document]
    assert result.returncode == 0, result.stderr[-3000:]


@pytest.mark.parametrize("document", [d.name for d in DOCUMENTS])
def test_the_package_passes_mypy_strict(
    generated: Generated, typechecked: dict[str, list[str]], document: str
) -> None:
    assert typechecked[generated.packages[document]] == []


@pytest.mark.parametrize("document", [d.name for d in DOCUMENTS])
def test_the_contract_tests_pass_against_the_mock(
    generated: Generated, contract_results: dict[str, list[tuple[str, str]]], document: str
) -> None:
    cases = contract_results.get(f"test_{generated.packages[document]}_contract", [])
    failed = [(name, outcome) for name, outcome in cases if outcome not in ("passed", "skipped")]
    assert failed == []
    ran = [name for name, outcome in cases if outcome == "passed"]
    operations = document != "webhook31.yaml"  # a document of webhooks only has no operation
    assert bool(ran) == operations, cases
