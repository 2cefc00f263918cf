"""Read a spec file, keep the line of every node, and validate it before anything is written.

Every problem is reported as ``file:line: what is wrong``; all problems of a file are
collected so that one run shows them all.
"""

from __future__ import annotations

import functools
import json
import multiprocessing
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import jsonschema
import jsonschema_rs

from .files import SPEC_SUFFIXES, spec_paths
from .reading import (
    LIBYAML_PARSER,
    PYTHON_PARSER,
    JsonPath,
    SpecError,
    SpecProblem,
    read_document,
)
from .sources import parse_source

__all__ = [
    "PYTHON_PARSER",
    "JsonPath",
    "Spec",
    "SpecError",
    "SpecProblem",
    "load_spec",
    "load_specs",
    "operations",
    "read_spec",
]

T = TypeVar("T")
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass
class Spec:
    """A validated spec: plain JSON-like data plus the line of every node."""

    path: Path
    data: dict[str, Any]
    lines: dict[JsonPath, int] = field(repr=False)

    @property
    def file(self) -> str:
        return str(self.path)

    def line_of(self, path: JsonPath) -> int:
        """Line of the node at ``path``, or of its nearest ancestor that has one."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return 1

    def problem(self, path: JsonPath, message: str) -> SpecProblem:
        return SpecProblem(self.file, self.line_of(path), message)

    def deref(self, node: Any) -> Any:
        """Follow `$ref`s until a node that is not one (a cycle stops where it repeats)."""
        seen = set()
        while (
            isinstance(node, dict)
            and isinstance(node.get("$ref"), str)
            and node["$ref"] not in seen
        ):
            seen.add(node["$ref"])
            node = self.resolve(node["$ref"])
        return node

    def resolve(self, ref: str) -> Any:
        node: Any = self.data
        for part in ref.removeprefix("#/").split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            node = node[part]
        return node


def read_spec(path: Path, yaml_parser: type = LIBYAML_PARSER) -> Spec:
    """Read a spec file (YAML or JSON) keeping the line of every node; SpecError when unreadable."""
    data, lines = read_document(path, yaml_parser)
    return Spec(path=path, data=data, lines=lines)


def _vocabulary() -> dict[str, Any]:
    text = (
        resources.files("generator").joinpath("vocabulary.schema.json").read_text(encoding="utf-8")
    )
    vocabulary: dict[str, Any] = json.loads(text)
    return vocabulary


VOCABULARY = _vocabulary()


def _walk(node: Any, path: JsonPath = ()) -> Iterator[tuple[JsonPath, Any]]:
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, (*path, index))


def operations(data: Mapping[str, Any]) -> Iterator[tuple[JsonPath, str, str, dict[str, Any]]]:
    """(json path, path template, method, operation) for every operation, in file order."""
    for template, item in (data.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method, op in item.items():
            if method in HTTP_METHODS and isinstance(op, dict):
                yield ("paths", template, method), template, method, op


def _is_schema_location(path: JsonPath) -> bool:
    names = [p for p in path if isinstance(p, str)]
    return any(
        n in ("schema", "schemas", "items", "properties", "oneOf", "anyOf", "allOf") for n in names
    )


def _check_extensions(spec: Spec) -> list[SpecProblem]:
    problems: list[SpecProblem] = []
    defs = VOCABULARY["$defs"]
    op_paths = {p for p, _, _, _ in operations(spec.data)}

    def check(path: JsonPath, key: str, value: Any, where: str) -> None:
        allowed = defs[where]["properties"]
        if key not in allowed:
            places = [w for w in ("root", "operation", "schema") if key in defs[w]["properties"]]
            hint = (
                f" (it belongs on {' or '.join('an ' + w if w[0] in 'aeiou' else 'a ' + w for w in places)})"
                if places
                else ""
            )
            problems.append(
                spec.problem(
                    (*path, key),
                    f"unknown extension {key!r} here{hint}; the vocabulary is in generator/vocabulary.schema.json",
                )
            )
            return
        validator = jsonschema.Draft202012Validator({"$defs": defs, **allowed[key]})
        for error in sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path)):
            sub = tuple(error.absolute_path)
            problems.append(spec.problem((*path, key, *sub), f"malformed {key}: {error.message}"))

    for path, node in _walk(spec.data):
        if not isinstance(node, dict):
            continue
        if node.get("x-enum-open") and not (
            len(path) == 3 and path[:2] == ("components", "schemas") and "enum" in node
        ):
            problems.append(
                spec.problem(
                    (*path, "x-enum-open"),
                    "x-enum-open belongs on an enum schema of its own in components/schemas (it becomes a class)",
                )
            )
        for key, value in node.items():
            if not (isinstance(key, str) and key.startswith("x-")):
                continue
            if path == ():
                check(path, key, value, "root")
            elif path in op_paths:
                check(path, key, value, "operation")
            elif _is_schema_location(path) and path[-1] != "properties":
                check(path, key, value, "schema")
            else:
                problems.append(
                    spec.problem(
                        (*path, key),
                        f"unknown extension {key!r} here; the vocabulary is in generator/vocabulary.schema.json",
                    )
                )
    return problems


_PATH_PARAM = re.compile(r"\{([^{}]+)\}")


def _check_references(spec: Spec) -> list[SpecProblem]:
    problems = []
    for path, node in _walk(spec.data):
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#/"):
                problems.append(
                    spec.problem(
                        (*path, "$ref"),
                        f"$ref {ref!r} points outside this file; specs are self-contained",
                    )
                )
                continue
            try:
                spec.resolve(ref)
            except (KeyError, IndexError, TypeError):
                problems.append(
                    spec.problem((*path, "$ref"), f"$ref {ref!r} points to nothing in this file")
                )
    return problems


def _check_operations(spec: Spec) -> list[SpecProblem]:
    problems: list[SpecProblem] = []
    seen_ids: dict[str, int] = {}
    option_names = {
        o.get("name") for o in spec.data.get("x-client-options", []) if isinstance(o, dict)
    }
    for path, template, method, op in operations(spec.data):
        where = f"{method.upper()} {template}"
        op_id = op.get("operationId")
        if not op_id:
            problems.append(
                spec.problem(path, f"{where} has no operationId (it names the client method)")
            )
        elif not re.fullmatch(r"[a-z][a-z0-9_]*", op_id):
            problems.append(
                spec.problem(
                    (*path, "operationId"), f"operationId {op_id!r} of {where} is not snake_case"
                )
            )
        elif op_id in seen_ids:
            problems.append(
                spec.problem(
                    (*path, "operationId"),
                    f"duplicate operationId {op_id!r} (first at line {seen_ids[op_id]})",
                )
            )
        else:
            seen_ids[op_id] = spec.line_of((*path, "operationId"))
        responses = op.get("responses")
        if not isinstance(responses, dict) or not responses:
            problems.append(spec.problem(path, f"{where} has no responses"))
            responses = {}
        item = spec.data["paths"][template]
        params = [spec.deref(p) for p in [*item.get("parameters", []), *op.get("parameters", [])]]
        declared = {p.get("name") for p in params if isinstance(p, dict) and p.get("in") == "path"}
        in_template = _PATH_PARAM.findall(template)
        for name in in_template:
            if name not in declared:
                problems.append(
                    spec.problem(
                        path,
                        f"path parameter {{{name}}} of {where} is not declared in its parameters",
                    )
                )
        for name in declared - set(in_template):
            problems.append(
                spec.problem(
                    path, f"{where} declares path parameter {name!r} that its path does not have"
                )
            )
        param_names = {p.get("name") for p in params if isinstance(p, dict)}
        for name in op.get("x-optional-path-segments", []):
            if name not in in_template:
                problems.append(
                    spec.problem(
                        (*path, "x-optional-path-segments"),
                        f"x-optional-path-segments names {name!r}, which is not a path parameter of {where}",
                    )
                )
        pagination = op.get("x-pagination")
        if isinstance(pagination, dict):
            for role in ("limit", "offset", "cursor"):
                name = pagination.get(role)
                if name is not None and _top_param(name) not in param_names:
                    problems.append(
                        spec.problem(
                            (*path, "x-pagination", role),
                            f"x-pagination {role} parameter {name!r} is not a parameter of {where}",
                        )
                    )
        if "x-unwrap" in op:
            success = [s for s in responses if str(s).startswith("2")]
            body = _success_schema(spec, responses, success)
            props = body.get("properties", {}) if isinstance(body, dict) else {}
            if op["x-unwrap"] not in props:
                problems.append(
                    spec.problem(
                        (*path, "x-unwrap"),
                        f"x-unwrap names {op['x-unwrap']!r}, which is not a property of the 2xx body of {where}",
                    )
                )
        for index, hook in enumerate(op.get("x-hooks", [])):
            if not isinstance(hook, dict):
                continue
            for arg, text in (hook.get("arguments") or {}).items():
                source = parse_source(text)
                if source.kind == "option" and source.name not in option_names:
                    problems.append(
                        spec.problem(
                            (*path, "x-hooks", index, "arguments", arg),
                            f"hook argument {arg!r} uses client option {source.name!r}, which x-client-options does not declare",
                        )
                    )
                if source.kind == "param" and source.name not in param_names:
                    problems.append(
                        spec.problem(
                            (*path, "x-hooks", index, "arguments", arg),
                            f"hook argument {arg!r} uses parameter {source.name!r}, which {where} does not have",
                        )
                    )
            for name in hook.get("requires", []):
                if name not in option_names:
                    problems.append(
                        spec.problem(
                            (*path, "x-hooks", index, "requires"),
                            f"hook requires client option {name!r}, which x-client-options does not declare",
                        )
                    )
    return problems


def _check_flows(spec: Spec) -> list[SpecProblem]:
    problems: list[SpecProblem] = []
    ops = {op.get("operationId"): (template, op) for _, template, _, op in operations(spec.data)}
    option_names = {
        o.get("name") for o in spec.data.get("x-client-options", []) if isinstance(o, dict)
    }
    for index, flow in enumerate(spec.data.get("x-flows", [])):
        where = ("x-flows", index)
        if flow["name"] in ops:
            problems.append(
                spec.problem(
                    (*where, "name"), f"flow {flow['name']!r} has the name of an operation"
                )
            )
        argument_names = {a["name"] for a in flow.get("arguments", [])}
        for name in flow.get("requires", []):
            if name not in option_names:
                problems.append(
                    spec.problem(
                        (*where, "requires"),
                        f"flow {flow['name']!r} requires client option {name!r}, which x-client-options does not declare",
                    )
                )
        steps_so_far: set[str] = set()
        calls = 0
        for number, step in enumerate(flow["steps"]):
            here = (*where, "steps", number)
            sources = dict(step.get("arguments") or {})
            body = step.get("body")
            if isinstance(body, str):
                sources["body"] = body
            elif isinstance(body, dict):
                sources.update({f"body.{k}": v for k, v in body.items()})
            if "call" in step:
                calls += 1
                if step["call"] not in ops:
                    problems.append(
                        spec.problem(
                            (*here, "call"),
                            f"flow {flow['name']!r} calls {step['call']!r}, which is not an operationId of this spec",
                        )
                    )
                else:
                    template, op = ops[step["call"]]
                    item = spec.data["paths"][template]
                    params = {
                        spec.deref(p).get("name")
                        for p in [*item.get("parameters", []), *op.get("parameters", [])]
                    }
                    for name in step.get("arguments") or {}:
                        if name not in params:
                            problems.append(
                                spec.problem(
                                    (*here, "arguments", name),
                                    f"{step['call']} has no parameter {name!r}",
                                )
                            )
                    if body is not None and "requestBody" not in op:
                        problems.append(
                            spec.problem((*here, "body"), f"{step['call']} takes no request body")
                        )
            for name, text in sources.items():
                source = parse_source(text)
                known, what = {
                    "arg": (argument_names, "flow argument"),
                    "option": (option_names, "client option"),
                    "step": (steps_so_far, "earlier step"),
                }[source.kind]
                if source.name not in known:
                    problems.append(
                        spec.problem(
                            here,
                            f"flow {flow['name']!r} step {number + 1} takes {name} from {text!r}, but there is no such {what}",
                        )
                    )
            if "as" in step:
                steps_so_far.add(step["as"])
        if not calls:
            problems.append(spec.problem(where, f"flow {flow['name']!r} calls no operation"))
    return problems


def _top_param(name: str) -> str:
    """`pagination[limit]` travels inside the deepObject parameter `pagination`."""
    return name.split("[", 1)[0]


def _success_schema(spec: Spec, responses: Mapping[str, Any], success: list[str]) -> Any:
    for status in success:
        response = spec.deref(responses[status])
        for media in (response.get("content") or {}).values():
            return spec.deref(media.get("schema", {}))
    return {}


class _RustSchemaValidator:
    """The whole-document OAS 3.1 schema check in jsonschema-rs (1 ms for the largest spec, 1 s in Python).

    openapi-spec-validator's own jsonschema-rs adapter would pick it too, but reports the
    long multi-line text of each error; this one keeps the one-line message.
    """

    def __init__(self, schema: Mapping[str, Any]) -> None:
        self._validator = jsonschema_rs.validator_for(dict(schema))

    def iter_errors(self, instance: Any) -> Iterator[jsonschema.ValidationError]:
        for error in self._validator.iter_errors(instance):
            yield jsonschema.ValidationError(error.message, path=list(error.instance_path))


# Marks the errors of the Schema Object check: their path starts at the schema they were found
# in, which `_check_openapi` finds in the document to name the right line.
SCHEMA_OBJECT_CHECK = "coinspec-oas31-dialect"


@functools.cache
def openapi_validator() -> Any:
    """openapi-spec-validator's OAS 3.1 validator with both schema checks in jsonschema-rs.

    Imported here, not at the top: generation validates in worker processes, and the
    process that starts them has no use for the 0.1 s the import takes.
    """
    from openapi_schema_validator import OAS31_BASE_DIALECT_ID, OAS31Validator

    # Private, but the only place that holds the dialect's vocabulary schema; the version is
    # pinned and tests/generator/test_loader.py compares the checks with the library's own.
    from openapi_schema_validator._specifications import REGISTRY as OPENAPI_SPECIFICATIONS
    from openapi_spec_validator import OpenAPIV31SpecValidator
    from openapi_spec_validator.schemas import schema_v31
    from openapi_spec_validator.validation.keywords import OpenAPIV31SchemaValidator

    meta = "https://spec.openapis.org/oas/3.1/meta/base"
    dialect = OAS31Validator.META_SCHEMA
    registry = jsonschema_rs.Registry(
        [(meta, OPENAPI_SPECIFICATIONS.contents(meta)), (OAS31_BASE_DIALECT_ID, dialect)]
    )
    schema_objects = jsonschema_rs.validator_for(dialect, registry=registry, validate_formats=True)

    def check_schema_object(schema: Any) -> None:
        for error in schema_objects.iter_errors(schema):
            raise jsonschema.exceptions.SchemaError(
                error.message,
                path=list(error.instance_path),
                instance=schema,
                validator=SCHEMA_OBJECT_CHECK,
            )

    class RustMetaSchemaValidator(OpenAPIV31SchemaValidator):
        """Checks each Schema Object against the OAS 3.1 dialect in jsonschema-rs: three
        quarters of openapi-spec-validator's time went to doing that in Python, per schema."""

        def _get_schema_checker(self, schema: Any, schema_value: Any) -> Callable[[Any], None]:
            if self._get_schema_dialect_id(schema, schema_value) != OAS31_BASE_DIALECT_ID:
                return super()._get_schema_checker(schema, schema_value)
            return check_schema_object

    class Validator(OpenAPIV31SpecValidator):
        schema_validator = _RustSchemaValidator(schema_v31)
        keyword_validators = {  # noqa: RUF012  (the library's own class attribute, overridden)
            **OpenAPIV31SpecValidator.keyword_validators,
            "schema": RustMetaSchemaValidator,
        }

    return Validator


