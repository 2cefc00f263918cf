"""Running mypy --strict and basedpyright (strict) on user scripts, as a user of the wheel would.

Both checkers see the `coinspec` package as one tree, the way the wheel installs it: pyright
does not join a package spread over two import roots (sdk/src and generated/src), so it reads
a folder of symlinks to both halves.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


@dataclass(frozen=True, order=True)
class Diagnostic:
    file: str  # the script's name
    line: int
    code: str  # mypy's error code or pyright's rule
    message: str = ""

    @property
    def key(self) -> tuple[str, int, str]:
        return self.file, self.line, self.code


def joined_package(into: Path) -> Path:
    """A folder with `coinspec/` holding both halves of the package, as symlinks."""
    package = into / "coinspec"
    package.mkdir(parents=True, exist_ok=True)
    for half in (ROOT / "sdk/src/coinspec", ROOT / "generated/src/coinspec"):
        for entry in half.iterdir():
            if entry.name != "__pycache__":
                (package / entry.name).symlink_to(entry)
    return into


def run_mypy(files: list[Path], cache: Path) -> list[Diagnostic]:
    result = subprocess.run(
        [
            str(BIN / "python"),
            "-m",
            "mypy",
            "--strict",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(cache),
            "--show-error-codes",
            "--no-error-summary",
            "--no-pretty",
            *map(str, files),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode not in (0, 1) or result.stderr.strip():
        raise RuntimeError(f"mypy failed to run:\n{result.stdout}\n{result.stderr}")
    found = []
    pattern = re.compile(
        r"^(?P<file>[^:]+):(?P<line>\d+): error: (?P<msg>.*?)\s+\[(?P<code>[\w-]+)\]$"
    )
    for line in result.stdout.splitlines():
        match = pattern.match(line)
        if match:
            found.append(
                Diagnostic(
                    Path(match["file"]).name, int(match["line"]), match["code"], match["msg"]
                )
            )
        elif ": error:" in line:
            raise RuntimeError(f"unexpected mypy output: {line}")
    return sorted(found)


def run_basedpyright(files: list[Path], package_root: Path, work: Path) -> list[Diagnostic]:
    config = work / "pyrightconfig.json"
    config.write_text(
        json.dumps(
            {
                "typeCheckingMode": "strict",
                "pythonVersion": "3.11",
                "extraPaths": [str(package_root), str(ROOT / "runtime/src")],
                "reportMissingModuleSource": "none",
            }
        )
    )
    result = subprocess.run(
        [
            str(BIN / "basedpyright"),
            "--project",
            str(config),
            "--pythonpath",
            str(BIN / "python"),
            "--outputjson",
            *map(str, files),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        raise RuntimeError(
            f"basedpyright failed to run:\n{result.stdout}\n{result.stderr}"
        ) from None
    found = [
        Diagnostic(
            Path(d["file"]).name,
            d["range"]["start"]["line"] + 1,
            d.get("rule", "error"),
            d["message"],
        )
        for d in report["generalDiagnostics"]
        if d["severity"] == "error"
    ]
    return sorted(found)


EXPECTED = re.compile(r"^\s*#\s*expect:\s*(?P<codes>.+)$")


def expected_errors(file: Path) -> list[Diagnostic]:
    """What a mistake file says each checker reports on the line after its comments
    `# expect: mypy[code] pyright[rule]` (a comment of its own, which formatting leaves be)."""
    found = []
    pending: list[tuple[str, str]] = []
    for number, text in enumerate(file.read_text().splitlines(), start=1):
        match = EXPECTED.match(text)
        if match is not None:
            pending += re.findall(r"(mypy|pyright)\[([\w-]+)\]", match["codes"])
            continue
        for checker, code in pending:
            found.append(Diagnostic(f"{checker}:{file.name}", number, code))
        pending = []
    return sorted(found)
