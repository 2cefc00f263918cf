"""Red team, round 2: a malicious spec given to the generator.

A spec is text someone else wrote. Whatever it holds must be refused with its file and line
(SpecError) or end up in the generated code as text only: every generated module compiles,
and nothing the spec wrote is code. The payloads call ``spec_text_ran()``: a generated module
in which that name appears as code (not inside a string) executes spec text.

Each hole found here is closed in generator/; its test shows the spec refused at its line or
its text kept as text.
"""

from __future__ import annotations

import ast
import copy
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.loader import MAX_ENUM_VALUES, MAX_ENUM_VALUES_IN_A_SPEC, load_spec
from generator.models import MODEL_METHODS
from generator.reading import SpecError
from generator.render import build

ROOT = Path(__file__).resolve().parents[2]
BASE: dict[str, Any] = yaml.safe_load((ROOT / "specs" / "coinjoin.yaml").read_text("utf-8"))
MARKER = "spec_text_ran"
# Closes a triple-quoted string, runs a call, and opens another string that the generated
# text's own closing quotes end: valid Python wherever a docstring holds the text.
ONE_LINE = f'x"""; {MARKER}(); """'
MULTI_LINE = f'ok\n"""\n{MARKER}()\n"""\nend'

Mutation = Callable[[dict[str, Any]], None]


def _operation(spec: dict[str, Any]) -> dict[str, Any]:
    operation: dict[str, Any] = spec["paths"]["/status"]["get"]
    return operation