def _data_path(data: Any, path: Iterable[Any]) -> JsonPath:
    """`path` as the keys of `data`: jsonschema-rs reports a key such as "200" as the number 200."""
    keys: list[str | int] = []
    node = data
    for part in path:
        if isinstance(node, dict):
            key: str | int = str(part)
            node = node.get(key)
        elif isinstance(node, list) and isinstance(part, int):
            key = part
            node = node[part] if 0 <= part < len(node) else None
        else:
            break
        keys.append(key)
    return tuple(keys)


def _check_openapi(spec: Spec) -> list[SpecProblem]:
    version = spec.data.get("openapi")
    if not (isinstance(version, str) and version.startswith("3.1")):
        return [spec.problem(("openapi",), f"openapi must be 3.1.x, not {version!r}")]
    problems = []
    containers: dict[int, JsonPath] | None = None
    for error in openapi_validator()(spec.data).iter_errors():
        path = _data_path(spec.data, getattr(error, "absolute_path", ()) or ())
        if getattr(error, "validator", None) == SCHEMA_OBJECT_CHECK:
            if containers is None:
                containers = {
                    id(node): where
                    for where, node in _walk(spec.data)
                    if isinstance(node, (dict, list))
                }
            where = containers.get(id(error.instance), ())
            path = (*where, *_data_path(error.instance, error.path))
        problems.append(spec.problem(path, f"not valid OpenAPI 3.1: {error.message}"))
    return problems


