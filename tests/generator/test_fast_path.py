"""`generate` with nothing changed writes nothing and renders nothing; any change regenerates."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import render as render_module
from generator.__main__ import main

ROOT = Path(__file__).resolve().parents[2]
HEAVY = (
    "ruff",
    "jinja2",
    "datamodel_code_generator",
    "openapi_spec_validator",
    "generator.loader",
)


@pytest.fixture(scope="module")
def first_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """One spec (the smallest, to keep renders short) generated once."""
    base = tmp_path_factory.mktemp("fast")
    specs = base / "specs"
    specs.mkdir()
    shutil.copy(ROOT / "specs" / "swapgate.yaml", specs)
    assert main(["generate", "--specs", str(specs), "--out", str(base / "generated")]) == 0
    return specs, base / "generated"


@pytest.fixture
def project(first_run: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    """A private copy of the specs and of the package generated from them, mtimes kept."""
    specs, out = tmp_path / "specs", tmp_path / "generated"
    shutil.copytree(first_run[0], specs)
    shutil.copytree(first_run[1], out)
    return specs, out


def generate(specs: Path, out: Path, *extra: str) -> int:
    return main(["generate", "--specs", str(specs), "--out", str(out), *extra])


def snapshot(out: Path) -> dict[str, tuple[int, bytes]]:
    return {
        p.relative_to(out).as_posix(): (p.stat().st_mtime_ns, p.read_bytes())
        for p in out.rglob("*")
        if p.is_file()
    }


def test_nothing_changed_writes_nothing(
    project: tuple[Path, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    specs, out = project
    before = snapshot(out)
    monkeypatch.setattr(
        render_module, "build", lambda *a: pytest.fail("rendered although nothing changed")
    )
    capsys.readouterr()
    assert generate(specs, out) == 0
    assert "up to date" in capsys.readouterr().out
    assert snapshot(out) == before


def test_nothing_changed_imports_no_renderer_or_validator(project: tuple[Path, Path]) -> None:
    specs, out = project
    code = (
        "import sys\n"
        "from generator.__main__ import main\n"
        f"assert main(['generate', '--specs', {str(specs)!r}, '--out', {str(out)!r}]) == 0\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[]"


def test_a_spec_change_regenerates_and_keeps_unchanged_files_untouched(
    project: tuple[Path, Path],
) -> None:
    specs, out = project
    spec = specs / "swapgate.yaml"
    text = spec.read_text()
    assert "\n  title: " in text
    spec.write_text(text.replace("\n  title: ", "\n  title: Renamed ", 1))
    before = snapshot(out)
    assert generate(specs, out) == 0
    after = snapshot(out)
    assert b"Renamed" in after["src/coinspec/_specs/swapgate.json"][1]
    assert after[".fingerprint"] != before[".fingerprint"]
    # Bytes that did not change keep their mtime: make does not reinstall, mypy does not recheck.
    assert after["tests/conftest.py"] == before["tests/conftest.py"]
    assert generate(specs, out) == 0
    assert snapshot(out) == after


def test_a_hand_edit_is_restored(
    project: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    specs, out = project
    edited = out / "src/coinspec/swapgate/client.py"
    original = edited.read_bytes()
    edited.write_bytes(original.replace(b"def ", b"def  ", 1))  # same everything but one byte
    stray = out / "src/coinspec/stray.py"
    stray.write_text("")
    assert main(["check", "--specs", str(specs), "--out", str(out)]) == 1
    capsys.readouterr()
    assert generate(specs, out) == 0
    assert "wrote" in capsys.readouterr().out
    assert edited.read_bytes() == original
    assert not stray.exists()
    assert main(["check", "--specs", str(specs), "--out", str(out)]) == 0


def test_a_missing_or_damaged_fingerprint_regenerates(
    project: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    specs, out = project
    fingerprint = out / ".fingerprint"
    fingerprint.write_text(fingerprint.read_text().replace("tree sha256:", "tree sha256:0"))
    capsys.readouterr()
    assert generate(specs, out) == 0
    assert "wrote" in capsys.readouterr().out
    fingerprint.unlink()
    assert generate(specs, out) == 0
    assert "wrote" in capsys.readouterr().out
    assert fingerprint.exists()


def test_force_renders_anyway(
    project: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    specs, out = project
    capsys.readouterr()
    assert generate(specs, out, "--force") == 0
    assert "wrote" in capsys.readouterr().out
