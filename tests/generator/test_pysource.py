"""Source written the way black writes it, so that black formats it in one pass, not two."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import black
import pytest

from generator import pysource

MODE = black.Mode(target_versions={black.TargetVersion.PY311}, line_length=100)

VALUES: list[Any] = [
    "plain",
    "it's",
    'say "hi"',
    "both ' and \"",
    "two '' and one \"",
    "back\\slash",
    "new\nline",
    "",
    Decimal("0.00000001"),
    {"a": 1, "b": [True, None], "c": {"d": "e"}},
    {
        "address": "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
        "amount": Decimal("43350.123456789012345678901"),
        "memo": None,
    },
    [{"k" * 30: "v" * 40}, {"k" * 30: "v" * 40}],
    ("only",),
    ("one", "two"),
    (),
    {},
    [],
]


@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_literals_are_what_black_writes_and_mean_the_value(value: Any) -> None:
    source = f"VALUE = {pysource.literal(value, 0, 'VALUE = ')}\n"
    assert black.format_str(source, mode=MODE) == source
    namespace: dict[str, Any] = {"Decimal": Decimal}
    exec(source, namespace)
    assert namespace["VALUE"] == value


@pytest.mark.parametrize(
    "arguments",
    [
        ["x"],
        ["client.mark_temporary_notifications_as_read"],
        [f"argument_{i}=value_{i}" for i in range(12)],
    ],
    ids=len,
)
def test_calls_are_split_as_black_splits_them(arguments: list[str]) -> None:
    source = (
        "def f():\n    "
        + pysource.call(
            "self.mark_temporary_notifications_as_read = ", "raw_response", arguments, 4
        )
        + "\n"
    )
    assert black.format_str(source, mode=MODE) == source
