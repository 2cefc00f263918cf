"""A broken spec gets `file:line: what is wrong`, a non-zero exit, and nothing written."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from generator.__main__ import main
from generator.loader import SpecError, load_spec

VALID = """\
openapi: 3.1.0
info:
  title: Tiny
  version: "1"
x-package: tiny
x-client-name: Tiny
paths:
  /things/{thing_id}:
    get:
      operationId: get_thing
      parameters:
        - name: thing_id
          in: path
          required: true
          schema: {type: string}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
              example: {amount: 0.00316}
components:
  schemas:
    Thing:
      type: object
      properties:
        amount: {type: number, format: decimal}
"""


def write(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "specs"
    folder.mkdir(exist_ok=True)
    path = folder / "tiny.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def problems(tmp_path: Path, text: str) -> list[str]:
    path = write(tmp_path, text)
    with pytest.raises(SpecError) as caught:
        load_spec(path)
    return [str(p) for p in caught.value.problems]


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_valid_spec_loads_with_exact_decimals(tmp_path: Path) -> None:
    spec = load_spec(write(tmp_path, VALID))
    example = spec.data["paths"]["/things/{thing_id}"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]["example"]
    assert example == {"amount": Decimal("0.00316")}
    assert isinstance(example["amount"], Decimal)


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    text = VALID.replace('  version: "1"', "  version: [1\n  bad: :")
    found = problems(tmp_path, text)
    assert len(found) == 1
    assert found[0].startswith(f"{tmp_path / 'specs' / 'tiny.yaml'}:")
    assert "invalid YAML" in found[0]


def test_duplicate_yaml_key_is_refused(tmp_path: Path) -> None:
    text = VALID.replace("x-client-name: Tiny", "x-client-name: Tiny\nx-client-name: Other")
    (found,) = problems(tmp_path, text)
    assert f":{line_of(text, 'x-client-name: Other')}:" in found
    assert "duplicate key" in found


def test_unknown_ref_names_file_line_and_target(tmp_path: Path) -> None:
    text = VALID.replace(
        '$ref: "#/components/schemas/Thing"', '$ref: "#/components/schemas/Nothing"'
    )
    (found,) = problems(tmp_path, text)
    assert f"tiny.yaml:{line_of(text, 'Nothing')}:" in found
    assert "'#/components/schemas/Nothing' points to nothing" in found


def test_operation_without_responses(tmp_path: Path) -> None:
    start = VALID.index("      responses:")
    end = VALID.index("components:")
    text = VALID[:start] + "      responses: {}\n" + VALID[end:]
    found = problems(tmp_path, text)
    assert any(
        f"tiny.yaml:{line_of(text, 'get:')}: GET /things/{{thing_id}} has no responses" in p
        for p in found
    )


def test_duplicate_operation_id(tmp_path: Path) -> None:
    text = VALID.replace(
        "components:",
        """  /others:
    get:
      operationId: get_thing
      responses:
        "204": {description: none}
