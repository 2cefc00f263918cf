"""``python -m bench.profile_generation``: where a cold full generation spends its time.

Samples one generation with pyinstrument and charges each sample to the first library on
its stack that does a known job (ruff, PyYAML, the validators, datamodel-code-generator,
Jinja, imports); what is left is the generator's own code. Prints JSON: [[phase, seconds], ...].
The jobs that `make generate` hands to worker processes run in this one, so that they show.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from pyinstrument import Profiler

ROOT = Path(__file__).resolve().parent.parent
PHASES = (  # (phase, fragments of its frames' function-and-path), first match on a stack wins
    ("imports", ("<frozen importlib._bootstrap",)),
    # ruff is a separate process: charge the generator's call of it.
    ("ruff formatting", (f"format_python\x00{ROOT / 'generator' / 'formatting.py'}",)),
    ("YAML parsing (PyYAML)", ("/yaml/",)),
    (
        "spec validation (openapi-spec-validator, jsonschema)",
        (
            "/openapi_spec_validator/",
            "/openapi_schema_validator/",
            "/jsonschema/",
            "/jsonschema_path/",
            "/referencing/",
            "/pathable/",
            "/rpds",
            "/jsonschema_rs/",
        ),
    ),
    ("models (datamodel-code-generator)", ("/datamodel_code_generator/",)),
    ("templates (Jinja)", ("/jinja2/",)),
)
OWN = "generator's own code and the rest"


def _charge(frame: Any, totals: dict[str, float]) -> None:
    path = frame.identifier or ""  # "function\x00file\x00line"
    for phase, fragments in PHASES:
        if any(fragment in path for fragment in fragments):
            totals[phase] = totals.get(phase, 0.0) + frame.time
            return
    children = list(frame.children)
    totals[OWN] = totals.get(OWN, 0.0) + frame.time - sum(child.time for child in children)
    for child in children:
        _charge(child, totals)


def main() -> int:
    from generator import workers
    from generator.__main__ import main as generate

    workers.IN_PROCESS = True  # every job in this process, where the profiler sees it

    with tempfile.TemporaryDirectory() as tmp:
        profiler = Profiler(interval=0.002)
        profiler.start()
        code = generate(
            ["generate", "--specs", str(ROOT / "specs"), "--out", str(Path(tmp) / "generated")]
        )
        profiler.stop()
    if code != 0:
        return code
    root = profiler.last_session.root_frame() if profiler.last_session else None
    totals: dict[str, float] = {}
    if root is not None:
        _charge(root, totals)
    print(json.dumps(sorted(totals.items(), key=lambda item: -item[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
