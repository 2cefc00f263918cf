"""The mock's HTTP/1.1 server: bounded in time, memory and threads, and answering every
request it reads, however malformed, with a status and a reason.

- A request must arrive whole (head and body) within ``request_timeout`` of its first
  byte, else 408; a kept-alive connection with no new request is closed after
  ``idle_timeout``.
- A body over ``max_body_bytes`` gets 413 before it is read; ``Content-Length`` must be
  digits (else 400), and a chunked body is read under the same cap.
- At most ``max_connections`` connections are served at once; more wait in the listen
  queue until a slot is free, so threads and memory stay bounded.
- Every refusal is a 4xx whose JSON body (``mock_error``) says what was wrong; only a bug
  of the mock itself is a 500, with its reason.
- One log line per request on the ``coinspec.mock`` logger: method, path, status, time.
"""

from __future__ import annotations

import logging
import re
import socket
import threading
import time
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from .._core.json import dumps
from .app import MockApp, MockResponse

__all__ = ["MockLimits", "MockServer"]

log = logging.getLogger("coinspec.mock")

MAX_REQUEST_LINE = 65_536  # what http.server allows; a longer line gets 414
# How long a refused connection is read (and what arrives dropped) before it is closed.
LINGER_SECONDS = 2.0


@dataclass(frozen=True)
class MockLimits:
    """How much one client may take of the mock."""

    max_body_bytes: int = 16 * 1024 * 1024
    request_timeout: float = 10.0  # seconds from a request's first byte to its last
    idle_timeout: float = 15.0  # seconds a kept-alive connection may wait for its next request
    max_connections: int = 64

    def __post_init__(self) -> None:
        for name in ("max_body_bytes", "max_connections"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"MockLimits.{name} must be a positive int, not {value!r}")
        for name in ("request_timeout", "idle_timeout"):
            value = getattr(self, name)
            if (
                isinstance(value, bool)
                or not isinstance(value, (int, float))
                or not 0 < value < 86_400
            ):
                raise ValueError(
                    f"MockLimits.{name} must be a number of seconds above 0 and below a day, not {value!r}"
                )


class _Expired(Exception):
    """The connection's time ran out; ``during_request``: part of a request had arrived."""

    def __init__(self, during_request: bool) -> None:
        super().__init__("expired")
        self.during_request = during_request


class _TooLarge(Exception):
    pass


class _DeadlineReader:
    """The handler's ``rfile``: reads the socket under the connection's deadlines.

    Waiting for a request, the deadline is the idle timeout; from a request's first byte on,
    it is the request timeout, for everything the request sends (a sender dribbling one
    byte at a time cannot hold the connection longer).
    """

    def __init__(self, sock: socket.socket, limits: MockLimits) -> None:
        self._sock = sock
        self._limits = limits
        self._buffer = bytearray()
        self._deadline = 0.0
        self.started: float | None = None

    def wait_for_request(self) -> None:
        now = time.monotonic()
        if self._buffer:  # a pipelined request is already here
            self.started = now
            self._deadline = now + self._limits.request_timeout
        else:
            self.started = None
            self._deadline = now + self._limits.idle_timeout

    def _fill(self) -> bool:
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            raise _Expired(self.started is not None)
        self._sock.settimeout(remaining)
        try:
            chunk = self._sock.recv(65_536)
        except TimeoutError:
            raise _Expired(self.started is not None) from None
        if not chunk:
            return False
        if self.started is None:
            self.started = time.monotonic()
            self._deadline = self.started + self._limits.request_timeout
        self._buffer += chunk
        return True

    def _take(self, count: int) -> bytes:
        data = bytes(self._buffer[:count])
        del self._buffer[:count]
        return data

    def readline(self, limit: int = -1) -> bytes:
        scanned = 0
        while True:
            end = self._buffer.find(b"\n", scanned)
            if end >= 0 and (limit < 0 or end < limit):
                return self._take(end + 1)
            if limit >= 0 and len(self._buffer) >= limit:
                return self._take(limit)
            scanned = len(self._buffer)
            if not self._fill():
                return self._take(len(self._buffer))

    def read(self, count: int = -1) -> bytes:
        if count < 0:
            raise ValueError("the mock reads bodies of a known length only")
        while len(self._buffer) < count:
            if not self._fill():
                break
        return self._take(min(count, len(self._buffer)))

    def close(self) -> None:
        self._buffer.clear()


