"""Python names from wire names: one place, so every template agrees."""

from __future__ import annotations

import keyword
import re
from http import HTTPStatus

_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def snake_case(name: str) -> str:
    """`instrumentFromCurrencyTitle` -> `instrument_from_currency_title`,
    `KYCFormLink` -> `kyc_form_link`, `public-key` -> `public_key`."""
    words = re.split(r"[^A-Za-z0-9]+", name)
    snake = "_".join(_BOUNDARY.sub("_", w).lower() for w in words if w)
    if not snake:
        raise ValueError(f"cannot make a Python name of {name!r}")
    if snake[0].isdigit():
        snake = f"n_{snake}"
    return f"{snake}_" if keyword.iskeyword(snake) else snake


def constant_case(name: str) -> str:
    return snake_case(name).upper().rstrip("_")


def status_exception_name(status: int) -> str:
    """404 -> `NotFoundError`; a status http.HTTPStatus does not know -> `Status499Error`."""
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        return f"Status{status}Error"
    name = "".join(w.capitalize() for w in re.split(r"[^A-Za-z0-9]+", phrase) if w)
    return name if name.endswith("Error") else f"{name}Error"


def range_exception_name(status_range: str) -> str:
    """`4XX` -> `Status4XXError`: the class of a documented range of statuses."""
    return f"Status{status_range.upper()}Error"
