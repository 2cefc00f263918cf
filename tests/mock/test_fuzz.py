"""Fuzzing the mock process: random and malformed requests, each answered whole, none with a 5xx.

Bounded: a fixed number of requests per service from fixed seeds (a failure names the seed
and the request, so it can be replayed), a few workers, short server timeouts.
"""

from __future__ import annotations

import json
import random
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import quote

import pytest

from coinspec._core.spec import load_spec

from .process import mock_process
from .rawhttp import NoResponse, connect, exchange, read_response

REQUESTS_PER_SERVICE = 250
WORKERS = 6
SERVER_LIMITS = ("--request-timeout", "1", "--idle-timeout", "1", "--max-body-bytes", "200000")

NASTY_TEXT = [
    "",
    "NaN",
    "sNaN",
    "-Infinity",
    "1e100000000",
    "9" * 400,
    "-0",
    "0x10",
    "1_000",
    "true",
    "null",
    "%ff%fe",
    "%00",
    "..",
    "ü",
    "\u202e",
    "[]",
    "{}",
    "a" * 3000,
    "' OR 1=1 --",
]
NASTY_JSON = [
    b"[" * 5000,
    b'{"a":' * 300 + b"1" + b"}" * 300,
    b'{"x": 1, "x": 2}',
    b'{"n": NaN}',
    b'{"n": 1e999999999}',
    b'{"n": ' + b"1" * 2000 + b"}",
    b"\xff\xfe{}",
    b'"\xed\xa0\x80"',
    b"{",
    b"",
    b"null",
    b"[]",
    b'{"a": "\\ud800"}',
]
METHODS = [
    "GET",
    "POST",
    "PUT",
    "DELETE",
    "PATCH",
    "HEAD",
    "OPTIONS",
    "TRACE",
    "BREW",
    "G E T",
    "get",
    "\x00",
]


def _operations(api: str) -> list[tuple[str, str, list[dict[str, Any]], Any]]:
    spec = load_spec(api)
    found = []
    for op in spec.operations():
        body = spec.media(op.id)
        example = spec.media_example(body[1]) if body else None
        found.append((op.method.upper(), op.path, [dict(p) for p in op.parameters], example))
    return found


def _mutate_json(rng: random.Random, value: Any) -> bytes:
    choice = rng.random()
    if choice < 0.35:
        return rng.choice(NASTY_JSON)
    text = json.dumps(value, default=str).encode()
    if choice < 0.55 and text:
        cut = rng.randrange(len(text))
        return text[:cut] + bytes([rng.randrange(256)]) + text[cut + 1 :]
    if choice < 0.7 and isinstance(value, dict) and value:
        key = rng.choice(list(value))
        return json.dumps(
            {**value, key: rng.choice([*NASTY_TEXT, 10**30, -1, [], {}, None])}, default=str
        ).encode()
    if choice < 0.8:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(200)))
    return text


def _request(
    rng: random.Random, operations: list[tuple[str, str, list[dict[str, Any]], Any]]
) -> bytes:
    kind = rng.random()
    if kind < 0.08:  # noise that is no HTTP at all
        return bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400))) + b"\r\n\r\n"
    method, path, parameters, example = rng.choice(operations)
    if rng.random() < 0.1:
        method = rng.choice(METHODS)
    target = path
    for param in parameters:
        if param.get("in") == "path":
            value = rng.choice([str(param.get("example", "x")), *NASTY_TEXT[:12]])
            target = target.replace("{" + param["name"] + "}", quote(value, safe="%"))
    query = []
    for param in parameters:
        if param.get("in") != "query" or rng.random() < 0.4:
            continue
        name = param["name"]
        if param.get("style") == "deepObject":
            key = rng.choice(
                ["limit", "offset", "side", "status", "a][b", "", "newer_than_id", "x[]"]
            )
            name = f"{name}[{key}]"
        query.append(
            f"{quote(name, safe='[]')}={quote(rng.choice([*NASTY_TEXT, str(param.get('example', '1'))]), safe='%')}"
        )
    if rng.random() < 0.1:
        query.append(f"{rng.choice(NASTY_TEXT[:10])}=1")
    if query:
        target += "?" + "&".join(query)
    headers = {"Host": "mock", "Authorization": "Bearer fuzz", "token": "fuzz"}
    body = b""
    if example is not None or rng.random() < 0.2:
        body = _mutate_json(rng, example)
        headers["Content-Type"] = rng.choice(
            ["application/json"] * 6
            + [
                "multipart/form-data; boundary=x",
                "multipart/form-data",
                "application/x-www-form-urlencoded",
                "text/plain",
                "\xff",
            ]
        )
    length = str(len(body))
    roll = rng.random()
    if roll < 0.06:
        length = rng.choice(
            ["abc", "-1", "+1", "1e3", " ", "18446744073709551616", str(10**12), "0x10", "1,1"]
        )
    elif roll < 0.1:
        headers["Transfer-Encoding"] = rng.choice(["chunked", "gzip", "chunked, chunked"])
        body = rng.choice(
            [b"5\r\nhello\r\n0\r\n\r\n", b"zz\r\n", b"ffffffff\r\n", b"0\r\n\r\n", body]
        )
        length = ""
    if length:
        headers["Content-Length"] = length
    if rng.random() < 0.2:
        headers["Prefer"] = rng.choice(
            [
                "code=503",
                "code=429, retry-after=1",
                "code=999",
                "code=abc",
                "example=nope",
                "code=200, example=x",
                "retry-after=-5",
            ]
        )
    if rng.random() < 0.05:
        headers["X-Long"] = "a" * rng.choice([100, 70_000])
    version = rng.choice(["HTTP/1.1"] * 10 + ["HTTP/1.0", "HTTP/2.0", "HTTP/1.1x", ""])
    line = f"{method} {target} {version}".rstrip()
    head = "\r\n".join([line, *(f"{k}: {v}" for k, v in headers.items())]) + "\r\n\r\n"
    return head.encode("utf-8", "surrogateescape") + body


