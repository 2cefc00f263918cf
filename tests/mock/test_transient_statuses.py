"""`Prefer: code=N` for the transient statuses on every operation, so retry handling can be tried."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest

from coinspec import APIStatusError
from coinspec.mock import MockApp
from coinspec.swapgate import Swapgate

from .process import MockProcess, mock_process


@pytest.fixture(scope="module")
def swapgate() -> Iterator[MockProcess]:
    with mock_process("swapgate") as mock:
        yield mock


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
def test_every_operation_answers_the_transient_statuses(swapgate: MockProcess, status: int) -> None:
    # GET /instruments documents only 200.
    response = httpx.get(swapgate.url + "/instruments", headers={"Prefer": f"code={status}"})
    assert response.status_code == status
    assert "retry-after" not in response.headers


def test_retry_after_when_asked(swapgate: MockProcess) -> None:
    response = httpx.get(
        swapgate.url + "/instruments", headers={"Prefer": "code=429, retry-after=1"}
    )
    assert response.status_code == 429
    assert response.headers["Retry-After"] == "1"


def test_an_undocumented_transient_status_has_the_services_error_body() -> None:
    app = MockApp("hodlhodl")
    del app.spec.operation("list_payment_methods").raw["responses"]["503"]
    status, headers, body = app.handle("GET", "/payment_methods", {"Prefer": "code=503"}, b"")
    # As the spec's other operations document it: HodlHodl's error envelope.
    assert (status, headers["Content-Type"]) == (503, "application/json")
    assert json.loads(body) == {"status": "error", "error_code": "not_available"}
    # A status no operation documents a body for comes without one.
    assert app.handle("GET", "/payment_methods", {"Prefer": "code=502"}, b"") == (502, {}, b"")


@pytest.mark.parametrize(
    ("prefer", "message"),
    [
        ("code=abc", "Prefer: code=abc is not an HTTP status"),
        (
            "code=429, retry-after=soon",
            "Prefer: retry-after=soon is not a number of seconds from 0 to 86400",
        ),
        (
            "code=429, retry-after=-1",
            "Prefer: retry-after=-1 is not a number of seconds from 0 to 86400",
        ),
        (
            "code=200, example=nope",
            "Prefer: example=nope, but GET /instruments names no such example (its named examples: none)",
        ),
    ],
)
def test_a_preference_the_mock_cannot_follow_is_refused(
    swapgate: MockProcess, prefer: str, message: str
) -> None:
    response = httpx.get(swapgate.url + "/instruments", headers={"Prefer": prefer})
    assert response.status_code == 400
    assert response.json()["mock_error"] == message


def test_the_clients_retries_meet_the_mock(swapgate: MockProcess) -> None:
    """The SDK retries an idempotent call on 503 and honours Retry-After; the mock's log shows it."""
    before = len([line for line in swapgate.log if "GET /instruments 503" in line])
    with (
        Swapgate(base_url=swapgate.url, max_retries=2) as client,
        pytest.raises(APIStatusError) as caught,
    ):
        client.list_instruments(extra_headers={"Prefer": "code=503, retry-after=0"})
    assert caught.value.status_code == 503
    attempts = swapgate.wait_for_lines("GET /instruments 503", before + 3)
    assert len(attempts) - before == 3  # the call and two retries
    assert (
        len(swapgate.wait_for_lines("GET /instruments 503", before + 4, timeout=0.3)) == before + 3
    )
