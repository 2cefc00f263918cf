"""The operations of HodlHodl API as the client calls them, one constant each.

Generated from specs/hodlhodl.yaml.
"""

from __future__ import annotations

# Aliased: a spec may well have a model called Pagination or Param.
from .._core.operation import Hook as _Hook
from .._core.operation import HookArgument as _HookArgument
from .._core.operation import Operation as _Operation
from .._core.operation import Pagination as _Pagination
from .._core.operation import Param as _Param

# Validators are built on an operation's first call, the runtime imported on a hook's first run.
from .._core.operation import adapters as _adapters
from .._core.operation import runtime_function as _runtime_function
from .._core.types import DecimalText
from .models import (
    ChatMessage,
    Contract,
    ContractTransaction,
    Country,
    CreateContractRequest,
    CreateOfferRequest,
    CreatePaymentMethodInstructionRequest,
    Currency,
    Error,
    ExchangeRateProvider,
    Notification,
    Offer,
    PaymentMethod,
    PaymentMethodInstruction,
    SignTransactionRequest,
    StatusEnvelope,
    UpdateOfferRequest,
    User,
)

LIST_CHAT_MESSAGES: _Operation[list[ChatMessage]] = _Operation(
    name="list_chat_messages",
    method="get",
    path="/contracts/{contract_id}/chat_messages",
    result_type=list[ChatMessage],
    params=(
        _Param("contract_id", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    unwrap="chat_messages",
    errors=_adapters(
        {
            404: Error,
            503: Error,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

GET_CONTRACT: _Operation[Contract] = _Operation(
    name="get_contract",
    method="get",
    path="/contracts/{id}",
    result_type=Contract,
    params=(_Param("id", "path", style="simple", explode=False, required=True, kind="string"),),
    unwrap="contract",
    errors=_adapters(
        {
            404: Error,
            503: Error,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
    hooks=(
        _Hook(
            "verify",
            _runtime_function("coinspec_runtime.hodlhodl", "verify_contract"),
            arguments=(
                _HookArgument("contract", "body"),
                _HookArgument("contract_id", "param", "id"),
                _HookArgument("hodlhodl_public_key", "option", "hodlhodl_public_key"),
                _HookArgument("network", "option", "network"),
                _HookArgument("xpub", "option", "escrow_xpub"),
            ),
            requires=("escrow_xpub",),
        ),
    ),
)

LIST_MY_CONTRACTS: _Operation[list[Contract]] = _Operation(
    name="list_my_contracts",
    method="get",
    path="/contracts/my",
    result_type=list[Contract],
    params=(
        _Param("pagination", "query", style="deepObject", explode=True),
        _Param("filters", "query", style="deepObject", explode=True),
    ),
    unwrap="contracts",
    errors=_adapters(
        {
            503: Error,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
    pagination=_Pagination(
        "offset",
        items=".",
        limit="pagination[limit]",
        offset="pagination[offset]",
    ),
)

CREATE_CONTRACT: _Operation[Contract] = _Operation(
    name="create_contract",
    method="post",
    path="/contracts",
    result_type=Contract,
    params=(),
    body_encoding="json",
    body_model=CreateContractRequest,
    unwrap="contract",
    errors=_adapters(
        {
            400: Error,
            422: Error,
            503: Error,
        }
    ),
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

CONFIRM_CONTRACT: _Operation[Contract] = _Operation(
    name="confirm_contract",
    method="post",
    path="/contracts/{id}/confirm",
    result_type=Contract,
    params=(_Param("id", "path", style="simple", explode=False, required=True, kind="string"),),
    unwrap="contract",
    errors=_adapters(
        {
            404: Error,
            422: Error,
            503: Error,
        }
    ),
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
    hooks=(
        _Hook(
            "verify",
            _runtime_function("coinspec_runtime.hodlhodl", "verify_contract"),
            arguments=(
                _HookArgument("contract", "body"),
                _HookArgument("contract_id", "param", "id"),
                _HookArgument("hodlhodl_public_key", "option", "hodlhodl_public_key"),
                _HookArgument("network", "option", "network"),
                _HookArgument("xpub", "option", "escrow_xpub"),
            ),
            requires=("escrow_xpub",),
        ),
    ),
)

MARK_CONTRACT_AS_PAID: _Operation[Contract] = _Operation(
    name="mark_contract_as_paid",
    method="post",
    path="/contracts/{id}/mark_as_paid",
    result_type=Contract,
    params=(_Param("id", "path", style="simple", explode=False, required=True, kind="string"),),
    unwrap="contract",
    errors=_adapters(
        {
            404: Error,
            422: Error,
            503: Error,
        }
    ),
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

CANCEL_CONTRACT: _Operation[Contract] = _Operation(
    name="cancel_contract",
    method="post",
    path="/contracts/{id}/cancel",
    result_type=Contract,
    params=(_Param("id", "path", style="simple", explode=False, required=True, kind="string"),),
    unwrap="contract",
    errors=_adapters(
        {
            404: Error,
            422: Error,
            503: Error,
        }
    ),
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

GET_RELEASE_TRANSACTION: _Operation[ContractTransaction] = _Operation(
    name="get_release_transaction",
    method="get",
    path="/contracts/{id}/release_transaction",
    result_type=ContractTransaction,
    params=(_Param("id", "path", style="simple", explode=False, required=True, kind="string"),),
    unwrap="transaction",
    errors=_adapters(
        {
            404: Error,
            503: Error,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

SIGN_RELEASE_TRANSACTION: _Operation[Contract] = _Operation(
    name="sign_release_transaction",
    method="post",
    path="/contracts/{id}/release_transaction",
    result_type=Contract,
    params=(_Param("id", "path", style="simple", explode=False, required=True, kind="string"),),
    body_encoding="json",
    body_model=SignTransactionRequest,
    unwrap="contract",
    errors=_adapters(
        {
            400: Error,
            404: Error,
            422: Error,
            503: Error,
        }
    ),
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

GET_REFUND_TRANSACTION: _Operation[ContractTransaction] = _Operation(
    name="get_refund_transaction",
    method="get",
    path="/contracts/{id}/refund_transaction",
    result_type=ContractTransaction,
    params=(
        _Param("id", "path", style="simple", explode=False, required=True, kind="string"),
        _Param(
            "release_address", "query", style="form", explode=True, required=True, kind="string"
        ),
    ),
    unwrap="transaction",
    errors=_adapters(
        {
            400: Error,
            404: Error,
            503: Error,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

SIGN_REFUND_TRANSACTION: _Operation[Contract] = _Operation(
    name="sign_refund_transaction",
    method="post",
    path="/contracts/{id}/refund_transaction",
    result_type=Contract,
    params=(_Param("id", "path", style="simple", explode=False, required=True, kind="string"),),
    body_encoding="json",
    body_model=SignTransactionRequest,
    unwrap="contract",
    errors=_adapters(
        {
            400: Error,
            404: Error,
            422: Error,
            503: Error,
        }
    ),
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

START_CONTRACT_DISPUTE: _Operation[Contract] = _Operation(
    name="start_contract_dispute",
    method="post",
    path="/contracts/{id}/dispute",
    result_type=Contract,
    params=(_Param("id", "path", style="simple", explode=False, required=True, kind="string"),),
    unwrap="contract",
    errors=_adapters(
        {
            404: Error,
            422: Error,
            503: Error,
        }
    ),
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

LIST_COUNTRIES: _Operation[list[Country]] = _Operation(
    name="list_countries",
    method="get",
    path="/countries",
    result_type=list[Country],
    params=(),
    unwrap="countries",
    errors=_adapters(
        {
            503: Error,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=(),
)

LIST_CURRENCIES: _Operation[list[Currency]] = _Operation(
    name="list_currencies",
    method="get",
    path="/currencies",
    result_type=list[Currency],
    params=(),
    unwrap="currencies",
    errors=_adapters(
        {
            503: Error,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=(),
)

LIST_EXCHANGE_RATE_PROVIDERS: _Operation[list[ExchangeRateProvider]] = _Operation(
    name="list_exchange_rate_providers",
    method="get",
    path="/exchange_rate_providers",
    result_type=list[ExchangeRateProvider],
    params=(),
    unwrap="exchange_rate_providers",
    errors=_adapters(
        {
            503: Error,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

READ_NOTIFICATIONS: _Operation[list[Notification]] = _Operation(
    name="read_notifications",
    method="post",
    path="/notifications/read",
    result_type=list[Notification],
    params=(),
    unwrap="notifications",
    errors=_adapters(
        {
            503: Error,
        }
    ),
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

GET_OFFER: _Operation[Offer] = _Operation(
    name="get_offer",
    method="get",
    path="/offers/{id}",
    result_type=Offer,
    params=(_Param("id", "path", style="simple", explode=False, required=True, kind="string"),),
    unwrap="offer",
    errors=_adapters(
        {
            404: Error,
            503: Error,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=(),
)

UPDATE_OFFER: _Operation[Offer] = _Operation(
    name="update_offer",
    method="put",
    path="/offers/{id}",
    result_type=Offer,
    params=(_Param("id", "path", style="simple", explode=False, required=True, kind="string"),),
    body_encoding="json",
    body_model=UpdateOfferRequest,
    unwrap="offer",
    errors=_adapters(
        {
            404: Error,
            422: Error,
            503: Error,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

DELETE_OFFER: _Operation[None] = _Operation(
    name="delete_offer",
    method="delete",
    path="/offers/{id}",
    result_type=None,
    params=(_Param("id", "path", style="simple", explode=False, required=True, kind="string"),),
    errors=_adapters(
        {
            404: Error,
            503: Error,
        }
    ),
    idempotent=True,
    security=("bearerAuth",),
)

LIST_OFFERS: _Operation[list[Offer]] = _Operation(
    name="list_offers",
    method="get",
    path="/offers",
    result_type=list[Offer],
    params=(
        _Param("pagination", "query", style="deepObject", explode=True),
        _Param("filters", "query", style="deepObject", explode=True),
        _Param("sort", "query", style="deepObject", explode=True),
    ),
    unwrap="offers",
    errors=_adapters(
        {
            503: Error,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=(),
    pagination=_Pagination(
        "offset",
        items=".",
        limit="pagination[limit]",
        offset="pagination[offset]",
    ),
)

CREATE_OFFER: _Operation[Offer] = _Operation(
    name="create_offer",
    method="post",
    path="/offers",
    result_type=Offer,
    params=(),
    body_encoding="json",
    body_model=CreateOfferRequest,
    unwrap="offer",
    errors=_adapters(
        {
            400: Error,
            422: Error,
            503: Error,
        }
    ),
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

LIST_MY_OFFERS: _Operation[list[Offer]] = _Operation(
    name="list_my_offers",
    method="get",
    path="/offers/my",
    result_type=list[Offer],
    params=(),
    unwrap="offers",
    errors=_adapters(
        {
            503: Error,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

FETCH_NEW_OFFERS: _Operation[list[Offer]] = _Operation(
    name="fetch_new_offers",
    method="get",
    path="/offers/fetch_new",
    result_type=list[Offer],
    params=(
        _Param("pagination", "query", style="deepObject", explode=True),
        _Param("filters", "query", style="deepObject", explode=True),
    ),
    unwrap="offers",
    errors=_adapters(
        {
            503: Error,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
    pagination=_Pagination(
        "cursor",
        items=".",
        cursor="pagination[newer_than_id]",
        from_item="id",
    ),
)

GET_EXCHANGE_RATE_PRICE: _Operation[DecimalText] = _Operation(
    name="get_exchange_rate_price",
    method="get",
    path="/offers/exchange_rate_price",
    result_type=DecimalText,
    params=(
        _Param("asset_code", "query", style="form", explode=True),
        _Param("currency_code", "query", style="form", explode=True, kind="string"),
        _Param("provider", "query", style="form", explode=True, kind="string"),
        _Param("deviation", "query", style="form", explode=True, kind="number"),
        _Param("sign", "query", style="form", explode=True),
        _Param("unit", "query", style="form", explode=True),
    ),
    unwrap="price",
    errors=_adapters(
        {
            503: Error,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

GET_EXPRESSION_PRICE: _Operation[DecimalText] = _Operation(
    name="get_expression_price",
    method="get",
    path="/offers/expression_price",
    result_type=DecimalText,
    params=(_Param("expression", "query", style="form", explode=True, kind="string"),),
    unwrap="price",
    errors=_adapters(
        {
            503: Error,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

LIST_PAYMENT_METHOD_INSTRUCTIONS: _Operation[list[PaymentMethodInstruction]] = _Operation(
    name="list_payment_method_instructions",
    method="get",
    path="/payment_method_instructions",
    result_type=list[PaymentMethodInstruction],
    params=(),
    unwrap="payment_method_instructions",
    errors=_adapters(
        {
            503: Error,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

CREATE_PAYMENT_METHOD_INSTRUCTION: _Operation[PaymentMethodInstruction] = _Operation(
    name="create_payment_method_instruction",
    method="post",
    path="/payment_method_instructions",
    result_type=PaymentMethodInstruction,
    params=(),
    body_encoding="json",
    body_model=CreatePaymentMethodInstructionRequest,
    unwrap="payment_method_instruction",
    errors=_adapters(
        {
            400: Error,
            422: Error,
            503: Error,
        }
    ),
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

GET_PAYMENT_METHOD_INSTRUCTION: _Operation[PaymentMethodInstruction] = _Operation(
    name="get_payment_method_instruction",
    method="get",
    path="/payment_method_instructions/{id}",
    result_type=PaymentMethodInstruction,
    params=(_Param("id", "path", style="simple", explode=False, required=True, kind="string"),),
    unwrap="payment_method_instruction",
    errors=_adapters(
        {
            404: Error,
            503: Error,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

DELETE_PAYMENT_METHOD_INSTRUCTION: _Operation[StatusEnvelope] = _Operation(
    name="delete_payment_method_instruction",
    method="delete",
    path="/payment_method_instructions/{id}",
    result_type=StatusEnvelope,
    params=(_Param("id", "path", style="simple", explode=False, required=True, kind="string"),),
    errors=_adapters(
        {
            404: Error,
            503: Error,
        }
    ),
    idempotent=True,
    security=("bearerAuth",),
)

LIST_PAYMENT_METHODS: _Operation[list[PaymentMethod]] = _Operation(
    name="list_payment_methods",
    method="get",
    path="/payment_methods",
    result_type=list[PaymentMethod],
    params=(_Param("filters", "query", style="deepObject", explode=True),),
    unwrap="payment_methods",
    errors=_adapters(
        {
            503: Error,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=(),
)

GET_ME: _Operation[User] = _Operation(
    name="get_me",
    method="get",
    path="/users/me",
    result_type=User,
    params=(),
    unwrap="user",
    errors=_adapters(
        {
            503: Error,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)
