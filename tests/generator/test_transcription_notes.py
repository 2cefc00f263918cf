"""What the transcriber noted about a document stays in the spec; users read descriptions.

A description that tells how the document was read ("Document mistake: ...", "see info,
item 5", "the curl line reads ...") reaches the docstrings, the field descriptions and
`model_json_schema()` of the generated package. Those notes go in `x-transcription-note`
(specs/CONVENTIONS.md), which no generated code carries.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.loader import SpecError, load_spec
from generator.render import build

ROOT = Path(__file__).resolve().parents[2]
SPECS = sorted((ROOT / "specs").glob("*.yaml"))

# Phrases that tell the story of the document rather than describe the API. "Document" alone
# is not one: CryptoCoin.Pro's KYC takes identity documents.
TRANSCRIPTION = re.compile(
    r"document (mistake|inconsisten|contradict|error|typo)"
    r"|\bthe (api )?document(?:'s\b| (says|reads|writes|shows|gives|types|lists|names|marks"
    r"|has|means|calls|spells|uses|describes|does|documents|only|also|never|recommends"
    r"|example|table|text)\b)"
    r"|\b(in|from|of) the (api )?document\b"
    r"|\bdocumented as\b"
    r"|\bsee info\b"
    r"|\bcurl (line|example|command)"
    r"|transcri"
    r"|seeds/",
    re.IGNORECASE,
)

# Keys whose values are data, not OpenAPI objects (an example may say anything).
DATA_KEYS = frozenset({"example", "examples", "default", "const", "enum"})

TINY = """\
openapi: 3.1.0
info:
  title: Tiny
  version: "1"
  x-transcription-note: NOTE-INFO the document has no host.
x-transcription-note: NOTE-ROOT transcribed from a page.
x-package: tiny
x-client-name: Tiny
paths:
  /things/{thing_id}:
    x-transcription-note: NOTE-PATH the curl line reads /thing.
    get:
      operationId: get_thing
      summary: Get a thing
      description: Returns one thing.
      x-transcription-note: NOTE-OPERATION see info, item 5.
      parameters:
        - name: thing_id
          in: path
          required: true
          description: The thing's id.
          x-transcription-note: NOTE-PARAMETER the table calls it thingId.
          schema: {type: string}
      responses:
        "200":
          description: The thing.
          x-transcription-note: NOTE-RESPONSE the example is not JSON.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
              example: {amount: "0.5"}
        "404":
          description: No such thing.
          x-transcription-note: NOTE-ERROR documented without a body.
components:
  schemas:
    Thing:
      type: object
      description: A thing.
      x-transcription-note: NOTE-SCHEMA Document mistake, one example is an array.
      properties:
        amount:
          type: string
          format: decimal
          description: Its amount.
          x-transcription-note: NOTE-PROPERTY a number in one example, a string in another.
"""


def _descriptions(node: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[str, str]]:
    """Every description and summary of a spec, with where it stands."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in DATA_KEYS and path[-1:] != ("properties",):
                continue
            if isinstance(key, str) and key.startswith("x-"):
                continue
            if key in ("description", "summary") and isinstance(value, str):
                yield "/".join(map(str, (*path, key))), value
            else:
                yield from _descriptions(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _descriptions(value, (*path, index))


def _strings(source: str) -> Iterator[str]:
    """Every string literal of a module: its docstrings and the fields' descriptions."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value


@pytest.mark.parametrize("spec", SPECS, ids=[path.stem for path in SPECS])
def test_no_description_of_a_spec_tells_the_story_of_the_document(spec: Path) -> None:
    told = [
        f"{place}: ...{found.string[max(0, found.start() - 40) : found.end() + 40]}..."
        for place, text in _descriptions(load_spec(spec).data)
        if (found := TRANSCRIPTION.search(text)) is not None
    ]
    assert told == [], f"{spec.name}: move these to x-transcription-note:\n" + "\n".join(told)


def test_no_generated_docstring_or_field_description_tells_it(
    generated_files: dict[str, str],
) -> None:
    told = [
        f"{name}: {found.group(0)!r} in {text[:80]!r}"
        for name, source in generated_files.items()
        if name.endswith(".py") and "/_specs/" not in name
        for text in _strings(source)
        if (found := TRANSCRIPTION.search(text)) is not None
    ]
    assert told == []


def test_no_generated_documentation_page_tells_it(generated_files: dict[str, str]) -> None:
    """The reference pages (generated/docs) are read by the same users as the docstrings."""
    pages = {name: text for name, text in generated_files.items() if name.endswith(".md")}
    assert pages, "the generation writes documentation pages"
    told = [
        f"{name}: ...{found.string[max(0, found.start() - 40) : found.end() + 40]}..."
        for name, text in pages.items()
        if (found := TRANSCRIPTION.search(text)) is not None
    ]
    assert told == []


def test_the_phrases_are_recognised() -> None:
    """The check is not vacuous: each kind of note found in the specs before is caught, and
    what describes the API (identity documents for the KYC) is not."""
    notes = [
        "Document mistake: a JSON number (`0`) in one example.",
        "The document's table names it `platformId`.",
        "The document shows a JSON body with nested objects.",
        "Only empty arrays appear in the document; the item type is assumed.",
        'Documented as "Type: boolean" but the example returns a string.',
        "(see info, item 5)",
        "the curl line reads /v1/users.",
        "Transcribed from the article of November 18, 2024.",
    ]
    descriptions = [
        "Upload the document for the KYC: front and back, or a passport.",
        "The document type: passport or id card.",
        "A status the spec does not document is kept as a string.",
    ]
    assert [note for note in notes if not TRANSCRIPTION.search(note)] == []
    assert [text for text in descriptions if TRANSCRIPTION.search(text)] == []


def test_a_note_may_stand_on_any_object_and_no_generated_code_carries_it(
    tmp_path: Path,
) -> None:
    specs = tmp_path / "specs"
    specs.mkdir()
    (specs / "tiny.yaml").write_text(TINY, encoding="utf-8")
    files = build(specs)
    carried = [
        (name, marker)
        for name, text in files.items()
        if "/_specs/" not in name
        for marker in re.findall(r"NOTE-[A-Z]+", text)
    ]
    assert carried == []
    # The thing itself is still described to its users.
    models = next(text for name, text in files.items() if name.endswith("tiny/models.py"))
    assert "Its amount." in models
    assert "A thing." in models


def test_a_note_that_is_not_text_is_refused_at_its_line(tmp_path: Path) -> None:
    text = TINY.replace(
        "x-transcription-note: NOTE-PARAMETER the table calls it thingId.",
        "x-transcription-note: {table: thingId}",
    )
    path = tmp_path / "tiny.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        load_spec(path)
    line = text.splitlines().index("          x-transcription-note: {table: thingId}") + 1
    (problem,) = caught.value.problems
    assert f"tiny.yaml:{line}: malformed x-transcription-note" in str(problem)


def test_a_misspelt_note_key_is_refused(tmp_path: Path) -> None:
    """A note under a key one letter away would pass silently as someone else's extension."""
    text = TINY.replace(
        "      x-transcription-note: NOTE-OPERATION", "      x-transcription-notes: NOTE-OPERATION"
    )
    path = tmp_path / "tiny.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        load_spec(path)
    assert "did you mean 'x-transcription-note'?" in str(caught.value.problems[0])
