"""No secret leaves the process by accident (issue #14 items 9-12).

A loopback server echoes every credential it was sent, and every secret the client holds,
back in error bodies (as they are, JSON-escaped, inside longer strings, URL-encoded) and in
response headers, on each error path: status, validation, verification and connection
errors. None of it may show in ``str``, ``repr``, ``.message``, ``.body``, the request and
response an error holds, its traceback, its pickle or a DEBUG log line of coinspec, httpx
or httpcore.
"""

from __future__ import annotations

import asyncio
import json
import logging
import pickle
import traceback
from collections.abc import Callable, Iterator
from typing import Any, TypeVar
from urllib.parse import quote

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from coinspec import (
    APIError,
    APIStatusError,
    CoinspecError,
    ConfigurationError,
    ResponseValidationError,
    VerificationError,
)
from coinspec._core.redaction import REDACTED
from coinspec.coinjoin import AsyncCoinJoin, CoinJoin, CoinJoinVerificationError
from coinspec.cryptocoinpro import AsyncCryptoCoinPro, CryptoCoinPro
from coinspec.hodlhodl import (
    AsyncHodlHodl,
    HodlHodl,
    HodlHodlConfigurationError,
    HodlHodlConnectionError,
    HodlHodlRequestError,
    HodlHodlResponseTooLargeError,
    HodlHodlStatusError,
    HodlHodlTimeoutError,
    NotFoundError,
)

from .server import FaultServer, Received

H = TypeVar("H")

KINDS = ["sync", "async"]
API_KEY = "sk-live-9f8e7d6c5b4a3210"
LOGIN_TOKEN = "tok-login-77aa88bb99cc"
HMAC_SECRET = "hmac-secret-0011223344556677"
ESCROW_SIGNING_KEY = "5f" * 32
PEM = (
    rsa.generate_private_key(public_exponent=65537, key_size=2048)
    .private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    .decode()
)
TRANSACTION = {
    "id": "Q96G3MSNW8MPQRTX",
    "status": "complete",
    "depositAddress": "tb1q0pkwdj3pqdp587yrc8sus876kccn5tq577ce5x",
    "depositAmount": "0.0062244",
    "depositTxid": "80bb6cda5036ce277598d949d2e4b3771c56b31ba77b757bf9753a370f16c99",
    "payouts": {"mfuAKvSsAMrC7gjbEEb521uc1myeF9BSsc": "0.006"},
    "txid": "0ea6f3a702a368ed09830d959f1c82b7d8f65f53a783965514380e123fc8ca4e",
    "fee": 0.0002244,
    "delay": "0",
    "updated": "2022-04-28T09:46:11+00:00",
    "created": "2022-04-28T09:42:41+00:00",
    "signature": "m4au6pbM0JgC560xKrS44kRlVDJ5WBT0GK/RE5EUghU=",
}


def secret_marks(secrets: list[str]) -> list[str]:
    """What would show that a secret leaked: the whole of it, and its distinctive pieces
    (each line of a PEM body, each part of a token)."""
    marks: list[str] = []
    for secret in secrets:
        marks.append(secret)
        marks.extend(line for line in secret.split() if len(line) >= 16 and "-----" not in line)
        marks.extend(part for part in secret.split(".") if len(part) >= 16 and "\n" not in part)
    return marks


def echoes(request: Received, known: list[str]) -> tuple[list[str], str]:
    """Everything secret a server knows after ``request``: what the client holds and every
    credential it sent; and an error message echoing all of it in the ways servers do."""
    sent = [
        value
        for name, value in request.headers.items()
        if name in ("authorization", "token", "x-api-key")
    ]
    tokens = [value.partition(" ")[2] or value for value in sent]
    everything = [*known, *sent, *tokens]
    message = " ".join(
        f"bad credential {value}, {json.dumps(value)}, x{value}y, {quote(value, safe='')}"
        for value in everything
    )
    return [*known, *tokens], message


