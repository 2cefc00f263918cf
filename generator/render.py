"""Render the IR through the Jinja templates, format with black, and swap the tree in atomically.

Importing this module is cheap: black, Jinja, the loader and datamodel-code-generator are
imported by the functions that use them, so a no-op ``generate`` (see `up_to_date`) only
hashes files.
"""

from __future__ import annotations

import functools
import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .exact_json import dumps as exact_dumps

if TYPE_CHECKING:
    import jinja2
    from black.mode import Mode

    from .ir import Api
    from .loader import Spec

GENERATOR = Path(__file__).resolve().parent
TEMPLATES = GENERATOR.parent / "templates"
PACKAGE_VERSION = "0.1.0"

# Written with the package, never part of it: what it was generated from (see `fingerprint`).
FINGERPRINT = ".fingerprint"
# Distributions whose version changes the output besides specs/, templates/ and generator/.
FINGERPRINTED_TOOLS = ("black", "datamodel-code-generator")

# Files the tests and tools leave in generated/ that are not part of the output.
IGNORED_PARTS = frozenset({"__pycache__", ".pytest_cache", ".mypy_cache", "build", "dist"})
IGNORED_SUFFIXES = (".pyc", ".egg-info")

# Plain Python kept black-formatted in templates/ (tests/generator/test_render.py checks both),
# copied as they are: formatting them again at every generation would change nothing.
COPIED_FILES = {
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
    "src/coinspec/py.typed": "package/py.typed.j2",
    "tests/__init__.py": "tests/__init__.py.j2",
    "tests/conftest.py": "tests/conftest.py.j2",
    "tests/contract.py": "tests/contract.py.j2",
}
# Templates rendered once for the whole package, by output path.
CORE_FILES = {
    "src/coinspec/__init__.py": "package/__init__.py.j2",
    "pyproject.toml": "package/pyproject.toml.j2",
    "README.md": "package/README.md.j2",
}
# Templates rendered once per spec; {package} is the spec's x-package.
API_FILES = {
    "src/coinspec/{package}/__init__.py": "api/__init__.py.j2",
    "src/coinspec/{package}/client.py": "api/client.py.j2",
    "src/coinspec/{package}/_operations.py": "api/operations.py.j2",
    "src/coinspec/{package}/errors.py": "api/errors.py.j2",
    "tests/test_{package}_contract.py": "tests/test_contract.py.j2",
}


@functools.cache
def _black_mode() -> Mode:
    from black.mode import Mode, TargetVersion

    return Mode(target_versions={TargetVersion.PY311}, line_length=100)


def _environment() -> jinja2.Environment:
    import jinja2

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
    import black
    from black.parsing import InvalidInput

    try:
        return black.format_str(text, mode=_black_mode())
    except InvalidInput as exc:
        # A template produced invalid Python: say which file, with the line black names.
        raise RuntimeError(f"generated {path} is not valid Python ({exc}); the template that makes it is wrong") from exc


def _format_all(files: dict[str, str]) -> dict[str, str]:
    """black over every file, on all cores: formatting is most of a generation's time.

    Largest files first, so that no core is left with a big one at the end; the output
    does not depend on which process formatted what.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    paths = sorted(files, key=lambda p: (-len(files[p]), p))
    workers = min(os.cpu_count() or 1, 4)
    if workers == 1 or "fork" not in multiprocessing.get_all_start_methods():
        return {path: _format(path, files[path]) for path in paths}
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
        results = pool.map(_format, paths, [files[p] for p in paths])
        return dict(zip(paths, results))


def render(specs: Iterable[Spec]) -> dict[str, str]:
    """Every file of the generated package, by relative path, formatted and deterministic.

    One more file, FINGERPRINT, says what the package was generated from; `drift` ignores it.
    """
    from .ir import build_api
    from .models import generate_models

    specs = list(specs)
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
    formatted = _format_all(files)
    formatted.update({out: (TEMPLATES / template).read_text(encoding="utf-8") for out, template in COPIED_FILES.items()})
    formatted[FINGERPRINT] = fingerprint(
        inputs_digest([spec.path for spec in specs]),
        tree_digest({path: text.encode("utf-8") for path, text in formatted.items()}),
    )
    return dict(sorted(formatted.items()))


def _digest(entries: Iterable[tuple[str, bytes]]) -> str:
    """sha256 over (name, bytes) pairs, each length-prefixed so that no two sets collide."""
    sha = hashlib.sha256()
    for name, data in sorted(entries):
        encoded = name.encode("utf-8")
        sha.update(len(encoded).to_bytes(8, "big") + encoded + len(data).to_bytes(8, "big") + data)
    return sha.hexdigest()


def inputs_digest(spec_files: Iterable[Path]) -> str:
    """Hash of everything the output depends on: the spec files, templates/, generator/ and tool versions."""
    entries = [(f"specs/{path.name}", path.read_bytes()) for path in spec_files]
    entries += [
        (f"templates/{path.relative_to(TEMPLATES).as_posix()}", path.read_bytes())
        for path in TEMPLATES.rglob("*")
        if path.is_file() and not _is_ignored(path.relative_to(TEMPLATES))
    ]
    entries += [
        (f"generator/{path.relative_to(GENERATOR).as_posix()}", path.read_bytes())
        for path in [*GENERATOR.rglob("*.py"), GENERATOR / "vocabulary.schema.json"]
        if not _is_ignored(path.relative_to(GENERATOR))
    ]
    entries += [(f"version/{tool}", metadata.version(tool).encode()) for tool in FINGERPRINTED_TOOLS]
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
    spec_files = sorted(specs_dir.glob("*.yaml"))
    if not spec_files:
        return False
    # Cheap check first: a spec, template or generator edit is caught without reading out_dir.
    inputs = inputs_digest(spec_files)
    if f"inputs sha256:{inputs}\n" not in recorded:
        return False
    return recorded == fingerprint(inputs, tree_digest(existing_files(out_dir)))


def _is_ignored(relative: Path) -> bool:
    if relative.as_posix() == FINGERPRINT:
        return True
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
    """Lines saying which files of out_dir differ from `files` (empty: no drift); FINGERPRINT is not compared."""
    current = existing_files(out_dir)
    wanted = {path: text.encode("utf-8") for path, text in files.items() if path != FINGERPRINT}
    lines = []
    for path in sorted(set(current) | set(wanted)):
        if path not in current:
            lines.append(f"missing   {path}")
        elif path not in wanted:
            lines.append(f"extra     {path}")
        elif current[path] != wanted[path]:
            lines.append(f"differs   {path}")
    return lines


def _keep_mtime_if_unchanged(old: Path, new: Path) -> None:
    try:
        if not old.is_file() or old.stat().st_size != new.stat().st_size or old.read_bytes() != new.read_bytes():
            return
        stat = old.stat()
    except OSError:
        return
    os.utime(new, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def write_tree(files: dict[str, str], out_dir: Path) -> None:
    """Replace out_dir by exactly `files`; on any failure out_dir is left as it was.

    A file whose bytes do not change keeps its modification time, so that make, mypy and pip
    see nothing new: the Makefile reinstalls when generated/pyproject.toml is newer than .venv.
    """
    out_dir = out_dir.resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.new-", dir=out_dir.parent))
    try:
        for relative, text in files.items():
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
            _keep_mtime_if_unchanged(out_dir / relative, target)
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
