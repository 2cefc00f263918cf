"""YAML specs are YAML 1.2 read into JSON values, each node with its line, from libyaml's events."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from generator.loader import PYTHON_PARSER, SpecError, read_spec

ROOT = Path(__file__).resolve().parents[2]

SCALARS = """\
words: [yes, no, on, off, y, n]
nulls: [~, null, Null, NULL]
empty:
bools: [true, True, TRUE, false, False, FALSE]
ints: [0, -7, +3, 010, 0o17, 0x1F]
decimals: [0.00316, 1.50, -2.5e-3, .5, 300500000000000000001.123456789]
quoted: ["true", '12', "0.10", "~"]
dates: [2024-01-31, 2024-01-31T12:00:00Z]
sexagesimal: 1:20
"200": status key
"""


def read(tmp_path: Path, text: str, composer: type | None = None) -> Any:
    path = tmp_path / "doc.yaml"
    path.write_text(text, encoding="utf-8")
    spec = read_spec(path) if composer is None else read_spec(path, composer)
    return spec.data


def test_plain_scalars_follow_yaml_1_2_core_schema(tmp_path: Path) -> None:
    data = read(tmp_path, SCALARS)
    assert data == {
        "words": ["yes", "no", "on", "off", "y", "n"],
        "nulls": [None, None, None, None],
        "empty": None,
        "bools": [True, True, True, False, False, False],
        "ints": [0, -7, 3, 10, 15, 31],
        "decimals": [
            Decimal("0.00316"),
            Decimal("1.50"),
            Decimal("-2.5e-3"),
            Decimal(".5"),
            Decimal("300500000000000000001.123456789"),
        ],
        "quoted": ["true", "12", "0.10", "~"],
        "dates": ["2024-01-31", "2024-01-31T12:00:00Z"],
        "sexagesimal": "1:20",
        "200": "status key",
    }
    decimals = data["decimals"]
    assert all(type(value) is Decimal for value in decimals)
    assert str(decimals[1]) == "1.50"  # the text's digits, not a float's
    assert all(type(value) is int for value in data["ints"])


@pytest.mark.parametrize("spec", sorted((ROOT / "specs").glob("*.yaml")), ids=lambda p: p.name)
def test_libyaml_and_python_composers_read_every_spec_alike(spec: Path) -> None:
    fast, slow = read_spec(spec), read_spec(spec, PYTHON_PARSER)
    assert fast.data == slow.data
    assert fast.lines == slow.lines


def test_python_composer_reads_scalars_alike(tmp_path: Path) -> None:
    assert read(tmp_path, SCALARS) == read(tmp_path, SCALARS, PYTHON_PARSER)


def test_lines_are_those_of_the_keys_and_items(tmp_path: Path) -> None:
    path = tmp_path / "doc.yaml"
    path.write_text("a:\n  b:\n    - x\n    - y: 1\n", encoding="utf-8")
    assert read_spec(path).lines == {
        ("a",): 1,
        ("a", "b"): 2,
        ("a", "b", 0): 3,
        ("a", "b", 1): 4,
        ("a", "b", 1, "y"): 4,
    }


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("a: 1\nb:\n  c: 2\n  c: 3\n", 4, "duplicate key 'c' (first at line 3)"),
        ("a: 1\nb: .inf\n", 2, "'.inf' is not a finite number"),
        ("a: 1\nb: !!binary aGk=\n", 2, "unsupported YAML tag 'tag:yaml.org,2002:binary'"),
        ("a: &x\n  b: *x\n", 2, "an alias refers to a node that contains it"),
        ("base: &b {x: 1}\nc:\n  <<: *b\n", 3, "merge keys (<<) are not YAML 1.2"),
        ("a:\n  ? [1, 2]\n  : x\n", 2, "a mapping key must be a plain value"),
        ("a: [1\nb: 2\n", 1, "invalid YAML: a flow sequence that starts here is not closed"),
        ('a: 1\nb: 2\nc: "open\nd: 4\ne: 5\n', 3, "a quoted scalar that starts here is not closed"),
        ("a:\n  b: 1\n c: 2\n", 3, "invalid YAML"),
        ("a: 1\n---\nb: 2\n", 2, "a second YAML document starts here"),
        ("a: *nothing\n", 1, "the alias *nothing names no anchor before it"),
        ("a: 1\nb: x\x01y\n", 2, "characters are not allowed (character #x0001)"),
        ("a: 1\nb: " + "9" * 5001 + "\n", 2, "an integer of 5001 digits"),
        ("a: " + "[" * 100000 + "]" * 100000 + "\n", 1, "nested deeper than 64 levels"),
        ("".join("  " * i + "a:\n" for i in range(5000)), 65, "nested deeper than 64 levels"),
        (
            "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
            + "".join(
                f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n"
                for i in range(9)
            ),
            5,
            "YAML aliases expand to more than 100000 nodes",
        ),
    ],
)
def test_what_json_cannot_hold_is_refused_with_its_line(
    tmp_path: Path, text: str, line: int, message: str
) -> None:
    for composer in (None, PYTHON_PARSER):
        with pytest.raises(SpecError) as caught:
            read(tmp_path, text, composer)
        (problem,) = caught.value.problems
        assert problem.line == line, (composer, str(problem))
        assert message in problem.message


def test_a_spec_must_be_a_mapping(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match="a spec must be a YAML mapping"):
        read(tmp_path, "- just\n- a list\n")


def test_an_alias_is_a_copy_with_the_lines_of_its_anchor(tmp_path: Path) -> None:
    path = tmp_path / "doc.yaml"
    path.write_text("a: &x\n  b: 1\n  c: [2]\nd: *x\n", encoding="utf-8")
    spec = read_spec(path)
    assert spec.data == {"a": {"b": 1, "c": [2]}, "d": {"b": 1, "c": [2]}}
    assert spec.data["d"] is not spec.data["a"]
    assert spec.lines[("d",)] == 4
    assert spec.lines[("d", "b")] == 2
    assert spec.lines[("d", "c", 0)] == 3