def exposures(exc: BaseException) -> dict[str, str]:
    """Every text a user, a log shipper or a crash reporter can get out of an error."""
    shown: dict[str, str] = {
        "str": str(exc),
        "repr": repr(exc),
        "traceback": "".join(traceback.format_exception(exc)),
        "pickle": pickle.dumps(exc).decode("latin-1"),
    }
    chain: BaseException | None = exc
    index = 0
    while chain is not None:
        for name, value in vars(chain).items():
            shown[f"{index}.{name}"] = repr(value)
            if isinstance(value, httpx.Request):
                shown[f"{index}.{name}.headers"] = repr(value.headers.raw) + str(value.url)
                shown[f"{index}.{name}.content"] = repr(getattr(value, "_content", b""))
            if isinstance(value, httpx.Response):
                shown[f"{index}.{name}.headers"] = repr(value.headers.raw)
                shown[f"{index}.{name}.content"] = repr(value.content) + value.text
                if value._request is not None:
                    shown[f"{index}.{name}.request"] = repr(value.request.headers.raw)
        chain = chain.__cause__ or chain.__context__
        index += 1
    return shown


def assert_nothing_leaks(exc: BaseException, secrets: list[str], log: str = "") -> None:
    shown = exposures(exc)
    shown["log"] = log
    for mark in secret_marks(secrets):
        for where, text in shown.items():
            assert mark not in text, f"{mark[:14]}... leaked into {where}: {text[:300]!r}"


def held(value: H | None) -> H:
    """The request or response an error holds (an error of a call that was sent holds both)."""
    assert value is not None
    return value


def run(kind: str, sync: Callable[[], Any], asynchronous: Callable[[], Any]) -> Any:
    """The error (or result) of the sync call, or of the async one."""
    try:
        if kind == "sync":
            return sync()
        return asyncio.run(asynchronous())
    except CoinspecError as exc:
        return exc


