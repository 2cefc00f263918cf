"""A hook's arguments come from structured sources: the body, the result, a call argument
(or a member of a deepObject one) and a client option."""

from __future__ import annotations

from typing import Any

from coinspec._core.hooks import HookRunner
from coinspec._core.model import Model
from coinspec._core.operation import Hook, HookArgument


class Runner(HookRunner):
    def __init__(self, options: dict[str, Any]) -> None:
        self._options = options


class Page(Model):
    limit: int | None = None


def record(**arguments: Any) -> dict[str, Any]:
    return arguments


HOOK = Hook(
    "verify",
    record,
    arguments=(
        HookArgument("decoded", "body"),
        HookArgument("parsed", "result"),
        HookArgument("asked", "request"),
        HookArgument("platform", "param", "platform"),
        HookArgument("limit", "param", "page", member="limit"),
        HookArgument("secret", "option", "secret"),
    ),
    requires=("secret",),
)


def test_every_source_gives_its_value() -> None:
    runner = Runner({"secret": "s3cret"})
    arguments = runner._hook_arguments(
        HOOK, {"platform": "p1", "page": {"limit": 5}}, {"raw": 1}, "typed", {"sent": 2}
    )
    assert arguments == {
        "decoded": {"raw": 1},
        "parsed": "typed",
        "asked": {"sent": 2},
        "platform": "p1",
        "limit": 5,
        "secret": "s3cret",
    }


def test_a_member_is_read_from_a_model_by_its_wire_name_and_is_none_when_missing() -> None:
    runner = Runner({"secret": "s3cret"})
    assert runner._hook_arguments(HOOK, {"page": Page(limit=7)}, None, None)["limit"] == 7
    assert runner._hook_arguments(HOOK, {}, None, None)["limit"] is None


def test_a_hook_runs_only_with_the_options_it_requires() -> None:
    assert Runner({"secret": "s3cret"})._hook_enabled(HOOK)
    assert not Runner({"secret": None})._hook_enabled(HOOK)
