"""Output is deterministic, written atomically, and `check` notices any drift."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from generator import render as render_module
from generator import templating
from generator.__main__ import main
from generator.loader import load_specs
from generator.render import write_tree

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def files(generated_files: dict[str, str]) -> dict[str, str]:
    return generated_files


@pytest.fixture
def checked_without_rendering(files: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    """`check` compares with the shared generation instead of rendering again."""
    monkeypatch.setattr(render_module, "build", lambda *args, **kwargs: files)


def test_two_runs_give_identical_bytes(tmp_path: Path, files: dict[str, str]) -> None:
    """The command line's generation, written to disk, against the shared one."""
    out = tmp_path / "generated"
    assert main(["generate", "--out", str(out)]) == 0
    listing = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert listing == sorted(files)
    for relative in listing:
        assert (out / relative).read_text(encoding="utf-8") == files[relative], relative


def test_committed_package_matches_the_specs(files: dict[str, str]) -> None:
    assert render_module.drift(files, ROOT / "generated") == []


def test_a_failure_midway_leaves_the_old_tree(
    tmp_path: Path, files: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "generated"
    write_tree({"keep.txt": "old\n"}, out)
    written: list[str] = []
    original = Path.write_text

    def fail_on_third(self: Path, data: str, *args: object, **kwargs: object) -> int:
        written.append(self.name)
        if len(written) == 3:
            raise OSError("disk full")
        return original(self, data, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "write_text", fail_on_third)
    with pytest.raises(OSError, match="disk full"):
        write_tree(files, out)
    monkeypatch.undo()
    assert [p.name for p in out.rglob("*") if p.is_file()] == ["keep.txt"]
    assert (out / "keep.txt").read_text() == "old\n"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".generated")], (
        "staging folder left behind"
    )


def test_a_template_error_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    specs, out = tmp_path / "specs", tmp_path / "generated"
    specs.mkdir()
    shutil.copy(ROOT / "specs" / "swapgate.yaml", specs)  # the smallest: a short generation
    write_tree({"keep.txt": "old\n"}, out)
    monkeypatch.setitem(
        templating.PACKAGE_FILES, "src/coinspec/broken.py", "api/errors.py.j2"
    )  # needs `api`
    assert main_raises(["generate", "--specs", str(specs), "--out", str(out)])
    assert [p.name for p in out.rglob("*") if p.is_file()] == ["keep.txt"]


def main_raises(argv: list[str]) -> bool:
    try:
        main(argv)
    except Exception:
        return True
    return False


@pytest.mark.usefixtures("checked_without_rendering")
def test_check_lists_the_drifted_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]
) -> None:
    out = tmp_path / "generated"
    write_tree(files, out)
    assert main(["check", "--out", str(out)]) == 0
    (out / "src/coinspec/swapgate/client.py").write_text("# edited by hand\n")
    (out / "src/coinspec/stray.py").write_text("")
    (out / "README.md").unlink()
    capsys.readouterr()
    assert main(["check", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "differs   src/coinspec/swapgate/client.py" in err
    assert "extra     src/coinspec/stray.py" in err
    assert "missing   README.md" in err


@pytest.mark.usefixtures("checked_without_rendering")
def test_check_ignores_caches(tmp_path: Path, files: dict[str, str]) -> None:
    out = tmp_path / "generated"
    write_tree(files, out)
    (out / "src/coinspec/__pycache__").mkdir()
    (out / "src/coinspec/__pycache__/x.cpython-311.pyc").write_bytes(b"\0")
    assert main(["check", "--out", str(out)]) == 0


def service_names() -> re.Pattern[str]:
    """Each spec's package and client name, its words apart or together (`hodl hodl`)."""
    names = set()
    for spec in load_specs(ROOT / "specs"):
        for name in (spec.data["x-package"], spec.data["x-client-name"]):
            words = re.findall(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])", name)
            names.add(r"[\s_-]*".join(map(re.escape, words)))
    return re.compile(rf"\b({'|'.join(sorted(names))})\b", re.IGNORECASE)


def test_templates_never_name_a_service() -> None:
    services = service_names()
    assert services.search("HodlHodl") and services.search("hodl hodl")
    for path in [*(ROOT / "templates").rglob("*.j2"), *(ROOT / "generator").rglob("*.py")]:
        found = services.search(path.read_text())
        assert found is None, (
            f"{path} names {found.group() if found else ''}: declare it in the spec instead"
        )


def test_model_names_are_readable(files: dict[str, str]) -> None:
    numbered = [
        (path, line.split("(")[0])
        for path, text in files.items()
        if path.endswith("models.py")
        for line in text.splitlines()
        if re.match(r"class [A-Za-z]+[0-9]+\(", line)
    ]
    assert numbered == [], "give these schemas a name in the spec"


@pytest.mark.parametrize(
    "template",
    sorted(
        p.relative_to(templating.TEMPLATES).as_posix() for p in templating.TEMPLATES.rglob("*.j2")
    ),
)
def test_every_template_differs_per_spec(template: str) -> None:
    """Plain Python belongs in the hand-written tree (sdk/src/coinspec), not in templates/."""
    text = (templating.TEMPLATES / template).read_text(encoding="utf-8")
    assert re.search(r"\{\{|\{%", text), f"{template} has no Jinja: move it to sdk/src/coinspec"


def test_the_package_build_takes_in_the_hand_written_tree(files: dict[str, str]) -> None:
    tree = (ROOT / "generated" / templating.HAND_WRITTEN_TREE).resolve()
    assert tree == ROOT / "sdk" / "src" / "coinspec"
    assert (tree / "_core" / "client.py").is_file()
    assert not any(path.startswith("src/coinspec/_core/") for path in files), (
        "generated/ holds no copy"
    )


LITERALS: list[object] = [
    "plain",
    "it's",
    'say "hi"',
    "back\\slash",
    "new\nline",
    "",
    0,
    -7,
    True,
    None,
    Decimal("0.00000001"),
    Decimal("1E+2"),
    {"a": 1, "b": [True, None], "c": {"d": "e"}},
    [{"k" * 30: "v" * 40}, {"k" * 30: "v" * 40}],
    ("only",),
    ("one", "two"),
    (),
    {},
    [],
]


@pytest.mark.parametrize("value", LITERALS, ids=repr)
def test_a_literal_means_its_value_exactly(value: object) -> None:
    namespace: dict[str, object] = {"Decimal": Decimal}
    exec(f"VALUE = {templating.python_literal(value)}\n", namespace)
    assert namespace["VALUE"] == value
    assert type(namespace["VALUE"]) is type(value)


@pytest.mark.parametrize("value", [0.1, float("nan"), object(), {1.5}])
def test_a_value_without_an_exact_literal_is_refused(value: object) -> None:
    with pytest.raises(TypeError, match="no Python literal for"):
        templating.python_literal(value)


def test_the_main_process_leaves_datamodel_code_generator_to_the_worker(
    tmp_path: Path, files: dict[str, str]
) -> None:
    """A forked generation imports datamodel-code-generator in its worker only (bench/NOTES.md:
    the main process reads, validates, renders and formats meanwhile) and writes the same
    tree as the committed one."""
    script = (
        "import sys\n"
        "from generator.__main__ import main\n"
        f"code = main(['generate', '--force', '--out', {str(tmp_path / 'out')!r}])\n"
        "assert code == 0, code\n"
        "print(sorted(m for m in sys.modules if m.startswith('datamodel_code_generator')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
    assert render_module.drift(files, tmp_path / "out") == []
