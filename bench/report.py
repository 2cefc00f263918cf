"""The table on stdout and BENCHMARKS.md."""

from __future__ import annotations

import os
import platform
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .client import ClientResult
    from .generation import GenerationResult, SpecFeatures
    from .noop import NoopResult
    from .runtime import RuntimeResult

ROOT = Path(__file__).resolve().parent.parent
NOTES = Path(__file__).resolve().parent / "NOTES.md"


@dataclass(frozen=True)
class Row:
    key: str
    what: str
    ours: float
    reference: float
    unit: str
    reference_is: str
    ratio: float
    target: str
    passed: bool | None  # None: shown, no target
    samples: int


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def machine() -> str:
    return f"{os.cpu_count()} cores ({_cpu()}), Python {platform.python_version()}, {platform.system()} {platform.release()}"


def _commit() -> str:
    def git(*args: str) -> str:
        return subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, check=False
        ).stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    dirty = git(
        "status",
        "--porcelain",
        "--",
        "specs",
        "templates",
        "generator",
        "runtime",
        "generated",
        "bench",
    )
    return f"{commit} (with uncommitted changes)" if dirty else commit


def _number(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value:.3f} s" if value < 1 else f"{value:.2f} s"
    if unit == "us":
        return f"{value:,.0f} us"
    return f"{value:.0f} {unit}"


def _verdict(passed: bool | None) -> str:
    return "-" if passed is None else ("pass" if passed else "MISS")


def table(rows: list[Row]) -> str:
    header = ("#", "what", "ours", "reference", "ratio", "target", "result")
    body = [
        (
            r.key,
            r.what,
            _number(r.ours, r.unit),
            _number(r.reference, r.unit),
            f"{r.ratio:.3g}x",
            r.target,
            _verdict(r.passed),
        )
        for r in rows
    ]
    widths = [max(len(line[i]) for line in (header, *body)) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=False)).rstrip()
        for line in (header, *body)
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def _features_rows(features: list[SpecFeatures]) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for f in features:
        warnings = "; ".join(f.warnings) if f.warnings else "none"
        extensions = ", ".join(f"{key} x{count}" for key, count in f.extensions.items()) or "-"
        rows.append(
            (
                f.spec,
                "ok" if f.returncode == 0 else f"exit {f.returncode}",
                warnings,
                f"{f.operations_generated}/{f.operations}",
                f"{f.get_bodies_kept}/{f.get_bodies}" if f.get_bodies else "-",
                f"{f.multipart_kept}/{f.multipart}" if f.multipart else "-",
                f"{f.deep_object_kept}/{f.deep_object}" if f.deep_object else "-",
                f"{f.float_fields} float fields ({f.decimal_numbers} decimal numbers in the spec)"
                if f.decimal_numbers or f.float_fields
                else "-",
                extensions,
            )
        )
    return rows


FEATURE_HEADER = (
    "spec",
    "result",
    "its warnings",
    "operations generated",
    "GET bodies sent",
    "multipart bodies sent",
    "deepObject sent as name[key]",
    "exact amounts",
    "x- behaviour it ignores",
)


def features_table(features: list[SpecFeatures]) -> str:
    lines = ["openapi-python-client on each spec:"]
    for row in _features_rows(features):
        lines.append(
            "  "
            + " | ".join(
                f"{name}: {value}" for name, value in zip(FEATURE_HEADER, row, strict=False)
            )
        )
    return "\n".join(lines)


def phases(totals: list[tuple[str, float]]) -> str:
    whole = sum(seconds for _, seconds in totals) or 1.0
    lines = ["| phase | seconds (profiled) | share |", "|---|---:|---:|"]
    lines += [f"| {phase} | {seconds:.2f} | {seconds / whole:.0%} |" for phase, seconds in totals]
    return "\n".join(lines)


