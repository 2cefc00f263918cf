"""What standard OpenAPI says, a generated client does on the wire.

One small document in none of coinspec's conventions, with the constructs real documents
use (status ranges, `default` responses, cookie parameters, basic and OAuth2 security, text
and binary bodies, parameters of one name in two places, an enum as a request body),
generated once; each test calls the client against an httpx transport that records the
request and answers as a server would.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from coinspec._core import spec as specs
from coinspec.mock.app import MockApp
from generator.__main__ import main

ROOT = Path(__file__).resolve().parents[2]

DOCUMENT = """\
openapi: 3.0.3
info: {title: Wild Things, version: "1"}
servers: [{url: "https://wild.example/v1"}]
security: [{basic: []}]
paths:
  /items/{id}:
    get:
      operationId: getItem
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: id, in: query, schema: {type: string}}
        - {name: orderId, in: query, schema: {type: integer}}
        - {name: order_id, in: query, schema: {type: integer}}
        - {name: session, in: cookie, schema: {type: string}}
      responses:
        2XX:
          description: found
          content:
            application/json:
              schema: {$ref: "#/components/schemas/item"}
        4XX:
          description: a client error
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Problem"}
        default:
          description: anything else
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Error"}
  /items/{id}/notes:
    get:
      operationId: get-notes
      security: [{}, {token: []}]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: since, in: query, schema: {type: string, format: byte}}
        - name: filter
          in: query
          content:
            application/json:
              schema: {type: object, properties: {tag: {type: string}, min: {type: number}}}
      responses:
        "200":
          description: the notes as text
          content:
            text/plain:
              schema: {type: string}
  /items/{id}/picture:
    get:
      operationId: getPicture
      security: [{keyCookie: []}]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: the picture
          content:
            image/png:
              schema: {type: string, format: binary}
    put:
      operationId: putPicture
      security: [{token: []}]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      requestBody:
        required: true
        content:
          application/octet-stream:
            schema: {type: string, format: binary}
      responses:
        "204": {description: stored}
  /mode:
    put:
      operationId: setMode
      requestBody:
        required: true
        content:
          application/vnd.wild+json:
            schema: {$ref: "#/components/schemas/mode"}
      responses:
        "204": {description: set}
    patch:
      operationId: close
      requestBody:
        content:
          application/json:
            schema: {$ref: "#/components/schemas/item"}
      responses:
        "204": {description: patched}
components:
  securitySchemes:
    basic: {type: http, scheme: basic}
    token:
      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: https://wild.example/token
          scopes: {}
    keyCookie: {type: apiKey, in: cookie, name: key}
  schemas:
    item:
      type: object
      required: [name]
      properties:
        name: {type: string}
        weight: {type: number, format: double, nullable: true}
        hash: {type: string, format: byte}
    mode:
      type: string
      enum: [fast, slow]
    Settings:
      type: object
      properties:
        ratio: {type: number, format: double, default: 0.5}
        fee: {type: string, format: decimal, default: "0.10"}
        count: {type: string, format: integer, default: "7"}
        seed: {type: string, format: byte, default: "AP8="}
    Problem:
      type: object
      properties:
        title: {type: string}
    Error:
      type: object
      required: [code, message]
      properties:
        code: {type: integer}
        message: {type: string}
