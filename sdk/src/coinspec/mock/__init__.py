"""Mock servers of every service, driven by the specs (needs ``coinspec[mock]``)."""

from .server import MockApp, MockServer, ReceivedRequest, available_apis

__all__ = ["MockApp", "MockServer", "ReceivedRequest", "available_apis"]
