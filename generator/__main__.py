"""Command line: ``python -m generator {generate,check,validate}``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

# Only light modules here: a `generate` with nothing changed must not import black, Jinja,
# the validators or datamodel-code-generator (see fingerprint.up_to_date).
from .fingerprint import up_to_date

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m generator", description="Generate the coinspec SDK from specs/."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    for name, text in (
        ("generate", "validate the specs and write the whole package"),
        ("check", "exit 1 and list the files when the package differs from what the specs produce"),
        ("validate", "only validate the specs"),
    ):
        command = commands.add_parser(name, help=text, description=text)
        command.add_argument(
            "--specs",
            type=Path,
            default=ROOT / "specs",
            help="folder of *.yaml, *.yml and *.json specs (default: specs/)",
        )
        if name != "validate":
            command.add_argument(
                "--out",
                type=Path,
                default=ROOT / "generated",
                help="the package folder (default: generated/)",
            )
        if name == "generate":
            command.add_argument(
                "--force",
                action="store_true",
                help="render and write even when the package's fingerprint says nothing changed",
            )
    args = parser.parse_args(argv)
    if args.command == "generate" and not args.force and up_to_date(args.specs, args.out):
        print(
            f"{args.out} is up to date: specs, templates and generator unchanged; nothing written"
        )
        return 0

    from .loader import SpecError, SpecProblem, load_specs
    from .render import build, drift, write_tree

    warnings: list[SpecProblem] = []
    try:
        if args.command == "validate":
            specs = load_specs(args.specs)
            for spec in specs:
                warnings.extend(spec.warnings)
            _print_warnings(warnings)
            print(f"{len(specs)} spec(s) valid: {', '.join(s.path.name for s in specs)}")
            return 0
        files = build(args.specs, warnings)
    except SpecError as exc:
        print(exc, file=sys.stderr)
        print(f"{len(exc.problems)} problem(s); nothing was written.", file=sys.stderr)
        return 2
    _print_warnings(warnings)
    if args.command == "check":
        lines = drift(files, args.out)
        if lines:
            print(f"{args.out} differs from what specs/ and templates/ produce:", file=sys.stderr)
            print("\n".join(lines), file=sys.stderr)
            print("run `make generate` and commit the result", file=sys.stderr)
            return 1
        print(f"{args.out} is up to date ({len(files)} files)")
        return 0
    write_tree(files, args.out)
    print(f"wrote {len(files)} files to {args.out}")
    return 0


def _print_warnings(warnings: list[Any]) -> None:
    for warning in sorted(warnings, key=lambda w: (w.file, w.line, w.message)):
        print(warning, file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
