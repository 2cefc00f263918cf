"""Pydantic v2 models of a spec's components, by datamodel-code-generator as a library.

Two halves, so that a generation can run them in different processes: `datamodel_source`
is datamodel-code-generator's run (the generation's worker does it, generator/workers.py)
and `finish_models` what coinspec does to its output (the main process does it while the
worker makes the next spec's models). Importing this module does not import
datamodel-code-generator; `datamodel_source` does.
"""

from __future__ import annotations

import ast
import base64
import binascii
import copy
import decimal
import inspect
import re
import warnings
from collections.abc import Iterable, Iterator
from typing import Any

from .docstrings import FIELDS_HEADING, field_description, wrap
from .exact_json import dumps as exact_dumps
from .loader import Spec, SpecError
from .pytext import docstring_text
from .wire import WireType, declared_types, wire_type

# Where the generated package keeps the shared model base and the exact wire types.
MODEL_BASE = "coinspec._core.model.Model"
ROOT_MODEL_MODULE = "coinspec._core.root_model"
WIRE_TYPES_MODULE = "coinspec._core.types"


# Formats kept as plain `str`: pydantic's types for them either need extra packages
# (email) or rewrite the value (a URL gains a trailing slash), and a client must hand back
# exactly what the service sent. A password too: pydantic's SecretStr is not JSON the client
# can send, and takes no `str` for type checkers; the client keeps a password it sends out
# of errors and log lines instead (`secret_fields` of its operation).
PLAIN_STRING_FORMATS = frozenset(
    {"email", "idn-email", "uri", "uri-reference", "iri", "hostname", "ipv4", "ipv6", "password"}
)


# coinspec's exact wire types (generator/wire.py decides which a schema is) as
# datamodel-code-generator is told them: a field refers to a component of its own that
# type_overrides types (named so as not to take a spec's name, see `_helper_components`);
# Decimal is a `format: decimal` string, typed by import_overrides.
HELPER_COMPONENTS = {
    WireType.UPLOAD: "CoinspecUpload",
    WireType.INTEGER: "CoinspecInteger",
    WireType.DECIMAL_TEXT: "CoinspecDecimalText",
    WireType.BASE64: "CoinspecBase64Bytes",
}


# The methods coinspec's Model adds to pydantic's BaseModel (sdk/src/coinspec/_core/model.py;
# a test keeps the two in step). datamodel-code-generator renames a field that would hide
# one of pydantic's own; a field that would hide one of these gets a trailing `_` here.
MODEL_METHODS = frozenset({"from_wire_json", "to_wire"})