class _Refusal(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # The answer goes out in one write; still, never wait for the client's delayed ACK.
    disable_nagle_algorithm = True
    app: MockApp
    limits: MockLimits
    rfile: Any

    def setup(self) -> None:
        super().setup()
        self.rfile = _DeadlineReader(self.connection, self.limits)
        self._started = time.monotonic()
        self._linger = False

    def finish(self) -> None:
        super().finish()
        if self._linger:
            self._drain()

    def _drain(self) -> None:
        """After a refusal, read and drop what the client still sends for a moment before
        closing: closing with unread bytes makes the kernel reset the connection, and the
        client may then lose the answer it was sent."""
        try:
            self.connection.shutdown(socket.SHUT_WR)
            deadline = time.monotonic() + LINGER_SECONDS
            while (remaining := deadline - time.monotonic()) > 0:
                self.connection.settimeout(remaining)
                if not self.connection.recv(65_536):
                    break
        except OSError:
            pass

    # -- one request -------------------------------------------------------------

    def handle_one_request(self) -> None:
        reader: _DeadlineReader = self.rfile
        reader.wait_for_request()
        self.command, self.path, self.request_version = "", "", "HTTP/1.1"
        self.requestline = ""
        try:
            self.raw_requestline = reader.readline(MAX_REQUEST_LINE + 1)
            self._started = reader.started or time.monotonic()
            if not self.raw_requestline:
                self.close_connection = True
                return
            if len(self.raw_requestline) > MAX_REQUEST_LINE:
                self._refuse(414, f"the request line is longer than {MAX_REQUEST_LINE} bytes")
                return
            if not self.parse_request():
                return  # parse_request answered (send_error below)
            if self.request_version == "HTTP/0.9":
                self.request_version = "HTTP/1.0"
                self._refuse(400, "HTTP/0.9 requests are not supported: send HTTP/1.1")
                return
            self._serve()
        except _Expired as expired:
            if expired.during_request:
                self._refuse(
                    408,
                    f"the request did not arrive whole within {self.limits.request_timeout:g} s of its first byte",
                )
            self.close_connection = True
        except OSError:
            self.close_connection = True

    def _serve(self) -> None:
        try:
            body = self._read_body()
        except _Refusal as refusal:
            self._refuse(refusal.status, str(refusal))
            return
        try:
            response = self.app.answer(self.command, self.path, dict(self.headers.items()), body)
        except Exception as exc:  # a bug of the mock: say so, keep serving
            log.exception("mock failed on %s %s", self.command, self._path_only())
            message = f"the mock failed: {type(exc).__name__}: {exc}"
            response = MockResponse(
                500,
                {"Content-Type": "application/json", "X-Coinspec-Mock": "mock-failed"},
                dumps({"mock_error": message, "status": 500}).encode(),
                None,
                message,
            )
        self._write(response)

    def _read_body(self) -> bytes:
        lengths = self.headers.get_all("Content-Length") or []
        encodings = self.headers.get_all("Transfer-Encoding") or []
        cap = self.limits.max_body_bytes
        if encodings:
            if lengths:
                raise _Refusal(400, "a request with both Content-Length and Transfer-Encoding")
            coding = ",".join(encodings).strip().lower()
            if coding != "chunked":
                raise _Refusal(
                    400, f"Transfer-Encoding {coding[:50]!r} is not supported (only chunked)"
                )
            return self._read_chunked(cap)
        if not lengths:
            return b""
        texts = {text.strip() for text in lengths}
        if len(texts) > 1:
            raise _Refusal(400, f"the request gives {len(lengths)} different Content-Length values")
        text = texts.pop()
        if not re.fullmatch(r"[0-9]{1,19}", text):
            raise _Refusal(
                400, f"Content-Length {text[:40]!r} is not a number of bytes (digits only)"
            )
        length = int(text)
        if length > cap:
            raise _Refusal(
                413,
                f"the request body of {length} bytes is larger than the mock accepts ({cap} bytes)",
            )
        body: bytes = self.rfile.read(length)
        if len(body) < length:
            raise _Refusal(400, f"the connection ended after {len(body)} of {length} body bytes")
        return body

    def _read_chunked(self, cap: int) -> bytes:
        body = bytearray()
        while True:
            line = self.rfile.readline(1026)
            size_text = line.split(b";", 1)[0].strip()
            if not line.endswith(b"\n") or not re.fullmatch(rb"[0-9A-Fa-f]{1,8}", size_text):
                raise _Refusal(400, f"a chunk size line is malformed: {line[:40]!r}")
            size = int(size_text, 16)
            if len(body) + size > cap:
                raise _Refusal(
                    413, f"the chunked request body is larger than the mock accepts ({cap} bytes)"
                )
            if size == 0:
                break
            chunk = self.rfile.read(size)
            if len(chunk) < size or self.rfile.readline(3) not in (b"\r\n", b"\n"):
                raise _Refusal(400, "a chunk is shorter than its size line says")
            body += chunk
        for _ in range(100):  # trailers, then the blank line
            trailer = self.rfile.readline(8194)
            if trailer in (b"\r\n", b"\n"):
                return bytes(body)
            if not trailer.endswith(b"\n"):
                raise _Refusal(400, "the chunked body's trailers are malformed")
        raise _Refusal(400, "the chunked body has more than 100 trailer lines")

    # -- answering ---------------------------------------------------------------

    def _write(self, response: MockResponse) -> None:
        status = response.status
        phrase = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else ""
        head = [
            f"{self.request_version if self.request_version.startswith('HTTP/1.') else 'HTTP/1.1'} {status} {phrase}"
        ]
        head += [f"{key}: {value}" for key, value in response.headers.items()]
        head.append(f"Content-Length: {len(response.body)}")
        if self.close_connection:
            head.append("Connection: close")
        elif self.request_version == "HTTP/1.0":
            head.append("Connection: keep-alive")
        data = ("\r\n".join(head) + "\r\n\r\n").encode("latin-1")
        if self.command != "HEAD":
            data += response.body
        self.connection.settimeout(self.limits.request_timeout)
        self.wfile.write(data)
        self.wfile.flush()
        self._log(status, response.operation, response.problem)

    def _refuse(self, status: int, message: str) -> None:
        """Answer a request the server could not read to the end, and close the connection
        (what follows on it cannot be told apart from the rest of this request)."""
        self.close_connection = True
        self._linger = True
        try:
            self._write(
                MockResponse(
                    status,
                    {"Content-Type": "application/json", "X-Coinspec-Mock": "request-invalid"},
                    dumps({"mock_error": message, "status": status}).encode(),
                    None,
                    message,
                )
            )
        except OSError:
            pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """http.server's parsing refuses through here (bad request line, headers too long or
        too many, an HTTP version it does not speak): the same JSON refusal, always a 4xx."""
        reason = explain or message or HTTPStatus(code).phrase
        if code == HTTPStatus.HTTP_VERSION_NOT_SUPPORTED:
            code, reason = 400, f"{message}: the mock speaks HTTP/1.0 and HTTP/1.1"
        elif code >= 500:
            code = 400
        if self.request_version not in ("HTTP/1.0", "HTTP/1.1"):
            self.request_version = "HTTP/1.1"
        self._refuse(code, reason)

    # -- logging -----------------------------------------------------------------

    def _path_only(self) -> str:
        # The query string may carry a credential (an API key in the query): never logged.
        path = self.path.split("?", 1)[0]
        return path if len(path) <= 200 else path[:200] + "…"

    def _log(self, status: int, operation: str | None, problem: str | None) -> None:
        if not log.isEnabledFor(logging.INFO):
            return
        elapsed = (time.monotonic() - self._started) * 1000
        method = self.command if re.fullmatch(r"[A-Z]{1,20}", self.command or "") else "-"
        line = f"{method} {self._path_only() or '-'} {status} {elapsed:.1f}ms"
        if operation:
            line += f" {operation}"
        if problem:
            line += f" ({problem})"
        log.info("%s", line)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # http.server's own lines: every request is logged once, by _log


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(
        self, address: tuple[str, int], handler: type[_Handler], limits: MockLimits
    ) -> None:
        self._slots = threading.BoundedSemaphore(limits.max_connections)
        self._closing = threading.Event()
        super().__init__(address, handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        # Past max_connections, wait for a slot; the next connections wait in the listen queue.
        while not self._slots.acquire(timeout=0.2):
            if self._closing.is_set():
                self.shutdown_request(request)
                return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def handle_error(self, request: Any, client_address: Any) -> None:
        log.exception(
            "mock connection from %s failed", client_address[0] if client_address else "?"
        )


class MockServer:
    """A mock on a loopback port in a background thread; ``with MockServer(api) as url``."""

    def __init__(
        self,
        api: str,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        options: dict[str, str] | None = None,
        limits: MockLimits | None = None,
        list_length: int | None = None,
    ) -> None:
        extra = {} if list_length is None else {"list_length": list_length}
        self.app = MockApp(api, options, **extra)
        self.limits = limits or MockLimits()
        handler = type("Handler", (_Handler,), {"app": self.app, "limits": self.limits})
        self._server = _Server((host, port), handler, self.limits)
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        address, port = self._server.server_address[:2]
        host = address.decode() if isinstance(address, bytes) else str(address)
        return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"

    def start(self) -> str:
        self._thread = threading.Thread(
            target=self._server.serve_forever, name=f"coinspec-mock-{self.app.api}", daemon=True
        )
        self._thread.start()
        return self.url

    def serve_forever(self) -> None:
        self._server.serve_forever()

    def stop(self) -> None:
        self._server._closing.set()
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> str:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
