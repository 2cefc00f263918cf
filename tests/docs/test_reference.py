"""The API reference in generated/docs/ says what the package of this version does."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest

from coinspec._core.spec import available_apis, load_spec

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "generated" / "docs"
SERVICES = available_apis()


def page(api: str, name: str) -> str:
    return (DOCS / api / name).read_text(encoding="utf-8")


def sections(text: str, level: str = "###") -> dict[str, str]:
    """The page's sections at one heading level, by heading."""
    parts = re.split(rf"^{level} (.+)$", text, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def python_blocks(text: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL)


@pytest.mark.parametrize("api", SERVICES)
def test_every_operation_is_documented_with_its_signature_errors_and_example(api: str) -> None:
    module = importlib.import_module(f"coinspec.{api}")
    client = getattr(module, next(n for n in module.__all__ if n.startswith("Async"))[5:])
    documented = sections(page(api, "client.md"))
    for op in load_spec(api).operations():
        text = documented[op.id]
        assert f"`{op.method.upper()} {op.path}`" in text
        signature, example = python_blocks(text)[:2]
        method = getattr(client, op.id)
        names = [
            p
            for p in method.__code__.co_varnames[
                1 : method.__code__.co_argcount + method.__code__.co_kwonlyargcount
            ]
        ]
        assert all(f"    {name}: " in signature for name in names), (op.id, names)
        for status in op.raw["responses"]:
            if not status.startswith("2"):
                assert f"| {status} | `" in text, (op.id, status)
        call = ast.parse(example).body[0]
        assert isinstance(call, ast.Assign) and isinstance(call.value, ast.Call)
        assert ast.unparse(call.value.func) == f"client.{op.id}"


@pytest.mark.parametrize("api", SERVICES)
def test_every_model_and_field_is_documented(api: str) -> None:
    models = importlib.import_module(f"coinspec.{api}.models")
    documented = sections(page(api, "models.md"), "##")
    classes = [
        name
        for name, value in vars(models).items()
        if isinstance(value, type)
        and value.__module__ == models.__name__
        and name.isidentifier()  # not a parametrized generic pydantic registers here
        and not name.startswith("_")  # `_SideValue`: Side to the code that runs (see models.py)
    ]
    assert classes and sorted(classes) == sorted(documented)
    for name in classes:
        fields = getattr(getattr(models, name), "model_fields", {})
        if "root" in fields:
            continue
        for field_name, info in fields.items():
            wire = info.alias or field_name
            assert f"| `{field_name}` | `{wire}` |" in documented[name], (name, field_name)


@pytest.mark.parametrize("api", SERVICES)
def test_every_environment_variable_is_listed(api: str) -> None:
    client = importlib.import_module(f"coinspec.{api}.client")
    listed = (DOCS / "_environment.md").read_text(encoding="utf-8")
    variables = [v.name for v in client.SERVICE.environment]
    assert variables
    for name in variables:
        assert f"| `{name}` |" in listed
        assert f"| `{name}` |" in page(api, "index.md")


def test_every_python_block_of_the_reference_is_python() -> None:
    blocks = [
        block for path in sorted(DOCS.rglob("*.md")) for block in python_blocks(path.read_text())
    ]
    assert len(blocks) > 100
    for block in blocks:
        ast.parse(block)


def test_descriptions_cannot_break_a_table_or_turn_into_html() -> None:
    from generator.docs import cell, code

    assert cell("a | b <c> `x | <y>`") == "a \\| b &lt;c&gt; `x | <y>`"
    assert cell("one\nline") == "one line"
    assert code("int | None") == "`int | None`"
    assert code("a `b`") == "`` a `b` ``"
