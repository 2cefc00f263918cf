"""The mock stays up: every bad request gets a 4xx with a reason, bounded in time and memory.

Each case of issue #14's "The mock stays up" is sent to the mock process as raw bytes; the
honest request beside it is accepted. The limits are small here so that the tests are quick.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from .process import MockProcess, mock_process
from .rawhttp import NoResponse, RawResponse, connect, exchange, read_response, request

LIMITS = ("--request-timeout", "1", "--idle-timeout", "1", "--max-body-bytes", "65536")
EMAIL = {"Content-Type": "application/json"}
HONEST_EMAIL = json.dumps({"orderId": 1, "userEmail": "a@b.c"}).encode()


@pytest.fixture(scope="module")
def swapgate() -> Iterator[MockProcess]:
    with mock_process("swapgate", *LIMITS) as mock:
        yield mock


@pytest.fixture(scope="module")
def hodlhodl() -> Iterator[MockProcess]:
    with mock_process("hodlhodl", "--quiet", *LIMITS) as mock:
        yield mock


def post_email(
    mock: MockProcess, body: bytes, headers: dict[str, str] | None = None
) -> RawResponse:
    return exchange(mock.url, request("POST", "/set-email", {**EMAIL, **(headers or {})}, body))


def test_the_honest_request_is_served(swapgate: MockProcess) -> None:
    assert post_email(swapgate, HONEST_EMAIL).status == 200


# -- bodies ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"[" * 60_000, "request body nests deeper than 64 levels"),
        (b'{"a":' * 500 + b"1" + b"}" * 500, "request body nests deeper than 64 levels"),
        (
            b'{"orderId": 1, "userEmail": "a@b.c", "orderId": 2}',
            "request body: the key 'orderId' appears twice in one object",
        ),
        (b'{"orderId": NaN, "userEmail": "a@b.c"}', "request body: NaN is not a JSON number"),
        (
            b'{"orderId": 1e100000000, "userEmail": "a@b.c"}',
            "request body: the number 1e100000000 has an exponent beyond ±1000",
        ),
        (
            b'{"orderId": ' + b"9" * 5000 + b"}",
            "request body: a number of 5000 characters (the mock reads at most 100)",
        ),
        (b'{"userEmail": "\xff"}', "request body is not UTF-8 (byte 15: b'\\xff')"),
        (
            b"{oops",
            "request body is not valid JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)",
        ),
    ],
    ids=[
        "deep-array",
        "deep-object",
        "duplicate-key",
        "nan",
        "huge-exponent",
        "long-number",
        "not-utf8",
        "not-json",
    ],
)
def test_a_json_body_that_cannot_be_read(swapgate: MockProcess, body: bytes, reason: str) -> None:
    response = post_email(swapgate, body)
    assert (response.status, response.reason) == (400, reason)
    assert response.elapsed < 1


@pytest.mark.parametrize(
    ("length", "status", "reason"),
    [
        ("abc", 400, "Content-Length 'abc' is not a number of bytes (digits only)"),
        ("-1", 400, "Content-Length '-1' is not a number of bytes (digits only)"),
        ("+5", 400, "Content-Length '+5' is not a number of bytes (digits only)"),
        ("1_0", 400, "Content-Length '1_0' is not a number of bytes (digits only)"),
        (
            str(10**12),
            413,
            "the request body of 1000000000000 bytes is larger than the mock accepts (65536 bytes)",
        ),
    ],
)
def test_a_content_length_that_is_not_a_size_it_reads(
    swapgate: MockProcess, length: str, status: int, reason: str
) -> None:
    before = swapgate.rss_bytes()
    response = post_email(swapgate, HONEST_EMAIL, {"Content-Length": length})
    assert (response.status, response.reason) == (status, reason)
    assert response.headers["connection"] == "close"  # the rest of the stream is not a request
    assert response.elapsed < 1  # no waiting for bytes that never come
    assert swapgate.rss_bytes() - before < 16 * 1024 * 1024


def test_two_different_lengths_are_refused(swapgate: MockProcess) -> None:
    raw = request("POST", "/set-email", {**EMAIL, "Content-Length": "3"}, b"")
    raw = raw.replace(b"\r\n\r\n", b"\r\nContent-Length: 4\r\n\r\n")
    response = exchange(swapgate.url, raw + b"{}{}")
    assert (response.status, response.reason) == (
        400,
        "the request gives 2 different Content-Length values",
    )


def test_a_body_over_the_cap_is_refused_before_it_is_read(swapgate: MockProcess) -> None:
    body = b" " * (65536 + 1)
    response = post_email(swapgate, body)
    assert response.status == 413
    just_under = json.dumps({"orderId": 1, "userEmail": "a@b.c"}).encode().ljust(65536)
    assert post_email(swapgate, just_under).status == 200


def test_chunked_bodies_are_read_under_the_cap(swapgate: MockProcess) -> None:
    def chunked(*chunks: bytes) -> bytes:
        return b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in chunks) + b"0\r\n\r\n"

    headers = {**EMAIL, "Transfer-Encoding": "chunked"}
    honest = exchange(
        swapgate.url,
        request("POST", "/set-email", headers) + chunked(HONEST_EMAIL[:5], HONEST_EMAIL[5:]),
    )
    assert honest.status == 200
    big = exchange(
        swapgate.url, request("POST", "/set-email", headers) + chunked(b" " * 40000, b" " * 40000)
    )
    assert (big.status, big.reason) == (
        413,
        "the chunked request body is larger than the mock accepts (65536 bytes)",
    )
    bad = exchange(swapgate.url, request("POST", "/set-email", headers) + b"zz\r\n")
    assert (bad.status, bad.reason) == (400, "a chunk size line is malformed: b'zz\\r\\n'")
    gzip = exchange(
        swapgate.url, request("POST", "/set-email", {**EMAIL, "Transfer-Encoding": "gzip"})
    )
    assert (gzip.status, gzip.reason) == (
        400,
        "Transfer-Encoding 'gzip' is not supported (only chunked)",
    )


# -- query strings and form bodies -------------------------------------------------


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        (
            "pagination[limit]=NaN",
            "query parameter 'pagination'['limit']: 'NaN' is not of type 'integer'",
        ),
        (
            "pagination[limit]=sNaN",
            "query parameter 'pagination'['limit']: 'sNaN' is not of type 'integer'",
        ),
        (
            "pagination[limit]=Infinity",
            "query parameter 'pagination'['limit']: 'Infinity' is not of type 'integer'",
        ),
        (
            "pagination[limit]=1e999999",
            "query parameter 'pagination'['limit']: '1e999999' is not of type 'integer'",
        ),
        (
            "pagination[a][b]=1",
            "query parameter 'pagination': 'pagination[a][b]' is not pagination[key] or pagination[key][] (deepObject)",
        ),
        (
            "pagination[nope]=1",
            "query parameter 'pagination': 'pagination[nope]' has no key 'nope' (known keys: limit, offset)",
        ),
        (
            "pagination[limit]=1&pagination[limit]=2",
            "query parameter 'pagination': pagination[limit] is given twice",
        ),
        ("pagination=1", "unknown query parameter(s) 'pagination' for GET /offers"),
    ],
)
def test_deep_object_values_that_are_not_what_the_schema_says(
    hodlhodl: MockProcess, query: str, reason: str
) -> None:
    response = exchange(hodlhodl.url, request("GET", f"/offers?{query}"))
    assert (response.status, response.reason) == (400, reason)


def test_the_honest_deep_object_is_served(hodlhodl: MockProcess) -> None:
    assert exchange(hodlhodl.url, request("GET", "/offers?pagination[limit]=5")).status == 200


def test_a_multipart_field_that_is_not_utf8() -> None:
    boundary = "b0undary"

    def multipart(street: bytes) -> bytes:
        parts = []
        for name, value in (
            ("country", b"RO"),
            ("city", b"Pitesti"),
            ("zip", b"123456"),
            ("street", street),
        ):
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
                + value
                + b"\r\n"
            )
        return b"".join(parts) + f"--{boundary}--\r\n".encode()

    headers = {
        "Content-Type": f"multipart/form-data; boundary={boundary}",
        "Authorization": "Bearer t",
    }
    with mock_process("cryptocoinpro", "--quiet", *LIMITS) as mock:
        target = "/user/ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3/kyc/address"
        honest = exchange(mock.url, request("POST", target, headers, multipart(b"Strada 1")))
        bad = exchange(mock.url, request("POST", target, headers, multipart(b"Strada \xff")))
        no_boundary = exchange(
            mock.url,
            request("POST", target, {**headers, "Content-Type": "multipart/form-data"}, b"x"),
        )
    assert honest.status == 200
    assert (bad.status, bad.reason) == (
        400,
        "multipart field 'street' is not UTF-8 (byte 7); send binary content as a file part",
    )
    assert (no_boundary.status, no_boundary.reason) == (
        400,
        "a multipart/form-data body needs a boundary parameter in its Content-Type",
    )


# -- the request line and headers ---------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "status", "reason"),
    [
        (
            b"GET /instruments HTTP/2.0\r\n\r\n",
            400,
            "Invalid HTTP version (2.0): the mock speaks HTTP/1.0 and HTTP/1.1",
        ),
        (
            b"BREW /instruments HTTP/1.1\r\n\r\n",
            405,
            "BREW /instruments: method not allowed (allowed: GET)",
        ),
        (b"GET /instruments\r\n\r\n", 400, "HTTP/0.9 requests are not supported: send HTTP/1.1"),
        (
            b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n",
            400,
            "Bad request syntax ('\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01ü\\x03\\x03')",
        ),
        (
            b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\n\r\n",
            414,
            "the request line is longer than 65536 bytes",
        ),
        (
            b"GET /instruments HTTP/1.1\r\n" + b"X-A: 1\r\n" * 101 + b"\r\n",
            431,
            "got more than 100 headers",
        ),
        (
            b"GET /instruments HTTP/1.1\r\nX-A: " + b"a" * 70_000 + b"\r\n\r\n",
            431,
            "got more than 65536 bytes when reading header line",
        ),
        (b"GET /%ff HTTP/1.1\r\n\r\n", 404, "GET /%ff: no such operation in the swapgate spec"),
    ],
    ids=[
        "http2",
        "unknown-method",
        "http09",
        "tls-hello",
        "long-line",
        "many-headers",
        "long-header",
        "bad-path",
    ],
)
def test_a_request_line_or_header_that_cannot_be_read(
    swapgate: MockProcess, raw: bytes, status: int, reason: str
) -> None:
    response = exchange(swapgate.url, raw)
    assert (response.status, response.reason) == (status, reason)


def test_pipelined_requests_are_all_answered(swapgate: MockProcess) -> None:
    with connect(swapgate.url) as sock:
        sock.sendall(request("GET", "/instruments") * 3)
        statuses = [read_response(sock).status for _ in range(3)]
    assert statuses == [200, 200, 200]


# -- time and threads -------------------------------------------------------------


def test_a_request_that_dribbles_in_gets_408(swapgate: MockProcess) -> None:
    with connect(swapgate.url) as sock:
        started = time.monotonic()
        sock.sendall(b"POST /set-email HTTP/1.1\r\nContent-Length: 100\r\n")
        for _ in range(4):  # a byte every 0.4 s: each read is quick, the request is not
            time.sleep(0.4)
            try:
                sock.sendall(b"X")
            except OSError:
                break
        response = read_response(sock)
    assert (response.status, response.reason) == (
        408,
        "the request did not arrive whole within 1 s of its first byte",
    )
    assert time.monotonic() - started < 2.5


def test_an_idle_connection_is_closed(swapgate: MockProcess) -> None:
    with connect(swapgate.url) as sock:
        sock.sendall(request("GET", "/instruments"))
        assert read_response(sock).status == 200
        started = time.monotonic()
        assert sock.recv(1) == b""  # closed by the mock, having sent everything it owed
        assert 0.8 < time.monotonic() - started < 2.5


def test_slow_connections_hold_a_bounded_number_of_threads() -> None:
    """200 connections that never finish their request: at most max-connections threads;
    each gets its 408, and an honest request behind them is served."""
    with mock_process(
        "swapgate", "--quiet", "--request-timeout", "1", "--max-connections", "64"
    ) as mock:
        idle_threads = mock.threads()
        sockets = []
        for _ in range(200):
            sock = connect(mock.url, timeout=30)
            sock.sendall(b"GET /instruments HTTP/1.1\r\n")  # and nothing more
            sockets.append(sock)
        time.sleep(0.5)
        assert mock.threads() <= idle_threads + 64
        honest: list[int] = []
        waiter = threading.Thread(
            target=lambda: honest.append(
                httpx.get(mock.url + "/instruments", timeout=30).status_code
            )
        )
        waiter.start()
        statuses = []
        for sock in sockets:
            with sock:
                statuses.append(read_response(sock).status)
        waiter.join(timeout=30)
        peak = mock.threads()
    assert statuses == [408] * 200
    assert honest == [200]
    assert peak <= idle_threads + 64


def test_no_response_is_what_the_helper_reports(swapgate: MockProcess) -> None:
    """The helper the tests read with fails when a server closes without answering."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    url = f"http://127.0.0.1:{server.getsockname()[1]}"

    def close_at_once() -> None:
        conn, _ = server.accept()
        conn.recv(100)
        conn.close()

    threading.Thread(target=close_at_once, daemon=True).start()
    with pytest.raises(NoResponse, match="connection closed"):
        exchange(url, request("GET", "/"))
    server.close()
