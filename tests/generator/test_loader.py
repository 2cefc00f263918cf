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


def test_other_extensions_are_allowed_and_ignored(tmp_path: Path) -> None:
    """OpenAPI allows any x- key; coinspec checks only its own vocabulary."""
    text = VALID.replace(
        "      operationId: get_thing",
        "      operationId: get_thing\n      x-retry-forever: true\n      x-codeSamples: [{lang: sh}]",
    ).replace("x-package: tiny", "x-package: tiny\nx-logo: {url: a.png}")
    spec = load_spec(write(tmp_path, text))
    assert spec.data["x-logo"] == {"url": "a.png"}
    assert spec.warnings == []


def test_an_extension_one_letter_from_ours_is_refused(tmp_path: Path) -> None:
    """A typo must not silently switch a verification off (x-hooks) or an envelope (x-unwrap)."""
    text = VALID.replace(
        "      operationId: get_thing", "      operationId: get_thing\n      x-unwarp: thing"
    )
    (found,) = problems(tmp_path, text)
    assert (
        f"tiny.yaml:{line_of(text, 'x-unwarp')}: 'x-unwarp' is not coinspec's; did you mean 'x-unwrap'?"
        in found
    )


def test_extension_in_the_wrong_place_says_where_it_belongs(tmp_path: Path) -> None:
    text = VALID.replace("x-package: tiny", "x-package: tiny\nx-idempotent: true")
    (found,) = problems(tmp_path, text)
    assert "x-idempotent does not belong here (it belongs on an operation)" in found


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
    write(tmp_path, VALID.replace("x-package: tiny", "x-package: mock"))
    out = tmp_path / "out"
    assert main(["generate", "--specs", str(tmp_path / "specs"), "--out", str(out)]) == 2
    assert not out.exists()
    err = capsys.readouterr().err
    assert (
        "tiny.yaml:5: x-package 'mock' is not free: coinspec.mock is part of coinspec itself" in err
    )
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


def test_flow_running_a_runtime_function_with_the_wrong_arguments(tmp_path: Path) -> None:
    text = VALID.replace(
        "paths:",
        """x-client-options:
  - {name: network, type: str, description: The network.}
x-flows:
  - name: checked_fetch
    summary: s
    steps:
      - call: get_thing
        arguments: {thing_id: "arg:thing_id"}
        as: thing
      - run: coinspec_runtime.hodlhodl:verify_contract
        arguments: {contract: "step:thing", network: "option:network", user_xpub: "option:network"}
      - run: coinspec_runtime.hodlhodl:verify_nothing
      - run: coinspec_runtime.nowhere:verify
    arguments:
      - {name: thing_id, type: str, description: The thing.}
paths:""",
    )
    found = problems(tmp_path, text)
    where = [p.split(": ", 1)[0] for p in found]
    assert any(
        "flow 'checked_fetch' step 2: coinspec_runtime.hodlhodl:verify_contract takes no argument 'user_xpub'"
        in p
        for p in found
    ), found
    assert any("coinspec_runtime.hodlhodl has no function 'verify_nothing'" in p for p in found)
    assert any("coinspec_runtime.nowhere is not a module of coinspec_runtime" in p for p in found)
    assert all(w.startswith(str(tmp_path)) and w.count(":") >= 1 for w in where), where
    # A required argument left out is named too.
    missing = text.replace(', network: "option:network", user_xpub: "option:network"', "")
    assert any(
        "coinspec_runtime.hodlhodl:verify_contract needs the argument 'network'" in p
        for p in problems(tmp_path, missing)
    )


def test_problems_of_every_file_are_reported_together(tmp_path: Path) -> None:
    from generator.loader import load_specs

    folder = tmp_path / "specs"
    folder.mkdir()
    (folder / "a.yaml").write_text(VALID.replace("x-package: tiny", "x-package: testing"))
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


def test_a_field_openapi_does_not_have_is_left_out_with_a_warning(tmp_path: Path) -> None:
    """Published documents carry such fields (openapi-python-client's own has a `title` on
    an operation); the generator reads none of them, and says so."""
    text = VALID.replace(
        "      operationId: get_thing", "      operationId: get_thing\n      title: Get a thing"
    )
    spec = load_spec(write(tmp_path, text))
    assert "title" not in spec.data["paths"]["/things/{thing_id}"]["get"]
    (warning,) = spec.warnings
    assert str(warning) == (
        f"{tmp_path / 'specs' / 'tiny.yaml'}:{line_of(text, 'title: Get')}: warning: "
        "'title' is not a field of this object in OpenAPI 3.1; left out"
    )


def test_a_misspelt_field_is_refused_with_the_right_name(tmp_path: Path) -> None:
    text = VALID.replace("      responses:", "      Responses:\n        x: 1\n      responses:")
    found = problems(tmp_path, text)
    assert any(
        f"tiny.yaml:{line_of(text, 'Responses:')}: not valid OpenAPI 3.1: 'Responses' is no "
        "field here; did you mean 'responses'?" in p
        for p in found
    ), found


def test_a_default_that_breaks_its_schema_is_left_out_with_a_warning(tmp_path: Path) -> None:
    text = VALID.replace(
        "          schema: {type: string}", "          schema: {type: string, default: 1}"
    )
    spec = load_spec(write(tmp_path, text))
    parameter = spec.data["paths"]["/things/{thing_id}"]["get"]["parameters"][0]
    assert parameter["schema"] == {"type": "string"}
    (warning,) = spec.warnings
    assert warning.line == line_of(text, "default: 1")
    assert "the default 1 does not match its schema (1 is not of type 'string'); left out" in (
        warning.message
    )


def test_exact_numbers_are_doubles_and_floats(tmp_path: Path) -> None:
    """Numbers are read as Decimal: a `double` default or example is no float, and valid."""
    text = VALID.replace(
        "        amount: {type: number, format: decimal}",
        "        amount: {type: number, format: double, default: 0.5, examples: [0.25]}",
    )
    spec = load_spec(write(tmp_path, text))
    assert spec.warnings == []
    amount = spec.data["components"]["schemas"]["Thing"]["properties"]["amount"]
    assert amount["default"] == Decimal("0.5")


def test_errors_of_the_semantic_checks_name_their_line(tmp_path: Path) -> None:
    """openapi-spec-validator gives no place for these; they were all at line 1."""
    text = VALID.replace(
        "      properties:\n        amount:",
        "      allOf:\n        - type: object\n      required: [missing]\n      properties:\n        amount:",
    )
    found = problems(tmp_path, text)
    assert any(
        f"tiny.yaml:{line_of(text, '    Thing:')}: not valid OpenAPI 3.1: Required list has not defined properties: ['missing']"
        in p
        for p in found
    ), found
