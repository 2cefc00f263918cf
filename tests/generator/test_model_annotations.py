"""Generated models modules evaluate their annotations when each class is defined (no
`from __future__ import annotations`, whose string annotations pydantic compiles one by one
for every class an import creates); only a reference to a class not yet defined stays a
string, and resolves when the model is first built."""

from __future__ import annotations

import ast
import sys
import types
from pathlib import Path

import pydantic
import pytest

from generator.docs import model_docs
from generator.loader import load_spec
from generator.models import _annotations_evaluated_on_definition, generate_models

TREE = """\
openapi: 3.1.0
info: {title: Tree, version: "1"}
x-package: tree
x-client-name: Tree
paths: {}
components:
  schemas:
    Node:
      type: object
      required: [name]
      properties:
        name: {type: string}
        children:
          type: array
          items: {$ref: "#/components/schemas/Node"}
        owner:
          description: "Who owns it: Ünïcode ‘quotes’ and \\"double\\" ones."
          allOf: [{$ref: "#/components/schemas/Owner"}]
    Owner:
      type: object
      required: [id]
      properties:
        id: {type: integer}
        favourite: {$ref: "#/components/schemas/Node"}
"""


def _module(source: str, name: str) -> types.ModuleType:
    module = types.ModuleType(name)
    sys.modules[name] = module  # pydantic resolves references in the model's own module
    try:
        exec(compile(source, f"<{name}>", "exec"), module.__dict__)
    except BaseException:
        del sys.modules[name]
        raise
    return module


@pytest.fixture
def tree(tmp_path: Path) -> str:
    path = tmp_path / "tree.yaml"
    path.write_text(TREE, encoding="utf-8")
    return generate_models(load_spec(path))


def _string_annotations(source: str) -> dict[str, str]:
    found = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.ClassDef):
            for field in node.body:
                if (
                    isinstance(field, ast.AnnAssign)
                    and isinstance(field.target, ast.Name)
                    and isinstance(field.annotation, ast.Constant)
                ):
                    found[f"{node.name}.{field.target.id}"] = str(field.annotation.value)
    return found


def test_only_references_to_classes_not_yet_defined_stay_strings(tree: str) -> None:
    assert "from __future__" not in tree
    quoted = _string_annotations(tree)
    # Node refers to itself, and to Owner defined after it; Owner's reference to Node is
    # to a class already defined, evaluated with its class.
    assert set(quoted) == {"Node.children", "Node.owner"}
    assert "Owner" in quoted["Node.owner"] and "Ünïcode" in quoted["Node.owner"]


def test_the_models_build_and_validate_through_their_references(tree: str) -> None:
    module = _module(tree, "coinspec_test_tree_models")
    try:
        node_class, owner_class = module.Node, module.Owner
        assert not node_class.__pydantic_complete__  # built on first use, as before
        node = node_class.model_validate(
            {
                "name": "a",
                "children": [{"name": "b"}],
                "owner": {"id": 1, "favourite": {"name": "c"}},
            }
        )
        assert isinstance(node.children[0], node_class)
        assert isinstance(node.owner, owner_class) and node.owner.favourite.name == "c"
        with pytest.raises(pydantic.ValidationError) as refused:
            node_class.model_validate({"name": "a", "children": [{"name": []}]})
        assert [e["loc"] for e in refused.value.errors()] == [("children", 0, "name")]
        description = node_class.model_fields["owner"].description
        assert description == 'Who owns it: Ünïcode ‘quotes’ and "double" ones.'
    finally:
        del sys.modules["coinspec_test_tree_models"]


def test_the_reference_documents_a_quoted_field_as_any_other(tree: str) -> None:
    (node,) = [doc for doc in model_docs(tree) if doc.name == "Node"]
    owner = next(field for field in node.fields if field.name == "owner")
    assert owner.annotation == "Owner | None"
    assert owner.description.startswith("Who owns it: Ünïcode")


def test_a_field_after_one_that_shadows_a_type_reads_that_name_as_before() -> None:
    """A field with a value binds its name in the class body; an annotation after it that
    names it stays a string, which pydantic resolves as it did with the __future__ import
    (datamodel-code-generator imports such types under another name: `date_aliased`)."""
    source = (
        "from __future__ import annotations\n"
        "from typing import Optional\n"
        "from pydantic import BaseModel\n"
        "class Span(BaseModel):\n"
        "    int: Optional[int] = None\n"
        "    length: int\n"
    )
    rewritten = _annotations_evaluated_on_definition(source)
    assert _string_annotations(rewritten) == {"Span.length": "int"}
    fields = []
    for name, text in (("coinspec_test_span_before", source), ("coinspec_test_span", rewritten)):
        try:
            model = _module(text, name).Span
            fields.append({k: v.annotation for k, v in model.model_fields.items()})
        finally:
            del sys.modules[name]
    assert fields[0] == fields[1]


def test_every_generated_models_module_has_eager_annotations(
    generated_files: dict[str, str],
) -> None:
    models = {p: t for p, t in generated_files.items() if p.endswith("/models.py")}
    assert len(models) == 5
    for path, text in models.items():
        assert "from __future__" not in text, path
