"""Pydantic v2 models of a spec's components, by datamodel-code-generator as a library."""

from __future__ import annotations

import copy
import warnings
from typing import Any

from datamodel_code_generator import generate
from datamodel_code_generator.enums import DataModelType, InputFileType
from datamodel_code_generator.format import PythonVersion

from .exact_json import dumps as exact_dumps
from .loader import Spec
from .pytext import docstring_text

# Where the generated package keeps the shared model base and the exact wire types.
MODEL_BASE = "coinspec._core.model.Model"
WIRE_TYPES_MODULE = "coinspec._core.types"


# Formats kept as plain `str`: pydantic's types for them either need extra packages
# (email) or rewrite the value (a URL gains a trailing slash), and a client must hand back
# exactly what the service sent.
PLAIN_STRING_FORMATS = frozenset(
    {"email", "idn-email", "uri", "uri-reference", "iri", "hostname", "ipv4", "ipv6"}
)


# A file field of a multipart body refers to this component, typed coinspec's Upload;
# an integer that may arrive as a string of digits (`format: integer`), to Integer.
UPLOAD_COMPONENT = "CoinspecUpload"
UPLOAD_REF = {"$ref": f"#/components/schemas/{UPLOAD_COMPONENT}"}
INTEGER_COMPONENT = "CoinspecInteger"
INTEGER_REF = {"$ref": f"#/components/schemas/{INTEGER_COMPONENT}"}
# A decimal the spec types as a string only (`{type: string, format: decimal}`), to DecimalText:
# it must go back as a string, whatever Decimal the user gives.
DECIMAL_TEXT_COMPONENT = "CoinspecDecimalText"
DECIMAL_TEXT_REF = {"$ref": f"#/components/schemas/{DECIMAL_TEXT_COMPONENT}"}


def _is_file(node: dict[str, Any]) -> bool:
    media = node.get("contentMediaType")
    return node.get("type") == "string" and (
        node.get("format") == "binary" or (isinstance(media, str) and not media.startswith("text/"))
    )


SCALAR_CONSTRAINTS = (
    "pattern",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
)


def _unconstrained(member: Any) -> Any:
    if isinstance(member, dict) and member.get("type") in ("string", "integer", "number"):
        return {k: v for k, v in member.items() if k not in SCALAR_CONSTRAINTS}
    return member


# Keywords that only constrain an object, never shape it.
VALIDATION_ONLY_KEYS = frozenset(
    {"required", "not", "description", "minProperties", "maxProperties", "dependentRequired"}
)


def _is_validation_only(member: Any) -> bool:
    if not isinstance(member, dict):
        return False
    properties = member.get("properties", {})
    return set(member) <= VALIDATION_ONLY_KEYS | {"properties"} and all(
        _is_validation_only(p) for p in properties.values()
    )


def _without_validation_combinators(node: dict[str, Any]) -> dict[str, Any]:
    """Drop `anyOf: [{required: [id]}, {required: [email]}]` and if/then rules from models.

    They say which fields must be present together, not what the object is; as models they
    would become `Request1 | Request2` twins. The mock checks them, the model keeps one class.
    """
    if "properties" not in node:
        return node
    node = {k: v for k, v in node.items() if k not in ("if", "then", "else")}
    for key in ("oneOf", "anyOf", "allOf"):
        if isinstance(node.get(key), list) and all(_is_validation_only(m) for m in node[key]):
            del node[key]
    return node


def _wire_types(node: Any) -> Any:
    """Schema tweaks so each field gets the exact wire type of coinspec._core.types."""
    if isinstance(node, dict):
        described = {"description": node["description"]} if "description" in node else {}
        if _is_file(node):
            return {**UPLOAD_REF, **described}
        kinds = node.get("type")
        if node.get("format") == "integer" and isinstance(kinds, list) and "string" in kinds:
            if "null" in kinds:
                return {"anyOf": [INTEGER_REF, {"type": "null"}], **described}
            return {**INTEGER_REF, **described}
        if node.get("format") == "decimal" and kinds in (
            "string",
            ["string"],
            ["string", "null"],
            ["null", "string"],
        ):
            if isinstance(kinds, list) and "null" in kinds:
                return {"anyOf": [DECIMAL_TEXT_REF, {"type": "null"}], **described}
            return {**DECIMAL_TEXT_REF, **described}
        node = _without_validation_combinators({k: _wire_types(v) for k, v in node.items()})
        for key in ("oneOf", "anyOf"):
            if isinstance(node.get(key), list):
                # datamodel-code-generator writes a constrained member of a union as a
                # constr() call, which is no type to mypy; the mock still checks these
                # constraints, the client's model checks the member's type.
                node[key] = [_unconstrained(m) for m in node[key]]
        kinds = node.get("type")
        if isinstance(kinds, list) and len([k for k in kinds if k != "null"]) > 1:
            node = {k: v for k, v in node.items() if k not in SCALAR_CONSTRAINTS}
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
    wired = {name: _wire_types(schema) for name, schema in schemas.items()}
    wired[UPLOAD_COMPONENT] = {"type": "string", "format": "binary"}
    wired[INTEGER_COMPONENT] = {"type": "integer"}
    wired[DECIMAL_TEXT_COMPONENT] = {"type": "string"}
    return wired


def _open_enums(source: str, names: set[str]) -> str:
    """Base the enums the spec marks `x-enum-open` on OpenStrEnum, which takes unlisted values."""
    for name in sorted(names):
        plain = f"class {name}(StrEnum):"
        if plain not in source:
            raise RuntimeError(
                f"datamodel-code-generator did not make {name} a StrEnum; cannot open it"
            )
        source = source.replace(plain, f"class {name}(OpenStrEnum):")
    future = "from __future__ import annotations\n"
    if names:
        if future not in source:
            raise RuntimeError(
                "datamodel-code-generator's output has no __future__ import to place OpenStrEnum's after"
            )
        source = source.replace(
            future, f"{future}\nfrom {WIRE_TYPES_MODULE} import OpenStrEnum\n", 1
        )
    return source


def generate_models(spec: Spec) -> str:
    """Source of models.py for one spec: every component schema as a class (formatted later)."""
    header = f'"""Models of specs/{docstring_text(spec.path.name)}, by datamodel-code-generator; do not edit."""'
    if not (spec.data.get("components") or {}).get("schemas"):
        # Nothing for datamodel-code-generator to make (it would refuse): the module still
        # gives what every client imports from it.
        return f"{header}\n\nfrom __future__ import annotations\n\nfrom {MODEL_BASE.rsplit('.', 1)[0]} import Model\n"
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
            use_standard_collections=True,
            use_union_operator=True,
            capitalise_enum_members=True,
            set_default_enum_member=True,
            import_overrides={"Decimal": WIRE_TYPES_MODULE, "AwareDatetime": WIRE_TYPES_MODULE},
            type_overrides={
                UPLOAD_COMPONENT: f"{WIRE_TYPES_MODULE}.Upload",
                INTEGER_COMPONENT: f"{WIRE_TYPES_MODULE}.Integer",
                DECIMAL_TEXT_COMPONENT: f"{WIRE_TYPES_MODULE}.DecimalText",
            },
            custom_file_header=header,
            formatters=[],
        )
    if not isinstance(output, str):
        raise TypeError("datamodel-code-generator returned several modules; expected one")
    schemas = (spec.data.get("components") or {}).get("schemas") or {}
    open_enums = {name for name, schema in schemas.items() if schema.get("x-enum-open")}
    return _open_enums(output, open_enums)
