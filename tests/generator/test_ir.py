"""The IR holds data: sources, steps and hooks are structured values the templates write out."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator import templating
from generator.ir import Api, FlowBody, RuntimeFunction
from generator.ir import build_api as build_api_with
from generator.loader import Spec, SpecError, load_spec
from generator.sources import Source, parse_source

ROOT = Path(__file__).resolve().parents[2]
METHOD_ARGUMENTS = templating.method_arguments()


def build_api(spec: Spec) -> Api:
    return build_api_with(spec, METHOD_ARGUMENTS)


@pytest.fixture(scope="module")
def hodlhodl() -> Api:
    return build_api(load_spec(ROOT / "specs" / "hodlhodl.yaml"))


@pytest.fixture(scope="module")
def atomic() -> Api:
    return build_api(load_spec(ROOT / "specs" / "atomic.yaml"))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("body", Source("body")),
        ("result", Source("result")),
        ("option:escrow_xpub", Source("option", "escrow_xpub")),
        ("param:platform", Source("param", "platform")),
        ("param:pagination[limit]", Source("param", "pagination", "limit")),
        ("arg:max_fee", Source("arg", "max_fee")),
        ("step:contract", Source("step", "contract")),
    ],
)
def test_sources_are_parsed_into_kind_name_and_member(text: str, source: Source) -> None:
    assert parse_source(text) == source


@pytest.mark.parametrize("text", ["", "option:", "options:x", "body:x", "x", "param"])
def test_a_malformed_source_is_refused_with_what_is_expected(text: str) -> None:
    with pytest.raises(ValueError, match="is not a value source: expected body, result"):
        parse_source(text)


def test_a_flow_is_steps_of_operations_functions_and_sources(hodlhodl: Api) -> None:
    flow = next(f for f in hodlhodl.flows if f.name == "release_escrow")
    fetch, transaction, verify, sign, post = flow.steps
    assert (fetch.kind, fetch.name, fetch.operation and fetch.operation.id) == (
        "call",
        "contract",
        "get_contract",
    )
    assert fetch.arguments == (("id", Source("arg", "id")),)
    assert transaction.name == "transaction"
    assert (verify.kind, verify.function) == (
        "run",
        RuntimeFunction("coinspec_runtime.hodlhodl", "verify_release_transaction"),
    )
    assert dict(verify.arguments) == {
        "contract": Source("step", "contract"),
        "transaction": Source("step", "transaction"),
        "network": Source("option", "network"),
        "xpub": Source("option", "escrow_xpub"),
        "hodlhodl_public_key": Source("option", "hodlhodl_public_key"),
        "contract_id": Source("arg", "id"),
        "max_fee": Source("arg", "max_fee"),
        "max_fee_rate": Source("arg", "max_fee_rate"),
    }
    assert dict(sign.arguments) == {
        "verified": Source("step", "verified"),
        "key": Source("option", "escrow_signing_key"),
    }
    assert post.body == FlowBody(fields=(("hex", Source("step", "signed")),))
    assert post.name == "step5"  # no `as`: named by its place
    assert flow.result_step == "step5"
    assert flow.typed_steps == {"contract", "transaction", "step5"}  # the calls, not the runs
    max_fee = next(a for a in flow.arguments if a.name == "max_fee")
    assert (max_fee.default, max_fee.has_default) == (10000, True)
    assert next(a for a in flow.arguments if a.name == "id").has_default is False


def test_a_flow_step_body_built_field_by_field(atomic: Api) -> None:
    flow = next(f for f in atomic.flows if f.name == "timed_unlock_collateral")
    unlock = next(step for step in flow.steps if step.name == "unlock")
    assert unlock.body == FlowBody(
        fields=(("amount", Source("arg", "amount")), ("nLockTime", Source("arg", "lock_time")))
    )
    # The wire name `user-id` is passed as the method's Python argument.
    assert unlock.arguments == (("user_id", Source("arg", "user_id")),)


def test_hook_arguments_are_sources(hodlhodl: Api) -> None:
    op = next(op for op in hodlhodl.operations if op.id == "get_contract")
    (hook,) = op.hooks
    assert hook.function == RuntimeFunction("coinspec_runtime.hodlhodl", "verify_contract")
    assert hook.arguments == (
        ("contract", Source("body")),
        ("contract_id", Source("param", "id")),
        ("hodlhodl_public_key", Source("option", "hodlhodl_public_key")),
        ("network", Source("option", "network")),
        ("xpub", Source("option", "escrow_xpub")),
    )


HOOKED = """\
openapi: 3.1.0
info: {title: Hooked, version: "1"}
x-package: hooked
x-client-name: Hooked
x-client-options:
  - {name: secret, type: str, description: The secret.}
