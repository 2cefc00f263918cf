"""Keeping a client's secrets in the process: out of exception messages, the bodies,
requests and responses an exception carries, its cause chain (what a traceback prints),
its pickle, and the log lines of coinspec, httpx and httpcore.

A hostile server may echo a key back in an error body, a header or a message; whatever it
sends is read as text that may hold a secret. Redaction runs when an error is raised or a
line is logged, never on a successful call.
"""

from __future__ import annotations

import functools
import html
import json
import logging
import re
import threading
import weakref
from collections.abc import Callable, Iterable
from typing import Any, Protocol
from urllib.parse import quote, quote_plus

import httpx
import pydantic

from .request import CREDENTIAL_HEADERS

__all__ = [
    "REDACTED",
    "Secrets",
    "install_log_redaction",
    "redact_error",
    "secrets_of",
    "watch",
]

REDACTED = "[REDACTED]"

# A piece of a secret that is redacted on its own: a line of a PEM key, a part of a JWT.
# Shorter pieces (a PEM's "-----" lines aside) would blank ordinary words.
_SHORTEST_PIECE = 12

# Headers whose value is a credential whatever sets them (the user's own httpx client may).
_ALWAYS_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})


def _pieces(value: str) -> Iterable[str]:
    """The parts of a secret that may be echoed apart from the rest: each line of a
    multi-line key, each dot-separated part of a token."""
    for line in value.split():
        if len(line) >= _SHORTEST_PIECE and not line.startswith("-----"):
            yield line
        for part in line.split("."):
            if len(part) >= _SHORTEST_PIECE:
                yield part


def _forms(value: str | bytes) -> set[str]:
    """Every way a secret may appear in text: as it is, JSON-escaped, URL-encoded,
    HTML-escaped, as hex (bytes), and its pieces."""
    if isinstance(value, bytes):
        forms = {value.hex(), value.hex().upper()}
        try:
            value = value.decode("utf-8")
        except UnicodeDecodeError:
            return forms
    else:
        forms = set()
    if not value:
        return forms
    candidates = {value, value.strip(), *_pieces(value)}
    for text in candidates:
        if not text:
            continue
        forms.add(text)
        forms.add(json.dumps(text)[1:-1])
        forms.add(json.dumps(text, ensure_ascii=False)[1:-1])
        forms.add(html.escape(text))
        forms.add(quote(text, safe=""))
        forms.add(quote(text))
        forms.add(quote_plus(text))
    forms.discard("")
    return forms


