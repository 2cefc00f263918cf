"""Exceptions of the CryptoCoinPro client.

Every exception the client raises is a ``CryptoCoinProError``; each documented
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
from .models import ErrorMessage, Message, ValidationError

__all__ = [
    "CryptoCoinProError",
    "CryptoCoinProConfigurationError",
    "CryptoCoinProRequestError",
    "CryptoCoinProMissingCredentialError",
    "CryptoCoinProConnectionError",
    "CryptoCoinProTimeoutError",
    "CryptoCoinProStatusError",
    "CryptoCoinProResponseValidationError",
    "CryptoCoinProResponseTooLargeError",
    "CryptoCoinProVerificationError",
    "CryptoCoinProPaginationError",
    "CryptoCoinProClientClosedError",
    "BadRequestError",
    "UnauthorizedError",
    "ForbiddenError",
    "NotFoundError",
    "MethodNotAllowedError",
    "NotAcceptableError",
    "ConflictError",
    "GoneError",
    "PreconditionFailedError",
    "MisdirectedRequestError",
    "UnprocessableEntityError",
    "LockedError",
    "TooEarlyError",
    "STATUS_ERRORS",
]


class CryptoCoinProError(CoinspecError):
    """Base of every exception the CryptoCoinPro client raises."""


class CryptoCoinProConfigurationError(CryptoCoinProError, ConfigurationError):
    """The CryptoCoinPro client cannot be built with what it was given; nothing was sent."""


class CryptoCoinProRequestError(CryptoCoinProError, RequestError):
    """A call's arguments cannot be sent to CryptoCoinPro; nothing was sent."""


class CryptoCoinProMissingCredentialError(CryptoCoinProError, MissingCredentialError):
    """The operation needs a credential or option the CryptoCoinPro client was not given; nothing was sent."""


class CryptoCoinProConnectionError(CryptoCoinProError, APIConnectionError):
    """CryptoCoinPro could not be reached, or the connection broke."""


class CryptoCoinProTimeoutError(CryptoCoinProConnectionError, APITimeoutError):
    """CryptoCoinPro did not answer within the timeout."""


class CryptoCoinProStatusError(CryptoCoinProError, APIStatusError[BodyT]):
    """CryptoCoinPro answered with an error; the base of the per-status classes.

    Raised itself for a status the spec does not document, or a body that is not what the
    spec declares for its status; ``body`` is then the decoded JSON, or the text.
    """


class CryptoCoinProResponseValidationError(CryptoCoinProError, ResponseValidationError):
    """A response from CryptoCoinPro the client refused: a 2xx body that does not match the spec, or a body that is not well-formed JSON within the client's limits."""


class CryptoCoinProResponseTooLargeError(
    CryptoCoinProResponseValidationError, ResponseTooLargeError
):
    """A response from CryptoCoinPro larger than max_response_bytes (after decompression)."""


class CryptoCoinProVerificationError(CryptoCoinProError, VerificationError):
    """A CryptoCoinPro response that failed a cryptographic check."""


class CryptoCoinProPaginationError(CryptoCoinProError, PaginationError):
    """A paged list of CryptoCoinPro that does not advance (a page it sent before, again)."""


class CryptoCoinProClientClosedError(CryptoCoinProError, ClientClosedError):
    """A call on a CryptoCoinPro client that was closed (or a copy of one); nothing was sent."""


class BadRequestError(CryptoCoinProStatusError[ValidationError]):
    """HTTP 400, documented for authenticate_via_platform, authenticate.

    ``body`` is the ValidationError the spec declares for it.
    """


class UnauthorizedError(CryptoCoinProStatusError[ErrorMessage | Message]):
    """HTTP 401, documented for logout, create_bank, list_banks, get_bank, delete_bank, create_card, list_cards, get_card, update_card, delete_card, list_checkouts, get_checkout, list_currencies, get_currency_history, create_deposit, get_deposit_address, get_kyc, create_kyc, create_kyc_personal_data, create_kyc_address, create_kyc_document, create_kyc_video, create_kyc_edd, add_kyc_phone, verify_kyc_phone, reverify_kyc_phone, list_permanent_notifications, list_temporary_notifications, mark_temporary_notifications_as_read, list_orders, list_coin_orders, list_token_orders, get_order, upload_order_payment_proof, get_platform, update_platform, list_platform_staff, list_platform_users, list_platform_orders, list_platform_quotes, list_platform_checkouts, list_platform_transfers, list_platform_calls, create_quote, list_quotes, get_quote, confirm_quote, list_security_events, list_access_tokens, change_password, invalidate_access_token, list_transfers, create_transfer, list_transfers_created, list_outgoing_transfers, list_incoming_transfers, get_transfer, confirm_transfer, get_user_profile, get_user_balances, list_wallets, create_wallet, get_wallet, update_wallet.

    ``body`` is the ErrorMessage | Message the spec declares for it.
    """