def _property_names(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                yield from (name for name in value if isinstance(name, str))
                for schema in value.values():
                    yield from _property_names(schema)
            elif key not in ("example", "examples", "default", "const", "enum"):
                yield from _property_names(value)
    elif isinstance(node, list):
        for value in node:
            yield from _property_names(value)


def _aliases_off_model_methods(components: dict[str, Any]) -> dict[str, str]:
    """Wire name -> field name, for each property whose field name would be a Model method
    (`toWire` -> `to_wire_`), the new name one no other property of the spec takes."""
    from datamodel_code_generator.reference import FieldNameResolver

    resolver = FieldNameResolver(snake_case_field=True)
    wire_names = set(_property_names(components))
    python_names = {resolver.get_valid_name(name): name for name in sorted(wire_names)}
    aliases: dict[str, str] = {}
    for python, wire in sorted(python_names.items()):
        if python in MODEL_METHODS:
            renamed = f"{python}_"
            while renamed in python_names or renamed in aliases.values():
                renamed += "_"
            aliases[wire] = renamed
    return aliases


def _helper_components(taken: Iterable[str]) -> dict[WireType, str]:
    """HELPER_COMPONENTS, each with a suffix if the spec has a component of that name."""
    used = set(taken)
    names = {}
    for wire, name in HELPER_COMPONENTS.items():
        candidate, number = name, 1
        while candidate in used:
            number += 1
            candidate = f"{name}{number}"
        names[wire] = candidate
        used.add(candidate)
    return names


def _wire_schema(
    wire: WireType, node: dict[str, Any], helpers: dict[WireType, str]
) -> dict[str, Any]:
    kept: dict[str, Any] = {key: node[key] for key in ("description", "default") if key in node}
    nullable = "null" in declared_types(node)
    if wire is WireType.DECIMAL:
        return {"type": ["string", "null"] if nullable else "string", "format": "decimal", **kept}
    ref: dict[str, Any] = {"$ref": f"#/components/schemas/{helpers[wire]}"}
    return {"anyOf": [ref, {"type": "null"}], **kept} if nullable else {**ref, **kept}


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


def _wire_types(node: Any, helpers: dict[WireType, str]) -> Any:
    """Schema tweaks so each field gets the exact wire type of coinspec._core.types."""
    if isinstance(node, dict):
        wire = wire_type(node)
        if wire is not None:
            return _wire_schema(wire, node, helpers)
        node = _without_validation_combinators(
            {k: _wire_types(v, helpers) for k, v in node.items()}
        )
        for key in ("oneOf", "anyOf"):
            if isinstance(node.get(key), list):
                # datamodel-code-generator writes a constrained member of a union as a
                # constr() call, which is no type to mypy; the mock still checks these
                # constraints, the client's model checks the member's type.
                node[key] = [_unconstrained(m) for m in node[key]]
        if len(declared_types(node) - {"null"}) > 1:
            node = {k: v for k, v in node.items() if k not in SCALAR_CONSTRAINTS}
        if isinstance(node.get("format"), str) and node["format"] in PLAIN_STRING_FORMATS:
            del node["format"]
        return node
    if isinstance(node, list):
        return [_wire_types(v, helpers) for v in node]
    return node


def _schemas_for_models(components: dict[str, Any], helpers: dict[WireType, str]) -> dict[str, Any]:
    schemas = copy.deepcopy(components)
    wired = {name: _wire_types(schema, helpers) for name, schema in schemas.items()}
    for component in helpers.values():
        wired[component] = {"type": "string"}  # replaced by its type override
    return wired


def _enum_bases(source: str, bases: dict[str, str]) -> str:
    """Base some enums on a class of coinspec._core.types instead of StrEnum: OpenStrEnum
    for those the spec marks `x-enum-open` (they take unlisted values), BooleanStrEnum for
    an enum of "true" and "false" (its members are as true as their text)."""
    for name, base in sorted(bases.items()):
        plain = f"class {name}(StrEnum):"
        if plain not in source:
            raise RuntimeError(
                f"datamodel-code-generator did not make {name} a StrEnum; cannot base it on {base}"
            )
        source = source.replace(plain, f"class {name}({base}):")
    future = "from __future__ import annotations\n"
    used = sorted(set(bases.values()))
    if used:
        if future not in source:
            raise RuntimeError(
                "datamodel-code-generator's output has no __future__ import to place the enum bases' after"
            )
        source = source.replace(
            future, f"{future}\nfrom {WIRE_TYPES_MODULE} import {', '.join(used)}\n", 1
        )
    return source


def _is_boolean_enum(schema: Any) -> bool:
    values = schema.get("enum") if isinstance(schema, dict) else None
    return isinstance(values, list) and sorted(map(str, values)) == ["false", "true"]


def generate_models(spec: Spec) -> str:
    """Source of models.py for one spec: every component schema as a class (formatted later),
    named as the component (the loader made each name a free class name, generator/names.py,
    and the IR's annotations use it). SpecError when a class cannot have that name."""
    return finish_models(spec, datamodel_source(model_input(spec)))


def model_input(spec: Spec) -> dict[str, Any]:
    """What `datamodel_source` needs of a spec (and no more, for a worker to be sent)."""
    return {
        "file": spec.path.name,
        "openapi": spec.data["openapi"],
        "title": spec.data.get("info", {}).get("title", ""),
        "schemas": (spec.data.get("components") or {}).get("schemas") or {},
    }


def _header(file: str) -> str:
    return (
        f'"""Models of specs/{docstring_text(file)}, by datamodel-code-generator; do not edit."""'
    )


def datamodel_source(model: dict[str, Any]) -> str | None:
    """datamodel-code-generator's module for `model_input`'s schemas, as it writes it;
    None when there is no schema (it would refuse)."""
    from datamodel_code_generator import generate
    from datamodel_code_generator.enums import DataModelType, InputFileType, StrictTypes
    from datamodel_code_generator.format import PythonVersion

    components = model["schemas"]
    if not components:
        return None
    helpers = _helper_components(components)
    schemas = _schemas_for_models(components, helpers)
    document = {
        "openapi": model["openapi"],
        "info": {"title": model["title"], "version": "1"},
        "paths": {},
        "components": {"schemas": schemas},
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
            # In Field(description=...): model_json_schema() and model_fields show it.
            use_field_description=False,
            use_standard_collections=True,
            use_union_operator=True,
            capitalise_enum_members=True,
            set_default_enum_member=True,
            # An integer field takes an int, never true, 1.0 or "1_000" (pydantic's lax int would).
            strict_types=[StrictTypes.int],
            import_overrides={
                "Decimal": WIRE_TYPES_MODULE,
                "AwareDatetime": WIRE_TYPES_MODULE,
                "RootModel": ROOT_MODEL_MODULE,  # pydantic's, built on first use as Model is
            },
            # The class names the IR's annotations use, not the ones it would choose.
            model_name_map={f"#/components/schemas/{name}": name for name in components},
            type_overrides={
                component: f"{WIRE_TYPES_MODULE}.{wire.value}"
                for wire, component in helpers.items()
            },
            custom_file_header=_header(model["file"]),
            formatters=[],
            aliases=_aliases_off_model_methods(components),
        )
    if not isinstance(output, str):
        raise TypeError("datamodel-code-generator returned several modules; expected one")
    return output


def warm_up() -> None:
    """Import what datamodel-code-generator imports on its first run (most of its import
    time), by a run on one schema: a worker does it while it waits for its first spec."""
    datamodel_source(
        {"file": "", "openapi": "3.1.0", "title": "", "schemas": {"Warm": {"type": "object"}}}
    )


def finish_models(spec: Spec, output: str | None) -> str:
    """models.py of `spec` from `datamodel_source`'s output for it (see `generate_models`)."""
    header = _header(spec.path.name)
    components = (spec.data.get("components") or {}).get("schemas") or {}
    if output is None:
        # Nothing for datamodel-code-generator to make: the module still gives what every
        # client imports from it.
        return f"{header}\n\nfrom __future__ import annotations\n\nfrom {MODEL_BASE.rsplit('.', 1)[0]} import Model\n"
    _check_class_names(spec, components, output)
    bases = {
        name: "OpenStrEnum" if schema.get("x-enum-open") else "BooleanStrEnum"
        for name, schema in components.items()
        if schema.get("x-enum-open") or _is_boolean_enum(schema)
    }
    source = _enum_values_and_field_docstrings(
        _enum_bases(_exact_defaults(_complete_bare_generics(_without_rebuilds(output))), bases)
    )
    source = _annotations_evaluated_on_definition(source)
    # The package's __init__ re-exports these (its __all__ lists them, for type checkers too).
    names = re.findall(r"^class (\w+)\(", source, flags=re.MULTILINE)
    return source.rstrip("\n") + f"\n\n\n__all__ = {sorted(names)!r}\n"


_FUTURE_ANNOTATIONS = "from __future__ import annotations\n"


def _annotations_evaluated_on_definition(source: str) -> str:
    """The module without `from __future__ import annotations`: each field's annotation is
    then evaluated by the class body's own (cached) bytecode, where a string annotation is
    compiled and evaluated by pydantic, one by one, for every class the import creates.

    A field whose annotation names a class or alias bound only later (a forward or a
    self reference), or a name the class body itself binds before it (a field that shadows
    a type), keeps its annotation as a string, resolved as before: by pydantic, when the
    model is first built."""
    tree = ast.parse(source)
    bound_at: dict[str, int] = {}  # each top-level name -> the statement that first binds it
    for index, statement in enumerate(tree.body):
        for name in _bound_names(statement):
            bound_at.setdefault(name, index)
    deferred: list[ast.expr] = []
    for index, statement in enumerate(tree.body):
        if not isinstance(statement, ast.ClassDef):
            continue
        bound_in_body: set[str] = set()
        for field in statement.body:
            if isinstance(field, ast.AnnAssign):
                used = {n.id for n in ast.walk(field.annotation) if isinstance(n, ast.Name)}
                if any(bound_at.get(n, -1) >= index or n in bound_in_body for n in used):
                    deferred.append(field.annotation)
            bound_in_body.update(_bound_names(field))
    # ast's columns count UTF-8 bytes (a description may hold any character).
    text = source.encode()
    starts = [0]
    for line in text.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    for annotation in sorted(deferred, key=lambda a: (a.lineno, a.col_offset), reverse=True):
        start = starts[annotation.lineno - 1] + annotation.col_offset
        end = starts[(annotation.end_lineno or annotation.lineno) - 1] + (
            annotation.end_col_offset or 0
        )
        text = text[:start] + repr(ast.unparse(annotation)).encode() + text[end:]
    source = text.decode()
    if _FUTURE_ANNOTATIONS not in source:
        raise RuntimeError("datamodel-code-generator's output has no __future__ import")
    return source.replace(_FUTURE_ANNOTATIONS, "", 1)


def _bound_names(statement: ast.stmt) -> list[str]:
    """The names a statement binds where it stands (a field with only an annotation binds
    none; an `if TYPE_CHECKING:` block binds what either branch does)."""
    if isinstance(statement, ast.ClassDef | ast.FunctionDef):
        return [statement.name]
    if isinstance(statement, ast.Import | ast.ImportFrom):
        return [alias.asname or alias.name.split(".")[0] for alias in statement.names]
    if isinstance(statement, ast.If):
        return [name for inner in statement.body + statement.orelse for name in _bound_names(inner)]
    if isinstance(statement, ast.Assign):
        targets = statement.targets
    elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
        targets = [statement.target]
    else:
        return []
    return [n.id for target in targets for n in ast.walk(target) if isinstance(n, ast.Name)]


def _without_rebuilds(source: str) -> str:
    """Drop the `Model.model_rebuild()` calls datamodel-code-generator ends a module with
    for forward references: they would build those models (and all they refer to) on
    import, and a model that builds on first use resolves its references then."""
    return re.sub(r"^\w+\.model_rebuild\(\)$\n?", "", source, flags=re.MULTILINE)


def _check_class_names(spec: Spec, components: dict[str, Any], source: str) -> None:
    """Every component is the class of its name: datamodel-code-generator renames a class
    whose name its own imports take (`Field`, `RootModel` ...), which generator/names.py
    keeps the loader's derived names off; a name a spec gives itself is checked here."""
    classes = set(re.findall(r"^class (\w+)\(", source, flags=re.MULTILINE))
    problems = [
        spec.problem(
            ("components", "schemas", name),
            f"schema {name!r} cannot become class {name!r}: the generated "
            "models module needs that name for an import; rename the schema",
        )
        for name in components
        if name not in classes
    ]
    if problems:
        raise SpecError(problems)


_BARE_GENERIC = re.compile(r"(RootModel\[|\broot: )(list|dict)(?=[\]\n])")


def _complete_bare_generics(source: str) -> str:
    """`list`/`dict` without type arguments as `list[Any]`/`dict[str, Any]`.

    datamodel-code-generator writes them bare for a type it cannot name (an array of inline
    objects whose values refer back to the array), which mypy --strict refuses."""
    completed = _BARE_GENERIC.sub(
        lambda m: m.group(1) + ("list[Any]" if m.group(2) == "list" else "dict[str, Any]"), source
    )
    if completed != source and not re.search(r"^from typing import .*\bAny\b", completed, re.M):
        completed = completed.replace(
            "from __future__ import annotations\n",
            "from __future__ import annotations\n\nfrom typing import Any\n",
            1,
        )
    return completed


# A field of one of coinspec's exact wire types whose default datamodel-code-generator wrote
# as the literal of the spec's JSON value (`= 0.5`, `= 'AP8='`), which is not a value of that type.
_WIRE_DEFAULT = re.compile(
    r"^(?P<head>[ \t]+\w+: (?:Annotated\[)?(?P<type>Decimal|DecimalText|Integer|Base64Bytes)\b.*)"
    r""" = (?P<value>-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|"[^"\\']*"|'[^"\\']*')$""",
    re.MULTILINE,
)


def _exact_default(match: re.Match[str]) -> str:
    wire, literal = match["type"], match["value"]
    quoted = literal[0] in "\"'"
    text = literal[1:-1] if quoted else literal
    value = match[0]
    if wire in ("Decimal", "DecimalText") and _is_finite_decimal(text):
        value = f'{match["head"]} = {wire}("{text}")'  # exact: never the float 0.5
    elif wire == "Integer" and quoted and re.fullmatch(r"-?\d+", text):
        value = f"{match['head']} = {int(text)}"
    elif wire == "Base64Bytes" and quoted:
        try:
            value = f"{match['head']} = {base64.b64decode(text, validate=True)!r}"
        except binascii.Error:
            pass  # the loader's schema check names a default that is not base64
    return value


def _is_finite_decimal(text: str) -> bool:
    try:
        return decimal.Decimal(text).is_finite()
    except decimal.InvalidOperation:
        return False


def _exact_defaults(source: str) -> str:
    """Defaults of exact wire types as values of those types: a `double` default 0.5 is
    `Decimal("0.5")`, a `format: byte` default the bytes its base64 text encodes."""
    return _WIRE_DEFAULT.sub(_exact_default, source)


def model_classes(source: str) -> list[str]:
    """The classes a models.py defines: one per component, and those datamodel-code-generator
    made of inline objects and enums, in the order it defines them."""
    return re.findall(r"^class (\w+)\(", source, flags=re.MULTILINE)


ENUM_BASES = frozenset({"Enum", "StrEnum", "IntEnum", "OpenStrEnum", "BooleanStrEnum"})


def _enum_values(tree: ast.Module) -> dict[str, list[Any]]:
    """Each enum class of a models module and the values of its members, in order."""
    enums: dict[str, list[Any]] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and any(
            isinstance(base, ast.Name) and base.id in ENUM_BASES for base in node.bases
        ):
            enums[node.name] = [
                statement.value.value
                for statement in node.body
                if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Constant)
            ]
    return enums