@pytest.fixture
def debug_log(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    caplog.set_level(logging.DEBUG)
    yield caplog


# -- 9. secrets echoed in error bodies ---------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(("status", "error"), [(401, HodlHodlStatusError), (404, NotFoundError)])
def test_a_status_error_echoing_the_key_shows_none_of_it(
    kind: str, status: int, error: type[Exception], debug_log: pytest.LogCaptureFixture
) -> None:
    known = [API_KEY, ESCROW_SIGNING_KEY]
    secrets: list[str] = []

    def answer(request: Received) -> tuple[int, dict[str, str], bytes]:
        secrets[:], message = echoes(request, known)
        body = {"status": "error", "error_code": "unauthorized", "message": message,
                "errors": {"api_key": [API_KEY]}}  # fmt: skip
        return status, {"X-Echo": request.headers["authorization"]}, json.dumps(body).encode()

    options: dict[str, Any] = {
        "api_key": API_KEY,
        "escrow_signing_key": ESCROW_SIGNING_KEY,
        "max_retries": 0,
    }
    with FaultServer(["respond"], responder=answer) as server:

        async def asynchronous() -> Any:
            async with AsyncHodlHodl(base_url=server.url, **options) as client:
                return await client.get_contract(id="c1")

        def sync() -> Any:
            with HodlHodl(base_url=server.url, **options) as client:
                return client.get_contract(id="c1")

        outcome = run(kind, sync, asynchronous)
    assert type(outcome) is error, outcome
    assert isinstance(outcome, APIStatusError)
    assert server.received[0].headers["authorization"] == f"Bearer {API_KEY}"  # sent as it is
    assert outcome.status_code == status
    assert f"bad credential {REDACTED}" in outcome.message
    assert held(outcome.request).headers["Authorization"] == REDACTED
    assert outcome.response.headers["X-Echo"] == REDACTED
    assert_nothing_leaks(outcome, secrets, debug_log.text)
    assert "receive_response_headers.complete" in debug_log.text  # httpcore did log them


@pytest.mark.parametrize("kind", KINDS)
def test_a_minted_token_and_the_private_key_it_is_signed_with_are_not_shown(
    kind: str, debug_log: pytest.LogCaptureFixture
) -> None:
    known = [PEM, API_KEY]
    secrets: list[str] = []

    def answer(request: Received) -> tuple[int, dict[str, str], bytes]:
        secrets[:], message = echoes(request, known)
        body = {"message": message, "key": PEM, "token": request.headers["token"]}
        return 401, {"X-Token": request.headers["token"]}, json.dumps(body).encode()

    options: dict[str, Any] = {"api_key": API_KEY, "platform_private_key": PEM, "max_retries": 0}
    with FaultServer(["respond"], responder=answer) as server:

        async def asynchronous() -> Any:
            async with AsyncCryptoCoinPro(base_url=server.url, **options) as client:
                return await client.get_platform(platform="p1")

        def sync() -> Any:
            with CryptoCoinPro(base_url=server.url, **options) as client:
                return client.get_platform(platform="p1")

        outcome = run(kind, sync, asynchronous)
    assert isinstance(outcome, APIStatusError) and outcome.status_code == 401, outcome
    token = server.received[0].headers["token"]
    assert token.count(".") == 2 and token in secrets  # a JWT the client minted for this call
    assert held(outcome.request).headers["token"] == REDACTED
    assert outcome.response.request.headers["token"] == REDACTED
    assert_nothing_leaks(outcome, secrets, debug_log.text)


@pytest.mark.parametrize("kind", KINDS)
def test_a_token_a_login_set_is_not_shown(kind: str, debug_log: pytest.LogCaptureFixture) -> None:
    secrets: list[str] = []

    def answer(request: Received) -> tuple[int, dict[str, str], bytes]:
        if request.path == "/authenticate":
            token = {"id": LOGIN_TOKEN, "ttl": 1209600, "created": "2024-01-01T00:00:00Z",
                     "userId": "u1"}  # fmt: skip
            return 200, {}, json.dumps({"data": token}).encode()
        secrets[:], message = echoes(request, [LOGIN_TOKEN])
        return 403, {}, json.dumps({"message": message}).encode()

    login = {"email": "me@example.com", "password": "pw-9f8e7d6c5b4a"}
    with FaultServer(["respond"], responder=answer) as server:

        async def asynchronous() -> Any:
            async with AsyncCryptoCoinPro(base_url=server.url, max_retries=0) as client:
                await client.authenticate(body=login)
                return await client.logout()

        def sync() -> Any:
            with CryptoCoinPro(base_url=server.url, max_retries=0) as client:
                client.authenticate(body=login)
                return client.logout()

        outcome = run(kind, sync, asynchronous)
    assert isinstance(outcome, APIStatusError) and outcome.status_code == 403, outcome
    assert server.received[1].headers["authorization"] == f"Bearer {LOGIN_TOKEN}"
    assert_nothing_leaks(outcome, secrets, debug_log.text)


PASSWORD = "pw-9f8e7d6c5b4a3210"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("status", [403, 422])
def test_a_password_a_login_sent_is_not_shown(
    kind: str, status: int, debug_log: pytest.LogCaptureFixture
) -> None:
    """A login refused by a server that echoes what it was sent, the password with it."""

    def answer(request: Received) -> tuple[int, dict[str, str], bytes]:
        _, message = echoes(request, [PASSWORD])
        body = {"message": message, "errors": {"password": [message]}}
        return status, {}, json.dumps(body).encode()

    login = {"email": "me@example.com", "password": PASSWORD}
    with FaultServer(["respond"], responder=answer) as server:

        async def asynchronous() -> Any:
            async with AsyncCryptoCoinPro(base_url=server.url, max_retries=0) as client:
                return await client.authenticate(body=login)

        def sync() -> Any:
            with CryptoCoinPro(base_url=server.url, max_retries=0) as client:
                return client.authenticate(body=login)

        outcome = run(kind, sync, asynchronous)
    assert isinstance(outcome, APIStatusError) and outcome.status_code == status, outcome
    assert json.loads(server.received[0].body)["password"] == PASSWORD  # sent as it is
    assert_nothing_leaks(outcome, [PASSWORD], debug_log.text)


def test_the_password_goes_to_the_server_and_the_login_succeeds() -> None:
    """The honest case: nothing of the password is changed on the wire."""

    def answer(request: Received) -> tuple[int, dict[str, str], bytes]:
        sent = json.loads(request.body)
        if sent != {"email": "me@example.com", "password": PASSWORD}:
            return 403, {}, json.dumps({"message": "Wrong password"}).encode()
        token = {"id": LOGIN_TOKEN, "ttl": 1209600, "created": "2024-01-01T00:00:00Z",
                 "userId": "u1"}  # fmt: skip
        return 200, {}, json.dumps({"data": token}).encode()

    with FaultServer(["respond"], responder=answer) as server:
        with CryptoCoinPro(base_url=server.url, max_retries=0) as client:
            token = client.authenticate(body={"email": "me@example.com", "password": PASSWORD})
    assert token.id == LOGIN_TOKEN


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "shape",
    [
        pytest.param(lambda message: {"id": {"echo": message}}, id="breaks-the-schema"),
        pytest.param(lambda message: message, id="not-json"),
    ],
)
def test_a_validation_error_echoing_the_secrets_shows_none_of_them(
    kind: str, shape: Callable[[str], Any], debug_log: pytest.LogCaptureFixture
) -> None:
    secrets: list[str] = []

    def answer(request: Received) -> tuple[int, dict[str, str], bytes]:
        secrets[:], message = echoes(request, [API_KEY, HMAC_SECRET])
        body = shape(message)
        return 200, {}, body.encode() if isinstance(body, str) else json.dumps(body).encode()

    options: dict[str, Any] = {"api_key": API_KEY, "hmac_secret": HMAC_SECRET, "max_retries": 0}
    with FaultServer(["respond"], responder=answer) as server:

        async def asynchronous() -> Any:
            async with AsyncCoinJoin(base_url=server.url, **options) as client:
                return await client.get_transaction(id="t1")

        def sync() -> Any:
            with CoinJoin(base_url=server.url, **options) as client:
                return client.get_transaction(id="t1")

        outcome = run(kind, sync, asynchronous)
    assert isinstance(outcome, ResponseValidationError), outcome
    assert REDACTED in outcome.body
    assert_nothing_leaks(outcome, secrets, debug_log.text)


