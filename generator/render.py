"""Render the IR through the Jinja templates, format with ruff, and swap the tree in atomically.

`build` overlaps the work on every core: while this process reads the specs and renders the
templates, forked workers validate the specs and make the models, the costliest job first
(`_Jobs`). Then ruff formats every module at once (`formatting.py`).

Importing this module is cheap: Jinja, the loader and datamodel-code-generator are
imported by the functions that use them, so a no-op ``generate`` (see `up_to_date`) only
hashes files.
"""

from __future__ import annotations

import functools
import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from concurrent.futures import Executor, Future
from decimal import Decimal
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .exact_json import dumps as exact_dumps
from .files import spec_paths
from .formatting import format_python
from .package import copied_files, fingerprinted, project_urls, read_version
from .pytext import docstring_text

if TYPE_CHECKING:
    import jinja2

    from .ir import Api
    from .loader import Spec, SpecProblem

GENERATOR = Path(__file__).resolve().parent
TEMPLATES = GENERATOR.parent / "templates"

# Written with the package, never part of it: what it was generated from (see `fingerprint`).
FINGERPRINT = ".fingerprint"
# Distributions whose version changes the output besides specs/, templates/ and generator/.
FINGERPRINTED_TOOLS = ("ruff", "datamodel-code-generator")

# Files the tests and tools leave in generated/ that are not part of the output.
IGNORED_PARTS = frozenset({"__pycache__", ".pytest_cache", ".mypy_cache", "build", "dist"})
IGNORED_SUFFIXES = (".pyc", ".egg-info")

