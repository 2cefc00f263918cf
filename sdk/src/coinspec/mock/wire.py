"""Reading what a client sent, bounded: JSON, numbers, form and multipart bodies.

Everything here refuses with :class:`BadInput` (the mock answers it with a 400 that gives
the message), never with a parser's own exception: hostile input costs a bounded amount of
time and memory and gets a reason.
"""

from __future__ import annotations

import decimal
import email.parser
import email.policy
import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl

__all__ = [
    "MAX_FIELDS",
    "MAX_JSON_DEPTH",
    "MAX_NUMBER_EXPONENT",
    "MAX_NUMBER_TEXT",
    "BadInput",
    "parse_form",
    "parse_json",
    "parse_multipart",
    "parse_query",
    "query_number",
]

# Deeper than any body a spec describes, shallow enough for every recursive reader.
MAX_JSON_DEPTH = 64
# Characters of one number, and the size of its exponent: far beyond any amount, far below
# what makes int() or Decimal arithmetic slow.
MAX_NUMBER_TEXT = 100
MAX_NUMBER_EXPONENT = 1000
# Query parameters, form fields and multipart parts of one request.
MAX_FIELDS = 1000

_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE]([-+]?[0-9]+))?")


class BadInput(ValueError):
    """What the client sent cannot be read; the message says what and where."""


def _check_number(text: str, where: str) -> None:
    if len(text) > MAX_NUMBER_TEXT:
        raise BadInput(
            f"{where}: a number of {len(text)} characters (the mock reads at most {MAX_NUMBER_TEXT})"
        )
    match = _NUMBER.fullmatch(text)
    if match and match.group(1) is not None and abs(int(match.group(1))) > MAX_NUMBER_EXPONENT:
        raise BadInput(f"{where}: the number {text} has an exponent beyond ±{MAX_NUMBER_EXPONENT}")


def parse_json(body: bytes, where: str = "request body") -> Any:
    """Decode a JSON body exactly (Decimal for fractions): UTF-8 only, no duplicate keys, no
    NaN or Infinity, numbers and nesting bounded."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadInput(
            f"{where} is not UTF-8 (byte {exc.start}: {body[exc.start : exc.start + 1]!r})"
        ) from None

    def integer(token: str) -> int:
        _check_number(token, where)
        return int(token)

    def fraction(token: str) -> decimal.Decimal:
        _check_number(token, where)
        return decimal.Decimal(token)

    def constant(token: str) -> Any:
        raise BadInput(f"{where}: {token} is not a JSON number")

    def unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for key, value in pairs:
            if key in found:
                raise BadInput(f"{where}: the key {key!r} appears twice in one object")
            found[key] = value
        return found

    try:
        value = json.loads(
            text,
            parse_int=integer,
            parse_float=fraction,
            parse_constant=constant,
            object_pairs_hook=unique,
        )
    except RecursionError:
        raise BadInput(f"{where} nests deeper than {MAX_JSON_DEPTH} levels") from None
    except json.JSONDecodeError as exc:
        raise BadInput(f"{where} is not valid JSON: {exc}") from None
    if _depth(value) > MAX_JSON_DEPTH:
        raise BadInput(f"{where} nests deeper than {MAX_JSON_DEPTH} levels")
    return value


def _depth(value: Any) -> int:
    deepest = 0
    pending: list[tuple[Any, int]] = [(value, 0)]
    while pending:
        node, level = pending.pop()
        if isinstance(node, dict):
            children: Any = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        deepest = max(deepest, level + 1)
        if deepest > MAX_JSON_DEPTH:
            break
        pending.extend((child, level + 1) for child in children)
    return deepest


def query_number(text: str) -> int | decimal.Decimal | None:
    """The number a query or form value spells as JSON does (``12``, ``0.5``, ``1e-8``), or
    None: ``NaN``, ``sNaN``, ``Infinity``, ``0x10``, ``1_000`` and oversized numbers are text."""
    if len(text) > MAX_NUMBER_TEXT:
        return None
    match = _NUMBER.fullmatch(text)
    if match is None:
        return None
    if match.group(1) is not None and abs(int(match.group(1))) > MAX_NUMBER_EXPONENT:
        return None
    if "." in text or "e" in text or "E" in text:
        return decimal.Decimal(text)
    return int(text)


def _pairs(text: str, where: str) -> list[tuple[str, str]]:
    try:
        return parse_qsl(
            text,
            keep_blank_values=True,
            strict_parsing=False,
            errors="strict",
            max_num_fields=MAX_FIELDS,
        )
    except UnicodeDecodeError:
        raise BadInput(f"{where} is not UTF-8 once percent-decoded") from None
    except ValueError:
        raise BadInput(f"{where} has more than {MAX_FIELDS} fields") from None


def parse_query(query: str) -> list[tuple[str, str]]:
    return _pairs(query, "the query string")


def parse_form(body: bytes) -> dict[str, str]:
    try:
        text = body.decode("ascii")
    except UnicodeDecodeError as exc:
        raise BadInput(
            f"the form body has a byte that is not ASCII at {exc.start}: percent-encode it"
        ) from None
    fields: dict[str, str] = {}
    for key, value in _pairs(text, "the form body"):
        if key in fields:
            raise BadInput(f"the form body gives the field {key!r} twice")
        fields[key] = value
    return fields


def parse_multipart(content_type: str, body: bytes) -> dict[str, Any]:
    """Fields of a multipart/form-data body: text fields as str (UTF-8), files as
    (filename, bytes, content type)."""
    if "boundary=" not in content_type.lower():
        raise BadInput("a multipart/form-data body needs a boundary parameter in its Content-Type")
    try:
        head = b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n"
    except UnicodeEncodeError:
        raise BadInput("the Content-Type header is not Latin-1") from None
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    if not message.is_multipart():
        raise BadInput("the request body is not multipart/form-data")
    fields: dict[str, Any] = {}
    for number, part in enumerate(_parts(message), start=1):
        if number > MAX_FIELDS:
            raise BadInput(f"the multipart body has more than {MAX_FIELDS} parts")
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str) or not name:
            raise BadInput(f"multipart part {number} has no name in its Content-Disposition")
        if name in fields:
            raise BadInput(f"the multipart body gives the field {name!r} twice")
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        filename = part.get_filename()
        if filename is not None:
            fields[name] = (filename, data, part.get_content_type())
            continue
        try:
            fields[name] = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise BadInput(
                f"multipart field {name!r} is not UTF-8 (byte {exc.start}); send binary content as a file part"
            ) from None
    return fields


def _parts(message: Any) -> Iterator[Any]:
    parts = message.get_payload()
    if not isinstance(parts, list):
        raise BadInput("the multipart body has no parts (is its boundary right?)")
    for part in parts:
        if part.is_multipart():
            raise BadInput("a multipart part is itself multipart; form fields are flat")
        yield part
