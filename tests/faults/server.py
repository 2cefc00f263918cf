"""A loopback HTTP server that misbehaves on purpose, one scripted action per request.

Bounded: it answers at most `max_requests` requests and shuts itself down after
`lifetime` seconds, whatever the test does; a body it trickles or streams ends when the
client hangs up, or at `lifetime`.
"""

from __future__ import annotations

import gzip
import io
import socket
import socketserver
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

MB = 1024 * 1024


@dataclass
class Received:
    method: str
    path: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class FaultServer:
    """`script` names what to do with the 1st, 2nd, ... request; the last action repeats."""

    script: list[str]
    ok_body: bytes = b"[]"
    max_requests: int = 50
    lifetime: float = 60.0
    drip_interval: float = 0.2  # seconds between the bytes of a trickled answer
    retry_after: str = "1"  # the Retry-After header of "429-retry-after"
    status: int = 200  # the status of "body"
    location: str = ""  # where "redirect" points
    stream_bytes: int = 200 * MB  # the size of "huge-chunked" and "gzip-bomb" before compression
    # The answer of "respond": (status, headers, body) made from the request, e.g. echoing
    # its credentials back.
    responder: Callable[[Received], tuple[int, dict[str, str], bytes]] | None = None
    received: list[Received] = field(default_factory=list)

    def __post_init__(self) -> None:
        outer = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                outer._handle(self.request)

        self._server = socketserver.ThreadingTCPServer(
            ("127.0.0.1", 0), Handler, bind_and_activate=True
        )
        self._server.daemon_threads = True
        self._lock = threading.Lock()
        self._count = 0
        self._stop_timer = threading.Timer(self.lifetime, self.stop)
        self._stop_timer.daemon = True

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> FaultServer:
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        self._stop_timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        self._stop_timer.cancel()
        self._server.shutdown()
        self._server.server_close()

    # -- one connection -------------------------------------------------------

    def _next_action(self) -> str:
        with self._lock:
            index = self._count
            self._count += 1
        if index >= self.max_requests:
            return "reset-before"
        return self.script[min(index, len(self.script) - 1)]

    def _handle(self, sock: socket.socket) -> None:
        sock.settimeout(10)
        try:
            self._answer(sock)
        except OSError:
            pass  # the client hung up (as it should, on a body it refuses)
        finally:
            sock.close()

    def _answer(self, sock: socket.socket) -> None:
        action = self._next_action()
        if action == "reset-before":
            _reset(sock)
            return
        request = _read_request(sock)
        if request is None:
            return
        self.received.append(request)
        if action == "reset-after":
            _reset(sock)
        elif action == "truncated":
            sock.sendall(
                b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n[{"currencyTi'
            )
            _reset(sock)
        elif action == "html-502":
            _send(
                sock, 502, b"<html><body><h1>502 Bad Gateway</h1>nginx</body></html>", "text/html"
            )
        elif action == "429":
            _send(sock, 429, b'{"message": "slow down"}', "application/json", {"Retry-After": "1"})
        elif action == "503":
            _send(sock, 503, b"", "text/plain")
        elif action == "stall":
            time.sleep(5)
            _send(sock, 200, self.ok_body, "application/json")
        elif action == "invalid-json":
            _send(sock, 200, b"{not json", "application/json")
        elif action == "error-envelope":
            _send(
                sock,
                200,
                b'{"status": "error", "error_code": "not_found", "message": "Contract not found"}',
                "application/json",
            )
        elif action == "ok":
            _send(sock, 200, self.ok_body, "application/json")
        elif action == "body":
            _send(sock, self.status, self.ok_body, "application/json")
        elif action == "429-retry-after":
            _send(
                sock, 429, b'{"message": "slow down"}', "application/json",
                {"Retry-After": self.retry_after},
            )  # fmt: skip
        elif action == "respond":
            assert self.responder is not None, "the respond action needs a responder"
            status, headers, body = self.responder(request)
            _send(sock, status, body, "application/json", headers)
        elif action == "redirect":
            _send(sock, 302, b"", "text/plain", {"Location": self.location})
        elif action == "slow-body":
            # Every byte within any read timeout, the whole far beyond any deadline.
            head = _head(200, "application/json", len(self.ok_body) + 10_000)
            sock.sendall(head + self.ok_body[:1])
            self._drip(sock, b" " * 10_000)
        elif action == "slow-chunked":
            head = _head(200, "application/json", None)
            sock.sendall(head)
            self._drip(sock, b"2\r\n  \r\n" * 100_000)
        elif action == "slow-headers":
            self._drip(sock, _head(200, "application/json", 2) + b"[]")
        elif action == "huge-chunked":
            sock.sendall(_head(200, "application/json", None))
            chunk = b"[" + b" " * (MB - 1)
            piece = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
            for _ in range(self.stream_bytes // MB):
                sock.sendall(piece)
            sock.sendall(b"0\r\n\r\n")
        elif action == "gzip-bomb":
            bomb = _gzip_bomb(self.stream_bytes)
            _send(sock, 200, bomb, "application/json", {"Content-Encoding": "gzip"})
        else:
            raise ValueError(f"unknown action {action!r}")

    def _drip(self, sock: socket.socket, data: bytes) -> None:
        ends = time.monotonic() + self.lifetime
        for index in range(len(data)):
            if time.monotonic() > ends:
                return
            sock.sendall(data[index : index + 1])
            time.sleep(self.drip_interval)


def _reset(sock: socket.socket) -> None:
    """Close with RST instead of FIN: the client sees a connection reset."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def _read_request(sock: socket.socket) -> Received | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return Received(method, path, body, headers)


_BOMBS: dict[int, bytes] = {}


def _gzip_bomb(size: int) -> bytes:
    """`size` bytes of a JSON-looking body, gzipped to about a thousandth of that."""
    if size not in _BOMBS:
        out = io.BytesIO()
        with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9) as zipped:
            zipped.write(b"[")
            block = b" " * MB
            for _ in range(size // MB):
                zipped.write(block)
        _BOMBS[size] = out.getvalue()
    return _BOMBS[size]


def _head(status: int, content_type: str, length: int | None) -> bytes:
    framing = f"Content-Length: {length}" if length is not None else "Transfer-Encoding: chunked"
    return (
        f"HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\n{framing}\r\n"
        "Connection: close\r\n\r\n"
    ).encode("latin-1")


def _send(
    sock: socket.socket,
    status: int,
    body: bytes,
    content_type: str,
    headers: dict[str, str] | None = None,
) -> None:
    extra = "".join(f"{k}: {v}\r\n" for k, v in (headers or {}).items())
    head = f"HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\nConnection: close\r\n{extra}\r\n"
    sock.sendall(head.encode("latin-1") + body)
    sock.close()
