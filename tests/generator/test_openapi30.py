"""OpenAPI 3.0 documents are read as the OpenAPI 3.1 they mean, every node at its line."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from generator.loader import SpecError, load_spec

DOCUMENT_30 = """\
openapi: 3.0.3
info: {title: Thirty, version: "1"}
x-package: thirty
x-client-name: Thirty
paths:
  /things:
    get:
      operationId: list_things
      parameters:
        - name: since
          in: query
          schema: {type: string, nullable: true}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: array
                items: {$ref: "#/components/schemas/Thing"}
components:
  schemas:
    Thing:
      type: object
      properties:
        price:
          type: number
          minimum: 0
          exclusiveMinimum: true
          maximum: 10
          exclusiveMaximum: false
          example: 0.5
        owner:
          $ref: "#/components/schemas/Owner"
          nullable: true
        kind:
          enum: [a, b]
          nullable: true
    Owner:
      type: object
      properties:
        name: {type: string}
"""


def write(tmp_path: Path, text: str, name: str = "thirty.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems(tmp_path: Path, text: str) -> list[str]:
    with pytest.raises(SpecError) as caught:
        load_spec(write(tmp_path, text))
    return [str(p) for p in caught.value.problems]


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_a_30_document_is_read_as_31(tmp_path: Path) -> None:
    spec = load_spec(write(tmp_path, DOCUMENT_30))
    assert spec.source_version == "3.0.3"
    assert spec.data["openapi"] == "3.1.0"
    thing = spec.data["components"]["schemas"]["Thing"]["properties"]
    assert thing["price"] == {
        "type": "number",
        "exclusiveMinimum": 0,
        "maximum": 10,
        "examples": [Decimal("0.5")],
    }
    assert thing["owner"] == {"anyOf": [{"$ref": "#/components/schemas/Owner"}, {"type": "null"}]}
    assert thing["kind"] == {"enum": ["a", "b", None]}
    parameter = spec.data["paths"]["/things"]["get"]["parameters"][0]
    assert parameter["schema"] == {"type": ["string", "null"]}
    assert spec.warnings == []


def test_what_moved_keeps_its_line(tmp_path: Path) -> None:
    spec = load_spec(write(tmp_path, DOCUMENT_30))
    owner = ("components", "schemas", "Thing", "properties", "owner")
    assert spec.line_of((*owner, "anyOf", 0, "$ref")) == line_of(
        DOCUMENT_30, '$ref: "#/components/schemas/Owner"'
    )
    price = ("components", "schemas", "Thing", "properties", "price")
    assert spec.line_of((*price, "examples", 0)) == line_of(DOCUMENT_30, "example: 0.5")


@pytest.mark.parametrize(
    ("old", "new", "needle", "message"),
    [
        (
            "exclusiveMaximum: false",
            "exclusiveMaximum: false\n          nullable: yes",
            "nullable: yes",
            "nullable must be true or false, not 'yes'",
        ),
        (
            "          minimum: 0\n",
            "",
            "exclusiveMinimum: true",
            "exclusiveMinimum: true needs a minimum to be exclusive of",
        ),
    ],
)
def test_what_30_cannot_mean_is_refused_at_its_line(
    tmp_path: Path, old: str, new: str, needle: str, message: str
) -> None:
    text = DOCUMENT_30.replace(old, new)
    (found,) = problems(tmp_path, text)
    assert found.endswith(f"thirty.yaml:{line_of(text, needle)}: {message}"), found


def test_nullable_in_a_31_document_is_read_with_a_warning(tmp_path: Path) -> None:
    text = (
        DOCUMENT_30.replace("openapi: 3.0.3", "openapi: 3.1.0")
        .replace("          exclusiveMinimum: true\n", "")
        .replace("          exclusiveMaximum: false\n", "")
    )
    spec = load_spec(write(tmp_path, text))
    schema = spec.data["paths"]["/things"]["get"]["parameters"][0]["schema"]
    assert schema == {"type": ["string", "null"]}
    lines = [w.line for w in spec.warnings]
    assert line_of(text, "nullable: true}") in lines
    assert all("nullable is OpenAPI 3.0, not 3.1" in w.message for w in spec.warnings)
    assert str(spec.warnings[0]).startswith(f"{tmp_path / 'thirty.yaml'}:{lines[0]}: warning: ")


@pytest.mark.parametrize(
    ("version_line", "message"),
    [
        (
            'swagger: "2.0"',
            "Swagger 2.0 (OpenAPI 2) is not supported: convert it to OpenAPI 3 first",
        ),
        ("openapi: 3.2.0", "OpenAPI 3.2.0 is not supported: 3.0.x and 3.1.x are"),
        ("openapi: 3", "openapi must be a version string such as 3.1.0, not 3"),
    ],
)
def test_other_versions_are_refused(tmp_path: Path, version_line: str, message: str) -> None:
    text = DOCUMENT_30.replace("openapi: 3.0.3", version_line)
    (found,) = problems(tmp_path, text)
    assert found.endswith(f":1: {message}") or message in found, found


def test_a_json_30_document_loads(tmp_path: Path) -> None:
    import json

    from generator.loader import read_spec

    data = read_spec(write(tmp_path, DOCUMENT_30)).data
    spec = load_spec(write(tmp_path, json.dumps(data, default=str, indent=2), "thirty.json"))
    assert spec.data["components"]["schemas"]["Thing"]["properties"]["kind"]["enum"] == [
        "a",
        "b",
        None,
    ]


def test_what_stands_beside_a_ref_in_30_is_left_out(tmp_path: Path) -> None:
    """3.0 ignores it; read as 3.1 it would be applied (a `required` of properties the
    referenced schema has not would make every value invalid)."""
    text = DOCUMENT_30.replace(
        '              schema:\n                type: array\n                items: {$ref: "#/components/schemas/Thing"}',
        '              schema:\n                $ref: "#/components/schemas/Thing"\n'
        "                description: the thing\n                required: [ghost]",
    )
    spec = load_spec(write(tmp_path, text))
    media = spec.data["paths"]["/things"]["get"]["responses"]["200"]["content"]["application/json"]
    assert media["schema"] == {"$ref": "#/components/schemas/Thing", "description": "the thing"}
    (warning,) = spec.warnings
    assert warning.line == line_of(text, "required: [ghost]")
    assert "beside a $ref, OpenAPI 3.0 ignores required; left out" in warning.message
