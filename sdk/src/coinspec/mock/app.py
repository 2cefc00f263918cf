"""What a mock answers, without the HTTP server (tests can call :meth:`MockApp.handle`).

It serves the documented examples, checks every request against the spec (a wrong or
missing parameter gets a 400 whose message names it), pages lists that the spec says are
paged, and answers with another status when the request carries ``Prefer: code=N`` (the
convention Prism uses): any documented status, and the transient ones (429, 500, 502, 503,
504) on every operation, with ``Retry-After`` when asked (``Prefer: code=429, retry-after=1``).
"""

from __future__ import annotations

import copy
import importlib
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from urllib.parse import unquote, urlsplit

from .._core.json import dumps
from .._core.spec import NO_EXAMPLE, OperationSpec, ServiceSpec, available_apis, load_spec
from ._deal import ActiveDeals, Asked, Refusal
from .pagination import DEFAULT_LIST_LENGTH, Pager, PagingProblem
from .schemas import SchemaChecker
from .wire import BadInput, parse_form, parse_json, parse_multipart, parse_query, query_number

__all__ = ["TRANSIENT_STATUSES", "MockApp", "MockResponse", "ReceivedRequest"]

# What any server may answer whatever its document says: a client's retries must cope.
TRANSIENT_STATUSES = ("429", "500", "502", "503", "504")
# Prefer: retry-after=N, at most a day.
MAX_RETRY_AFTER = 86_400


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


@dataclass(frozen=True)
class MockResponse:
    status: int
    headers: dict[str, str]
    body: bytes
    operation: str | None = None
    problem: str | None = None  # why the mock refused the request, when it did


class RequestProblem(Exception):
    """A request the mock does not serve: ``marker`` (the ``X-Coinspec-Mock`` header) says
    whether the spec does not allow it or the service the mock plays turns it down."""

    def __init__(self, status: int, message: str, marker: str = "request-invalid") -> None:
        super().__init__(message)
        self.status = status
        self.marker = marker


@dataclass
class _Route:
    operation: OperationSpec
    pattern: re.Pattern[str]
    optional_segments: frozenset[str]
    pager: Pager | None

    @property
    def method(self) -> str:
        return self.operation.method

    @property
    def template(self) -> str:
        return self.operation.path

    @property
    def raw(self) -> Mapping[str, Any]:
        return self.operation.raw


def _group(name: str) -> str:
    return "p_" + re.sub(r"[^A-Za-z0-9]", lambda m: f"_{ord(m.group()):x}_", name)


def _ungroup(group: str) -> str:
    return re.sub(r"_([0-9a-f]+)_", lambda m: chr(int(m.group(1), 16)), group[2:])


# A string of each format that a checker of the format takes.
SYNTHESIZED_STRINGS = {
    "decimal": "0",
    "integer": "0",
    "date": "2024-01-01",
    "date-time": "2024-01-01T00:00:00Z",
    "time": "00:00:00Z",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "email": "user@example.com",
    "uri": "https://example.com/",
    "byte": "AAAA",
}


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, (float, Decimal)):
        return "number"
    if isinstance(value, dict):
        return "object"
    return "array" if isinstance(value, list) else "string"


def _cookies(headers: Mapping[str, str]) -> dict[str, str]:
    """The request's cookies by name (RFC 6265 `name=value; name=value`), percent-decoded."""
    found: dict[str, str] = {}
    for pair in headers.get("cookie", "").split(";"):
        name, separator, value = pair.strip().partition("=")
        if separator:
            found[unquote(name)] = unquote(value)
    return found


def _prefer(header: str) -> dict[str, str]:
    """RFC 7240 preferences: ``code=503, retry-after=1`` (also ``;``-separated, as Prism reads)."""
    prefs = {}
    for part in re.split(r"[;,]", header):
        if "=" in part:
            key, value = part.split("=", 1)
            prefs[key.strip().lower()] = value.strip().strip('"')
    return prefs


