"""The contract tests every service shares, as a pytest plugin; each service gives its tables.

A generated ``test_<service>_contract.py`` subclasses :class:`ContractTests` with a
:class:`Contract` of that service's operations, examples and errors. Against the built-in
mock (default) every operation's request must be accepted, every example must parse and
dump back to the same JSON, and every documented error status must raise its exception
class. With ``--base-url URL`` the requests go to that server instead, and its responses
are also checked against the spec's schemas.

A conftest enables the plugin with ``from coinspec.testing.contract import *``.
"""

from __future__ import annotations

import asyncio
import datetime
import decimal
import functools
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

import pytest
from pydantic import TypeAdapter

from .._core.json import dumps, loads, to_wire
from .._core.spec import ServiceSpec, load_spec
from .._core.types import wire_context
from ..mock import MockServer
from ..mock.app import MockApp
from ..mock.schemas import SchemaChecker

__all__ = ["Contract", "ContractTests", "Target", "live_url", "prefer_codes", "pytest_addoption"]

SKIP_DOCUMENTED_ERRORS = (
    "a live server cannot be asked for a given status; pass --prefer-codes when it honours "
    "`Prefer: code=N` (coinspec's mock and Prism do)"
)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--base-url",
        default=None,
        help="run the contract tests against this server instead of the built-in mock "
        "(live mode); select one service's test file with it",
    )
    parser.addoption(
        "--prefer-codes",
        action="store_true",
        default=False,
        help="in live mode, run the documented-error tests too, asking the server for each "
        "status with a `Prefer: code=N` header (coinspec's mock and Prism honour it)",
    )


@pytest.fixture(scope="session")
def live_url(request: pytest.FixtureRequest) -> str | None:
    value = request.config.getoption("--base-url")
    return str(value) if value else None


