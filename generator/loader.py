"""Read a spec file, keep the line of every node, and validate it before anything is written.

Every problem is reported as ``file:line: what is wrong``; all problems of a file are
collected so that one run shows them all.
"""

from __future__ import annotations

import ast
import functools
import importlib.util
import json
import keyword
import math
import multiprocessing
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import unquote

import jsonschema
import jsonschema_rs

from .document import operations
from .document import schemas as document_schemas
from .files import SPEC_SUFFIXES, spec_paths
from .names import CONSTRUCTOR_ARGUMENTS, RESERVED_METHODS, settle_names
from .reading import (
    LIBYAML_PARSER,
    PYTHON_PARSER,
    JsonPath,
    SpecError,
    SpecProblem,
    move_lines,
    read_document,
)
from .sources import parse_source
from .upgrade import upgrade, version_problem
from .workers import die_with_parent

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


@dataclass
class Spec:
    """A validated spec: plain JSON-like data (OpenAPI 3.1, whatever version the file was
    written in) plus the line of every node."""

    path: Path
    data: dict[str, Any]
    lines: dict[JsonPath, int] = field(repr=False)
    # The version the file declares: 3.0 documents are read as 3.1 (see upgrade.py).
    source_version: str = "3.1.0"
    # What the generator did with the spec that its author should know; nothing stopped it.
    warnings: list[SpecProblem] = field(default_factory=list)

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

    def warn(self, path: JsonPath, message: str) -> None:
        self.warnings.append(SpecProblem(self.file, self.line_of(path), message, warning=True))

    def omit(self, path: JsonPath) -> None:
        """Leave the node at ``path`` out of the document (a warning says why)."""
        parent: Any = self.data
        for part in path[:-1]:
            parent = parent[part]
        del parent[path[-1]]

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
        """The node a local `$ref` (a JSON pointer in a URI fragment) points to."""
        node: Any = self.data
        for part in ref.removeprefix("#/").split("/"):
            key = unquote(part).replace("~1", "/").replace("~0", "~")
            node = node[int(key)] if isinstance(node, list) else node[key]
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
VOCABULARY_KEYS = frozenset(
    key
    for place in ("anywhere", "root", "operation", "schema")
    for key in VOCABULARY["$defs"][place]["properties"]
)


def _walk(node: Any, path: JsonPath = ()) -> Iterator[tuple[JsonPath, Any]]:
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, (*path, index))


# Keys whose values are data (examples, defaults, enum values), not OpenAPI objects, except
# where they name a property or a component.
DATA_KEYS = frozenset({"example", "examples", "default", "const", "enum", "value"})
NAME_MAPS = frozenset(
    {"properties", "patternProperties", "dependentSchemas", "$defs", "definitions", "schemas"}
)


def _openapi_objects(data: Any, ours: bool = False) -> Iterator[tuple[JsonPath, dict[str, Any]]]:
    """Every mapping of the document that is part of OpenAPI's structure: not the values of
    examples, defaults and enums, nor what an `x-` extension holds (unless ``ours``: then
    what coinspec's own extensions hold too)."""
    vocabulary = VOCABULARY_KEYS if ours else frozenset()
    pending: list[tuple[JsonPath, Any]] = [((), data)]
    while pending:
        path, node = pending.pop()
        if isinstance(node, dict):
            yield path, node
            children = list(node.items())
        elif isinstance(node, list):
            children = list(enumerate(node))
        else:
            continue
        parent = path[-1] if path else None
        for key, value in children:
            if (
                isinstance(key, str)
                and key.startswith("x-")
                and isinstance(node, dict)
                and key not in vocabulary
            ):
                continue
            if key in DATA_KEYS and isinstance(node, dict) and parent not in NAME_MAPS:
                continue
            pending.append(((*path, key), value))


