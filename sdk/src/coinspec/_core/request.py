"""Building the HTTP request of an operation call: path, query, headers, body, credentials."""

from __future__ import annotations

import base64
from collections import deque
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, urlencode

import httpx
import pydantic

from . import json as wire_json
from .errors import CoinspecError
from .hooks import HookRunner
from .operation import Operation, Param, Service
from .query import check_kind, encode_path_value, encode_query
from .rules import broken_rule
from .types import UploadedFile, read_file_input

__all__ = ["CREDENTIAL_HEADERS", "RequestBuilder", "override_headers"]

# The request extension naming the headers that carry a credential the client set (its
# keys, a token a before-request hook minted): taken off on a redirect to another origin.
CREDENTIAL_HEADERS = "coinspec.credential_headers"


class RequestBuilder(HookRunner):
    """Builds httpx requests from an operation and the caller's arguments."""

    _service: Service
    _credentials: dict[str, str | None]
    _default_headers: dict[str, str]
    _minted: deque[str]  # the tokens hooks minted lately, kept out of log lines
    _sent_secrets: deque[str]  # the secrets callers sent lately (a password, a header), the same
    _given_headers: dict[str, str]  # the constructor's default_headers
    _http: httpx.Client | httpx.AsyncClient
    base_url: str

    def _build(
        self,
        op: Operation[Any],
        args: Mapping[str, Any],
        body: Any,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> httpx.Request:
        """The request of one call; arguments that cannot be sent raise the service's
        RequestError (a ValueError), naming the operation and what was wrong."""
        errors = self._service.errors
        try:
            if op.body_model is not None and body is not None:
                body = _as_model(op.body_model, body)
            if op.secret_fields:
                self._remember_secrets(op, body, extra_body)
            return self._compose(op, args, body, extra_headers, extra_query, extra_body)
        except CoinspecError:
            raise
        except pydantic.ValidationError as exc:
            raise errors.request(
                f"{self._service.name} {op.name}: the body does not match "
                f"{exc.title}: {exc.error_count()} error(s), first: {first_error(exc)}"
            ) from None
        except (TypeError, ValueError) as exc:
            raise errors.request(f"{self._service.name} {op.name}: {exc}") from exc

    def _remember_secrets(
        self, op: Operation[Any], body: Any, extra_body: Mapping[str, object] | None
    ) -> None:
        """Keep the secrets this body sends (before it is sent: an error on the way, the
        server's answer included, must not show them)."""
        sent = wire_json.to_wire(body) if body is not None else {}
        for fields in (sent, extra_body or {}):
            if isinstance(fields, Mapping):
                for name in op.secret_fields:
                    value = fields.get(name)
                    if isinstance(value, str) and value:
                        self._sent_secrets.append(value)

    def _compose(
        self,
        op: Operation[Any],
        args: Mapping[str, Any],
        body: Any,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, object] | None,
        extra_body: Mapping[str, object] | None,
    ) -> httpx.Request:
        path = op.path
        query: list[tuple[str, str | int | float | bool | None]] = []
        headers = dict(self._default_headers)
        for param in op.params:
            value = args.get(param.key or param.name)
            if value is None:
                if param.location == "path" and param.optional_segment:
                    path = path.replace("/{" + param.name + "}", "")
                elif param.location == "path" or param.required:
                    raise self._refused(op, param, "is required: got None")
                continue
            try:
                if param.kind:
                    value = check_kind(param.kind, value)
                if param.location == "path":
                    segment = encode_path_value(value)
                    if segment in ("", ".", ".."):
                        # httpx would resolve "." and ".." away: another endpoint, credentials attached
                        raise ValueError(
                            f"{value!r} would change the endpoint, not name a resource"
                        )
                    path = path.replace("{" + param.name + "}", segment)
                elif param.location == "query":
                    query.extend(
                        encode_query(param.name, value, style=param.style, explode=param.explode)
                    )
                elif param.location == "cookie":
                    add_cookie(headers, param.name, encode_path_value(value))
                else:
                    headers[param.name] = encode_path_value(value)
            except (TypeError, ValueError) as exc:
                raise self._refused(op, param, str(exc)) from None
        secret_headers: list[str] = []
        for hook in op.hooks:
            if hook.stage == "before-request" and self._hook_enabled(hook):
                # e.g. a freshly minted token header; authentication then keeps it
                minted = hook.function(**self._hook_arguments(hook, args, None, None))
                headers.update(minted)
                secret_headers.extend(minted)
                self._minted.extend(minted.values())
        secret_headers.extend(self._authenticate(op, headers, query))
        if extra_query:
            # The caller's parameters replace the SDK's of the same name; None removes one.
            query = [pair for pair in query if pair[0] not in extra_query]
            for name, value in extra_query.items():
                if value is not None:
                    query.extend(encode_query(name, value, style="form", explode=True))
        content: bytes | None = None
        files: list[tuple[str, tuple[str, bytes, str]]] | None = None
        data: dict[str, str] | None = None
        if body is not None or extra_body:
            if op.body_encoding == "multipart":
                files, data = self._multipart(body, extra_body)
            elif op.body_encoding == "form":
                fields = _with_extra(self._wire_body(body), extra_body)
                self._check_rules(body, fields)
                data = {k: _form_text(v) for k, v in fields.items() if v is not None}
            elif op.body_encoding == "text":
                text = body if isinstance(body, str) else str(wire_json.to_wire(body))
                content = text.encode("utf-8")
                headers["Content-Type"] = _sendable(
                    op.body_content_type, "text/plain; charset=utf-8"
                )
            elif op.body_encoding == "binary":
                upload = read_file_input(body, "body")
                content = upload.content
                headers["Content-Type"] = _sendable(op.body_content_type, upload.content_type)
            else:
                wire = self._wire_body(body)
                if extra_body:
                    wire = _with_extra(wire, extra_body)
                self._check_rules(body, wire)
                content = wire_json.dumps(wire).encode("utf-8")
                headers["Content-Type"] = _sendable(op.body_content_type, "application/json")
        if op.accept is not None:
            override_headers(headers, {"Accept": op.accept})
        if extra_headers:
            override_headers(headers, extra_headers)
            for name, value in extra_headers.items():
                if credential_like(name) and value:
                    self._sent_secrets.append(value)
        # A header the user set that carries a credential is one too (redacted by name in the
        # request an error holds, by value wherever a server echoes it).
        secret_headers.extend(
            name
            for name in (*self._given_headers, *self._http.headers, *(extra_headers or {}))
            if credential_like(name)
        )
        url = self.base_url + path
        if query:
            # Encoded here as httpx would (urlencode): the URL is then parsed once, not twice.
            url += ("&" if "?" in url else "?") + urlencode(query)
        # Through the user's httpx client: its headers, params, cookies and auth apply.
        request = self._http.build_request(
            op.method.upper(),
            url,
            headers=headers,
            content=content,
            files=files,
            data=data,
            extensions={CREDENTIAL_HEADERS: tuple(secret_headers)},
        )
        return request

    def _refused(self, op: Operation[Any], param: Param, why: str) -> Exception:
        where = f"{param.location} parameter {param.name!r}"
        message = f"{where} {why}" if why.startswith("is ") else f"{why} ({where})"
        return self._service.errors.request(f"{self._service.name} {op.name}: {message}")

    def _check_rules(self, body: Any, wire: Any) -> None:
        """Refuse a body that breaks a rule of its schema (or of a model inside it)."""
        rules = self._service.body_rules
        if rules:
            broken = _broken_rule(body, wire, rules, "")
            if broken is not None:
                raise ValueError(f"the body {broken}")

    def _wire_body(self, body: Any) -> Any:
        """The JSON of a body: what the caller set, where a None of a field the spec does
        not let be null means "not given" and is left out (an explicit None of a nullable
        field goes as null)."""
        if body is None:
            return None
        wire = wire_json.to_wire(body)
        omitted = self._service.omitted_when_none
        if omitted and isinstance(body, pydantic.BaseModel):
            _drop_nones_not_sent(body, wire, omitted)
        return wire

    def _multipart(
        self, body: Any, extra_body: Mapping[str, object] | None
    ) -> tuple[list[tuple[str, tuple[str, bytes, str]]], dict[str, str]]:
        files: list[tuple[str, tuple[str, bytes, str]]] = []
        data: dict[str, str] = {}
        while isinstance(body, pydantic.RootModel):
            body = body.root  # a oneOf of body shapes
        if isinstance(body, pydantic.BaseModel):
            # Not model_dump: it would turn each UploadedFile into a dict.
            fields = {
                (info.alias or name): getattr(body, name)
                for name, info in type(body).model_fields.items()
                if name in body.model_fields_set
            }
            fields.update(body.model_extra or {})
        else:
            fields = dict(body or {})
        fields.update(extra_body or {})
        self._check_rules(
            body, {name: value for name, value in fields.items() if value is not None}
        )
        for name, value in fields.items():
            if value is None:
                continue
            if (
                isinstance(value, (UploadedFile, bytes, tuple))
                or hasattr(value, "read")
                or hasattr(value, "__fspath__")
            ):
                upload = read_file_input(value, name)
                files.append((name, (upload.filename, upload.content, upload.content_type)))
            else:
                wire = wire_json.to_wire(value)
                data[name] = wire if isinstance(wire, str) else wire_json.dumps(wire)
        return files, data

    def _authenticate(
        self,
        op: Operation[Any],
        headers: dict[str, str],
        query: list[tuple[str, str | int | float | bool | None]],
    ) -> list[str]:
        """Adds the operation's credential; returns the headers that now carry one."""
        if not op.security:
            return []
        schemes = {s.name: s for s in self._service.security_schemes}
        for name in op.security:
            scheme = schemes[name]
            if scheme.kind == "tls":
                return []  # the http_client's client certificate authenticates
            if scheme.kind == "header" and scheme.wire_name in headers:
                return [scheme.wire_name]  # a before-request hook supplied it
            secret = self._credentials.get(scheme.argument)
            if not secret:
                continue
            if scheme.kind == "bearer":
                headers["Authorization"] = f"Bearer {secret}"
                return ["Authorization"]
            if scheme.kind == "basic":
                password = self._credentials.get(scheme.password_argument or "") or ""
                pair = f"{secret}:{password}".encode()
                headers["Authorization"] = "Basic " + base64.b64encode(pair).decode("ascii")
                return ["Authorization"]
            if scheme.kind == "header":
                headers[scheme.wire_name] = secret
                return [scheme.wire_name]
            if scheme.kind == "cookie":
                add_cookie(headers, scheme.wire_name, quote(secret, safe=_COOKIE_SAFE))
                # the whole Cookie header: the key is one of its pairs
                return [next(key for key in headers if key.lower() == "cookie")]
            query.append((scheme.wire_name, secret))
            return []
        if op.security_optional:
            return []
        wanted = [schemes[n].argument for n in op.security if schemes[n].kind != "tls"]
        raise self._service.errors.missing_credential(
            f"{self._service.name} {op.name} needs {' or '.join(wanted)}: "
            + "; ".join(self._service.where_to_pass(name) for name in wanted)
        )


