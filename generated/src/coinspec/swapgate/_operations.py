"""The operations of Swapgate API as the client calls them, one constant each.

Generated from specs/swapgate.yaml.
"""

from __future__ import annotations


from pydantic import TypeAdapter

# Aliased: a spec may well have a model called Pagination or Param.
from .._core.operation import Operation as _Operation
from .._core.operation import Param as _Param
from .models import (
    CreateOrderRequest,
    Instrument,
    Order,
    OrderStatus,
    RatesInfo,
    SetEmailRequest,
    ValidateAddressRequest,
)

LIST_INSTRUMENTS: _Operation[list[Instrument]] = _Operation(
    name="list_instruments",
    method="get",
    path="/instruments",
    result=TypeAdapter(list[Instrument]),
    params=(),
    errors={},
    idempotent=True,
    json_exact=True,
    security=(),
)

GET_RATES_INFO: _Operation[RatesInfo] = _Operation(
    name="get_rates_info",
    method="get",
    path="/rates-info",
    result=TypeAdapter(RatesInfo),
    params=(
        _Param(
            "instrumentFromCurrencyTitle",
            "query",
            style="form",
            explode=True,
            required=True,
            kind="string",
        ),
        _Param(
            "instrumentFromNetworkTitle",
            "query",
            style="form",
            explode=True,
            required=True,
            kind="string",
        ),
        _Param(
            "instrumentToCurrencyTitle",
            "query",
            style="form",
            explode=True,
            required=True,
            kind="string",
        ),
        _Param(
            "instrumentToNetworkTitle",
            "query",
            style="form",
            explode=True,
            required=True,
            kind="string",
        ),
        _Param("claimedDepositAmount", "query", style="form", explode=True, kind="number"),
    ),
    errors={
        406: None,
        422: None,
    },
    idempotent=True,
    json_exact=True,
    security=(),
)

VALIDATE_ADDRESS: _Operation[bool] = _Operation(
    name="validate_address",
    method="post",
    path="/validate-address",
    result=TypeAdapter(bool),
    params=(),
    body_encoding="json",
    body_model=ValidateAddressRequest,
    errors={},
    idempotent=True,
    json_exact=True,
    security=(),
)

CREATE_ORDER: _Operation[Order] = _Operation(
    name="create_order",
    method="post",
    path="/create",
    result=TypeAdapter(Order),
    params=(),
    body_encoding="json",
    body_model=CreateOrderRequest,
    errors={},
    idempotent=False,
    json_exact=True,
    security=(),
)

GET_ORDER_INFO: _Operation[OrderStatus] = _Operation(
    name="get_order_info",
    method="get",
    path="/order-info",
    result=TypeAdapter(OrderStatus),
    params=(
        _Param("orderId", "query", style="form", explode=True, required=True, kind="integer"),
        _Param(
            "destinationAddress", "query", style="form", explode=True, required=True, kind="string"
        ),
    ),
    errors={},
    idempotent=True,
    json_exact=True,
    security=(),
)

SET_EMAIL: _Operation[Order] = _Operation(
    name="set_email",
    method="post",
    path="/set-email",
    result=TypeAdapter(Order),
    params=(),
    body_encoding="json",
    body_model=SetEmailRequest,
    errors={
        400: None,
        403: None,
        404: None,
        422: None,
    },
    idempotent=False,
    json_exact=True,
    security=(),
)