paths:
  /things:
    get:
      operationId: list_things
      parameters:
        - name: page
          in: query
          style: deepObject
          schema:
            type: object
            properties: {limit: {type: integer}}
      x-hooks:
        - stage: before-request
          function: coinspec_runtime.coinjoin:sign
          arguments: {limit: "param:page[limit]", secret: "option:secret"}
      responses:
        "200": {description: ok}
"""


def test_a_hook_may_take_a_member_of_a_deep_object_parameter(tmp_path: Path) -> None:
    path = tmp_path / "hooked.yaml"
    path.write_text(HOOKED)
    (op,) = build_api(load_spec(path)).operations
    assert dict(op.hooks[0].arguments)["limit"] == Source("param", "page", "limit")


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("param:size[limit]", "hook argument 'limit' uses parameter 'size', which GET /things"),
        ("option:missing", "hook argument 'limit' uses client option 'missing', which x-client"),
    ],
)
def test_a_hook_source_naming_nothing_is_refused(tmp_path: Path, source: str, message: str) -> None:
    path = tmp_path / "hooked.yaml"
    path.write_text(HOOKED.replace('"param:page[limit]"', f'"{source}"'))
    with pytest.raises(SpecError) as caught:
        load_spec(path)
    assert any(message in str(p) and ":21:" in str(p) for p in caught.value.problems), [
        str(p) for p in caught.value.problems
    ]


# Each schema as a query parameter (an annotation of the IR) and as a model's field.
WIRE_SCHEMAS = {
    "picture": ("{type: string, contentMediaType: image/png}", "Upload"),
    "picture_text": (  # the picture's bytes, as base64 text on the wire (issue #16 item 8)
        "{type: string, contentMediaType: image/png, contentEncoding: base64}",
        "Base64Bytes",
    ),
    "hash": ("{type: string, format: byte}", "Base64Bytes"),
    "raw": ("{type: string, format: binary}", "Upload"),
    "count": ("{type: [integer, string], format: integer}", "Integer"),
    "digits": ("{type: string, format: integer}", "Integer"),
    "price": ("{type: string, format: decimal}", "DecimalText"),
    "amount": ("{type: number, format: decimal}", "Decimal"),
    "either": ("{type: [string, number], format: decimal}", "Decimal"),
    "ratio": ("{type: number}", "Decimal"),
    "maybe": ('{type: [string, "null"], format: decimal}', "DecimalText | None"),
    "plain": ("{type: integer}", "int"),
}


def wire_spec(tmp_path: Path) -> Path:
    parameters = "".join(
        f"        - {{name: {name}, in: query, schema: {schema}}}\n"
        for name, (schema, _) in WIRE_SCHEMAS.items()
    )
    properties = "".join(
        f"        {name}: {schema}\n" for name, (schema, _) in WIRE_SCHEMAS.items()
    )
    path = tmp_path / "wired.yaml"
    path.write_text(
        "openapi: 3.1.0\n"
        "info: {title: Wired, version: '1'}\n"
        "x-package: wired\n"
        "x-client-name: Wired\n"
        "paths:\n"
        "  /things:\n"
        "    get:\n"
        "      operationId: get_things\n"
        "      parameters:\n"
        f"{parameters}"
        "      responses:\n"
        "        '200':\n"
        "          description: ok\n"
        "          content:\n"
        "            application/json:\n"
        "              schema: {$ref: '#/components/schemas/Things'}\n"
        "components:\n"
        "  schemas:\n"
        "    Things:\n"
        "      type: object\n"
        "      required: [" + ", ".join(WIRE_SCHEMAS) + "]\n"
        "      properties:\n"
        f"{properties}"
    )
    return path


def test_a_schema_has_one_wire_type_in_signatures_and_models(tmp_path: Path) -> None:
    from generator.models import generate_models

    spec = load_spec(wire_spec(tmp_path))
    (op,) = build_api(spec).operations
    signature = {p.py_name: p.annotation for p in op.parameters}
    source = generate_models(spec)
    # `name: Type` or `name: Annotated[Type, Field(...)]` (raw output, not formatted yet)
    fields = re.findall(r"^    (\w+): (?:Annotated\[)?(.+?)(?:, Field\(.*)?$", source, re.MULTILINE)
    # An integer field is pydantic's StrictInt (no true, 1.0 or "1_000"): an int on the wire.
    model = {name: re.sub(r"\bStrictInt\b", "int", kind) for name, kind in fields}
    for name, (_, expected) in WIRE_SCHEMAS.items():
        assert signature[name] == expected, name
        assert model[name] == expected, name


CLASHING = """\
openapi: 3.1.0
info: {title: Clash, version: "1"}
x-package: clash
x-client-name: Clash
paths:
  /things:
    get:
      operationId: get_thing
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
components:
  schemas:
    Thing:
      type: object
      properties:
        root: {$ref: "#/components/schemas/RootModel"}
        upload: {type: string, format: binary}
    RootModel:
      type: object
      properties:
        code: {type: string}
    CoinspecUpload:
      type: object
      properties:
        name: {type: string}
