"""Configuring a client: the user's httpx client, the User-Agent, environment variables."""

from __future__ import annotations

import asyncio
import logging
import platform
import re
import warnings
from collections.abc import Iterator

import httpx
import pytest

import coinspec
from coinspec import ConfigurationError, MissingCredentialError
from coinspec._core import options
from coinspec._core.operation import EnvironmentVariable
from coinspec.hodlhodl import HodlHodl, HodlHodlConfigurationError, HodlHodlError
from coinspec.mock import MockServer
from coinspec.swapgate import (
    AsyncSwapgate,
    Swapgate,
    SwapgateConfigurationError,
    SwapgateError,
)

from .serving import serve

XPUB = "tpubD6NzVbkrYhZ4XgiXtGrdW5XDAPFCL9h7we1vwNCpn8tGbBcgfVYjXyhWo4E1xkh56hjod1RhGjxbaTLV3X4FyWuejifB9jusQ46QzG87VKp"


def recording(body: object = ()) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=list(body) if isinstance(body, tuple) else body)

    return httpx.MockTransport(handler), seen


@pytest.fixture(scope="module")
def hodlhodl_mock() -> Iterator[MockServer]:
    yield from serve("hodlhodl")


# -- the user's httpx client ----------------------------------------------------------------


def test_the_users_httpx_client_keeps_its_headers_params_and_cookies() -> None:
    transport, seen = recording()
    http = httpx.Client(
        transport=transport,
        headers={"X-Team": "treasury"},
        params={"tenant": "t1"},
        cookies={"session": "s1"},
    )
    with Swapgate(base_url="https://swapgate.test", http_client=http) as swapgate:
        swapgate.list_instruments()
    sent = seen[0]
    assert sent.headers["x-team"] == "treasury"
    assert sent.url.params["tenant"] == "t1"
    assert sent.headers["cookie"] == "session=s1"
    assert not http.is_closed  # the user's client is the user's to close
    http.close()


def test_the_users_async_httpx_client_keeps_its_settings() -> None:
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=[])

    async def run() -> None:
        async with httpx.AsyncClient(
            transport=httpx.MockTransport(handler), headers={"X-Team": "treasury"}
        ) as http:
            async with AsyncSwapgate(
                base_url="https://swapgate.test", http_client=http
            ) as swapgate:
                await swapgate.list_instruments()

    asyncio.run(run())
    assert seen[0].headers["x-team"] == "treasury"


def test_the_users_httpx_client_keeps_its_timeout_unless_one_is_passed() -> None:
    transport, _ = recording()
    http = httpx.Client(transport=transport, timeout=3.5)
    assert Swapgate(base_url="https://swapgate.test", http_client=http).timeout == http.timeout
    assert Swapgate(base_url="https://swapgate.test", http_client=http, timeout=7).timeout == 7
    assert Swapgate(base_url="https://swapgate.test").timeout == httpx.Timeout(30.0, connect=10.0)


