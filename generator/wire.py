"""Which of coinspec's exact wire types a schema becomes: one rule, for every consumer.

The IR's annotations (signatures, results, `TypeAdapter`s) and the models
(`generator/models.py`) both ask `wire_type`; neither reads `format`, `contentMediaType` or
a type list to decide it again. Each value names the type in `coinspec._core.types`.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any


class WireType(enum.StrEnum):
    UPLOAD = "Upload"  # a file: binary content, sent as a multipart part
    INTEGER = "Integer"  # an integer that may come as a string of digits
    DECIMAL = "Decimal"  # an exact number: a JSON number or a decimal string
    DECIMAL_TEXT = "DecimalText"  # an exact number the spec types as a string only
    BASE64 = "Base64Bytes"  # bytes that travel as base64 text (`format: byte`)


def declared_types(schema: Mapping[str, Any]) -> set[str]:
    """The schema's `type` as a set, `null` included (empty: no `type`)."""
    kinds = schema.get("type")
    if isinstance(kinds, str):
        return {kinds}
    return {kind for kind in kinds if isinstance(kind, str)} if isinstance(kinds, list) else set()


def is_binary(schema: Mapping[str, Any]) -> bool:
    """A string of raw bytes: `format: binary` (OAS 3.0), or a `contentMediaType` that is not
    text and no `contentEncoding` (OAS 3.1; with an encoding such as base64 it is text)."""
    if declared_types(schema) - {"null"} != {"string"}:
        return False
    if schema.get("format") == "binary":
        return True
    media = schema.get("contentMediaType")
    return (
        isinstance(media, str) and not media.startswith("text/") and "contentEncoding" not in schema
    )


def wire_type(schema: Mapping[str, Any]) -> WireType | None:
    """coinspec's exact type of a schema; None for an ordinary JSON type (a string, a bool,
    an object ...), which each consumer maps as usual. `null` in the type list is left to
    the caller: it makes the type optional, not another type."""
    kinds = declared_types(schema) - {"null"}
    if is_binary(schema):
        return WireType.UPLOAD
    if kinds == {"string"} and (
        schema.get("format") == "byte" or schema.get("contentEncoding") == "base64"
    ):
        return WireType.BASE64
    number_format = schema.get("format")
    if number_format == "integer" and "string" in kinds and kinds <= {"string", "integer"}:
        return WireType.INTEGER
    if number_format == "decimal" and kinds == {"string"}:
        return WireType.DECIMAL_TEXT
    if number_format == "decimal" and kinds and kinds <= {"string", "number"}:
        return WireType.DECIMAL
    if "number" in kinds and kinds <= {"number", "integer"}:
        return WireType.DECIMAL  # never a float; an integer is an exact Decimal too
    return None