components:""",
    )
    found = problems(tmp_path, text)
    second = [i for i, line in enumerate(text.splitlines(), 1) if "operationId: get_thing" in line][
        1
    ]
    assert found == [
        f"{tmp_path / 'specs' / 'tiny.yaml'}:{second}: duplicate operationId 'get_thing' (first at line {line_of(text, 'operationId')})"
    ]


def test_undeclared_path_parameter(tmp_path: Path) -> None:
    text = VALID.replace("/things/{thing_id}:", "/things/{thing_id}/{part}:")
    (found,) = problems(tmp_path, text)
    assert f"tiny.yaml:{line_of(text, 'get:')}:" in found
    assert "path parameter {part} of GET /things/{thing_id}/{part} is not declared" in found


def test_unknown_extension(tmp_path: Path) -> None:
    text = VALID.replace(
        "      operationId: get_thing", "      operationId: get_thing\n      x-retry-forever: true"
    )
    (found,) = problems(tmp_path, text)
    assert (
        f"tiny.yaml:{line_of(text, 'x-retry-forever')}: unknown extension 'x-retry-forever'"
        in found
    )


def test_extension_in_the_wrong_place_says_where_it_belongs(tmp_path: Path) -> None:
    text = VALID.replace("x-package: tiny", "x-package: tiny\nx-idempotent: true")
    (found,) = problems(tmp_path, text)
    assert "unknown extension 'x-idempotent' here (it belongs on an operation)" in found


def test_malformed_extension(tmp_path: Path) -> None:
    text = VALID.replace(
        "      operationId: get_thing",
        "      operationId: get_thing\n      x-idempotent: sometimes",
    )
    (found,) = problems(tmp_path, text)
    assert (
        f"tiny.yaml:{line_of(text, 'x-idempotent')}: malformed x-idempotent: 'sometimes' is not of type 'boolean'"
        in found
    )


def test_extension_naming_a_missing_parameter(tmp_path: Path) -> None:
    text = VALID.replace(
        "      operationId: get_thing",
        "      operationId: get_thing\n      x-pagination: {style: offset, limit: limit, offset: offset, items: things}",
    )
    found = problems(tmp_path, text)
    assert any(
        "x-pagination limit parameter 'limit' is not a parameter of GET /things/{thing_id}" in p
        for p in found
    )


def test_a_login_must_name_a_scheme_and_a_field_of_its_result(tmp_path: Path) -> None:
    text = VALID.replace(
        "      operationId: get_thing",
        "      operationId: get_thing\n      x-sets-credential: {scheme: bearerAuth, from: token}",
    )
    found = [p.split("/specs/", 1)[-1] for p in problems(tmp_path, text)]
    line = line_of(text, "x-sets-credential")
    assert (
        f"tiny.yaml:{line}: x-sets-credential names security scheme 'bearerAuth', which components.securitySchemes does not declare"
        in found
    )
    assert (
        f"tiny.yaml:{line}: x-sets-credential takes 'token', which is not a field of the result of GET /things/{{thing_id}}"
        in found
    )


def test_a_client_check_must_name_declared_options(tmp_path: Path) -> None:
    text = VALID.replace(
        "paths:\n",
        "x-client-checks:\n"
        "  - option: signing_key\n"
        "    function: coinspec_runtime.configuration:check_signing_key\n"
        "    arguments: {signing_key: 'option:signing_key'}\n"
        "paths:\n",
    )
    found = [p.split("/specs/", 1)[-1] for p in problems(tmp_path, text)]
    assert (
        f"tiny.yaml:{line_of(text, 'option: signing_key')}: x-client-checks checks 'signing_key', which x-client-options does not declare"
        in found
    )
    assert any("check argument 'signing_key' uses client option 'signing_key'" in p for p in found)


def test_invalid_openapi_is_reported_with_its_line(tmp_path: Path) -> None:
    text = VALID.replace("          description: ok\n", "")
    found = problems(tmp_path, text)
    line = line_of(text, '"200":')
    assert any(
        f'tiny.yaml:{line}: not valid OpenAPI 3.1: "description" is a required property' in p
        for p in found
    ), found


def test_cli_exits_non_zero_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path, VALID.replace("operationId: get_thing", "operationId: Get-Thing"))
    out = tmp_path / "out"
    assert main(["generate", "--specs", str(tmp_path / "specs"), "--out", str(out)]) == 2
    assert not out.exists()
    err = capsys.readouterr().err
    assert "operationId 'Get-Thing' of GET /things/{thing_id} is not snake_case" in err
    assert "nothing was written" in err


def test_validate_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, VALID)
    assert main(["validate", "--specs", str(tmp_path / "specs")]) == 0
    assert "1 spec(s) valid: tiny.yaml" in capsys.readouterr().out


def test_flow_naming_an_unknown_operation_or_step(tmp_path: Path) -> None:
    text = VALID.replace(
        "paths:",
        """x-flows:
  - name: fetch_twice
    summary: s
    steps:
      - call: get_thing
        arguments: {thing_id: "step:nothing"}
      - call: get_nothing
paths:""",
    )
    found = problems(tmp_path, text)
    assert any(
        "flow 'fetch_twice' calls 'get_nothing', which is not an operationId of this spec" in p
        for p in found
    )
    assert any(
        "takes thing_id from 'step:nothing', but there is no such earlier step" in p for p in found
    )


def test_problems_of_every_file_are_reported_together(tmp_path: Path) -> None:
    from generator.loader import load_specs

    folder = tmp_path / "specs"
    folder.mkdir()
    (folder / "a.yaml").write_text(VALID.replace("operationId: get_thing", "operationId: Bad-One"))
    (folder / "b.yaml").write_text(
        VALID.replace("x-package: tiny", "x-package: other").replace(
            "#/components/schemas/Thing", "#/components/schemas/Gone"
        )
    )
    (folder / "c.yaml").write_text(VALID.replace("x-package: tiny", "x-package: third"))
    with pytest.raises(SpecError) as caught:
        load_specs(folder)
    files = sorted({Path(p.file).name for p in caught.value.problems})
    assert files == ["a.yaml", "b.yaml"]


BROKEN_SCHEMAS = [
    {"type": "strng"},
    {"required": "amount"},
    {"pattern": "["},
    {"minimum": "a"},
    {"properties": {"amount": {"type": "nope"}}},
    {"items": {"enum": "not-a-list"}},
    {"discriminator": {"propertyName": 5}},
]


@pytest.mark.parametrize("schema", BROKEN_SCHEMAS, ids=lambda s: str(s))
def test_schema_objects_are_checked_like_openapi_schema_validator_does(
    tmp_path: Path, schema: dict[str, object]
) -> None:
    """The dialect check runs in jsonschema-rs (generator/loader.py); it must refuse what the
    Python check refuses, at the schema's line."""
    import jsonschema
    from openapi_schema_validator import OAS31Validator, oas31_format_checker

    with pytest.raises(jsonschema.exceptions.SchemaError):
        OAS31Validator.check_schema(schema, format_checker=oas31_format_checker)
    text = VALID.replace(
        "        amount: {type: number, format: decimal}", f"        amount: {json.dumps(schema)}"
    )
    found = problems(tmp_path, text)
    assert any(
        f"tiny.yaml:{line_of(text, 'amount: {')}: not valid OpenAPI 3.1:" in p for p in found
    ), found


def test_valid_schema_objects_pass_both_checks(tmp_path: Path) -> None:
    schema = {
        "type": ["string", "null"],
        "pattern": "^[a-z]+$",
        "format": "decimal",
        "examples": ["ab"],
        "description": "lower-case letters",
    }
    text = VALID.replace(
        "        amount: {type: number, format: decimal}", f"        amount: {json.dumps(schema)}"
    )
    assert (
        load_spec(write(tmp_path, text)).data["components"]["schemas"]["Thing"]["properties"][
            "amount"
        ]["pattern"]
        == "^[a-z]+$"
    )
