"""``python -m bench`` (``make bench``): measure, print the table, write BENCHMARKS.md.

Every figure is a ratio against a reference measured in the same run on this machine:
medians of repeated runs, the two sides alternated. ``--quick`` runs fewer repetitions
(for trying the benchmark itself; its figures are noisier and it does not write the file).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from . import client, generation, noop, report, runtime
from .report import Row

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000


def profile_generation() -> list[tuple[str, float]]:
    done = subprocess.run(
        [sys.executable, "-m", "bench.profile_generation"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        return [(f"profiling failed: {done.stderr.strip().splitlines()[-1:]}", 0.0)]
    return [
        (str(phase), float(seconds))
        for phase, seconds in json.loads(done.stdout.strip().splitlines()[-1])
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench", description=__doc__.splitlines()[0] if __doc__ else None
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="fewer repetitions; print only, do not write BENCHMARKS.md",
    )
    parser.add_argument("--output", type=Path, default=ROOT / "BENCHMARKS.md")
    args = parser.parse_args(argv)
    scale = 0.4 if args.quick else 1.0

    def n(count: int) -> int:
        return max(3, round(count * scale))

    specs = generation.spec_files()
    print(f"measuring on {report.machine()} ...", file=sys.stderr)
    print(
        f"1/5 cold generation of {len(specs)} specs, alternated with openapi-python-client",
        file=sys.stderr,
    )
    gen = generation.measure(rounds=n(5))
    print("2/5 no-op make generate", file=sys.stderr)
    nop = noop.measure(rounds=n(15))
    print("3/5 client overhead on loopback", file=sys.stderr)
    cli = client.measure(rounds=n(21), calls_one=50, calls_many=20)
    print("4/5 runtime: verify and sign a release transaction", file=sys.stderr)
    run = runtime.measure(rounds=n(15), calls=100)

    ours_peak = max(gen.ours_peak_kib) * 1024 / MB
    reference_peak = max(gen.reference_peak_kib) * 1024 / MB
    rows = [
        Row(
            "1",
            f"cold generation, {len(specs)} specs, empty folder",
            gen.time.ours_median,
            gen.time.reference_median,
            "s",
            f"openapi-python-client {gen.reference_version}, one run per spec",
            gen.time.ratio,
            "<= 0.5x",
            gen.time.ratio <= 0.5,
            len(gen.time.ours),
        ),
        Row(
            "2",
            "no-op `make generate`",
            nop.time.ours_median,
            gen.time.ours_median,
            "s",
            "our cold generation (row 1)",
            nop.time.ours_median / gen.time.ours_median,
            "<= 0.5 s wall",
            nop.time.ours_median <= 0.5,
            len(nop.time.ours),
        ),
        Row(
            "3a",
            "typed get_contract, one contract",
            cli.one.ours_median * 1e6,
            cli.one.reference_median * 1e6,
            "us",
            "httpx get + json.loads, same URL",
            cli.one.ratio,
            "<= 1.15x",
            cli.one.ratio <= 1.15,
            len(cli.one.ours),
        ),
        Row(
            "3b",
            f"typed list_my_contracts, {client.LIST_SIZE} contracts",
            cli.many.ours_median * 1e6,
            cli.many.reference_median * 1e6,
            "us",
            "httpx get + json.loads(parse_float=Decimal)",
            cli.many.ratio,
            "<= 1.5x",
            cli.many.ratio <= 1.5,
            len(cli.many.ours),
        ),
        Row(
            "4",
            "runtime: verify + sign a release transaction",
            run.sign.ours_median * 1e6,
            run.sign.reference_median * 1e6,
            "us",
            "bare python-bitcointx calls",
            run.sign.ratio,
            "<= 1.3x",
            run.sign.ratio <= 1.3,
            len(run.sign.ours),
        ),
        Row(
            "4'",
            "runtime: verify a release transaction (no signing)",
            run.verify.ours_median * 1e6,
            run.verify.reference_median * 1e6,
            "us",
            "bare python-bitcointx calls",
            run.verify.ratio,
            "(shown)",
            None,
            len(run.verify.ours),
        ),
        Row(
            "5",
            "peak memory of a cold generation",
            ours_peak,
            reference_peak,
            "MB",
            "openapi-python-client, largest spec",
            ours_peak / reference_peak,
            "<= 250 MB",
            ours_peak <= 250,
            len(gen.ours_peak_kib),
        ),
    ]

    print("5/5 profiles of the missed targets", file=sys.stderr)
    profiles: dict[str, str] = {}
    if not rows[0].passed:
        profiles["1"] = report.phases(profile_generation())
    if not rows[3].passed or not rows[2].passed:
        profiles["3"] = client.profile(calls=200)
    if not rows[4].passed:
        profiles["4"] = runtime.profile(calls=200)

    print()
    print(report.table(rows))
    print()
    print(
        f"no-op: bare `python -c pass` {nop.time.reference_median:.3f} s; the first `make generate` "
        f"of the scratch copy (full render) {nop.first_run:.2f} s"
    )
    print(
        f"runtime ops/s: verify+sign ours {1 / run.sign.ours_median:,.0f}, bare {1 / run.sign.reference_median:,.0f}; "
        f"verify ours {1 / run.verify.ours_median:,.0f}, bare {1 / run.verify.reference_median:,.0f}"
    )
    print(
        f"mock latency per request: as generated {cli.stock_mock_latency * 1e3:.1f} ms, "
        f"with TCP_NODELAY {cli.nodelay_mock_latency * 1e3:.2f} ms (the client rows use TCP_NODELAY)"
    )
    print()
    print(report.features_table(gen.features))
    if args.quick:
        print("\n--quick: BENCHMARKS.md not written", file=sys.stderr)
        return 0
    args.output.write_text(report.markdown(rows, gen, nop, cli, run, profiles))
    print(
        f"\nwrote {args.output.relative_to(ROOT) if args.output.is_relative_to(ROOT) else args.output}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
