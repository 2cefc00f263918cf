"""The IR holds data: sources, steps and hooks are structured values the templates write out."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.ir import Api, FlowBody, RuntimeFunction, build_api
from generator.loader import SpecError, load_spec
from generator.sources import Source, parse_source

ROOT = Path(__file__).resolve().parents[2]


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
    fetch, transaction, sign, post = flow.steps
    assert (fetch.kind, fetch.name, fetch.operation and fetch.operation.id) == (
        "call",
        "contract",
        "get_contract",
    )
    assert fetch.arguments == (("id", Source("arg", "id")),)
    assert transaction.name == "transaction"
    assert (sign.kind, sign.function) == (
        "run",
        RuntimeFunction("coinspec_runtime.hodlhodl", "release_for_contract"),
    )
    assert dict(sign.arguments) == {
        "contract": Source("step", "contract"),
        "transaction": Source("step", "transaction"),
        "signing_key": Source("option", "escrow_signing_key"),
        "network": Source("option", "network"),
        "max_fee": Source("arg", "max_fee"),
    }
    assert post.body == FlowBody(Source("step", "signed"))
    assert post.name == "step4"  # no `as`: named by its place
    assert flow.result_step == "step4"
    assert flow.typed_steps == {"contract", "transaction", "step4"}  # the calls, not the run
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
    assert hook.function == RuntimeFunction("coinspec_runtime.hodlhodl", "verify_contract_escrow")
    assert hook.arguments == (
        ("contract", Source("body")),
        ("network", Source("option", "network")),
        ("user_xpub", Source("option", "escrow_xpub")),
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
