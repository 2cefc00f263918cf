"""Generated Python formatted by ruff format (pinned), in one run over the whole tree.

black is the reference of the style (`make test` runs `black --check` on generated/); ruff
format writes the same layout and formats every module of a generation in one process, so
the templates write plain code and leave the layout to it. Command-line settings only
(`--isolated`): the output must not depend on a configuration file near the folder.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

LINE_LENGTH = 100
TARGET_VERSION = "py311"


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


def format_python(files: dict[str, str]) -> dict[str, str]:
    """``files`` (relative path -> text) with every ``.py`` file as ruff format writes it."""
    sources = {path: text for path, text in files.items() if path.endswith(".py")}
    if not sources:
        return dict(files)
    with tempfile.TemporaryDirectory(prefix="coinspec-format-") as folder:
        root = Path(folder)
        for path, text in sources.items():
            target = root / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        run = subprocess.run(
            ruff_command("format", "."),
            cwd=root,
            capture_output=True,
            text=True,
            check=False,
        )
        if run.returncode != 0:
            # ruff names each file it cannot parse with its line and column.
            problems = (run.stderr or run.stdout).strip()
            raise FormattingError(
                f"generated Python that ruff cannot format; the template that makes it is wrong:\n"
                f"{problems}"
            )
        formatted = {path: (root / path).read_text(encoding="utf-8") for path in sources}
    return {path: formatted.get(path, text) for path, text in files.items()}
