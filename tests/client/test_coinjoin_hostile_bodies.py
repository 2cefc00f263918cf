"""CoinJoin through the client: a body PHP cannot have signed (a lone surrogate, a number
beyond a double) is a typed refusal, never a crash (UnicodeEncodeError, OverflowError)."""

from __future__ import annotations

import httpx
import pytest

from coinspec.coinjoin import CoinJoin, CoinJoinError, CoinJoinVerificationError
from coinspec_runtime.coinjoin import sign_response

SECRET = "s3cret"
BODY_TEXT = (
    '{"id": "Q96G3MSNW8MPQRTX", "status": "%s", "depositAddress": '
    '"tb1q0pkwdj3pqdp587yrc8sus876kccn5tq577ce5x", "depositAmount": "0.0062244", '
    '"payouts": {"mfuAKvSsAMrC7gjbEEb521uc1myeF9BSsc": "0.006"}, "fee": %s, "delay": "0", '
    '"updated": "2022-04-28T09:46:11+00:00", "created": "2022-04-28T09:42:41+00:00", '
    '"signature": "%s"}'
)


@pytest.mark.parametrize(
    ("status", "fee", "refusal", "check"),
    [
        # A lone surrogate, escaped as JSON allows: not a string the schema accepts.
        ("complete\\ud800", "0.0002244", CoinJoinError, None),
        # No double holds it: PHP cannot have written it, so no signature of it is checked.
        ("complete", "1e400", CoinJoinVerificationError, "coinjoin.body"),
    ],
    ids=["lone-surrogate", "beyond-a-double"],
)
def test_a_body_php_cannot_have_signed_is_refused(
    status: str, fee: str, refusal: type[CoinJoinError], check: str | None
) -> None:
    honest = {"status": "complete", "fee": 0.0002244}
    signature = sign_response(honest, SECRET)  # any signature: the body is refused first
    text = BODY_TEXT % (status, fee, signature)
    received: list[str] = []

    def serve(request: httpx.Request) -> httpx.Response:
        received.append(request.url.path)
        return httpx.Response(
            200, content=text.encode(), headers={"content-type": "application/json"}
        )

    with CoinJoin(
        base_url="https://cj.test/api",
        api_key="k",
        hmac_secret=SECRET,
        transport=httpx.MockTransport(serve),
    ) as client:
        with pytest.raises(refusal) as caught:
            client.get_transaction(id="Q96G3MSNW8MPQRTX")
    assert getattr(caught.value, "check", None) == check, str(caught.value)
    assert received == ["/api/transaction/Q96G3MSNW8MPQRTX"]