@pytest.mark.parametrize("kind", KINDS)
def test_a_verification_failure_echoing_the_secrets_shows_none_of_them(
    kind: str, debug_log: pytest.LogCaptureFixture
) -> None:
    secrets: list[str] = []

    def answer(request: Received) -> tuple[int, dict[str, str], bytes]:
        secrets[:], message = echoes(request, [API_KEY, HMAC_SECRET])
        body = {**TRANSACTION, "id": message, "depositAddress": HMAC_SECRET}
        return 200, {}, json.dumps(body).encode()

    options: dict[str, Any] = {"api_key": API_KEY, "hmac_secret": HMAC_SECRET, "max_retries": 0}
    with FaultServer(["respond"], responder=answer) as server:

        async def asynchronous() -> Any:
            async with AsyncCoinJoin(base_url=server.url, **options) as client:
                return await client.get_transaction(id="t1")

        def sync() -> Any:
            with CoinJoin(base_url=server.url, **options) as client:
                return client.get_transaction(id="t1")

        outcome = run(kind, sync, asynchronous)
    assert isinstance(outcome, CoinJoinVerificationError), outcome
    assert outcome.check == "coinjoin.signature"
    assert REDACTED.encode() in held(outcome.response).content
    assert_nothing_leaks(outcome, secrets, debug_log.text)


# -- 10. a key read from a file; nothing secret in connection errors or httpcore's log --------


@pytest.mark.parametrize("kind", KINDS)
def test_a_connection_error_and_the_debug_log_show_no_secret(
    kind: str, debug_log: pytest.LogCaptureFixture
) -> None:
    options: dict[str, Any] = {
        "api_key": API_KEY,
        "escrow_signing_key": ESCROW_SIGNING_KEY,
        "max_retries": 0,
    }
    with FaultServer(["reset-after"]) as server:

        async def asynchronous() -> Any:
            async with AsyncHodlHodl(base_url=server.url, **options) as client:
                return await client.get_me()

        def sync() -> Any:
            with HodlHodl(base_url=server.url, **options) as client:
                return client.get_me()

        outcome = run(kind, sync, asynchronous)
    assert isinstance(outcome, HodlHodlConnectionError), outcome
    assert server.received[0].headers["authorization"] == f"Bearer {API_KEY}"
    assert isinstance(outcome.__cause__, httpx.TransportError)
    assert outcome.__cause__.request.headers["Authorization"] == REDACTED
    assert "send_request_headers" in debug_log.text  # httpcore logged the request
    assert_nothing_leaks(outcome, [API_KEY, ESCROW_SIGNING_KEY], debug_log.text)


