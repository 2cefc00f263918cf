"""No spec can crash the generator: bad specs of every kind it has met, and more.

Each runs ``python -m generator generate`` in a process of its own session, under a time
limit and a memory limit, as a user would run it. A bad spec must end with exit code 2 and
``file:line: what is wrong`` at the right line, nothing written (the output folder as it
was), and no process left behind holding the pipes. A hostile but valid spec must generate
a package that imports.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TIME_LIMIT = 120  # seconds, far beyond what any of these takes
MEMORY_LIMIT = 1 << 30  # address space: a generation of the largest spec needs far less

BASE = """\
openapi: 3.1.0
info:
  title: Mutant
  version: "1"
paths:
  /things/{thing_id}:
    get:
      operationId: getThing
      description: Fetch a thing.
      parameters:
        - name: thing_id
          in: path
          required: true
          schema: {type: string}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
components:
  schemas:
    Thing:
      type: object
      properties:
        amount: {type: number}
        label: {type: string}
"""


@dataclass(frozen=True)
class Mutation:
    name: str
    files: dict[str, str]  # file name -> text
    line: int  # the line the problem must be reported at
    message: str  # what the message must say
    file: str = "mutant.yaml"


def _line(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def _replace(old: str, new: str, needle: str, message: str, name: str) -> Mutation:
    assert old in BASE, old
    text = BASE.replace(old, new, 1)
    return Mutation(name, {"mutant.yaml": text}, _line(text, needle), message)


def _alias_bomb() -> str:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for level in range(1, 10):
        previous, name = chr(96 + level), chr(97 + level)
        lines.append(f"{name}: &{name} [{', '.join(['*' + previous] * 10)}]")
    return BASE + "\n".join(lines) + "\n"


def _deep_mappings(depth: int) -> str:
    return BASE + "".join("  " * i + "x-deep:\n" for i in range(depth))


MUTATIONS = [
    Mutation(
        "100k-nested-brackets",
        {"mutant.yaml": BASE + "x-deep: " + "[" * 100_000 + "]" * 100_000 + "\n"},
        _line(BASE + "x-deep:", "x-deep"),
        "nested deeper than 64 levels",
    ),
    Mutation(
        "100k-nested-brackets-json",
        {"mutant.json": '{"openapi": "3.1.0", "x": ' + "[" * 100_000 + "]" * 100_000 + "}"},
        1,
        "nested deeper than 64 levels",
        "mutant.json",
    ),
    Mutation(
        "5000-deep-mappings",
        {"mutant.yaml": _deep_mappings(5000)},
        BASE.count("\n") + 65,  # the 65th level opens there
        "nested deeper than 64 levels",
    ),
    Mutation(
        "billion-laughs",
        {"mutant.yaml": _alias_bomb()},
        BASE.count("\n") + 5,
        "YAML aliases expand to more than 100000 nodes",
    ),
    Mutation(
        "ref-cycle",
        {
            "mutant.yaml": BASE.replace(
                'schema: {$ref: "#/components/schemas/Thing"}',
                'schema: {$ref: "#/components/schemas/Loop"}',
            )
            + '    Loop: {$ref: "#/components/schemas/Pool"}\n'
            + '    Pool: {$ref: "#/components/schemas/Loop"}\n'
        },
        _line(BASE, 'schema: {$ref: "#/components/schemas/Thing"}'),
        "never reaches anything but $refs",
    ),
    _replace(
        "        label: {type: string}",
        "        label: {type: string, examples: [" + "9" * 5001 + "]}",
        "label:",
        "an integer of 5001 digits",
        "5001-digit-integer",
    ),
    _replace(
        "        label: {type: string}",
        "        label: {type: number, examples: [1e999999999]}",
        "label:",
        "out of range",
        "huge-exponent",
    ),
    _replace(
        "  /things/{thing_id}:",
        "  /things/{thing_id}/parts/{thing_id}:",
        "/parts/{thing_id}:",
        "names {thing_id} 2 times",
        "duplicate-path-parameter",
    ),
    _replace(
        "      description: Fetch a thing.",
        '      description: "Fetch a thing.',
        '"Fetch a thing.',
        "the quoted string that starts here runs on to line 16",
        "unclosed-quote",
    ),
    _replace(
        "          description: ok\n",
        "",
        '"200":',
        '"description" is a required property',
        "schema-error-at-its-line",
    ),
    _replace(
        "      type: object\n      properties:",
        "      type: objekt\n      properties:",
        "type: objekt",
        "not valid OpenAPI 3.1",
        "bad-type-at-its-line",
    ),
    _replace(
        "        amount: {type: number}",
        "        amount: {type: number, minimum: .nan}",
        "minimum: .nan",
        "is not a finite number",
        "nan",
    ),
    _replace(
        "        amount: {type: number}",
        '        amount: {type: string, examples: ["\\ud800"]}',
        "amount:",
        "found invalid Unicode character escape code",
        "lone-surrogate",
    ),
    Mutation(
        "lone-surrogate-json",
        {"mutant.json": '{"openapi": "3.1.0",\n "info": {"title": "\\udc00", "version": "1"}}'},
        2,
        "a string holds a lone surrogate",
        "mutant.json",
    ),
    _replace(
        "      parameters:",
        "      parameters:\n\t- tab",
        "\t- tab",
        "invalid YAML",
        "tab-indentation",
    ),
    _replace(
        "  title: Mutant",
        "  title: Mutant\n  title: Other",
        "title: Other",
        "duplicate key 'title'",
        "duplicate-key",
    ),
    _replace(
        'schema: {$ref: "#/components/schemas/Thing"}',
        'schema: {$ref: "#/components/schemas/Nothing"}',
        "Nothing",
        "points to nothing in this file",
        "dangling-ref",
    ),
    _replace(
        'schema: {$ref: "#/components/schemas/Thing"}',
        'schema: {$ref: "other.yaml#/Thing"}',
        "other.yaml",
        "points outside this file",
        "external-ref",
    ),
    _replace(
        "openapi: 3.1.0",
        "openapi: 3.1.0\nx-package: mock",
        "x-package: mock",
        "x-package 'mock' is not free",
        "package-mock",
    ),
    _replace(
        "      operationId: getThing",
        "      operationId: getThing\n      x-hook: []",
        "x-hook:",
        "did you mean 'x-hooks'?",
        "typo-of-our-extension",
    ),
    _replace(
        "  /things/{thing_id}:",
        "  /things/{thing_id}:\n    parameters: &p\n      - *p",
        "- *p",
        "an alias refers to a node that contains it",
        "recursive-alias",
    ),
    _replace(
        "components:\n",
        "components:\n  securitySchemes:\n    digest: {type: http, scheme: digest}\n",
        "digest:",
        "uses HTTP 'digest' authentication; the clients send basic and bearer credentials only",
        "http-digest-security",
    ),
    _replace(
        "      operationId: getThing",
        "      operationId: getThing\n      security: [{key: [], token: []}]",
        "security: [{key",
        "needs several schemes at once",
        "security-requirement-of-two-schemes",
    ),
    _replace(
        "      operationId: getThing",
        "      operationId: getThing\n      security: [{nowhere: []}]",
        "security: [{nowhere",
        "security requirement 'nowhere' names no scheme",
        "security-requirement-of-no-scheme",
    ),
    _replace(
        '        "200":\n          description: ok',
        '        "404":\n          description: ok',
        "responses:",
        "documents no success response (no 2xx, 2XX or default)",
        "no-success-response",
    ),
    _replace(
        "          schema: {type: string}\n",
        "          schema: {type: string}\n        - name: filter\n          in: header\n"
        "          content:\n            application/json:\n              schema: {type: object}\n",
        "- name: filter",
        "header parameter 'filter' of GET /things/{thing_id} is given as application/json "
        "content; the clients write JSON content (application/json) in a query parameter only",
        "content-header-parameter",
    ),
    _replace(
        "          schema: {type: string}\n",
        "          schema: {type: string}\n        - name: filter\n          in: query\n"
        "          content:\n            text/csv:\n              schema: {type: string}\n",
        "- name: filter",
        "query parameter 'filter' of GET /things/{thing_id} is given as text/csv content",
        "content-csv-query-parameter",
    ),
    Mutation("empty-file", {"mutant.yaml": ""}, 1, "a spec must be a YAML mapping"),
    Mutation("a-list", {"mutant.yaml": "- a\n- b\n"}, 1, "a spec must be a YAML mapping"),
    Mutation("not-utf8", {"mutant.yaml": "openapi: 3.1.0\ninfo: \udcff\n"}, 2, "not UTF-8 text"),
    Mutation(
        "swagger-2",
        {"mutant.yaml": 'swagger: "2.0"\ninfo: {title: t, version: "1"}\npaths: {}\n'},
        1,
        "Swagger 2.0 (OpenAPI 2) is not supported",
    ),
    Mutation(
        "openapi-30-bad-nullable",
        {
            "mutant.yaml": BASE.replace("openapi: 3.1.0", "openapi: 3.0.3").replace(
                "        label: {type: string}", "        label: {type: string, nullable: maybe}"
            )
        },
        _line(BASE, "label:"),
        "nullable must be true or false, not 'maybe'",
    ),
    Mutation(
        "two-files-one-package",
        {
            "mutant.yaml": BASE,
            "mutant.json": '{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}',
        },
        1,
        "x-package 'mutant' is already used by",
        "mutant.yaml",
    ),
]


@dataclass
class Outcome:
    returncode: int | None  # None: it did not end within the time limit
    stdout: str
    stderr: str
    seconds: float
    left_behind: bool
    out_before: dict[str, bytes]
    out_after: dict[str, bytes]


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def _session_alive(session: int) -> bool:
    try:
        os.killpg(session, 0)
    except ProcessLookupError:
        return False
    return True


def generate(
    specs: Path, out: Path, *, after_start: Callable[[int], None] | None = None
) -> Outcome:
    """Run the generator as a user would, in a session of its own, and see what it leaves."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "kept.txt").write_text("what was here before\n")
    before = _snapshot(out)
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "generate", "--specs", str(specs), "--out", str(out)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=_limits,
    )
    if after_start is not None:
        after_start(process.pid)
    try:
        # communicate() waits for the pipes to close: a worker left holding them would hang it.
        stdout, stderr = process.communicate(timeout=TIME_LIMIT)
        returncode: int | None = process.returncode
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        stdout, stderr = process.communicate()
        returncode = None
    seconds = time.monotonic() - started
    deadline = time.monotonic() + 5
    while _session_alive(process.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    left_behind = _session_alive(process.pid)
    if left_behind:
        os.killpg(process.pid, signal.SIGKILL)
    return Outcome(
        returncode,
        stdout.decode("utf-8", "replace"),
        stderr.decode("utf-8", "replace"),
        seconds,
        left_behind,
        before,
        _snapshot(out),
    )


def _write(folder: Path, files: dict[str, str]) -> None:
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name).write_bytes(text.encode("utf-8", "surrogateescape"))


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Outcome]]:
    """Every mutation run once, two at a time (each is a whole generator process)."""
    base = tmp_path_factory.mktemp("mutations")

    def run(mutation: Mutation) -> tuple[str, tuple[Path, Outcome]]:
        specs = base / mutation.name / "specs"
        _write(specs, mutation.files)
        return mutation.name, (specs, generate(specs, base / mutation.name / "out"))

    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(pool.map(run, MUTATIONS))


