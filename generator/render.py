"""Render the IR through the Jinja templates, format with black, and swap the tree in atomically."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import black
import jinja2
from black.mode import Mode, TargetVersion
from black.parsing import InvalidInput

from .exact_json import dumps as exact_dumps
from .ir import Api, build_api
from .loader import Spec
from .models import generate_models

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
PACKAGE_VERSION = "0.1.0"
BLACK_MODE = Mode(target_versions={TargetVersion.PY311}, line_length=100)

# Files the tests and tools leave in generated/ that are not part of the output.
IGNORED_PARTS = frozenset({"__pycache__", ".pytest_cache", ".mypy_cache", "build", "dist"})
IGNORED_SUFFIXES = (".pyc", ".egg-info")

# Templates copied once into the package, by output path.
CORE_FILES = {
    "src/coinspec/_core/__init__.py": "core/__init__.py.j2",
    "src/coinspec/_core/client.py": "core/client.py.j2",
    "src/coinspec/_core/errors.py": "core/errors.py.j2",
    "src/coinspec/_core/json.py": "core/json.py.j2",
    "src/coinspec/_core/model.py": "core/model.py.j2",
    "src/coinspec/_core/query.py": "core/query.py.j2",
    "src/coinspec/_core/types.py": "core/types.py.j2",
    "src/coinspec/mock/__init__.py": "mock/__init__.py.j2",
    "src/coinspec/mock/__main__.py": "mock/__main__.py.j2",
    "src/coinspec/mock/server.py": "mock/server.py.j2",
    "src/coinspec/__init__.py": "package/__init__.py.j2",
    "src/coinspec/py.typed": "package/py.typed.j2",
    "pyproject.toml": "package/pyproject.toml.j2",
    "README.md": "package/README.md.j2",
    "tests/__init__.py": "tests/__init__.py.j2",
    "tests/conftest.py": "tests/conftest.py.j2",
    "tests/contract.py": "tests/contract.py.j2",
}
# Templates rendered once per spec; {package} is the spec's x-package.
API_FILES = {
    "src/coinspec/{package}/__init__.py": "api/__init__.py.j2",
    "src/coinspec/{package}/client.py": "api/client.py.j2",
    "src/coinspec/{package}/_operations.py": "api/operations.py.j2",
    "src/coinspec/{package}/errors.py": "api/errors.py.j2",
    "tests/test_{package}_contract.py": "tests/test_contract.py.j2",
}


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["pyrepr"] = repr
    env.filters["json"] = exact_dumps
    return env


def _format(path: str, text: str) -> str:
    if not path.endswith(".py"):
        return text
    try:
        return black.format_str(text, mode=BLACK_MODE)
    except InvalidInput as exc:
        # A template produced invalid Python: say which file, with the line black names.
        raise RuntimeError(f"generated {path} is not valid Python ({exc}); the template that makes it is wrong") from exc


def render(specs: Iterable[Spec]) -> dict[str, str]:
    """Every file of the generated package, by relative path, formatted and deterministic."""
    env = _environment()
    apis: list[Api] = [build_api(spec) for spec in sorted(specs, key=lambda s: s.data["x-package"])]
    context: dict[str, Any] = {"apis": apis, "version": PACKAGE_VERSION}
    files: dict[str, str] = {}
    for out, template in CORE_FILES.items():
        files[out] = env.get_template(template).render(**context)
    for api, spec in zip(apis, sorted(specs, key=lambda s: s.data["x-package"])):
        for out, template in API_FILES.items():
            files[out.format(package=api.package)] = env.get_template(template).render(api=api, **context)
        files[f"src/coinspec/{api.package}/models.py"] = generate_models(spec)
        files[f"src/coinspec/mock/specs/{api.package}.json"] = exact_dumps(spec.data, indent=1) + "\n"
    return {path: _format(path, text) for path, text in sorted(files.items())}


def _is_ignored(relative: Path) -> bool:
    return any(part in IGNORED_PARTS or part.endswith(IGNORED_SUFFIXES) for part in relative.parts) or relative.name.endswith(IGNORED_SUFFIXES)


def existing_files(out_dir: Path) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    if not out_dir.is_dir():
        return found
    for path in sorted(out_dir.rglob("*")):
        relative = path.relative_to(out_dir)
        if path.is_file() and not _is_ignored(relative):
            found[relative.as_posix()] = path.read_bytes()
    return found


def drift(files: dict[str, str], out_dir: Path) -> list[str]:
    """Lines saying which files of out_dir differ from `files` (empty: no drift)."""
    current = existing_files(out_dir)
    wanted = {path: text.encode("utf-8") for path, text in files.items()}
    lines = []
    for path in sorted(set(current) | set(wanted)):
        if path not in current:
            lines.append(f"missing   {path}")
        elif path not in wanted:
            lines.append(f"extra     {path}")
        elif current[path] != wanted[path]:
            lines.append(f"differs   {path}")
    return lines


def write_tree(files: dict[str, str], out_dir: Path) -> None:
    """Replace out_dir by exactly `files`; on any failure out_dir is left as it was."""
    out_dir = out_dir.resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.new-", dir=out_dir.parent))
    try:
        for relative, text in files.items():
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    retired = out_dir.parent / f".{out_dir.name}.old-{os.getpid()}"
    if out_dir.exists():
        os.replace(out_dir, retired)
    try:
        os.replace(staging, out_dir)
    except BaseException:
        if retired.exists():
            os.replace(retired, out_dir)
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(retired, ignore_errors=True)
