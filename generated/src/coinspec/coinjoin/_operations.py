"""The operations of CoinJoin API as the client calls them, one constant each.

Generated from specs/coinjoin.yaml.
"""

from __future__ import annotations


from pydantic import TypeAdapter

import coinspec_runtime.coinjoin

# Aliased: a spec may well have a model called Pagination or Param.
from .._core.operation import Hook as _Hook
from .._core.operation import HookArgument as _HookArgument
from .._core.operation import Operation as _Operation
from .._core.operation import Pagination as _Pagination
from .._core.operation import Param as _Param
from .models import (
    AddressValidation,
    CreateTransactionRequest,
    Error,
    ServiceStatus,
    Transaction,
    TransactionList,
)

GET_STATUS: _Operation[ServiceStatus] = _Operation(
    name="get_status",
    method="get",
    path="/status",
    result=TypeAdapter(ServiceStatus),
    params=(),
    errors={
        403: TypeAdapter(Error),
        503: TypeAdapter(Error),
    },
    idempotent=True,
    json_exact=True,
    security=(),
)

VALIDATE_ADDRESS: _Operation[AddressValidation] = _Operation(
    name="validate_address",
    method="get",
    path="/validateAddress/{btc_address}",
    result=TypeAdapter(AddressValidation),
    params=(
        _Param("btc_address", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    errors={
        400: TypeAdapter(Error),
        403: TypeAdapter(Error),
        404: TypeAdapter(Error),
        503: TypeAdapter(Error),
    },
    idempotent=True,
    json_exact=True,
    security=(),
)

CREATE_TRANSACTION: _Operation[Transaction] = _Operation(
    name="create_transaction",
    method="post",
    path="/createTransaction",
    result=TypeAdapter(Transaction),
    params=(),
    body_encoding="json",
    body_model=CreateTransactionRequest,
    errors={
        400: TypeAdapter(Error),
        401: TypeAdapter(Error),
        403: TypeAdapter(Error),
        503: TypeAdapter(Error),
    },
    idempotent=False,
    security=("bearerAuth",),
    hooks=(
        _Hook(
            "verify",
            coinspec_runtime.coinjoin.verify_response_signature,
            arguments=(
                _HookArgument("body", "body"),
                _HookArgument("secret", "option", "hmac_secret"),
            ),
            requires=("hmac_secret",),
        ),
    ),
)

LIST_TRANSACTIONS: _Operation[TransactionList] = _Operation(
    name="list_transactions",
    method="get",
    path="/transactions",
    result=TypeAdapter(TransactionList),
    params=(
        _Param("limit", "query", style="form", explode=True, kind="integer"),
        _Param("offset", "query", style="form", explode=True, kind="integer"),
    ),
    errors={
        400: TypeAdapter(Error),
        401: TypeAdapter(Error),
        403: TypeAdapter(Error),
        503: TypeAdapter(Error),
    },
    idempotent=True,
    security=("bearerAuth",),
    pagination=_Pagination(
        "offset",
        items="transactions",
        limit="limit",
        offset="offset",
        total="totalTransactions",
    ),
)

GET_TRANSACTION: _Operation[Transaction] = _Operation(
    name="get_transaction",
    method="get",
    path="/transaction/{id}",
    result=TypeAdapter(Transaction),
    params=(_Param("id", "path", style="simple", explode=False, required=True, kind="string"),),
    errors={
        400: TypeAdapter(Error),
        401: TypeAdapter(Error),
        403: TypeAdapter(Error),
        404: TypeAdapter(Error),
        503: TypeAdapter(Error),
    },
    idempotent=True,
    security=("bearerAuth",),
    hooks=(
        _Hook(
            "verify",
            coinspec_runtime.coinjoin.verify_response_signature,
            arguments=(
                _HookArgument("body", "body"),
                _HookArgument("secret", "option", "hmac_secret"),
                _HookArgument("transaction_id", "param", "id"),
            ),
            requires=("hmac_secret",),
        ),
    ),
)