def _sendable(documented: str | None, fallback: str) -> str:
    """The Content-Type to send: the spec's, unless it gives a range (`*/*`, `image/*`)."""
    return documented if documented is not None and "*" not in documented else fallback


def add_cookie(headers: dict[str, str], name: str, encoded_value: str) -> None:
    """Add ``name=value`` to the request's Cookie header (a cookie parameter or an API key);
    the value comes percent-encoded already."""
    pair = f"{quote(name, safe=_COOKIE_SAFE)}={encoded_value}"
    existing = next((key for key in headers if key.lower() == "cookie"), None)
    if existing is None:
        headers["Cookie"] = pair
    else:
        headers[existing] = f"{headers[existing]}; {pair}"


# What a cookie name or value may hold as it is (RFC 6265's cookie-octet, less % and the
# separators); anything else is percent-encoded, as the form style encodes it.
_COOKIE_SAFE = "!#$&'()*+-./:<>?@[]^_`{|}~"


# Words in a header's name that say it carries a credential (X-Api-Key, X-Auth-Token,
# X-Session, X-Signature, ...): a user who sets one by hand gets it redacted like the SDK's own.
_CREDENTIAL_WORDS = ("auth", "key", "token", "secret", "signature", "session", "password", "cookie")


def credential_like(name: str) -> bool:
    """Whether a header's name says it carries a credential."""
    lowered = name.lower()
    return any(word in lowered for word in _CREDENTIAL_WORDS)


