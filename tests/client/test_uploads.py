"""Uploads: a str is refused (it would be sent as the file's content); each part's content
type comes from its file name."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from coinspec import RequestError
from coinspec.cryptocoinpro import AsyncCryptoCoinPro, CryptoCoinPro, CryptoCoinProRequestError
from coinspec.cryptocoinpro.models import KycDocumentRequest
from coinspec.mock import MockServer

from .serving import serve

USER = "ebf8e81e-fdfd-4da9-84e4-b5172b6f1412"


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    yield from serve("cryptocoinpro")


@pytest.fixture
def client(mock: MockServer) -> Iterator[CryptoCoinPro]:
    with CryptoCoinPro(base_url=mock.url, api_key="t") as client:
        yield client


def test_a_file_name_given_as_a_str_is_refused_not_uploaded(
    client: CryptoCoinPro, mock: MockServer
) -> None:
    before = len(mock.app.received)
    with pytest.raises(CryptoCoinProRequestError) as caught:
        client.create_kyc_document(user=USER, body={"type": "passport", "file": "passport.pdf"})
    assert isinstance(caught.value, RequestError) and isinstance(caught.value, ValueError)
    message = str(caught.value)
    assert "create_kyc_document" in message and "file: " in message
    assert "a str is not a file" in message and "pass a pathlib.Path" in message
    assert len(mock.app.received) == before


def test_a_model_refuses_a_str_for_a_file_too() -> None:
    with pytest.raises(ValueError, match="a str is not a file"):
        KycDocumentRequest(file="passport.pdf")  # type: ignore[arg-type]


def test_a_path_is_read_and_typed_by_its_name(
    client: CryptoCoinPro, mock: MockServer, tmp_path: Path
) -> None:
    passport = tmp_path / "passport.pdf"
    passport.write_bytes(b"%PDF-1.7 scan")
    client.create_kyc_document(user=USER, body={"type": "passport", "file": passport})
    assert mock.app.received[-1].form["file"] == (
        "passport.pdf",
        b"%PDF-1.7 scan",
        "application/pdf",
    )


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        (("id.png", b"\x89PNG"), ("id.png", b"\x89PNG", "image/png")),
        (("id.jpeg", io.BytesIO(b"\xff\xd8")), ("id.jpeg", b"\xff\xd8", "image/jpeg")),
        (("scan", b"raw", "image/tiff"), ("scan", b"raw", "image/tiff")),  # the caller's type wins
        (b"%PDF", ("file", b"%PDF", "application/octet-stream")),  # no name, nothing to guess
    ],
)
def test_each_way_to_give_a_file(
    client: CryptoCoinPro, mock: MockServer, given: object, sent: tuple[str, bytes, str]
) -> None:
    client.create_kyc_document(user=USER, body={"type": "passport", "file": given})
    assert mock.app.received[-1].form["file"] == sent


def test_an_open_binary_file_keeps_its_name(
    client: CryptoCoinPro, mock: MockServer, tmp_path: Path
) -> None:
    (tmp_path / "bill.pdf").write_bytes(b"%PDF bill")
    with (tmp_path / "bill.pdf").open("rb") as bill:
        client.create_kyc_document(user=USER, body={"type": "utilityBill", "file": bill})
    assert mock.app.received[-1].form["file"] == ("bill.pdf", b"%PDF bill", "application/pdf")


def test_a_file_opened_as_text_is_refused(client: CryptoCoinPro, tmp_path: Path) -> None:
    (tmp_path / "bill.pdf").write_text("%PDF")
    with (tmp_path / "bill.pdf").open() as text:
        with pytest.raises(CryptoCoinProRequestError, match=r"binary mode \('rb'\)"):
            client.create_kyc_document(user=USER, body={"type": "utilityBill", "file": text})


def test_async_uploads_take_a_path(mock: MockServer, tmp_path: Path) -> None:
    import asyncio

    selfie = tmp_path / "selfie.webp"
    selfie.write_bytes(b"RIFFwebp")

    async def run() -> None:
        async with AsyncCryptoCoinPro(base_url=mock.url, api_key="t") as client:
            await client.create_kyc_document(
                user=USER, body={"type": "selfieWithId", "file": selfie}
            )

    asyncio.run(run())
    assert mock.app.received[-1].form["file"] == ("selfie.webp", b"RIFFwebp", "image/webp")