# Where the hand-written part of the package lives, relative to the generated package folder:
# the shared client machinery, the mock server and the contract-test plugin are ordinary Python
# in sdk/src/coinspec, which the package build takes in beside the generated modules.
HAND_WRITTEN_ROOT = "../sdk/src"
HAND_WRITTEN_TREE = f"{HAND_WRITTEN_ROOT}/coinspec"
# Templates rendered once for the whole package, by output path.
CORE_FILES = {
    "pyproject.toml": "package/pyproject.toml.j2",
    "README.md": "package/README.md.j2",
    "hatch_build.py": "package/hatch_build.py.j2",
    "src/coinspec/_version.py": "package/version.py.j2",
    "tests/conftest.py": "tests/conftest.py.j2",
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
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["pyrepr"] = python_literal
    env.filters["docstring"] = docstring_text
    env.filters["json"] = exact_dumps
    env.globals["contract_credentials"] = _contract_credentials
    env.globals["contract_options"] = _contract_options
    env.globals["contract_arguments"] = _contract_arguments
    env.globals["contract_multipart"] = _contract_multipart
    env.filters["tuple"] = tuple
    return env


def method_arguments(env: jinja2.Environment) -> frozenset[str]:
    """The names the templates give the generated methods' own arguments (`self`, `body`,
    the request options): the one list is in templates/api/macros.j2."""
    return frozenset(env.get_template("api/macros.j2").module.method_arguments)  # type: ignore[attr-defined]


def python_literal(value: Any) -> str:
    """Plain data from a spec (None, bool, int, str, bytes, Decimal, and lists, tuples and dicts of
    them) as a Python expression on one line; the formatter lays it out."""
    if value is None or isinstance(value, bool | int | bytes):
        return repr(value)
    if isinstance(value, str):
        return repr(str(value))
    if isinstance(value, bytes):
        return repr(value)
    if isinstance(value, Decimal):
        return f"Decimal({str(value)!r})"
    if isinstance(value, dict):
        items = ", ".join(
            f"{python_literal(str(k))}: {python_literal(v)}" for k, v in value.items()
        )
        return f"{{{items}}}"
    if isinstance(value, list):
        return f"[{', '.join(map(python_literal, value))}]"
    if isinstance(value, tuple):
        inner = ", ".join(map(python_literal, value))
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    raise TypeError(f"no Python literal for {type(value).__name__} {value!r}")


def _contract_credentials(api: Api) -> dict[str, str]:
    """What the contract tests pass as credentials: a made-up value per security scheme."""
    return {
        argument: "test-" + argument.replace("_", "-") for argument, _ in api.credential_arguments
    }


def _contract_options(api: Api) -> dict[str, Any]:
    """The spec's example client options, given to both the client and the mock."""
    return {o.name: o.example for o in api.client_options if o.example is not None}


def _contract_arguments(api: Api) -> dict[str, dict[str, Any]]:
    """Each operation's keyword arguments: the examples of its parameters and body, and for
    a required one the spec shows none of, a value built from its schema."""
    from .examples import build_value

    arguments: dict[str, dict[str, Any]] = {}
    for op in api.operations:
        call: dict[str, Any] = {}
        for p in op.arguments:
            if p.has_example:
                call[p.py_name] = p.example
            elif p.required:
                call[p.py_name] = build_value(api.spec, p.schema)[0]
        body = op.body
        if body is not None and (body.has_example or body.required):
            value = body.example if body.has_example else build_value(api.spec, body.schema)[0]
            if body.encoding == "binary":
                value = value if isinstance(value, bytes) else str(value).encode("utf-8")
            elif body.encoding == "text" and not isinstance(value, str):
                value = str(value)
            elif body.files and isinstance(value, dict):
                # A file's content goes as bytes (a str is refused: it reads like a file name).
                value = {
                    name: str(item).encode("utf-8")
                    if name in body.files and not isinstance(item, bytes)
                    else item
                    for name, item in value.items()
                }
            call["body"] = value
        arguments[op.id] = call
    return arguments


def _contract_multipart(api: Api) -> list[str]:
    """Operations whose body the contract tests send as multipart/form-data."""
    return [
        op.id
        for op in api.operations
        if op.body and op.body.encoding == "multipart" and (op.body.has_example or op.body.required)
    ]


def _models_source(spec: Spec) -> str:
    from .models import generate_models

    return generate_models(spec)


def _worker_pool() -> Executor | None:
    """Forked processes on every core (at most 4): models and validation are most of a
    generation's time and need nothing from each other. None where forking is not possible."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    workers = min(os.cpu_count() or 1, 4)
    if workers == 1 or "fork" not in multiprocessing.get_all_start_methods():
        return None
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("fork"),
        initializer=_prepare_worker,
    )
    pool.submit(int)  # forks the workers now: they import while this process reads the specs
    return pool


def _prepare_worker() -> None:
    """What every job needs, imported before the first one arrives (not in this process,
    which does not use it): datamodel-code-generator and the OpenAPI validator."""
    from .workers import die_with_parent

    die_with_parent()
    from . import models  # noqa: F401
    from .loader import openapi_validator

    openapi_validator()


class _Jobs:
    """Runs jobs on the pool, the costliest waiting job first, keeping only a few in flight:
    a big module queued behind many small ones would leave the other cores idle at the end."""

    def __init__(self, pool: Executor | None) -> None:
        import heapq
        import itertools
        import threading

        self._pool = pool
        self._heap: list[tuple[float, int, Callable[..., Any], tuple[Any, ...], Future[Any]]] = []
        self._push, self._pop = heapq.heappush, heapq.heappop
        self._order = itertools.count()
        self._lock = threading.RLock()
        self._in_flight = 0
        self._depth = 2 * (getattr(pool, "_max_workers", 1) or 1)

    def run(self, cost: float, function: Callable[..., Any], *args: Any) -> Future[Any]:
        result: Future[Any] = Future()
        if self._pool is None:
            try:
                result.set_result(function(*args))
            except BaseException as exc:
                result.set_exception(exc)
            return result
        with self._lock:
            self._push(self._heap, (-cost, next(self._order), function, args, result))
            self._start_waiting()
        return result

    def _start_waiting(self) -> None:
        assert self._pool is not None
        with self._lock:
            while self._in_flight < self._depth and self._heap:
                _, _, function, args, result = self._pop(self._heap)
                self._in_flight += 1
                self._pool.submit(function, *args).add_done_callback(
                    functools.partial(self._finished, result=result)
                )

    def close(self) -> None:
        """Drop the jobs not started yet (a spec problem ended the generation)."""
        with self._lock:
            for _, _, _, _, result in self._heap:
                result.cancel()
            self._heap.clear()

    def _finished(self, done: Future[Any], result: Future[Any]) -> None:
        with self._lock:
            self._in_flight -= 1
            self._start_waiting()
        if done.cancelled():
            result.cancel()
        elif done.exception() is not None:
            result.set_exception(done.exception())
        else:
            result.set_result(done.result())


class _Rendering:
    """Renders spec by spec, handing the models and validation to the worker pool; `finish`
    adds the files that need every spec, collects the results and formats them."""

    def __init__(self, jobs: _Jobs) -> None:
        self._jobs = jobs
        self._env = _environment()
        self._specs: list[Spec] = []
        self._apis: list[Api] = []
        self._files: dict[str, str] = {}
        self._pending: dict[str, Future[str]] = {}  # the models
        self._version = read_version()  # of both distributions, from VERSION

    def start_models(self, spec: Spec) -> None:
        """The longest job a spec brings: started before its templates are rendered."""
        path = f"src/coinspec/{spec.data['x-package']}/models.py"
        self._pending[path] = self._jobs.run(float("inf"), _models_source, spec)

    def add(self, spec: Spec) -> None:
        from .ir import build_api

        api = build_api(spec, method_arguments(self._env))
        self._specs.append(spec)
        self._apis.append(api)
        package = api.package
        if f"src/coinspec/{package}/models.py" not in self._pending:
            self.start_models(spec)
        context = {"api": api, "version": self._version}
        for out, template in API_FILES.items():
            self._files[out.format(package=package)] = self._env.get_template(template).render(
                **context
            )
        self._files[f"src/coinspec/_specs/{package}.json"] = exact_dumps(spec.data, indent=1) + "\n"

    def finish(self) -> dict[str, str]:
        """Every file of the generated package, by relative path, formatted and deterministic.

        One more file, FINGERPRINT, says what the package was generated from; `drift` ignores it.
        """
        apis = sorted(self._apis, key=lambda a: a.package)
        for out, template in CORE_FILES.items():
            context = {
                "apis": apis,
                "version": self._version,
                "urls": project_urls(),
                "hand_written": HAND_WRITTEN_TREE,
                "hand_written_root": HAND_WRITTEN_ROOT,
            }
            self._files[out] = self._env.get_template(template).render(**context)
        files = dict(self._files)
        files.update(copied_files())  # LICENSE and CHANGELOG.md, which both distributions carry
        files.update({path: future.result() for path, future in self._pending.items()})
        from .docs import reference

        files.update(reference(apis, files, self._env, _contract_arguments, python_literal))
        files = format_python(files)
        files[FINGERPRINT] = fingerprint(
            inputs_digest([spec.path for spec in self._specs]),
            tree_digest({path: text.encode("utf-8") for path, text in files.items()}),
        )
        return dict(sorted(files.items()))


def render(specs: Iterable[Spec]) -> dict[str, str]:
    """Every file of the package generated from already loaded specs (see `_Rendering.finish`)."""
    pool = _worker_pool()
    jobs = _Jobs(pool)
    try:
        rendering = _Rendering(jobs)
        for spec in specs:
            rendering.add(spec)
        return rendering.finish()
    finally:
        jobs.close()
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def build(specs_dir: Path, warnings: list[SpecProblem] | None = None) -> dict[str, str]:
    """Load, validate and render every spec in ``specs_dir``, overlapping the three: the
    OpenAPI validation of a spec runs on one core while its models are made on another.

    Raises SpecError with the problems of every file; then nothing is returned to write.
    What the specs' authors should know but did not stop the generation is added to
    ``warnings``.
    """
    from .loader import (
        SpecError,
        apply_findings,
        openapi_check,
        package_problems,
        read_and_check,
        spec_files,
    )

    # The biggest spec first: its models take longest.
    paths = sorted(spec_files(specs_dir), key=lambda p: (-p.stat().st_size, p.name))
    pool = _worker_pool()
    jobs = _Jobs(pool)
    try:
        rendering = _Rendering(jobs)
        specs: list[Spec] = []
        problems = []
        validations = []
        for path in paths:
            outcome = read_and_check(path)
            if isinstance(outcome, list):
                problems.extend(outcome)
                continue
            specs.append(outcome)
            validations.append(jobs.run(float("inf"), openapi_check, outcome))
            if not problems:
                rendering.start_models(outcome)
        problems += package_problems(specs)
        for spec, validation in zip(specs, validations, strict=True):
            findings = validation.result()
            spec_problems = apply_findings(spec, findings)
            problems.extend(spec_problems)
            if findings.omissions and not problems:
                rendering.start_models(spec)  # again: the validation left something out
        if problems:
            raise SpecError(sorted(problems, key=lambda p: (p.file, p.line, p.message)))
        for spec in specs:
            rendering.add(spec)
            if warnings is not None:
                warnings.extend(spec.warnings)
        return rendering.finish()
    finally:
        jobs.close()
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _digest(entries: Iterable[tuple[str, bytes]]) -> str:
    """sha256 over (name, bytes) pairs, each length-prefixed so that no two sets collide."""
    sha = hashlib.sha256()
    for name, data in sorted(entries):
        encoded = name.encode("utf-8")
        sha.update(len(encoded).to_bytes(8, "big") + encoded + len(data).to_bytes(8, "big") + data)
    return sha.hexdigest()


def inputs_digest(spec_files: Iterable[Path]) -> str:
    """Hash of everything the output depends on: the spec files, templates/, generator/, tool
    versions and what the package takes from the repository root (see package.py)."""
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
    entries += [
        (f"version/{tool}", metadata.version(tool).encode()) for tool in FINGERPRINTED_TOOLS
    ]
    entries += fingerprinted()  # VERSION, LICENSE, CHANGELOG.md and the project URLs
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
    spec_files = spec_paths(specs_dir)
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
    return any(
        part in IGNORED_PARTS or part.endswith(IGNORED_SUFFIXES) for part in relative.parts
    ) or relative.name.endswith(IGNORED_SUFFIXES)


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
        if (
            not old.is_file()
            or old.stat().st_size != new.stat().st_size
            or old.read_bytes() != new.read_bytes()
        ):
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
