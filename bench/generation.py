"""Cold generation of every spec: ours (one process, all specs) against openapi-python-client
(one process per spec, the way it works), alternated. Also peak memory, and what
openapi-python-client does with each spec."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.loader import read_spec

from .timing import Pair, alternate_samples

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
BIN = Path(sys.executable).parent
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass
class Run:
    wall: float
    peak_kib: int
    returncode: int
    output: str


def timed_process(argv: list[str | Path], *, cwd: Path, env: dict[str, str] | None = None) -> Run:
    """Wall time, peak resident set (ru_maxrss of this child alone) and output of one process."""
    with tempfile.TemporaryFile() as log:
        start = time.perf_counter()
        process = subprocess.Popen(
            [str(a) for a in argv], cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT
        )
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        log.seek(0)
        output = log.read().decode("utf-8", "replace")
    return Run(wall, usage.ru_maxrss, process.returncode, output)


def spec_files() -> list[Path]:
    return sorted(SPECS.glob("*.yaml"))


def run_ours(work: Path) -> Run:
    out = Path(tempfile.mkdtemp(prefix="ours-", dir=work)) / "generated"
    run = timed_process(
        [sys.executable, "-m", "generator", "generate", "--specs", SPECS, "--out", out], cwd=ROOT
    )
    if run.returncode != 0:
        raise RuntimeError(f"our generator failed:\n{run.output}")
    shutil.rmtree(out.parent)
    return run


def reference_env() -> dict[str, str]:
    # openapi-python-client formats with ruff, which it finds on PATH: give it the venv's.
    return {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}


def run_reference(work: Path, keep: Path | None = None) -> dict[str, Run]:
    """openapi-python-client on each spec into an empty folder; `keep` keeps the output."""
    base = keep or Path(tempfile.mkdtemp(prefix="reference-", dir=work))
    runs = {}
    for spec in spec_files():
        runs[spec.stem] = timed_process(
            [
                BIN / "openapi-python-client",
                "generate",
                "--path",
                spec,
                "--output-path",
                base / spec.stem,
                "--overwrite",
            ],
            cwd=work,
            env=reference_env(),
        )
    if keep is None:
        shutil.rmtree(base)
    return runs


@dataclass
class GenerationResult:
    time: Pair
    ours_peak_kib: list[int]
    reference_peak_kib: list[int]
    reference_version: str
    features: list[SpecFeatures]


def measure(rounds: int) -> GenerationResult:
    with tempfile.TemporaryDirectory(prefix="coinspec-bench-") as tmp:
        work = Path(tmp)
        kept = work / "kept"
        first = run_reference(work, keep=kept)  # warm-up, and the output the comparison reads
        run_ours(work)  # warm-up
        features = [compare(spec, first[spec.stem], kept / spec.stem) for spec in spec_files()]
        ours_peaks: list[int] = []
        reference_peaks: list[int] = []

        def ours() -> float:
            run = run_ours(work)
            ours_peaks.append(run.peak_kib)
            return run.wall

        def reference() -> float:
            runs = run_reference(work)
            reference_peaks.append(max(r.peak_kib for r in runs.values()))
            return sum(r.wall for r in runs.values())

        pair = alternate_samples(ours, reference, rounds=rounds)
    version = (
        subprocess.run(
            [BIN / "openapi-python-client", "--version"],
            capture_output=True,
            text=True,
            check=False,
        )
        .stdout.strip()
        .rpartition(" ")[2]
    )
    return GenerationResult(pair, ours_peaks, reference_peaks, version, features)


# ---- what openapi-python-client makes of each spec --------------------------------------------


@dataclass
class SpecFeatures:
    spec: str
    returncode: int
    warnings: list[str]
    operations: int
    operations_generated: int
    get_bodies: int
    get_bodies_kept: int
    multipart: int
    multipart_kept: int
    deep_object: int
    deep_object_kept: int
    decimal_numbers: int
    float_fields: int
    extensions: dict[str, int] = field(default_factory=dict)


def _nodes(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _nodes(value)
    elif isinstance(node, list):
        for value in node:
            yield from _nodes(value)


def _types(schema: dict[str, Any]) -> list[Any]:
    kinds = schema.get("type")
    return kinds if isinstance(kinds, list) else [kinds]


def _warnings(output: str) -> list[str]:
    """Its report, less the progress line and the boilerplate around warnings."""
    noise = (
        "Generating ",
        "If you believe this was a mistake",
        "Warning(s) encountered while generating",
    )
    return [
        line.strip()
        for line in output.splitlines()
        if line.strip() and not line.strip().startswith(noise)
    ]


def _request_code(package: Path, operation_id: str) -> str | None:
    """The code that builds the operation's request (its `_get_kwargs`), None when it made no module."""
    found = sorted(package.glob(f"api/*/{operation_id}.py")) + sorted(
        package.glob(f"api/{operation_id}.py")
    )
    if not found:
        return None
    text = found[0].read_text()
    start = text.find("def _get_kwargs(")
    end = text.find("\ndef ", start + 1)
    return text[start:end] if start >= 0 else ""


