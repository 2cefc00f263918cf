"""Exceptions of the Atomic client.

Every exception the client raises is a ``AtomicError``; each documented
HTTP status has its own class carrying the status, the parsed error body and the response.
"""

from __future__ import annotations

from typing import Any

from .._core.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    BodyT,
    ClientClosedError,
    CoinspecError,
    ConfigurationError,
    MissingCredentialError,
    PaginationError,
    RequestError,
    ResponseTooLargeError,
    ResponseValidationError,
    VerificationError,
)

__all__ = [
    "AtomicError",
    "AtomicConfigurationError",
    "AtomicRequestError",
    "AtomicMissingCredentialError",
    "AtomicConnectionError",
    "AtomicTimeoutError",
    "AtomicStatusError",
    "AtomicResponseValidationError",
    "AtomicResponseTooLargeError",
    "AtomicVerificationError",
    "AtomicPaginationError",
    "AtomicClientClosedError",
    "BadRequestError",
    "ForbiddenError",
    "NotFoundError",
    "ConflictError",
    "STATUS_ERRORS",
]


class AtomicError(CoinspecError):
    """Base of every exception the Atomic client raises."""


class AtomicConfigurationError(AtomicError, ConfigurationError):
    """The Atomic client cannot be built with what it was given; nothing was sent."""


class AtomicRequestError(AtomicError, RequestError):
    """A call's arguments cannot be sent to Atomic; nothing was sent."""


class AtomicMissingCredentialError(AtomicError, MissingCredentialError):
    """The operation needs a credential or option the Atomic client was not given; nothing was sent."""


class AtomicConnectionError(AtomicError, APIConnectionError):
    """Atomic could not be reached, or the connection broke."""


class AtomicTimeoutError(AtomicConnectionError, APITimeoutError):
    """Atomic did not answer within the timeout."""


class AtomicStatusError(AtomicError, APIStatusError[BodyT]):
    """Atomic answered with an error; the base of the per-status classes.

    Raised itself for a status the spec does not document, or a body that is not what the
    spec declares for its status; ``body`` is then the decoded JSON, or the text.
    """


class AtomicResponseValidationError(AtomicError, ResponseValidationError):
    """A response from Atomic the client refused: a 2xx body that does not match the spec, or a body that is not well-formed JSON within the client's limits."""


class AtomicResponseTooLargeError(AtomicResponseValidationError, ResponseTooLargeError):
    """A response from Atomic larger than max_response_bytes (after decompression)."""


class AtomicVerificationError(AtomicError, VerificationError):
    """A Atomic response that failed a cryptographic check."""


class AtomicPaginationError(AtomicError, PaginationError):
    """A paged list of Atomic that does not advance (a page it sent before, again)."""


class AtomicClientClosedError(AtomicError, ClientClosedError):
    """A call on a Atomic client that was closed (or a copy of one); nothing was sent."""


class BadRequestError(AtomicStatusError[object]):
    """HTTP 400, documented for create_user, submit_on_demand_unlock, get_timed_unlock, submit_timed_unlock, get_payment, confirm_payment, get_atomic_info, create_order, cancel_order, request_credit_line.

    The spec declares no body for it: ``body`` is the decoded JSON, the text, or None.
    """


class ForbiddenError(AtomicStatusError[object]):
    """HTTP 403, documented for get_on_demand_unlock, submit_on_demand_unlock, get_timed_unlock, submit_timed_unlock, cancel_order, request_credit_line, delete_credit_line.

    The spec declares no body for it: ``body`` is the decoded JSON, the text, or None.
    """


class NotFoundError(AtomicStatusError[object]):
    """HTTP 404, documented for get_user, get_on_demand_unlock, submit_on_demand_unlock, get_timed_unlock, submit_timed_unlock, get_payment, confirm_payment, get_order, cancel_order, get_credit_line, delete_credit_line.

    The spec declares no body for it: ``body`` is the decoded JSON, the text, or None.
    """


class ConflictError(AtomicStatusError[object]):
    """HTTP 409, documented for create_user, submit_on_demand_unlock, submit_timed_unlock, get_payment, confirm_payment, create_order, request_credit_line.

    The spec declares no body for it: ``body`` is the decoded JSON, the text, or None.
    """


# By status, or by a range such as "4XX" (the client looks for the status first).
STATUS_ERRORS: dict[int | str, type[AtomicStatusError[Any]]] = {
    400: BadRequestError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
}
