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
    "SHOULD_RETRY_HEADER",
    "retry_after",
    "retry_delay",
]

DEFAULT_MAX_RETRIES = 2
# Statuses that say "try again": a timeout or overload on the way, or a server error that
# a second try of an operation safe to repeat may not meet.
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# The server's own word, which wins over the status: `x-should-retry: true|false`.
SHOULD_RETRY_HEADER = "x-should-retry"
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
    if response is None or response.is_success or not op.idempotent:
        # An operation that may move money or create something is never sent twice,
        # whatever the server says.
        return None
    should = response.headers.get(SHOULD_RETRY_HEADER, "").strip().lower()
    if should == "false":
        return None
    if should == "true" or response.status_code in RETRY_STATUSES:
        return _backoff(attempt, response, base, cap)
    return None
