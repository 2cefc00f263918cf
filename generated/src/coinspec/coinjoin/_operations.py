"""The operations of CoinJoin API as the client calls them, one constant each.

Generated from specs/coinjoin.yaml.
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
    result_type=ServiceStatus,
    params=(),
    errors=_adapters(
        {
            403: Error,
            503: Error,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=(),
)

VALIDATE_ADDRESS: _Operation[AddressValidation] = _Operation(
    name="validate_address",
    method="get",
    path="/validateAddress/{btc_address}",
    result_type=AddressValidation,
    params=(
        _Param("btc_address", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    errors=_adapters(
        {
            400: Error,
            403: Error,
            404: Error,
            503: Error,
        }
    ),
    idempotent=True,
    json_exact=True,
    security=(),
)

CREATE_TRANSACTION: _Operation[Transaction] = _Operation(
    name="create_transaction",
    method="post",
    path="/createTransaction",
    result_type=Transaction,
    params=(),
    body_encoding="json",
    body_model=CreateTransactionRequest,
    errors=_adapters(
        {
            400: Error,
            401: Error,
            403: Error,
            503: Error,
        }
    ),
    idempotent=False,
    security=("bearerAuth",),
    hooks=(
        _Hook(
            "verify",
            _runtime_function("coinspec_runtime.coinjoin", "verify_response_signature"),
            arguments=(
                _HookArgument("body", "body"),
                _HookArgument("request_body", "request"),
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
    result_type=TransactionList,
    params=(
        _Param("limit", "query", style="form", explode=True, kind="integer"),
        _Param("offset", "query", style="form", explode=True, kind="integer"),
    ),
    errors=_adapters(
        {
            400: Error,
            401: Error,
            403: Error,
            503: Error,
        }
    ),
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
    result_type=Transaction,
    params=(_Param("id", "path", style="simple", explode=False, required=True, kind="string"),),
    errors=_adapters(
        {
            400: Error,
            401: Error,
            403: Error,
            404: Error,
            503: Error,
        }
    ),
    idempotent=True,
    security=("bearerAuth",),
    hooks=(
        _Hook(
            "verify",
            _runtime_function("coinspec_runtime.coinjoin", "verify_response_signature"),
            arguments=(
                _HookArgument("body", "body"),
                _HookArgument("secret", "option", "hmac_secret"),
                _HookArgument("transaction_id", "param", "id"),
            ),
            requires=("hmac_secret",),
        ),
    ),
)
