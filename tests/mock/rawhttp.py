"""Raw HTTP/1.1 over a socket, to send what no HTTP client would, and read what comes back."""

from __future__ import annotations

import json
import socket
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit


class NoResponse(AssertionError):
    """The server closed the connection (or stayed silent) without a whole response."""


@dataclass
class RawResponse:
    status: int
    headers: dict[str, str]
    body: bytes
    elapsed: float

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def reason(self) -> str:
        return str(self.json()["mock_error"])


def address(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    assert parts.hostname and parts.port
    return parts.hostname, parts.port


class Connection:
    """A socket and what was read from it past the last response (pipelined answers)."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.pending = bytearray()

    def sendall(self, data: bytes) -> None:
        self.sock.sendall(data)

    def recv(self, size: int) -> bytes:
        if self.pending:
            data = bytes(self.pending[:size])
            del self.pending[:size]
            return data
        return self.sock.recv(size)

    def close(self) -> None:
        self.sock.close()

    def __enter__(self) -> Connection:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def connect(url: str, timeout: float = 10.0) -> Connection:
    sock = socket.create_connection(address(url), timeout=timeout)
    sock.settimeout(timeout)
    return Connection(sock)


def read_response(
    conn: Connection, *, head: bool = False, started: float | None = None
) -> RawResponse:
    """One response from ``conn``: status line, headers and a body of its Content-Length."""
    started = time.monotonic() if started is None else started
    data = bytearray()
    try:
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                raise NoResponse(f"connection closed after {bytes(data[:200])!r}")
            data += chunk
        head_bytes, _, rest = bytes(data).partition(b"\r\n\r\n")
        lines = head_bytes.decode("latin-1").split("\r\n")
        version, status, *_ = lines[0].split(" ", 2)
        assert version in ("HTTP/1.0", "HTTP/1.1"), lines[0]
        headers = {}
        for line in lines[1:]:
            key, _, value = line.partition(":")
            headers[key.strip().lower()] = value.strip()
        length = 0 if head else int(headers.get("content-length", "0"))
        body = bytearray(rest)
        while len(body) < length:
            chunk = conn.recv(65536)
            if not chunk:
                raise NoResponse(f"connection closed {len(body)} bytes into a {length}-byte body")
            body += chunk
    except TimeoutError:
        raise NoResponse(
            f"no whole response within the socket's timeout; got {bytes(data[:200])!r}"
        ) from None
    except ConnectionResetError:
        raise NoResponse(f"connection reset after {bytes(data[:200])!r}") from None
    conn.pending[:0] = body[length:]
    return RawResponse(int(status), headers, bytes(body[:length]), time.monotonic() - started)


def exchange(url: str, request: bytes, timeout: float = 10.0) -> RawResponse:
    """Send ``request`` on a new connection and read the response."""
    with connect(url, timeout) as conn:
        started = time.monotonic()
        try:
            conn.sendall(request)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server may answer before it has read everything: read what it said
        return read_response(conn, head=request.startswith(b"HEAD "), started=started)


def request(
    method: str, target: str, headers: dict[str, str] | None = None, body: bytes = b""
) -> bytes:
    lines = [f"{method} {target} HTTP/1.1", "Host: mock"]
    given = {k.lower() for k in (headers or {})}
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    if body and "content-length" not in given and "transfer-encoding" not in given:
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body