class Secrets:
    """The secrets of one client at one moment, and the redaction of anything holding them.

    A secret of at least ``_SHORTEST_PIECE`` characters is redacted wherever it appears,
    inside a longer string too; a shorter one (a test's ``"k"``) only where it stands
    alone, not inside a word, or it would blank letters of every message.
    """

    def __init__(self, values: Iterable[str | bytes], query_names: Iterable[str] = ()) -> None:
        self._query_names = tuple(query_names)  # query parameters that carry a credential
        forms: set[str] = set()
        for value in values:
            forms |= _forms(value)
        # Longest first: a secret inside a longer one is not left half-shown.
        self._forms = sorted((f for f in forms if len(f) >= _SHORTEST_PIECE), key=len, reverse=True)
        self._byte_forms = [form.encode("utf-8") for form in self._forms]
        short = sorted((f for f in forms if len(f) < _SHORTEST_PIECE), key=len, reverse=True)
        alone = "(?<![\\w.-])(?:{})(?![\\w.-])"
        self._short = re.compile(alone.format("|".join(map(re.escape, short)))) if short else None
        self._short_bytes = (
            re.compile(alone.format("|".join(map(re.escape, short))).encode("utf-8"))
            if short
            else None
        )

    def __bool__(self) -> bool:
        return bool(self._forms) or self._short is not None

    def text(self, text: str) -> str:
        for form in self._forms:
            if form in text:
                text = text.replace(form, REDACTED)
        if self._short is not None:
            text = self._short.sub(REDACTED, text)
        return text

    def bytes(self, data: bytes) -> bytes:
        marker = REDACTED.encode("ascii")
        for form in self._byte_forms:
            if form in data:
                data = data.replace(form, marker)
        if self._short_bytes is not None:
            data = self._short_bytes.sub(marker, data)
        return data

    def value(self, value: Any) -> Any:
        """``value`` with every secret redacted: text, bytes, containers, pydantic models
        (copied, not changed), requests and responses (sanitised copies)."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, (bytes, bytearray)):
            return self.bytes(bytes(value))
        if isinstance(value, dict):
            return {self.value(key): self.value(item) for key, item in value.items()}
        if isinstance(value, list):
            return [self.value(item) for item in value]
        if isinstance(value, tuple):
            return tuple(self.value(item) for item in value)
        if isinstance(value, pydantic.BaseModel):
            return self._model(value)
        if isinstance(value, httpx.Request):
            return self.request(value)
        if isinstance(value, httpx.Response):
            return self.response(value)
        return value

    def _model(self, model: pydantic.BaseModel) -> pydantic.BaseModel:
        copy = model.model_copy()
        # Set in __dict__: the copy is not validated again, and a frozen model stays frozen.
        for name, item in list(vars(copy).items()):
            copy.__dict__[name] = self.value(item)
        extra = copy.__pydantic_extra__
        if extra:
            object.__setattr__(copy, "__pydantic_extra__", self.value(extra))
        return copy

    def request(self, request: httpx.Request) -> httpx.Request:
        """A copy of ``request`` without a credential: the headers that carry one (the SDK's,
        Authorization, cookies) and the query parameters a spec names as one are replaced
        by the redaction mark, and every secret is redacted from the rest (its URL, other
        headers, a body that was read; a streamed body is left out)."""
        marked = tuple(request.extensions.get(CREDENTIAL_HEADERS, ()))
        secret_headers = _ALWAYS_SECRET_HEADERS | {name.lower() for name in marked}
        headers = [
            (name, REDACTED if name.lower() in secret_headers else self.text(value))
            for name, value in request.headers.multi_items()
        ]
        url = request.url
        for name in self._query_names:
            if name in url.params:
                url = url.copy_set_param(name, REDACTED)
        url = httpx.URL(self.text(str(url))) if self else url
        content = self.bytes(request.content) if hasattr(request, "_content") else b""
        return httpx.Request(
            request.method,
            url,
            headers=headers,
            content=content,
            extensions={CREDENTIAL_HEADERS: marked},
        )

    def response(
        self, response: httpx.Response, request: httpx.Request | None = None
    ) -> httpx.Response:
        """A copy of ``response`` holding no secret: its headers and the body it read
        redacted, and the sanitised copy of its request (``request``, or one made here)."""
        if request is None and response._request is not None:
            request = self.request(response._request)
        headers = [
            (name, REDACTED if name.lower() in _ALWAYS_SECRET_HEADERS else self.text(value))
            for name, value in response.headers.multi_items()
        ]
        copy = httpx.Response(
            response.status_code,
            headers=headers,
            # A stream that is not read here: the body is set below, decoded as it was read.
            stream=httpx.ByteStream(b""),
            request=request,
            extensions={
                key: response.extensions[key]
                for key in ("http_version", "reason_phrase")
                if key in response.extensions
            },
        )
        copy._content = self.bytes(response._content) if hasattr(response, "_content") else b""
        copy.is_stream_consumed = True
        copy.is_closed = True
        if hasattr(response, "_elapsed"):
            copy._elapsed = response._elapsed
        copy.default_encoding = response.default_encoding
        return copy

    def exception(self, exc: BaseException) -> None:
        """Redact every secret from ``exc`` and the exceptions it was raised from, in place:
        messages (what str, repr and a traceback print), an SDK error's attributes (body,
        errors, request, response), and any other exception's attributes (the request an
        httpx error holds). The requests and responses are replaced by sanitised copies even
        with no secret to redact: those pickle, the originals do not."""
        seen: set[int] = set()
        pending: list[BaseException] = [exc]
        while pending:
            current = pending.pop()
            if id(current) in seen:
                continue
            seen.add(id(current))
            self._exception(current)
            pending.extend(_raised_from(current))

    def _exception(self, exc: BaseException) -> None:
        exc.args = tuple(self.value(arg) for arg in exc.args)
        state = getattr(exc, "__dict__", None)
        if not state:
            return
        # Every attribute (a runtime error's message, __notes__, an SDK error's body), and
        # the request an error holds once, shared with the response that holds it too.
        safe: dict[int, httpx.Request] = {}
        for name, item in list(state.items()):
            if isinstance(item, httpx.Request):
                state[name] = safe.setdefault(id(item), self.request(item))
            elif isinstance(item, httpx.Response):
                request = item._request
                copy = None
                if request is not None:
                    copy = safe.setdefault(id(request), self.request(request))
                state[name] = self.response(item, copy)
            else:
                state[name] = self.value(item)


def secrets_of(
    held: Iterable[str | bytes],
    requests: Iterable[httpx.Request],
    query_names: Iterable[str] = (),
) -> Secrets:
    """The secrets a client ``held`` and every credential ``requests`` carried: the headers
    the SDK marked (a token a hook minted for that one request) and the query parameters
    ``query_names``."""
    names = tuple(query_names)
    values = list(held)
    for request in requests:
        for header in request.extensions.get(CREDENTIAL_HEADERS, ()):
            for value in request.headers.get_list(header):
                values.append(value)
                values.append(value.partition(" ")[2])  # the token of "Bearer <token>"
        for name in names:
            values.extend(request.url.params.get_list(name))
    return Secrets((value for value in values if value), names)


def redact_error(
    exc: BaseException, held: Iterable[str | bytes], *, query_names: Iterable[str] = ()
) -> None:
    """Redact from ``exc`` (in place, see Secrets.exception) the secrets a client ``held``
    and every credential the requests ``exc`` holds carried."""
    secrets_of(held, _requests_in(exc), query_names).exception(exc)


def _requests_in(exc: BaseException) -> Iterable[httpx.Request]:
    seen: set[int] = set()
    pending: list[BaseException] = [exc]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        for item in vars(current).values() if hasattr(current, "__dict__") else ():
            if isinstance(item, httpx.Request):
                yield item
            elif isinstance(item, httpx.Response) and item._request is not None:
                yield item._request
        pending.extend(e for e in (current.__cause__, current.__context__) if e is not None)


def _raised_from(exc: BaseException) -> list[BaseException]:
    """The exceptions a traceback of ``exc`` prints with it."""
    chained = [exc.__cause__]
    if not exc.__suppress_context__:
        chained.append(exc.__context__)
    return [e for e in chained if e is not None]


# -- logs ------------------------------------------------------------------------------


class _HoldsSecrets(Protocol):
    def _secret_values(self) -> Iterable[str | bytes]: ...


_WATCHED: weakref.WeakSet[Any] = weakref.WeakSet()
_WATCHED_LOCK = threading.Lock()  # clients are built in one thread while another logs


def watch(client: _HoldsSecrets) -> None:
    """Redact ``client``'s secrets from log lines for as long as it lives."""
    with _WATCHED_LOCK:
        _WATCHED.add(client)


