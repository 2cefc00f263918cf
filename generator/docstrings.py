"""How generated docstrings are laid out: one width and one way of wrapping, used by the
model docstrings (generator/models.py) and the templates' docstrings (the `wrap` filter)."""

from __future__ import annotations

import ast
import re
import textwrap

# The width of a docstring line, indentation included: readable in a terminal's help() and
# in an editor's hover, under the formatter's line length.
DOCSTRING_WIDTH = 88

# The section of a model's docstring that lists its fields (Google style, as help() shows it
# and documentation tools read it); coinspec._core.model keeps it out of the JSON schema.
FIELDS_HEADING = "Attributes:"

_LIST_ITEM = re.compile(r"[-*] |\d+[.)] ")


def wrap(text: str, indent: str = "", hanging: int = 0) -> str:
    """`text`, each line after `indent`, in lines of at most DOCSTRING_WIDTH: a longer line
    is broken at spaces (never inside a word or a URL), its further lines indented as it
    is plus `hanging` (`name: ...` entries of an Args section) or under a list item's text.
    The text's own line breaks and blank lines stay."""
    out: list[str] = []
    for line in text.split("\n"):
        if not line.strip():
            out.append("")
            continue
        own = indent + line[: len(line) - len(line.lstrip())]
        item = _LIST_ITEM.match(line.lstrip())
        out += textwrap.wrap(
            line.lstrip(),
            DOCSTRING_WIDTH,
            initial_indent=own,
            subsequent_indent=own + " " * max(hanging, len(item.group()) if item else 0),
            break_long_words=False,
            break_on_hyphens=False,
        )
    return "\n".join(out)


def annotation_of(field: ast.AnnAssign) -> ast.expr:
    """A generated model field's annotation as an expression, also where it is written as a
    string (a forward reference, see generator/models.py)."""
    annotation = field.annotation
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        return ast.parse(annotation.value, mode="eval").body
    return annotation


def field_description(field: ast.AnnAssign) -> str | None:
    """The `description=` of a generated model field's `Field(...)`, in its annotation or
    as its value, whitespace collapsed."""
    parts = [annotation_of(field), *([field.value] if field.value is not None else [])]
    for node in (node for part in parts for node in ast.walk(part)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "Field"
        ):
            for keyword in node.keywords:
                if keyword.arg == "description" and isinstance(keyword.value, ast.Constant):
                    return " ".join(str(keyword.value.value).split())
    return None


def model_summary(docstring: str) -> str:
    """A generated model's docstring (cleaned, as ast.get_docstring gives it) without the
    section that lists its fields."""
    head, heading, _ = docstring.partition(FIELDS_HEADING)
    if heading and (not head or head.endswith("\n")):
        return head.strip()
    return docstring
