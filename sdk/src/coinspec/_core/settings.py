"""Checks of what a client is given, at construction and at each call.

Every check raises the service's own error class (given as ``error``) before anything is
sent, with a message that names the argument and never repeats a secret it was given.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import httpx

from .operation import NotGiven, Service

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "check_base_url",
    "check_byte_limit",
    "check_credential",
    "check_header_values",
    "check_retries",
    "check_seconds",
    "check_secret_option",
    "check_settings",
    "check_timeout",
]

DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def check_seconds(name: str, value: object, error: type[Exception], *, zero: bool = False) -> None:
    """A duration: a finite number of seconds, more than 0 (or at least 0 where ``zero``)."""
    if not _is_number(value):
        raise error(f"{name} must be a number of seconds, not {type(value).__name__}")
    seconds = float(value)  # type: ignore[arg-type]
    if not math.isfinite(seconds) or seconds < 0 or (seconds == 0 and not zero):
        bound = "0 or more" if zero else "more than 0"
        raise error(f"{name} must be a finite number of seconds, {bound}: got {value!r}")


def check_timeout(name: str, value: object, error: type[Exception]) -> None:
    """None (no limit), seconds, or an httpx.Timeout whose every limit is None or seconds."""
    if value is None:
        return
    if isinstance(value, httpx.Timeout):
        for phase, seconds in value.as_dict().items():
            if seconds is not None:
                check_seconds(f"{name}.{phase}", seconds, error)
        return
    if not _is_number(value):
        raise error(f"{name} must be seconds, an httpx.Timeout or None, not {type(value).__name__}")
    check_seconds(name, value, error)


def check_retries(name: str, value: object, error: type[Exception]) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise error(f"{name} must be an int, not {type(value).__name__}")
    if value < 0:
        raise error(f"{name} must be 0 or more: got {value}")


def check_byte_limit(name: str, value: object, error: type[Exception]) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise error(f"{name} must be a number of bytes (an int), not {type(value).__name__}")
    if value <= 0:
        raise error(f"{name} must be more than 0 bytes: got {value}")


def _bad_header_character(text: str) -> str | None:
    """What makes ``text`` unfit for an HTTP header value, or None."""
    for index, char in enumerate(text):
        if char in "\r\n":
            where = "at its end" if not text[index:].strip() else f"at position {index}"
            return f"has a line break {where} (read from a file? strip it)"
        if not char.isascii():
            return f"has a non-ASCII character at position {index}, which HTTP headers cannot carry"
        if not char.isprintable():
            return f"has a control character at position {index}"
    return None


def check_credential(name: str, value: object, error: type[Exception]) -> None:
    """A key or token as it goes into a header: printable ASCII, no surrounding whitespace.

    The message says what is wrong and where, never the value itself.
    """
    if value is None:
        return
    if not isinstance(value, str):
        raise error(f"{name} must be a str, not {type(value).__name__}")
    if not value:
        raise error(f"{name} is empty")
    problem = _bad_header_character(value)
    if problem is None and value != value.strip():
        problem = "starts or ends with whitespace (read from a file? strip it)"
    if problem is None and any(char.isspace() for char in value):
        problem = "has whitespace inside it"
    if problem is not None:
        raise error(f"{name} {problem}")


def check_secret_option(name: str, value: object, error: type[Exception]) -> None:
    """A one-line secret (an HMAC secret, a WIF or hex key) with whitespace around it: a
    trailing newline from a file would sign and verify with another secret than meant.
    A key of several lines (PEM) may end with a newline, as PEM files do.

    The message says what is wrong, never the value itself.
    """
    if not isinstance(value, str):
        return
    core = value.strip()
    if not core:
        raise error(f"{name} is empty")
    if core != value and "\n" not in core:
        where = (
            "a line break at its end" if value.endswith(("\n", "\r")) else "whitespace around it"
        )
        raise error(f"{name} has {where} (read from a file? strip it)")


def check_header_values(
    where: str, headers: Mapping[str, Any] | None, error: type[Exception]
) -> None:
    """Header names and values a user gives: text an HTTP header can carry.

    Values may be secrets too, so a message names the header, not its value.
    """
    for header, value in (headers or {}).items():
        if not isinstance(header, str) or not header or _bad_header_character(header) is not None:
            raise error(f"{where}: {header!r} is not a header name HTTP can carry")
        if any(char in header for char in " :\t"):
            raise error(f"{where}: {header!r} is not a header name HTTP can carry")
        if not isinstance(value, str):
            raise error(
                f"{where}: the value of {header!r} must be a str, not {type(value).__name__}"
            )
        problem = _bad_header_character(value)
        if problem is not None:
            raise error(f"{where}: the value of {header!r} {problem}")


def check_base_url(url: str, error: type[Exception]) -> None:
    """An http(s) URL with a host and no credentials in it (they would show in every log line).

    The message never repeats the URL: a malformed one may still hold a password.
    """
    if not isinstance(url, str):
        raise error(f"base_url must be a str, not {type(url).__name__}")
    if _bad_header_character(url) is not None and any(c in url for c in "\r\n\t\x00"):
        raise error("base_url has a line break or control character in it")
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise error(f"base_url is not a valid URL ({exc.__class__.__name__})") from None
    if parsed.userinfo:
        raise error(
            "base_url holds a user name or password (user:secret@host): take them out of the "
            "URL and pass the credential as the client's key argument"
        )
    if parsed.scheme not in ("http", "https"):
        raise error(f"base_url must start with https:// (or http://), not {parsed.scheme!r}")
    if not parsed.host:
        raise error("base_url has no host")
    if parsed.query or parsed.fragment:
        raise error("base_url must not have a query or a fragment")


def check_settings(
    service: Service,
    *,
    base_url: str | None,
    credentials: Mapping[str, object],
    timeout: object,
    deadline: object,
    max_response_bytes: object,
    max_retries: object,
    retry_backoff: object,
    retry_backoff_cap: object,
    default_headers: Mapping[str, Any] | None,
    secret_options: Mapping[str, object] | None = None,
) -> None:
    """Everything a client is constructed with (or changed to by ``with_options``), checked
    before it is kept: the service's ConfigurationError names the first wrong argument.
    A ``base_url`` of None is one checked before (a copy's, unchanged)."""
    error = service.errors.configuration
    if base_url is not None:
        check_base_url(base_url, error)
    for name, value in credentials.items():
        check_credential(name, value, error)
    for name, value in (secret_options or {}).items():
        check_secret_option(name, value, error)
    check_timeout("timeout", timeout, error)
    if deadline is not None and not isinstance(deadline, NotGiven):
        check_seconds("deadline", deadline, error)
    check_byte_limit("max_response_bytes", max_response_bytes, error)
    check_retries("max_retries", max_retries, error)
    check_seconds("retry_backoff", retry_backoff, error, zero=True)
    check_seconds("retry_backoff_cap", retry_backoff_cap, error, zero=True)
    check_header_values("default_headers", default_headers, error)