def test_an_httpx_client_of_the_other_kind_refuses_at_construction() -> None:
    # Taken, it would fail only at the first call, with an AttributeError from inside httpx.
    with pytest.raises(SwapgateConfigurationError) as caught:
        Swapgate(base_url="https://swapgate.test", http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    assert str(caught.value) == (
        "Swapgate: http_client must be an httpx.Client, not httpx.AsyncClient;"
        " an async one goes to AsyncSwapgate"
    )
    with pytest.raises(SwapgateConfigurationError, match=r"a sync one goes to Swapgate$"):
        AsyncSwapgate(base_url="https://swapgate.test", http_client=httpx.Client())  # type: ignore[arg-type]
    with pytest.raises(SwapgateConfigurationError, match=r"not builtins.str$"):
        Swapgate(base_url="https://swapgate.test", http_client="http://proxy")  # type: ignore[arg-type]
    with pytest.raises(
        SwapgateConfigurationError, match=r"transport must be an httpx.BaseTransport, not httpx"
    ):
        Swapgate(base_url="https://swapgate.test", transport=httpx.AsyncHTTPTransport())  # type: ignore[arg-type]
    with pytest.raises(SwapgateConfigurationError, match=r"http_client must be an httpx.Client"):
        Swapgate(base_url="https://swapgate.test").with_options(http_client=httpx.AsyncClient())  # type: ignore[arg-type]


def test_a_transport_beside_an_http_client_refuses_rather_than_be_ignored() -> None:
    transport, seen = recording()
    with pytest.raises(SwapgateConfigurationError, match="pass transport to your http_client"):
        Swapgate(base_url="https://swapgate.test", http_client=httpx.Client(), transport=transport)
    with Swapgate(
        base_url="https://swapgate.test", http_client=httpx.Client(transport=transport)
    ) as swapgate:
        swapgate.list_instruments()
    assert len(seen) == 1


def test_a_copy_sends_through_the_httpx_client_it_is_given_or_its_originals() -> None:
    first, seen_first = recording()
    second, seen_second = recording()
    with Swapgate(base_url="https://swapgate.test", transport=first) as swapgate:
        swapgate.with_options(http_client=httpx.Client(transport=second)).list_instruments()
        swapgate.with_options(http_client=None).list_instruments()  # None: the original's
    assert (len(seen_first), len(seen_second)) == (1, 1)


def test_the_user_agent_names_coinspec_the_service_and_python() -> None:
    transport, seen = recording()
    with Swapgate(base_url="https://swapgate.test", transport=transport) as swapgate:
        swapgate.list_instruments()
    assert seen[0].headers.get_list("user-agent") == [
        f"coinspec/{coinspec.__version__} (Swapgate) python/{platform.python_version()}"
    ]
    assert re.fullmatch(
        r"coinspec/\S+ \(Swapgate\) python/3\.\d+\.\d+\S*", seen[0].headers["user-agent"]
    )


@pytest.mark.parametrize(
    "where",
    ["http_client", "default_headers", "extra_headers"],
)
def test_a_user_agent_the_user_sets_is_the_only_one_sent(where: str) -> None:
    transport, seen = recording()
    http = httpx.Client(
        transport=transport,
        headers={"User-Agent": "treasury-bot/2"} if where == "http_client" else {},
    )
    with Swapgate(
        base_url="https://swapgate.test",
        http_client=http,
        default_headers={"user-agent": "treasury-bot/2"} if where == "default_headers" else None,
    ) as swapgate:
        swapgate.list_instruments(
            extra_headers={"USER-AGENT": "treasury-bot/2"} if where == "extra_headers" else None
        )
    assert seen[0].headers.get_list("user-agent") == ["treasury-bot/2"]


# -- the environment ------------------------------------------------------------------------


def test_the_api_key_comes_from_the_environment(
    hodlhodl_mock: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HODLHODL_API_KEY", "key-from-env")
    with HodlHodl(base_url=hodlhodl_mock.url) as hodlhodl:
        hodlhodl.get_me()
    assert hodlhodl_mock.app.received[-1].headers["authorization"] == "Bearer key-from-env"


def test_an_argument_passed_wins_over_the_environment(
    hodlhodl_mock: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HODLHODL_API_KEY", "key-from-env")
    monkeypatch.setenv("HODLHODL_BASE_URL", "http://127.0.0.1:9")  # nothing listens there
    with HodlHodl(base_url=hodlhodl_mock.url, api_key="key-passed") as hodlhodl:
        hodlhodl.get_me()
    assert hodlhodl_mock.app.received[-1].headers["authorization"] == "Bearer key-passed"


def test_the_base_url_and_options_come_from_the_environment(
    hodlhodl_mock: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HODLHODL_BASE_URL", hodlhodl_mock.url)
    monkeypatch.setenv("HODLHODL_ESCROW_XPUB", XPUB)
    monkeypatch.setenv("HODLHODL_NETWORK", "testnet")
    hodlhodl = HodlHodl()
    assert hodlhodl.base_url == hodlhodl_mock.url
    assert hodlhodl.verifies_responses  # escrow_xpub was read
    assert "network='testnet'" in repr(hodlhodl)
    hodlhodl.list_countries()
    assert len(hodlhodl_mock.app.received) > 0


def test_an_option_the_environment_does_not_set_keeps_its_default() -> None:
    assert "network='mainnet'" in repr(HodlHodl())
    assert "network='signet'" in repr(HodlHodl(network="signet"))


def test_an_empty_variable_is_no_value(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HODLHODL_API_KEY", "")
    with pytest.raises(MissingCredentialError):
        HodlHodl(transport=recording()[0]).get_me()


def test_a_missing_credential_names_its_argument_and_variable() -> None:
    with pytest.raises(MissingCredentialError) as caught:
        HodlHodl(transport=recording()[0]).get_me()
    assert isinstance(caught.value, HodlHodlError)
    assert str(caught.value) == (
        "HodlHodl get_me needs api_key: pass api_key= to HodlHodl(...) or set HODLHODL_API_KEY"
    )


def test_no_base_url_anywhere_refuses_at_construction() -> None:
    with pytest.raises(SwapgateConfigurationError) as caught:
        Swapgate()
    assert isinstance(caught.value, SwapgateError) and isinstance(caught.value, ValueError)
    assert "pass base_url= to Swapgate(...) or set SWAPGATE_BASE_URL" in str(caught.value)


def test_a_variable_of_the_wrong_type_refuses_naming_it(monkeypatch: pytest.MonkeyPatch) -> None:
    variables = (
        EnvironmentVariable("page_size", "DEMO_PAGE_SIZE", "int"),
        EnvironmentVariable("verify", "DEMO_VERIFY", "bool"),
    )
    monkeypatch.setenv("DEMO_PAGE_SIZE", "ten")
    with pytest.raises(ConfigurationError, match="DEMO_PAGE_SIZE must be an integer"):
        options.from_environment({}, variables)
    monkeypatch.setenv("DEMO_PAGE_SIZE", " 10 ")
    monkeypatch.setenv("DEMO_VERIFY", "perhaps")
    with pytest.raises(HodlHodlConfigurationError, match="DEMO_VERIFY must be true or false"):
        options.from_environment({}, variables, HodlHodlConfigurationError)
    monkeypatch.setenv("DEMO_VERIFY", "No")
    assert options.from_environment({}, variables) == {"page_size": 10, "verify": False}
    assert options.from_environment({"page_size": 3}, variables) == {"verify": False}


@pytest.fixture
def fresh_logging(monkeypatch: pytest.MonkeyPatch) -> Iterator[logging.Logger]:
    logger = logging.getLogger("coinspec")
    handlers, level = list(logger.handlers), logger.level
    monkeypatch.setattr(options, "_log_handler", None)
    yield logger
    logger.handlers[:] = handlers
    logger.setLevel(level)


def test_coinspec_log_debug_logs_each_request_once_set_up(
    fresh_logging: logging.Logger,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("COINSPEC_LOG", "debug")
    before = len(fresh_logging.handlers)
    Swapgate(base_url="https://swapgate.test", transport=recording()[0])
    with Swapgate(base_url="https://swapgate.test", transport=recording()[0]) as swapgate:
        swapgate.list_instruments()
    assert len(fresh_logging.handlers) == before + 1  # two clients, one handler
    assert fresh_logging.level == logging.DEBUG
    assert "GET https://swapgate.test/instruments -> 200" in capsys.readouterr().err


def test_without_coinspec_log_nothing_is_set_up(fresh_logging: logging.Logger) -> None:
    before = list(fresh_logging.handlers)
    Swapgate(base_url="https://swapgate.test")
    assert fresh_logging.handlers == before


def test_a_log_level_coinspec_does_not_know_is_warned_about_once(
    fresh_logging: logging.Logger, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(options, "_unknown_log_level_warned", False)
    monkeypatch.setenv("COINSPEC_LOG", "verbose")
    before = list(fresh_logging.handlers)
    with pytest.warns(
        RuntimeWarning, match="COINSPEC_LOG='verbose' is neither info nor debug"
    ) as caught:
        Swapgate(base_url="https://swapgate.test")
    assert caught[0].filename == __file__  # where the client was made
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Swapgate(base_url="https://swapgate.test")  # once is enough
    assert fresh_logging.handlers == before


def test_the_environment_variables_are_listed_once_for_the_docs() -> None:
    from coinspec.hodlhodl.client import SERVICE

    assert [v.name for v in SERVICE.environment] == [
        "HODLHODL_BASE_URL",
        "HODLHODL_API_KEY",
        "HODLHODL_ESCROW_XPUB",
        "HODLHODL_ESCROW_SIGNING_KEY",
        "HODLHODL_HODLHODL_PUBLIC_KEY",
        "HODLHODL_NETWORK",
    ]