def _enum_values_and_field_docstrings(source: str) -> str:
    """`_enum_fields_take_values` and `_fields_in_docstrings`, from one parse of ``source``
    (the module is large, and parsing it is most of what either costs): the first edits
    field annotations within their lines and adds lines after enum classes, the second
    replaces docstring lines or adds them before a class's first field, so each can be
    placed by the lines of the same tree."""
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    needed = _enum_fields_take_values(tree, lines)
    _fields_in_docstrings(tree, lines)
    text = "".join(lines)
    if not needed:
        return text
    future = "from __future__ import annotations\n"
    return text.replace(future, f"{future}\nfrom typing import {', '.join(needed)}\n", 1)


def _enum_fields_take_values(tree: ast.Module, lines: list[str]) -> list[str]:
    """Fields typed by an enum also take its values as string literals, for type checkers:
    `side: Side` becomes `side: _SideValue`, which is `Side | Literal["buy", "sell"]` to
    mypy and pyright and `Side` at run time (so values stay members, and an open enum keeps
    taking values it does not list). Edits ``lines`` (of ``tree``'s module) without adding
    or removing any; returns the names still to import from typing."""
    enums = _enum_values(tree)
    if not enums:
        return []
    edits: list[tuple[int, int, int, str]] = []  # (line, start, end, enum)
    for node in tree.body:
        if not isinstance(node, ast.ClassDef) or node.name in enums or _is_root_model(node):
            continue  # a RootModel's `root` must stay the type its base names
        for field in node.body:
            if isinstance(field, ast.AnnAssign):
                edits.extend(
                    (name.lineno - 1, name.col_offset, name.end_col_offset or 0, name.id)
                    for name in _type_names(field.annotation)
                    if name.id in enums
                )
    for line, start, end, enum in sorted(edits, reverse=True):
        text = lines[line]
        lines[line] = f"{text[:start]}_{enum}Value{text[end:]}"
    for enum, values in enums.items():
        end = _class_end(lines, enum)
        lines[end] += (
            "\n\nif TYPE_CHECKING:\n"
            f"    _{enum}Value: TypeAlias = {enum} | Literal[{', '.join(map(repr, values))}]\n"
            "else:\n"
            f"    _{enum}Value = {enum}\n"
        )
    if "from __future__ import annotations\n" not in lines:
        raise RuntimeError("datamodel-code-generator's output has no __future__ import")
    imported = {  # datamodel-code-generator imports Literal itself for a `const`
        alias.asname or alias.name
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and node.module == "typing"
        for alias in node.names
    }
    return [name for name in ("TYPE_CHECKING", "Literal", "TypeAlias") if name not in imported]