def compare(spec_path: Path, run: Run, project: Path) -> SpecFeatures:
    spec = read_spec(spec_path).data
    packages = (
        [p for p in project.iterdir() if p.is_dir() and (p / "__init__.py").exists()]
        if project.is_dir()
        else []
    )
    package = packages[0] if packages else project / "missing"
    operations: list[tuple[str, str, dict[str, Any]]] = [
        (method, op["operationId"], op)
        for item in spec.get("paths", {}).values()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]
    modules = {
        operation_id: _request_code(package, operation_id) for _, operation_id, _ in operations
    }
    get_bodies = [oid for method, oid, op in operations if method == "get" and "requestBody" in op]
    multipart = [
        oid
        for _, oid, op in operations
        if "multipart/form-data" in op.get("requestBody", {}).get("content", {})
    ]
    deep = [
        (oid, parameter["name"])
        for _, oid, op in operations
        for parameter in op.get("parameters", [])
        if isinstance(parameter, dict) and parameter.get("style") == "deepObject"
    ]
    decimal_numbers = sum(
        1 for node in _nodes(spec) if node.get("format") == "decimal" and "number" in _types(node)
    )
    float_fields = 0
    models = package / "models"
    if models.is_dir():
        for path in models.glob("*.py"):
            float_fields += len(
                re.findall(r"^    \w+: [^=\n]*\bfloat\b", path.read_text(), flags=re.MULTILINE)
            )
    extensions = Counter(
        key
        for node in _nodes(spec)
        for key in node
        if isinstance(key, str) and key.startswith("x-")
    )
    # Naming, and notes for the spec's maintainers: no behaviour a peer could ignore.
    for not_behaviour in ("x-package", "x-client-name", "x-transcription-note"):
        extensions.pop(not_behaviour, None)

    def kept(oid: str, marker: str) -> bool:
        module = modules.get(oid)
        return module is not None and marker in module

    return SpecFeatures(
        spec=spec_path.name,
        returncode=run.returncode,
        warnings=_warnings(run.output),
        operations=len(operations),
        operations_generated=sum(1 for module in modules.values() if module is not None),
        get_bodies=len(get_bodies),
        get_bodies_kept=sum(kept(oid, '_kwargs["json"]') for oid in get_bodies),
        multipart=len(multipart),
        multipart_kept=sum(kept(oid, '_kwargs["files"]') for oid in multipart),
        deep_object=len(deep),
        # deepObject means `filters[status]=x` on the wire; a flattened `status=x` is another API.
        deep_object_kept=sum(kept(oid, f"{name}[") for oid, name in deep),
        decimal_numbers=decimal_numbers,
        float_fields=float_fields,
        extensions=dict(sorted(extensions.items())),
    )
