"""Generated Python is formatted by ruff format, with black's settings of the project."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from generator import formatting

ROOT = Path(__file__).resolve().parents[2]


def test_ruff_formats_with_the_settings_black_checks_with() -> None:
    black = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["black"]
    assert black["line-length"] == formatting.LINE_LENGTH
    assert black["target-version"] == [formatting.TARGET_VERSION]


def test_python_files_are_formatted_and_others_left_alone() -> None:
    files = {
        "src/pkg/module.py": "x = ( 1,2 )\n\n\n\n",
        "README.md": "x = ( 1,2 )\n",
    }
    assert formatting.format_python(files) == {
        "src/pkg/module.py": "x = (1, 2)\n",
        "README.md": "x = ( 1,2 )\n",
    }


def test_a_long_call_is_split_at_the_line_length() -> None:
    call = "result = function(" + ", ".join(f"argument_{i}=value_{i}" for i in range(8)) + ")\n"
    formatted = formatting.format_python({"m.py": call})["m.py"]
    assert all(len(line) <= formatting.LINE_LENGTH for line in formatted.splitlines())
    assert formatted.startswith("result = function(\n    argument_0=value_0,")


def test_invalid_python_names_the_generated_file_and_line() -> None:
    with pytest.raises(formatting.FormattingError, match=r"src/pkg/broken\.py:2:") as error:
        formatting.format_python(
            {"src/pkg/fine.py": "x = 1\n", "src/pkg/broken.py": "x = 1\ndef f(:\n"}
        )
    assert "fine.py" not in str(error.value)