def _asked_for(raw: bytes, status: int) -> bool:
    """A 5xx the request asked for (``Prefer: code=503``) is an answer, not a failure."""
    return f"Prefer: code={status}".encode() in raw.split(b"\r\n\r\n", 1)[0]


SERVICES = [("swapgate", 1), ("hodlhodl", 2), ("cryptocoinpro", 3), ("coinjoin", 4)]


@pytest.mark.parametrize(("api", "seed"), SERVICES)
def test_random_and_malformed_requests_each_get_a_whole_answer_below_500(
    api: str, seed: int
) -> None:
    rng = random.Random(seed)
    operations = _operations(api)
    requests = [_request(rng, operations) for _ in range(REQUESTS_PER_SERVICE)]
    with mock_process(api, "--quiet", *SERVER_LIMITS) as mock:

        def send(raw: bytes) -> tuple[bytes, int | str]:
            try:
                return raw, exchange(mock.url, raw, timeout=10).status
            except NoResponse as missing:
                return raw, f"no response: {missing}"

        with ThreadPoolExecutor(WORKERS) as pool:
            results = list(pool.map(send, requests))
        alive = exchange(mock.url, b"GET / HTTP/1.1\r\nHost: mock\r\n\r\n").status
    bad = [
        (raw[:300], status)
        for raw, status in results
        if not isinstance(status, int) or (status >= 500 and not _asked_for(raw, status))
    ]
    assert not bad, (
        f"seed {seed}: {len(bad)} of {len(results)} requests got no answer or a 5xx: {bad[:5]}"
    )
    statuses = {status for _, status in results}
    assert any(isinstance(s, int) and 200 <= s < 300 for s in statuses), (
        statuses
    )  # it was really serving
    assert any(isinstance(s, int) and 400 <= s < 500 for s in statuses), statuses
    assert alive in (404, 405)  # still up afterwards


@pytest.mark.parametrize(("api", "seed"), [(api, seed + 10) for api, seed in SERVICES[:2]])
def test_requests_on_one_connection_are_answered_until_the_mock_says_close(
    api: str, seed: int
) -> None:
    """Several requests sent at once on a kept-alive connection: each is answered in order
    until an answer carries ``Connection: close``; the connection never just ends."""
    rng = random.Random(seed)
    operations = _operations(api)
    batches = [[_request(rng, operations) for _ in range(rng.randrange(2, 5))] for _ in range(60)]
    with mock_process(api, "--quiet", *SERVER_LIMITS) as mock:

        def send(batch: list[bytes]) -> str | None:
            with connect(mock.url, timeout=10) as sock:
                try:
                    sock.sendall(b"".join(batch))
                except OSError:
                    pass
                for number, raw in enumerate(batch, start=1):
                    try:
                        response = read_response(sock, head=raw.startswith(b"HEAD "))
                    except NoResponse as missing:
                        return f"request {number} of {len(batch)} ({raw[:120]!r}): {missing}"
                    if response.status >= 500 and not _asked_for(raw, response.status):
                        return f"request {number} ({raw[:120]!r}) got {response.status}"
                    if response.headers.get("connection") == "close":
                        return None
            return None

        with ThreadPoolExecutor(WORKERS) as pool:
            problems = [p for p in pool.map(send, batches) if p]
    assert not problems, f"seed {seed}: {problems[:5]}"