"""


def test_a_schema_whose_class_name_the_models_need_is_refused_at_its_line(
    tmp_path: Path,
) -> None:
    """The loader renames such schemas (generator/names.py); a spec that reaches the models
    with one anyway is refused, not given a class its annotations do not name."""
    from generator.models import generate_models

    path = tmp_path / "clash.yaml"
    path.write_text(CLASHING)
    spec = load_spec(path)
    components = spec.data["components"]["schemas"]
    if "RootModel" not in components:  # renamed by the loader: put the name back
        renamed = next(name for name in components if name.startswith("RootModel"))
        components["RootModel"] = components.pop(renamed)
        spec.lines[("components", "schemas", "RootModel")] = 22
    with pytest.raises(SpecError) as caught:
        generate_models(spec)
    assert [str(p) for p in caught.value.problems] == [
        f"{path}:22: schema 'RootModel' cannot become class 'RootModel': the generated models "
        "module needs that name for an import; rename the schema"
    ]


def test_a_schema_named_like_a_helper_of_the_models_keeps_its_class(tmp_path: Path) -> None:
    from generator.models import generate_models

    path = tmp_path / "clash.yaml"
    path.write_text(CLASHING.replace("RootModel", "Detail"))
    source = generate_models(load_spec(path))
    assert "class CoinspecUpload(Model):" in source
    assert re.search(r"^    upload: Upload", source, re.MULTILINE)


def test_a_spec_error_survives_a_trip_to_another_process() -> None:
    import pickle

    from generator.loader import SpecProblem

    problem = SpecProblem("specs/x.yaml", 3, "wrong")
    assert pickle.loads(pickle.dumps(SpecError([problem]))).problems == [problem]


def test_the_methods_own_argument_names_come_from_the_templates() -> None:
    assert {"self", "body", "timeout", "max_retries", "extra_headers"} <= METHOD_ARGUMENTS


def test_a_parameter_named_like_a_method_argument_is_renamed(tmp_path: Path) -> None:
    path = tmp_path / "hooked.yaml"
    path.write_text(
        HOOKED.replace(
            "- name: page",
            "- {name: timeout, in: query, schema: {type: integer}}\n        - name: page",
        )
    )
    (op,) = build_api(load_spec(path)).operations
    assert {p.name: p.py_name for p in op.parameters}["timeout"] == "timeout_"


def test_a_flow_argument_named_like_a_method_argument_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "hooked.yaml"
    path.write_text(
        HOOKED.replace(
            "paths:",
            "x-flows:\n"
            "  - name: list_twice\n"
            "    summary: s\n"
            "    arguments:\n"
            "      - {name: max_retries, type: int, description: d}\n"
            "    steps:\n"
            "      - call: list_things\n"
            "paths:",
            1,
        )
    )
    with pytest.raises(SpecError) as caught:
        build_api(load_spec(path))
    (problem,) = caught.value.problems
    assert problem.line == 11
    assert "flow argument 'max_retries' has the name of an argument every method takes" in str(
        problem
    )


@pytest.mark.parametrize(
    ("servers", "base_url"),
    [
        (
            '[{url: "https://{region}.wild.example/{version}", variables: '
            "{region: {default: eu, enum: [eu, us]}, version: {default: v2}}}]",
            "https://eu.wild.example/v2",
        ),
        ('[{url: "https://{region}.wild.example"}]', None),  # no default to take: required
        ('[{url: "/v1"}]', None),
        (
            '[{url: "https://wild.example/v1"}, {url: "https://other.example"}]',
            "https://wild.example/v1",
        ),
    ],
)
def test_the_default_base_url_is_the_first_server_with_its_variables_defaults(
    tmp_path: Path, servers: str, base_url: str | None
) -> None:
    path = tmp_path / "wild.yaml"
    path.write_text(
        'openapi: 3.1.0\ninfo: {title: Wild, version: "1"}\n'
        f"servers: {servers}\n"
        'paths:\n  /ping:\n    get:\n      responses:\n        "204": {description: pong}\n',
        encoding="utf-8",
    )
    assert build_api(load_spec(path)).base_url == base_url


SENDS = """\
openapi: 3.1.0
info: {title: Sends, version: "1"}
x-package: sends
x-client-name: Sends
paths:
  /things:
    post:
      operationId: create_thing
      x-hooks:
        - stage: verify
          function: coinspec_runtime.coinjoin:verify_response_signature
          arguments: {asked: request}
      requestBody:
        required: true
        content:
          application/json:
            schema: {type: object, properties: {name: {type: string}}}
      responses:
        "200": {description: ok}
"""


def test_a_verify_hook_may_take_the_json_request_body_sent(tmp_path: Path) -> None:
    path = tmp_path / "sends.yaml"
    path.write_text(SENDS)
    (op,) = build_api(load_spec(path)).operations
    assert op.hooks[0].arguments == (("asked", Source("request")),)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("stage: verify", "stage: before-request"), "a before-request hook runs before there"),
        (("required: true", "required: false"), "its request body is optional"),
        (("application/json", "application/x-www-form-urlencoded"), "is not JSON only"),
        (("      requestBody:\n", "      x-no-body:\n"), "the operation takes no request body"),
    ],
    ids=["before-request-hook", "optional-body", "form-body", "no-body"],
)
def test_the_request_source_where_no_json_body_was_sent_is_refused_at_its_line(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    text = SENDS.replace(*change)
    if "x-no-body" in text:  # the requestBody block goes
        text = (
            text.split("      x-no-body:\n")[0]
            + '      responses:\n        "200": {description: ok}\n'
        )
    path = tmp_path / "sends.yaml"
    path.write_text(text)
    with pytest.raises(SpecError) as caught:
        load_spec(path)
    shown = [str(p) for p in caught.value.problems]
    assert any(message in p and ":12:" in p for p in shown), shown
