"""Building the HTTP request of an operation call: path, query, headers, body, credentials."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

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
            value = args.get(param.name)
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
            else:
                content = wire_json.dumps(body).encode("utf-8")
                headers["Content-Type"] = "application/json"
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
            if scheme.kind == "header" and scheme.wire_name in headers:
                return  # a before-request hook supplied it
            secret = self._credentials.get(scheme.argument)
            if not secret:
                continue
            if scheme.kind == "bearer":
                headers["Authorization"] = f"Bearer {secret}"
            elif scheme.kind == "header":
                headers[scheme.wire_name] = secret
            else:
                query.append((scheme.wire_name, secret))
            return
        wanted = [schemes[n].argument for n in op.security]
        raise self._service.errors.missing_credential(
            f"{self._service.name} {op.name} needs {' or '.join(wanted)}: "
            + "; ".join(self._service.where_to_pass(name) for name in wanted)
        )


def override_headers(headers: dict[str, str], changes: Mapping[str, str]) -> None:
    """Set headers as names are compared in HTTP: without regard to case."""
    for name, value in changes.items():
        lowered = name.lower()
        for existing in [key for key in headers if key.lower() == lowered]:
            del headers[existing]
        headers[name] = value
