"""A valid value for a schema, for the contract tests of a spec that shows no example.

A spec found in the wild rarely gives an example for every parameter and body; the contract
tests still call every operation, with a value built here from the schema: its `const`, an
example or default it gives, the first of its `enum`, else the smallest value its type and
constraints allow (a required property each, an item where an array needs one). The value is
checked against the schema (with the document's `$ref`s) before it is used.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import jsonschema
from referencing import Registry, Resource
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT202012

# A value of each string format that any validator of it accepts.
FORMAT_VALUES = {
    "date": "2024-01-31",
    "date-time": "2024-01-31T12:00:00Z",
    "time": "12:00:00Z",
    "duration": "P1D",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "uri": "https://example.com/",
    "uri-reference": "https://example.com/",
    "iri": "https://example.com/",
    "url": "https://example.com/",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "byte": "AAAA",  # base64 of three zero bytes
    "decimal": "0",
    "integer": "0",
    "password": "secret",
}
# Strings tried, in order, against a pattern.
PATTERN_CANDIDATES = ("string", "a", "A", "0", "1", "abc", "ABC", "a1", "example", "")
MAX_DEPTH = 24  # of $refs and nesting followed while building one value


class _Builder:
    def __init__(self, document: Any, non_empty: bool = False) -> None:
        self.document = document
        self.non_empty = non_empty

    def resolve(self, ref: str) -> Any:
        node = self.document
        for part in ref.removeprefix("#/").split("/"):
            key = part.replace("~1", "/").replace("~0", "~")
            node = node[int(key)] if isinstance(node, list) else node[key]
        return node

    def value(self, schema: Any, depth: int = 0) -> Any:
        if depth > MAX_DEPTH or not isinstance(schema, dict):
            return "example"
        if isinstance(schema.get("$ref"), str) and schema["$ref"].startswith("#/"):
            merged = {k: v for k, v in schema.items() if k != "$ref"}
            target = self.resolve(schema["$ref"])
            if not merged:
                return self.value(target, depth + 1)
            schema = {"allOf": [target, merged]}
        if "const" in schema:
            return schema["const"]
        examples = schema.get("examples")
        if isinstance(examples, list) and examples:
            return examples[0]
        for key in ("example", "default"):
            if key in schema:
                return schema[key]
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            return next((v for v in schema["enum"] if v is not None), None)
        if isinstance(schema.get("allOf"), list) and schema["allOf"]:
            parts = [self.value(part, depth + 1) for part in schema["allOf"]]
            if all(isinstance(p, dict) for p in parts):
                merged_value: dict[str, Any] = {}
                for part in parts:
                    merged_value.update(part)
                rest = {k: v for k, v in schema.items() if k != "allOf"}
                own = self.value(rest, depth + 1) if rest.get("properties") else {}
                return {**merged_value, **(own if isinstance(own, dict) else {})}
            return parts[0]
        for key in ("oneOf", "anyOf"):
            alternatives = schema.get(key)
            if isinstance(alternatives, list) and alternatives:
                # The first alternative whose value the whole schema takes (oneOf: only one
                # alternative may match), null last.
                ordered = sorted(alternatives, key=lambda a: _is_null(self._deref(a)))
                candidates = [self.value(a, depth + 1) for a in ordered]
                for candidate in candidates:
                    if is_valid(self.document, schema, candidate):
                        return candidate
                return candidates[0]
        kind = _kind(schema)
        if kind == "null":
            return None
        if kind == "boolean":
            return False
        if kind in ("integer", "number"):
            return _number(schema, kind)
        if kind == "string":
            return _string(schema)
        if kind == "array":
            return self._array(schema, depth)
        if kind == "object":
            return self._object(schema, depth)
        return "example"

    def _deref(self, schema: Any) -> Any:
        seen = 0
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and seen < MAX_DEPTH:
            schema = self.resolve(schema["$ref"])
            seen += 1
        return schema

    def _array(self, schema: dict[str, Any], depth: int) -> list[Any]:
        prefix = schema.get("prefixItems")
        values = [self.value(s, depth + 1) for s in prefix] if isinstance(prefix, list) else []
        wanted = max(int(schema.get("minItems", 1)), len(values))
        if "maxItems" in schema:
            wanted = min(wanted, int(schema["maxItems"]))
        items = schema.get("items")
        while len(values) < wanted and items is not False:
            values.append(self.value(items if isinstance(items, dict) else {}, depth + 1))
        return values[:wanted] if "maxItems" in schema else values

    def _object(self, schema: dict[str, Any], depth: int) -> dict[str, Any]:
        properties = schema.get("properties") if isinstance(schema.get("properties"), dict) else {}
        assert isinstance(properties, dict)
        required = [r for r in schema.get("required", []) if isinstance(r, str)]
        if not required and properties and self.non_empty:
            required = [next(iter(properties))]  # an empty object would not be sent at all
        value: dict[str, Any] = {}
        for name in required:
            if name in properties:
                value[name] = self.value(properties[name], depth + 1)
            elif isinstance(schema.get("additionalProperties"), dict):
                value[name] = self.value(schema["additionalProperties"], depth + 1)
            else:
                value[name] = "example"
        return value


def _is_null(schema: Any) -> bool:
    return isinstance(schema, dict) and (
        schema.get("type") == "null"
        or schema.get("enum") == [None]
        or schema.get("const", 0) is None
    )


def _kind(schema: dict[str, Any]) -> str | None:
    kinds = schema.get("type")
    if isinstance(kinds, list):
        return next((k for k in kinds if k != "null"), "null" if kinds else None)
    if isinstance(kinds, str):
        return kinds
    if "properties" in schema or "required" in schema or "additionalProperties" in schema:
        return "object"
    if "items" in schema or "prefixItems" in schema:
        return "array"
    return None


def _number(schema: dict[str, Any], kind: str) -> int | Decimal:
    low: Decimal | None = None
    if isinstance(schema.get("minimum"), (int, Decimal)) and not isinstance(
        schema["minimum"], bool
    ):
        low = Decimal(schema["minimum"])
    exclusive = schema.get("exclusiveMinimum")
    if isinstance(exclusive, (int, Decimal)) and not isinstance(exclusive, bool):
        step = Decimal(1) if kind == "integer" else Decimal("0.5")
        low = max(low, Decimal(exclusive) + step) if low is not None else Decimal(exclusive) + step
    high = schema.get("maximum", schema.get("exclusiveMaximum"))
    value = low if low is not None else Decimal(0)
    if (
        low is None
        and isinstance(high, (int, Decimal))
        and not isinstance(high, bool)
        and high <= 0
    ):
        value = Decimal(high) - (1 if "exclusiveMaximum" in schema else 0)
    multiple = schema.get("multipleOf")
    if isinstance(multiple, (int, Decimal)) and multiple > 0:
        remainder = value % Decimal(multiple)
        if remainder:
            value += Decimal(multiple) - remainder
    if kind == "integer" or value == value.to_integral_value():
        return int(value)
    return value


def _string(schema: dict[str, Any]) -> str:
    fmt = schema.get("format")
    candidates = [FORMAT_VALUES[fmt]] if isinstance(fmt, str) and fmt in FORMAT_VALUES else []
    candidates += list(PATTERN_CANDIDATES)
    pattern = schema.get("pattern")
    low = int(schema.get("minLength", 0))
    high = schema.get("maxLength")
    for text in candidates:
        if len(text) < low:
            text = text + (text[-1:] or "a") * (low - len(text))
        if isinstance(high, int):
            text = text[:high]
        if not isinstance(pattern, str) or _matches(pattern, text):
            return text
    return candidates[0]


def _matches(pattern: str, text: str) -> bool:
    try:
        return re.search(pattern, text) is not None
    except re.error:
        return False


def build_value(document: Any, schema: Any, *, non_empty: bool = False) -> tuple[Any, bool]:
    """(a value for ``schema``, whether it is valid against it); ``document`` holds the refs.

    ``non_empty``: an object gets a property even when none is required (a query parameter
    of an empty object is not sent at all)."""
    value = _Builder(document, non_empty).value(schema)
    return value, is_valid(document, schema, value)


def is_valid(document: Any, schema: Any, value: Any) -> bool:
    registry: Registry[Any] = Registry().with_resource(
        "urn:coinspec:document", Resource.from_contents(document, default_specification=DRAFT202012)
    )
    validator = jsonschema.Draft202012Validator(_absolute(schema), registry=registry)
    try:
        return validator.is_valid(value)
    except (Unresolvable, re.error, RecursionError):
        return False  # a schema jsonschema cannot evaluate here: not provably valid


def _absolute(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: (
                "urn:coinspec:document" + v
                if k == "$ref" and isinstance(v, str) and v.startswith("#")
                else _absolute(v)
            )
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_absolute(v) for v in node]
    return node