def override_headers(headers: dict[str, str], changes: Mapping[str, str]) -> None:
    """Set headers as names are compared in HTTP: without regard to case."""
    for name, value in changes.items():
        lowered = name.lower()
        for existing in [key for key in headers if key.lower() == lowered]:
            del headers[existing]
        headers[name] = value


def _as_model(model: type[pydantic.BaseModel], body: Any) -> pydantic.BaseModel:
    """A body given as a mapping, validated into its model (a model instance stays as it is)."""
    return body if isinstance(body, model) else model.model_validate(body)


def first_error(exc: pydantic.ValidationError) -> str:
    """Where the first error of a validation is (wire names, dotted) and what it says."""
    error = exc.errors(include_url=False)[0]
    location = ".".join(str(p) for p in error["loc"]) or "(the whole value)"
    return f"{location}: {error['msg']}"


def _with_extra(wire: Any, extra_body: Mapping[str, object] | None) -> dict[str, Any]:
    """The body as a JSON object with the caller's extra fields over it (theirs win)."""
    wire = {} if wire is None else wire
    if not isinstance(wire, dict):
        raise TypeError(
            f"extra_body adds fields to a JSON object, and this body is a {type(wire).__name__}"
        )
    if extra_body:
        wire.update(wire_json.to_wire(dict(extra_body)))
    return wire


