"""The operations of Wallet to ATOMIC APIs as the client calls them, one constant each.

Generated from specs/atomic.yaml.
"""

from __future__ import annotations


from pydantic import TypeAdapter

import coinspec_runtime.atomic

# Aliased: a spec may well have a model called Pagination or Param.
from .._core.operation import Hook as _Hook
from .._core.operation import HookArgument as _HookArgument
from .._core.operation import Operation as _Operation
from .._core.operation import Param as _Param
from .models import (
    AtomicInfo,
    CoinCode,
    ConfirmPaymentRequest,
    CreateOrderRequest,
    CreateUserRequest,
    CreatedUser,
    CreditLine,
    CreditLineRequest,
    Order,
    PaymentDetails,
    SubmitTimedUnlockRequest,
    SubmitUnlockRequest,
    TimedUnlockRequest,
    TradePlatformInfo,
    UnlockRequest,
    UnlockTransaction,
    User,
)

CREATE_USER: _Operation[CreatedUser] = _Operation(
    name="create_user",
    method="put",
    path="/wallet-to-atomic/api/v1/users/{user-id}",
    result=TypeAdapter(CreatedUser),
    params=(
        _Param("user-id", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    body_encoding="json",
    body_model=CreateUserRequest,
    errors={
        400: None,
        409: None,
    },
    idempotent=False,
    json_exact=True,
    security=(),
    hooks=(
        _Hook(
            "verify",
            coinspec_runtime.atomic.verify_private_collateral,
            arguments=(
                _HookArgument("atomic_public_key", "option", "atomic_public_key"),
                _HookArgument("info", "body"),
                _HookArgument("network", "option", "network"),
                _HookArgument("public_key", "option", "user_public_key"),
            ),
            requires=("user_public_key",),
        ),
    ),
)

GET_USER: _Operation[User] = _Operation(
    name="get_user",
    method="get",
    path="/wallet-to-atomic/api/v1/users/{user-id}",
    result=TypeAdapter(User),
    params=(
        _Param("user-id", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    errors={
        404: None,
    },
    idempotent=True,
    json_exact=True,
    security=(),
    hooks=(
        _Hook(
            "verify",
            coinspec_runtime.atomic.verify_private_collateral,
            arguments=(
                _HookArgument("atomic_public_key", "option", "atomic_public_key"),
                _HookArgument("info", "body"),
                _HookArgument("network", "option", "network"),
                _HookArgument("public_key", "option", "user_public_key"),
            ),
            requires=("user_public_key",),
        ),
    ),
)

GET_ON_DEMAND_UNLOCK: _Operation[UnlockTransaction] = _Operation(
    name="get_on_demand_unlock",
    method="get",
    path="/wallet-to-atomic/api/v1/users/{user-id}/unlock",
    result=TypeAdapter(UnlockTransaction),
    params=(
        _Param("user-id", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    body_encoding="json",
    body_model=UnlockRequest,
    errors={
        403: None,
        404: None,
    },
    idempotent=True,
    json_exact=True,
    security=(),
)

SUBMIT_ON_DEMAND_UNLOCK: _Operation[None] = _Operation(
    name="submit_on_demand_unlock",
    method="put",
    path="/wallet-to-atomic/api/v1/users/{user-id}/unlock",
    result=TypeAdapter(None),
    params=(
        _Param("user-id", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    body_encoding="json",
    body_model=SubmitUnlockRequest,
    errors={
        400: None,
        403: None,
        404: None,
        409: None,
    },
    idempotent=False,
    security=(),
)

GET_TIMED_UNLOCK: _Operation[UnlockTransaction] = _Operation(
    name="get_timed_unlock",
    method="get",
    path="/wallet-to-atomic/api/v1/users/{user-id}/unlock/timed",
    result=TypeAdapter(UnlockTransaction),
    params=(
        _Param("user-id", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    body_encoding="json",
    body_model=TimedUnlockRequest,
    errors={
        400: None,
        403: None,
        404: None,
    },
    idempotent=True,
    json_exact=True,
    security=(),
)

SUBMIT_TIMED_UNLOCK: _Operation[None] = _Operation(
    name="submit_timed_unlock",
    method="put",
    path="/wallet-to-atomic/api/v1/users/{user-id}/unlock/timed",
    result=TypeAdapter(None),
    params=(
        _Param("user-id", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    body_encoding="json",
    body_model=SubmitTimedUnlockRequest,
    errors={
        400: None,
        403: None,
        404: None,
        409: None,
    },
    idempotent=False,
    security=(),
)

GET_PAYMENT: _Operation[PaymentDetails] = _Operation(
    name="get_payment",
    method="get",
    path="/wallet-to-atomic/api/v1/users/{user-id}/payments/{payment-id}",
    result=TypeAdapter(PaymentDetails),
    params=(
        _Param("user-id", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("payment-id", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    errors={
        400: None,
        404: None,
        409: None,
    },
    idempotent=True,
    json_exact=True,
    security=(),
)

CONFIRM_PAYMENT: _Operation[None] = _Operation(
    name="confirm_payment",
    method="put",
    path="/wallet-to-atomic/api/v1/users/{user-id}/payments/{payment-id}",
    result=TypeAdapter(None),
    params=(
        _Param("user-id", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("payment-id", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    body_encoding="json",
    body_model=ConfirmPaymentRequest,
    errors={
        400: None,
        404: None,
        409: None,
    },
    idempotent=False,
    security=(),
)

GET_ATOMIC_INFO: _Operation[AtomicInfo] = _Operation(
    name="get_atomic_info",
    method="get",
    path="/wallet-to-atomic/api/v1/info",
    result=TypeAdapter(AtomicInfo),
    params=(),
    errors={
        400: None,
    },
    idempotent=True,
    json_exact=True,
    security=(),
)

CREATE_ORDER: _Operation[None] = _Operation(
    name="create_order",
    method="put",
    path="/api/trades/v1/users/{user-id}/orders/{order-id}",
    result=TypeAdapter(None),
    params=(
        _Param("user-id", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("order-id", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    body_encoding="json",
    body_model=CreateOrderRequest,
    errors={
        400: None,
        409: None,
    },
    idempotent=False,
    security=(),
)

GET_ORDER: _Operation[Order] = _Operation(
    name="get_order",
    method="get",
    path="/api/trades/v1/users/{user-id}/orders/{order-id}",
    result=TypeAdapter(Order),
    params=(
        _Param("user-id", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("order-id", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    errors={
        404: None,
    },
    idempotent=True,
    json_exact=True,
    security=(),
)

CANCEL_ORDER: _Operation[None] = _Operation(
    name="cancel_order",
    method="delete",
    path="/api/trades/v1/users/{user-id}/orders/{order-id}",
    result=TypeAdapter(None),
    params=(
        _Param("user-id", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("order-id", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    errors={
        400: None,
        403: None,
        404: None,
    },
    idempotent=False,
    security=(),
)

LIST_SUPPORTED_COINS: _Operation[list[CoinCode]] = _Operation(
    name="list_supported_coins",
    method="get",
    path="/api/trades/v1/coins",
    result=TypeAdapter(list[CoinCode]),
    params=(),
    errors={},
    idempotent=True,
    json_exact=True,
    security=(),
)

GET_TRADE_PLATFORM_INFO: _Operation[TradePlatformInfo] = _Operation(
    name="get_trade_platform_info",
    method="get",
    path="/api/trades/v1/info",
    result=TypeAdapter(TradePlatformInfo),
    params=(),
    errors={},
    idempotent=True,
    json_exact=True,
    security=(),
)

REQUEST_CREDIT_LINE: _Operation[CreditLine] = _Operation(
    name="request_credit_line",
    method="put",
    path="/api/credit-line/v1/users/{user-id}/credits/{credit-id}",
    result=TypeAdapter(CreditLine),
    params=(
        _Param("user-id", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("credit-id", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    body_encoding="json",
    body_model=CreditLineRequest,
    errors={
        400: None,
        403: None,
        409: None,
    },
    idempotent=False,
    json_exact=True,
    security=(),
)

GET_CREDIT_LINE: _Operation[CreditLine] = _Operation(
    name="get_credit_line",
    method="get",
    path="/api/credit-line/v1/users/{user-id}/credits/{credit-id}",
    result=TypeAdapter(CreditLine),
    params=(
        _Param("user-id", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("credit-id", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    errors={
        404: None,
    },
    idempotent=True,
    json_exact=True,
    security=(),
)

DELETE_CREDIT_LINE: _Operation[None] = _Operation(
    name="delete_credit_line",
    method="delete",
    path="/api/credit-line/v1/users/{user-id}/credits/{credit-id}",
    result=TypeAdapter(None),
    params=(
        _Param("user-id", "path", style="simple", explode=False, required=True, kind="string"),
        _Param("credit-id", "path", style="simple", explode=False, required=True, kind="string"),
    ),
    errors={
        403: None,
        404: None,
    },
    idempotent=False,
    security=(),
)
