"""Pydantic v2 models of a spec's components, by datamodel-code-generator as a library."""

from __future__ import annotations

import ast
import copy
import warnings
from typing import Any

from datamodel_code_generator import generate
from datamodel_code_generator.enums import DataModelType, InputFileType, UnionMode
from datamodel_code_generator.format import PythonVersion

from .exact_json import dumps as exact_dumps
from .loader import Spec

# Where the generated package keeps the shared model base and the exact wire types.
MODEL_BASE = "coinspec._core.model.Model"
WIRE_TYPES_MODULE = "coinspec._core.types"


def _open_enum_refs(node: Any, open_enums: set[str], inside_component: str | None = None) -> Any:
    """Replace each reference to an open enum with `anyOf: [enum, string]`.

    An open enum (`x-enum-open`) keeps its class, but a field typed with it also takes any
    string, so a value the server adds later parses instead of failing.
    """
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.rsplit("/", 1)[-1] in open_enums:
            rest = {k: v for k, v in node.items() if k != "$ref"}
            return {**rest, "anyOf": [{"$ref": ref}, {"type": "string"}]}
        if "enum" in node and node.get("x-enum-open") and inside_component is None:
            inner = {k: v for k, v in node.items() if k not in ("description", "x-enum-open")}
            return {"description": node.get("description", ""), "anyOf": [inner, {"type": "string"}]}
        return {k: _open_enum_refs(v, open_enums, None) for k, v in node.items()}
    if isinstance(node, list):
        return [_open_enum_refs(v, open_enums, None) for v in node]
    return node


# Formats kept as plain `str`: pydantic's types for them either need extra packages
# (email) or rewrite the value (a URL gains a trailing slash), and a client must hand back
# exactly what the service sent.
PLAIN_STRING_FORMATS = frozenset({"email", "idn-email", "uri", "uri-reference", "iri", "hostname", "ipv4", "ipv6"})


def _wire_types(node: Any) -> Any:
    """Schema tweaks so each field gets the exact wire type of coinspec._core.types."""
    if isinstance(node, dict):
        node = {k: _wire_types(v) for k, v in node.items()}
        if node.get("format") in PLAIN_STRING_FORMATS:
            del node["format"]
        if node.get("format") == "decimal":
            # One Decimal type takes a JSON number or a decimal string, so a type list of
            # both collapses to one type (keeping null).
            kinds = node.get("type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            node["type"] = ["string", "null"] if "null" in kinds else "string"
        return node
    if isinstance(node, list):
        return [_wire_types(v) for v in node]
    return node


def _schemas_for_models(spec: Spec) -> dict[str, Any]:
    schemas = copy.deepcopy((spec.data.get("components") or {}).get("schemas") or {})
    open_enums = {name for name, schema in schemas.items() if isinstance(schema, dict) and schema.get("x-enum-open")}
    return {name: _wire_types({k: _open_enum_refs(v, open_enums) for k, v in schema.items()}) for name, schema in schemas.items()}


def _union_members(node: ast.expr) -> list[ast.expr]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _union_members(node.left) + _union_members(node.right)
    return [node]


class _DropNeedlessUnionMode(ast.NodeTransformer):
    """Remove `union_mode` where the field is not a union of two or more types.

    datamodel-code-generator sets it on every field it built from anyOf/oneOf, also where
    the result is one type or `X | None`, and pydantic rejects it there.
    """

    def visit_Subscript(self, node: ast.Subscript) -> ast.AST:
        self.generic_visit(node)
        if not (isinstance(node.value, ast.Name) and node.value.id == "Annotated" and isinstance(node.slice, ast.Tuple)):
            return node
        annotation, *metadata = node.slice.elts
        real = [m for m in _union_members(annotation) if not (isinstance(m, ast.Constant) and m.value is None)]
        if len(real) >= 2:
            return node
        for item in metadata:
            if isinstance(item, ast.Call) and isinstance(item.func, ast.Name) and item.func.id == "Field":
                item.keywords = [k for k in item.keywords if k.arg != "union_mode"]
        return node


def generate_models(spec: Spec) -> str:
    """Source of models.py for one spec: every component schema as a class, black-formatted later."""
    document = {
        "openapi": spec.data["openapi"],
        "info": {"title": spec.data.get("info", {}).get("title", ""), "version": "1"},
        "paths": {},
        "components": {"schemas": _schemas_for_models(spec)},
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # datamodel-code-generator's notices about its own defaults
        output = generate(
            exact_dumps(document),
            input_file_type=InputFileType.OpenAPI,
            output_model_type=DataModelType.PydanticV2BaseModel,
            target_python_version=PythonVersion.PY_311,
            base_class=MODEL_BASE,
            snake_case_field=True,
            disable_timestamp=True,
            use_annotated=True,
            field_constraints=True,
            use_double_quotes=True,
            use_schema_description=True,
            use_field_description=True,
            union_mode=UnionMode.left_to_right,
            use_standard_collections=True,
            use_union_operator=True,
            keep_model_order=True,
            capitalise_enum_members=True,
            import_overrides={"Decimal": WIRE_TYPES_MODULE, "AwareDatetime": WIRE_TYPES_MODULE},
            custom_file_header=f'"""Models of specs/{spec.path.name}, by datamodel-code-generator; do not edit."""',
            formatters=[],
        )
    if not isinstance(output, str):
        raise TypeError("datamodel-code-generator returned several modules; expected one")
    tree = _DropNeedlessUnionMode().visit(ast.parse(output))
    return ast.unparse(tree) + "\n"
