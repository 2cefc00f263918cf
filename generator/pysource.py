"""Python literals written the way black lays them out.

black still formats every generated module; writing what it would write anyway only saves it
work: a module it leaves unchanged is formatted in one pass instead of two.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

LINE_LENGTH = 100


class Source(str):
    """Python source that `literal` writes as it is (a call, a name) inside a collection."""


def string(value: str) -> str:
    """A string literal quoted as black normalizes it: double quotes unless they need more escapes."""
    text = repr(value)
    if text.startswith('"'):
        return text
    body = text[1:-1]
    if body.count("\\'") >= value.count('"'):
        return '"' + body.replace("\\'", "'").replace('"', '\\"') + '"'
    return text


def literal(value: Any, indent: int = 0, prefix: str = "", suffix: str = "") -> str:
    """``value`` as source; a collection goes on one line when ``prefix + it + suffix`` fits at
    ``indent``, otherwise one item per line with trailing commas, as black splits it."""
    if isinstance(value, Source):
        return str(value)
    if isinstance(value, str):
        return string(value)
    if isinstance(value, bool) or value is None or isinstance(value, int):
        return repr(value)
    if isinstance(value, Decimal):
        return f"Decimal({string(str(value))})"
    if isinstance(value, dict):
        items = [(string(str(k)) + ": ", v) for k, v in value.items()]
        return _collection("{", "}", items, indent, prefix, suffix, one_tuple=False)
    if isinstance(value, list):
        return _collection(
            "[", "]", [("", v) for v in value], indent, prefix, suffix, one_tuple=False
        )
    if isinstance(value, tuple):
        return _collection(
            "(", ")", [("", v) for v in value], indent, prefix, suffix, one_tuple=len(value) == 1
        )
    raise TypeError(f"no Python literal for {type(value).__name__}")


def call(prefix: str, function: str, arguments: list[Any], indent: int, suffix: str = "") -> str:
    """``prefix + function(arguments) + suffix`` at ``indent``, split the way black splits a call
    without a magic trailing comma: on one line, else the arguments on one line of their own,
    else one argument per line. An argument is source, or (``keyword=``, value) for a literal."""

    def flat(argument: Any) -> str:
        return argument if isinstance(argument, str) else argument[0] + literal(argument[1])

    line = f"{prefix}{function}({', '.join(map(flat, arguments))}){suffix}"
    if indent + len(line) <= LINE_LENGTH:
        return line
    inner = " " * (indent + 4)
    hugged = ", ".join(map(flat, arguments))
    if indent + 4 + len(hugged) <= LINE_LENGTH:
        return f"{prefix}{function}(\n{inner}{hugged}\n{' ' * indent}){suffix}"
    lines = "".join(
        f"{inner}{a if isinstance(a, str) else a[0] + literal(a[1], indent + 4, a[0], ',')},\n"
        for a in arguments
    )
    return f"{prefix}{function}(\n{lines}{' ' * indent}){suffix}"


def _collection(
    opening: str,
    closing: str,
    items: list[tuple[str, Any]],
    indent: int,
    prefix: str,
    suffix: str,
    *,
    one_tuple: bool,
) -> str:
    joined = ", ".join(key + literal(v) for key, v in items) + ("," if one_tuple else "")
    flat = f"{opening}{joined}{closing}"
    if not items or (
        indent + len(prefix) + len(flat) + len(suffix) <= LINE_LENGTH and "\n" not in flat
    ):
        return flat
    inner = indent + 4
    lines = [f"{' ' * inner}{key}{literal(v, inner, key, ',')}," for key, v in items]
    return opening + "\n" + "\n".join(lines) + "\n" + " " * indent + closing
