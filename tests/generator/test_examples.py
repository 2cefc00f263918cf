"""Contract tests of a spec without examples call each operation with a value built from its
schema (issue #16 item 5): one the schema accepts, and the same one every time."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from generator.examples import build_value

DOCUMENT: dict[str, Any] = {
    "components": {
        "schemas": {
            "Pet": {
                "type": "object",
                "required": ["name", "kind"],
                "properties": {
                    "name": {"type": "string", "minLength": 3},
                    "kind": {"$ref": "#/components/schemas/Kind"},
                    "tag": {"type": "string"},
                },
            },
            "Kind": {"type": "string", "enum": ["cat", "dog"]},
        }
    }
}


@pytest.mark.parametrize(
    ("schema", "value"),
    [
        ({"$ref": "#/components/schemas/Pet"}, {"name": "string", "kind": "cat"}),
        ({"type": "integer", "exclusiveMinimum": 0}, 1),
        (
            {"type": "number", "minimum": Decimal("0.5"), "multipleOf": Decimal("0.25")},
            Decimal("0.5"),
        ),
        ({"type": "number", "exclusiveMaximum": -2}, -3),
        ({"type": "string", "format": "date-time"}, "2024-01-31T12:00:00Z"),
        ({"type": "string", "format": "byte"}, "AAAA"),
        ({"type": "string", "pattern": "^[A-Z]+$"}, "A"),
        ({"const": "fixed"}, "fixed"),
        ({"type": "string", "default": "given"}, "given"),
        ({"type": "array", "minItems": 2, "items": {"type": "boolean"}}, [False, False]),
        (
            {"type": "array", "prefixItems": [{"type": "integer"}, {"type": "string"}]},
            [0, "string"],
        ),
        # oneOf: the first alternative's value that only one alternative takes
        (
            {
                "oneOf": [
                    {"type": "string"},
                    {"type": "string", "maxLength": 10},
                    {"type": "integer"},
                ]
            },
            0,
        ),
        ({"anyOf": [{"type": "null"}, {"type": "boolean"}]}, False),  # null last
    ],
)
def test_a_value_the_schema_accepts(schema: dict[str, Any], value: Any) -> None:
    assert build_value(DOCUMENT, schema) == (value, True)


def test_a_query_object_gets_a_property_so_that_it_is_sent() -> None:
    schema = {"type": "object", "properties": {"tag": {"type": "string"}}}
    assert build_value(DOCUMENT, schema) == ({}, True)
    assert build_value(DOCUMENT, schema, non_empty=True) == ({"tag": "string"}, True)


def test_a_schema_no_value_is_built_for_says_so() -> None:
    value, valid = build_value(DOCUMENT, {"type": "string", "pattern": "^x{5}$"})
    assert not valid, value