class ForbiddenError(CryptoCoinProStatusError[ValidationError | Message | ErrorMessage]):
    """HTTP 403, documented for authenticate_via_platform, authenticate, create_bank, list_banks, get_bank, delete_bank, create_card, list_cards, get_card, update_card, delete_card, list_checkouts, get_checkout, list_currencies, get_currency_history, create_deposit, get_deposit_address, get_kyc, create_kyc, create_kyc_address, create_kyc_document, create_kyc_video, create_kyc_edd, add_kyc_phone, verify_kyc_phone, reverify_kyc_phone, list_permanent_notifications, list_temporary_notifications, mark_temporary_notifications_as_read, list_orders, list_coin_orders, list_token_orders, get_order, upload_order_payment_proof, create_quote, list_quotes, get_quote, confirm_quote, get_buy_price, get_sell_price, get_withdraw_price, get_withdraw_ico_price, list_security_events, list_access_tokens, change_password, invalidate_access_token, list_transfers, create_transfer, list_transfers_created, list_outgoing_transfers, list_incoming_transfers, get_transfer, confirm_transfer, reverify_user_email, get_user_profile, get_user_balances, list_wallets, create_wallet, get_wallet, update_wallet.

    ``body`` is the ValidationError | Message | ErrorMessage the spec declares for it.
    """


class NotFoundError(CryptoCoinProStatusError[Message]):
    """HTTP 404, documented for get_bank, get_card, update_card, get_checkout, get_order, upload_order_payment_proof, get_quote, confirm_quote, get_wallet, update_wallet.

    ``body`` is the Message the spec declares for it.
    """


class MethodNotAllowedError(CryptoCoinProStatusError[ValidationError]):
    """HTTP 405, documented for get_buy_price, get_sell_price, get_withdraw_price, get_withdraw_ico_price.

    ``body`` is the ValidationError the spec declares for it.
    """


class NotAcceptableError(CryptoCoinProStatusError[Message]):
    """HTTP 406, documented for create_deposit.

    ``body`` is the Message the spec declares for it.
    """


class ConflictError(CryptoCoinProStatusError[Message]):
    """HTTP 409, documented for list_banks, get_bank, delete_bank, list_cards, get_card, delete_card, list_checkouts, get_checkout, list_currencies, get_currency_history, create_deposit, get_deposit_address, get_kyc, list_permanent_notifications, list_temporary_notifications, mark_temporary_notifications_as_read, list_orders, list_coin_orders, list_token_orders, get_order, list_quotes, get_quote, confirm_quote, list_security_events, list_access_tokens, change_password, invalidate_access_token, list_transfers, create_transfer, list_transfers_created, list_outgoing_transfers, list_incoming_transfers, get_transfer, confirm_transfer, get_user_profile, get_user_balances, list_wallets, get_wallet.

    ``body`` is the Message the spec declares for it.
    """


class GoneError(CryptoCoinProStatusError[Message]):
    """HTTP 410, documented for initiate_account_close, abort_account_close.

    ``body`` is the Message the spec declares for it.
    """


class PreconditionFailedError(CryptoCoinProStatusError[ErrorMessage | Message]):
    """HTTP 412, documented for create_quote, change_password, initiate_account_close, abort_account_close.

    ``body`` is the ErrorMessage | Message the spec declares for it.
    """


class MisdirectedRequestError(CryptoCoinProStatusError[Message]):
    """HTTP 421, documented for create_kyc_video.

    ``body`` is the Message the spec declares for it.
    """


class UnprocessableEntityError(CryptoCoinProStatusError[ValidationError]):
    """HTTP 422, documented for create_bank, create_card, update_card, create_kyc, create_kyc_personal_data, create_kyc_address, create_kyc_document, create_kyc_edd, add_kyc_phone, verify_kyc_phone, upload_order_payment_proof, forgot_password, reset_password, create_user, verify_user_email, initiate_account_close, create_wallet, update_wallet.

    ``body`` is the ValidationError the spec declares for it.
    """


class LockedError(CryptoCoinProStatusError[Message | ErrorMessage]):
    """HTTP 423, documented for create_kyc, create_kyc_address, create_kyc_document, create_kyc_video, create_kyc_edd, add_kyc_phone, verify_kyc_phone, reverify_kyc_phone, verify_user_email, reverify_user_email.

    ``body`` is the Message | ErrorMessage the spec declares for it.
    """


class TooEarlyError(CryptoCoinProStatusError[Message]):
    """HTTP 425, documented for initiate_account_close.

    ``body`` is the Message the spec declares for it.
    """


# By status, or by a range such as "4XX" (the client looks for the status first).
STATUS_ERRORS: dict[int | str, type[CryptoCoinProStatusError[Any]]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    405: MethodNotAllowedError,
    406: NotAcceptableError,
    409: ConflictError,
    410: GoneError,
    412: PreconditionFailedError,
    421: MisdirectedRequestError,
    422: UnprocessableEntityError,
    423: LockedError,
    425: TooEarlyError,
}