@pytest.mark.parametrize(
    ("settings", "says"),
    [
        ({"api_key": f"{API_KEY}\n"}, "api_key has a line break at its end"),
        ({"api_key": f"  {API_KEY}"}, "api_key starts or ends with whitespace"),
        ({"escrow_signing_key": f"{ESCROW_SIGNING_KEY}\n"}, "escrow_signing_key has a line break"),
        ({"escrow_signing_key": f" {ESCROW_SIGNING_KEY}"}, "escrow_signing_key has whitespace"),
    ],
)
def test_a_secret_with_whitespace_around_it_is_refused_without_showing_it(
    settings: dict[str, Any], says: str
) -> None:
    with pytest.raises(HodlHodlConfigurationError) as raised:
        HodlHodl(base_url="http://127.0.0.1:9", **settings)
    assert says in str(raised.value) and "read from a file? strip it" in str(raised.value)
    assert_nothing_leaks(raised.value, [API_KEY, ESCROW_SIGNING_KEY])


def test_an_hmac_secret_from_a_file_is_refused_and_a_pem_from_a_file_is_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(ConfigurationError, match="hmac_secret has a line break at its end"):
        CoinJoin(base_url="http://127.0.0.1:9", hmac_secret=HMAC_SECRET + "\n")
    monkeypatch.setenv("HODLHODL_API_KEY", API_KEY + "\n")
    with pytest.raises(HodlHodlConfigurationError) as raised:
        HodlHodl(base_url="http://127.0.0.1:9")
    assert_nothing_leaks(raised.value, [API_KEY])
    with CoinJoin(base_url="http://127.0.0.1:9", hmac_secret=HMAC_SECRET) as coinjoin:
        assert coinjoin.verifies_responses
    assert PEM.endswith("-----\n")  # as PEM files end
    with CryptoCoinPro(base_url="http://127.0.0.1:9", platform_private_key=PEM) as ccp:
        assert "platform_private_key=<set>" in repr(ccp)


# -- 11. requests without credentials; errors that pickle ---------------------------------


def hodlhodl_error(script: list[str], call: str = "get_contract", **options: Any) -> APIError:
    """The error of a HodlHodl call against a server following ``script``."""
    settings: dict[str, Any] = {"api_key": API_KEY, "max_retries": 0, **options}

    def answer(request: Received) -> tuple[int, dict[str, str], bytes]:
        body = {"status": "error", "error_code": "not_found", "message": f"no {API_KEY}"}
        return 404, {}, json.dumps(body).encode()

    with FaultServer(script, responder=answer, ok_body=b'{"status": "success", "x": 1}') as server:
        with HodlHodl(base_url=server.url, **settings) as client:
            with pytest.raises(APIError) as raised:
                if call == "get_contract":
                    client.get_contract(id="c1")
                else:
                    client.get_me()
    return raised.value


ERRORS: dict[str, Callable[[], APIError]] = {
    "status": lambda: hodlhodl_error(["respond"]),
    "validation": lambda: hodlhodl_error(["ok"]),
    "connection": lambda: hodlhodl_error(["reset-after"]),
    "timeout": lambda: hodlhodl_error(["stall"], timeout=0.3),
    "too-large": lambda: hodlhodl_error(["body"], max_response_bytes=4),
}


@pytest.mark.parametrize("name", list(ERRORS))
def test_an_error_pickles_with_its_fields_and_without_secrets(name: str) -> None:
    exc = ERRORS[name]()
    data = pickle.dumps(exc)
    assert API_KEY.encode() not in data
    copy = pickle.loads(data)
    assert type(copy) is type(exc)
    assert str(copy) == str(exc) and copy.message == exc.message
    assert held(copy.request).url == held(exc.request).url
    assert held(copy.request).headers["Authorization"] == REDACTED
    if isinstance(exc, (APIStatusError, ResponseValidationError)):
        assert isinstance(copy, (APIStatusError, ResponseValidationError))
        assert copy.status_code == exc.status_code
        assert copy.body == exc.body
        assert copy.response.status_code == exc.response.status_code
        assert copy.response.content == exc.response.content
        assert copy.response.headers == exc.response.headers
    expected = {
        "status": NotFoundError,
        "validation": ResponseValidationError,
        "connection": HodlHodlConnectionError,
        "timeout": HodlHodlTimeoutError,
        "too-large": HodlHodlResponseTooLargeError,
    }[name]
    assert isinstance(copy, expected)
    if name == "status":
        assert isinstance(copy, NotFoundError)
        # The typed body, redacted ("message" is not in the spec's Error: an extra field).
        assert (copy.body.model_extra or {})["message"] == f"no {REDACTED}"
    if name == "too-large":
        assert isinstance(copy, HodlHodlResponseTooLargeError) and copy.limit == 4