def _is_root_model(node: ast.ClassDef) -> bool:
    return any(
        isinstance(base, ast.Subscript)
        and isinstance(base.value, ast.Name)
        and base.value.id == "RootModel"
        for base in node.bases
    )


def _type_names(annotation: ast.expr) -> list[ast.Name]:
    """The names in a field's type: of `Annotated[T, Field(...)]` only T's, and none in a call."""
    if (
        isinstance(annotation, ast.Subscript)
        and isinstance(annotation.value, ast.Name)
        and annotation.value.id == "Annotated"
        and isinstance(annotation.slice, ast.Tuple)
    ):
        return _type_names(annotation.slice.elts[0])
    found: list[ast.Name] = []
    pending: list[ast.AST] = [annotation]
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Call):
            continue
        if isinstance(node, ast.Name):
            found.append(node)
        pending.extend(ast.iter_child_nodes(node))
    return found


def _class_end(lines: list[str], name: str) -> int:
    """The index of the last line of the class `name` (before the blank lines after it)."""
    start = next(i for i, line in enumerate(lines) if line.startswith(f"class {name}("))
    end = start
    for index in range(start + 1, len(lines)):
        if lines[index].strip() and not lines[index][0].isspace():
            break
        if lines[index].strip():
            end = index
    return end


def _docstring_line(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def _fields_in_docstrings(tree: ast.Module, lines: list[str]) -> None:
    """Each model's docstring also lists its fields' descriptions, under FIELDS_HEADING:
    help() and an editor show a class's docstring, never its fields' `description=`.
    The class's own description is wrapped at the docstring width too. Edits ``lines``
    (of ``tree``'s module)."""
    edits: list[tuple[int, int, list[str]]] = []  # lines[start:end] become the new ones
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        first = node.body[0]
        summary = ""
        if (
            isinstance(first, ast.Expr)
            and isinstance(first.value, ast.Constant)
            and isinstance(first.value.value, str)
        ):
            summary = inspect.cleandoc(first.value.value)
        elif not isinstance(first, ast.AnnAssign):
            continue  # neither a docstring nor a field first: not a model datamodel-code-generator writes
        fields = [
            wrap(f"{field.target.id}: {description}", "        ", hanging=4)
            for field in node.body
            if isinstance(field, ast.AnnAssign) and isinstance(field.target, ast.Name)
            if (description := field_description(field))
        ]
        if not fields and not summary:
            continue
        parts = [wrap(summary, "    ")] if summary else []
        if fields:
            parts.append("\n".join([f"    {FIELDS_HEADING}", *fields]))
        text = "\n\n".join(parts)
        docstring = ['    """\n']
        docstring += [f"{_docstring_line(line)}\n" if line else "\n" for line in text.split("\n")]
        docstring.append('    """\n')
        if summary:
            edits.append((first.lineno - 1, first.end_lineno or first.lineno, docstring))
        else:
            edits.append((first.lineno - 1, first.lineno - 1, [*docstring, "\n"]))
    for start, end, new in sorted(edits, reverse=True):
        lines[start:end] = new