@pytest.fixture(scope="session")
def prefer_codes(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--prefer-codes"))


@dataclass(frozen=True)
class Contract:
    """What one service's contract tests check, from its spec."""

    api: str  # the service package, which is also the mock's name
    client: type[Any]
    async_client: type[Any]
    service_error: type[Exception]
    credentials: Mapping[str, str]  # a made-up value per security scheme
    options: Mapping[str, str]  # the spec's example client options, for the client and the mock
    arguments: Mapping[str, Mapping[str, Any]]  # each operation's example arguments
    success: Mapping[str, tuple[int, bool]]  # operation -> (2xx status, whether it has a schema)
    multipart: Sequence[str]  # operations whose example body goes as multipart/form-data
    examples: Sequence[
        tuple[str, int | str, Any]
    ]  # (operation, status as documented: 404, "4XX" or "default", the type its example parses into)
    errors: Sequence[tuple[str, int, type[Exception]]]  # (operation, status, the class it raises)


@dataclass
class Target:
    """Where the tests send requests: the built-in mock, or a live server."""

    url: str
    live: bool
    mock: MockApp | None
    prefer_codes: bool = True  # the server answers `Prefer: code=N` with that status


def _ids(cases: Sequence[tuple[Any, ...]]) -> list[str]:
    """Test ids such as ``get_contract-404`` for (operation, status, ...) cases."""
    return [f"{case[0]}-{case[1]}" for case in cases]


class ContractTests:
    """Subclass it with ``contract = Contract(...)``; pytest then runs every test below for it."""

    contract: ClassVar[Contract]

    def pytest_generate_tests(self, metafunc: pytest.Metafunc) -> None:
        contract = self.contract
        name = metafunc.function.__name__
        if name in ("test_request_is_accepted", "test_async_client_calls_every_operation"):
            metafunc.parametrize("operation", list(contract.success))
        elif name == "test_example_round_trips":
            cases = list(contract.examples)
            metafunc.parametrize(("operation", "status", "annotation"), cases, ids=_ids(cases))
        elif name == "test_documented_error_raises":
            cases = list(contract.errors)
            metafunc.parametrize(("operation", "status", "error"), cases, ids=_ids(cases))

    @pytest.fixture(scope="class")
    @classmethod
    def target(cls, live_url: str | None, prefer_codes: bool) -> Iterator[Target]:
        if live_url:
            yield Target(live_url, True, None, prefer_codes)
            return
        server = MockServer(cls.contract.api, options=dict(cls.contract.options))
        url = server.start()
        try:
            yield Target(url, False, server.app)
        finally:
            server.stop()

    @pytest.fixture
    def client(self, target: Target) -> Iterator[Any]:
        contract = self.contract
        options = {} if target.live else dict(contract.options)
        with contract.client(
            base_url=target.url, max_retries=0, **contract.credentials, **options
        ) as client:
            yield client

    def test_request_is_accepted(self, target: Target, client: Any, operation: str) -> None:
        contract = self.contract
        arguments = call_arguments(contract.api, operation, contract.arguments[operation])
        raw = getattr(client.with_raw_response, operation)(**arguments)
        status, has_schema = contract.success[operation]
        assert raw.status_code == status
        if target.live and has_schema:
            assert_matches_schema(contract.api, operation, raw.status_code, raw.content)
        if target.mock is not None:
            assert target.mock.received[-1].operation == operation
            if operation in contract.multipart:
                # Every field of the example arrived as its own part; files with their content.
                form = target.mock.received[-1].form
                for name, value in arguments["body"].items():
                    part = form[name]
                    sent = part[1] if isinstance(part, tuple) else part
                    assert sent == _as_part(value), (name, sent)

    def test_example_round_trips(self, operation: str, status: int | str, annotation: Any) -> None:
        """Each documented example parses, and goes back to the wire with the same values
        (amounts and date-times compared as values: ``"1E+2"`` may come back as ``"100"``)
        in the types the spec gives them."""
        api = self.contract.api
        adapter: TypeAdapter[Any] = TypeAdapter(annotation)
        documented = example(api, operation, status)
        parsed = adapter.validate_python(documented)
        options: dict[str, Any] = {"by_alias": True, "exclude_unset": True}
        written = to_wire(adapter.dump_python(parsed, context=wire_context(), **options))
        values = adapter.dump_python(parsed, **options)
        assert not _differences(documented, written, values), _differences(
            documented, written, values
        )
        media = _spec(api).media(operation, status)
        schema = media[1].get("schema", {}) if media else {}
        problems = _schemas(api).problems(schema, written)
        assert not problems, [f"{list(p.path)}: {p.message}" for p in problems[:5]]
        assert adapter.validate_python(written) == parsed

    def test_documented_error_raises(
        self, target: Target, client: Any, operation: str, status: int, error: type[Exception]
    ) -> None:
        if not target.prefer_codes:
            pytest.skip(SKIP_DOCUMENTED_ERRORS)
        prefer = {"Prefer": f"code={status}"}
        with pytest.raises(error) as caught:
            arguments = call_arguments(
                self.contract.api, operation, self.contract.arguments[operation]
            )
            getattr(client, operation)(**arguments, extra_headers=prefer)
        exception: Any = caught.value
        assert exception.status_code == status
        assert exception.response.status_code == status
        content: bytes = exception.response.content
        assert isinstance(exception, self.contract.service_error)
        media = _spec(self.contract.api).media(operation, status)
        if target.live and media is not None and "schema" in media[1] and content:
            assert_matches_schema(self.contract.api, operation, status, content)

    def test_async_client_calls_every_operation(self, target: Target, operation: str) -> None:
        contract = self.contract

        async def call() -> int:
            options = {} if target.live else dict(contract.options)
            options.update(contract.credentials)
            async with contract.async_client(
                base_url=target.url, max_retries=0, **options
            ) as client:
                raw = await getattr(client.with_raw_response, operation)(
                    **call_arguments(contract.api, operation, contract.arguments[operation])
                )
                return int(raw.status_code)

        assert 200 <= asyncio.run(call()) < 300


def _differences(documented: Any, written: Any, value: Any, where: str = "") -> list[str]:
    """Where the JSON written back differs from the documented one. ``value`` is the parsed
    value at the same place, in Python (model_dump's): an amount must have the same exact
    value on both sides (as a number or a decimal string), a date-time the same instant and
    offset, anything else the same JSON value of the same type."""
    here = where or "(body)"
    if isinstance(value, decimal.Decimal):
        same = _exact(documented) == value == _exact(written)
        return [] if same else [f"{here}: {documented!r} came back as {written!r}"]
    if isinstance(value, datetime.datetime):
        moments = [_moment(documented), value, _moment(written)]
        same = (
            moments[0] == moments[1] == moments[2]
            and len({m.utcoffset() if isinstance(m, datetime.datetime) else m for m in moments})
            == 1
        )
        return [] if same else [f"{here}: {documented!r} came back as {written!r}"]
    if isinstance(value, Mapping) and isinstance(documented, dict) and isinstance(written, dict):
        if documented.keys() != written.keys():
            return [f"{here}: keys {sorted(documented)} came back as {sorted(written)}"]
        return [
            problem
            for key in documented
            for problem in _differences(
                documented[key], written[key], value.get(key), f"{where}.{key}".lstrip(".")
            )
        ]
    if isinstance(value, list) and isinstance(documented, list) and isinstance(written, list):
        if len(documented) != len(written):
            return [f"{here}: {len(documented)} items came back as {len(written)}"]
        return [
            problem
            for index, (item, back, parsed) in enumerate(
                zip(documented, written, value, strict=True)
            )
            for problem in _differences(item, back, parsed, f"{where}[{index}]")
        ]
    if type(documented) is not type(written) or documented != written:
        return [f"{here}: {documented!r} came back as {written!r}"]
    return []


def _exact(value: Any) -> decimal.Decimal | None:
    """The exact value of a JSON amount: a number, or a decimal string."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, decimal.Decimal)):
        return decimal.Decimal(value)
    if isinstance(value, str):
        try:
            return decimal.Decimal(value)
        except decimal.InvalidOperation:
            return None
    return None


def _moment(value: Any) -> datetime.datetime | None:
    if isinstance(value, datetime.datetime):
        return value
    if isinstance(value, str):
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            return None
    return None


@functools.cache
def _spec(api: str) -> ServiceSpec:
    return load_spec(api)


@functools.cache
def _schemas(api: str) -> SchemaChecker:
    return SchemaChecker(_spec(api))


def _as_part(value: Any) -> str | bytes:
    """A multipart field as the client sends it: a file's bytes, text as it is, anything else
    as its JSON text."""
    if isinstance(value, (bytes, str)):
        return value
    wire = to_wire(value)
    return wire if isinstance(wire, str) else dumps(wire)


def _is_file(schema: Any) -> bool:
    media = schema.get("contentMediaType") if isinstance(schema, Mapping) else None
    return (
        isinstance(schema, Mapping)
        and schema.get("type") == "string"
        and (
            schema.get("format") == "binary"
            or (isinstance(media, str) and not media.startswith("text/"))
        )
    )


def call_arguments(api: str, operation_id: str, arguments: Mapping[str, Any]) -> dict[str, Any]:
    """An operation's example arguments as a caller passes them: the text a multipart
    example shows for a file goes as that file's bytes (a str is not a file)."""
    found = dict(arguments)
    spec = _spec(api)
    media = spec.media(operation_id)
    body = found.get("body")
    if media is None or media[0] != "multipart/form-data" or not isinstance(body, Mapping):
        return found
    properties = spec.deref(media[1].get("schema", {})).get("properties") or {}
    found["body"] = {
        name: (
            value.encode()
            if isinstance(value, str) and _is_file(spec.deref(properties.get(name, {})))
            else value
        )
        for name, value in body.items()
    }
    return found


def example(api: str, operation_id: str, status: int | str) -> Any:
    """The documented example of a response (the first, when there are several)."""
    return _spec(api).example(operation_id, status)


def assert_matches_schema(api: str, operation_id: str, status: int, content: bytes) -> None:
    """A live response must match the schema the spec declares for its status."""
    found = _spec(api).media(operation_id, status)
    schema = found[1].get("schema", {}) if found else {}
    problems = _schemas(api).problems(schema, loads(content))
    shown = [f"{list(p.path)}: {p.message}" for p in problems[:5]]
    assert not problems, f"{operation_id} {status} response breaks the spec: {shown}"
