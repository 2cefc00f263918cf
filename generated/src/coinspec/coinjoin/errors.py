"""Exceptions of the CoinJoin client.

Every exception the client raises is a ``CoinJoinError``; each documented
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
from .models import Error

__all__ = [
    "CoinJoinError",
    "CoinJoinConfigurationError",
    "CoinJoinRequestError",
    "CoinJoinMissingCredentialError",
    "CoinJoinConnectionError",
    "CoinJoinTimeoutError",
    "CoinJoinStatusError",
    "CoinJoinResponseValidationError",
    "CoinJoinResponseTooLargeError",
    "CoinJoinVerificationError",
    "CoinJoinPaginationError",
    "CoinJoinClientClosedError",
    "BadRequestError",
    "UnauthorizedError",
    "ForbiddenError",
    "NotFoundError",
    "ServiceUnavailableError",
    "STATUS_ERRORS",
]


class CoinJoinError(CoinspecError):
    """Base of every exception the CoinJoin client raises."""


class CoinJoinConfigurationError(CoinJoinError, ConfigurationError):
    """The CoinJoin client cannot be built with what it was given; nothing was sent."""


class CoinJoinRequestError(CoinJoinError, RequestError):
    """A call's arguments cannot be sent to CoinJoin; nothing was sent."""


class CoinJoinMissingCredentialError(CoinJoinError, MissingCredentialError):
    """The operation needs a credential or option the CoinJoin client was not given; nothing was sent."""


class CoinJoinConnectionError(CoinJoinError, APIConnectionError):
    """CoinJoin could not be reached, or the connection broke."""


class CoinJoinTimeoutError(CoinJoinConnectionError, APITimeoutError):
    """CoinJoin did not answer within the timeout."""


class CoinJoinStatusError(CoinJoinError, APIStatusError[BodyT]):
    """CoinJoin answered with an error; the base of the per-status classes.

    Raised itself for a status the spec does not document, or a body that is not what the
    spec declares for its status; ``body`` is then the decoded JSON, or the text.
    """


class CoinJoinResponseValidationError(CoinJoinError, ResponseValidationError):
    """A response from CoinJoin the client refused: a 2xx body that does not match the spec, or a body that is not well-formed JSON within the client's limits."""


class CoinJoinResponseTooLargeError(CoinJoinResponseValidationError, ResponseTooLargeError):
    """A response from CoinJoin larger than max_response_bytes (after decompression)."""


class CoinJoinVerificationError(CoinJoinError, VerificationError):
    """A CoinJoin response that failed a cryptographic check."""


class CoinJoinPaginationError(CoinJoinError, PaginationError):
    """A paged list of CoinJoin that does not advance (a page it sent before, again)."""


class CoinJoinClientClosedError(CoinJoinError, ClientClosedError):
    """A call on a CoinJoin client that was closed (or a copy of one); nothing was sent."""


class BadRequestError(CoinJoinStatusError[Error]):
    """HTTP 400, documented for validate_address, create_transaction, list_transactions, get_transaction.

    ``body`` is the Error the spec declares for it.
    """


class UnauthorizedError(CoinJoinStatusError[Error]):
    """HTTP 401, documented for create_transaction, list_transactions, get_transaction.

    ``body`` is the Error the spec declares for it.
    """


class ForbiddenError(CoinJoinStatusError[Error]):
    """HTTP 403, documented for get_status, validate_address, create_transaction, list_transactions, get_transaction.

    ``body`` is the Error the spec declares for it.
    """


class NotFoundError(CoinJoinStatusError[Error]):
    """HTTP 404, documented for validate_address, get_transaction.

    ``body`` is the Error the spec declares for it.
    """


class ServiceUnavailableError(CoinJoinStatusError[Error]):
    """HTTP 503, documented for get_status, validate_address, create_transaction, list_transactions, get_transaction.

    ``body`` is the Error the spec declares for it.
    """


# By status, or by a range such as "4XX" (the client looks for the status first).
STATUS_ERRORS: dict[int | str, type[CoinJoinStatusError[Any]]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    503: ServiceUnavailableError,
}
