"""What the spec says of a model and its fields is what a user reads: in the JSON schema,
in `model_fields`, in help() and in the docstrings an editor shows (issue #15 item 14)."""

from __future__ import annotations

import importlib
import pydoc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from coinspec._core.model import FIELDS_HEADING, Model
from coinspec._core.spec import available_apis, load_spec

ROOT = Path(__file__).resolve().parents[2]
SERVICES = available_apis()
WIDTH = 88  # generator/docstrings.py's DOCSTRING_WIDTH


def words(text: str) -> str:
    return " ".join(text.split())


def described_properties(api: str) -> Iterator[tuple[type[Model], str, str]]:
    """(model class, wire name, description) for every property the spec describes."""
    models = importlib.import_module(f"coinspec.{api}.models")
    for name, schema in (load_spec(api).get("components") or {}).get("schemas", {}).items():
        for wire, node in (schema.get("properties") or {}).items():
            if isinstance(node, dict) and node.get("description"):
                yield getattr(models, name), wire, words(node["description"])


@pytest.mark.parametrize("api", SERVICES)
def test_every_described_property_is_described_in_the_json_schema(api: str) -> None:
    checked = 0
    for model, wire, description in described_properties(api):
        schema = model.model_json_schema()
        definitions = schema.get("$defs", {})
        own = definitions[schema["$ref"].rsplit("/", 1)[-1]] if "$ref" in schema else schema
        node: dict[str, Any] = own["properties"][wire]
        if "description" not in node and "$ref" in node:
            # pydantic leaves out a description the referenced schema has already
            node = definitions[node["$ref"].rsplit("/", 1)[-1]]
        assert words(node.get("description", "")) == description, (model, wire)
        checked += 1
    assert checked, f"{api}: no described property"


def test_a_contract_shows_its_fields_in_help_and_its_own_description_in_the_schema() -> None:
    from coinspec.hodlhodl.models import Contract

    schema = Contract.model_json_schema()
    assert schema["description"] == "Contract resource."  # the fields are not repeated there
    assert schema["properties"]["price"]["description"].startswith("Asset price")
    assert (
        Contract.model_fields["price"].description == schema["properties"]["price"]["description"]
    )
    shown = words(pydoc.render_doc(Contract, renderer=pydoc.TextDoc()).replace("|", ""))
    assert "Contract resource. Attributes: id: ID your_role: Your role" in shown
    assert "price: Asset price (in currency_code fiat currency, at the moment of the" in shown


def test_the_json_schema_keeps_a_description_that_is_not_a_fields_section() -> None:
    class Note(Model):
        """What the word Attributes: means mid-line stays."""

        text: str

    assert Note.model_json_schema()["description"] == (
        "What the word Attributes: means mid-line stays."
    )


@pytest.mark.parametrize("api", SERVICES)
def test_docstrings_are_wrapped_at_a_readable_width(api: str) -> None:
    module = importlib.import_module(f"coinspec.{api}")
    models = importlib.import_module(f"coinspec.{api}.models")
    client = getattr(module, next(n for n in module.__all__ if n.startswith("Async"))[5:])
    docstrings = [
        (name, value.__doc__)
        for name, value in vars(models).items()
        if getattr(value, "__module__", None) == models.__name__
    ]
    docstrings += [
        (name, getattr(client, name).__doc__)
        for name in [*vars(client), "__init__"]
        if not name.startswith("_") or name == "__init__"
    ]
    too_long = [
        (name, line)
        for name, doc in docstrings
        if isinstance(doc, str)
        for line in doc.splitlines()
        if len(line) > WIDTH and " " in line.strip()  # one word longer than a line (a URL) stays
    ]
    assert too_long == []


@pytest.mark.parametrize("api", SERVICES)
def test_the_reference_pages_show_each_described_field_once(api: str) -> None:
    page = (ROOT / "generated" / "docs" / api / "models.md").read_text(encoding="utf-8")
    assert FIELDS_HEADING not in page  # the docstring's list is the page's table already
    rows = [line for line in page.splitlines() if line.startswith("| `")]
    for _model, wire, description in described_properties(api):
        cells = [row for row in rows if f"| `{wire}` |" in row]
        assert any(description.split()[0] in row for row in cells), (wire, description)
