"""Every example in every spec (parameters, bodies, responses) matches the schema beside it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from generator.loader import Spec, load_specs, operations

ROOT = Path(__file__).resolve().parents[2]
SPECS = load_specs(ROOT / "specs")


def _absolute(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: (
                "urn:spec" + v
                if k == "$ref" and isinstance(v, str) and v.startswith("#")
                else _absolute(v)
            )
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_absolute(v) for v in node]
    return node


def _deref(spec: Spec, node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        node = spec.resolve(node["$ref"])
    return node


def examples(spec: Spec) -> Iterator[tuple[str, Any, Any]]:
    """(where, schema, example) for every example of a spec."""
    for _path, template, method, op in operations(spec.data):
        where = f"{spec.path.name} {method.upper()} {template}"
        for param in [
            *spec.data["paths"][template].get("parameters", []),
            *op.get("parameters", []),
        ]:
            param = _deref(spec, param)
            if "example" in param:
                yield (
                    f"{where} parameter {param['name']}",
                    param.get("schema", {}),
                    param["example"],
                )
        body = _deref(spec, op.get("requestBody"))
        for content_type, media in (body or {}).get("content", {}).items():
            for name, value in _media_examples(spec, media):
                yield f"{where} request {content_type} {name}", media.get("schema", {}), value
        for status, response in op["responses"].items():
            for content_type, media in _deref(spec, response).get("content", {}).items():
                for name, value in _media_examples(spec, media):
                    yield f"{where} {status} {content_type} {name}", media.get("schema", {}), value


def _media_examples(spec: Spec, media: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    if "example" in media:
        yield "example", media["example"]
    for name, example in (media.get("examples") or {}).items():
        yield name, _deref(spec, example).get("value")


CASES = [(spec, where, schema, value) for spec in SPECS for where, schema, value in examples(spec)]


def test_every_spec_has_examples() -> None:
    counted = {spec.path.name: sum(1 for case in CASES if case[0] is spec) for spec in SPECS}
    assert all(count > 0 for count in counted.values()), counted


@pytest.mark.parametrize(
    ("spec", "where", "schema", "value"), CASES, ids=[case[1] for case in CASES]
)
def test_example_matches_its_schema(spec: Spec, where: str, schema: Any, value: Any) -> None:
    registry: Registry[Any] = Registry().with_resource(
        "urn:spec", Resource.from_contents(spec.data, default_specification=DRAFT202012)
    )
    validator = jsonschema.Draft202012Validator(_absolute(schema), registry=registry)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(value)]
    assert not errors, f"{where}: {errors[:3]}"
