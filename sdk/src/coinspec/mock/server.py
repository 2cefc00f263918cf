"""A mock of each service, driven by its spec: real HTTP on loopback (see :mod:`.app` for
what it answers and :mod:`.serving` for how it stays up under bad requests)."""

from __future__ import annotations

from .._core.spec import available_apis, load_spec
from .app import TRANSIENT_STATUSES, MockApp, MockResponse, ReceivedRequest
from .serving import MockLimits, MockServer, _Handler

__all__ = [
    "TRANSIENT_STATUSES",
    "MockApp",
    "MockLimits",
    "MockResponse",
    "MockServer",
    "ReceivedRequest",
    "_Handler",
    "available_apis",
    "load_spec",
]
