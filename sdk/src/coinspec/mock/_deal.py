"""What the request handling and the deals (``deals.py``) share, without importing the
runtime: a request as a deal sees it, a deal's refusal, and the deals in play."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from collections.abc import Mapping

    from .deals import Deal

__all__ = ["ActiveDeals", "Asked", "Documents", "Refusal"]


class Asked(dict[str, Any]):
    """A request's parameters by name, and its ``body`` as read (a JSON value; None when
    it has none)."""

    body: Any = None


class Refusal(Exception):
    """The service the mock plays turns the request down with ``status`` (one it documents
    for the operation); the message says why."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class Documents(Protocol):
    """The documented examples a deal starts from, and the mock's answers made from them."""

    def __call__(self, function: str, argument: str, request: Mapping[str, Any]) -> Any:
        """The mock's answer, made for the user's keys, of the operation whose answer goes
        to ``function``'s ``argument``, given ``request``."""
        ...

    def example(self, function: str, argument: str, *, request: bool = False) -> Any:
        """The documented example (a copy) of that operation's success answer, or of its
        request body when ``request``."""
        ...

    def flow_defaults(self, argument: str) -> list[Any]:
        """The defaults the spec's flows give their ``argument`` (a flow's ``max_fee``, say)."""
        ...


@dataclass
class ActiveDeals:
    """The deals in play, and which of them makes each answer and checks each submission:
    (runtime function, argument or body field) -> (deal, its method)."""

    deals: list[Deal] = field(default_factory=list)
    makers: dict[tuple[str, str], tuple[Deal, str]] = field(default_factory=dict)
    checkers: dict[tuple[str, str], tuple[Deal, str]] = field(default_factory=dict)