def _schemas(spec: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = spec["components"]["schemas"]
    return schemas


def _generate(tmp_path: Path, mutate: Mutation) -> dict[str, str] | SpecError:
    spec = copy.deepcopy(BASE)
    spec["x-package"] = "hostile"
    spec["x-client-name"] = "Hostile"
    mutate(spec)
    specs = tmp_path / "specs"
    specs.mkdir()
    text = yaml.safe_dump(spec, sort_keys=False, allow_unicode=True, width=10_000)
    (specs / "hostile.yaml").write_text(text, "utf-8")
    try:
        return build(specs)
    except SpecError as refused:
        return refused


def _spec_text_as_code(path: str, source: str) -> list[str]:
    tree = ast.parse(source, path)  # a SyntaxError fails the test: the package would not import
    compile(tree, path, "exec")  # what only compiling finds (a misplaced __future__ import)
    return [
        f"{path}:{node.lineno}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Name) and node.id == MARKER
    ]


def _assert_refused_or_safe(outcome: dict[str, str] | SpecError) -> None:
    if isinstance(outcome, SpecError):
        assert outcome.problems
        for problem in outcome.problems:
            assert problem.file.endswith("hostile.yaml") and problem.line > 0, str(problem)
        return
    ran = [
        where
        for path, text in outcome.items()
        if path.endswith(".py")
        for where in _spec_text_as_code(path, text)
    ]
    assert not ran, f"spec text is code in {ran}"


def test_the_honest_spec_generates_modules_that_compile(tmp_path: Path) -> None:
    outcome = _generate(tmp_path, lambda spec: None)
    assert isinstance(outcome, dict)
    _assert_refused_or_safe(outcome)
    assert "src/coinspec/hostile/client.py" in outcome


def _title(spec: dict[str, Any]) -> None:
    spec["info"]["title"] = ONE_LINE


def _summary(spec: dict[str, Any]) -> None:
    _operation(spec)["summary"] = ONE_LINE


def _description(spec: dict[str, Any]) -> None:
    _operation(spec)["description"] = MULTI_LINE


def _backslashes(spec: dict[str, Any]) -> None:
    _operation(spec)["description"] = r"C:\new\x41 \N{BULLET} \u12 and a trailing \ "


def _client_option(spec: dict[str, Any]) -> None:
    spec["x-client-options"][0]["description"] = ONE_LINE


def _parameter(spec: dict[str, Any]) -> None:
    spec["paths"]["/transaction/{id}"]["get"]["parameters"][0]["description"] = ONE_LINE


def _security_scheme(spec: dict[str, Any]) -> None:
    for scheme in spec["components"]["securitySchemes"].values():
        scheme["description"] = ONE_LINE


def _flow(spec: dict[str, Any]) -> None:
    spec["x-flows"] = [
        {
            "name": "fetch_twice",
            "summary": ONE_LINE,
            "description": MULTI_LINE,
            "arguments": [{"name": "id", "type": "str", "description": ONE_LINE}],
            "steps": [{"call": "get_transaction", "arguments": {"id": "arg:id"}}],
        }
    ]


OPEN = {
    # Before (and still): info.title lands in the package's __init__ docstring, so
    # `import coinspec.<package>` runs the spec's code.
    "info.title closes the package docstring": _title,
    # An operation's summary and description land in its method's docstring: the code runs
    # on every call of the method.
    "an operation summary closes the method docstring": _summary,
    "an operation description closes the method docstring": _description,
    # \u12 in a description: the generator crashes with a SyntaxError traceback from the
    # formatter instead of a SpecError naming the file and line (and \x41 silently becomes A).
    "backslash escapes in a description": _backslashes,
    # A client option's description lands in the constructor's docstring: building the
    # client runs the code. A parameter's, in its operation's method.
    "a client option description closes the constructor docstring": _client_option,
    "a parameter description closes the method docstring": _parameter,
    "a security scheme description closes the constructor docstring": _security_scheme,
    "a flow's summary and argument description close its docstring": _flow,
}


@pytest.mark.parametrize("attack", list(OPEN))
def test_spec_text_in_a_docstring_is_never_code(tmp_path: Path, attack: str) -> None:
    _assert_refused_or_safe(_generate(tmp_path, OPEN[attack]))


def _names_and_text_that_held(spec: dict[str, Any]) -> None:
    """Everything tried that is refused or generated as text today, in one spec."""
    schemas = _schemas(spec)
    first = next(iter(schemas.values()))
    properties = first.setdefault("properties", {})
    properties.update(
        {
            "__class__": {"type": "string"},
            "model_config": {"type": "string"},
            "import": {"type": "string"},
            "None": {"type": "string"},
            "a\"b'c\\d": {"type": "string"},
            f'x"] = {MARKER}() #': {"type": "string", "description": MULTI_LINE + "\\"},
            "choice": {
                "type": "string",
                "enum": [f'"); {MARKER}() #', "__class__", "None", "a\\", "1abc"],
            },
            "pattern": {"type": "string", "pattern": f"')\n{MARKER}()\n#"},
            "default": {"type": "string", "default": ONE_LINE},
        }
    )
    first["description"] = MULTI_LINE + " {{ self.__init__.__globals__ }} {% raw %}"
    operation = _operation(spec)
    operation["description"] = "{{ 7 * 7 }} {% for x in range(3) %}X{% endfor %} {# c #}"
    spec["info"]["description"] = MULTI_LINE + "\n\\"
    spec["x-client-options"][0]["description"] = MULTI_LINE + "\\"


def test_names_and_texts_that_are_escaped_or_refused(tmp_path: Path) -> None:
    _assert_refused_or_safe(_generate(tmp_path, _names_and_text_that_held))


@pytest.mark.parametrize("operation_id", ["class", "__init__", "import", "close", "None"])
def test_an_operation_id_that_is_python_syntax_is_refused_or_renamed(
    tmp_path: Path, operation_id: str
) -> None:
    def rename(spec: dict[str, Any]) -> None:
        _operation(spec)["operationId"] = operation_id

    _assert_refused_or_safe(_generate(tmp_path, rename))


@pytest.mark.parametrize("cycle", [["LoopA", "LoopB"], ["Itself"]])
def test_a_reference_loop_is_refused_with_its_line(tmp_path: Path, cycle: list[str]) -> None:
    def loop(spec: dict[str, Any]) -> None:
        schemas = _schemas(spec)
        for name, target in zip(cycle, cycle[1:] + cycle[:1], strict=True):
            schemas[name] = {"$ref": f"#/components/schemas/{target}"}
        next(iter(schemas.values())).setdefault("properties", {})["loop"] = {
            "$ref": f"#/components/schemas/{cycle[0]}"
        }

    _assert_refused_or_safe(_generate(tmp_path, loop))


def test_a_recursive_object_is_generated(tmp_path: Path) -> None:
    # A schema that refers to itself through a property is a legitimate tree, not a loop.
    def tree(spec: dict[str, Any]) -> None:
        schemas = _schemas(spec)
        schemas["Node"] = {
            "type": "object",
            "properties": {"next": {"$ref": "#/components/schemas/Node"}},
        }
        next(iter(schemas.values())).setdefault("properties", {})["node"] = {
            "$ref": "#/components/schemas/Node"
        }

    outcome = _generate(tmp_path, tree)
    assert isinstance(outcome, dict)
    _assert_refused_or_safe(outcome)


# Generation time grows faster than the enum: 5,000 values took 12 s, 20,000 took 77 s, and
# 200,000 had not finished after 15 minutes. Without a bound (a SpecError at the enum's
# line, say above some thousands of values) a spec of a few megabytes stalls the generator.
ENUM_VALUES = 100_000
ENUM_SECONDS = 30


def test_an_enormous_enum_is_refused_quickly(tmp_path: Path) -> None:
    spec = copy.deepcopy(BASE)
    spec["x-package"] = "hostile"
    spec["x-client-name"] = "Hostile"
    first = next(iter(_schemas(spec).values()))
    values = [f"v{i}" for i in range(ENUM_VALUES)]
    first.setdefault("properties", {})["choice"] = {"type": "string", "enum": values}
    specs = tmp_path / "specs"
    specs.mkdir()
    (specs / "hostile.yaml").write_text(yaml.safe_dump(spec, sort_keys=False), "utf-8")
    command = [sys.executable, "-m", "generator", "generate", "--force", "--specs", str(specs)]
    # Its own process group: the generator forks workers, and a timeout ends them all.
    generating = subprocess.Popen(
        [*command, "--out", str(tmp_path / "out")],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        _, stderr = generating.communicate(timeout=ENUM_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(generating.pid, signal.SIGKILL)
        generating.communicate()
        pytest.fail(f"an enum of {ENUM_VALUES} values kept the generator busy for {ENUM_SECONDS} s")
    assert generating.returncode == 2, stderr[-2000:]
    assert f"an enum of {ENUM_VALUES} values; coinspec takes at most {MAX_ENUM_VALUES}" in stderr
    assert "hostile.yaml:" in stderr
    assert not (tmp_path / "out").exists()


def _spec_with_enums(tmp_path: Path, sizes: list[int]) -> Path:
    spec = copy.deepcopy(BASE)
    first = next(iter(_schemas(spec).values()))
    for number, size in enumerate(sizes):
        values = [f"v{number}_{i}" for i in range(size)]
        first.setdefault("properties", {})[f"choice{number}"] = {"type": "string", "enum": values}
    path = tmp_path / "coinjoin.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), "utf-8")
    return path


def test_an_enum_at_the_bound_is_a_type(tmp_path: Path) -> None:
    """The bound leaves room for the longest lists real APIs type (currencies, countries)."""
    spec = load_spec(_spec_with_enums(tmp_path, [MAX_ENUM_VALUES]))
    first = next(iter(_schemas(spec.data).values()))
    assert len(first["properties"]["choice0"]["enum"]) == MAX_ENUM_VALUES


def test_enums_too_many_in_all_are_refused(tmp_path: Path) -> None:
    sizes = [MAX_ENUM_VALUES] * (MAX_ENUM_VALUES_IN_A_SPEC // MAX_ENUM_VALUES) + [1]
    with pytest.raises(SpecError) as caught:
        load_spec(_spec_with_enums(tmp_path, sizes))
    (problem,) = caught.value.problems
    assert f"enum values in all; coinspec takes at most {MAX_ENUM_VALUES_IN_A_SPEC}" in str(problem)


# ---- names pasted into string literals ------------------------------------------------------
#
# The operations table writes `path="{{ op.path }}"` and `unwrap="{{ op.unwrap }}"`: a path
# key, or an x-unwrap naming a property, that holds a double quote ends the literal, and what
# follows runs when `coinspec.<package>` is imported. A backslash at the end of a path crashes
# the formatter instead of a SpecError.

QUOTED = f'a"+str({MARKER}())+"'


def _path(spec: dict[str, Any]) -> None:
    spec["paths"]["/status" + QUOTED] = spec["paths"].pop("/status")


def _path_backslash(spec: dict[str, Any]) -> None:
    spec["paths"]["/status\\"] = spec["paths"].pop("/status")


def _unwrapped_property(spec: dict[str, Any]) -> None:
    status = _schemas(spec)["ServiceStatus"]
    status["properties"][QUOTED] = {"$ref": "#/components/schemas/ServiceState"}
    _operation(spec)["x-unwrap"] = QUOTED


def _pagination_items(spec: dict[str, Any]) -> None:
    spec["paths"]["/transactions"]["get"]["x-pagination"]["items"] = QUOTED


LITERALS = {
    "a path key with a double quote": _path,
    "a path key ending in a backslash": _path_backslash,
    "x-unwrap naming a property with a double quote": _unwrapped_property,
    "x-pagination items with a double quote": _pagination_items,
}


@pytest.mark.parametrize("attack", list(LITERALS))
def test_spec_text_in_a_string_literal_is_never_code(tmp_path: Path, attack: str) -> None:
    _assert_refused_or_safe(_generate(tmp_path, LITERALS[attack]))


# ---- client option names ---------------------------------------------------------------------
#
# An x-client-options name is a keyword argument of the client's constructor as it is: a
# Python keyword (`lambda`) crashes the generator with a SyntaxError traceback, and a name the
# constructor already takes (`self`, `timeout`, `base_url`, `transport`) is written out as a
# client.py that does not compile ("duplicate argument"), with `make generate` succeeding.


@pytest.mark.parametrize("name", ["lambda", "self", "timeout", "base_url", "transport"])
def test_a_client_option_named_like_python_or_the_constructor_is_refused(
    tmp_path: Path, name: str
) -> None:
    def add(spec: dict[str, Any]) -> None:
        option = {"name": name, "type": "str", "description": "d", "example": "x"}
        spec["x-client-options"].append(option)

    _assert_refused_or_safe(_generate(tmp_path, add))


def test_an_ordinary_extra_client_option_is_generated(tmp_path: Path) -> None:
    def add(spec: dict[str, Any]) -> None:
        option = {"name": "region", "type": "str", "description": "d", "example": "x"}
        spec["x-client-options"].append(option)

    outcome = _generate(tmp_path, add)
    assert isinstance(outcome, dict)
    _assert_refused_or_safe(outcome)
    assert "region" in outcome["src/coinspec/hostile/client.py"]


def _properties_named(tmp_path: Path, names: tuple[str, ...]) -> str:
    def add(spec: dict[str, Any]) -> None:
        properties = _schemas(spec)["ServiceStatus"]["properties"]
        for name in names:
            properties[name] = {"type": "string"}

    outcome = _generate(tmp_path, add)
    assert isinstance(outcome, dict)
    _assert_refused_or_safe(outcome)
    models = outcome["src/coinspec/hostile/models.py"]
    return models[models.index("class ServiceStatus") :]


def test_properties_named_like_pydantic_methods_are_renamed(tmp_path: Path) -> None:
    model = _properties_named(tmp_path, ("model_dump", "json", "copy", "schema"))
    for name in ("model_dump", "json", "copy", "schema"):
        assert f'    {name}_: Annotated[str | None, Field(alias="{name}")]' in model


def test_properties_named_like_coinspec_model_methods_are_renamed(tmp_path: Path) -> None:
    model = _properties_named(tmp_path, ("to_wire", "fromWireJson"))
    assert '    to_wire_: Annotated[str | None, Field(alias="to_wire")]' in model
    assert '    from_wire_json_: Annotated[str | None, Field(alias="fromWireJson")]' in model
    for name in ("to_wire", "from_wire_json"):
        assert f"\n    {name}:" not in model, f"a field {name} shadows Model.{name}"


def test_the_renamed_fields_are_exactly_the_methods_coinspec_adds_to_pydantic() -> None:
    from pydantic import BaseModel

    from coinspec._core.model import Model

    added = {
        name
        for name, value in vars(Model).items()
        if not name.startswith("_") and name not in vars(BaseModel) and name != "model_config"
    }
    assert added == MODEL_METHODS


def test_the_bounds_a_spec_is_held_to_are_the_documented_ones() -> None:
    from generator.reading import MAX_DEPTH, MAX_EXPONENT, MAX_NUMBER_DIGITS, MAX_SPEC_BYTES

    conventions = (ROOT / "specs" / "CONVENTIONS.md").read_text("utf-8")
    bounds = conventions[conventions.index("**Sizes are bounded**") :].split("\n\n")[0]
    bounds = " ".join(bounds.split())
    assert f"{MAX_SPEC_BYTES // 2**20} MiB" in bounds
    assert f"nested at most {MAX_DEPTH} levels" in bounds
    assert f"at most {MAX_NUMBER_DIGITS:,} digits" in bounds
    assert f"exponents up to {MAX_EXPONENT:,}" in bounds
    assert f"an enum of at most {MAX_ENUM_VALUES:,} values" in bounds
    assert f"{MAX_ENUM_VALUES_IN_A_SPEC:,} in all in one spec" in bounds
