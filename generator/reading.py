"""Spec files (YAML 1.2 or JSON) read into JSON values, with the line of every node.

No input can crash the reading or make it run away: the tree is built iteratively (no
recursion, so no stack to exhaust), and every dimension of it is bounded - the file's size,
the nesting depth, the nodes YAML aliases may copy, the digits of a number. Beyond a bound
the file is refused with ``file:line: what is wrong``, at the line where the bound was
crossed.
"""

from __future__ import annotations

import copy
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml
import yaml.parser
import yaml.reader
import yaml.scanner

JsonPath = tuple[str | int, ...]

# The bounds. Real documents stay far below each (the largest published OpenAPI documents
# are a few MB and nest a few dozen levels); what is beyond them is refused, not read.
MAX_SPEC_BYTES = 32 * 1024 * 1024
# Every later stage (the validators, datamodel-code-generator, black) walks the tree
# recursively, a few frames per level: this depth leaves them ample room on Python's stack.
MAX_DEPTH = 64
# YAML aliases may copy this many nodes in all, or as many as the file writes out if that
# is more: enough for any use of anchors, far too little for a "billion laughs".
ALIAS_NODE_BUDGET = 100_000
# Python's own bound for turning digits into an int (see sys.int_info); a longer integer is
# refused rather than read by raising the interpreter's limit.
MAX_NUMBER_DIGITS = sys.int_info.default_max_str_digits
# A Decimal's exponent beyond this makes arithmetic overflow decimal's default context.
MAX_EXPONENT = 99_999


@dataclass(frozen=True)
class SpecProblem:
    """Something wrong in a spec file, at its line. A warning does not stop the generation:
    the generator did what it says and went on (an error stops it before anything is written)."""

    file: str
    line: int
    message: str
    warning: bool = False

    def __str__(self) -> str:
        severity = "warning: " if self.warning else ""
        return f"{self.file}:{self.line}: {severity}{self.message}"


