"""The scripts of tests/typing/scripts pass mypy --strict and basedpyright in strict mode with
no error; each file of tests/typing/mistakes fails both with exactly the errors it marks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from .checkers import Diagnostic, expected_errors, joined_package, run_basedpyright, run_mypy

HERE = Path(__file__).resolve().parent
SCRIPTS = sorted(p for p in (HERE / "scripts").glob("*.py") if p.name != "__init__.py")
MISTAKES = sorted(p for p in (HERE / "mistakes").glob("*.py") if p.name != "__init__.py")
# Scripts of what another item of the issue makes true once it lands: expected to fail the
# checkers until then (strict: when they pass, the marker goes and they join SCRIPTS).
PENDING = sorted(p for p in (HERE / "pending").glob("*.py") if p.name != "__init__.py")


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, list[Diagnostic]]]:
    work = tmp_path_factory.mktemp("typing")
    files = SCRIPTS + MISTAKES + PENDING
    package_root = joined_package(work / "package")
    yield {
        "mypy": run_mypy(files, work / "mypy-cache"),
        "pyright": run_basedpyright(files, package_root, work),
    }


def _of(diagnostics: list[Diagnostic], file: Path) -> list[Diagnostic]:
    return [d for d in diagnostics if d.file == file.name]


@pytest.mark.parametrize("checker", ["mypy", "pyright"])
@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.stem)
def test_a_user_script_type_checks(
    reports: dict[str, list[Diagnostic]], checker: str, script: Path
) -> None:
    errors = _of(reports[checker], script)
    assert not errors, "\n".join(f"{d.line}: [{d.code}] {d.message}" for d in errors)


@pytest.mark.parametrize("checker", ["mypy", "pyright"])
@pytest.mark.parametrize("mistake", MISTAKES, ids=lambda p: p.stem)
def test_a_mistake_is_reported_where_it_is(
    reports: dict[str, list[Diagnostic]], checker: str, mistake: Path
) -> None:
    expected = sorted(
        (d.line, d.code) for d in expected_errors(mistake) if d.file == f"{checker}:{mistake.name}"
    )
    assert expected, f"{mistake.name} marks no error for {checker}"
    # pyright also reports the unknown type that follows from each mistake; the mistake is
    # what the file marks.
    found = [d for d in _of(reports[checker], mistake) if not d.code.startswith("reportUnknown")]
    assert sorted((d.line, d.code) for d in found) == expected, "\n".join(
        f"{d.line}: [{d.code}] {d.message}" for d in found
    )


@pytest.mark.xfail(
    strict=True,
    reason="the item of issue #15 the script is about has not landed",
)
@pytest.mark.parametrize("checker", ["mypy", "pyright"])
@pytest.mark.parametrize("script", PENDING, ids=lambda p: p.stem)
def test_a_pending_item_type_checks(
    reports: dict[str, list[Diagnostic]], checker: str, script: Path
) -> None:
    errors = _of(reports[checker], script)
    assert not errors, "\n".join(f"{d.line}: [{d.code}] {d.message}" for d in errors)
