"""A user's script: sign in, upload a KYC document, look at the wallets (sync and async)."""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path
from typing import assert_type

from coinspec.cryptocoinpro import (
    AsyncCryptoCoinPro,
    AuthToken,
    CryptoCoinPro,
    Kyc,
    KycDocumentRequest,
    UserProfile,
    Wallet,
)
from coinspec.cryptocoinpro.models import KycDocumentType

SERVICE = "cryptocoinpro"  # the mock the test runs this script against
USER = "ebf8e81e-fdfd-4da9-84e4-b5172b6f14f3"


def main(base_url: str) -> None:
    with CryptoCoinPro(base_url=base_url) as client:
        token = client.authenticate(body={"email": "email@gmail.com", "password": "12345678"})
        assert_type(token, AuthToken)
        profile = client.get_user_profile(user=USER)  # sent with the token just returned
        assert_type(profile, UserProfile)
        with tempfile.TemporaryDirectory() as folder:
            passport = Path(folder) / "passport.pdf"
            passport.write_bytes(b"%PDF-1.7")
            kyc = client.create_kyc_document(
                user=USER, body=KycDocumentRequest(type=KycDocumentType.PASSPORT, file=passport)
            )
            assert_type(kyc, Kyc)
            with passport.open("rb") as scan:
                client.create_kyc_document(user=USER, body={"type": "passport", "file": scan})
        wallets = client.with_options(max_retries=0).list_wallets(user=USER)
        assert_type(wallets, list[Wallet])


async def main_async(base_url: str) -> None:
    async with AsyncCryptoCoinPro(base_url=base_url) as client:
        await client.authenticate(body={"email": "email@gmail.com", "password": "12345678"})
        kyc = await client.create_kyc_document(
            user=USER, body={"type": "passport", "file": ("passport.pdf", b"%PDF-1.7")}
        )
        assert_type(kyc, Kyc)
        assert_type(await client.list_wallets(user=USER), list[Wallet])


if __name__ == "__main__":
    main("https://dev-api-public.infra.cryptocoin.pro/api/v1")
    asyncio.run(main_async("https://dev-api-public.infra.cryptocoin.pro/api/v1"))