class SpecError(Exception):
    """One or more problems in spec files; nothing has been written."""

    def __init__(self, problems: list[SpecProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    def __reduce__(self) -> tuple[type[SpecError], tuple[list[SpecProblem]]]:
        # As it was made: generation raises it in worker processes too.
        return (SpecError, (self.problems,))


class _Refusal(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


# YAML 1.2 core schema (https://yaml.org/spec/1.2.2/#1032-tag-resolution).
CORE_NULL = frozenset({"", "~", "null", "Null", "NULL"})
CORE_BOOL = {
    "true": True,
    "True": True,
    "TRUE": True,
    "false": False,
    "False": False,
    "FALSE": False,
}
CORE_INT = re.compile(r"[-+]?[0-9]+")
CORE_OCT = re.compile(r"0o[0-7]+")
CORE_HEX = re.compile(r"0x[0-9a-fA-F]+")
CORE_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
CORE_NOT_FINITE = re.compile(r"[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)")
YAML_STR = "tag:yaml.org,2002:str"
YAML_MAP = "tag:yaml.org,2002:map"
YAML_SEQ = "tag:yaml.org,2002:seq"
_SURROGATE = re.compile("[\ud800-\udfff]")


def _integer(text: str, line: int) -> int:
    digits = len(text.lstrip("+-"))
    if digits > MAX_NUMBER_DIGITS:
        raise _Refusal(
            line,
            f"an integer of {digits} digits; a spec's numbers have at most {MAX_NUMBER_DIGITS}",
        )
    return int(text)


def _decimal(text: str, line: int) -> Decimal:
    mantissa = re.split("[eE]", text, maxsplit=1)[0]
    digits = sum(c.isdigit() for c in mantissa)
    if digits > MAX_NUMBER_DIGITS:
        raise _Refusal(
            line,
            f"a number of {digits} digits; a spec's numbers have at most {MAX_NUMBER_DIGITS}",
        )
    value = Decimal(text)
    if abs(value.adjusted()) > MAX_EXPONENT:
        raise _Refusal(
            line, f"the number {text[:40]} is out of range (exponents up to {MAX_EXPONENT})"
        )
    return value


def _text(value: str, line: int) -> str:
    if _SURROGATE.search(value):
        raise _Refusal(line, "a string holds a lone surrogate (\\ud800-\\udfff), not UTF-8 text")
    return value


class _Tree:
    """Builds the JSON values from a stream of start/scalar/end steps, without recursion."""

    def __init__(self) -> None:
        self.lines: dict[JsonPath, int] = {}
        self.root: Any = None
        # One frame per open collection: [container, its path, pending key or None, the
        # key's line, the YAML anchor it was given or None, the line it starts at].
        self.stack: list[list[Any]] = []
        self.written = 0
        self.copied = 0

    @property
    def depth(self) -> int:
        return len(self.stack)

    @property
    def top(self) -> dict[str, Any] | list[Any]:
        container: dict[str, Any] | list[Any] = self.stack[-1][0]
        return container

    def expects_key(self) -> bool:
        return bool(self.stack) and isinstance(self.top, dict) and self.stack[-1][2] is None

    def _place(self, line: int) -> JsonPath:
        """The path of the next value, its line recorded (the key's line in a mapping)."""
        if not self.stack:
            return ()
        container, path, key, key_line = self.stack[-1][:4]
        if isinstance(container, list):
            child: JsonPath = (*path, len(container))
            self.lines[child] = line
            return child
        child = (*path, key)
        self.lines[child] = key_line
        return child

    def _attach(self, value: Any) -> None:
        if not self.stack:
            self.root = value
            return
        frame = self.stack[-1]
        if isinstance(frame[0], list):
            frame[0].append(value)
        else:
            frame[0][frame[2]] = value
            frame[2] = None

    def key(self, key: str, line: int) -> None:
        frame = self.stack[-1]
        if key in frame[0]:
            first = self.lines[(*frame[1], key)]
            raise _Refusal(line, f"duplicate key {key!r} (first at line {first})")
        frame[2], frame[3] = key, line

    def scalar(self, value: Any, line: int) -> JsonPath:
        path = self._place(line)
        self.written += 1
        self._attach(value)
        return path

    def start(
        self, container: dict[str, Any] | list[Any], line: int, anchor: str | None = None
    ) -> None:
        if len(self.stack) >= MAX_DEPTH:
            raise _too_deep(line)
        path = self._place(line)
        self.written += 1
        self._attach(container)
        self.stack.append([container, path, None, 0, anchor, line])

    def end(self) -> tuple[JsonPath, Any, str | None]:
        """Close the innermost collection: (its path, it, its anchor)."""
        container, path, _, _, anchor, _ = self.stack.pop()
        return path, container, anchor

    def open_since(self) -> tuple[str, int]:
        """What the innermost collection still open is, and its line."""
        frame = self.stack[-1]
        return ("object" if isinstance(frame[0], dict) else "array"), frame[5]

    def copy_of(self, value: Any, origin: JsonPath, line: int) -> None:
        """Place a copy of the value anchored at ``origin`` (a YAML alias), with its lines."""
        nodes = list(_subpaths(value))
        self.copied += len(nodes)
        height = max((len(p) + 1 for p, node in nodes if isinstance(node, (dict, list))), default=0)
        budget = max(ALIAS_NODE_BUDGET, self.written)
        if self.copied > budget:
            raise _Refusal(
                line,
                f"YAML aliases expand to more than {budget} nodes; write the repeated parts "
                "out, or use $ref",
            )
        if self.depth + height > MAX_DEPTH:
            raise _too_deep(line)
        path = self._place(line)
        for sub, _ in nodes[1:]:
            self.lines[(*path, *sub)] = self.lines.get((*origin, *sub), line)
        self.written += len(nodes)
        self._attach(copy.deepcopy(value))


def _too_deep(line: int) -> _Refusal:
    return _Refusal(line, f"nested deeper than {MAX_DEPTH} levels, the most a spec may nest")


def _subpaths(value: Any) -> Iterator[tuple[JsonPath, Any]]:
    """(path relative to ``value``, node) of every node of ``value``, itself first."""
    pending: list[tuple[JsonPath, Any]] = [((), value)]
    while pending:
        path, node = pending.pop()
        yield path, node
        if isinstance(node, dict):
            pending.extend(((*path, k), v) for k, v in node.items())
        elif isinstance(node, list):
            pending.extend(((*path, i), v) for i, v in enumerate(node))


# -- YAML ---------------------------------------------------------------------------------


class _PythonParser(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser):
    """PyYAML's pure-Python parser: what reading falls back to without libyaml."""

    def __init__(self, text: str) -> None:
        yaml.reader.Reader.__init__(self, text)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)

    def dispose(self) -> None:
        pass


try:
    from yaml.cyaml import CParser as _CParser  # type: ignore[attr-defined,unused-ignore]

    LIBYAML_PARSER: type = _CParser
except ImportError:  # pragma: no cover - PyYAML's wheels carry libyaml
    LIBYAML_PARSER = _PythonParser
PYTHON_PARSER: type = _PythonParser


def _plain_scalar(value: str, line: int) -> Any:
    if value in CORE_NULL:
        return None
    if value in CORE_BOOL:
        return CORE_BOOL[value]
    if CORE_INT.fullmatch(value):
        return _integer(value, line)
    if CORE_OCT.fullmatch(value):
        return int(value[2:], 8)
    if CORE_HEX.fullmatch(value):
        return int(value[2:], 16)
    if CORE_FLOAT.fullmatch(value):
        # Money in examples must stay exact: a YAML float becomes a Decimal from its text.
        return _decimal(value, line)
    if CORE_NOT_FINITE.fullmatch(value):
        raise _Refusal(line, f"{value!r} is not a finite number, which JSON cannot carry")
    # Everything else, unquoted dates included, is text: wire dates are strings.
    return _text(value, line)


def _yaml_scalar(event: yaml.ScalarEvent, line: int) -> Any:
    tag = event.tag
    if tag is None and event.implicit[0]:
        return _plain_scalar(event.value, line)
    if tag in (None, "!", YAML_STR):
        return _text(event.value, line)
    raise _Refusal(line, f"unsupported YAML tag {tag!r}: a spec holds only JSON values")


def _read_yaml(text: str, parser_class: type) -> tuple[Any, dict[JsonPath, int]]:
    tree = _Tree()
    stack = tree.stack
    # What each anchor names: (its path, its value); None while its collection is open.
    anchors: dict[str, tuple[JsonPath, Any] | None] = {}
    documents = 0
    # Dispatch on the event's class: the loop runs once per node of the document.
    scalar, alias = yaml.ScalarEvent, yaml.AliasEvent
    mapping, sequence = yaml.MappingStartEvent, yaml.SequenceStartEvent
    ends = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
    parser = None
    last_scalar: Any = None
    try:
        parser = parser_class(text)
        check_event, get_event = parser.check_event, parser.get_event
        while check_event():
            event = get_event()
            kind = type(event)
            if kind in ends:
                path, value, anchor = tree.end()
                if anchor is not None:
                    anchors[anchor] = (path, value)
                continue
            if kind is not scalar and kind is not mapping and kind is not sequence:
                if kind is alias:
                    _alias(tree, anchors, event)
                elif kind is yaml.DocumentStartEvent:
                    documents += 1
                    if documents > 1:
                        line = event.start_mark.line + 1
                        raise _Refusal(line, "a second YAML document starts here; a spec is one")
                continue  # the stream's start and end, a document's end
            line = event.start_mark.line + 1
            if kind is scalar:
                last_scalar = event
            if stack and stack[-1][2] is None and type(stack[-1][0]) is dict:
                if kind is not scalar:
                    raise _Refusal(
                        line, "a mapping key must be a plain value, not a mapping or a list"
                    )
                if event.value == "<<" and event.tag is None and event.implicit[0]:
                    raise _Refusal(line, "merge keys (<<) are not YAML 1.2; write the keys out")
                tree.key(_text(event.value, line), line)
            elif kind is scalar:
                value = _yaml_scalar(event, line)
                path = tree.scalar(value, line)
                if event.anchor is not None:
                    anchors[event.anchor] = (path, value)
            else:
                wanted = YAML_MAP if kind is mapping else YAML_SEQ
                if event.tag not in (None, "!", wanted):
                    raise _Refusal(
                        line, f"unsupported YAML tag {event.tag!r}: a spec holds only JSON values"
                    )
                if event.anchor is not None:
                    anchors[event.anchor] = None
                tree.start({} if kind is mapping else [], line, event.anchor)
    except yaml.MarkedYAMLError as exc:
        raise _Refusal(*_yaml_error(exc, last_scalar)) from None
    except yaml.reader.ReaderError as exc:
        position = exc.position if isinstance(exc.position, int) else 0
        line = text.count("\n", 0, position) + 1
        raise _Refusal(
            line, f"invalid YAML: {exc.reason} (character #x{exc.character:04x})"
        ) from None
    except yaml.YAMLError as exc:
        raise _Refusal(1, f"invalid YAML: {exc}") from None
    finally:
        if parser is not None:
            parser.dispose()
    return tree.root, tree.lines


def _alias(
    tree: _Tree, anchors: dict[str, tuple[JsonPath, Any] | None], event: yaml.AliasEvent
) -> None:
    line = event.start_mark.line + 1 if event.start_mark is not None else 1
    if tree.expects_key():
        raise _Refusal(line, "a mapping key must be a plain value, not an alias")
    if event.anchor not in anchors:
        raise _Refusal(line, f"the alias *{event.anchor} names no anchor before it")
    anchored = anchors[event.anchor]
    if anchored is None:
        raise _Refusal(line, "an alias refers to a node that contains it; JSON cannot be recursive")
    tree.copy_of(anchored[1], anchored[0], line)


def _yaml_error(exc: yaml.MarkedYAMLError, last_scalar: Any = None) -> tuple[int, str]:
    """The line to blame and the message: where a construct that never ends began (an
    unclosed quote or bracket), else where the parser found the problem."""
    context = exc.context or ""
    problem = exc.problem or context or "unreadable"
    problem_line = exc.problem_mark.line + 1 if exc.problem_mark is not None else None
    context_line = exc.context_mark.line + 1 if exc.context_mark is not None else None
    if (
        last_scalar is not None
        and last_scalar.style in ('"', "'")
        and problem_line == last_scalar.end_mark.line + 1
        and last_scalar.start_mark.line < last_scalar.end_mark.line
    ):
        # A quote left open takes the lines after it into the string, up to the next quote;
        # the parser stumbles only there. The quote that opened it is what to fix.
        start = last_scalar.start_mark.line + 1
        return start, (
            f"invalid YAML: the quoted string that starts here runs on to line {problem_line}, "
            f"where the parser found: {problem}; is its closing quote missing?"
        )
    unclosed = "end of stream" in problem or (
        context.startswith("while parsing a flow") and "expected" in problem
    )
    if context and unclosed and context_line is not None:
        construct = context.removeprefix("while scanning ").removeprefix("while parsing ")
        where = f" at line {problem_line}" if problem_line and problem_line != context_line else ""
        return (
            context_line,
            f"invalid YAML: {construct} that starts here is not closed ({problem}{where})",
        )
    line = problem_line or context_line or 1
    if exc.context and context_line is not None and context_line != line:
        return line, f"invalid YAML: {problem} ({exc.context} that starts at line {context_line})"
    return line, f"invalid YAML: {problem}"


# -- JSON ---------------------------------------------------------------------------------

_JSON_TOKEN = re.compile(
    r"""
    (?P<space>[\ \t\r\n]+)
  | (?P<string>"(?:[^"\\\x00-\x1f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*")
  | (?P<number>-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)
  | (?P<punctuation>[{}\[\]:,])
  | (?P<word>true|false|null)
    """,
    re.VERBOSE,
)
_JSON_WORDS: dict[str, Any] = {"true": True, "false": False, "null": None}


def _json_tokens(text: str) -> Iterator[tuple[str, str, int]]:
    """(kind, text, line) of every token but whitespace; an unreadable character is refused."""
    position, line, end = 0, 1, len(text)
    while position < end:
        match = _JSON_TOKEN.match(text, position)
        if match is None:
            character = text[position]
            if character == '"':
                raise _Refusal(
                    line,
                    "invalid JSON: a string that starts here is not closed on its line, or holds a raw control character or a bad escape",
                )
            raise _Refusal(line, f"invalid JSON: unexpected character {character!r}")
        kind = match.lastgroup
        assert kind is not None
        token = match.group()
        if kind == "space":
            line += token.count("\n")
        else:
            yield kind, token, line
        position = match.end()


def _read_json(text: str) -> tuple[Any, dict[JsonPath, int]]:
    tree = _Tree()
    # What may come next: "value", "key", "colon", "comma-or-end", "end".
    expected = "value"
    line = 1
    for kind, token, line in _json_tokens(text):
        if expected == "end":
            raise _Refusal(line, f"invalid JSON: {token!r} after the document's end")
        if kind == "punctuation" and token in "}]":
            closing_list = token == "]"
            if not tree.depth or isinstance(tree.top, list) != closing_list:
                raise _Refusal(line, f"invalid JSON: unexpected {token!r}")
            if expected not in ("comma-or-end", "key-or-end", "value-or-end"):
                missing = "key" if expected == "key" else "value"
                raise _Refusal(line, f"invalid JSON: a {missing} is missing before {token!r}")
            tree.end()
            expected = "comma-or-end" if tree.depth else "end"
            continue
        if expected == "colon":
            if token != ":":
                raise _Refusal(line, f"invalid JSON: expected ':' after the key, found {token!r}")
            expected = "value"
            continue
        if expected == "comma-or-end":
            if token != ",":
                closer = "'}'" if isinstance(tree.top, dict) else "']'"
                raise _Refusal(line, f"invalid JSON: expected ',' or {closer}, found {token!r}")
            expected = "key" if isinstance(tree.top, dict) else "value"
            continue
        if expected in ("key", "key-or-end"):
            if kind != "string":
                raise _Refusal(line, f"invalid JSON: expected a key in quotes, found {token!r}")
            tree.key(_text(json.loads(token), line), line)
            expected = "colon"
            continue
        # A value.
        if kind == "punctuation" and token in "{[":
            tree.start({} if token == "{" else [], line)
            expected = "key-or-end" if token == "{" else "value-or-end"
            continue
        if kind == "punctuation":
            raise _Refusal(line, f"invalid JSON: expected a value, found {token!r}")
        if kind == "string":
            value: Any = _text(json.loads(token), line)
        elif kind == "number":
            is_integer = not any(c in token for c in ".eE")
            value = _integer(token, line) if is_integer else _decimal(token, line)
        else:
            value = _JSON_WORDS[token]
        tree.scalar(value, line)
        expected = "comma-or-end" if tree.depth else "end"
    if expected != "end":
        if not tree.depth:
            raise _Refusal(line, "invalid JSON: the file is empty")
        what, start = tree.open_since()
        raise _Refusal(start, f"invalid JSON: the {what} that starts here is not closed")
    return tree.root, tree.lines


def read_document(
    path: Path, yaml_parser: type = LIBYAML_PARSER
) -> tuple[dict[str, Any], dict[JsonPath, int]]:
    """The document in ``path`` as JSON values and the line of every node (by JSON path).

    ``.json`` files are read as JSON, everything else as YAML 1.2. Raises SpecError.
    """
    file = str(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_SPEC_BYTES + 1)
    except OSError as exc:
        raise SpecError([SpecProblem(file, 1, f"cannot read the file: {exc.strerror}")]) from exc
    if len(raw) > MAX_SPEC_BYTES:
        raise SpecError(
            [
                SpecProblem(
                    file,
                    1,
                    f"larger than {MAX_SPEC_BYTES // (1024 * 1024)} MiB; a spec is at most that",
                )
            ]
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise SpecError(
            [SpecProblem(file, line, f"not UTF-8 text: {exc.reason} at byte {exc.start}")]
        ) from exc
    text = text.removeprefix("\ufeff")
    is_json = path.suffix.lower() == ".json"
    try:
        data, lines = _read_json(text) if is_json else _read_yaml(text, yaml_parser)
    except _Refusal as exc:
        raise SpecError([SpecProblem(file, exc.line, exc.message)]) from None
    if not isinstance(data, dict):
        kind = "JSON object" if is_json else "YAML mapping"
        raise SpecError([SpecProblem(file, 1, f"a spec must be a {kind} (an OpenAPI document)")])
    return data, lines


def move_lines(lines: dict[JsonPath, int], moves: list[tuple[JsonPath, JsonPath]]) -> None:
    """Give the nodes under each moved path their lines at the new path.

    A move inside a moved subtree was recorded at the subtree's new place, so each key is
    moved again until no move applies."""
    by_old = dict(moves)
    moved: dict[JsonPath, int] = {}
    for key, line in lines.items():
        new = key
        changed = True
        while changed:
            changed = False
            for length in range(len(new), 0, -1):
                target = by_old.get(new[:length])
                if target is not None:
                    new = (*target, *new[length:])
                    changed = True
                    break
        if new != key:
            moved[new] = line
    lines.update(moved)