# Names the generated client modules import themselves; a model may not shadow them.
RESERVED_MODEL_NAMES = frozenset(
    {
        "Annotated",
        "Any",
        "AsyncBaseClient",
        "CoinspecDecimalText",
        "CoinspecInteger",
        "CoinspecUpload",
        "DecimalText",
        "Integer",
        "Upload",
        "AsyncIterator",
        "AwareDatetime",
        "BaseClient",
        "Decimal",
        "ErrorEnvelope",
        "ErrorFamily",
        "Field",
        "FileInput",
        "Iterator",
        "Mapping",
        "Model",
        "NotGiven",
        "RawResponse",
        "SecurityScheme",
        "Service",
        "StrEnum",
        "TypeAdapter",
    }
)


def _check_components(spec: Spec) -> list[SpecProblem]:
    problems = []
    for name in (spec.data.get("components") or {}).get("schemas") or {}:
        where = ("components", "schemas", name)
        if not re.fullmatch(r"[A-Z][A-Za-z0-9]*", name):
            problems.append(
                spec.problem(
                    where,
                    f"schema name {name!r} must be PascalCase: it becomes a Python class name",
                )
            )
        elif name in RESERVED_MODEL_NAMES:
            problems.append(
                spec.problem(
                    where,
                    f"schema name {name!r} is taken by the generated client's own imports; choose another",
                )
            )
    for key in ("x-package", "x-client-name"):
        if key not in spec.data:
            problems.append(spec.problem((), f"missing top-level {key}"))
    return problems


