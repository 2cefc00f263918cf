"""Where things are in an OpenAPI 3.0 or 3.1 document: operations and Schema Objects.

Walked by the document's structure, not by guessing from key names, and without recursion.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from .reading import JsonPath

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Keywords whose value is a Schema Object, a list of them, or a map of names to them.
SCHEMA_KEYWORDS = (
    "items",
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "contentSchema",
)
SCHEMA_LIST_KEYWORDS = ("allOf", "anyOf", "oneOf", "prefixItems")
SCHEMA_MAP_KEYWORDS = (
    "properties",
    "patternProperties",
    "dependentSchemas",
    "$defs",
    "definitions",
)


def operations(data: Mapping[str, Any]) -> Iterator[tuple[JsonPath, str, str, dict[str, Any]]]:
    """(json path, path template, method, operation) for every operation of ``paths``, in
    file order (webhooks and callbacks are requests the service makes, not the client)."""
    paths = data.get("paths")
    if not isinstance(paths, dict):
        return
    for template, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method, op in item.items():
            if method in HTTP_METHODS and isinstance(op, dict):
                yield ("paths", template, method), template, method, op


def _dicts(node: Any, path: JsonPath) -> Iterator[tuple[JsonPath, dict[str, Any]]]:
    """The values of a map of name -> object that are objects."""
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, dict):
                yield (*path, key), value


def _items(node: Any, path: JsonPath) -> Iterator[tuple[JsonPath, dict[str, Any]]]:
    if isinstance(node, list):
        for index, value in enumerate(node):
            if isinstance(value, dict):
                yield (*path, index), value


class _Places:
    """Schema Objects directly held by the OpenAPI objects of a document (not nested ones)."""

    def __init__(self) -> None:
        self.found: list[tuple[JsonPath, Any]] = []

    def schema(self, owner: dict[str, Any], path: JsonPath) -> None:
        if isinstance(owner.get("schema"), (dict, bool)):
            self.found.append(((*path, "schema"), owner["schema"]))

    def content(self, owner: dict[str, Any], path: JsonPath) -> None:
        for media_path, media in _dicts(owner.get("content"), (*path, "content")):
            self.schema(media, media_path)
            for encoding_path, encoding in _dicts(media.get("encoding"), (*media_path, "encoding")):
                self.headers(encoding, encoding_path)

    def headers(self, owner: dict[str, Any], path: JsonPath) -> None:
        for header_path, header in _dicts(owner.get("headers"), (*path, "headers")):
            self.parameter(header, header_path)

    def parameter(self, parameter: dict[str, Any], path: JsonPath) -> None:
        self.schema(parameter, path)
        self.content(parameter, path)

    def response(self, response: dict[str, Any], path: JsonPath) -> None:
        self.headers(response, path)
        self.content(response, path)

    def operation(self, op: dict[str, Any], path: JsonPath, pending: list[Any]) -> None:
        for param_path, param in _items(op.get("parameters"), (*path, "parameters")):
            self.parameter(param, param_path)
        if isinstance(op.get("requestBody"), dict):
            self.content(op["requestBody"], (*path, "requestBody"))
        for response_path, response in _dicts(op.get("responses"), (*path, "responses")):
            self.response(response, response_path)
        for callback_path, callback in _dicts(op.get("callbacks"), (*path, "callbacks")):
            pending.extend(_dicts(callback, callback_path))

    def path_item(self, item: dict[str, Any], path: JsonPath, pending: list[Any]) -> None:
        for param_path, param in _items(item.get("parameters"), (*path, "parameters")):
            self.parameter(param, param_path)
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                self.operation(item[method], (*path, method), pending)


def top_schemas(data: Mapping[str, Any]) -> list[tuple[JsonPath, Any]]:
    """Every Schema Object an OpenAPI object holds directly: components/schemas, and the
    `schema` of every parameter, header and media type, in paths, webhooks, callbacks and
    components alike."""
    places = _Places()
    components = data.get("components") if isinstance(data.get("components"), dict) else {}
    assert isinstance(components, dict)
    for name, schema in (components.get("schemas") or {}).items():
        if isinstance(schema, (dict, bool)):
            places.found.append((("components", "schemas", name), schema))
    for path, param in _dicts(components.get("parameters"), ("components", "parameters")):
        places.parameter(param, path)
    for path, header in _dicts(components.get("headers"), ("components", "headers")):
        places.parameter(header, path)
    for path, response in _dicts(components.get("responses"), ("components", "responses")):
        places.response(response, path)
    for path, body in _dicts(components.get("requestBodies"), ("components", "requestBodies")):
        places.content(body, path)
    pending: list[tuple[JsonPath, dict[str, Any]]] = []
    pending.extend(_dicts(data.get("paths"), ("paths",)))
    pending.extend(_dicts(data.get("webhooks"), ("webhooks",)))
    pending.extend(_dicts(components.get("pathItems"), ("components", "pathItems")))
    for path, callbacks in _dicts(components.get("callbacks"), ("components", "callbacks")):
        pending.extend(_dicts(callbacks, path))
    while pending:
        path, item = pending.pop(0)
        places.path_item(item, path, pending)
    return places.found


def subschemas(schema: Any, path: JsonPath) -> Iterator[tuple[JsonPath, Any]]:
    """The Schema Objects ``schema`` holds directly."""
    if not isinstance(schema, dict):
        return
    for key in SCHEMA_KEYWORDS:
        if isinstance(schema.get(key), (dict, bool)):
            yield (*path, key), schema[key]
    for key in SCHEMA_LIST_KEYWORDS:
        value = schema.get(key)
        if isinstance(value, list):
            for index, member in enumerate(value):
                if isinstance(member, (dict, bool)):
                    yield (*path, key, index), member
    # OpenAPI 3.0's `items` may be given as a list by mistake; walk it as well.
    if isinstance(schema.get("items"), list):
        for index, member in enumerate(schema["items"]):
            if isinstance(member, (dict, bool)):
                yield (*path, "items", index), member
    for key in SCHEMA_MAP_KEYWORDS:
        value = schema.get(key)
        if isinstance(value, dict):
            for name, member in value.items():
                if isinstance(member, (dict, bool)):
                    yield (*path, key, name), member


def schemas(data: Mapping[str, Any]) -> Iterator[tuple[JsonPath, Any]]:
    """Every Schema Object of the document, nested ones included, outer before inner.

    A consumer may change a schema in place when it is yielded: its subschemas are read
    after that (so a schema wrapped into an `anyOf` is walked at its new place).
    """
    pending = list(reversed(top_schemas(data)))
    while pending:
        path, schema = pending.pop()
        yield path, schema
        pending.extend(reversed(list(subschemas(schema, path))))