@functools.lru_cache(maxsize=64)
def _secrets_of(values: frozenset[str | bytes]) -> Secrets:
    return Secrets(values)


class _LogRedaction(logging.Filter):
    """Rewrites a log record whose text holds a secret of a live client."""

    def __init__(self, secrets: Callable[[], Secrets]) -> None:
        super().__init__()
        self._secrets = secrets

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            secrets = self._secrets()
            if not secrets:
                return True
            message = record.getMessage()
            redacted = secrets.text(message)
        except Exception:  # a record that cannot be read cannot be checked: not logged
            return False
        if redacted != message:
            record.msg, record.args = redacted, ()
        return True


def _live_secrets() -> Secrets:
    values: set[str | bytes] = set()
    with _WATCHED_LOCK:
        clients = list(_WATCHED)
    for client in clients:
        values.update(client._secret_values())
    return _secrets_of(frozenset(values))


# Every logger httpx and httpcore write through: a filter applies to its own logger only.
_THIRD_PARTY_LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)


def install_log_redaction(*names: str) -> None:
    """Put the redaction filter on httpx's and httpcore's loggers and on ``names`` (once each)."""
    for name in (*_THIRD_PARTY_LOGGERS, *names):
        logger = logging.getLogger(name)
        if not any(isinstance(f, _LogRedaction) for f in logger.filters):
            logger.addFilter(_LogRedaction(_live_secrets))
