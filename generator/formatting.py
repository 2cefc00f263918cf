"""Generated Python finished by ruff (pinned), in one run over the whole tree: unused imports
dropped, then formatted.

The templates import what a module may use (every model class of the spec, for example)
and ruff drops what it does not (`F401`), so the generated code imports only what it uses;
a name bound twice (`F811`: a model called like something the module imports) is refused.
black is the reference of the style (`make test` runs `black --check` on generated/); ruff
format writes the same layout and formats every module of a generation in one process, so
the templates write plain code and leave the layout to it. Command-line settings only
(`--isolated`): the output must not depend on a configuration file near the folder.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

LINE_LENGTH = 100
TARGET_VERSION = "py311"

# `path:line:col: F811 Redefinition of unused `Name` from line N...` (ruff's concise output)
_REDEFINED = re.compile(r"^(?P<path>[^:\n]+):(?P<line>\d+):\d+: F811 .*?`(?P<name>[^`]+)`", re.M)


def ruff_command(*arguments: str) -> list[str]:
    from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

    return [
        str(find_ruff_bin()),
        *arguments,
        "--isolated",
        "--no-cache",
        f"--line-length={LINE_LENGTH}",
        f"--target-version={TARGET_VERSION}",
    ]


class FormattingError(RuntimeError):
    """A template produced something that is not valid Python."""


@dataclass(frozen=True)
class Redefinition:
    path: str  # of the generated module
    line: int
    name: str


class RedefinedNames(FormattingError):
    """A generated module binds a name twice: the second hides the first."""

    def __init__(self, redefinitions: list[Redefinition], report: str) -> None:
        self.redefinitions = redefinitions
        self.report = report
        super().__init__(f"generated modules bind a name twice:\n{report}")


def format_python(files: dict[str, str], *, modules: bool = True) -> dict[str, str]:
    """``files`` (relative path -> text) with every ``.py`` file as ruff leaves it: unused
    imports dropped, then formatted. RedefinedNames when a module binds a name twice.
    ``modules=False`` only formats (snippets of code that are no module of their own)."""
    sources = {path: text for path, text in files.items() if path.endswith(".py")}
    if not sources:
        return dict(files)
    with tempfile.TemporaryDirectory(prefix="coinspec-format-") as folder:
        root = Path(folder)
        for path, text in sources.items():
            target = root / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        if modules:
            _prune_imports(root)
        formatted = _ruff(root, "format")
        if formatted.returncode != 0:
            _refuse((formatted.stderr or formatted.stdout).strip())
        result = {path: (root / path).read_text(encoding="utf-8") for path in sources}
    return {path: result.get(path, text) for path, text in files.items()}


def _prune_imports(root: Path) -> None:
    checked = _ruff(
        root, "check", "--select=F401,F811", "--fixable=F401", "--fix", "--output-format=concise"
    )
    if checked.returncode == 0:
        return
    report = (checked.stdout + checked.stderr).strip()
    found = [
        Redefinition(m["path"], int(m["line"]), m["name"]) for m in _REDEFINED.finditer(report)
    ]
    if found:
        raise RedefinedNames(found, report)
    _refuse(report)


def _ruff(root: Path, command: str, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ruff_command(command, *options, "."), cwd=root, capture_output=True, text=True, check=False
    )


def _refuse(report: str) -> None:
    # ruff names each file it cannot parse with its line and column.
    raise FormattingError(
        f"generated Python that ruff cannot read; the template that makes it is wrong:\n{report}"
    )