def _md_table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    def cell(text: str) -> str:
        return text.replace("|", "\\|")

    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def markdown(
    rows: list[Row],
    gen: GenerationResult,
    nop: NoopResult,
    cli: ClientResult,
    run: RuntimeResult,
    profiles: dict[str, str],
) -> str:
    summary = _md_table(
        (
            "#",
            "what",
            "ours (median)",
            "reference (median)",
            "reference is",
            "ratio",
            "target",
            "result",
            "runs",
        ),
        [
            (
                r.key,
                r.what,
                _number(r.ours, r.unit),
                _number(r.reference, r.unit),
                r.reference_is,
                f"{r.ratio:.3g}x",
                r.target,
                "**MISS**" if r.passed is False else _verdict(r.passed),
                str(r.samples),
            )
            for r in rows
        ],
    )

    def samples(values: list[float], scale: float, unit: str) -> str:
        return ", ".join(f"{v * scale:.3g}" for v in values) + f" {unit}"

    raw = "\n".join(
        [
            f"- Cold generation, ours: {samples(gen.time.ours, 1, 's')}; openapi-python-client (sum over specs): "
            f"{samples(gen.time.reference, 1, 's')}.",
            f"- Peak resident memory, ours: {', '.join(f'{k * 1024 / 1e6:.0f}' for k in gen.ours_peak_kib)} MB; "
            f"openapi-python-client (largest spec of each round): "
            f"{', '.join(f'{k * 1024 / 1e6:.0f}' for k in gen.reference_peak_kib)} MB.",
            f"- No-op `make generate`: {samples(nop.time.ours, 1e3, 'ms')}; bare `python -c pass`: "
            f"{samples(nop.time.reference, 1e3, 'ms')}. Without the fast path the same command renders "
            f"everything: the scratch copy's first run took {nop.first_run:.2f} s.",
            f"- get_contract, per call: ours {samples(cli.one.ours, 1e6, 'us')}; reference {samples(cli.one.reference, 1e6, 'us')}.",
            f"- list_my_contracts, per call: ours {samples(cli.many.ours, 1e6, 'us')}; reference "
            f"{samples(cli.many.reference, 1e6, 'us')}.",
            f"- Runtime verify+sign: {1 / run.sign.ours_median:,.0f} ops/s against {1 / run.sign.reference_median:,.0f} "
            f"ops/s bare; verify only: {1 / run.verify.ours_median:,.0f} ops/s against "
            f"{1 / run.verify.reference_median:,.0f} ops/s bare.",
            f"- The mock as generated answers in {cli.stock_mock_latency * 1e3:.1f} ms per request on loopback, "
            f"{cli.nodelay_mock_latency * 1e3:.2f} ms with TCP_NODELAY (see below).",
        ]
    )
    parts = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`python -m bench`); do not edit by hand, except `bench/NOTES.md`, which is "
        "copied in at the end. Nothing here runs in `make test`.",
        "",
        f"- Machine: {machine()}.",
        f"- Commit: {_commit()}.",
        "- Method: each figure is the median of repeated runs, the two sides alternated (A B, B A, ...) in "
        "one run of `make bench`; the ratio is ours over the reference, lower is better. "
        "Micro-benchmarks time batches of calls (50 single calls, 20 list calls, 100 runtime operations) per sample.",
        "",
        "## Results",
        "",
        summary,
        "",
        "Rows 2 and 5 have absolute targets; their ratio is shown for scale.",
        "",
        "## Raw samples",
        "",
        raw,
        "",
        "## openapi-python-client on the same specs",
        "",
        f"openapi-python-client {gen.reference_version}, run as `openapi-python-client generate --path specs/X.yaml "
        "--output-path DIR --overwrite` with ruff on PATH. "
        + (
            "It generated every spec without an error or a warning, so what it drops does not show in its output; "
            if all(f.returncode == 0 and not f.warnings for f in gen.features)
            else "Its errors and warnings are in the table; "
        )
        + "the other columns are read from the code it generated:",
        "",
        "- *operations generated*: modules under `api/` for the spec's operations;",
        "- *GET bodies sent*, *multipart bodies sent*: operations whose request builder sends the body the spec "
        'declares (`_kwargs["json"]`, `_kwargs["files"]`);',
        "- *deepObject sent as name[key]*: `style: deepObject` parameters sent as `filters[status]=...` (it "
        "flattens them into `status=...`, which the service does not read);",
        "- *exact amounts*: its model fields typed `float`, against the spec's `format: decimal` JSON numbers "
        "(coinspec gives `Decimal` for every one, and for decimal strings too);",
        "- *x- behaviour it ignores*: coinspec's vocabulary (`generator/vocabulary.schema.json`): envelopes it "
        "returns instead of unwrapping, pagination, verification hooks and flows, retry rules, enums that take "
        "new values (its enums raise on them), optional path segments, client options.",
        "",
        _md_table(FEATURE_HEADER, _features_rows(gen.features)),
        "",
    ]
    if profiles:
        parts += ["## Where the time goes in the missed targets", ""]
        if "1" in profiles:
            parts += [
                "Cold generation in one process (the workers' jobs run in it), sampled with pyinstrument "
                "(its overhead inflates pure-Python code more than compiled code):",
                "",
                profiles["1"],
                "",
            ]
        if "3" in profiles:
            parts += [
                "Typed `list_my_contracts` (pyinstrument, 200 calls):",
                "",
                "```",
                profiles["3"].strip(),
                "```",
                "",
            ]
        if "4" in profiles:
            parts += [
                "Runtime verify+sign (cProfile, 200 operations):",
                "",
                "```",
                profiles["4"].strip(),
                "```",
                "",
            ]
    if NOTES.exists():
        parts += [NOTES.read_text().strip(), ""]
    return "\n".join(parts)