def _check_extensions(spec: Spec) -> list[SpecProblem]:
    """Our own vocabulary where it belongs and well-formed; any other `x-` is the business of
    whoever wrote it (OpenAPI allows any), unless it is one letter from one of ours."""
    problems: list[SpecProblem] = []
    defs = VOCABULARY["$defs"]
    places = ("anywhere", "root", "operation", "schema")
    ours = {
        key: [w for w in places if key in defs[w]["properties"]]
        for w in places
        for key in defs[w]["properties"]
    }
    op_paths = {p for p, _, _, _ in operations(spec.data)}
    schema_paths = {p for p, _ in document_schemas(spec.data)}

    def check(path: JsonPath, key: str, value: Any, where: str) -> None:
        validator = jsonschema.Draft202012Validator(
            {"$defs": defs, **defs[where]["properties"][key]}
        )
        for error in sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path)):
            sub = tuple(error.absolute_path)
            problems.append(spec.problem((*path, key, *sub), f"malformed {key}: {error.message}"))

    for path, node in _openapi_objects(spec.data):
        if node.get("x-enum-open") and not (
            len(path) == 3 and path[:2] == ("components", "schemas") and "enum" in node
        ):
            problems.append(
                spec.problem(
                    (*path, "x-enum-open"),
                    "x-enum-open belongs on an enum schema of its own in components/schemas (it becomes a class)",
                )
            )
        place = (
            "root"
            if path == ()
            else "operation"
            if path in op_paths
            else "schema"
            if path in schema_paths
            else None
        )
        for key, value in node.items():
            if not (isinstance(key, str) and key.startswith("x-")):
                continue
            if key in ours:
                if "anywhere" in ours[key]:
                    check(path, key, value, "anywhere")
                    continue
                if place is not None and place in ours[key]:
                    check(path, key, value, place)
                    continue
                belongs = " or ".join(("an " if w[0] in "aeiou" else "a ") + w for w in ours[key])
                problems.append(
                    spec.problem(
                        (*path, key),
                        f"{key} does not belong here (it belongs on {belongs}); the vocabulary is in generator/vocabulary.schema.json",
                    )
                )
                continue
            typo = _near(key, ours)
            if typo is not None:
                problems.append(
                    spec.problem(
                        (*path, key),
                        f"{key!r} is not coinspec's; did you mean {typo!r}? (other x- extensions are "
                        "allowed and ignored, but this one is a letter from coinspec's own)",
                    )
                )
    return problems


_PATH_PARAM = re.compile(r"\{([^{}]+)\}")


# What a list of values may hold before it is data rather than a type: every value becomes a
# member of an enum class, and datamodel-code-generator's time grows faster than the list.
MAX_ENUM_VALUES = 1_000
MAX_ENUM_VALUES_IN_A_SPEC = 10_000


def _check_enum_sizes(spec: Spec) -> list[SpecProblem]:
    """Enums small enough to be types, so that no spec can keep the generator busy for long."""
    problems: list[SpecProblem] = []
    total = 0
    for path, node in _openapi_objects(spec.data):
        values = node.get("enum")
        if not isinstance(values, list):
            continue
        total += len(values)
        if len(values) > MAX_ENUM_VALUES:
            problems.append(
                spec.problem(
                    (*path, "enum"),
                    f"an enum of {len(values)} values; coinspec takes at most {MAX_ENUM_VALUES} "
                    "in one enum (a longer list is data to fetch, not a type: use a string "
                    "with a pattern or a description)",
                )
            )
    if total > MAX_ENUM_VALUES_IN_A_SPEC and not problems:
        problems.append(
            spec.problem(
                (),
                f"{total} enum values in all; coinspec takes at most "
                f"{MAX_ENUM_VALUES_IN_A_SPEC} in one spec",
            )
        )
    return problems


def _check_references(spec: Spec) -> list[SpecProblem]:
    """Every `$ref` of the document (examples and other tools' extensions aside) points to
    something in this file, and a chain of `$ref`s ends at something that is not one."""
    problems = []
    for path, node in _openapi_objects(spec.data, ours=True):
        ref = node.get("$ref")
        if "$ref" not in node or (path and path[-1] in NAME_MAPS):
            continue  # a property or component named "$ref" is not a reference
        if not isinstance(ref, str):
            problems.append(spec.problem((*path, "$ref"), f"$ref must be a string, not {ref!r}"))
            continue
        if ref == "#" or ref == "#/":
            problems.append(
                spec.problem((*path, "$ref"), f"$ref {ref!r} points at the whole document")
            )
            continue
        if not ref.startswith("#/"):
            problems.append(
                spec.problem(
                    (*path, "$ref"),
                    f"$ref {ref!r} points outside this file; specs are self-contained",
                )
            )
            continue
        try:
            target = spec.resolve(ref)
        except (KeyError, IndexError, TypeError, ValueError):
            problems.append(
                spec.problem((*path, "$ref"), f"$ref {ref!r} points to nothing in this file")
            )
            continue
        chain = [ref]
        while isinstance(target, dict) and isinstance(target.get("$ref"), str):
            if target["$ref"] in chain:
                cycle = " -> ".join([*chain[chain.index(target["$ref"]) :], target["$ref"]])
                problems.append(
                    spec.problem(
                        (*path, "$ref"),
                        f"$ref {ref!r} never reaches anything but $refs: {cycle}",
                    )
                )
                break
            chain.append(target["$ref"])
            try:
                target = spec.resolve(target["$ref"])
            except (KeyError, IndexError, TypeError, ValueError):
                break  # reported where that $ref is written
    return problems


