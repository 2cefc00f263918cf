"""Mock servers of every service, driven by the specs (needs the ``coinspec[mock]`` extra).

``python -m coinspec.mock SERVICE`` serves one from the command line; in Python::

    from coinspec.mock import MockServer

    with MockServer("swapgate") as url:
        ...  # point a client at url

Without the extra, importing these names raises :class:`MissingExtraError`, which says
what to install.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._extra import INSTALL_HINT, MissingExtraError

if TYPE_CHECKING:
    from .app import MockApp, MockResponse, ReceivedRequest
    from .serving import MockLimits, MockServer

from .._core.spec import available_apis

__all__ = [
    "INSTALL_HINT",
    "MissingExtraError",
    "MockApp",
    "MockLimits",
    "MockResponse",
    "MockServer",
    "ReceivedRequest",
    "available_apis",
]

_LAZY = {"MockApp", "MockLimits", "MockResponse", "MockServer", "ReceivedRequest"}


def __getattr__(name: str) -> Any:
    # The server imports jsonschema: only when asked for, so that `python -m coinspec.mock`
    # can say which extra is missing instead of failing on import.
    if name in _LAZY:
        from . import server

        return getattr(server, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