@pytest.mark.parametrize("mutation", MUTATIONS, ids=lambda m: m.name)
def test_a_bad_spec_is_refused_at_its_line_and_nothing_is_left(
    outcomes: dict[str, tuple[Path, Outcome]], mutation: Mutation
) -> None:
    specs, outcome = outcomes[mutation.name]
    assert outcome.returncode == 2, (outcome.returncode, outcome.stderr[-2000:])
    assert "Traceback" not in outcome.stderr
    expected = f"{specs / mutation.file}:{mutation.line}: "
    lines = outcome.stderr.splitlines()
    assert any(line.startswith(expected) and mutation.message in line for line in lines), (
        outcome.stderr[-2000:]
    )
    assert lines[-1].endswith("nothing was written.")
    assert outcome.out_after == outcome.out_before  # nothing written, nothing removed
    assert not outcome.left_behind


def test_every_refusal_is_quick(outcomes: dict[str, tuple[Path, Outcome]]) -> None:
    """Bounded time: no input makes the generator run away (the limit is generous; a
    refusal that comes this late points at work that should have been refused first)."""
    slow = {name: round(o.seconds, 1) for name, (_, o) in outcomes.items() if o.seconds > 60}
    assert slow == {}


def test_a_generator_killed_midway_leaves_no_worker(tmp_path: Path) -> None:
    """Killed by a signal (as a memory limit or the OOM killer does), the generator's forked
    workers die with it instead of holding its pipes open."""
    specs = tmp_path / "specs"
    _write(specs, {"big.yaml": (ROOT / "specs" / "hodlhodl.yaml").read_text()})

    def kill_once_workers_run(pid: int) -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            children = Path(f"/proc/{pid}/task/{pid}/children")
            if children.exists() and children.read_text().split():
                break
            time.sleep(0.02)
        time.sleep(0.3)
        os.kill(pid, signal.SIGKILL)

    outcome = generate(specs, tmp_path / "out", after_start=kill_once_workers_run)
    assert outcome.returncode == -signal.SIGKILL
    assert not outcome.left_behind
    assert outcome.out_after == outcome.out_before


