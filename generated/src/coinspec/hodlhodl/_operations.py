"""The operations of HodlHodl API as the client calls them, one constant each.

Generated from specs/hodlhodl.yaml.
"""

from __future__ import annotations


from pydantic import TypeAdapter

import coinspec_runtime.hodlhodl

# Aliased: a spec may well have a model called Pagination or Param.
from .._core.operation import Hook as _Hook
from .._core.operation import HookArgument as _HookArgument
from .._core.operation import Operation as _Operation
from .._core.operation import Pagination as _Pagination
from .._core.operation import Param as _Param
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
    result=TypeAdapter(list[ChatMessage]),
    params=(
        _Param("contract_id", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    unwrap="chat_messages",
    errors={
        404: TypeAdapter(Error),
        503: TypeAdapter(Error),
    },
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

GET_CONTRACT: _Operation[Contract] = _Operation(
    name="get_contract",
    method="get",
    path="/contracts/{id}",
    result=TypeAdapter(Contract),
    params=(_Param("id", "path", style="simple", explode=False, required=True, kind="string"),),
    unwrap="contract",
    errors={
        404: TypeAdapter(Error),
        503: TypeAdapter(Error),
    },
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
    hooks=(
        _Hook(
            "verify",
            coinspec_runtime.hodlhodl.verify_contract,
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
    result=TypeAdapter(list[Contract]),
    params=(
        _Param("pagination", "query", style="deepObject", explode=True),
        _Param("filters", "query", style="deepObject", explode=True),
    ),
    unwrap="contracts",
    errors={
        503: TypeAdapter(Error),
    },
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
    result=TypeAdapter(Contract),
    params=(),
    body_encoding="json",
    body_model=CreateContractRequest,
    unwrap="contract",
    errors={
        400: TypeAdapter(Error),
        422: TypeAdapter(Error),
        503: TypeAdapter(Error),
    },
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

CONFIRM_CONTRACT: _Operation[Contract] = _Operation(
    name="confirm_contract",
    method="post",
    path="/contracts/{id}/confirm",
    result=TypeAdapter(Contract),
    params=(_Param("id", "path", style="simple", explode=False, required=True, kind="string"),),
    unwrap="contract",
    errors={
        404: TypeAdapter(Error),
        422: TypeAdapter(Error),
        503: TypeAdapter(Error),
    },
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
    hooks=(
        _Hook(
            "verify",
            coinspec_runtime.hodlhodl.verify_contract,
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
    result=TypeAdapter(Contract),
    params=(_Param("id", "path", style="simple", explode=False, required=True, kind="string"),),
    unwrap="contract",
    errors={
        404: TypeAdapter(Error),
        422: TypeAdapter(Error),
        503: TypeAdapter(Error),
    },
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

CANCEL_CONTRACT: _Operation[Contract] = _Operation(
    name="cancel_contract",
    method="post",
    path="/contracts/{id}/cancel",
    result=TypeAdapter(Contract),
    params=(_Param("id", "path", style="simple", explode=False, required=True, kind="string"),),
    unwrap="contract",
    errors={
        404: TypeAdapter(Error),
        422: TypeAdapter(Error),
        503: TypeAdapter(Error),
    },
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

GET_RELEASE_TRANSACTION: _Operation[ContractTransaction] = _Operation(
    name="get_release_transaction",
    method="get",
    path="/contracts/{id}/release_transaction",
    result=TypeAdapter(ContractTransaction),
    params=(_Param("id", "path", style="simple", explode=False, required=True, kind="string"),),
    unwrap="transaction",
    errors={
        404: TypeAdapter(Error),
        503: TypeAdapter(Error),
    },
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

SIGN_RELEASE_TRANSACTION: _Operation[Contract] = _Operation(
    name="sign_release_transaction",
    method="post",
    path="/contracts/{id}/release_transaction",
    result=TypeAdapter(Contract),
    params=(_Param("id", "path", style="simple", explode=False, required=True, kind="string"),),
    body_encoding="json",
    body_model=SignTransactionRequest,
    unwrap="contract",
    errors={
        400: TypeAdapter(Error),
        404: TypeAdapter(Error),
        422: TypeAdapter(Error),
        503: TypeAdapter(Error),
    },
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

GET_REFUND_TRANSACTION: _Operation[ContractTransaction] = _Operation(
    name="get_refund_transaction",
    method="get",
    path="/contracts/{id}/refund_transaction",
    result=TypeAdapter(ContractTransaction),
    params=(
        _Param("id", "path", style="simple", explode=False, required=True, kind="string"),
        _Param(
            "release_address", "query", style="form", explode=True, required=True, kind="string"
        ),
    ),
    unwrap="transaction",
    errors={
        400: TypeAdapter(Error),
        404: TypeAdapter(Error),
        503: TypeAdapter(Error),
    },
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

SIGN_REFUND_TRANSACTION: _Operation[Contract] = _Operation(
    name="sign_refund_transaction",
    method="post",
    path="/contracts/{id}/refund_transaction",
    result=TypeAdapter(Contract),
    params=(_Param("id", "path", style="simple", explode=False, required=True, kind="string"),),
    body_encoding="json",
    body_model=SignTransactionRequest,
    unwrap="contract",
    errors={
        400: TypeAdapter(Error),
        404: TypeAdapter(Error),
        422: TypeAdapter(Error),
        503: TypeAdapter(Error),
    },
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

START_CONTRACT_DISPUTE: _Operation[Contract] = _Operation(
    name="start_contract_dispute",
    method="post",
    path="/contracts/{id}/dispute",
    result=TypeAdapter(Contract),
    params=(_Param("id", "path", style="simple", explode=False, required=True, kind="string"),),
    unwrap="contract",
    errors={
        404: TypeAdapter(Error),
        422: TypeAdapter(Error),
        503: TypeAdapter(Error),
    },
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

LIST_COUNTRIES: _Operation[list[Country]] = _Operation(
    name="list_countries",
    method="get",
    path="/countries",
    result=TypeAdapter(list[Country]),
    params=(),
    unwrap="countries",
    errors={
        503: TypeAdapter(Error),
    },
    idempotent=True,
    json_exact=True,
    security=(),
)

LIST_CURRENCIES: _Operation[list[Currency]] = _Operation(
    name="list_currencies",
    method="get",
    path="/currencies",
    result=TypeAdapter(list[Currency]),
    params=(),
    unwrap="currencies",
    errors={
        503: TypeAdapter(Error),
    },
    idempotent=True,
    json_exact=True,
    security=(),
)

LIST_EXCHANGE_RATE_PROVIDERS: _Operation[list[ExchangeRateProvider]] = _Operation(
    name="list_exchange_rate_providers",
    method="get",
    path="/exchange_rate_providers",
    result=TypeAdapter(list[ExchangeRateProvider]),
    params=(),
    unwrap="exchange_rate_providers",
    errors={
        503: TypeAdapter(Error),
    },
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

READ_NOTIFICATIONS: _Operation[list[Notification]] = _Operation(
    name="read_notifications",
    method="post",
    path="/notifications/read",
    result=TypeAdapter(list[Notification]),
    params=(),
    unwrap="notifications",
    errors={
        503: TypeAdapter(Error),
    },
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

GET_OFFER: _Operation[Offer] = _Operation(
    name="get_offer",
    method="get",
    path="/offers/{id}",
    result=TypeAdapter(Offer),
    params=(_Param("id", "path", style="simple", explode=False, required=True, kind="string"),),
    unwrap="offer",
    errors={
        404: TypeAdapter(Error),
        503: TypeAdapter(Error),
    },
    idempotent=True,
    json_exact=True,
    security=(),
)

UPDATE_OFFER: _Operation[Offer] = _Operation(
    name="update_offer",
    method="put",
    path="/offers/{id}",
    result=TypeAdapter(Offer),
    params=(_Param("id", "path", style="simple", explode=False, required=True, kind="string"),),
    body_encoding="json",
    body_model=UpdateOfferRequest,
    unwrap="offer",
    errors={
        404: TypeAdapter(Error),
        422: TypeAdapter(Error),
        503: TypeAdapter(Error),
    },
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

DELETE_OFFER: _Operation[None] = _Operation(
    name="delete_offer",
    method="delete",
    path="/offers/{id}",
    result=TypeAdapter(None),
    params=(_Param("id", "path", style="simple", explode=False, required=True, kind="string"),),
    errors={
        404: TypeAdapter(Error),
        503: TypeAdapter(Error),
    },
    idempotent=True,
    security=("bearerAuth",),
)

LIST_OFFERS: _Operation[list[Offer]] = _Operation(
    name="list_offers",
    method="get",
    path="/offers",
    result=TypeAdapter(list[Offer]),
    params=(
        _Param("pagination", "query", style="deepObject", explode=True),
        _Param("filters", "query", style="deepObject", explode=True),
        _Param("sort", "query", style="deepObject", explode=True),
    ),
    unwrap="offers",
    errors={
        503: TypeAdapter(Error),
    },
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
    result=TypeAdapter(Offer),
    params=(),
    body_encoding="json",
    body_model=CreateOfferRequest,
    unwrap="offer",
    errors={
        400: TypeAdapter(Error),
        422: TypeAdapter(Error),
        503: TypeAdapter(Error),
    },
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

LIST_MY_OFFERS: _Operation[list[Offer]] = _Operation(
    name="list_my_offers",
    method="get",
    path="/offers/my",
    result=TypeAdapter(list[Offer]),
    params=(),
    unwrap="offers",
    errors={
        503: TypeAdapter(Error),
    },
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

FETCH_NEW_OFFERS: _Operation[list[Offer]] = _Operation(
    name="fetch_new_offers",
    method="get",
    path="/offers/fetch_new",
    result=TypeAdapter(list[Offer]),
    params=(
        _Param("pagination", "query", style="deepObject", explode=True),
        _Param("filters", "query", style="deepObject", explode=True),
    ),
    unwrap="offers",
    errors={
        503: TypeAdapter(Error),
    },
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
    result=TypeAdapter(DecimalText),
    params=(
        _Param("asset_code", "query", style="form", explode=True),
        _Param("currency_code", "query", style="form", explode=True, kind="string"),
        _Param("provider", "query", style="form", explode=True, kind="string"),
        _Param("deviation", "query", style="form", explode=True, kind="number"),
        _Param("sign", "query", style="form", explode=True),
        _Param("unit", "query", style="form", explode=True),
    ),
    unwrap="price",
    errors={
        503: TypeAdapter(Error),
    },
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

GET_EXPRESSION_PRICE: _Operation[DecimalText] = _Operation(
    name="get_expression_price",
    method="get",
    path="/offers/expression_price",
    result=TypeAdapter(DecimalText),
    params=(_Param("expression", "query", style="form", explode=True, kind="string"),),
    unwrap="price",
    errors={
        503: TypeAdapter(Error),
    },
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

LIST_PAYMENT_METHOD_INSTRUCTIONS: _Operation[list[PaymentMethodInstruction]] = _Operation(
    name="list_payment_method_instructions",
    method="get",
    path="/payment_method_instructions",
    result=TypeAdapter(list[PaymentMethodInstruction]),
    params=(),
    unwrap="payment_method_instructions",
    errors={
        503: TypeAdapter(Error),
    },
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

CREATE_PAYMENT_METHOD_INSTRUCTION: _Operation[PaymentMethodInstruction] = _Operation(
    name="create_payment_method_instruction",
    method="post",
    path="/payment_method_instructions",
    result=TypeAdapter(PaymentMethodInstruction),
    params=(),
    body_encoding="json",
    body_model=CreatePaymentMethodInstructionRequest,
    unwrap="payment_method_instruction",
    errors={
        400: TypeAdapter(Error),
        422: TypeAdapter(Error),
        503: TypeAdapter(Error),
    },
    idempotent=False,
    json_exact=True,
    security=("bearerAuth",),
)

GET_PAYMENT_METHOD_INSTRUCTION: _Operation[PaymentMethodInstruction] = _Operation(
    name="get_payment_method_instruction",
    method="get",
    path="/payment_method_instructions/{id}",
    result=TypeAdapter(PaymentMethodInstruction),
    params=(_Param("id", "path", style="simple", explode=False, required=True, kind="string"),),
    unwrap="payment_method_instruction",
    errors={
        404: TypeAdapter(Error),
        503: TypeAdapter(Error),
    },
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)

DELETE_PAYMENT_METHOD_INSTRUCTION: _Operation[StatusEnvelope] = _Operation(
    name="delete_payment_method_instruction",
    method="delete",
    path="/payment_method_instructions/{id}",
    result=TypeAdapter(StatusEnvelope),
    params=(_Param("id", "path", style="simple", explode=False, required=True, kind="string"),),
    errors={
        404: TypeAdapter(Error),
        503: TypeAdapter(Error),
    },
    idempotent=True,
    security=("bearerAuth",),
)

LIST_PAYMENT_METHODS: _Operation[list[PaymentMethod]] = _Operation(
    name="list_payment_methods",
    method="get",
    path="/payment_methods",
    result=TypeAdapter(list[PaymentMethod]),
    params=(_Param("filters", "query", style="deepObject", explode=True),),
    unwrap="payment_methods",
    errors={
        503: TypeAdapter(Error),
    },
    idempotent=True,
    json_exact=True,
    security=(),
)

GET_ME: _Operation[User] = _Operation(
    name="get_me",
    method="get",
    path="/users/me",
    result=TypeAdapter(User),
    params=(),
    unwrap="user",
    errors={
        503: TypeAdapter(Error),
    },
    idempotent=True,
    json_exact=True,
    security=("bearerAuth",),
)
