"""The root of every exception a coinspec client raises.

Each service adds one base class (``<Client>Error``) and one class per documented status
(``NotFoundError``) below these; catch a root class here to handle every service alike.
Messages never carry request headers, tokens, keys or secrets: a client redacts every
secret it holds from an error before raising it (see redaction.py), whatever the server
echoed, and the request an error holds is a copy without credentials.
"""

from __future__ import annotations

from typing import Any, Generic

import httpx
from typing_extensions import TypeVar

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "BodyT",
    "ClientClosedError",
    "CoinspecError",
    "ConfigurationError",
    "MissingCredentialError",
    "PaginationError",
    "RequestError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "VerificationError",
]


class CoinspecError(Exception):
    """Anything a coinspec client raises.

    Every one pickles (to hand to another process, a task queue, a log shipper) and
    unpickles with its attributes: status code, body, message, the sanitised request and
    response a client's error holds.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception's own reduce calls cls(*args), which keyword-only attributes break.
        return (_unpickle, (type(self), self.args, dict(vars(self))))


def _unpickle(
    cls: type[CoinspecError], args: tuple[Any, ...], state: dict[str, Any]
) -> CoinspecError:
    exc = cls.__new__(cls, *args)
    exc.args = args
    exc.__dict__.update(state)
    return exc


class MissingCredentialError(CoinspecError):
    """The operation needs a credential the client was not given; nothing was sent."""


class ConfigurationError(CoinspecError, ValueError):
    """The client cannot be built with what it was given (an option, a key, an environment
    variable); the message names which. Nothing was sent."""


class RequestError(CoinspecError, ValueError):
    """A call's arguments cannot be sent: a body that breaks its schema, an inexact amount,
    a missing field a rule of the spec requires, a file given as a str. The message names
    the operation and the field; nothing was sent."""


class ClientClosedError(CoinspecError, RuntimeError):
    """A call on a client that was closed (``close()``, the end of its ``with``), or whose
    httpx client was; nothing was sent. A copy made by ``with_options`` shares the
    connection pool of the client it was made from, and closes with it."""


class APIError(CoinspecError):
    """A call to a service failed."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """The service could not be reached, or the connection broke before a full response."""


class APITimeoutError(APIConnectionError):
    """The service did not answer within the timeout."""


BodyT = TypeVar("BodyT", default=object)


class APIStatusError(APIError, Generic[BodyT]):
    """The service answered with an error: a non-2xx status or an error envelope.

    Each status a spec documents has its class (``NotFoundError``), typed with the body
    the spec declares for it: ``error.body.error_code`` type-checks. That class is raised
    when the body is what the spec declares (``body`` is then that model); a body that is
    not (a proxy's HTML page, a changed shape) raises the service's ``<Client>StatusError``
    with the raw body (decoded JSON, or the text), so ``body`` is always what its type says.
    """

    def __init__(self, message: str, *, response: httpx.Response, body: BodyT) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = body


class ResponseValidationError(APIError):
    """A response the client refused: a 2xx body that does not match the spec, or any body
    that is not well-formed JSON within the client's limits (nesting, number size, UTF-8,
    duplicate keys). ``body`` is the raw text."""

    def __init__(
        self, message: str, *, response: httpx.Response, body: str, errors: Any = None
    ) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.errors = errors


class PaginationError(APIError):
    """A paged list does not advance: the service sent a page it had sent before (the one
    before, or any earlier one). The iteration stopped rather than yield the same items
    forever."""


class ResponseTooLargeError(ResponseValidationError):
    """The body was larger than ``limit`` bytes (``max_response_bytes``, counted after
    decompression); reading stopped there, and ``body`` is empty."""

    def __init__(self, message: str, *, response: httpx.Response, body: str, limit: int) -> None:
        super().__init__(message, response=response, body=body)
        self.limit = limit


class VerificationError(APIError):
    """A response failed a cryptographic check; it was not returned and nothing was signed.

    ``check`` names the check that failed (for example ``escrow.address``).
    """

    def __init__(self, message: str, *, response: httpx.Response | None, check: str) -> None:
        super().__init__(message, request=response.request if response is not None else None)
        self.response = response  # None when a flow's own check failed between calls
        self.check = check
