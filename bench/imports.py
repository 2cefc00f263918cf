"""`import coinspec.<service>` in a fresh process, against importing what every httpx and
pydantic SDK loads first (httpx, and pydantic's BaseModel and TypeAdapter: `import pydantic`
alone loads almost nothing of pydantic) in a fresh process, alternated.

Each sample is one new interpreter that times only its import statement, in wall time and in
CPU time of that process; the interpreter's own start-up is not counted on either side.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from .timing import Pair, alternate_samples

ROOT = Path(__file__).resolve().parent.parent
SERVICES = ("atomic", "coinjoin", "cryptocoinpro", "hodlhodl", "swapgate")
REFERENCE = "httpx; from pydantic import BaseModel, TypeAdapter"

# As an installed package is imported: from cached bytecode (pip compiles it on install). A
# shell's PYTHONDONTWRITEBYTECODE would have every sample compile the sources again.
_WITH_BYTECODE = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

_TIMED_IMPORT = """\
import json, sys, time
wall, cpu = time.perf_counter(), time.process_time()
import {modules}
cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
print(json.dumps({{"wall": wall, "cpu": cpu, "runtime": "coinspec_runtime" in sys.modules}}))
"""


@dataclass(frozen=True)
class ImportSample:
    wall: float
    cpu: float
    loads_runtime: bool  # whether the import pulled in coinspec_runtime (the crypto bindings)


def timed_import(modules: str) -> ImportSample:
    """Wall and CPU seconds of `import <modules>` in a new interpreter."""
    done = subprocess.run(
        [sys.executable, "-c", _TIMED_IMPORT.format(modules=modules)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env=_WITH_BYTECODE,
    )
    if done.returncode != 0:
        raise RuntimeError(f"import {modules} failed:\n{done.stderr}")
    said = json.loads(done.stdout.strip().splitlines()[-1])
    return ImportSample(float(said["wall"]), float(said["cpu"]), bool(said["runtime"]))


@dataclass
class ImportResult:
    service: str
    wall: Pair  # ours against the reference, wall seconds
    cpu: Pair  # the same runs, CPU seconds of the importing process
    loads_runtime: bool


def _service(service: str, rounds: int) -> ImportResult:
    timed_import(f"coinspec.{service}")  # warm-up: bytecode caches written, files cached
    ours: list[ImportSample] = []
    reference: list[ImportSample] = []

    def ours_sample() -> float:
        ours.append(timed_import(f"coinspec.{service}"))
        return ours[-1].wall

    def reference_sample() -> float:
        reference.append(timed_import(REFERENCE))
        return reference[-1].wall

    wall = alternate_samples(ours_sample, reference_sample, rounds=rounds)
    cpu = Pair([s.cpu for s in ours], [s.cpu for s in reference])
    return ImportResult(service, wall, cpu, any(s.loads_runtime for s in ours))


def measure(rounds: int) -> list[ImportResult]:
    return [_service(service, rounds) for service in SERVICES]
