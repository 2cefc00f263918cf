"""CoinJoin: signed responses verified end to end, never-repeated payments, paging, exact numbers."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Iterator
from decimal import Decimal

import httpx
import pytest

from coinspec.coinjoin import (
    AsyncCoinJoin,
    CoinJoin,
    CoinJoinStatusError,
    CoinJoinVerificationError,
)
from coinspec.coinjoin.models import Transaction
from coinspec.mock import MockServer
from coinspec_runtime.coinjoin import signed_response

from .serving import serve

SECRET = "correct horse battery staple"
API_KEY = "cj-live-key-123"
PAYOUTS = ["mr9if7VDsVfEZ1qUo2u3trv6rU9eH7Yx4u", "mia3h2FdYvR2LbDR1to9u6TC62hiTbDKM9"]


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    yield from serve("coinjoin", {"hmac_secret": SECRET})


def test_signed_responses_verify_end_to_end(mock: MockServer) -> None:
    with CoinJoin(base_url=mock.url, api_key=API_KEY, hmac_secret=SECRET) as client:
        assert client.verifies_responses
        created = client.create_transaction(body={"delay": "1", "payouts": PAYOUTS})
        fetched = client.get_transaction(id="Q96G3MSNW8MPQRTX")
    assert created.id == "JEVG1TKFP4L95EDX"
    assert created.deposit_amount == Decimal("0.00316")
    assert fetched.status == "complete"


OTHER_PAYOUTS: dict[str, str | Decimal] = {
    "mx1HgMB1EG38bRtfH4tQwMGSvZXodbxdQ8": "0.005",
    PAYOUTS[0]: Decimal("0.001"),
}


def test_the_mock_answers_the_payouts_it_was_sent_and_the_client_verifies_them(
    mock: MockServer,
) -> None:
    """The answer is tied to the request (coinjoin.payouts): the mock, like the service,
    answers with the payouts the request sent, not the document's example ones."""
    with CoinJoin(base_url=mock.url, api_key=API_KEY, hmac_secret=SECRET) as client:
        created = client.create_transaction(body={"delay": 0, "payouts": OTHER_PAYOUTS})

    async def run() -> Transaction:
        async with AsyncCoinJoin(base_url=mock.url, api_key=API_KEY, hmac_secret=SECRET) as client:
            return await client.create_transaction(body={"delay": 0, "payouts": OTHER_PAYOUTS})

    for answer in (created, asyncio.run(run())):
        assert {a: Decimal(v) for a, v in answer.payouts.root.items()} == {
            a: Decimal(v) for a, v in OTHER_PAYOUTS.items()
        }


def test_a_signature_made_with_another_secret_is_refused(mock: MockServer) -> None:
    with CoinJoin(base_url=mock.url, api_key=API_KEY, hmac_secret="not the secret") as client:
        with pytest.raises(CoinJoinVerificationError) as caught:
            client.get_transaction(id="Q96G3MSNW8MPQRTX")
    assert caught.value.check == "coinjoin.signature"
    assert "not the secret" not in str(caught.value)


def tampering_transport(change: str) -> httpx.MockTransport:
    """A server whose signed transaction is altered on the way."""
    body = {
        "id": "JEVG1TKFP4L95EDX",
        "status": "pending",
        "depositAddress": "tb1qmc2vcq6a427v6t83z8rnyg9ldf5k5p5uj2x4xv",
        "depositAmount": Decimal("0.00316"),
        "payouts": {PAYOUTS[0]: "0.001", PAYOUTS[1]: "0.002"},
        "fee": Decimal("0.00016"),
        "delay": "1",
        "updated": "2022-05-05T08:56:05+00:00",
        "created": "2022-05-05T08:56:05+00:00",
    }
    signed = signed_response(body, SECRET)
    if change == "amount":
        signed["depositAmount"] = Decimal("0.00317")
    elif change == "payout address":
        signed["payouts"] = {"mx1HgMB1EG38bRtfH4tQwMGSvZXodbxdQ8": "0.001", PAYOUTS[1]: "0.002"}
    elif change == "key order":
        signed = {"status": signed.pop("status"), **signed}
    elif change == "added field":
        signed = {
            **{k: v for k, v in signed.items() if k != "signature"},
            "txid": "ab" * 32,
            "signature": signed["signature"],
        }
    text = (
        json.dumps(signed, default=str)
        .replace('"0.00316"', "0.00316")
        .replace('"0.00317"', "0.00317")
        .replace('"0.00016"', "0.00016")
    )
    return httpx.MockTransport(
        lambda request: httpx.Response(200, text=text, headers={"Content-Type": "application/json"})
    )


@pytest.mark.parametrize("change", ["amount", "payout address", "key order", "added field"])
def test_tampered_responses_raise(change: str) -> None:
    with CoinJoin(
        base_url="https://cj.test/api",
        api_key=API_KEY,
        hmac_secret=SECRET,
        transport=tampering_transport(change),
    ) as client:
        with pytest.raises(CoinJoinVerificationError):
            client.get_transaction(id="JEVG1TKFP4L95EDX")


def test_untampered_response_passes() -> None:
    with CoinJoin(
        base_url="https://cj.test/api",
        api_key=API_KEY,
        hmac_secret=SECRET,
        transport=tampering_transport("none"),
    ) as client:
        assert client.get_transaction(id="JEVG1TKFP4L95EDX").deposit_amount == Decimal("0.00316")