NASTY_BUT_VALID = (
    BASE.replace(
        "      description: Fetch a thing.",
        '      description: "Ends with three quotes: \\"\\"\\" and a backslash \\\\"',
    )
    .replace(
        "        label: {type: string}",
        '        label: {type: string, description: "a \\\\ b \\"\\"\\" c\\\\"}\n'
        '        "class": {type: string, description: "a keyword as a property"}',
    )
    .replace(
        "components:",
        "  /close:\n    post:\n      operationId: close\n"
        '      summary: \'Triple """ quotes and a \\\'\n'
        '      responses:\n        "204": {description: closed}\ncomponents:',
    )
)


def test_hostile_but_valid_text_generates_a_package_that_imports(tmp_path: Path) -> None:
    """Quotes and backslashes that end a docstring early, a keyword as a property, an
    operation named like the client's own close(): all valid OpenAPI, all generated."""
    specs = tmp_path / "specs"
    _write(specs, {"mutant.yaml": NASTY_BUT_VALID})
    outcome = generate(specs, tmp_path / "out")
    assert outcome.returncode == 0, outcome.stderr[-3000:]
    assert not outcome.left_behind
    script = (
        "import inspect, coinspec.mutant as m\n"
        "print(inspect.getdoc(m.Mutant.get_thing))\n"
        "print(inspect.getdoc(m.Mutant.close_))\n"
        "with m.Mutant(base_url='http://127.0.0.1:9') as client:\n"
        "    assert client.close_ is not client.close\n"
    )
    path = os.pathsep.join([str(tmp_path / "out" / "src"), str(ROOT / "sdk" / "src")])
    check = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": path},
    )
    assert check.returncode == 0, check.stderr
    assert 'Ends with three quotes: """ and a backslash \\' in check.stdout
    assert 'Triple """ quotes and a \\' in check.stdout