def verifications(spec: ServiceSpec) -> dict[str, set[tuple[str, str]]]:
    """For each operation, the runtime verifications its answer goes to, as the spec says:
    (``module:function``, the keyword of the argument), from the operation's verify hooks
    and from every flow step that verifies the result of a call to it."""
    found: dict[str, set[tuple[str, str]]] = {}
    for op in spec.operations():
        for hook in op.raw.get("x-hooks", []):
            if hook.get("stage") != "verify":
                continue
            for keyword, source in (hook.get("arguments") or {}).items():
                if source in ("body", "result"):
                    found.setdefault(op.id, set()).add((str(hook["function"]), str(keyword)))
    for flow in spec.data.get("x-flows", []):
        steps = flow.get("steps", [])
        calls = {s["as"]: s["call"] for s in steps if "call" in s and "as" in s}
        for step in steps:
            if "run" not in step:
                continue
            for keyword, source in (step.get("arguments") or {}).items():
                kind, _, name = str(source).partition(":")
                if kind == "step" and name in calls:
                    found.setdefault(calls[name], set()).add((str(step["run"]), str(keyword)))
    return found


def submissions(spec: ServiceSpec) -> dict[str, set[tuple[str, str]]]:
    """For each operation, what its request body carries from the runtime, as the flows
    say: (``module:function``, the body field) for every field a flow fills with the result
    of a step that ran that function (a signed transaction, say)."""
    found: dict[str, set[tuple[str, str]]] = {}
    for flow in spec.data.get("x-flows", []):
        steps = flow.get("steps", [])
        runs = {s["as"]: s["run"] for s in steps if "run" in s and "as" in s}
        for step in steps:
            if "call" not in step:
                continue
            for body_field, source in (step.get("body") or {}).items():
                kind, _, name = str(source).partition(":")
                if kind == "step" and name in runs:
                    found.setdefault(str(step["call"]), set()).add(
                        (str(runs[name]), str(body_field))
                    )
    return found


def _function(dotted: str) -> Callable[..., Any]:
    module, name = dotted.split(":")
    function: Callable[..., Any] = getattr(importlib.import_module(module), name)
    return function


class _Documents:
    """The documented examples a deal starts from, and the answers the mock makes of them
    (see ``_deal.Documents``)."""

    def __init__(self, app: MockApp) -> None:
        self._app = app

    def __call__(self, function: str, argument: str, request: Mapping[str, Any]) -> Any:
        op = self._app._operation_for(function, argument)
        return self._app._made(op.id, self.example(function, argument), request)

    def example(self, function: str, argument: str, *, request: bool = False) -> Any:
        op = self._app._operation_for(function, argument)
        media = (
            self._app.spec.media(op.id)
            if request
            else self._app.spec.media(
                op.id, next(s for s in op.raw.get("responses", {}) if s.startswith("2"))
            )
        )
        return copy.deepcopy(self._app.spec.media_example(media[1]) if media else None)

    def flow_defaults(self, argument: str) -> list[Any]:
        return [
            given["default"]
            for flow in self._app.spec.data.get("x-flows", [])
            for given in flow.get("arguments", [])
            if given.get("name") == argument and "default" in given
        ]