def read_and_check(path: Path) -> Spec | list[SpecProblem]:
    """Read one spec and run coinspec's own checks: everything but the OpenAPI schema (`openapi_problems`)."""
    try:
        spec = read_spec(path)
    except SpecError as exc:
        return exc.problems
    problems = _check_components(spec) + _check_references(spec) + _check_extensions(spec)
    if not problems:
        # Semantic checks dereference freely, so they run only on a well-formed tree.
        problems = _check_operations(spec) + _check_flows(spec)
    return _in_order(problems) if problems else spec


def openapi_problems(spec: Spec) -> list[SpecProblem]:
    """What openapi-spec-validator finds wrong with a spec that passed `read_and_check`."""
    return _in_order(_check_openapi(spec))


def _in_order(problems: list[SpecProblem]) -> list[SpecProblem]:
    return sorted(set(problems), key=lambda p: (p.line, p.message))


def load_spec(path: Path) -> Spec:
    """Read and fully validate one spec file; raise SpecError listing every problem."""
    outcome = load_or_problems(path)
    if isinstance(outcome, list):
        raise SpecError(outcome)
    return outcome


def load_or_problems(path: Path) -> Spec | list[SpecProblem]:
    outcome = read_and_check(path)
    if isinstance(outcome, list):
        return outcome
    return openapi_problems(outcome) or outcome