"""


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    base = tmp_path_factory.mktemp("wild")
    (base / "specs").mkdir()
    (base / "specs" / "wild.yaml").write_text(DOCUMENT, encoding="utf-8")
    out = base / "out"
    assert main(["generate", "--specs", str(base / "specs"), "--out", str(out)]) == 0
    sys.path.insert(0, str(out / "src"))
    import coinspec

    coinspec.__path__.append(str(out / "src" / "coinspec"))
    try:
        import coinspec.wild as wild  # type: ignore[import-untyped,unused-ignore]  # generated here

        yield wild
    finally:
        sys.path.remove(str(out / "src"))
        coinspec.__path__.remove(str(out / "src" / "coinspec"))
        for name in [n for n in sys.modules if n.startswith("coinspec.wild")]:
            del sys.modules[name]


class Server:
    """An httpx transport that keeps each request and answers with the next response."""

    def __init__(self, *responses: httpx.Response) -> None:
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.responses.pop(0)


def client(wild: Any, server: Server, **credentials: str) -> Any:
    return wild.WildThings(transport=httpx.MockTransport(server), max_retries=0, **credentials)


def test_basic_credentials_cookies_and_parameters_of_one_name(package: Any) -> None:
    server = Server(httpx.Response(200, json={"name": "rope", "weight": None}))
    with client(package, server, username="ann", password="s3cret") as wild:
        item = wild.get_item(id="a b", id_query="q", order_id=1, order_id_2=2, session="x;y")
    request = server.requests[0]
    assert request.url.raw_path.split(b"?")[0] == b"/v1/items/a%20b"
    assert request.url.params.multi_items() == [("id", "q"), ("orderId", "1"), ("order_id", "2")]
    assert request.headers["authorization"] == "Basic " + base64.b64encode(b"ann:s3cret").decode()
    assert request.headers["cookie"] == "session=x%3By"
    assert (item.name, item.weight) == ("rope", None)


def test_numbers_are_exact_and_base64_is_bytes(package: Any) -> None:
    """A `double` is a Decimal from the JSON text, never a float; `format: byte` is bytes."""
    server = Server(
        httpx.Response(200, content=b'{"name": "rope", "weight": 0.1, "hash": "//////////8="}'),
        httpx.Response(204),
    )
    with client(package, server, username="u", password="p") as wild:
        item = wild.get_item(id="a")
        wild.close_(body=package.models.Item(name="new", weight=Decimal("2.50"), hash=b"\x00\xff"))
    assert item.weight == Decimal("0.1") and type(item.weight) is not float
    assert item.hash == b"\xff" * 8
    assert json.loads(server.requests[1].content, parse_float=Decimal) == {
        "name": "new",
        "weight": Decimal("2.50"),
        "hash": "AP8=",
    }
    with pytest.raises(package.errors.WildThingsRequestError, match="exact"):
        with client(package, Server(), username="u", password="p") as wild:
            wild.close_(body={"name": "x", "weight": 0.1})


def test_defaults_are_values_of_their_exact_types(package: Any) -> None:
    """A `double` default is the Decimal of its text, a `format: byte` one its bytes."""
    settings = package.models.Settings()
    assert (settings.ratio, settings.fee) == (Decimal("0.5"), Decimal("0.10"))
    assert type(settings.ratio) is Decimal and str(settings.fee) == "0.10"
    assert settings.count == 7
    assert settings.seed == b"\x00\xff"


def test_a_parameter_of_json_content_is_sent_as_json_text(package: Any) -> None:
    server = Server(httpx.Response(200, text="n", headers={"content-type": "text/plain"}))
    with client(package, server) as wild:
        wild.get_notes(id="a", filter={"tag": "a&b", "min": Decimal("0.10")})
    ((name, text),) = server.requests[0].url.params.multi_items()
    assert name == "filter"
    assert json.loads(text, parse_float=Decimal) == {"tag": "a&b", "min": Decimal("0.10")}


def test_a_byte_parameter_is_sent_as_base64(package: Any) -> None:
    server = Server(httpx.Response(200, text="n", headers={"content-type": "text/plain"}))
    with client(package, server) as wild:
        wild.get_notes(id="a", since=b"\xff\xfe")
    assert server.requests[0].url.params.multi_items() == [("since", "//4=")]


@pytest.mark.parametrize(
    ("credentials", "operation", "header"),
    [
        ({"username": "ann", "password": "pw"}, "get_item", "authorization"),
        ({"key_cookie": "k1"}, "get_picture", "cookie"),
    ],
)
@pytest.mark.parametrize(
    ("location", "keeps"),
    [("https://elsewhere.example/v1/items/a", False), ("https://wild.example/v1/moved", True)],
)
def test_a_basic_or_cookie_credential_stays_with_its_origin_on_a_redirect(
    package: Any,
    credentials: dict[str, str],
    operation: str,
    header: str,
    location: str,
    keeps: bool,
) -> None:
    server = Server(
        httpx.Response(302, headers={"location": location}), httpx.Response(200, json={"name": "r"})
    )
    with (
        httpx.Client(transport=httpx.MockTransport(server), follow_redirects=True) as http,
        package.WildThings(http_client=http, max_retries=0, **credentials) as wild,
    ):
        getattr(wild, operation)(id="a")
    first, redirected = server.requests
    assert header in first.headers
    assert str(redirected.url) == location
    assert (header in redirected.headers) == keeps


def test_a_status_range_and_default_raise_with_their_documented_bodies(package: Any) -> None:
    server = Server(
        httpx.Response(404, json={"title": "no such item"}),
        httpx.Response(503, json={"code": 7, "message": "down"}),
    )
    with client(package, server, username="ann", password="pw") as wild:
        with pytest.raises(package.errors.Status4XXError) as ranged:
            wild.get_item(id="a")
        with pytest.raises(package.errors.WildThingsStatusError) as other:
            wild.get_item(id="a")
    assert ranged.value.status_code == 404
    assert ranged.value.body == package.models.Problem(title="no such item")
    assert not isinstance(other.value, package.errors.Status4XXError)
    assert other.value.body == package.models.Error(code=7, message="down")


def test_text_and_binary_bodies_as_the_spec_types_them(package: Any) -> None:
    server = Server(
        httpx.Response(200, text="first note\nsecond", headers={"content-type": "text/plain"}),
        httpx.Response(200, content=b"\x89PNG\r\n", headers={"content-type": "image/png"}),
        httpx.Response(204),
    )
    with client(package, server, access_token="tok", key_cookie="k1") as wild:
        assert wild.get_notes(id="a") == "first note\nsecond"
        assert wild.get_picture(id="a") == b"\x89PNG\r\n"
        assert wild.put_picture(id="a", body=b"\x00\x01") is None
    notes, picture, upload = server.requests
    assert notes.headers["accept"] == "text/plain"
    assert notes.headers["authorization"] == "Bearer tok"
    assert picture.headers["cookie"] == "key=k1"
    assert upload.content == b"\x00\x01"
    assert upload.headers["content-type"] == "application/octet-stream"


def test_optional_security_sends_without_credentials(package: Any) -> None:
    server = Server(httpx.Response(200, text="n", headers={"content-type": "text/plain"}))
    with client(package, server) as wild:
        assert wild.get_notes(id="a") == "n"
    assert "authorization" not in server.requests[0].headers


def test_an_enum_body_and_an_optional_model_body(package: Any) -> None:
    server = Server(httpx.Response(204), httpx.Response(204), httpx.Response(204))
    with client(package, server, username="u", password="p") as wild:
        wild.set_mode(body=package.models.Mode.FAST)
        wild.close_(body=None)
        wild.close_(body={"name": "rope"})
        assert wild.close is not wild.close_  # the client's own close() is still there
    mode, empty, patched = server.requests
    assert mode.headers["content-type"] == "application/vnd.wild+json"
    assert json.loads(mode.content) == "fast"
    assert empty.content == b""
    assert json.loads(patched.content) == {"name": "rope"}


def test_the_package_passes_mypy_strict(package: Any, tmp_path: Path) -> None:
    out = Path(package.__file__).parents[2]
    paths = [out, ROOT / "sdk" / "src", ROOT / "runtime" / "src"]
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--explicit-package-bases",
            "--cache-dir",
            str(tmp_path / "cache"),
            "-p",
            "coinspec.wild",
        ],
        cwd=out,
        capture_output=True,
        text=True,
        env={**os.environ, "MYPYPATH": os.pathsep.join(map(str, paths))},
        timeout=600,
    )
    assert run.returncode == 0, run.stdout[-3000:]


@pytest.mark.parametrize(
    ("query", "status", "says"),
    [
        ('filter={"tag": "a", "min": 0.5}', 200, ""),
        ("filter={tag", 400, "query parameter 'filter' is not JSON"),
        ('filter={"min": "low"}', 400, "query parameter 'filter'"),
    ],
)
def test_the_mock_reads_a_parameter_of_json_content_as_json(
    package: Any, monkeypatch: pytest.MonkeyPatch, query: str, status: int, says: str
) -> None:
    monkeypatch.setattr(
        specs, "_specs_folder", lambda: Path(package.__file__).parents[1] / "_specs"
    )
    name, _, value = query.partition("=")
    answer = MockApp("wild").answer("GET", f"/items/a/notes?{name}={quote(value)}", {}, b"")
    assert answer.status == status, answer.body
    assert says.encode() in answer.body
