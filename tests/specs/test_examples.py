"""Every example in every spec (parameters, bodies, responses) matches the schema beside it."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from coinspec._core.spec import ServiceSpec
from coinspec.mock.schemas import SchemaChecker
from generator.loader import load_specs

ROOT = Path(__file__).resolve().parents[2]
SPECS = [ServiceSpec(spec.data, spec.path.name) for spec in load_specs(ROOT / "specs")]


@functools.cache
def checker(name: str) -> SchemaChecker:
    return SchemaChecker(next(spec for spec in SPECS if spec.name == name))


def examples(spec: ServiceSpec) -> Iterator[tuple[str, Any, Any]]:
    """(where, schema, example) for every example of a spec."""
    for op in spec.operations():
        where = f"{spec.name} {op.where}"
        for param in op.parameters:
            if "example" in param:
                yield (
                    f"{where} parameter {param['name']}",
                    param.get("schema", {}),
                    param["example"],
                )
        body = spec.deref(op.raw.get("requestBody"))
        for content_type, media in (body or {}).get("content", {}).items():
            for name, value in spec.media_examples(media):
                yield f"{where} request {content_type} {name}", media.get("schema", {}), value
        for status, response in op.raw["responses"].items():
            for content_type, media in spec.deref(response).get("content", {}).items():
                for name, value in spec.media_examples(media):
                    yield f"{where} {status} {content_type} {name}", media.get("schema", {}), value


CASES = [(spec, where, schema, value) for spec in SPECS for where, schema, value in examples(spec)]


def test_every_spec_has_examples() -> None:
    counted = {spec.name: sum(1 for case in CASES if case[0] is spec) for spec in SPECS}
    assert all(count > 0 for count in counted.values()), counted


@pytest.mark.parametrize(
    ("spec", "where", "schema", "value"), CASES, ids=[case[1] for case in CASES]
)
def test_example_matches_its_schema(spec: ServiceSpec, where: str, schema: Any, value: Any) -> None:
    problems = checker(spec.name).problems(schema, value)
    errors = [f"{list(p.path)}: {p.message}" for p in problems]
    assert not errors, f"{where}: {errors[:3]}"