class MockApp:
    """The request handling of a mock of one service."""

    def __init__(
        self,
        api: str,
        options: Mapping[str, str] | None = None,
        *,
        list_length: int = DEFAULT_LIST_LENGTH,
    ) -> None:
        if isinstance(list_length, bool) or not isinstance(list_length, int) or list_length < 1:
            raise ValueError(f"list_length must be a positive int, not {list_length!r}")
        if api not in available_apis():
            raise ValueError(f"no mock for {api!r}; available: {', '.join(available_apis())}")
        self.api = api
        self.spec: ServiceSpec = load_spec(api)
        self.options = dict(options or {})
        self.received: list[ReceivedRequest] = []
        self._lock = threading.Lock()
        self._schemas = SchemaChecker(self.spec)
        self._list_length = list_length
        self._routes = self._build_routes()
        self._consumers = verifications(self.spec)
        self._submissions = submissions(self.spec)
        self._deals = self._make_deals()
        # The client options that pin the keys the mock signs with, when it signs.
        self.service_keys: dict[str, str] = {
            option: key for deal in self._deals.deals for option, key in deal.service_keys().items()
        }
        # What the mock holds for the user's keys that the user's own code must be given
        # (the coins a flow may spend, say), by the name the flows take it as.
        self.facts: dict[str, Any] = {
            name: value for deal in self._deals.deals for name, value in deal.facts().items()
        }

    # -- answers made for the user's keys --------------------------------------------

    def _make_deals(self) -> ActiveDeals:
        wanted = {consumer for found in self._consumers.values() for consumer in found}
        if not wanted or not self.options:
            return ActiveDeals()
        from .deals import active_deals  # the runtime: only for a spec that verifies

        declared = {o.get("name"): o for o in self.spec.data.get("x-client-options", [])}
        examples = {name: o.get("example") for name, o in declared.items()}
        network = self.options.get("network") or (declared.get("network") or {}).get("default")
        submitted = {found for fields in self._submissions.values() for found in fields}
        return active_deals(
            wanted,
            submitted,
            self.options,
            examples,
            str(network or "mainnet"),
            _Documents(self),
        )

    def _operation_for(self, function: str, argument: str) -> OperationSpec:
        """The (first) operation whose answer goes to ``function``'s ``argument``."""
        for op in self.spec.operations():
            if (function, argument) in self._consumers.get(op.id, set()):
                return op
        raise LookupError(f"no operation of the {self.api} spec answers {function}'s {argument}")

    def _made(self, operation: str, value: Any, request: Mapping[str, Any]) -> Any:
        done: set[tuple[int, str]] = set()
        for consumer in sorted(self._consumers.get(operation, set())):
            if consumer in self._deals.makers:
                deal, maker = self._deals.makers[consumer]
                if (id(deal), maker) not in done:
                    done.add((id(deal), maker))
                    value = deal.make(maker, value, request)
        return value

    def _check_submitted(self, operation: str, request: Asked) -> None:
        """The service's own checks of what the user's code sends it (a signed
        transaction): a submission it would turn down is refused with the reason."""
        body = request.body
        for function, body_field in sorted(self._submissions.get(operation, set())):
            if (function, body_field) not in self._deals.checkers:
                continue
            deal, checker = self._deals.checkers[(function, body_field)]
            given = body.get(body_field) if isinstance(body, dict) else None
            try:
                deal.check(checker, given, request)
            except Refusal as refusal:
                raise RequestProblem(
                    refusal.status, f"{body_field}: {refusal}", "request-refused"
                ) from None

    # -- routing --------------------------------------------------------------

    def _build_routes(self) -> list[_Route]:
        routes = []
        for op in self.spec.operations():
            optional = frozenset(op.raw.get("x-optional-path-segments", []))
            pattern = ""
            for literal, name in re.findall(r"([^{]*)(?:\{([^}]+)\})?", op.path):
                if name and name in optional and literal.endswith("/"):
                    pattern += re.escape(literal[:-1]) + f"(?:/(?P<{_group(name)}>[^/]+))?"
                else:
                    pattern += re.escape(literal)
                    if name:
                        pattern += f"(?P<{_group(name)}>[^/]+)"
            pager = Pager(self.spec, op, self._list_length) if "x-pagination" in op.raw else None
            routes.append(_Route(op, re.compile(pattern + "/?"), optional, pager))
        # Literal segments win over parameters: `/offers/my` before `/offers/{id}`.
        routes.sort(key=lambda r: (r.template.count("{"), -len(r.template)))
        return routes

    def _route(self, method: str, path: str) -> tuple[_Route, dict[str, str]]:
        allowed = []
        for route in self._routes:
            match = route.pattern.fullmatch(path)
            if match:
                if route.method == method:
                    values = {}
                    for group, text in match.groupdict().items():
                        if text is None:
                            continue
                        name = _ungroup(group)
                        try:
                            values[name] = unquote(text, errors="strict")
                        except UnicodeDecodeError:
                            raise RequestProblem(
                                400, f"path parameter {name!r} is not UTF-8 once percent-decoded"
                            ) from None
                    return route, values
                allowed.append(route.method.upper())
        shown = path if len(path) <= 200 else path[:200] + "…"
        if allowed:
            raise RequestProblem(
                405,
                f"{method.upper()} {shown}: method not allowed (allowed: {', '.join(sorted(set(allowed)))})",
            )
        raise RequestProblem(
            404, f"{method.upper()} {shown}: no such operation in the {self.api} spec"
        )

    # -- validation -----------------------------------------------------------

    def _validate(self, schema: Any, value: Any, where: str) -> None:
        problems = self._schemas.problems(schema, value)
        if problems:
            first = problems[0]
            raise RequestProblem(400, f"{where}{first.location}: {first.message}")

    def _coerce(self, schema: Any, text: str) -> Any:
        """A query, path or form value as the schema's type reads it; text when it is not
        that type (the schema check then names the parameter)."""
        schema = self.spec.deref(schema)
        kinds = self._kinds(schema)
        if text == "" and "null" in kinds and "string" not in kinds:
            return None  # a null in a query or form: sent empty
        if "boolean" in kinds and text in ("true", "false"):
            return text == "true"
        if ("integer" in kinds or "number" in kinds) and "string" not in kinds:
            number = query_number(text)
            return text if number is None else number
        if ("object" in kinds or "array" in kinds) and "string" not in kinds:
            try:
                return parse_json(text.encode("utf-8"))  # a multipart field holding JSON
            except BadInput:
                return text
        return text

    def _kinds(self, schema: Any, depth: int = 0) -> set[str]:
        """The JSON types a schema allows: its `type`, else those of its enum values or of
        its alternatives; a string when nothing says otherwise."""
        schema = self.spec.deref(schema)
        if not isinstance(schema, dict) or depth > 8:
            return {"string"}
        kinds = schema.get("type")
        if isinstance(kinds, str):
            return {kinds}
        if isinstance(kinds, list):
            return {k for k in kinds if isinstance(k, str)}
        values = schema.get("enum") if isinstance(schema.get("enum"), list) else None
        if values is None and "const" in schema:
            values = [schema["const"]]
        if values is not None:
            return {_json_type(v) for v in values}
        found: set[str] = set()
        for key in ("anyOf", "oneOf", "allOf"):
            for member in schema.get(key) or []:
                found |= self._kinds(member, depth + 1)
        if "properties" in schema:
            found.add("object")
        return found or {"string"}

    def _deep_object(
        self, name: str, schema: Mapping[str, Any], query: list[tuple[str, str]], where: str
    ) -> tuple[dict[str, Any] | None, set[str]]:
        """The value of a deepObject parameter (``name[key]=v``, ``name[key][]=v`` for
        arrays) and the query keys it takes; a key the schema does not have is refused."""
        schema = self.spec.deref(schema)
        properties = schema.get("properties") or {}
        # Keys outside `properties` only where the schema asks for them (or names none at
        # all): a mistyped key (`pagination[limt]`) would otherwise pass unnoticed.
        extra = schema.get("additionalProperties")
        open_keys = (extra is not None and extra is not False) or not properties
        collected: dict[str, Any] = {}
        taken: set[str] = set()
        prefix = name + "["
        for key, text in query:
            if not key.startswith(prefix):
                continue
            taken.add(key)
            match = re.fullmatch(re.escape(name) + r"\[([^\[\]]+)\](\[\])?", key)
            if match is None:
                raise RequestProblem(
                    400, f"{where}: {key!r} is not {name}[key] or {name}[key][] (deepObject)"
                )
            inner, is_list = match.group(1), bool(match.group(2))
            if inner not in properties and not open_keys:
                known = ", ".join(sorted(properties)) or "none"
                raise RequestProblem(
                    400, f"{where}: {key!r} has no key {inner!r} (known keys: {known})"
                )
            sub = self.spec.deref(properties.get(inner) or {})
            if is_list:
                items = sub.get("items", {})
                collected.setdefault(inner, [])
                if not isinstance(collected[inner], list):
                    raise RequestProblem(
                        400, f"{where}: {name}[{inner}] is given as a value and a list"
                    )
                collected[inner].append(self._coerce(items, text))
            else:
                if inner in collected:
                    raise RequestProblem(400, f"{where}: {name}[{inner}] is given twice")
                collected[inner] = self._coerce(sub, text)
        return (collected or None), taken

    def _check_parameters(
        self,
        route: _Route,
        path_values: dict[str, str],
        query: list[tuple[str, str]],
        headers: Mapping[str, str],
    ) -> dict[str, Any]:
        """The request's parameters as their schemas read them, by name; a missing, wrong
        or unknown one is refused with its name."""
        known: set[str] = set()
        values: dict[str, Any] = {}
        for param in route.operation.parameters:
            name, location = param["name"], param["in"]
            content = param.get("content")
            as_json = isinstance(content, dict) and bool(content)
            schema = param.get("schema", {})
            if isinstance(content, dict) and content:  # the loader allows JSON content only
                schema = next(iter(content.values())).get("schema", {})
            where = f"{location} parameter {name!r}"
            value: Any = None
            if location == "path":
                value = path_values.get(name)
                if value is None and name in route.optional_segments:
                    continue
            elif location == "header":
                value = headers.get(name.lower())
            elif location == "query":
                if as_json:  # application/json content: one parameter of JSON text
                    known.add(name)
                    texts = [t for k, t in query if k == name]
                    if len(texts) > 1:
                        raise RequestProblem(400, f"{where} is given {len(texts)} times")
                    if texts:
                        try:
                            value = parse_json(texts[0].encode("utf-8"))
                        except BadInput as exc:
                            raise RequestProblem(400, f"{where} is not JSON: {exc}") from None
                elif param.get("style") == "deepObject":
                    value, taken = self._deep_object(name, schema, query, where)
                    known |= taken
                elif self._exploded_object(param):
                    # style form, explode: the object's properties are parameters of their own
                    properties = self.spec.deref(schema).get("properties") or {}
                    members = {k: t for k, t in query if k in properties}
                    known |= set(members)
                    value = {k: self._coerce(properties[k], t) for k, t in members.items()} or None
                else:
                    known.add(name)
                    texts = [t for k, t in query if k == name]
                    resolved = self.spec.deref(schema)
                    if resolved.get("type") == "array":
                        item_schema = resolved.get("items", {})
                        value = [self._coerce(item_schema, t) for t in texts] or None
                    elif len(texts) > 1:
                        raise RequestProblem(400, f"{where} is given {len(texts)} times")
                    elif texts:
                        value = self._coerce(schema, texts[0])
            elif location == "cookie":
                value = _cookies(headers).get(name)
            if value is None:
                if param.get("required"):
                    raise RequestProblem(400, f"missing required {where}")
                continue
            if location in ("path", "header", "cookie"):
                value = self._coerce(schema, value)
            self._validate(schema, value, where)
            values[name] = value
        unknown = sorted({k for k, _ in query if k not in known and not self._is_auth_query(k)})
        if unknown:
            shown = ", ".join(repr(k if len(k) <= 100 else k[:100] + "…") for k in unknown[:10])
            raise RequestProblem(
                400,
                f"unknown query parameter(s) {shown} for {route.method.upper()} {route.template}",
            )
        return values

    def _exploded_object(self, param: Mapping[str, Any]) -> bool:
        """A query parameter whose object travels as one parameter per property."""
        schema = self.spec.deref(param.get("schema", {}))
        is_object = isinstance(schema, dict) and "object" in self._kinds(schema)
        style = param.get("style", "form")
        return is_object and style == "form" and bool(param.get("explode", True))

    def _is_auth_query(self, name: str) -> bool:
        schemes = (self.spec.data.get("components") or {}).get("securitySchemes") or {}
        return any(s.get("in") == "query" and s.get("name") == name for s in schemes.values())

    def _check_security(
        self, route: _Route, headers: Mapping[str, str], query: list[tuple[str, str]]
    ) -> None:
        requirements = route.raw.get("security", self.spec.data.get("security", []))
        names = [next(iter(r)) for r in requirements if r]
        if not names or any(not r for r in requirements):
            return  # none needed, or none is one of the options
        schemes = (self.spec.data.get("components") or {}).get("securitySchemes") or {}
        authorization = headers.get("authorization", "").lower()
        for name in names:
            scheme = self.spec.deref(schemes[name])
            kind = scheme.get("type")
            http = str(scheme.get("scheme", "")).lower() if kind == "http" else ""
            if (
                http == "bearer" or kind in ("oauth2", "openIdConnect")
            ) and authorization.startswith("bearer "):
                return
            if http == "basic" and authorization.startswith("basic "):
                return
            if kind == "mutualTLS":
                return  # a client certificate: not a mock's business
            if scheme.get("in") == "header" and headers.get(str(scheme.get("name")).lower()):
                return
            if scheme.get("in") == "query" and any(k == scheme.get("name") for k, _ in query):
                return
            if scheme.get("in") == "cookie" and str(scheme.get("name")) in _cookies(headers):
                return
        raise RequestProblem(
            401, f"{route.method.upper()} {route.template} needs credentials: {' or '.join(names)}"
        )

    def _check_body(
        self, route: _Route, headers: Mapping[str, str], body: bytes, received: ReceivedRequest
    ) -> Any:
        """The request body as read (a JSON value, or a form's fields), checked against its
        schema; None without one, or in a media type the mock does not read."""
        spec_body = self.spec.deref(route.raw.get("requestBody"))
        if not spec_body:
            return None
        content = spec_body.get("content", {})
        if not body:
            if spec_body.get("required"):
                raise RequestProblem(
                    400,
                    f"{route.method.upper()} {route.template} needs a request body ({', '.join(content)})",
                )
            return None
        content_type = headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type not in content:
            shown = content_type[:100] or "untyped"
            raise RequestProblem(
                415, f"request body is {shown}; the spec accepts {', '.join(content)}"
            )
        schema = content[content_type].get("schema", {})
        properties = self.spec.deref(schema).get("properties") or {}
        value: Any
        try:
            if content_type == "application/json" or content_type.endswith("+json"):
                value = parse_json(body)
            elif content_type == "multipart/form-data":
                fields = parse_multipart(headers.get("content-type", ""), body)
                received.form = fields
                value = {
                    k: (self._coerce(properties.get(k, {}), v) if isinstance(v, str) else "<file>")
                    for k, v in fields.items()
                }
            elif content_type == "application/x-www-form-urlencoded":
                form = parse_form(body)
                received.form = dict(form)
                value = {k: self._coerce(properties.get(k, {}), v) for k, v in form.items()}
            else:
                return None  # a media type the mock does not read: taken as it is
        except BadInput as exc:
            raise RequestProblem(400, str(exc)) from None
        self._validate(schema, value, "request body")
        return value

    # -- answering ------------------------------------------------------------

    def _example(
        self, route: _Route, media: Mapping[str, Any], wanted: str | None
    ) -> tuple[str, Any]:
        examples = media.get("examples") or {}
        if wanted is not None and wanted not in examples:
            names = ", ".join(examples) or "none"
            raise RequestProblem(
                400,
                f"Prefer: example={wanted}, but {route.method.upper()} {route.template} names no such example (its named examples: {names})",
            )
        value = self.spec.media_example(media, wanted)
        name = wanted or ("example" if "example" in media else next(iter(examples), "example"))
        return name, value

    def _status(self, route: _Route, prefer: Mapping[str, str]) -> tuple[str, int]:
        """The response to answer with, as the spec documents it (``200``, ``2XX`` or
        ``default``), and the status to send."""
        responses: Mapping[str, Any] = route.raw.get("responses", {})
        if "code" not in prefer:
            documented = next(
                (s for s in responses if s.isdigit() and s.startswith("2")),
                next((s for s in responses if s.upper() == "2XX"), None),
            )
            if documented is not None:
                return documented, int(documented) if documented.isdigit() else 200
            if "default" in responses:
                return "default", 200
            first = next(iter(responses))
            return first, int(first) if first.isdigit() else 500
        code = prefer["code"]
        if not re.fullmatch(r"[1-5][0-9][0-9]", code):
            raise RequestProblem(400, f"Prefer: code={code[:20]} is not an HTTP status")
        for documented in (code, f"{code[0]}XX", f"{code[0]}xx"):
            if documented in responses:
                return documented, int(code)
        if code in TRANSIENT_STATUSES:
            return code, int(code)
        if "default" in responses:
            return "default", int(code)
        raise RequestProblem(
            400,
            f"Prefer: code={code}, but the spec documents {', '.join(responses)} for {route.method.upper()} {route.template}"
            f" (and every operation may answer {', '.join(TRANSIENT_STATUSES)})",
        )

    def _transient(self, route: _Route, status: str) -> Mapping[str, Any]:
        """The response of a transient status the operation does not document: as another
        operation of the spec documents it (the service's error body), else without a body."""
        for op in self.spec.operations():
            response = (op.raw.get("responses") or {}).get(status)
            if response is not None:
                found: Mapping[str, Any] = self.spec.deref(response)
                return found
        return {"description": f"{status} (transient; this spec documents no body for it)"}

    def _respond(
        self,
        route: _Route,
        prefer: Mapping[str, str],
        values: Asked,
        received: ReceivedRequest,
    ) -> tuple[int, dict[str, str], bytes]:
        responses = route.raw.get("responses", {})
        status_text, status = self._status(route, prefer)
        made = bool(self._deals.deals) and 200 <= status < 300
        if made:
            self._check_submitted(route.operation.id, values)
        extra: dict[str, str] = {}
        if "retry-after" in prefer:
            seconds = prefer["retry-after"]
            if not (re.fullmatch(r"[0-9]{1,6}", seconds) and int(seconds) <= MAX_RETRY_AFTER):
                raise RequestProblem(
                    400,
                    f"Prefer: retry-after={seconds[:20]} is not a number of seconds from 0 to {MAX_RETRY_AFTER}",
                )
            extra["Retry-After"] = str(int(seconds))
        if status_text in responses:
            response = self.spec.deref(responses[status_text])
        else:
            response = self._transient(route, status_text)
        content = response.get("content") or {}
        if not content:
            return status, extra, b""
        content_type, media = next(iter(content.items()))
        name, value = self._example(route, media, prefer.get("example"))
        if value is NO_EXAMPLE:  # the spec shows none: make one
            value = self.synthesize(media.get("schema", {}))
        else:
            value = copy.deepcopy(value)  # hooks and pages change it; the spec stays as read
        if route.pager is not None and 200 <= status < 300:
            try:
                value = route.pager.page(value, values, f"{status_text} {name}")
            except PagingProblem as exc:
                raise RequestProblem(400, str(exc)) from None
        if made:
            try:
                value = self._made(route.operation.id, value, values)
            except Refusal as refusal:
                raise RequestProblem(refusal.status, str(refusal), "request-refused") from None
        value = self._apply_mock_hooks(route, value, values)
        if content_type == "application/json" or content_type.endswith("+json"):
            return status, {"Content-Type": "application/json", **extra}, dumps(value).encode()
        return status, {"Content-Type": content_type, **extra}, str(value).encode("utf-8")

    def _apply_mock_hooks(self, route: _Route, value: Any, values: Asked) -> Any:
        """Each verify hook's ``mock`` function, given what the client's hook is given: the
        answer for ``body``/``result``, the request body as read for ``request`` (so the
        answer is made for the request it answers), the mock's options for ``option:``."""
        for hook in route.raw.get("x-hooks", []):
            if "mock" not in hook or any(
                self.options.get(r) is None for r in hook.get("requires", [])
            ):
                continue
            function = _function(hook["mock"])
            arguments: dict[str, Any] = {}
            for name, source in (hook.get("arguments") or {}).items():
                if source in ("body", "result"):
                    arguments[name] = value
                elif source == "request":
                    arguments[name] = values.body
                elif source.startswith("option:"):
                    arguments[name] = self.options.get(source[7:])
            result = function(**arguments)
            value = value if result is None else result
        return value

    def synthesize(self, schema: Any, depth: int = 0) -> Any:
        """A minimal value that matches `schema`, for responses the document shows no example of."""
        schema = self.spec.deref(schema)
        if depth > 8 or not isinstance(schema, dict):
            return None
        if "example" in schema:
            return copy.deepcopy(schema["example"])
        if isinstance(schema.get("examples"), list) and schema["examples"]:
            return copy.deepcopy(schema["examples"][0])
        if "const" in schema:
            return schema["const"]
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            return next((v for v in schema["enum"] if v is not None), None)
        for key in ("oneOf", "anyOf"):
            if isinstance(schema.get(key), list) and schema[key]:
                # The first alternative's value that the whole schema takes (a oneOf takes
                # a value only one alternative matches).
                values = [self.synthesize(member, depth + 1) for member in schema[key]]
                valid = [v for v in values if not self._schemas.problems(schema, v)]
                return (valid or values)[0]
        if "allOf" in schema:
            parts = [self.synthesize(part, depth + 1) for part in schema["allOf"]]
            if not all(isinstance(part, dict) for part in parts):
                return next(part for part in parts if not isinstance(part, dict))
            merged: dict[str, Any] = {}
            for part in parts:
                merged.update(part)
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
            return SYNTHESIZED_STRINGS.get(str(schema.get("format")), "string")
        if kind in ("integer", "number"):
            minimum = schema.get("minimum", schema.get("exclusiveMinimum"))
            return minimum + (1 if "exclusiveMinimum" in schema else 0) if minimum else 0
        return {"boolean": False, "null": None}.get(kind)

    def answer(
        self, method: str, target: str, headers: Mapping[str, str], body: bytes
    ) -> MockResponse:
        """Answer one request; a request the spec does not allow gets a 4xx that says why."""
        lowered = {k.lower(): v for k, v in headers.items()}
        parts = urlsplit(target)
        received = ReceivedRequest(method.upper(), parts.path, [], lowered, body)
        with self._lock:
            self.received.append(received)
        try:
            received.query = query = parse_query(parts.query)
            route, path_values = self._route(method.lower(), parts.path)
            received.operation = route.operation.id
            self._check_security(route, lowered, query)
            values = Asked(self._check_parameters(route, path_values, query, lowered))
            values.body = self._check_body(route, lowered, body, received)
            status, out, payload = self._respond(
                route, _prefer(lowered.get("prefer", "")), values, received
            )
            return MockResponse(status, out, payload, received.operation)
        except (RequestProblem, BadInput) as problem:
            status = problem.status if isinstance(problem, RequestProblem) else 400
            marker = problem.marker if isinstance(problem, RequestProblem) else "request-invalid"
            return MockResponse(
                status,
                {"Content-Type": "application/json", "X-Coinspec-Mock": marker},
                dumps({"mock_error": str(problem), "status": status}).encode(),
                received.operation,
                str(problem),
            )

    def handle(
        self, method: str, target: str, headers: Mapping[str, str], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        """Answer one request: (status, headers, body)."""
        response = self.answer(method, target, headers, body)
        return response.status, response.headers, response.body