def _map_on_all_cores(function: Callable[[Path], T], items: list[Path]) -> list[T]:
    """`function` over `items` in forked processes (YAML reading and validation are pure
    Python and take seconds a spec); in order, and in-process where forking is not possible."""
    workers = min(os.cpu_count() or 1, len(items), 4)
    if workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return [function(item) for item in items]
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=multiprocessing.get_context("fork")
    ) as pool:
        return list(pool.map(function, items))


def spec_files(directory: Path) -> list[Path]:
    """The spec files (*.yaml, *.yml, *.json) of ``directory``, in name order; SpecError
    when there are none."""
    files = spec_paths(directory)
    if not files:
        wanted = ", ".join(f"*{suffix}" for suffix in SPEC_SUFFIXES)
        raise SpecError([SpecProblem(str(directory), 1, f"no spec files ({wanted}) here")])
    return files


def package_problems(specs: list[Spec]) -> list[SpecProblem]:
    """Two specs may not generate the same subpackage."""
    problems = []
    packages: dict[str, str] = {}
    for spec in sorted(specs, key=lambda s: s.path):
        package = spec.data["x-package"]
        if package in packages:
            problems.append(
                spec.problem(
                    ("x-package",), f"x-package {package!r} is already used by {packages[package]}"
                )
            )
        packages[package] = spec.file
    return problems


def load_specs(directory: Path) -> list[Spec]:
    """Load every *.yaml in ``directory``, collecting the problems of all files."""
    specs: list[Spec] = []
    problems: list[SpecProblem] = []
    for outcome in _map_on_all_cores(load_or_problems, spec_files(directory)):
        if isinstance(outcome, Spec):
            specs.append(outcome)
        else:
            problems.extend(outcome)
    problems += package_problems(specs)
    if problems:
        raise SpecError(problems)
    return specs
