"""Fixtures of the hostile-server suite."""

from __future__ import annotations

import time

import pytest

from coinspec._core import client, deadline


class FakeClock:
    """The clients' waits between attempts, faked: a wait returns at once and moves this
    clock (the one every deadline reads) forward by what was asked."""

    def __init__(self) -> None:
        self.offset = 0.0
        self.waits: list[float] = []

    def monotonic(self) -> float:
        return time.monotonic() + self.offset

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.offset += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(deadline, "monotonic", fake.monotonic)
    monkeypatch.setattr(client, "sleep", fake.sleep)
    monkeypatch.setattr(client, "async_sleep", fake.async_sleep)
    return fake
