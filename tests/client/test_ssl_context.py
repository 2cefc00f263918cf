"""Clients share one default SSL context (building a client no longer loads the CA bundle),
and that context still verifies: a server whose certificate nobody vouches for is refused,
while a user's own httpx client, or SSL_CERT_FILE, decides what is trusted."""

from __future__ import annotations

import datetime
import http.server
import ipaddress
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from coinspec._core.client import default_ssl_context
from coinspec.hodlhodl import AsyncHodlHodl, HodlHodl, HodlHodlConnectionError
from coinspec.swapgate import Swapgate

BODY = b'{"status": "success", "currencies": []}'


def _pool_context(client: httpx.Client | httpx.AsyncClient) -> ssl.SSLContext:
    pool = client._transport._pool  # type: ignore[union-attr]
    context: ssl.SSLContext = pool._ssl_context
    return context


@pytest.fixture(scope="module")
def self_signed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 that no CA signed, and its key (PEM files)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "coinspec test server")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    folder = tmp_path_factory.mktemp("tls")
    cert_file, key_file = folder / "server.pem", folder / "server.key"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


@pytest.fixture(scope="module")
def https_url(self_signed: tuple[Path, Path]) -> Iterator[str]:
    """An HTTPS server on loopback that answers every GET with a currency list."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(BODY)))
            self.end_headers()
            self.wfile.write(BODY)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*self_signed)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_clients_of_every_kind_share_one_ssl_context() -> None:
    with (
        HodlHodl(base_url="https://hodlhodl.example", api_key="k") as first,
        HodlHodl(base_url="https://hodlhodl.example", api_key="k") as second,
        Swapgate(base_url="https://swapgate.example") as other_service,
    ):
        shared = _pool_context(first._http)
        assert shared is default_ssl_context()
        assert _pool_context(second._http) is shared
        assert _pool_context(other_service._http) is shared
    async_client = AsyncHodlHodl(base_url="https://hodlhodl.example", api_key="k")
    assert _pool_context(async_client._http) is shared


def test_the_shared_context_verifies_certificates_and_host_names() -> None:
    context = default_ssl_context()
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname
    assert context.cert_store_stats()["x509_ca"] > 0  # the CA bundle is loaded


def test_a_server_no_ca_vouches_for_is_refused(https_url: str) -> None:
    with (
        HodlHodl(base_url=https_url, api_key="k", max_retries=0) as client,
        pytest.raises(HodlHodlConnectionError) as refused,
    ):
        client.list_currencies()
    assert "CERTIFICATE_VERIFY_FAILED" in str(refused.value.__cause__)


def test_a_users_http_client_decides_what_is_trusted(
    https_url: str, self_signed: tuple[Path, Path]
) -> None:
    trusting = ssl.create_default_context(cafile=str(self_signed[0]))
    with (
        httpx.Client(verify=trusting) as mine,
        HodlHodl(base_url=https_url, api_key="k", http_client=mine) as client,
    ):
        assert client._http is mine
        assert client.list_currencies() == []


def test_ssl_cert_file_is_honoured_by_clients_built_after_it_is_set(
    https_url: str, self_signed: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(self_signed[0]))
    with HodlHodl(base_url=https_url, api_key="k") as client:
        assert _pool_context(client._http) is not None
        assert client.list_currencies() == []
    monkeypatch.delenv("SSL_CERT_FILE")
    with HodlHodl(base_url=https_url, api_key="k", max_retries=0) as client:
        with pytest.raises(HodlHodlConnectionError):
            client.list_currencies()