def _check_security(spec: Spec) -> list[SpecProblem]:
    """Every security scheme is one a client can send, and every requirement names one."""
    problems = []
    schemes = (spec.data.get("components") or {}).get("securitySchemes") or {}
    for name, raw in schemes.items():
        scheme = spec.deref(raw)
        where = ("components", "securitySchemes", name)
        if not isinstance(scheme, dict):
            continue
        kind = str(scheme.get("scheme", "")).lower()
        if scheme.get("type") == "http" and kind not in ("basic", "bearer"):
            problems.append(
                spec.problem(
                    (*where, "scheme"),
                    f"security scheme {name!r} uses HTTP {scheme.get('scheme')!r} authentication; "
                    "the clients send basic and bearer credentials only",
                )
            )
    requirements: list[tuple[JsonPath, Any]] = [(("security",), spec.data.get("security"))] + [
        ((*path, "security"), op.get("security")) for path, _, _, op in operations(spec.data)
    ]
    for place, listed in requirements:
        for index, requirement in enumerate(listed if isinstance(listed, list) else []):
            if not isinstance(requirement, dict):
                continue
            for scheme_name in requirement:
                if scheme_name not in schemes:
                    problems.append(
                        spec.problem(
                            (*place, index, scheme_name),
                            f"security requirement {scheme_name!r} names no scheme of components/securitySchemes",
                        )
                    )
            if len(requirement) > 1:
                problems.append(
                    spec.problem(
                        (*place, index),
                        f"security requirement {{{', '.join(requirement)}}} needs several schemes "
                        "at once; the clients send one credential per request",
                    )
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
        if not isinstance(op_id, str) or not op_id:
            pass  # the method is named after the method and path (names.py)
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
        elif not any(str(s).startswith("2") or s == "default" for s in responses):
            problems.append(
                spec.problem(
                    (*path, "responses"),
                    f"{where} documents no success response (no 2xx, 2XX or default): "
                    "its client method would have nothing to return",
                )
            )
        item = spec.data["paths"][template]
        params = [spec.deref(p) for p in [*item.get("parameters", []), *op.get("parameters", [])]]
        problems += _check_content_parameters(spec, path, where, item, op)
        declared = {p.get("name") for p in params if isinstance(p, dict) and p.get("in") == "path"}
        in_template = _PATH_PARAM.findall(template)
        for name in sorted({n for n in in_template if in_template.count(n) > 1}):
            problems.append(
                spec.problem(
                    ("paths", template),
                    f"path {template} names {{{name}}} {in_template.count(name)} times; "
                    "a path parameter has one place",
                )
            )
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
            for role in ("limit", "offset", "cursor", "page"):
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
        login = op.get("x-sets-credential")
        if isinstance(login, dict):
            problems += _check_login(spec, path, where, op, responses, login)
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


def _is_json_media(media: str) -> bool:
    base = media.split(";", 1)[0].strip().lower()
    return base == "application/json" or base.endswith(("+json", "/json"))


def _check_content_parameters(
    spec: Spec, path: JsonPath, where: str, item: dict[str, Any], op: dict[str, Any]
) -> list[SpecProblem]:
    """A parameter given as `content` instead of a schema is a query parameter of JSON text
    (`filter={"a":1}`): the one kind the clients write; any other is refused at its line."""
    problems = []
    places: list[tuple[JsonPath, dict[str, Any]]] = [(path[:2], item), (path, op)]
    for place, holder in places:
        listed = holder.get("parameters") if isinstance(holder, dict) else None
        for index, raw in enumerate(listed if isinstance(listed, list) else []):
            param = spec.deref(raw)
            content = param.get("content") if isinstance(param, dict) else None
            if not isinstance(content, dict) or not content:
                continue
            media = next(iter(content))
            name, location = param.get("name"), param.get("in")
            if location != "query" or not _is_json_media(str(media)):
                problems.append(
                    spec.problem(
                        (*place, "parameters", index),
                        f"{location} parameter {name!r} of {where} is given as {media} content; "
                        "the clients write JSON content (application/json) in a query "
                        "parameter only: give it a schema",
                    )
                )
    return problems


def _check_login(
    spec: Spec,
    path: JsonPath,
    where: str,
    op: Mapping[str, Any],
    responses: Mapping[str, Any],
    login: Mapping[str, Any],
) -> list[SpecProblem]:
    """x-sets-credential names a security scheme and a field of the operation's result."""
    problems = []
    schemes = (spec.data.get("components") or {}).get("securitySchemes") or {}
    if login.get("scheme") not in schemes:
        problems.append(
            spec.problem(
                (*path, "x-sets-credential", "scheme"),
                f"x-sets-credential names security scheme {login.get('scheme')!r}, which components.securitySchemes does not declare",
            )
        )
    success = [s for s in responses if str(s).startswith("2")]
    result = spec.deref(_success_schema(spec, responses, success))
    if isinstance(result, dict) and "x-unwrap" in op:
        result = spec.deref((result.get("properties") or {}).get(op["x-unwrap"], {}))
    fields = result.get("properties", {}) if isinstance(result, dict) else {}
    if login.get("from") not in fields:
        problems.append(
            spec.problem(
                (*path, "x-sets-credential", "from"),
                f"x-sets-credential takes {login.get('from')!r}, which is not a field of the result of {where}",
            )
        )
    return problems


def _check_client_options(spec: Spec) -> list[SpecProblem]:
    """An x-client-options name becomes a keyword argument of the client's constructor as it
    is: it must be a Python identifier that is not a keyword and not one of the
    constructor's own settings."""
    problems = []
    for index, option in enumerate(spec.data.get("x-client-options", [])):
        name = option.get("name") if isinstance(option, dict) else None
        if not isinstance(name, str):
            continue
        why = (
            "is not a Python identifier"
            if not name.isidentifier()
            else "is a Python keyword"
            if keyword.iskeyword(name)
            else "is one of the constructor's own arguments"
            if name in CONSTRUCTOR_ARGUMENTS
            else None
        )
        if why:
            problems.append(
                spec.problem(
                    ("x-client-options", index, "name"),
                    f"client option {name!r} {why}: choose another name",
                )
            )
    return problems


def _check_client_checks(spec: Spec) -> list[SpecProblem]:
    """x-client-checks check declared client options with declared client options."""
    problems = []
    option_names = {
        o.get("name") for o in spec.data.get("x-client-options", []) if isinstance(o, dict)
    }
    for index, check in enumerate(spec.data.get("x-client-checks", [])):
        where: JsonPath = ("x-client-checks", index)
        if check.get("option") not in option_names:
            problems.append(
                spec.problem(
                    (*where, "option"),
                    f"x-client-checks checks {check.get('option')!r}, which x-client-options does not declare",
                )
            )
        for argument, source in (check.get("arguments") or {}).items():
            if source[7:] not in option_names:
                problems.append(
                    spec.problem(
                        (*where, "arguments", argument),
                        f"check argument {argument!r} uses client option {source[7:]!r}, which x-client-options does not declare",
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
        elif flow["name"] in RESERVED_METHODS:
            problems.append(
                spec.problem(
                    (*where, "name"),
                    f"flow {flow['name']!r} has the name of the client's own {flow['name']}",
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
            else:
                problems.extend(
                    spec.problem(
                        (*here, "run"), f"flow {flow['name']!r} step {number + 1}: {message}"
                    )
                    for message in _run_step_problems(step["run"], set(step.get("arguments") or {}))
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


@functools.cache
def _runtime_functions(module: str) -> dict[str, ast.FunctionDef] | str:
    """The top-level functions of ``coinspec_runtime.<module>``, read from its source with
    ``ast`` (importing the runtime would load python-bitcointx and libsecp256k1 into every
    generation); or what keeps them from being read."""
    found = importlib.util.find_spec("coinspec_runtime")
    if found is None or not found.submodule_search_locations:
        return "coinspec_runtime is not installed, so its functions cannot be checked"
    base = Path(next(iter(found.submodule_search_locations))).joinpath(*module.split(".")[1:])
    path = base.with_suffix(".py") if base.with_suffix(".py").is_file() else base / "__init__.py"
    if not path.is_file():
        return f"{module} is not a module of coinspec_runtime"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}


def _runtime_parameters(dotted: str) -> tuple[frozenset[str], frozenset[str], bool] | str:
    """(keyword parameters, the required ones, whether it takes **kwargs) of the runtime
    function ``coinspec_runtime.<module>:<name>``, or what keeps it from being read."""
    module, _, name = dotted.partition(":")
    functions = _runtime_functions(module)
    if isinstance(functions, str):
        return functions
    node = functions.get(name)
    if node is None:
        return f"{module} has no function {name!r}"
    args = node.args
    positional = [*args.posonlyargs, *args.args]
    required = [a.arg for a in positional[: len(positional) - len(args.defaults)]]
    required += [
        a.arg
        for a, default in zip(args.kwonlyargs, args.kw_defaults, strict=True)
        if default is None
    ]
    keywords = [a.arg for a in [*args.args, *args.kwonlyargs]]
    return frozenset(keywords), frozenset(required), args.kwarg is not None


def _run_step_problems(dotted: str, given: set[str]) -> list[str]:
    """What is wrong with calling a runtime function with keyword arguments ``given``."""
    found = _runtime_parameters(dotted)
    if isinstance(found, str):
        return [found]
    keywords, required, takes_any = found
    problems = [
        f"{dotted} takes no argument {name!r}" for name in sorted(given - keywords) if not takes_any
    ]
    problems += [f"{dotted} needs the argument {name!r}" for name in sorted(required - given)]
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
    """The whole-document OAS 3.1 schema check in jsonschema-rs (see bench/NOTES.md).

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
# Marks an error of a `default` that does not match its schema.
DEFAULT_CHECK = "coinspec-default"


def _exact_number(instance: Any) -> bool:
    """OpenAPI's float and double formats for exact numbers: any finite JSON number."""
    if isinstance(instance, bool) or not isinstance(instance, (int, float, Decimal)):
        return True  # a format says nothing about values of other types
    if isinstance(instance, float):
        return math.isfinite(instance)
    return not isinstance(instance, Decimal) or instance.is_finite()


@functools.cache
def openapi_validator() -> Any:
    """openapi-spec-validator's OAS 3.1 validator with both schema checks in jsonschema-rs,
    and every error it finds tied to the node it was found at.

    Imported here, not at the top: generation validates in worker processes, and the
    process that starts them has no use for the 0.1 s the import takes.
    """
    from jsonschema_path import SchemaPath
    from openapi_schema_validator import OAS31_BASE_DIALECT_ID, OAS31Validator, oas31_format_checker

    # Private, but the only place that holds the dialect's vocabulary schema; the version is
    # pinned and tests/generator/test_loader.py compares the checks with the library's own.
    from openapi_schema_validator._specifications import REGISTRY as OPENAPI_SPECIFICATIONS
    from openapi_spec_validator import OpenAPIV31SpecValidator
    from openapi_spec_validator.schemas import schema_v31
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError
    from openapi_spec_validator.validation.keywords import (
        OpenAPIV31SchemaValidator,
        OpenAPIV31ValueValidator,
    )

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

    # Numbers are Decimal here, never float: the float and double formats take them.
    exact_formats = jsonschema.FormatChecker(formats=())
    exact_formats.checkers = dict(oas31_format_checker.checkers)
    for name in ("float", "double"):
        exact_formats.checks(name)(_exact_number)

    def located(cls: type[Any], validator_name: str | None = None) -> type[Any]:
        """``cls`` whose errors carry the node they were found at (`coinspec_node`): the
        library's own errors name no place in the document for most of its checks."""

        class Located(cls):  # type: ignore[misc]
            def __call__(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
                where = next((a for a in args if isinstance(a, SchemaPath)), None)
                node = where.read_value() if where is not None else None
                for error in super().__call__(*args, **kwargs):
                    if getattr(error, "coinspec_node", None) is None:
                        if not isinstance(error, OpenAPIValidationError):
                            error = OpenAPIValidationError.create_from(error)
                        error.coinspec_node = node  # type: ignore[attr-defined]
                        if validator_name is not None:
                            error.validator = validator_name
                    yield error

        Located.__name__ = Located.__qualname__ = cls.__name__
        return Located

    class RustMetaSchemaValidator(OpenAPIV31SchemaValidator):
        """Checks each Schema Object against the OAS 3.1 dialect in jsonschema-rs: three
        quarters of openapi-spec-validator's time went to doing that in Python, per schema."""

        def _get_schema_checker(self, schema: Any, schema_value: Any) -> Callable[[Any], None]:
            if self._get_schema_dialect_id(schema, schema_value) != OAS31_BASE_DIALECT_ID:
                return super()._get_schema_checker(schema, schema_value)
            return check_schema_object

    class ExactValueValidator(OpenAPIV31ValueValidator):
        value_validator_format_checker = exact_formats

    ours = {
        **OpenAPIV31SpecValidator.keyword_validators,
        "schema": RustMetaSchemaValidator,
        "default": ExactValueValidator,
    }

    class Validator(OpenAPIV31SpecValidator):
        schema_validator = _RustSchemaValidator(schema_v31)
        keyword_validators = {  # noqa: RUF012  (the library's own class attribute, overridden)
            name: located(cls, DEFAULT_CHECK if name == "default" else None)
            for name, cls in ours.items()
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


# Every field name of OpenAPI 3.1's objects: a key that is none of them but one letter or
# the case away from one is a typo, which is refused; any other unknown key is left out.
OPENAPI_FIELDS = frozenset(
    """openapi info jsonSchemaDialect servers paths webhooks components security tags
    externalDocs title summary description termsOfService contact license version name url
    email identifier variables enum default schemas responses parameters examples
    requestBodies headers securitySchemes links callbacks pathItems $ref get put post delete
    options head patch trace operationId requestBody deprecated in required allowEmptyValue
    style explode allowReserved schema example content encoding contentType value
    externalValue operationRef server type bearerFormat flows openIdConnectUrl scheme implicit
    password clientCredentials authorizationCode authorizationUrl tokenUrl refreshUrl scopes
    propertyName mapping""".split()
)
_UNEXPECTED = re.compile(
    r"(?:Unevaluated|Additional) properties are not allowed \((.*) (?:was|were) unexpected\)"
)


def _near(word: str, known: Iterable[str]) -> str | None:
    """A known word that ``word`` is a typo of: the same but for case, or one edit away."""
    for candidate in sorted(known):
        if candidate == word:
            return None
        if candidate.lower() == word.lower() or (
            min(len(word), len(candidate)) >= 4 and _one_edit(word, candidate)
        ):
            return candidate
    return None


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by one insertion, deletion, substitution or swap."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


@dataclass
class OpenApiFindings:
    """What openapi-spec-validator found: problems stop the generation; what is only an
    unknown field or a default that does not fit its schema is left out, with a warning."""

    problems: list[SpecProblem] = field(default_factory=list)
    omissions: list[tuple[JsonPath, SpecProblem]] = field(default_factory=list)


def _check_openapi(spec: Spec) -> OpenApiFindings:
    findings = OpenApiFindings()
    containers: dict[int, JsonPath] | None = None
    label = "not valid OpenAPI 3.1"
    if not spec.source_version.startswith("3.1."):
        label = f"not valid OpenAPI (read as 3.1 from {spec.source_version})"
    for error in openapi_validator()(spec.data).iter_errors():
        path = _data_path(spec.data, getattr(error, "absolute_path", ()) or ())
        node = getattr(error, "coinspec_node", None)
        validator = getattr(error, "validator", None)
        if node is not None or validator == SCHEMA_OBJECT_CHECK:
            if containers is None:
                containers = {
                    id(value): where
                    for where, value in _walk(spec.data)
                    if isinstance(value, (dict, list))
                }
            found = node if validator != SCHEMA_OBJECT_CHECK else error.instance
            where = containers.get(id(found), ())
            if validator == DEFAULT_CHECK:
                where = (*where, "default")
                value = _at(spec.data, where)
                findings.omissions.append(
                    (
                        where,
                        SpecProblem(
                            spec.file,
                            spec.line_of(where),
                            f"the default {value!r} does not match its schema "
                            f"({error.message}); left out",
                            warning=True,
                        ),
                    )
                )
                continue
            inner = error.instance if validator == SCHEMA_OBJECT_CHECK else _at(spec.data, where)
            path = (*where, *_data_path(inner, error.path))
        unexpected = _UNEXPECTED.fullmatch(error.message)
        if unexpected and node is None:
            names = re.findall(r"'((?:[^'\\]|\\.)*)'", unexpected.group(1))
            for name in names:
                where = (*path, name)
                typo = _near(name, OPENAPI_FIELDS)
                if typo is not None:
                    findings.problems.append(
                        spec.problem(
                            where, f"{label}: {name!r} is no field here; did you mean {typo!r}?"
                        )
                    )
                else:
                    findings.omissions.append(
                        (
                            where,
                            SpecProblem(
                                spec.file,
                                spec.line_of(where),
                                f"{name!r} is not a field of this object in OpenAPI 3.1; left out",
                                warning=True,
                            ),
                        )
                    )
            continue
        findings.problems.append(spec.problem(path, f"{label}: {error.message}"))
    return findings


def _at(data: Any, path: JsonPath) -> Any:
    for part in path:
        data = data[part]
    return data


def read_and_check(path: Path) -> Spec | list[SpecProblem]:
    """Read one spec, read it as OpenAPI 3.1 and run coinspec's own checks: everything but
    openapi-spec-validator's (`openapi_check`)."""
    try:
        spec = read_spec(path)
    except SpecError as exc:
        return exc.problems
    unsupported = version_problem(spec.data)
    if unsupported is not None:
        return [spec.problem(*unsupported)]
    spec.source_version = str(spec.data["openapi"])
    upgraded = upgrade(spec.data, spec.lines)
    for where, message in upgraded.warnings:
        spec.warn(where, message)
    problems = [spec.problem(where, message) for where, message in upgraded.errors]
    problems += _check_references(spec) + _check_extensions(spec) + _check_enum_sizes(spec)
    if not problems:
        # Semantic checks dereference freely, so they run only on a well-formed tree.
        problems = (
            _check_operations(spec)
            + _check_flows(spec)
            + _check_client_options(spec)
            + _check_client_checks(spec)
            + _check_security(spec)
        )
    if not problems:
        # From here on every name is a valid, unique Python name (see names.py).
        names = settle_names(spec.data, path.stem)
        move_lines(spec.lines, names.moves)
        problems = [spec.problem(where, message) for where, message in names.problems]
        for where, message in names.warnings:
            spec.warn(where, message)
    return _in_order(problems) if problems else spec


def openapi_check(spec: Spec) -> OpenApiFindings:
    """What openapi-spec-validator finds wrong with a spec that passed `read_and_check`."""
    findings = _check_openapi(spec)
    findings.problems = _in_order(findings.problems)
    return findings


def apply_findings(spec: Spec, findings: OpenApiFindings) -> list[SpecProblem]:
    """The problems that stop the generation; what may be left out is left out of ``spec``
    (deepest first), each with its warning."""
    if findings.problems:
        return findings.problems
    for where, warning in sorted(findings.omissions, key=lambda o: -len(o[0])):
        spec.omit(where)
        spec.warnings.append(warning)
    spec.warnings = _in_order(spec.warnings)
    return []


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
    return apply_findings(outcome, openapi_check(outcome)) or outcome


def _map_on_all_cores(function: Callable[[Path], T], items: list[Path]) -> list[T]:
    """`function` over `items` in forked processes (YAML reading and validation are pure
    Python and take seconds a spec); in order, and in-process where forking is not possible."""
    workers = min(os.cpu_count() or 1, len(items), 4)
    if workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return [function(item) for item in items]
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("fork"),
        initializer=die_with_parent,
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
    """Load every spec file in ``directory``, collecting the problems of all files."""
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
