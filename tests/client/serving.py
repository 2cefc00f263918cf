"""A mock of one service on loopback for the duration of a test module."""

from __future__ import annotations

from collections.abc import Iterator

from coinspec.mock import MockServer


def serve(api: str, options: dict[str, str] | None = None) -> Iterator[MockServer]:
    server = MockServer(api, options=options)
    server.start()
    try:
        yield server
    finally:
        server.stop()
