"""Status errors are typed with the body their status declares, and never lie about it."""

from __future__ import annotations

import httpx
import pytest

from coinspec import APIStatusError
from coinspec.cryptocoinpro import CryptoCoinPro, CryptoCoinProStatusError, Message
from coinspec.cryptocoinpro import NotFoundError as CryptoNotFound
from coinspec.hodlhodl import (
    Error,
    HodlHodl,
    HodlHodlStatusError,
    NotFoundError,
    ServiceUnavailableError,
)
from coinspec.swapgate import ForbiddenError, Swapgate


def answering(status: int, **response: object) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(status, **response))  # type: ignore[arg-type]


def test_a_documented_status_with_its_body_is_its_class_with_the_model() -> None:
    body = {"status": "error", "error_code": "not_found"}
    with HodlHodl(api_key="k", transport=answering(404, json=body)) as hodlhodl:
        with pytest.raises(NotFoundError) as caught:
            hodlhodl.get_contract(id="c1")
    assert isinstance(caught.value.body, Error)
    assert caught.value.body.error_code == "not_found"


def test_a_body_that_is_not_the_declared_one_is_the_services_status_error() -> None:
    page = "<html><h1>503 Service Temporarily Unavailable</h1></html>"
    transport = answering(503, text=page, headers={"Content-Type": "text/html"})
    with HodlHodl(api_key="k", transport=transport, max_retries=0) as hodlhodl:
        with pytest.raises(HodlHodlStatusError) as caught:
            hodlhodl.get_contract(id="c1")
    error = caught.value
    assert type(error) is HodlHodlStatusError and not isinstance(error, ServiceUnavailableError)
    assert error.status_code == 503 and error.body == page


def test_a_json_body_of_another_shape_stays_raw() -> None:
    transport = answering(404, json={"detail": "no route"})
    with HodlHodl(api_key="k", transport=transport) as hodlhodl:
        with pytest.raises(HodlHodlStatusError) as caught:
            hodlhodl.get_contract(id="c1")
    assert type(caught.value) is HodlHodlStatusError
    assert caught.value.body == {"detail": "no route"}


def test_a_status_declared_without_a_body_keeps_its_class_and_the_raw_body() -> None:
    transport = answering(403, json={"message": "email already set"})
    with Swapgate(base_url="https://swapgate.test", transport=transport) as swapgate:
        with pytest.raises(ForbiddenError) as caught:
            swapgate.set_email(body={"orderId": 1, "userEmail": "a@b.c"})
    assert caught.value.body == {"message": "email already set"}


def test_a_union_of_declared_bodies_types_the_class() -> None:
    transport = answering(404, json={"message": "No query results."})
    with CryptoCoinPro(api_key="k", transport=transport) as client:
        with pytest.raises(CryptoNotFound) as caught:
            client.get_bank(user="u", bank="b")
    assert (
        isinstance(caught.value.body, Message) and caught.value.body.message == "No query results."
    )
    assert isinstance(caught.value, CryptoCoinProStatusError) and isinstance(
        caught.value, APIStatusError
    )