def test_without_a_secret_verification_is_off_and_said_so(mock: MockServer) -> None:
    with CoinJoin(base_url=mock.url, api_key=API_KEY) as client:
        assert not client.verifies_responses
        assert "verification=off (needs hmac_secret)" in repr(client)
        assert client.get_transaction(id="Q96G3MSNW8MPQRTX").id == "Q96G3MSNW8MPQRTX"
    assert "without it nothing is verified" in " ".join((CoinJoin.__init__.__doc__ or "").split())


def test_secrets_never_show(mock: MockServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="coinspec")
    with CoinJoin(base_url=mock.url, api_key=API_KEY, hmac_secret=SECRET) as client:
        text = repr(client)
        client.get_status()
        with pytest.raises(CoinJoinVerificationError) as caught:
            CoinJoin(
                base_url=mock.url, api_key=API_KEY, hmac_secret="wrong-" + SECRET
            ).get_transaction(id="X1")
    assert "verification=on" in text and "api_key=<set>" in text and "hmac_secret=<set>" in text
    for shown in (text, str(caught.value), repr(caught.value), caplog.text):
        assert SECRET not in shown and API_KEY not in shown
    assert "GET " in caplog.text and "/status -> 200" in caplog.text


def test_create_transaction_is_never_sent_twice() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        return httpx.Response(
            503,
            headers={"Retry-After": "0"},
            json={"code": 503, "description": "Service Unavailable"},
        )

    with CoinJoin(
        base_url="https://cj.test/api",
        api_key=API_KEY,
        transport=httpx.MockTransport(handler),
        max_retries=3,
        retry_backoff=0,
    ) as client:
        with pytest.raises(CoinJoinStatusError) as caught:
            client.create_transaction(body={"delay": 1, "payouts": PAYOUTS})
        assert caught.value.status_code == 503
        assert calls == ["/api/createTransaction"]
        calls.clear()
        with pytest.raises(CoinJoinStatusError):
            client.get_transaction(id="X")
        assert calls == ["/api/transaction/X"] * 4  # a read is retried


def test_iterator_pages_with_limit_offset_and_total() -> None:
    everything = [
        {
            "id": f"T{i}",
            "status": "pending",
            "depositAddress": "tb1q",
            "payouts": {},
            "fee": Decimal("0.0001"),
            "delay": "0",
            "updated": "2022-05-05T08:52:52+00:00",
            "created": "2022-05-05T08:52:52+00:00",
        }
        for i in range(5)
    ]
    offsets: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        limit, offset = int(request.url.params["limit"]), int(request.url.params.get("offset", "0"))
        offsets.append(str(offset))
        page = everything[offset : offset + limit]
        body = {
            "transactions": page,
            "totalTransactions": len(everything),
            "limit": str(limit),
            "offset": offset,
        }
        return httpx.Response(
            200, text=json.dumps(body, default=str), headers={"Content-Type": "application/json"}
        )

    with CoinJoin(
        base_url="https://cj.test/api", api_key=API_KEY, transport=httpx.MockTransport(handler)
    ) as client:
        ids = [t.id for t in client.iter_list_transactions(limit=2)]
    assert ids == ["T0", "T1", "T2", "T3", "T4"]
    assert offsets == ["0", "2", "4"]


def test_async_iterator_and_verification(mock: MockServer) -> None:
    async def run() -> tuple[list[str], str]:
        async with AsyncCoinJoin(base_url=mock.url, api_key=API_KEY, hmac_secret=SECRET) as client:
            listed = []
            async for transaction in client.iter_list_transactions(limit=2):
                listed.append(transaction.id)
                if len(listed) == 3:
                    break  # the second page is the mock's: the documented items, then others
            created = await client.create_transaction(body={"delay": "1", "payouts": PAYOUTS})
            return listed, created.id

    listed, created = asyncio.run(run())
    assert listed == ["Y9ANXDCJMHG2J6GD", "EEFU0IKT3BAJ1JOQ", "Y9ANXDCJMHG2J6G2"]
    assert created == "JEVG1TKFP4L95EDX"


def test_numbers_shown_both_ways_are_exact() -> None:
    when = '"updated":"2022-05-05T08:56:05+00:00","created":"2022-05-05T08:56:05+00:00"'
    as_number = Transaction.from_wire_json(
        '{"id":"a","status":"pending","depositAddress":"x","depositAmount":0.00316,"payouts":{},"fee":0.00016,"delay":1,'
        + when
        + "}"
    )
    as_text = Transaction.from_wire_json(
        '{"id":"a","status":"pending","depositAddress":"x","depositAmount":"0.00316","payouts":{},"fee":"0.00016","delay":"1",'
        + when
        + "}"
    )
    assert as_number.deposit_amount == as_text.deposit_amount
    with pytest.raises(ValueError, match="amounts are exact"):
        Transaction.model_validate_json(
            '{"id":"a","status":"pending","depositAddress":"x","depositAmount":0.00316,"payouts":{},"fee":0.00016,"delay":1,'
            + when
            + "}"
        )
    assert as_text.deposit_amount == Decimal("0.00316") and isinstance(
        as_text.deposit_amount, Decimal
    )
    assert as_text.delay == 1 and isinstance(as_text.delay, int)
    # `delay` is a `format: integer` string on the wire, as it came; `depositAmount` is
    # `{type: [string, number]}`: the same exact value, written as a number.
    assert as_text.to_wire()["delay"] == "1" and as_text.to_wire()["depositAmount"] == Decimal(
        "0.00316"
    )
    assert '"depositAmount":0.00316' in as_text.model_dump_json(by_alias=True)
    assert as_number.delay == 1
