"""Source written the way black writes it, so that black formats it in one pass, not two."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import black
import pytest

from generator import pysource
from generator import render as render_module
from generator.loader import load_specs

ROOT = Path(__file__).resolve().parents[2]
MODE = render_module._black_mode()

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


def test_rendered_modules_need_no_second_black_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every generated module comes out of its template as black would write it; a template
    that stops doing so makes generation slower (black then formats twice), not wrong."""
    captured: dict[str, str] = {}

    def capture(path: str, text: str) -> str:
        if path.endswith(".py"):
            captured[path] = text.rstrip("\n") + "\n"
        return text

    monkeypatch.setattr(render_module, "_format", capture)
    monkeypatch.setattr(
        render_module, "_worker_pool", lambda: None
    )  # in this process, where `capture` is
    render_module.render(load_specs(ROOT / "specs"))
    assert len(captured) >= 30
    unstable = [
        path for path, text in sorted(captured.items()) if black.format_str(text, mode=MODE) != text
    ]
    assert unstable == []
