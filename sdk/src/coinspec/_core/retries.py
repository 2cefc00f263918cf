"""When to try a call again, and how long to wait first."""

from __future__ import annotations

import email.utils
import random
import time

import httpx

from .operation import Operation

__all__ = ["DEFAULT_MAX_RETRIES", "MAX_RETRY_AFTER", "RETRY_STATUSES", "retry_delay"]

DEFAULT_MAX_RETRIES = 2
RETRY_STATUSES = frozenset({429, 503})
MAX_RETRY_AFTER = 60.0


def _retry_after(response: httpx.Response | None) -> float | None:
    if response is None:
        return None
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None  # neither seconds nor an HTTP date: back off as usual
        if parsed.tzinfo is None:
            return None
        seconds = parsed.timestamp() - time.time()
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def _backoff(attempt: int, response: httpx.Response | None, base: float, cap: float) -> float:
    after = _retry_after(response)
    if after is not None:
        return after
    # Full jitter: spreads clients that failed together.
    return float(random.uniform(0, min(cap, base * (2**attempt))))


def retry_delay(
    op: Operation[object],
    attempt: int,
    max_retries: int,
    response: httpx.Response | None,
    exc: Exception | None,
    *,
    base: float,
    cap: float,
) -> float | None:
    """Seconds to wait before another try, or None to stop."""
    if attempt >= max_retries:
        return None
    if exc is not None:
        # A refused connection sent nothing, so even a non-idempotent call may retry it.
        if isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout)) or op.idempotent:
            return _backoff(attempt, None, base, cap)
        return None
    if response is not None and response.status_code in RETRY_STATUSES and op.idempotent:
        return _backoff(attempt, response, base, cap)
    return None
