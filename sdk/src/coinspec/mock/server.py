"""A mock of each service, driven by its spec: real HTTP on loopback.

It serves the documented examples, validates every request against the spec (a wrong or
missing parameter gets a 400 whose message names it), and answers with any documented
status when the request carries ``Prefer: code=N`` (the convention Prism uses).
"""

from __future__ import annotations

import email.parser
import email.policy
import importlib
import json
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .._core.json import dumps, loads

__all__ = ["MockApp", "MockServer", "ReceivedRequest", "available_apis", "load_spec"]

METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def _specs() -> Any:
    """The folder of the specs the generator wrote beside the service packages."""
    try:
        return resources.files("coinspec._specs")
    except ModuleNotFoundError:
        return None


def available_apis() -> list[str]:
    folder = _specs()
    if folder is None:
        return []
    return sorted(
        p.name.removesuffix(".json") for p in folder.iterdir() if p.name.endswith(".json")
    )


def load_spec(api: str) -> dict[str, Any]:
    if api not in available_apis():
        raise ValueError(f"no mock for {api!r}; available: {', '.join(available_apis())}")
    text = _specs().joinpath(f"{api}.json").read_text(encoding="utf-8")
    spec: dict[str, Any] = loads(text)
    return spec


@dataclass
class ReceivedRequest:
    """What the mock received, for tests that check the wire format."""

    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes
    operation: str | None = None
    form: dict[str, Any] = field(default_factory=dict)


