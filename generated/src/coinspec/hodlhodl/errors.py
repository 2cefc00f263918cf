"""Exceptions of the HodlHodl client.

Every exception the client raises is a ``HodlHodlError``; each documented
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
    "HodlHodlError",
    "HodlHodlConfigurationError",
    "HodlHodlRequestError",
    "HodlHodlMissingCredentialError",
    "HodlHodlConnectionError",
    "HodlHodlTimeoutError",
    "HodlHodlStatusError",
    "HodlHodlResponseValidationError",
    "HodlHodlResponseTooLargeError",
    "HodlHodlVerificationError",
    "HodlHodlPaginationError",
    "HodlHodlClientClosedError",
    "BadRequestError",
    "NotFoundError",
    "UnprocessableEntityError",
    "ServiceUnavailableError",
    "STATUS_ERRORS",
]


class HodlHodlError(CoinspecError):
    """Base of every exception the HodlHodl client raises."""


class HodlHodlConfigurationError(HodlHodlError, ConfigurationError):
    """The HodlHodl client cannot be built with what it was given; nothing was sent."""


class HodlHodlRequestError(HodlHodlError, RequestError):
    """A call's arguments cannot be sent to HodlHodl; nothing was sent."""


class HodlHodlMissingCredentialError(HodlHodlError, MissingCredentialError):
    """The operation needs a credential or option the HodlHodl client was not given; nothing was sent."""


class HodlHodlConnectionError(HodlHodlError, APIConnectionError):
    """HodlHodl could not be reached, or the connection broke."""


class HodlHodlTimeoutError(HodlHodlConnectionError, APITimeoutError):
    """HodlHodl did not answer within the timeout."""


class HodlHodlStatusError(HodlHodlError, APIStatusError[BodyT]):
    """HodlHodl answered with an error; the base of the per-status classes.

    Raised itself for a status the spec does not document, or a body that is not what the
    spec declares for its status; ``body`` is then the decoded JSON, or the text.
    """


class HodlHodlResponseValidationError(HodlHodlError, ResponseValidationError):
    """A response from HodlHodl the client refused: a 2xx body that does not match the spec, or a body that is not well-formed JSON within the client's limits."""


class HodlHodlResponseTooLargeError(HodlHodlResponseValidationError, ResponseTooLargeError):
    """A response from HodlHodl larger than max_response_bytes (after decompression)."""


class HodlHodlVerificationError(HodlHodlError, VerificationError):
    """A HodlHodl response that failed a cryptographic check."""


class HodlHodlPaginationError(HodlHodlError, PaginationError):
    """A paged list of HodlHodl that does not advance (a page it sent before, again)."""


class HodlHodlClientClosedError(HodlHodlError, ClientClosedError):
    """A call on a HodlHodl client that was closed (or a copy of one); nothing was sent."""


class BadRequestError(HodlHodlStatusError[Error]):
    """HTTP 400, documented for create_contract, sign_release_transaction, get_refund_transaction, sign_refund_transaction, create_offer, create_payment_method_instruction.

    ``body`` is the Error the spec declares for it.
    """


class NotFoundError(HodlHodlStatusError[Error]):
    """HTTP 404, documented for list_chat_messages, get_contract, confirm_contract, mark_contract_as_paid, cancel_contract, get_release_transaction, sign_release_transaction, get_refund_transaction, sign_refund_transaction, start_contract_dispute, get_offer, update_offer, delete_offer, get_payment_method_instruction, delete_payment_method_instruction.

    ``body`` is the Error the spec declares for it.
    """


class UnprocessableEntityError(HodlHodlStatusError[Error]):
    """HTTP 422, documented for create_contract, confirm_contract, mark_contract_as_paid, cancel_contract, sign_release_transaction, sign_refund_transaction, start_contract_dispute, update_offer, create_offer, create_payment_method_instruction.

    ``body`` is the Error the spec declares for it.
    """


class ServiceUnavailableError(HodlHodlStatusError[Error]):
    """HTTP 503, documented for list_chat_messages, get_contract, list_my_contracts, create_contract, confirm_contract, mark_contract_as_paid, cancel_contract, get_release_transaction, sign_release_transaction, get_refund_transaction, sign_refund_transaction, start_contract_dispute, list_countries, list_currencies, list_exchange_rate_providers, read_notifications, get_offer, update_offer, delete_offer, list_offers, create_offer, list_my_offers, fetch_new_offers, get_exchange_rate_price, get_expression_price, list_payment_method_instructions, create_payment_method_instruction, get_payment_method_instruction, delete_payment_method_instruction, list_payment_methods, get_me.

    ``body`` is the Error the spec declares for it.
    """


# By status, or by a range such as "4XX" (the client looks for the status first).
STATUS_ERRORS: dict[int | str, type[HodlHodlStatusError[Any]]] = {
    400: BadRequestError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    503: ServiceUnavailableError,
}
