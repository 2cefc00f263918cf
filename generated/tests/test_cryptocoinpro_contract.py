"""Contract tests of coinspec.cryptocoinpro, generated from specs/cryptocoinpro.yaml.

Against the built-in mock (default) every operation's request must be accepted, every
example must parse and dump back to the same JSON, and every documented error status must
raise its exception class. With ``--base-url URL`` the requests go to that server instead,
and its responses are also checked against the spec's schemas.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from pydantic import TypeAdapter

from coinspec.cryptocoinpro import AsyncCryptoCoinPro, CryptoCoinPro
from coinspec.cryptocoinpro import errors
from coinspec.cryptocoinpro.models import *  # noqa: F403

from . import contract

API = "cryptocoinpro"
CREDENTIALS: dict[str, Any] = {
    "api_key": "test-api-key",
    "platform_token": "test-platform-token",
}
# The spec's example client options; the mock gets the same, so their hooks run end to end.
OPTIONS: dict[str, str] = {}

# Each operation called with the examples of its parameters and body.
ARGUMENTS: dict[str, dict[str, Any]] = {
    "authenticate_via_platform": {
        "platform": "1",
    },
    "authenticate": {"body": {"email": "email@gmail.com", "password": "12345678"}},
    "logout": {},
    "create_bank": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "body": {
            "bankName": "ING Bank",
            "iban": "RO020NGB00009999002858000",
            "swift": "INGBROBU",
            "currency": "EUR",
        },
    },
    "list_banks": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "status": "confirmed",
        "currency": "EUR",
    },
    "get_bank": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "bank": "aa7a66a2-fbb5-422e-bc52-7912fa2c96f9",
    },
    "delete_bank": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "bank": "aa7a66a2-fbb5-422e-bc52-7912fa2c96f9",
    },
    "create_card": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "body": {
            "cardImage1": "<binary content of the card image (jpg/png/bmp)>",
            "cardImage2": "<binary content of the image of the user holding the card (jpg/png/bmp)>",
            "holderName": "Alin Ionut",
            "expirationDate": "10/19",
            "lastFourDigits": "1234",
            "alias": "MyFavoriteCard",
        },
    },
    "list_cards": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "status": "confirmed",
    },
    "get_card": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "card": "5d482936-d7b4-4ef2-bef7-a230ca712a4b",
    },
    "update_card": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "card": "5d482936-d7b4-4ef2-bef7-a230ca712a4b",
        "body": {
            "cardImage1": "<binary content of the card image (jpg/png/bmp)>",
            "cardImage2": "<binary content of the image of the user holding the card (jpg/png/bmp)>",
            "holderName": "Alin Ionut",
            "expirationDate": "10/19",
            "lastFourDigits": "1234",
            "alias": "MyFavoriteCard",
        },
    },
    "delete_card": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "card": "5d482936-d7b4-4ef2-bef7-a230ca712a4b",
    },
    "list_checkouts": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "status": "created",
    },
    "get_checkout": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "checkout": "fc0388dc-63c5-4fbe-bc53-c11ba3bdb94e",
    },
    "list_countries": {},
    "list_currencies": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "asset": "ETH",
    },
    "get_currency_history": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "asset": "ETH",
        "period": "day",
    },
    "create_deposit": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "body": {
            "type": "coin",
            "symbol": "ETH",
            "amount": "100",
            "wallet": "0x500cab8a5706bf41352534a4754baab87b24a45e",
            "txID": "0xccb5d3e14b73a10708839f9d4fb9a733696b0bd10a84782cd52fc70d13595a25",
        },
    },
    "get_deposit_address": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "body": {"asset": "ETH", "destination": "broker"},
    },
    "get_kyc": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
    },
    "create_kyc": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "body": {
            "country": "RO",
            "city": "Pitesti",
            "zip": "123456",
            "street": "Street name Nr. 1",
            "documents[governmentIdFront]": "<binary content of the government ID front (jpg/png/bmp)>",
            "documents[governmentIdBack]": "<binary content of the government ID back (jpg/png/bmp)>",
            "documents[passport]": "<binary content of the passport (jpg/png/bmp)>",
            "documents[utilityBill]": "<binary content of the utility bill (jpg/png/bmp)>",
            "documents[selfieWithId]": "<binary content of the selfie with ID (jpg/png/bmp)>",
            "edd[transactionsPurpose]": "investments",
            "edd[transactionsPurposeOther]": "any desired purpose here",
            "edd[transactionsNatureValue]": 1,
            "edd[transactionsNatureFrequency]": 1,
            "edd[fundsSource]": "other",
            "edd[fundsSourceOther]": "any source of funds here",
            "edd[fundsSourceFile]": "<binary content of the funds source proof (jpg/png/bmp)>",
            "edd[fundsOrigin]": "personal_savings",
            "edd[fundsOriginOther]": "any origin of funds here",
            "edd[fundsOriginFile]": "<binary content of the funds origin proof (jpg/png/bmp)>",
        },
    },
    "create_kyc_personal_data": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "body": {"firstName": "Alin", "lastName": "Ionut", "dateOfBirth": "1900-12-31"},
    },
    "create_kyc_address": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "body": {
            "country": "RO",
            "city": "Pitesti",
            "zip": "123456",
            "street": "Street name Nr. 1",
            "utilityBill": "<binary content of the utility bill (jpg/png/bmp/pdf)>",
        },
    },
    "create_kyc_document": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "body": {
            "type": "governmentIdFront",
            "file": "<binary content of the government ID front (jpg/png/bmp/pdf)>",
        },
    },
    "create_kyc_video": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "body": {"date": "2020-12-30 12:00:00"},
    },
    "create_kyc_edd": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "body": {
            "transactionsPurpose": "investments",
            "transactionsPurposeOther": "any desired purpose here",
            "transactionsNatureValue": 1,
            "transactionsNatureFrequency": 1,
            "fundsSource": "other",
            "fundsSourceOther": "any source of funds here",
            "fundsSourceFile": "<binary content of the funds source proof (jpg/png/bmp)>",
            "fundsOrigin": "personal_savings",
            "fundsOriginOther": "any origin of funds here",
            "fundsOriginFile": "<binary content of the funds origin proof (jpg/png/bmp)>",
        },
    },
    "add_kyc_phone": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "body": {"phone": "40700000000"},
    },
    "verify_kyc_phone": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "body": {"code": "111111"},
    },
    "reverify_kyc_phone": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
    },
    "list_permanent_notifications": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
    },
    "list_temporary_notifications": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "notification_id": "7b10e453-4629-4ca6-b0a2-53a6adf36bef",
        "type": "unread",
    },
    "mark_temporary_notifications_as_read": {
        "user": "1",
    },
    "list_orders": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "status": "APPROVED",
        "type_operation_name": "buy_with_fiat",
        "asset": "ETH",
    },
    "list_coin_orders": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "status": "APPROVED",
        "type_operation_name": "buy_with_fiat",
        "asset": "ETH",
    },
    "list_token_orders": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "status": "APPROVED",
        "type_operation_name": "buy_with_fiat",
        "asset": "ETH",
    },
    "get_order": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "order": "f7cd7280-b75c-45ac-ac26-193162e74fc1",
    },
    "upload_order_payment_proof": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "order": "f7cd7280-b75c-45ac-ac26-193162e74fc1",
        "body": {"file": "<binary content of the proof of payment (jpg/png/bmp/pdf)>"},
    },
    "get_platform": {
        "platform": "5f374d03-be0d-4dd2-b6ef-112a2bec5963",
    },
    "update_platform": {
        "platform": "5f374d03-be0d-4dd2-b6ef-112a2bec5963",
        "body": {
            "name": "Google",
            "baseUrl": "https://google.com/",
            "ienUrl": "https://google.com/",
            "ienType": "jwt",
            "colorCode": "#ffffff",
        },
    },
    "list_platform_staff": {
        "platform": "5f374d03-be0d-4dd2-b6ef-112a2bec5963",
    },
    "list_platform_users": {
        "platform": "5f374d03-be0d-4dd2-b6ef-112a2bec5963",
    },
    "list_platform_orders": {
        "platform": "5f374d03-be0d-4dd2-b6ef-112a2bec5963",
    },
    "list_platform_quotes": {
        "platform": "5f374d03-be0d-4dd2-b6ef-112a2bec5963",
    },
    "list_platform_checkouts": {
        "platform": "5f374d03-be0d-4dd2-b6ef-112a2bec5963",
    },
    "list_platform_transfers": {
        "platform": "5f374d03-be0d-4dd2-b6ef-112a2bec5963",
    },
    "list_platform_calls": {
        "platform": "5f374d03-be0d-4dd2-b6ef-112a2bec5963",
    },
    "create_quote": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "body": {
            "type": "coin",
            "orderType": "buy_with_crypto",
            "secondOrderType": "withdraw",
            "orderAmount": "1.0010",
            "orderSymbol": "ETH",
            "orderPaymentSymbol": "EUR",
            "orderPaymentMethod": "11b73ec1-5b19-4844-a5c9-42bd177b64c3",
            "orderPaymentType": "bank",
            "wallet": "1ca2361d-ba5c-4d11-8640-0eca9f25e85f",
        },
    },
    "list_quotes": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "status": "available",
        "type": "buy_with_fiat",
        "asset": "ETH",
    },
    "get_quote": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "quote": "fc0388dc-63c5-4fbe-bc53-c11ba3bdb94e",
    },
    "confirm_quote": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "quote": "e4c9dc01-5b65-4186-a149-cd31aaae3603",
        "body": {"orderPaymentMethod": "f2b87ccc-0fc4-4d18-9a5d-dcf73f899016"},
    },
    "get_buy_price": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "from_": "EUR",
        "to": "XBT",
        "from_amount": "100",
        "to_amount": "0.5",
    },
    "get_sell_price": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "from_": "ETH",
        "to": "EUR",
        "from_amount": "100",
        "to_amount": "0.5",
    },
    "get_withdraw_price": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "from_": "ETH",
        "to": "ETH",
        "from_amount": "100",
        "to_amount": "0.5",
    },
    "get_withdraw_ico_price": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "from_": "IPSX",
        "to": "IPSX",
        "from_amount": "100",
        "to_amount": "0.5",
    },
    "list_security_events": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
    },
    "list_access_tokens": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
    },
    "change_password": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "body": {"current_password": "password", "new_password": "password"},
    },
    "invalidate_access_token": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "token": "14bb7a50a5ede4XXXXXXXXXXXXXXXXXXXXXXXX",
    },
    "list_transfers": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
    },
    "create_transfer": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "body": {
            "action": "send",
            "amount": "1.2345",
            "type": "coin",
            "symbol": "ETH",
            "user": "alinionutmusat+1@gmail.com",
        },
    },
    "list_transfers_created": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
    },
    "list_outgoing_transfers": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
    },
    "list_incoming_transfers": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
    },
    "get_transfer": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "transfer": "3290f292-d36d-45f8-a320-81c74e5d7ba8",
    },
    "confirm_transfer": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "transfer": "3290f292-d36d-45f8-a320-81c74e5d7ba8",
        "body": {"wallet": "0x01234567890123456789"},
    },
    "forgot_password": {"body": {"email": "joe@doe.com", "type": "text"}},
    "reset_password": {
        "body": {"email": "joe@doe.com", "token": "distinctio", "password": "12345678"}
    },
    "create_user": {
        "body": {
            "email": "email@gmail.com",
            "password": "12345678",
            "firstName": "Alin",
            "lastName": "Ionut",
            "dateOfBirth": "1900-12-31",
            "phone": "40730000000",
            "address": {
                "country": "RO",
                "city": "Pitesti",
                "zip": "112233",
                "street": "Some Street name Nr. 1",
            },
            "platform": {
                "id": "64b4f8d1-c2bd-4bba-8b1b-332a58176734",
                "userId": "123456",
                "email": "email@gmail.com",
                "username": "username",
                "referralId": "123456",
            },
            "redirectTo": "http://www.google.com",
        }
    },
    "verify_user_email": {
        "body": {
            "id": "1e6d61cc-be30-4de8-9bbf-cbb097b4767b",
            "email": "email@cryptocoin.pro",
            "code": "aplphanumrandom",
        }
    },
    "reverify_user_email": {
        "body": {"id": "1e6d61cc-be30-4de8-9bbf-cbb097b4767b", "email": "email@cryptocoin.pro"}
    },
    "get_user_profile": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
    },
    "get_user_balances": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "asset": "ETH",
    },
    "initiate_account_close": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "body": {"password": "mystrongpass"},
    },
    "abort_account_close": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
    },
    "list_wallets": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "status": "confirmed",
        "coin": "ETH",
    },
    "create_wallet": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "body": {
            "address": "0xEfC0c81abd46941766E2Ae9a30c57DF75b161111",
            "alias": "Thanos",
            "coin": "ETH",
        },
    },
    "get_wallet": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "wallet": "0b5d1b5c-a84e-459d-86d1-df2c0619f4e6",
    },
    "update_wallet": {
        "user": "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3",
        "wallet": "0b5d1b5c-a84e-459d-86d1-df2c0619f4e6",
        "body": {"alias": "Thanos"},
    },
}


@pytest.fixture(scope="module")
def target(live_url: str | None) -> Iterator[contract.Target]:
    yield from contract.target(API, live_url, OPTIONS)


@pytest.fixture
def client(target: contract.Target) -> Iterator[CryptoCoinPro]:
    options = {} if target.live else OPTIONS
    with CryptoCoinPro(base_url=target.url, max_retries=0, **CREDENTIALS, **options) as client:
        yield client


def _mock_only(target: contract.Target) -> None:
    if target.live:
        pytest.skip("a live server cannot be asked for a given status")


def test_authenticate_via_platform_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.authenticate_via_platform(
        **ARGUMENTS["authenticate_via_platform"]
    )
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(
            API, "authenticate_via_platform", raw.status_code, raw.content
        )
    if target.mock is not None:
        assert target.mock.received[-1].operation == "authenticate_via_platform"


def test_authenticate_via_platform_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(AuthTokenEnvelope)
    example = contract.example(API, "authenticate_via_platform", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_authenticate_via_platform_400_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ValidationError)
    example = contract.example(API, "authenticate_via_platform", 400)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_authenticate_via_platform_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ValidationError)
    example = contract.example(API, "authenticate_via_platform", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, errors.BadRequestError),
        (403, errors.ForbiddenError),
    ],
)
def test_authenticate_via_platform_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.authenticate_via_platform(
            **ARGUMENTS["authenticate_via_platform"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_authenticate_request_is_accepted(target: contract.Target, client: CryptoCoinPro) -> None:
    raw = client.with_raw_response.authenticate(**ARGUMENTS["authenticate"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "authenticate", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "authenticate"


def test_authenticate_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(AuthTokenEnvelope)
    example = contract.example(API, "authenticate", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_authenticate_400_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ValidationError)
    example = contract.example(API, "authenticate", 400)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_authenticate_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ValidationError)
    example = contract.example(API, "authenticate", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, errors.BadRequestError),
        (403, errors.ForbiddenError),
    ],
)
def test_authenticate_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.authenticate(**ARGUMENTS["authenticate"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_logout_request_is_accepted(target: contract.Target, client: CryptoCoinPro) -> None:
    raw = client.with_raw_response.logout(**ARGUMENTS["logout"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "logout", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "logout"


def test_logout_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(LogoutResultEnvelope)
    example = contract.example(API, "logout", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_logout_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "logout", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
    ],
)
def test_logout_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.logout(**ARGUMENTS["logout"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_create_bank_request_is_accepted(target: contract.Target, client: CryptoCoinPro) -> None:
    raw = client.with_raw_response.create_bank(**ARGUMENTS["create_bank"])
    assert raw.status_code == 201
    if target.live:
        contract.assert_matches_schema(API, "create_bank", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "create_bank"


def test_create_bank_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(BankAccountEnvelope)
    example = contract.example(API, "create_bank", 201)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_bank_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "create_bank", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_bank_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "create_bank", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_bank_422_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ValidationError)
    example = contract.example(API, "create_bank", 422)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (422, errors.UnprocessableEntityError),
    ],
)
def test_create_bank_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.create_bank(**ARGUMENTS["create_bank"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_list_banks_request_is_accepted(target: contract.Target, client: CryptoCoinPro) -> None:
    raw = client.with_raw_response.list_banks(**ARGUMENTS["list_banks"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "list_banks", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_banks"


def test_list_banks_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(BankAccountList)
    example = contract.example(API, "list_banks", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_banks_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "list_banks", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_banks_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "list_banks", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_banks_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "list_banks", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (409, errors.ConflictError),
    ],
)
def test_list_banks_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.list_banks(**ARGUMENTS["list_banks"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_get_bank_request_is_accepted(target: contract.Target, client: CryptoCoinPro) -> None:
    raw = client.with_raw_response.get_bank(**ARGUMENTS["get_bank"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "get_bank", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_bank"


def test_get_bank_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(BankAccountEnvelope)
    example = contract.example(API, "get_bank", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_bank_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "get_bank", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_bank_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "get_bank", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_bank_404_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "get_bank", 404)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_bank_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "get_bank", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
    ],
)
def test_get_bank_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.get_bank(**ARGUMENTS["get_bank"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_delete_bank_request_is_accepted(target: contract.Target, client: CryptoCoinPro) -> None:
    raw = client.with_raw_response.delete_bank(**ARGUMENTS["delete_bank"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "delete_bank", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "delete_bank"


def test_delete_bank_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "delete_bank", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_delete_bank_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "delete_bank", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_delete_bank_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "delete_bank", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_delete_bank_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "delete_bank", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (409, errors.ConflictError),
    ],
)
def test_delete_bank_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.delete_bank(**ARGUMENTS["delete_bank"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_create_card_request_is_accepted(target: contract.Target, client: CryptoCoinPro) -> None:
    raw = client.with_raw_response.create_card(**ARGUMENTS["create_card"])
    assert raw.status_code == 201
    if target.live:
        contract.assert_matches_schema(API, "create_card", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "create_card"
        # Every field of the example arrived as its own part; files with their content.
        form = target.mock.received[-1].form
        for name, value in ARGUMENTS["create_card"]["body"].items():
            part = form[name]
            assert (part[1] if isinstance(part, tuple) else part) in (
                str(value),
                str(value).encode(),
            )


def test_create_card_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(CardEnvelope)
    example = contract.example(API, "create_card", 201)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_card_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "create_card", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_card_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "create_card", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_card_422_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ValidationError)
    example = contract.example(API, "create_card", 422)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (422, errors.UnprocessableEntityError),
    ],
)
def test_create_card_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.create_card(**ARGUMENTS["create_card"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_list_cards_request_is_accepted(target: contract.Target, client: CryptoCoinPro) -> None:
    raw = client.with_raw_response.list_cards(**ARGUMENTS["list_cards"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "list_cards", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_cards"


def test_list_cards_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(CardList)
    example = contract.example(API, "list_cards", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_cards_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "list_cards", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_cards_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "list_cards", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_cards_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "list_cards", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (409, errors.ConflictError),
    ],
)
def test_list_cards_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.list_cards(**ARGUMENTS["list_cards"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_get_card_request_is_accepted(target: contract.Target, client: CryptoCoinPro) -> None:
    raw = client.with_raw_response.get_card(**ARGUMENTS["get_card"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "get_card", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_card"


def test_get_card_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(CardEnvelope)
    example = contract.example(API, "get_card", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_card_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "get_card", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_card_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "get_card", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_card_404_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "get_card", 404)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_card_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "get_card", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
    ],
)
def test_get_card_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.get_card(**ARGUMENTS["get_card"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_update_card_request_is_accepted(target: contract.Target, client: CryptoCoinPro) -> None:
    raw = client.with_raw_response.update_card(**ARGUMENTS["update_card"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "update_card", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "update_card"
        # Every field of the example arrived as its own part; files with their content.
        form = target.mock.received[-1].form
        for name, value in ARGUMENTS["update_card"]["body"].items():
            part = form[name]
            assert (part[1] if isinstance(part, tuple) else part) in (
                str(value),
                str(value).encode(),
            )


def test_update_card_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(CardEnvelope)
    example = contract.example(API, "update_card", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_update_card_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "update_card", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_update_card_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "update_card", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_update_card_404_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "update_card", 404)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_update_card_422_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ValidationError)
    example = contract.example(API, "update_card", 422)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (404, errors.NotFoundError),
        (422, errors.UnprocessableEntityError),
    ],
)
def test_update_card_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.update_card(**ARGUMENTS["update_card"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_delete_card_request_is_accepted(target: contract.Target, client: CryptoCoinPro) -> None:
    raw = client.with_raw_response.delete_card(**ARGUMENTS["delete_card"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "delete_card", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "delete_card"


def test_delete_card_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "delete_card", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_delete_card_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "delete_card", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_delete_card_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "delete_card", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_delete_card_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "delete_card", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (409, errors.ConflictError),
    ],
)
def test_delete_card_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.delete_card(**ARGUMENTS["delete_card"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_list_checkouts_request_is_accepted(target: contract.Target, client: CryptoCoinPro) -> None:
    raw = client.with_raw_response.list_checkouts(**ARGUMENTS["list_checkouts"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "list_checkouts", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_checkouts"


def test_list_checkouts_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(CheckoutList)
    example = contract.example(API, "list_checkouts", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_checkouts_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "list_checkouts", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_checkouts_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "list_checkouts", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_checkouts_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "list_checkouts", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (409, errors.ConflictError),
    ],
)
def test_list_checkouts_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.list_checkouts(
            **ARGUMENTS["list_checkouts"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_get_checkout_request_is_accepted(target: contract.Target, client: CryptoCoinPro) -> None:
    raw = client.with_raw_response.get_checkout(**ARGUMENTS["get_checkout"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "get_checkout", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_checkout"


def test_get_checkout_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(CheckoutEnvelope)
    example = contract.example(API, "get_checkout", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_checkout_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "get_checkout", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_checkout_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "get_checkout", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_checkout_404_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "get_checkout", 404)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_checkout_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "get_checkout", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
    ],
)
def test_get_checkout_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.get_checkout(**ARGUMENTS["get_checkout"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_list_countries_request_is_accepted(target: contract.Target, client: CryptoCoinPro) -> None:
    raw = client.with_raw_response.list_countries(**ARGUMENTS["list_countries"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "list_countries", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_countries"


def test_list_countries_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(CountryList)
    example = contract.example(API, "list_countries", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_currencies_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.list_currencies(**ARGUMENTS["list_currencies"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "list_currencies", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_currencies"


def test_list_currencies_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(CurrencyCatalogEnvelope)
    example = contract.example(API, "list_currencies", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_currencies_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "list_currencies", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_currencies_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "list_currencies", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_currencies_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "list_currencies", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (409, errors.ConflictError),
    ],
)
def test_list_currencies_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.list_currencies(
            **ARGUMENTS["list_currencies"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_get_currency_history_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.get_currency_history(**ARGUMENTS["get_currency_history"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "get_currency_history", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_currency_history"


def test_get_currency_history_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(RatePointList)
    example = contract.example(API, "get_currency_history", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_currency_history_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "get_currency_history", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_currency_history_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "get_currency_history", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_currency_history_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "get_currency_history", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (409, errors.ConflictError),
    ],
)
def test_get_currency_history_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.get_currency_history(
            **ARGUMENTS["get_currency_history"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_create_deposit_request_is_accepted(target: contract.Target, client: CryptoCoinPro) -> None:
    raw = client.with_raw_response.create_deposit(**ARGUMENTS["create_deposit"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "create_deposit", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "create_deposit"


def test_create_deposit_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(OrderEnvelope)
    example = contract.example(API, "create_deposit", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_deposit_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "create_deposit", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_deposit_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "create_deposit", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_deposit_406_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "create_deposit", 406)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_deposit_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "create_deposit", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (406, errors.NotAcceptableError),
        (409, errors.ConflictError),
    ],
)
def test_create_deposit_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.create_deposit(
            **ARGUMENTS["create_deposit"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_get_deposit_address_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.get_deposit_address(**ARGUMENTS["get_deposit_address"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "get_deposit_address", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_deposit_address"


def test_get_deposit_address_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(DepositAddressEnvelope)
    example = contract.example(API, "get_deposit_address", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_deposit_address_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "get_deposit_address", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_deposit_address_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "get_deposit_address", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_deposit_address_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "get_deposit_address", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (409, errors.ConflictError),
    ],
)
def test_get_deposit_address_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.get_deposit_address(
            **ARGUMENTS["get_deposit_address"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_get_kyc_request_is_accepted(target: contract.Target, client: CryptoCoinPro) -> None:
    raw = client.with_raw_response.get_kyc(**ARGUMENTS["get_kyc"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "get_kyc", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_kyc"


def test_get_kyc_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(KycEnvelope)
    example = contract.example(API, "get_kyc", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_kyc_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "get_kyc", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_kyc_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "get_kyc", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_kyc_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "get_kyc", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (409, errors.ConflictError),
    ],
)
def test_get_kyc_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.get_kyc(**ARGUMENTS["get_kyc"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_create_kyc_request_is_accepted(target: contract.Target, client: CryptoCoinPro) -> None:
    raw = client.with_raw_response.create_kyc(**ARGUMENTS["create_kyc"])
    assert raw.status_code == 201
    if target.live:
        contract.assert_matches_schema(API, "create_kyc", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "create_kyc"
        # Every field of the example arrived as its own part; files with their content.
        form = target.mock.received[-1].form
        for name, value in ARGUMENTS["create_kyc"]["body"].items():
            part = form[name]
            assert (part[1] if isinstance(part, tuple) else part) in (
                str(value),
                str(value).encode(),
            )


def test_create_kyc_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(KycEnvelope)
    example = contract.example(API, "create_kyc", 201)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_kyc_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "create_kyc", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_kyc_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "create_kyc", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_kyc_422_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ValidationError)
    example = contract.example(API, "create_kyc", 422)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_kyc_423_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "create_kyc", 423)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (422, errors.UnprocessableEntityError),
        (423, errors.LockedError),
    ],
)
def test_create_kyc_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.create_kyc(**ARGUMENTS["create_kyc"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_create_kyc_personal_data_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.create_kyc_personal_data(**ARGUMENTS["create_kyc_personal_data"])
    assert raw.status_code == 201
    if target.live:
        contract.assert_matches_schema(
            API, "create_kyc_personal_data", raw.status_code, raw.content
        )
    if target.mock is not None:
        assert target.mock.received[-1].operation == "create_kyc_personal_data"


def test_create_kyc_personal_data_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(None)
    example = contract.example(API, "create_kyc_personal_data", 201)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_kyc_personal_data_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "create_kyc_personal_data", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_kyc_personal_data_422_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ValidationError)
    example = contract.example(API, "create_kyc_personal_data", 422)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (422, errors.UnprocessableEntityError),
    ],
)
def test_create_kyc_personal_data_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.create_kyc_personal_data(
            **ARGUMENTS["create_kyc_personal_data"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_create_kyc_address_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.create_kyc_address(**ARGUMENTS["create_kyc_address"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "create_kyc_address", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "create_kyc_address"
        # Every field of the example arrived as its own part; files with their content.
        form = target.mock.received[-1].form
        for name, value in ARGUMENTS["create_kyc_address"]["body"].items():
            part = form[name]
            assert (part[1] if isinstance(part, tuple) else part) in (
                str(value),
                str(value).encode(),
            )


def test_create_kyc_address_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(None)
    example = contract.example(API, "create_kyc_address", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_kyc_address_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "create_kyc_address", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_kyc_address_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "create_kyc_address", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_kyc_address_422_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ValidationError)
    example = contract.example(API, "create_kyc_address", 422)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_kyc_address_423_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "create_kyc_address", 423)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (422, errors.UnprocessableEntityError),
        (423, errors.LockedError),
    ],
)
def test_create_kyc_address_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.create_kyc_address(
            **ARGUMENTS["create_kyc_address"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_create_kyc_document_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.create_kyc_document(**ARGUMENTS["create_kyc_document"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "create_kyc_document", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "create_kyc_document"
        # Every field of the example arrived as its own part; files with their content.
        form = target.mock.received[-1].form
        for name, value in ARGUMENTS["create_kyc_document"]["body"].items():
            part = form[name]
            assert (part[1] if isinstance(part, tuple) else part) in (
                str(value),
                str(value).encode(),
            )


def test_create_kyc_document_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(KycEnvelope)
    example = contract.example(API, "create_kyc_document", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_kyc_document_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "create_kyc_document", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_kyc_document_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "create_kyc_document", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_kyc_document_422_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ValidationError)
    example = contract.example(API, "create_kyc_document", 422)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_kyc_document_423_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "create_kyc_document", 423)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (422, errors.UnprocessableEntityError),
        (423, errors.LockedError),
    ],
)
def test_create_kyc_document_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.create_kyc_document(
            **ARGUMENTS["create_kyc_document"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_create_kyc_video_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.create_kyc_video(**ARGUMENTS["create_kyc_video"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "create_kyc_video", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "create_kyc_video"


def test_create_kyc_video_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(KycEnvelope)
    example = contract.example(API, "create_kyc_video", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_kyc_video_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "create_kyc_video", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_kyc_video_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "create_kyc_video", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_kyc_video_421_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "create_kyc_video", 421)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_kyc_video_423_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "create_kyc_video", 423)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (421, errors.MisdirectedRequestError),
        (423, errors.LockedError),
    ],
)
def test_create_kyc_video_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.create_kyc_video(
            **ARGUMENTS["create_kyc_video"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_create_kyc_edd_request_is_accepted(target: contract.Target, client: CryptoCoinPro) -> None:
    raw = client.with_raw_response.create_kyc_edd(**ARGUMENTS["create_kyc_edd"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "create_kyc_edd", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "create_kyc_edd"
        # Every field of the example arrived as its own part; files with their content.
        form = target.mock.received[-1].form
        for name, value in ARGUMENTS["create_kyc_edd"]["body"].items():
            part = form[name]
            assert (part[1] if isinstance(part, tuple) else part) in (
                str(value),
                str(value).encode(),
            )


def test_create_kyc_edd_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(KycEnvelope)
    example = contract.example(API, "create_kyc_edd", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_kyc_edd_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "create_kyc_edd", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_kyc_edd_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "create_kyc_edd", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_kyc_edd_422_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ValidationError)
    example = contract.example(API, "create_kyc_edd", 422)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_kyc_edd_423_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "create_kyc_edd", 423)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (422, errors.UnprocessableEntityError),
        (423, errors.LockedError),
    ],
)
def test_create_kyc_edd_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.create_kyc_edd(
            **ARGUMENTS["create_kyc_edd"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_add_kyc_phone_request_is_accepted(target: contract.Target, client: CryptoCoinPro) -> None:
    raw = client.with_raw_response.add_kyc_phone(**ARGUMENTS["add_kyc_phone"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "add_kyc_phone", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "add_kyc_phone"


def test_add_kyc_phone_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(PhoneVerificationEnvelope)
    example = contract.example(API, "add_kyc_phone", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_add_kyc_phone_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "add_kyc_phone", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_add_kyc_phone_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "add_kyc_phone", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_add_kyc_phone_422_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ValidationError)
    example = contract.example(API, "add_kyc_phone", 422)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_add_kyc_phone_423_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "add_kyc_phone", 423)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (422, errors.UnprocessableEntityError),
        (423, errors.LockedError),
    ],
)
def test_add_kyc_phone_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.add_kyc_phone(
            **ARGUMENTS["add_kyc_phone"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_verify_kyc_phone_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.verify_kyc_phone(**ARGUMENTS["verify_kyc_phone"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "verify_kyc_phone", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "verify_kyc_phone"


def test_verify_kyc_phone_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(PhoneVerificationEnvelope)
    example = contract.example(API, "verify_kyc_phone", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_verify_kyc_phone_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "verify_kyc_phone", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_verify_kyc_phone_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "verify_kyc_phone", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_verify_kyc_phone_422_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ValidationError)
    example = contract.example(API, "verify_kyc_phone", 422)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_verify_kyc_phone_423_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "verify_kyc_phone", 423)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (422, errors.UnprocessableEntityError),
        (423, errors.LockedError),
    ],
)
def test_verify_kyc_phone_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.verify_kyc_phone(
            **ARGUMENTS["verify_kyc_phone"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_reverify_kyc_phone_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.reverify_kyc_phone(**ARGUMENTS["reverify_kyc_phone"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "reverify_kyc_phone", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "reverify_kyc_phone"


def test_reverify_kyc_phone_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(PhoneVerificationEnvelope)
    example = contract.example(API, "reverify_kyc_phone", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_reverify_kyc_phone_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "reverify_kyc_phone", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_reverify_kyc_phone_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "reverify_kyc_phone", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_reverify_kyc_phone_423_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "reverify_kyc_phone", 423)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (423, errors.LockedError),
    ],
)
def test_reverify_kyc_phone_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.reverify_kyc_phone(
            **ARGUMENTS["reverify_kyc_phone"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_list_permanent_notifications_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.list_permanent_notifications(
        **ARGUMENTS["list_permanent_notifications"]
    )
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(
            API, "list_permanent_notifications", raw.status_code, raw.content
        )
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_permanent_notifications"


def test_list_permanent_notifications_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(PermanentNotificationList)
    example = contract.example(API, "list_permanent_notifications", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_permanent_notifications_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "list_permanent_notifications", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_permanent_notifications_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "list_permanent_notifications", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_permanent_notifications_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "list_permanent_notifications", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (409, errors.ConflictError),
    ],
)
def test_list_permanent_notifications_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.list_permanent_notifications(
            **ARGUMENTS["list_permanent_notifications"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_list_temporary_notifications_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.list_temporary_notifications(
        **ARGUMENTS["list_temporary_notifications"]
    )
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(
            API, "list_temporary_notifications", raw.status_code, raw.content
        )
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_temporary_notifications"


def test_list_temporary_notifications_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(TemporaryNotificationList)
    example = contract.example(API, "list_temporary_notifications", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_temporary_notifications_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "list_temporary_notifications", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_temporary_notifications_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "list_temporary_notifications", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_temporary_notifications_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "list_temporary_notifications", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (409, errors.ConflictError),
    ],
)
def test_list_temporary_notifications_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.list_temporary_notifications(
            **ARGUMENTS["list_temporary_notifications"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_mark_temporary_notifications_as_read_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.mark_temporary_notifications_as_read(
        **ARGUMENTS["mark_temporary_notifications_as_read"]
    )
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(
            API, "mark_temporary_notifications_as_read", raw.status_code, raw.content
        )
    if target.mock is not None:
        assert target.mock.received[-1].operation == "mark_temporary_notifications_as_read"


def test_mark_temporary_notifications_as_read_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(TemporaryNotificationList)
    example = contract.example(API, "mark_temporary_notifications_as_read", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_mark_temporary_notifications_as_read_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "mark_temporary_notifications_as_read", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_mark_temporary_notifications_as_read_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "mark_temporary_notifications_as_read", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_mark_temporary_notifications_as_read_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "mark_temporary_notifications_as_read", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (409, errors.ConflictError),
    ],
)
def test_mark_temporary_notifications_as_read_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.mark_temporary_notifications_as_read(
            **ARGUMENTS["mark_temporary_notifications_as_read"],
            extra_headers={"Prefer": f"code={status}"},
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_list_orders_request_is_accepted(target: contract.Target, client: CryptoCoinPro) -> None:
    raw = client.with_raw_response.list_orders(**ARGUMENTS["list_orders"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "list_orders", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_orders"


def test_list_orders_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(OrderList)
    example = contract.example(API, "list_orders", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_orders_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "list_orders", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_orders_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "list_orders", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_orders_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "list_orders", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (409, errors.ConflictError),
    ],
)
def test_list_orders_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.list_orders(**ARGUMENTS["list_orders"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_list_coin_orders_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.list_coin_orders(**ARGUMENTS["list_coin_orders"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "list_coin_orders", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_coin_orders"


def test_list_coin_orders_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(OrderList)
    example = contract.example(API, "list_coin_orders", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_coin_orders_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "list_coin_orders", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_coin_orders_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "list_coin_orders", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_coin_orders_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "list_coin_orders", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (409, errors.ConflictError),
    ],
)
def test_list_coin_orders_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.list_coin_orders(
            **ARGUMENTS["list_coin_orders"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_list_token_orders_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.list_token_orders(**ARGUMENTS["list_token_orders"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "list_token_orders", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_token_orders"


def test_list_token_orders_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(OrderList)
    example = contract.example(API, "list_token_orders", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_token_orders_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "list_token_orders", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_token_orders_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "list_token_orders", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_token_orders_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "list_token_orders", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (409, errors.ConflictError),
    ],
)
def test_list_token_orders_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.list_token_orders(
            **ARGUMENTS["list_token_orders"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_get_order_request_is_accepted(target: contract.Target, client: CryptoCoinPro) -> None:
    raw = client.with_raw_response.get_order(**ARGUMENTS["get_order"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "get_order", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_order"


def test_get_order_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(OrderEnvelope)
    example = contract.example(API, "get_order", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_order_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "get_order", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_order_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "get_order", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_order_404_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "get_order", 404)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_order_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "get_order", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
    ],
)
def test_get_order_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.get_order(**ARGUMENTS["get_order"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_upload_order_payment_proof_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.upload_order_payment_proof(
        **ARGUMENTS["upload_order_payment_proof"]
    )
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(
            API, "upload_order_payment_proof", raw.status_code, raw.content
        )
    if target.mock is not None:
        assert target.mock.received[-1].operation == "upload_order_payment_proof"
        # Every field of the example arrived as its own part; files with their content.
        form = target.mock.received[-1].form
        for name, value in ARGUMENTS["upload_order_payment_proof"]["body"].items():
            part = form[name]
            assert (part[1] if isinstance(part, tuple) else part) in (
                str(value),
                str(value).encode(),
            )


def test_upload_order_payment_proof_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "upload_order_payment_proof", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_upload_order_payment_proof_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "upload_order_payment_proof", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_upload_order_payment_proof_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "upload_order_payment_proof", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_upload_order_payment_proof_404_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "upload_order_payment_proof", 404)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_upload_order_payment_proof_422_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ValidationError)
    example = contract.example(API, "upload_order_payment_proof", 422)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (404, errors.NotFoundError),
        (422, errors.UnprocessableEntityError),
    ],
)
def test_upload_order_payment_proof_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.upload_order_payment_proof(
            **ARGUMENTS["upload_order_payment_proof"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_get_platform_request_is_accepted(target: contract.Target, client: CryptoCoinPro) -> None:
    raw = client.with_raw_response.get_platform(**ARGUMENTS["get_platform"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "get_platform", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_platform"


def test_get_platform_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(PlatformEnvelope)
    example = contract.example(API, "get_platform", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_platform_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage | Message)
    example = contract.example(API, "get_platform", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
    ],
)
def test_get_platform_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.get_platform(**ARGUMENTS["get_platform"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_update_platform_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.update_platform(**ARGUMENTS["update_platform"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "update_platform", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "update_platform"


def test_update_platform_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(PlatformEnvelope)
    example = contract.example(API, "update_platform", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_update_platform_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage | Message)
    example = contract.example(API, "update_platform", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
    ],
)
def test_update_platform_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.update_platform(
            **ARGUMENTS["update_platform"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_list_platform_staff_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.list_platform_staff(**ARGUMENTS["list_platform_staff"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "list_platform_staff", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_platform_staff"


def test_list_platform_staff_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(StaffList)
    example = contract.example(API, "list_platform_staff", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_platform_staff_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage | Message)
    example = contract.example(API, "list_platform_staff", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
    ],
)
def test_list_platform_staff_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.list_platform_staff(
            **ARGUMENTS["list_platform_staff"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_list_platform_users_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.list_platform_users(**ARGUMENTS["list_platform_users"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "list_platform_users", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_platform_users"


def test_list_platform_users_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(PlatformUserList)
    example = contract.example(API, "list_platform_users", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_platform_users_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage | Message)
    example = contract.example(API, "list_platform_users", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
    ],
)
def test_list_platform_users_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.list_platform_users(
            **ARGUMENTS["list_platform_users"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_list_platform_orders_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.list_platform_orders(**ARGUMENTS["list_platform_orders"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "list_platform_orders", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_platform_orders"


def test_list_platform_orders_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(OrderList)
    example = contract.example(API, "list_platform_orders", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_platform_orders_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage | Message)
    example = contract.example(API, "list_platform_orders", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
    ],
)
def test_list_platform_orders_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.list_platform_orders(
            **ARGUMENTS["list_platform_orders"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_list_platform_quotes_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.list_platform_quotes(**ARGUMENTS["list_platform_quotes"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "list_platform_quotes", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_platform_quotes"


def test_list_platform_quotes_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(QuoteList)
    example = contract.example(API, "list_platform_quotes", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_platform_quotes_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage | Message)
    example = contract.example(API, "list_platform_quotes", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
    ],
)
def test_list_platform_quotes_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.list_platform_quotes(
            **ARGUMENTS["list_platform_quotes"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_list_platform_checkouts_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.list_platform_checkouts(**ARGUMENTS["list_platform_checkouts"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "list_platform_checkouts", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_platform_checkouts"


def test_list_platform_checkouts_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(CheckoutList)
    example = contract.example(API, "list_platform_checkouts", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_platform_checkouts_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage | Message)
    example = contract.example(API, "list_platform_checkouts", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
    ],
)
def test_list_platform_checkouts_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.list_platform_checkouts(
            **ARGUMENTS["list_platform_checkouts"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_list_platform_transfers_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.list_platform_transfers(**ARGUMENTS["list_platform_transfers"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "list_platform_transfers", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_platform_transfers"


def test_list_platform_transfers_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(TransferList)
    example = contract.example(API, "list_platform_transfers", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_platform_transfers_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage | Message)
    example = contract.example(API, "list_platform_transfers", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
    ],
)
def test_list_platform_transfers_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.list_platform_transfers(
            **ARGUMENTS["list_platform_transfers"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_list_platform_calls_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.list_platform_calls(**ARGUMENTS["list_platform_calls"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "list_platform_calls", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_platform_calls"


def test_list_platform_calls_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(PlatformCallList)
    example = contract.example(API, "list_platform_calls", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_platform_calls_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage | Message)
    example = contract.example(API, "list_platform_calls", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
    ],
)
def test_list_platform_calls_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.list_platform_calls(
            **ARGUMENTS["list_platform_calls"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_create_quote_request_is_accepted(target: contract.Target, client: CryptoCoinPro) -> None:
    raw = client.with_raw_response.create_quote(**ARGUMENTS["create_quote"])
    assert raw.status_code == 201
    if target.live:
        contract.assert_matches_schema(API, "create_quote", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "create_quote"


def test_create_quote_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(QuoteEnvelope)
    example = contract.example(API, "create_quote", 201)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_quote_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "create_quote", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_quote_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "create_quote", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_quote_412_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "create_quote", 412)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (412, errors.PreconditionFailedError),
    ],
)
def test_create_quote_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.create_quote(**ARGUMENTS["create_quote"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_list_quotes_request_is_accepted(target: contract.Target, client: CryptoCoinPro) -> None:
    raw = client.with_raw_response.list_quotes(**ARGUMENTS["list_quotes"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "list_quotes", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_quotes"


def test_list_quotes_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(QuoteList)
    example = contract.example(API, "list_quotes", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_quotes_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "list_quotes", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_quotes_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "list_quotes", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_quotes_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "list_quotes", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (409, errors.ConflictError),
    ],
)
def test_list_quotes_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.list_quotes(**ARGUMENTS["list_quotes"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_get_quote_request_is_accepted(target: contract.Target, client: CryptoCoinPro) -> None:
    raw = client.with_raw_response.get_quote(**ARGUMENTS["get_quote"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "get_quote", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_quote"


def test_get_quote_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(QuoteEnvelope)
    example = contract.example(API, "get_quote", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_quote_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "get_quote", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_quote_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "get_quote", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_quote_404_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "get_quote", 404)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_quote_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "get_quote", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
    ],
)
def test_get_quote_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.get_quote(**ARGUMENTS["get_quote"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_confirm_quote_request_is_accepted(target: contract.Target, client: CryptoCoinPro) -> None:
    raw = client.with_raw_response.confirm_quote(**ARGUMENTS["confirm_quote"])
    assert raw.status_code == 201
    if target.live:
        contract.assert_matches_schema(API, "confirm_quote", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "confirm_quote"


def test_confirm_quote_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(OrderEnvelope)
    example = contract.example(API, "confirm_quote", 201)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_confirm_quote_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "confirm_quote", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_confirm_quote_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "confirm_quote", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_confirm_quote_404_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "confirm_quote", 404)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_confirm_quote_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "confirm_quote", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
    ],
)
def test_confirm_quote_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.confirm_quote(
            **ARGUMENTS["confirm_quote"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_get_buy_price_request_is_accepted(target: contract.Target, client: CryptoCoinPro) -> None:
    raw = client.with_raw_response.get_buy_price(**ARGUMENTS["get_buy_price"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "get_buy_price", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_buy_price"


def test_get_buy_price_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(PriceEnvelope)
    example = contract.example(API, "get_buy_price", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_buy_price_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ValidationError)
    example = contract.example(API, "get_buy_price", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_buy_price_405_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ValidationError)
    example = contract.example(API, "get_buy_price", 405)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (403, errors.ForbiddenError),
        (405, errors.MethodNotAllowedError),
    ],
)
def test_get_buy_price_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.get_buy_price(
            **ARGUMENTS["get_buy_price"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_get_sell_price_request_is_accepted(target: contract.Target, client: CryptoCoinPro) -> None:
    raw = client.with_raw_response.get_sell_price(**ARGUMENTS["get_sell_price"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "get_sell_price", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_sell_price"


def test_get_sell_price_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(PriceEnvelope)
    example = contract.example(API, "get_sell_price", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_sell_price_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ValidationError)
    example = contract.example(API, "get_sell_price", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_sell_price_405_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ValidationError)
    example = contract.example(API, "get_sell_price", 405)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (403, errors.ForbiddenError),
        (405, errors.MethodNotAllowedError),
    ],
)
def test_get_sell_price_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.get_sell_price(
            **ARGUMENTS["get_sell_price"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_get_withdraw_price_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.get_withdraw_price(**ARGUMENTS["get_withdraw_price"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "get_withdraw_price", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_withdraw_price"


def test_get_withdraw_price_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(PriceEnvelope)
    example = contract.example(API, "get_withdraw_price", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_withdraw_price_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ValidationError)
    example = contract.example(API, "get_withdraw_price", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_withdraw_price_405_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ValidationError)
    example = contract.example(API, "get_withdraw_price", 405)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (403, errors.ForbiddenError),
        (405, errors.MethodNotAllowedError),
    ],
)
def test_get_withdraw_price_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.get_withdraw_price(
            **ARGUMENTS["get_withdraw_price"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_get_withdraw_ico_price_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.get_withdraw_ico_price(**ARGUMENTS["get_withdraw_ico_price"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "get_withdraw_ico_price", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_withdraw_ico_price"


def test_get_withdraw_ico_price_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(PriceEnvelope)
    example = contract.example(API, "get_withdraw_ico_price", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_withdraw_ico_price_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ValidationError)
    example = contract.example(API, "get_withdraw_ico_price", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_withdraw_ico_price_405_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ValidationError)
    example = contract.example(API, "get_withdraw_ico_price", 405)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (403, errors.ForbiddenError),
        (405, errors.MethodNotAllowedError),
    ],
)
def test_get_withdraw_ico_price_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.get_withdraw_ico_price(
            **ARGUMENTS["get_withdraw_ico_price"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_list_security_events_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.list_security_events(**ARGUMENTS["list_security_events"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "list_security_events", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_security_events"


def test_list_security_events_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(SecurityEventList)
    example = contract.example(API, "list_security_events", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_security_events_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "list_security_events", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_security_events_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "list_security_events", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_security_events_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "list_security_events", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (409, errors.ConflictError),
    ],
)
def test_list_security_events_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.list_security_events(
            **ARGUMENTS["list_security_events"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_list_access_tokens_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.list_access_tokens(**ARGUMENTS["list_access_tokens"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "list_access_tokens", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_access_tokens"


def test_list_access_tokens_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(AccessTokenList)
    example = contract.example(API, "list_access_tokens", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_access_tokens_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "list_access_tokens", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_access_tokens_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "list_access_tokens", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_access_tokens_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "list_access_tokens", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (409, errors.ConflictError),
    ],
)
def test_list_access_tokens_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.list_access_tokens(
            **ARGUMENTS["list_access_tokens"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_change_password_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.change_password(**ARGUMENTS["change_password"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "change_password", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "change_password"


def test_change_password_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "change_password", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_change_password_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "change_password", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_change_password_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "change_password", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_change_password_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "change_password", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_change_password_412_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "change_password", 412)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (409, errors.ConflictError),
        (412, errors.PreconditionFailedError),
    ],
)
def test_change_password_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.change_password(
            **ARGUMENTS["change_password"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_invalidate_access_token_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.invalidate_access_token(**ARGUMENTS["invalidate_access_token"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "invalidate_access_token", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "invalidate_access_token"


def test_invalidate_access_token_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "invalidate_access_token", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_invalidate_access_token_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "invalidate_access_token", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_invalidate_access_token_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "invalidate_access_token", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_invalidate_access_token_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "invalidate_access_token", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (409, errors.ConflictError),
    ],
)
def test_invalidate_access_token_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.invalidate_access_token(
            **ARGUMENTS["invalidate_access_token"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_list_transfers_request_is_accepted(target: contract.Target, client: CryptoCoinPro) -> None:
    raw = client.with_raw_response.list_transfers(**ARGUMENTS["list_transfers"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "list_transfers", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_transfers"


def test_list_transfers_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(TransferList)
    example = contract.example(API, "list_transfers", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_transfers_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "list_transfers", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_transfers_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "list_transfers", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_transfers_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "list_transfers", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (409, errors.ConflictError),
    ],
)
def test_list_transfers_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.list_transfers(
            **ARGUMENTS["list_transfers"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_create_transfer_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.create_transfer(**ARGUMENTS["create_transfer"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "create_transfer", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "create_transfer"


def test_create_transfer_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(TransferEnvelope)
    example = contract.example(API, "create_transfer", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_transfer_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "create_transfer", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_transfer_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "create_transfer", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_transfer_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "create_transfer", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (409, errors.ConflictError),
    ],
)
def test_create_transfer_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.create_transfer(
            **ARGUMENTS["create_transfer"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_list_transfers_created_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.list_transfers_created(**ARGUMENTS["list_transfers_created"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "list_transfers_created", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_transfers_created"


def test_list_transfers_created_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(TransferList)
    example = contract.example(API, "list_transfers_created", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_transfers_created_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "list_transfers_created", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_transfers_created_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "list_transfers_created", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_transfers_created_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "list_transfers_created", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (409, errors.ConflictError),
    ],
)
def test_list_transfers_created_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.list_transfers_created(
            **ARGUMENTS["list_transfers_created"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_list_outgoing_transfers_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.list_outgoing_transfers(**ARGUMENTS["list_outgoing_transfers"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "list_outgoing_transfers", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_outgoing_transfers"


def test_list_outgoing_transfers_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(TransferList)
    example = contract.example(API, "list_outgoing_transfers", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_outgoing_transfers_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "list_outgoing_transfers", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_outgoing_transfers_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "list_outgoing_transfers", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_outgoing_transfers_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "list_outgoing_transfers", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (409, errors.ConflictError),
    ],
)
def test_list_outgoing_transfers_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.list_outgoing_transfers(
            **ARGUMENTS["list_outgoing_transfers"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_list_incoming_transfers_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.list_incoming_transfers(**ARGUMENTS["list_incoming_transfers"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "list_incoming_transfers", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_incoming_transfers"


def test_list_incoming_transfers_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(TransferList)
    example = contract.example(API, "list_incoming_transfers", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_incoming_transfers_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "list_incoming_transfers", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_incoming_transfers_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "list_incoming_transfers", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_incoming_transfers_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "list_incoming_transfers", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (409, errors.ConflictError),
    ],
)
def test_list_incoming_transfers_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.list_incoming_transfers(
            **ARGUMENTS["list_incoming_transfers"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_get_transfer_request_is_accepted(target: contract.Target, client: CryptoCoinPro) -> None:
    raw = client.with_raw_response.get_transfer(**ARGUMENTS["get_transfer"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "get_transfer", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_transfer"


def test_get_transfer_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(TransferEnvelope)
    example = contract.example(API, "get_transfer", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_transfer_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "get_transfer", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_transfer_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "get_transfer", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_transfer_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "get_transfer", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (409, errors.ConflictError),
    ],
)
def test_get_transfer_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.get_transfer(**ARGUMENTS["get_transfer"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_confirm_transfer_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.confirm_transfer(**ARGUMENTS["confirm_transfer"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "confirm_transfer", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "confirm_transfer"


def test_confirm_transfer_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(TransferEnvelope)
    example = contract.example(API, "confirm_transfer", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_confirm_transfer_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "confirm_transfer", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_confirm_transfer_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "confirm_transfer", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_confirm_transfer_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "confirm_transfer", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (409, errors.ConflictError),
    ],
)
def test_confirm_transfer_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.confirm_transfer(
            **ARGUMENTS["confirm_transfer"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_forgot_password_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.forgot_password(**ARGUMENTS["forgot_password"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "forgot_password", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "forgot_password"


def test_forgot_password_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(MessageEnvelope)
    example = contract.example(API, "forgot_password", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_forgot_password_422_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ValidationError)
    example = contract.example(API, "forgot_password", 422)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (422, errors.UnprocessableEntityError),
    ],
)
def test_forgot_password_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.forgot_password(
            **ARGUMENTS["forgot_password"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_reset_password_request_is_accepted(target: contract.Target, client: CryptoCoinPro) -> None:
    raw = client.with_raw_response.reset_password(**ARGUMENTS["reset_password"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "reset_password", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "reset_password"


def test_reset_password_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(MessageEnvelope)
    example = contract.example(API, "reset_password", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_reset_password_422_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ValidationError)
    example = contract.example(API, "reset_password", 422)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (422, errors.UnprocessableEntityError),
    ],
)
def test_reset_password_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.reset_password(
            **ARGUMENTS["reset_password"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_create_user_request_is_accepted(target: contract.Target, client: CryptoCoinPro) -> None:
    raw = client.with_raw_response.create_user(**ARGUMENTS["create_user"])
    assert raw.status_code == 201
    if target.live:
        contract.assert_matches_schema(API, "create_user", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "create_user"


def test_create_user_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(UserCreatedEnvelope)
    example = contract.example(API, "create_user", 201)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_user_422_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ValidationError)
    example = contract.example(API, "create_user", 422)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (422, errors.UnprocessableEntityError),
    ],
)
def test_create_user_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.create_user(**ARGUMENTS["create_user"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_verify_user_email_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.verify_user_email(**ARGUMENTS["verify_user_email"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "verify_user_email", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "verify_user_email"


def test_verify_user_email_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "verify_user_email", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_verify_user_email_422_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ValidationError)
    example = contract.example(API, "verify_user_email", 422)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_verify_user_email_423_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "verify_user_email", 423)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (422, errors.UnprocessableEntityError),
        (423, errors.LockedError),
    ],
)
def test_verify_user_email_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.verify_user_email(
            **ARGUMENTS["verify_user_email"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_reverify_user_email_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.reverify_user_email(**ARGUMENTS["reverify_user_email"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "reverify_user_email", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "reverify_user_email"


def test_reverify_user_email_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "reverify_user_email", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_reverify_user_email_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "reverify_user_email", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_reverify_user_email_423_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "reverify_user_email", 423)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (403, errors.ForbiddenError),
        (423, errors.LockedError),
    ],
)
def test_reverify_user_email_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.reverify_user_email(
            **ARGUMENTS["reverify_user_email"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_get_user_profile_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.get_user_profile(**ARGUMENTS["get_user_profile"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "get_user_profile", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_user_profile"


def test_get_user_profile_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(UserProfileEnvelope)
    example = contract.example(API, "get_user_profile", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_user_profile_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "get_user_profile", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_user_profile_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "get_user_profile", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_user_profile_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "get_user_profile", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (409, errors.ConflictError),
    ],
)
def test_get_user_profile_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.get_user_profile(
            **ARGUMENTS["get_user_profile"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_get_user_balances_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.get_user_balances(**ARGUMENTS["get_user_balances"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "get_user_balances", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_user_balances"


def test_get_user_balances_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(BalancesEnvelope)
    example = contract.example(API, "get_user_balances", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_user_balances_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "get_user_balances", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_user_balances_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "get_user_balances", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_user_balances_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "get_user_balances", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (409, errors.ConflictError),
    ],
)
def test_get_user_balances_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.get_user_balances(
            **ARGUMENTS["get_user_balances"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_initiate_account_close_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.initiate_account_close(**ARGUMENTS["initiate_account_close"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "initiate_account_close", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "initiate_account_close"


def test_initiate_account_close_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "initiate_account_close", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_initiate_account_close_410_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "initiate_account_close", 410)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_initiate_account_close_412_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "initiate_account_close", 412)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_initiate_account_close_422_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ValidationError)
    example = contract.example(API, "initiate_account_close", 422)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_initiate_account_close_425_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "initiate_account_close", 425)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (410, errors.GoneError),
        (412, errors.PreconditionFailedError),
        (422, errors.UnprocessableEntityError),
        (425, errors.TooEarlyError),
    ],
)
def test_initiate_account_close_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.initiate_account_close(
            **ARGUMENTS["initiate_account_close"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_abort_account_close_request_is_accepted(
    target: contract.Target, client: CryptoCoinPro
) -> None:
    raw = client.with_raw_response.abort_account_close(**ARGUMENTS["abort_account_close"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "abort_account_close", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "abort_account_close"


def test_abort_account_close_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "abort_account_close", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_abort_account_close_410_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "abort_account_close", 410)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_abort_account_close_412_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "abort_account_close", 412)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (410, errors.GoneError),
        (412, errors.PreconditionFailedError),
    ],
)
def test_abort_account_close_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.abort_account_close(
            **ARGUMENTS["abort_account_close"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_list_wallets_request_is_accepted(target: contract.Target, client: CryptoCoinPro) -> None:
    raw = client.with_raw_response.list_wallets(**ARGUMENTS["list_wallets"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "list_wallets", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "list_wallets"


def test_list_wallets_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(WalletList)
    example = contract.example(API, "list_wallets", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_wallets_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "list_wallets", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_wallets_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "list_wallets", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_list_wallets_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "list_wallets", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (409, errors.ConflictError),
    ],
)
def test_list_wallets_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.list_wallets(**ARGUMENTS["list_wallets"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_create_wallet_request_is_accepted(target: contract.Target, client: CryptoCoinPro) -> None:
    raw = client.with_raw_response.create_wallet(**ARGUMENTS["create_wallet"])
    assert raw.status_code == 201
    if target.live:
        contract.assert_matches_schema(API, "create_wallet", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "create_wallet"


def test_create_wallet_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(WalletEnvelope)
    example = contract.example(API, "create_wallet", 201)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_wallet_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "create_wallet", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_wallet_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "create_wallet", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_create_wallet_422_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ValidationError)
    example = contract.example(API, "create_wallet", 422)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (422, errors.UnprocessableEntityError),
    ],
)
def test_create_wallet_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.create_wallet(
            **ARGUMENTS["create_wallet"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_get_wallet_request_is_accepted(target: contract.Target, client: CryptoCoinPro) -> None:
    raw = client.with_raw_response.get_wallet(**ARGUMENTS["get_wallet"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "get_wallet", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "get_wallet"


def test_get_wallet_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(WalletEnvelope)
    example = contract.example(API, "get_wallet", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_wallet_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "get_wallet", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_wallet_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "get_wallet", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_wallet_404_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "get_wallet", 404)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_get_wallet_409_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "get_wallet", 409)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
    ],
)
def test_get_wallet_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.get_wallet(**ARGUMENTS["get_wallet"], extra_headers={"Prefer": f"code={status}"})
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


def test_update_wallet_request_is_accepted(target: contract.Target, client: CryptoCoinPro) -> None:
    raw = client.with_raw_response.update_wallet(**ARGUMENTS["update_wallet"])
    assert raw.status_code == 200
    if target.live:
        contract.assert_matches_schema(API, "update_wallet", raw.status_code, raw.content)
    if target.mock is not None:
        assert target.mock.received[-1].operation == "update_wallet"


def test_update_wallet_example_round_trips() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(WalletEnvelope)
    example = contract.example(API, "update_wallet", 200)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_update_wallet_401_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ErrorMessage)
    example = contract.example(API, "update_wallet", 401)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_update_wallet_403_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "update_wallet", 403)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_update_wallet_404_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(Message)
    example = contract.example(API, "update_wallet", 404)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


def test_update_wallet_422_example_parses() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(ValidationError)
    example = contract.example(API, "update_wallet", 422)
    parsed = adapter.validate_python(example)
    assert contract.wire(adapter.dump_python(parsed, by_alias=True, exclude_unset=True)) == example


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (404, errors.NotFoundError),
        (422, errors.UnprocessableEntityError),
    ],
)
def test_update_wallet_documented_errors_raise(
    target: contract.Target,
    client: CryptoCoinPro,
    status: int,
    error: type[errors.CryptoCoinProStatusError],
) -> None:
    _mock_only(target)
    with pytest.raises(error) as caught:
        client.update_wallet(
            **ARGUMENTS["update_wallet"], extra_headers={"Prefer": f"code={status}"}
        )
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert isinstance(caught.value, errors.CryptoCoinProError)


@pytest.mark.parametrize("operation", sorted(ARGUMENTS))
def test_async_client_calls_every_operation(target: contract.Target, operation: str) -> None:
    async def call() -> int:
        options = {} if target.live else OPTIONS
        async with AsyncCryptoCoinPro(
            base_url=target.url, max_retries=0, **CREDENTIALS, **options
        ) as client:
            raw = await getattr(client.with_raw_response, operation)(**ARGUMENTS[operation])
            return int(raw.status_code)

    assert 200 <= asyncio.run(call()) < 300
