"""Exceptions of the Swapgate client.

Every exception the client raises is a ``SwapgateError``; each documented
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
    "SwapgateError",
    "SwapgateConfigurationError",
    "SwapgateRequestError",
    "SwapgateMissingCredentialError",
    "SwapgateConnectionError",
    "SwapgateTimeoutError",
    "SwapgateStatusError",
    "SwapgateResponseValidationError",
    "SwapgateResponseTooLargeError",
    "SwapgateVerificationError",
    "SwapgatePaginationError",
    "SwapgateClientClosedError",
    "BadRequestError",
    "ForbiddenError",
    "NotFoundError",
    "NotAcceptableError",
    "UnprocessableEntityError",
    "STATUS_ERRORS",
]


class SwapgateError(CoinspecError):
    """Base of every exception the Swapgate client raises."""


class SwapgateConfigurationError(SwapgateError, ConfigurationError):
    """The Swapgate client cannot be built with what it was given; nothing was sent."""


class SwapgateRequestError(SwapgateError, RequestError):
    """A call's arguments cannot be sent to Swapgate; nothing was sent."""


class SwapgateMissingCredentialError(SwapgateError, MissingCredentialError):
    """The operation needs a credential or option the Swapgate client was not given; nothing was sent."""


class SwapgateConnectionError(SwapgateError, APIConnectionError):
    """Swapgate could not be reached, or the connection broke."""


class SwapgateTimeoutError(SwapgateConnectionError, APITimeoutError):
    """Swapgate did not answer within the timeout."""


class SwapgateStatusError(SwapgateError, APIStatusError[BodyT]):
    """Swapgate answered with an error; the base of the per-status classes.

    Raised itself for a status the spec does not document, or a body that is not what the
    spec declares for its status; ``body`` is then the decoded JSON, or the text.
    """


class SwapgateResponseValidationError(SwapgateError, ResponseValidationError):
    """A response from Swapgate the client refused: a 2xx body that does not match the spec, or a body that is not well-formed JSON within the client's limits."""


class SwapgateResponseTooLargeError(SwapgateResponseValidationError, ResponseTooLargeError):
    """A response from Swapgate larger than max_response_bytes (after decompression)."""


class SwapgateVerificationError(SwapgateError, VerificationError):
    """A Swapgate response that failed a cryptographic check."""


class SwapgatePaginationError(SwapgateError, PaginationError):
    """A paged list of Swapgate that does not advance (a page it sent before, again)."""


class SwapgateClientClosedError(SwapgateError, ClientClosedError):
    """A call on a Swapgate client that was closed (or a copy of one); nothing was sent."""


class BadRequestError(SwapgateStatusError[object]):
    """HTTP 400, documented for set_email.

    The spec declares no body for it: ``body`` is the decoded JSON, the text, or None.
    """


class ForbiddenError(SwapgateStatusError[object]):
    """HTTP 403, documented for set_email.

    The spec declares no body for it: ``body`` is the decoded JSON, the text, or None.
    """


class NotFoundError(SwapgateStatusError[object]):
    """HTTP 404, documented for set_email.

    The spec declares no body for it: ``body`` is the decoded JSON, the text, or None.
    """


class NotAcceptableError(SwapgateStatusError[object]):
    """HTTP 406, documented for get_rates_info.

    The spec declares no body for it: ``body`` is the decoded JSON, the text, or None.
    """


class UnprocessableEntityError(SwapgateStatusError[object]):
    """HTTP 422, documented for get_rates_info, set_email.

    The spec declares no body for it: ``body`` is the decoded JSON, the text, or None.
    """


# By status, or by a range such as "4XX" (the client looks for the status first).
STATUS_ERRORS: dict[int | str, type[SwapgateStatusError[Any]]] = {
    400: BadRequestError,
    403: ForbiddenError,
    404: NotFoundError,
    406: NotAcceptableError,
    422: UnprocessableEntityError,
}