def test_a_verification_error_pickles_with_its_check() -> None:
    def answer(request: Received) -> tuple[int, dict[str, str], bytes]:
        return 200, {}, json.dumps(TRANSACTION).encode()

    with FaultServer(["respond"], responder=answer) as server:
        with CoinJoin(base_url=server.url, api_key=API_KEY, hmac_secret=HMAC_SECRET) as client:
            with pytest.raises(VerificationError) as raised:
                client.get_transaction(id="t1")
    copy = pickle.loads(pickle.dumps(raised.value))
    assert isinstance(copy, CoinJoinVerificationError)
    assert copy.check == raised.value.check == "coinjoin.signature"
    assert held(copy.response).json() == TRANSACTION  # nothing secret in it: kept as it came
    assert API_KEY.encode() not in pickle.dumps(raised.value)


def test_errors_raised_before_sending_pickle_too() -> None:
    with HodlHodl(base_url="http://127.0.0.1:9", api_key=API_KEY) as client:
        with pytest.raises(HodlHodlRequestError) as request_error:
            client.get_contract(id="..")
    with pytest.raises(HodlHodlConfigurationError) as configuration_error:
        HodlHodl(base_url="http://127.0.0.1:9", timeout=-1)
    for exc in (request_error.value, configuration_error.value):
        copy = pickle.loads(pickle.dumps(exc))
        assert type(copy) is type(exc) and str(copy) == str(exc)


def test_a_user_supplied_client_sees_the_real_request_and_the_error_a_sanitised_copy() -> None:
    seen: list[httpx.Request] = []
    with FaultServer(["respond"], responder=lambda r: (404, {}, b'{"status": "error"}')) as server:
        user_client = httpx.Client(event_hooks={"request": [seen.append]})
        with HodlHodl(base_url=server.url, api_key=API_KEY, http_client=user_client) as client:
            with pytest.raises(HodlHodlStatusError) as raised:
                client.get_contract(id="c1")
        user_client.close()
    assert seen[0].headers["Authorization"] == f"Bearer {API_KEY}"  # what was sent
    assert raised.value.request is not seen[0]
    assert held(raised.value.request).headers["Authorization"] == REDACTED
    assert held(raised.value.request).url == seen[0].url


# -- 12. a base URL with credentials in it -----------------------------------------------


def test_a_base_url_with_credentials_is_refused_everywhere_it_can_be_given(
    monkeypatch: pytest.MonkeyPatch, debug_log: pytest.LogCaptureFixture
) -> None:
    with_password = "https://user:" + "s3cr3t-pass" + "@hodlhodl.com/api/v1"  # not in a traceback
    with HodlHodl(base_url="https://hodlhodl.com/api/v1", api_key=API_KEY) as client:
        assert repr(client).startswith("HodlHodl(base_url='https://hodlhodl.com/api/v1'")
        with pytest.raises(HodlHodlConfigurationError) as changed:
            client.with_options(base_url=with_password)
    monkeypatch.setenv("HODLHODL_BASE_URL", with_password)
    with pytest.raises(HodlHodlConfigurationError) as from_environment:
        HodlHodl(api_key=API_KEY)
    for exc in (changed.value, from_environment.value):
        assert "base_url holds a user name or password" in str(exc)
        assert_nothing_leaks(exc, ["s3cr3t-pass"], debug_log.text)


def test_a_flow_step_that_fails_on_an_echoed_secret_shows_none_of_it() -> None:
    from coinspec_runtime import VerificationFailed

    def step(address: str) -> None:  # a runtime check naming what it was given
        raise VerificationFailed("escrow.address", f"{address!r} is not the escrow's address")

    with HodlHodl(base_url="http://127.0.0.1:9", escrow_signing_key=ESCROW_SIGNING_KEY) as client:
        with pytest.raises(VerificationError) as raised:
            client._run_step("release", step, address=f"bc1q{ESCROW_SIGNING_KEY}")
    assert raised.value.check == "escrow.address"
    assert f"'bc1q{REDACTED}' is not the escrow's address" in str(raised.value)
    assert_nothing_leaks(raised.value, [ESCROW_SIGNING_KEY])