class RequestProblem(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class _Route:
    method: str
    template: str
    pattern: re.Pattern[str]
    operation: dict[str, Any]
    parameters: list[dict[str, Any]]


def _to_number(text: str) -> Any:
    try:
        return int(text)
    except ValueError:
        try:
            return Decimal(text)
        except ArithmeticError:
            return text


class MockApp:
    """The request handling of a mock, without the HTTP server (so tests can call it)."""

    def __init__(self, api: str, options: Mapping[str, str] | None = None) -> None:
        self.api = api
        self.spec = load_spec(api)
        self.options = dict(options or {})
        self.received: list[ReceivedRequest] = []
        self._lock = threading.Lock()
        self._registry: Registry[Any] = Registry().with_resource(
            "urn:coinspec:spec",
            Resource.from_contents(self.spec, default_specification=DRAFT202012),
        )
        self._routes = self._build_routes()

    # -- routing --------------------------------------------------------------

    def _build_routes(self) -> list[_Route]:
        routes = []
        for template, item in self.spec.get("paths", {}).items():
            for method, op in item.items():
                if method not in METHODS:
                    continue
                optional = set(op.get("x-optional-path-segments", []))
                pattern = ""
                for literal, name in re.findall(r"([^{]*)(?:\{([^}]+)\})?", template):
                    if name and name in optional and literal.endswith("/"):
                        pattern += re.escape(literal[:-1]) + f"(?:/(?P<{_group(name)}>[^/]+))?"
                    else:
                        pattern += re.escape(literal)
                        if name:
                            pattern += f"(?P<{_group(name)}>[^/]+)"
                parameters = [
                    self._deref(p) for p in [*item.get("parameters", []), *op.get("parameters", [])]
                ]
                routes.append(_Route(method, template, re.compile(pattern + "/?$"), op, parameters))
        # Literal segments win over parameters: `/offers/my` before `/offers/{id}`.
        routes.sort(key=lambda r: (r.template.count("{"), -len(r.template)))
        return routes

    def _deref(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            target: Any = self.spec
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def _route(self, method: str, path: str) -> tuple[_Route, dict[str, str]]:
        allowed = []
        for route in self._routes:
            match = route.pattern.match(path)
            if match:
                if route.method == method:
                    groups = {k: unquote(v) for k, v in match.groupdict().items() if v is not None}
                    return route, {_ungroup(k): v for k, v in groups.items()}
                allowed.append(route.method.upper())
        if allowed:
            raise RequestProblem(
                405,
                f"{method.upper()} {path}: method not allowed (allowed: {', '.join(sorted(set(allowed)))})",
            )
        raise RequestProblem(
            404, f"{method.upper()} {path}: no such operation in the {self.api} spec"
        )

    # -- validation -----------------------------------------------------------

    def _validate(self, schema: Any, value: Any, where: str) -> None:
        validator = jsonschema.Draft202012Validator(_absolute_refs(schema), registry=self._registry)
        errors = sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path))
        if errors:
            first = errors[0]
            location = "".join(f"[{p!r}]" for p in first.absolute_path)
            raise RequestProblem(400, f"{where}{location}: {first.message}")

    def _coerce(self, schema: Any, text: str) -> Any:
        schema = self._deref(schema)
        kinds = schema.get("type", "string")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if "boolean" in kinds and text in ("true", "false"):
            return text == "true"
        if ("integer" in kinds or "number" in kinds) and "string" not in kinds:
            return _to_number(text)
        return text

    def _check_parameters(
        self,
        route: _Route,
        path_values: dict[str, str],
        query: list[tuple[str, str]],
        headers: Mapping[str, str],
    ) -> None:
        known: set[str] = set()
        for param in route.parameters:
            name, location = param["name"], param["in"]
            schema = param.get("schema", {})
            where = f"{location} parameter {name!r}"
            value: Any = None
            if location == "path":
                value = path_values.get(name)
                if value is None and name in route.operation.get("x-optional-path-segments", []):
                    continue
            elif location == "header":
                value = headers.get(name.lower())
            elif location == "query":
                known.add(name)
                if param.get("style") == "deepObject":
                    prefix = name + "["
                    props = self._deref(schema).get("properties", {})
                    collected: dict[str, Any] = {}
                    for key, text in query:
                        if key.startswith(prefix) and key.endswith("]"):
                            inner = key[len(prefix) : -1].removesuffix("][")
                            sub = props.get(inner, {})
                            if key.endswith("[]"):
                                inner = key[len(prefix) : -3]
                                collected.setdefault(inner, []).append(text)
                            else:
                                collected[inner] = self._coerce(sub, text)
                    for key, _ in query:
                        if key.startswith(prefix):
                            known.add(key)
                    value = collected or None
                else:
                    texts = [t for k, t in query if k == name]
                    if self._deref(schema).get("type") == "array":
                        item_schema = self._deref(schema).get("items", {})
                        value = [self._coerce(item_schema, t) for t in texts] or None
                    elif len(texts) > 1:
                        raise RequestProblem(400, f"{where} is given {len(texts)} times")
                    elif texts:
                        value = self._coerce(schema, texts[0])
            if value is None:
                if param.get("required"):
                    raise RequestProblem(400, f"missing required {where}")
                continue
            if location == "path":
                value = self._coerce(schema, value)
            self._validate(schema, value, where)
        unknown = sorted({k for k, _ in query if k not in known and not self._is_auth_query(k)})
        if unknown:
            raise RequestProblem(
                400,
                f"unknown query parameter(s) {', '.join(map(repr, unknown))} for {route.method.upper()} {route.template}",
            )

    def _is_auth_query(self, name: str) -> bool:
        schemes = self.spec.get("components", {}).get("securitySchemes", {})
        return any(s.get("in") == "query" and s.get("name") == name for s in schemes.values())

    def _check_security(
        self, route: _Route, headers: Mapping[str, str], query: list[tuple[str, str]]
    ) -> None:
        requirements = route.operation.get("security", self.spec.get("security", []))
        names = [next(iter(r)) for r in requirements if r]
        if not names:
            return
        schemes = self.spec.get("components", {}).get("securitySchemes", {})
        for name in names:
            scheme = schemes[name]
            if scheme.get("type") == "http" and headers.get("authorization", "").lower().startswith(
                "bearer "
            ):
                return
            if scheme.get("in") == "header" and headers.get(str(scheme.get("name")).lower()):
                return
            if scheme.get("in") == "query" and any(k == scheme.get("name") for k, _ in query):
                return
        raise RequestProblem(
            401, f"{route.method.upper()} {route.template} needs credentials: {' or '.join(names)}"
        )

    def _check_body(
        self, route: _Route, headers: Mapping[str, str], body: bytes, received: ReceivedRequest
    ) -> None:
        spec_body = self._deref(route.operation.get("requestBody"))
        if not spec_body:
            return
        content = spec_body.get("content", {})
        if not body:
            if spec_body.get("required"):
                raise RequestProblem(
                    400,
                    f"{route.method.upper()} {route.template} needs a request body ({', '.join(content)})",
                )
            return
        content_type = headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type not in content:
            raise RequestProblem(
                415,
                f"request body is {content_type or 'untyped'}; the spec accepts {', '.join(content)}",
            )
        schema = content[content_type].get("schema", {})
        if content_type == "application/json":
            try:
                value = loads(body)
            except ValueError as exc:
                raise RequestProblem(400, f"request body is not valid JSON: {exc}") from None
        elif content_type == "multipart/form-data":
            value = _parse_multipart(headers.get("content-type", ""), body)
            received.form = value
            value = {
                k: (
                    self._coerce(self._deref(schema).get("properties", {}).get(k, {}), v)
                    if isinstance(v, str)
                    else "<file>"
                )
                for k, v in value.items()
            }
        else:
            value = {k: v for k, v in parse_qsl(body.decode("utf-8"), keep_blank_values=True)}
            received.form = value
        self._validate(schema, value, "request body")

    # -- answering ------------------------------------------------------------

    def _example(self, media: Mapping[str, Any], wanted: str | None) -> tuple[bool, Any]:
        examples = media.get("examples") or {}
        if wanted and wanted in examples:
            return True, self._deref(examples[wanted]).get("value")
        if "example" in media:
            return True, media["example"]
        for example in examples.values():
            return True, self._deref(example).get("value")
        return False, None

    def _respond(
        self, route: _Route, prefer: Mapping[str, str], received: ReceivedRequest
    ) -> tuple[int, dict[str, str], bytes]:
        responses = route.operation.get("responses", {})
        if "code" in prefer:
            status_text = prefer["code"]
            if status_text not in responses:
                raise RequestProblem(
                    500,
                    f"Prefer: code={status_text}, but the spec documents {', '.join(responses)} for {route.method.upper()} {route.template}",
                )
        else:
            status_text = next((s for s in responses if s.startswith("2")), next(iter(responses)))
        response = self._deref(responses[status_text])
        content = response.get("content") or {}
        status = int(status_text) if status_text.isdigit() else 500
        if not content:
            return status, {}, b""
        content_type, media = next(iter(content.items()))
        found, value = self._example(media, prefer.get("example"))
        if not found:
            value = self.synthesize(media.get("schema", {}))
        value = self._apply_mock_hooks(route, value, received)
        if content_type == "application/json" or content_type.endswith("+json"):
            return status, {"Content-Type": "application/json"}, dumps(value).encode("utf-8")
        return status, {"Content-Type": content_type}, str(value).encode("utf-8")

    def _apply_mock_hooks(self, route: _Route, value: Any, received: ReceivedRequest) -> Any:
        for hook in route.operation.get("x-hooks", []):
            if "mock" not in hook or any(
                self.options.get(r) is None for r in hook.get("requires", [])
            ):
                continue
            function = _function(hook["mock"])
            arguments: dict[str, Any] = {}
            for name, source in (hook.get("arguments") or {}).items():
                if source in ("body", "result"):
                    arguments[name] = value
                elif source.startswith("option:"):
                    arguments[name] = self.options.get(source[7:])
            result = function(**arguments)
            value = value if result is None else result
        return value

    def synthesize(self, schema: Any, depth: int = 0) -> Any:
        """A minimal value that matches `schema`, for responses the document shows no example of."""
        schema = self._deref(schema)
        if depth > 8 or not isinstance(schema, dict):
            return None
        if "example" in schema:
            return schema["example"]
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            return schema["enum"][0]
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self.synthesize(schema[key][0], depth + 1)
        if "allOf" in schema:
            merged: dict[str, Any] = {}
            for part in schema["allOf"]:
                part_value = self.synthesize(part, depth + 1)
                if isinstance(part_value, dict):
                    merged.update(part_value)
            return merged
        kinds = schema.get("type", "object")
        kind = next((k for k in kinds if k != "null"), "null") if isinstance(kinds, list) else kinds
        if kind == "object":
            props = schema.get("properties", {})
            return {
                name: self.synthesize(props[name], depth + 1)
                for name in schema.get("required", [])
                if name in props
            }
        if kind == "array":
            return []
        if kind == "string":
            if schema.get("format") == "decimal":
                return "0"
            if schema.get("format") == "date-time":
                return "2024-01-01T00:00:00Z"
            return "string"
        return {"integer": 0, "number": 0, "boolean": False, "null": None}.get(kind)

    def handle(
        self, method: str, target: str, headers: Mapping[str, str], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        """Answer one request: (status, headers, body)."""
        parts = urlsplit(target)
        query = parse_qsl(parts.query, keep_blank_values=True)
        lowered = {k.lower(): v for k, v in headers.items()}
        received = ReceivedRequest(method.upper(), parts.path, query, lowered, body)
        with self._lock:
            self.received.append(received)
        try:
            route, path_values = self._route(method.lower(), parts.path)
            received.operation = route.operation.get("operationId")
            self._check_security(route, lowered, query)
            self._check_parameters(route, path_values, query, lowered)
            self._check_body(route, lowered, body, received)
            return self._respond(route, _prefer(lowered.get("prefer", "")), received)
        except RequestProblem as problem:
            payload = {"mock_error": str(problem), "status": problem.status}
            return (
                problem.status,
                {"Content-Type": "application/json", "X-Coinspec-Mock": "request-invalid"},
                json.dumps(payload).encode(),
            )


def _group(name: str) -> str:
    return "p_" + re.sub(r"[^A-Za-z0-9_]", lambda m: f"_{ord(m.group()):x}_", name)


def _ungroup(group: str) -> str:
    return re.sub(r"_([0-9a-f]+)_", lambda m: chr(int(m.group(1), 16)), group[2:])


def _absolute_refs(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: (
                "urn:coinspec:spec" + v
                if k == "$ref" and isinstance(v, str) and v.startswith("#")
                else _absolute_refs(v)
            )
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_absolute_refs(v) for v in node]
    return node


def _prefer(header: str) -> dict[str, str]:
    prefs = {}
    for part in re.split(r"[;,]", header):
        if "=" in part:
            key, value = part.split("=", 1)
            prefs[key.strip().lower()] = value.strip().strip('"')
    return prefs


def _function(dotted: str) -> Callable[..., Any]:
    module, name = dotted.split(":")
    function: Callable[..., Any] = getattr(importlib.import_module(module), name)
    return function


def _parse_multipart(content_type: str, body: bytes) -> dict[str, Any]:
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
    )
    if not message.is_multipart():
        raise RequestProblem(400, "request body is not multipart/form-data")
    fields: dict[str, Any] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            raise RequestProblem(400, "a multipart part has no name")
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        filename = part.get_filename()
        fields[name] = (
            (filename, data, part.get_content_type())
            if filename is not None
            else data.decode("utf-8")
        )
    return fields


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; without this Nagle holds the body back
    # for the delayed ACK (about 40 ms per request on loopback).
    disable_nagle_algorithm = True
    app: MockApp

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        status, headers, payload = self.app.handle(
            self.command, self.path, dict(self.headers.items()), body
        )
        self.send_response(
            status, HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else ""
        )
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _serve

    def log_message(self, format: str, *args: Any) -> None:
        pass


class MockServer:
    """A mock on a loopback port in a background thread; ``with MockServer(api) as url``."""

    def __init__(
        self,
        api: str,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        options: Mapping[str, str] | None = None,
    ) -> None:
        self.app = MockApp(api, options)
        handler = type("Handler", (_Handler,), {"app": self.app})
        self._server = ThreadingHTTPServer((host, port), handler)
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> str:
        self._thread = threading.Thread(
            target=self._server.serve_forever, name=f"coinspec-mock-{self.app.api}", daemon=True
        )
        self._thread.start()
        return self.url

    def serve_forever(self) -> None:
        self._server.serve_forever()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> str:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
