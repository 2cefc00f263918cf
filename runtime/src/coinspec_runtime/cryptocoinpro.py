"""CryptoCoin.Pro: mint the RS512 JWTs for platform authentication.

``POST /api/v1/authenticate-jwt/{platform}`` takes a ``token`` header holding
an RS512 JWT whose payload is ``{"email": ...}`` or ``{"id": ...}`` plus
``"expire"`` (a Unix timestamp, not in the past). The platform endpoints take
the same kind of token with ``{"platform": <platform UUID>, "expire": ...}``.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from typing import NamedTuple

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

from .errors import InvalidKeyError

__all__ = [
    "DEFAULT_LIFETIME_SECONDS",
    "REFRESH_MARGIN_SECONDS",
    "PlatformToken",
    "mint_platform_api_token",
    "mint_platform_token",
    "platform_api_token_header",
    "platform_user_token_header",
]

DEFAULT_LIFETIME_SECONDS = 300
REFRESH_MARGIN_SECONDS = 30
MIN_RSA_BITS = 2048
TOKEN_HEADER = "token"

# Minted tokens by (key digest, claims), reused until REFRESH_MARGIN_SECONDS before expiry.
_minted: dict[tuple[str, tuple[tuple[str, str], ...]], PlatformToken] = {}
_minted_lock = threading.Lock()


class PlatformToken(NamedTuple):
    token: str
    expires_at: int

    def __repr__(self) -> str:
        return f"PlatformToken(token=<redacted>, expires_at={self.expires_at})"

    def __str__(self) -> str:
        return self.__repr__()


def _load_key(private_key_pem: str | bytes, password: bytes | None) -> RSAPrivateKey:
    data = private_key_pem.encode("ascii") if isinstance(private_key_pem, str) else private_key_pem
    try:
        key = serialization.load_pem_private_key(data, password=password)
    except (ValueError, TypeError, UnicodeError):
        raise InvalidKeyError(
            "private_key_pem is not a readable PEM private key (or the password is wrong)"
        ) from None
    if not isinstance(key, RSAPrivateKey):
        raise InvalidKeyError("RS512 needs an RSA private key")
    if key.key_size < MIN_RSA_BITS:
        raise InvalidKeyError(
            f"the RSA key has {key.key_size} bits; at least {MIN_RSA_BITS} are required"
        )
    return key


def _mint(
    claims: dict[str, str],
    private_key_pem: str | bytes,
    lifetime_seconds: int,
    password: bytes | None,
    now: int | None,
) -> PlatformToken:
    if (
        isinstance(lifetime_seconds, bool)
        or not isinstance(lifetime_seconds, int)
        or lifetime_seconds <= 0
    ):
        raise ValueError("lifetime_seconds must be a positive integer")
    issued = int(time.time()) if now is None else now
    expires_at = issued + lifetime_seconds
    key = _load_key(private_key_pem, password)
    token = jwt.encode({**claims, "expire": expires_at}, key, algorithm="RS512")
    return PlatformToken(token, expires_at)


def mint_platform_token(
    private_key_pem: str | bytes,
    *,
    email: str | None = None,
    user_id: str | None = None,
    lifetime_seconds: int = DEFAULT_LIFETIME_SECONDS,
    password: bytes | None = None,
    now: int | None = None,
) -> PlatformToken:
    """The token for ``POST /api/v1/authenticate-jwt/{platform}``: payload ``email`` or ``id``
    (exactly one) plus ``expire`` = now + ``lifetime_seconds``. Returns ``(token, expires_at)``."""
    if (email is None) == (user_id is None):
        raise ValueError("give exactly one of email or user_id")
    claims = {"email": email} if email is not None else {"id": str(user_id)}
    if not next(iter(claims.values())):
        raise ValueError("email / user_id must not be empty")
    return _mint(claims, private_key_pem, lifetime_seconds, password, now)


def mint_platform_api_token(
    private_key_pem: str | bytes,
    *,
    platform_id: str,
    lifetime_seconds: int = DEFAULT_LIFETIME_SECONDS,
    password: bytes | None = None,
    now: int | None = None,
) -> PlatformToken:
    """The token for the ``/api/v1/platform/...`` endpoints: payload ``platform`` plus ``expire``."""
    if not platform_id:
        raise ValueError("platform_id must not be empty")
    return _mint({"platform": platform_id}, private_key_pem, lifetime_seconds, password, now)


def _reuse_or_mint(
    private_key_pem: str | bytes, claims: dict[str, str], mint: Callable[[], PlatformToken]
) -> PlatformToken:
    pem = private_key_pem.encode("ascii") if isinstance(private_key_pem, str) else private_key_pem
    key = (hashlib.sha256(pem).hexdigest(), tuple(sorted(claims.items())))
    with _minted_lock:
        token = _minted.get(key)
        if token is None or token.expires_at - REFRESH_MARGIN_SECONDS <= int(time.time()):
            token = mint()
            _minted[key] = token
        return token


def platform_user_token_header(
    private_key_pem: str | bytes,
    *,
    email: str | None = None,
    user_id: str | None = None,
    lifetime_seconds: int = DEFAULT_LIFETIME_SECONDS,
) -> dict[str, str]:
    """The ``token`` header for ``authenticate_via_platform``, minted fresh only when the
    previous token for the same key and user is within REFRESH_MARGIN_SECONDS of expiring."""
    claims = {"email": email} if email is not None else {"id": str(user_id)}
    token = _reuse_or_mint(
        private_key_pem,
        claims,
        lambda: mint_platform_token(
            private_key_pem, email=email, user_id=user_id, lifetime_seconds=lifetime_seconds
        ),
    )
    return {TOKEN_HEADER: token.token}


def platform_api_token_header(
    private_key_pem: str | bytes,
    *,
    platform_id: str,
    lifetime_seconds: int = DEFAULT_LIFETIME_SECONDS,
) -> dict[str, str]:
    """The ``token`` header for the ``/platform/{platform}`` endpoints, reused like
    :func:`platform_user_token_header`."""
    token = _reuse_or_mint(
        private_key_pem,
        {"platform": platform_id},
        lambda: mint_platform_api_token(
            private_key_pem, platform_id=platform_id, lifetime_seconds=lifetime_seconds
        ),
    )
    return {TOKEN_HEADER: token.token}