def _broken_rule(
    value: Any,
    wire: Any,
    rules: Mapping[type[pydantic.BaseModel], tuple[Mapping[str, Any], ...]],
    where: str,
) -> str | None:
    """The first rule a model in ``value`` breaks, said with where it is (``address: ...``)."""
    while isinstance(value, pydantic.RootModel):
        value = value.root
    if isinstance(value, pydantic.BaseModel) and isinstance(wire, dict):
        own = rules.get(type(value))
        broken = broken_rule(own, wire) if own else None
        if broken is not None:
            return f"{where}: {broken}" if where else broken
        for name, info in type(value).model_fields.items():
            key = info.alias or name
            if key in wire:
                found = _broken_rule(getattr(value, name), wire[key], rules, _at(where, key))
                if found is not None:
                    return found
    elif isinstance(value, (list, tuple)) and isinstance(wire, list):
        for index, (item, item_wire) in enumerate(zip(value, wire, strict=False)):
            found = _broken_rule(item, item_wire, rules, _at(where, str(index)))
            if found is not None:
                return found
    return None


def _at(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _drop_nones_not_sent(
    value: Any, wire: Any, omitted: Mapping[type[pydantic.BaseModel], frozenset[str]]
) -> None:
    """Take out of ``wire`` (the JSON of ``value``) each None of a field that may not be null."""
    while isinstance(value, pydantic.RootModel):
        value = value.root
    if isinstance(value, pydantic.BaseModel) and isinstance(wire, dict):
        names = omitted.get(type(value), frozenset())
        for name, info in type(value).model_fields.items():
            key = info.alias or name
            if name not in value.model_fields_set or key not in wire:
                continue
            item = getattr(value, name)
            if item is None and key in names:
                del wire[key]
            else:
                _drop_nones_not_sent(item, wire[key], omitted)
    elif isinstance(value, (list, tuple)) and isinstance(wire, list):
        for item, item_wire in zip(value, wire, strict=False):
            _drop_nones_not_sent(item, item_wire, omitted)
    elif isinstance(value, Mapping) and isinstance(wire, dict):
        for key, item in value.items():
            if str(key) in wire:
                _drop_nones_not_sent(item, wire[str(key)], omitted)


def _form_text(value: Any) -> str:
    """A form field's text: strings as they are, other JSON values as JSON (true, 1.5)."""
    return value if isinstance(value, str) else wire_json.dumps(value)
