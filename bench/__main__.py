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

from . import client, construction, generation, imports, noop, report, runtime
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
        f"1/7 cold generation of {len(specs)} specs, alternated with openapi-python-client",
        file=sys.stderr,
    )
    gen = generation.measure(rounds=n(5))
    print("2/7 no-op make generate", file=sys.stderr)
    nop = noop.measure(rounds=n(15))
    print("3/7 client overhead on loopback", file=sys.stderr)
    cli = client.measure(rounds=n(21), calls_one=50, calls_many=20)
    print("4/7 runtime: verify and sign a release transaction", file=sys.stderr)
    run = runtime.measure(rounds=n(15), calls=100)
    print("5/7 import of each service in a fresh process", file=sys.stderr)
    imp = imports.measure(rounds=n(11))
    print("6/7 client construction", file=sys.stderr)
    con = construction.measure(rounds=n(15), calls=50)

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
            "<= 0.25x",
            gen.time.ratio <= 0.25,
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
            "<= 1.0x",
            cli.one.ratio <= 1.0,
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
            "<= 1.0x (must: <= 1.3x)",
            cli.many.ratio <= 1.0,
            len(cli.many.ours),
            must_pass=cli.many.ratio <= 1.3,
        ),
        Row(
            "3c",
            f"typed list_my_contracts, {client.LIST_SIZE} contracts",
            cli.many_peer.ours_median * 1e6,
            cli.many_peer.reference_median * 1e6,
            "us",
            "openapi-python-client's client of specs/hodlhodl.yaml, same URL",
            cli.many_peer.ratio,
            "< 1.0x (ahead)",
            cli.many_peer.ratio < 1.0,
            len(cli.many_peer.ours),
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
        *(
            Row(
                f"6{'abcde'[index]}",
                f"`import coinspec.{result.service}`, fresh process (CPU)",
                result.cpu.ours_median * 1e3,
                result.cpu.reference_median * 1e3,
                "ms",
                "`import httpx`, pydantic's BaseModel and TypeAdapter, fresh process (CPU)",
                result.cpu.ratio,
                "<= 150 ms",
                result.cpu.ours_median <= 0.150,
                len(result.cpu.ours),
            )
            for index, result in enumerate(imp)
        ),
        Row(
            "7a",
            "build and close `HodlHodl(...)` (CPU)",
            con.sync_cpu.ours_median * 1e3,
            con.sync_cpu.reference_median * 1e3,
            "ms",
            "build and close `httpx.Client()` (CPU)",
            con.sync_cpu.ratio,
            "<= 2 ms",
            con.sync_cpu.ours_median <= 0.002,
            len(con.sync_cpu.ours),
        ),
        Row(
            "7b",
            "build and close `AsyncHodlHodl(...)` (CPU)",
            con.async_cpu.ours_median * 1e3,
            con.async_cpu.reference_median * 1e3,
            "ms",
            "build and close `httpx.AsyncClient()` (CPU)",
            con.async_cpu.ratio,
            "<= 2 ms",
            con.async_cpu.ours_median <= 0.002,
            len(con.async_cpu.ours),
        ),
    ]

    print("7/7 profiles of the missed targets", file=sys.stderr)
    profiles: dict[str, str] = {}
    by_key = {row.key: row for row in rows}
    if not by_key["1"].passed:
        profiles["1"] = report.phases(profile_generation())
    if not (by_key["3a"].passed and by_key["3b"].passed and by_key["3c"].passed):
        profiles["3"] = client.profile(calls=200)
    if not by_key["4"].passed:
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
    args.output.write_text(report.markdown(rows, gen, nop, cli, run, imp, con, profiles))
    print(
        f"\nwrote {args.output.relative_to(ROOT) if args.output.is_relative_to(ROOT) else args.output}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
