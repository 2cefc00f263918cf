"""Generated modules import only what they use, and no schema can hide one of their names."""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import pytest

from generator.__main__ import main
from generator.names import CLIENT_CLASS_SUFFIXES, RESERVED_CLASSES
from generator.render import build

ROOT = Path(__file__).resolve().parents[2]


def top_level_names(source: str) -> dict[str, str]:
    """Every name a module binds at its top level, with what binds it."""
    names: dict[str, str] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            for alias in node.names:
                names[alias.asname or alias.name.split(".")[0]] = "import"
        elif isinstance(node, ast.ClassDef):
            names[node.name] = "class"
    return names


def service_modules(files: dict[str, str]) -> dict[str, dict[str, str]]:
    """The Python modules of each service package, by package."""
    packages: dict[str, dict[str, str]] = {}
    for path, text in files.items():
        match = re.fullmatch(r"src/coinspec/(\w+)/(\w+)\.py", path)
        if match and match.group(1) != "_specs":
            packages.setdefault(match.group(1), {})[match.group(2)] = text
    return packages


def test_no_star_imports_and_no_unused_ones(generated_files: dict[str, str]) -> None:
    for path, text in generated_files.items():
        if path.endswith(".py"):
            assert "import *" not in text, path
    # `make test` also runs `ruff check --select F401,F403,F811` over generated/ (make generated-style).


def test_the_reserved_names_are_every_name_the_modules_bind_besides_the_models(
    generated_files: dict[str, str],
) -> None:
    """generator/names.py keeps a derived class name off these; a name a template starts to
    import must be added there (a schema of that name would otherwise hide it)."""
    unreserved: dict[str, set[str]] = {}
    for package, modules in service_modules(generated_files).items():
        models = set(top_level_names(modules["models"])) - {
            name for name, kind in top_level_names(modules["models"]).items() if kind == "import"
        }
        client = re.search(r"^class (\w+)\(BaseClient\)", modules["client"], re.MULTILINE)
        assert client is not None
        own = {client.group(1), f"Async{client.group(1)}"}
        own |= {f"{name}{suffix}" for name in own for suffix in CLIENT_CLASS_SUFFIXES}
        for module, source in modules.items():
            for name in top_level_names(source):
                pascal = re.fullmatch(r"[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*", name)
                if pascal and name not in models and name not in own:
                    if name not in RESERVED_CLASSES:
                        unreserved.setdefault(f"{package}/{module}.py", set()).add(name)
    assert unreserved == {}


SELF_NAMED = """\
openapi: 3.1.0
info: {title: Selfish, version: "1"}
x-package: selfish
x-client-name: Selfish
paths:
  /me:
    get:
      operationId: get_me
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Self"}
components:
  schemas:
    Self:
      type: object
      properties:
        name: {type: string}
"""


def test_a_schema_named_like_a_name_a_module_imports_is_refused_at_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """What names.py does not rename: the generated module itself tells (ruff's F811)."""
    import generator.names

    monkeypatch.setattr(generator.names, "RESERVED_CLASSES", RESERVED_CLASSES - {"Self"})
    specs = tmp_path / "specs"
    specs.mkdir()
    (specs / "selfish.yaml").write_text(SELF_NAMED)
    out = tmp_path / "generated"
    assert main(["generate", "--specs", str(specs), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "selfish.yaml:17: schema 'Self' takes a name that the generated client.py also" in err
    assert not out.exists()


def test_an_unused_import_of_a_template_is_dropped(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    specs.mkdir()
    shutil.copy(ROOT / "specs" / "swapgate.yaml", specs)
    files = build(specs)
    client = files["src/coinspec/swapgate/client.py"]
    # The template imports every model class; the client names only some.
    assert "InstrumentRef" not in top_level_names(client)
    assert "Order" in top_level_names(client)
