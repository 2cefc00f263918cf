"""Deadlines: how long one attempt and a whole call (retries and waits included) may take.

``timeout`` bounds an attempt from connecting to the last byte of the body, not each read:
a server that trickles its answer a byte at a time is cut off when the attempt's time is up.
For the client's own httpx client every network read and write of the attempt waits at most
until that moment (a network backend that clips each timeout); the async clients run the
attempt under one cancel scope, whatever httpx client they use. With an httpx client of the
user's, the sync client clips each phase's timeout to the time left and checks the deadline
between the chunks of the body.
"""

from __future__ import annotations

import contextlib
import time
import typing
from collections.abc import AsyncIterator, Iterator
from contextvars import ContextVar
from dataclasses import dataclass

import httpx

__all__ = [
    "AttemptDeadline",
    "CallDeadline",
    "async_attempt_scope",
    "attempt_scope",
    "attempt_seconds",
    "install_deadline_backend",
    "monotonic",
]


def monotonic() -> float:
    """The clock of every deadline (tests replace it to fake waits)."""
    return time.monotonic()


def attempt_seconds(timeout: float | httpx.Timeout | None) -> float | None:
    """The whole-attempt limit a ``timeout`` gives: the number itself, or for an httpx.Timeout
    the longest of its limits (None, no limit, when any phase may wait forever)."""
    if timeout is None:
        return None
    if isinstance(timeout, httpx.Timeout):
        limits = list(timeout.as_dict().values())
        if any(limit is None for limit in limits):
            return None
        return float(max(typing.cast(list[float], limits)))
    return float(timeout)


@dataclass(frozen=True)
class AttemptDeadline:
    """When the current attempt must be over, and why (for the timeout error's message)."""

    at: float
    reason: str  # e.g. "the 3 s timeout" or "the call's 10 s deadline"

    def left(self) -> float:
        return self.at - monotonic()


@dataclass(frozen=True)
class CallDeadline:
    """The limits of one call: each attempt's seconds and the end of the whole call."""

    attempt: float | None
    total: float | None
    ends_at: float | None

    @classmethod
    def start(cls, attempt: float | None, total: float | None) -> CallDeadline:
        return cls(attempt, total, None if total is None else monotonic() + total)

    def for_attempt(self) -> AttemptDeadline | None:
        """The deadline of an attempt starting now: its timeout, or the call's end if sooner
        (by more than a hair: a first attempt whose timeout is the whole call is timed out)."""
        hair = 0.05
        now = monotonic()
        own = None if self.attempt is None else now + self.attempt
        if self.ends_at is not None and (own is None or self.ends_at < own - hair):
            return AttemptDeadline(self.ends_at, f"the call's {self.total:g} s deadline")
        if own is not None:
            return AttemptDeadline(own, f"the {self.attempt:g} s timeout")
        return None

    def allows_wait(self, seconds: float) -> bool:
        """Whether waiting ``seconds`` still leaves time for another attempt."""
        return self.ends_at is None or monotonic() + seconds < self.ends_at

    def left(self) -> float | None:
        return None if self.ends_at is None else max(self.ends_at - monotonic(), 0.0)


def clipped_timeouts(
    timeout: float | httpx.Timeout | None, deadline: AttemptDeadline | None
) -> dict[str, float | None]:
    """httpx's per-phase timeouts, none of them past the attempt's deadline."""
    phases = httpx.Timeout(timeout).as_dict()
    if deadline is None:
        return phases
    left = max(deadline.left(), 0.001)
    return {phase: left if limit is None else min(limit, left) for phase, limit in phases.items()}


# -- the sync client's own transport: every read and write ends by the attempt's deadline ------

_ATTEMPT: ContextVar[AttemptDeadline | None] = ContextVar("coinspec_attempt", default=None)


@contextlib.contextmanager
def attempt_scope(deadline: AttemptDeadline | None) -> Iterator[None]:
    """While this runs, the network I/O of this thread's attempt stops at ``deadline``."""
    token = _ATTEMPT.set(deadline)
    try:
        yield
    finally:
        _ATTEMPT.reset(token)


@contextlib.asynccontextmanager
async def async_attempt_scope(deadline: AttemptDeadline | None) -> AsyncIterator[None]:
    """The attempt inside, cancelled when ``deadline`` passes (TimeoutError raised)."""
    if deadline is None:
        yield
        return
    # Imported by the first async call: importing a service need not load asyncio or anyio.
    import asyncio

    import anyio

    try:
        asyncio.get_running_loop()
    except RuntimeError:  # trio, through anyio
        with anyio.fail_after(max(deadline.left(), 0.0)):
            yield
        return
    async with asyncio.timeout(max(deadline.left(), 0.0)):
        yield


def clip_to_attempt(timeout: float | None, expired: type[Exception]) -> float | None:
    """``timeout`` cut to what this thread's attempt has left; ``expired`` raised once none is."""
    deadline = _ATTEMPT.get()
    if deadline is None:
        return timeout
    left = deadline.left()
    if left <= 0:
        raise expired(f"{deadline.reason} passed")
    return left if timeout is None else min(timeout, left)


def install_deadline_backend(client: httpx.Client) -> bool:
    """Make every connection pool of the client's own transports stop I/O at the attempt's
    deadline; False when a transport is not httpx's (then only the coarser checks apply)."""
    # Imported here, by the first client that builds its own httpx client (whose transport
    # imports httpcore too): importing a service need not load httpcore, h11 and anyio.
    import httpcore

    from .deadline_backend import DeadlineBackend

    transports = [client._transport, *client._mounts.values()]
    installed = True
    for transport in transports:
        if transport is None:  # a mount that sends those URLs without a proxy
            continue
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, DeadlineBackend):
            continue
        if not isinstance(backend, httpcore.NetworkBackend):
            installed = False
            continue
        pool._network_backend = DeadlineBackend(backend)  # type: ignore[union-attr]
    return installed
