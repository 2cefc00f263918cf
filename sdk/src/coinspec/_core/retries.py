"""When to try a call again, and how long to wait first."""

from __future__ import annotations

import email.utils
import random
import re
import time

import httpx

from .operation import Operation

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "MAX_RETRY_AFTER",
    "RETRY_STATUSES",
    "retry_after",
    "retry_delay",
]

DEFAULT_MAX_RETRIES = 2
RETRY_STATUSES = frozenset({429, 503})
MAX_RETRY_AFTER = 60.0


# RFC 9110: delay-seconds is 1*DIGIT; a fraction is tolerated, anything else (nan, inf,
# -1, 1e9) is no delay the server can mean.
_DELAY_SECONDS = re.compile(r"[0-9]{1,10}(?:\.[0-9]{1,6})?")


def retry_after(response: httpx.Response | None) -> float | None:
    """The wait Retry-After asks for, in seconds from now (at most MAX_RETRY_AFTER), or None
    when the header is missing or is neither seconds nor an HTTP date."""
    if response is None:
        return None
    value = response.headers.get("retry-after", "").strip()
    if not value:
        return None
    if _DELAY_SECONDS.fullmatch(value):
        seconds = float(value)
    else:
        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None  # neither seconds nor an HTTP date: back off as usual
        if parsed.tzinfo is None:
            return None
        seconds = parsed.timestamp() - time.time()
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def _backoff(attempt: int, response: httpx.Response | None, base: float, cap: float) -> float:
    after = retry_after(response)
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
