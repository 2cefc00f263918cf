"""A genuine CoinJoin createTransaction answer, replayed to another createTransaction.

The document's HMAC signs a response's values only, never the request. Before: a server (or
a man in the middle) answered createTransaction with the genuine signed answer of an earlier
createTransaction of the user's (another deposit address, other payouts) and it verified, so
the user deposited to it. Now create_transaction's check is given the request body that went
on the wire, and the signed payouts must be the addresses (and amounts) it sent
(coinjoin.payouts). Sync and async clients alike; the refusal hands nothing over.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from coinspec import coinjoin as coinjoin_sdk
from coinspec.coinjoin import AsyncCoinJoin, CoinJoin, CoinJoinVerificationError, _operations
from coinspec_runtime import coinjoin

SECRET = "s3cret"
ASKED = ["mr9if7VDsVfEZ1qUo2u3trv6rU9eH7Yx4u", "mia3h2FdYvR2LbDR1to9u6TC62hiTbDKM9"]
EARLIER = ["mx1HgMB1EG38bRtfH4tQwMGSvZXodbxdQ8"]
EARLIER_DEPOSIT = "tb1qu80wgqucwvwxt3wdk8lyd4weuxn3vvy23et3p3"
FRESH_DEPOSIT = "tb1qmc2vcq6a427v6t83z8rnyg9ldf5k5p5uj2x4xv"


def _answer(payouts: dict[str, str], deposit: str) -> dict[str, Any]:
    """The service's genuine signed answer, with the user's secret, for these payouts."""
    body = {
        "id": "JEVG1TKFP4L95EDX",
        "status": "pending",
        "depositAddress": deposit,
        "depositAmount": "0.00316",
        "payouts": payouts,
        "fee": "0.00016",
        "delay": "1",
        "updated": "2022-05-05T08:56:05+00:00",
        "created": "2022-05-05T08:56:05+00:00",
    }
    return coinjoin.signed_response(body, SECRET)


REPLAYED = _answer({EARLIER[0]: "0"}, EARLIER_DEPOSIT)
HONEST = _answer({address: "0" for address in ASKED}, FRESH_DEPOSIT)


def _transport(answer: dict[str, Any], received: list[bytes]) -> httpx.MockTransport:
    def serve(request: httpx.Request) -> httpx.Response:
        received.append(request.content)
        return httpx.Response(200, json=answer)

    return httpx.MockTransport(serve)


def _create(answer: dict[str, Any], *, asynchronous: bool, **call: Any) -> Any:
    received: list[bytes] = []
    options: dict[str, Any] = {
        "base_url": "https://cj.test/api",
        "api_key": "k",
        "hmac_secret": SECRET,
        "transport": _transport(answer, received),
    }
    arguments = {"body": {"delay": 1, "payouts": ASKED}} | call
    if not asynchronous:
        with CoinJoin(**options) as service:
            result = service.create_transaction(**arguments)
    else:

        async def run() -> Any:
            async with AsyncCoinJoin(**options) as service:
                return await service.create_transaction(**arguments)

        result = asyncio.run(run())
    assert len(received) == 1  # one request went out; POST is not retried
    return result


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_a_replayed_answer_of_an_earlier_creation_is_refused(asynchronous: bool) -> None:
    with pytest.raises(CoinJoinVerificationError) as refused:
        _create(REPLAYED, asynchronous=asynchronous)
    assert refused.value.check == "coinjoin.payouts", str(refused.value)
    assert EARLIER[0] in str(refused.value)
    assert EARLIER_DEPOSIT not in str(refused.value)  # nothing of it is handed over


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_the_honest_answer_to_the_creation_is_returned(asynchronous: bool) -> None:
    created = _create(HONEST, asynchronous=asynchronous)
    assert isinstance(created, coinjoin_sdk.Transaction)
    assert created.deposit_address == FRESH_DEPOSIT


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_the_amounts_asked_for_are_the_amounts_signed(asynchronous: bool) -> None:
    asked = {ASKED[0]: "0.001", ASKED[1]: "0.002"}
    body = {"delay": 1, "payouts": asked}
    honest = _answer(asked, FRESH_DEPOSIT)
    assert _create(honest, asynchronous=asynchronous, body=body).deposit_address == FRESH_DEPOSIT
    swapped = _answer({ASKED[0]: "0.002", ASKED[1]: "0.001"}, EARLIER_DEPOSIT)
    with pytest.raises(CoinJoinVerificationError) as refused:
        _create(swapped, asynchronous=asynchronous, body=body)
    assert refused.value.check == "coinjoin.payouts", str(refused.value)


def test_the_request_compared_is_the_one_that_went_on_the_wire() -> None:
    """extra_body changes what is sent: the answer must be for that, not for the arguments."""
    wire = {"payouts": EARLIER}
    earlier_answer = _answer({EARLIER[0]: "0"}, EARLIER_DEPOSIT)
    created = _create(earlier_answer, asynchronous=False, extra_body=wire)
    assert created.deposit_address == EARLIER_DEPOSIT
    with pytest.raises(CoinJoinVerificationError) as refused:
        _create(HONEST, asynchronous=False, extra_body=wire)
    assert refused.value.check == "coinjoin.payouts", str(refused.value)


def test_a_forged_answer_is_a_signature_failure_whatever_its_payouts() -> None:
    forged = dict(HONEST) | {"depositAddress": EARLIER_DEPOSIT}
    with pytest.raises(CoinJoinVerificationError) as refused:
        _create(forged, asynchronous=False)
    assert refused.value.check == "coinjoin.signature", str(refused.value)


@pytest.mark.parametrize(
    "request_",
    [
        httpx.Request("POST", "https://cj.test/api/createTransaction", content=b"delay=1"),
        httpx.Request("POST", "https://cj.test/api/createTransaction", content=b""),
        httpx.Request("POST", "https://cj.test/api/createTransaction", content=iter([b"{}"])),
        httpx.Request("POST", "https://cj.test/api/createTransaction", content=b"null"),
    ],
    ids=["not-json", "empty", "streamed", "null"],
)
def test_a_request_body_that_cannot_be_read_back_refuses_the_answer(
    request_: httpx.Request,
) -> None:
    """Nothing to tie the answer to: the call fails, the answer is not handed over."""
    response = httpx.Response(200, json=HONEST, request=request_)
    with CoinJoin(base_url="https://cj.test/api", api_key="k", hmac_secret=SECRET) as service:
        with pytest.raises(CoinJoinVerificationError) as refused:
            service._parse(_operations.CREATE_TRANSACTION, response, {})
    assert refused.value.check == "request.body", str(refused.value)