def test_a_query_parameter_that_carries_a_credential_is_redacted_from_the_request() -> None:
    from coinspec._core.redaction import redact_error

    request = httpx.Request("GET", f"https://api.test/rates?apikey={API_KEY}&pair=BTC")
    response = httpx.Response(401, json={"message": f"bad apikey {API_KEY}"}, request=request)
    exc: HodlHodlStatusError[Any] = HodlHodlStatusError(
        f"401: bad apikey {API_KEY}", response=response, body={}
    )
    redact_error(exc, [], query_names=["apikey"])
    assert held(exc.request).url.params["apikey"] == REDACTED
    assert held(exc.request).url.params["pair"] == "BTC"  # the rest of the request as it was
    assert exc.response.json() == {"message": f"bad apikey {REDACTED}"}
    assert_nothing_leaks(exc, [API_KEY])


def test_an_error_of_a_client_without_credentials_pickles_too() -> None:
    from coinspec.swapgate import Swapgate, SwapgateStatusError

    with (
        FaultServer(["html-502"]) as server,
        Swapgate(base_url=server.url, max_retries=0) as client,
    ):
        with pytest.raises(SwapgateStatusError) as raised:
            client.list_instruments()
    copy = pickle.loads(pickle.dumps(raised.value))
    assert copy.status_code == 502 and "502 Bad Gateway" in copy.body
    assert copy.response.text == raised.value.response.text


HEADER_KEY = "hk-0a1b2c3d4e5f60718293"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("where", ["default_headers", "extra_headers", "http_client"])
def test_a_credential_the_user_puts_in_a_header_is_not_shown(
    kind: str, where: str, debug_log: pytest.LogCaptureFixture
) -> None:
    """A service whose key the spec does not declare: the user sends it as a header by hand
    (on the client, per call, or on their own httpx client), and the server echoes it."""
    from coinspec.swapgate import AsyncSwapgate, Swapgate

    def answer(request: Received) -> tuple[int, dict[str, str], bytes]:
        _, message = echoes(request, [HEADER_KEY])
        return 401, {}, json.dumps({"message": message}).encode()

    header = {"X-Api-Key": HEADER_KEY}
    constructor: dict[str, Any] = {"default_headers": header} if where == "default_headers" else {}
    per_call: dict[str, Any] = {"extra_headers": header} if where == "extra_headers" else {}
    with FaultServer(["respond"], responder=answer) as server:

        async def asynchronous() -> Any:
            own = httpx.AsyncClient(headers=header) if where == "http_client" else None
            async with AsyncSwapgate(
                base_url=server.url, max_retries=0, http_client=own, **constructor
            ) as client:
                try:
                    return await client.list_instruments(**per_call)
                finally:
                    if own is not None:
                        await own.aclose()

        def sync() -> Any:
            own = httpx.Client(headers=header) if where == "http_client" else None
            with Swapgate(
                base_url=server.url, max_retries=0, http_client=own, **constructor
            ) as client:
                try:
                    return client.list_instruments(**per_call)
                finally:
                    if own is not None:
                        own.close()

        outcome = run(kind, sync, asynchronous)
    assert isinstance(outcome, APIStatusError) and outcome.status_code == 401, outcome
    assert server.received[0].headers["x-api-key"] == HEADER_KEY  # sent as given
    assert held(outcome.request).headers["X-Api-Key"] == REDACTED
    assert_nothing_leaks(outcome, [HEADER_KEY], debug_log.text)


def test_a_header_that_is_no_credential_stays_as_it_was_sent() -> None:
    from coinspec.swapgate import Swapgate, SwapgateStatusError

    def answer(request: Received) -> tuple[int, dict[str, str], bytes]:
        return 400, {}, json.dumps({"message": f"bad {request.headers['x-request-id']}"}).encode()

    with (
        FaultServer(["respond"], responder=answer) as server,
        Swapgate(base_url=server.url, max_retries=0) as client,
    ):
        with pytest.raises(SwapgateStatusError) as raised:
            client.list_instruments(extra_headers={"X-Request-Id": "req-77"})
    assert held(raised.value.request).headers["X-Request-Id"] == "req-77"
    assert "bad req-77" in str(raised.value)
