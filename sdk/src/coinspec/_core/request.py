"""Building the HTTP request of an operation call: path, query, headers, body, credentials."""

from __future__ import annotations

import base64
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, urlencode

import httpx
import pydantic

from . import json as wire_json
from .hooks import HookRunner
from .operation import Operation, Service
from .query import encode_path_value, encode_query
from .types import UploadedFile, read_file_input

__all__ = ["RequestBuilder", "override_headers"]


class RequestBuilder(HookRunner):
    """Builds httpx requests from an operation and the caller's arguments."""

    _service: Service
    _credentials: dict[str, str | None]
    _default_headers: dict[str, str]
    _http: httpx.Client | httpx.AsyncClient
    base_url: str

    def _build(
        self,
        op: Operation[Any],
        args: Mapping[str, Any],
        body: Any,
        extra_headers: Mapping[str, str] | None,
    ) -> httpx.Request:
        path = op.path
        query: list[tuple[str, str | int | float | bool | None]] = []
        headers = dict(self._default_headers)
        for param in op.params:
            value = args.get(param.key or param.name)
            if param.location == "path":
                if value is None:
                    if not param.optional_segment:
                        raise TypeError(f"{op.name}: path parameter {param.name!r} is required")
                    path = path.replace("/{" + param.name + "}", "")
                    continue
                path = path.replace("{" + param.name + "}", encode_path_value(value))
            elif value is None:
                continue
            elif param.location == "query":
                query.extend(
                    encode_query(param.name, value, style=param.style, explode=param.explode)
                )
            elif param.location == "cookie":
                add_cookie(headers, param.name, encode_path_value(value))
            else:
                headers[param.name] = encode_path_value(value)
        for hook in op.hooks:
            if hook.stage == "before-request" and self._hook_enabled(hook):
                # e.g. a freshly minted token header; authentication then keeps it
                headers.update(hook.function(**self._hook_arguments(hook, args, None, None)))
        self._authenticate(op, headers, query)
        content: bytes | None = None
        files: list[tuple[str, tuple[str, bytes, str]]] | None = None
        data: dict[str, str] | None = None
        if body is not None:
            if op.body_encoding == "multipart":
                files, data = self._multipart(body)
            elif op.body_encoding == "form":
                data = {k: str(v) for k, v in wire_json.to_wire(body).items() if v is not None}
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
                content = wire_json.dumps(body).encode("utf-8")
                headers["Content-Type"] = _sendable(op.body_content_type, "application/json")
        if op.accept is not None:
            override_headers(headers, {"Accept": op.accept})
        if extra_headers:
            override_headers(headers, extra_headers)
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
        )
        return request

    @staticmethod
    def _multipart(body: Any) -> tuple[list[tuple[str, tuple[str, bytes, str]]], dict[str, str]]:
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
            fields = dict(body)
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
    ) -> None:
        if not op.security:
            return
        schemes = {s.name: s for s in self._service.security_schemes}
        for name in op.security:
            scheme = schemes[name]
            if scheme.kind == "tls":
                return  # the http_client's client certificate authenticates
            if scheme.kind == "header" and scheme.wire_name in headers:
                return  # a before-request hook supplied it
            secret = self._credentials.get(scheme.argument)
            if not secret:
                continue
            if scheme.kind == "bearer":
                headers["Authorization"] = f"Bearer {secret}"
            elif scheme.kind == "basic":
                password = self._credentials.get(scheme.password_argument or "") or ""
                pair = f"{secret}:{password}".encode()
                headers["Authorization"] = "Basic " + base64.b64encode(pair).decode("ascii")
            elif scheme.kind == "header":
                headers[scheme.wire_name] = secret
            elif scheme.kind == "cookie":
                add_cookie(headers, scheme.wire_name, quote(secret, safe=_COOKIE_SAFE))
            else:
                query.append((scheme.wire_name, secret))
            return
        if op.security_optional:
            return
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


def override_headers(headers: dict[str, str], changes: Mapping[str, str]) -> None:
    """Set headers as names are compared in HTTP: without regard to case."""
    for name, value in changes.items():
        lowered = name.lower()
        for existing in [key for key in headers if key.lower() == lowered]:
            del headers[existing]
        headers[name] = value
