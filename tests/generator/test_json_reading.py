"""JSON spec files are read as JSON (not as YAML), each node with its line, exactly."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from generator.loader import SpecError, read_spec


def read(tmp_path: Path, text: str, name: str = "doc.json") -> Any:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_spec(path)


def test_values_are_exact_and_every_node_has_its_line(tmp_path: Path) -> None:
    spec = read(
        tmp_path,
        '{\n  "a": [1, 0.10, -2.5e-3, 300500000000000000001],\n'
        '  "b": {"c": true, "d": null, "e": "x\\u00e9\\n"}\n}\n',
    )
    assert spec.data == {
        "a": [1, Decimal("0.10"), Decimal("-2.5e-3"), 300500000000000000001],
        "b": {"c": True, "d": None, "e": "x\u00e9\n"},
    }
    assert str(spec.data["a"][1]) == "0.10"
    assert type(spec.data["a"][0]) is int
    assert spec.lines == {
        ("a",): 2,
        ("a", 0): 2,
        ("a", 1): 2,
        ("a", 2): 2,
        ("a", 3): 2,
        ("b",): 3,
        ("b", "c"): 3,
        ("b", "d"): 3,
        ("b", "e"): 3,
    }


def test_yaml_syntax_in_a_json_file_is_refused(tmp_path: Path) -> None:
    """A .json file is JSON: what only YAML allows is an error, at its line."""
    with pytest.raises(SpecError) as caught:
        read(tmp_path, '{\n  "a": 1,\n  b: 2\n}\n')
    (problem,) = caught.value.problems
    assert problem.line == 3
    assert "invalid JSON: unexpected character 'b'" in problem.message


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ('{\n"a": 1,\n"a": 2}', 3, "duplicate key 'a' (first at line 2)"),
        ('{\n"a": 1,\n}', 3, "invalid JSON: a key is missing before '}'"),
        ('{\n"a": [1,\n2\n', 2, "invalid JSON: the array that starts here is not closed"),
        ('{"a": 1}\n{"b": 2}', 2, "after the document's end"),
        ('{\n"a": "open\n}', 2, "a string that starts here is not closed"),
        ('{"a": NaN}', 1, "unexpected character 'N'"),
        ('{"a": 01}', 1, "expected ',' or '}', found '1'"),
        ("", 1, "the file is empty"),
        ("[1, 2]", 1, "a spec must be a JSON object"),
        ('{"a": "\\ud800"}', 1, "lone surrogate"),
        ('{\n"a": ' + "9" * 5001 + "}", 2, "an integer of 5001 digits"),
        ('{"a": 1e999999999}', 1, "out of range"),
        ('{"a": ' + "[" * 100 + "]" * 100 + "}", 1, "nested deeper than 64 levels"),
    ],
)
def test_broken_json_is_refused_with_its_line(
    tmp_path: Path, text: str, line: int, message: str
) -> None:
    with pytest.raises(SpecError) as caught:
        read(tmp_path, text)
    (problem,) = caught.value.problems
    assert (problem.line, message in problem.message) == (line, True), str(problem)


def test_json_nested_to_the_limit_is_read(tmp_path: Path) -> None:
    text = '{"a": ' + "[" * 63 + "]" * 63 + "}"
    node = read(tmp_path, text).data["a"]
    for _ in range(62):
        (node,) = node
    assert node == []
