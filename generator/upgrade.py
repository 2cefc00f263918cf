"""OpenAPI 3.0 documents read as OpenAPI 3.1, in place, every line kept.

Everything after the loader knows OpenAPI 3.1 only. A 3.0 document is rewritten into the
3.1 form of what it says (the spec's "upgrading from 3.0" list):

- ``nullable: true`` becomes ``"null"`` among the schema's types (and ``null`` among its
  enum values); without a ``type``, the schema becomes ``anyOf: [it, {type: "null"}]``.
- boolean ``exclusiveMinimum``/``exclusiveMaximum`` become the numbers 3.1 expects.
- a schema's ``example`` becomes ``examples: [example]``.
- what stands beside a ``$ref`` (which 3.0 ignores, and 3.1 would apply) is left out.
- ``openapi`` becomes ``3.1.0``.

``nullable`` in a 3.1 document is not JSON Schema and would be ignored; it is read the 3.0
way too, with a warning that says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .document import schemas
from .reading import JsonPath, move_lines

SUPPORTED = ("3.0", "3.1")


@dataclass
class Upgrade:
    """What the upgrade did or refused, by JSON path: (path, message)."""

    errors: list[tuple[JsonPath, str]] = field(default_factory=list)
    warnings: list[tuple[JsonPath, str]] = field(default_factory=list)
    # Subtrees that moved (old path -> new path); their lines move with them.
    moves: list[tuple[JsonPath, JsonPath]] = field(default_factory=list)


def version_problem(data: dict[str, Any]) -> tuple[JsonPath, str] | None:
    """Why this document is not one the generator reads, or None."""
    if "swagger" in data and "openapi" not in data:
        return ("swagger",), (
            f"Swagger {data['swagger']} (OpenAPI 2) is not supported: convert it to OpenAPI 3 "
            "first (for example with swagger2openapi)"
        )
    version = data.get("openapi")
    if not isinstance(version, str):
        return ("openapi",), f"openapi must be a version string such as 3.1.0, not {version!r}"
    if not version.startswith(tuple(f"{v}." for v in SUPPORTED)):
        return ("openapi",), f"OpenAPI {version} is not supported: 3.0.x and 3.1.x are"
    return None


def upgrade(data: dict[str, Any], lines: dict[JsonPath, int]) -> Upgrade:
    """Rewrite a 3.0 document as 3.1 in place (a 3.1 document only has `nullable` read)."""
    done = Upgrade()
    from_30 = str(data.get("openapi", "")).startswith("3.0.")
    for path, schema in schemas(data):
        if not isinstance(schema, dict):
            continue
        _nullable(schema, path, done, from_30)
        if from_30:
            _ref_siblings(schema, path, done)
            _exclusive_bounds(schema, path, done)
            _example(schema, path, lines)
    if from_30:
        data["openapi"] = "3.1.0"
    if done.moves:
        move_lines(lines, done.moves)
    return done


def _nullable(schema: dict[str, Any], path: JsonPath, done: Upgrade, from_30: bool) -> None:
    if "nullable" not in schema:
        return
    nullable = schema["nullable"]
    if not isinstance(nullable, bool):
        done.errors.append(
            ((*path, "nullable"), f"nullable must be true or false, not {nullable!r}")
        )
        return
    if not from_30:
        done.warnings.append(
            (
                (*path, "nullable"),
                "nullable is OpenAPI 3.0, not 3.1 (where it would be ignored); read as 3.0 "
                'reads it: write type: [..., "null"] instead',
            )
        )
    del schema["nullable"]
    if not nullable:
        return
    kinds = schema.get("type")
    if isinstance(kinds, str):
        schema["type"] = [kinds, "null"]
    elif isinstance(kinds, list):
        if "null" not in kinds:
            kinds.append("null")
    elif isinstance(schema.get("anyOf"), list) or isinstance(schema.get("oneOf"), list):
        alternatives = schema["anyOf" if isinstance(schema.get("anyOf"), list) else "oneOf"]
        if {"type": "null"} not in alternatives:
            alternatives.append({"type": "null"})
        return
    elif not _SHAPING.intersection(schema):
        pass  # an enum or no constraint at all: null is among its values below, or allowed
    else:
        # A $ref or an allOf: the schema is one alternative, null the other. What only
        # describes the value (description, default...) stays outside.
        moved = {k: schema.pop(k) for k in list(schema) if k in _SHAPING}
        schema["anyOf"] = [moved, {"type": "null"}]
        for key in moved:
            done.moves.append(((*path, key), (*path, "anyOf", 0, key)))
        return
    enum = schema.get("enum")
    if isinstance(enum, list) and None not in enum:
        enum.append(None)


# What a schema without `type` is shaped by, and so moves into the non-null alternative.
_SHAPING = frozenset({"$ref", "allOf", "properties", "items", "additionalProperties", "required"})


# What may stand beside a $ref without saying anything about the value.
_ANNOTATIONS = frozenset({"$ref", "description", "summary", "title", "deprecated"})


def _ref_siblings(schema: dict[str, Any], path: JsonPath, done: Upgrade) -> None:
    """OpenAPI 3.0 ignores what stands beside a $ref (3.1 would apply it): left out."""
    if not isinstance(schema.get("$ref"), str):
        return
    ignored = [key for key in schema if key not in _ANNOTATIONS and not key.startswith("x-")]
    for key in ignored:
        del schema[key]
    if ignored:
        done.warnings.append(
            (
                (*path, ignored[0]),
                f"beside a $ref, OpenAPI 3.0 ignores {', '.join(ignored)}; left out "
                "(OpenAPI 3.1 would apply them)",
            )
        )


def _exclusive_bounds(schema: dict[str, Any], path: JsonPath, done: Upgrade) -> None:
    for exclusive, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        flag = schema.get(exclusive)
        if not isinstance(flag, bool):
            continue
        if not flag:
            del schema[exclusive]
        elif bound not in schema:
            done.errors.append(
                ((*path, exclusive), f"{exclusive}: true needs a {bound} to be exclusive of")
            )
        else:
            schema[exclusive] = schema.pop(bound)


def _example(schema: dict[str, Any], path: JsonPath, lines: dict[JsonPath, int]) -> None:
    if "example" not in schema:
        return
    example = schema.pop("example")
    if "examples" not in schema:
        schema["examples"] = [example]
        line = lines.get((*path, "example"))
        if line is not None:
            lines[(*path, "examples")] = line
            lines[(*path, "examples", 0)] = line
