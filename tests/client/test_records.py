"""A service's tables (coinspec._core.operation) are records: they behave as the frozen
dataclasses they were, without compiling methods for every class on import."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, cast

import pytest

from coinspec._core.record import record


@record
class Limits:
    name: str
    size: int = 3
    tags: dict[str, int] = dataclasses.field(default_factory=dict)


@dataclasses.dataclass(frozen=True)
class LimitsDataclass:
    name: str
    size: int = 3
    tags: dict[str, int] = dataclasses.field(default_factory=dict)


@record
class Point:
    x: int
    y: int = 0


@dataclasses.dataclass(frozen=True)
class PointDataclass:
    x: int
    y: int = 0


def _both(make: Callable[[type], Any]) -> tuple[Any, Any]:
    return make(Limits), make(LimitsDataclass)


def test_a_record_is_built_as_a_frozen_dataclass_is() -> None:
    ours, theirs = _both(lambda cls: cls("a", tags={"x": 1}))
    assert repr(ours) == repr(theirs).replace("LimitsDataclass", "Limits")
    assert (ours.name, ours.size, ours.tags) == (theirs.name, theirs.size, theirs.tags)
    # each instance its own default from the factory, never one shared dict
    assert Limits("a").tags == {} and Limits("a").tags is not Limits("a").tags
    assert [f.name for f in dataclasses.fields(ours)] == ["name", "size", "tags"]
    assert dataclasses.replace(ours, size=5) == Limits("a", 5, {"x": 1})


def test_records_are_equal_by_their_fields_and_hash_as_them() -> None:
    assert Limits("a", 1) == Limits(name="a", size=1)
    assert Limits("a", 1) != Limits("a", 2)
    assert Limits("a") != cast(
        object, LimitsDataclass("a")
    )  # another class, as dataclasses compare
    assert hash(Point(1, 2)) == hash(Point(y=2, x=1)) == hash(PointDataclass(1, 2))
    assert len({Point(1, 2), Point(1, 2), Point(2, 1)}) == 2
    for unhashable in (Limits("a"), LimitsDataclass("a")):  # a dict field
        with pytest.raises(TypeError, match="unhashable"):
            hash(unhashable)


def test_a_record_refuses_assignment_and_deletion() -> None:
    ours = Limits("a")
    with pytest.raises(dataclasses.FrozenInstanceError, match="'size'"):
        ours.size = 4  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError, match="'size'"):
        del ours.size
    assert ours.size == 3


@pytest.mark.parametrize(
    ("arguments", "keywords", "message"),
    [
        ((), {}, "missing required argument: 'name'"),
        (("a",), {"colour": 1}, "unexpected keyword argument 'colour'"),
        (("a",), {"name": "b"}, "multiple values for argument 'name'"),
        (("a", 1, {}, 4), {}, "takes 3 positional arguments but 4 were given"),
    ],
)
def test_a_wrong_construction_is_refused_as_a_dataclass_refuses_it(
    arguments: tuple[Any, ...], keywords: dict[str, Any], message: str
) -> None:
    with pytest.raises(TypeError, match=message):
        Limits(*arguments, **keywords)
    with pytest.raises(TypeError):
        LimitsDataclass(*arguments, **keywords)


@pytest.mark.parametrize("option", [{"init": False, "default": 0}, {"kw_only": True, "default": 0}])
def test_a_field_option_records_do_not_implement_is_refused_when_the_class_is_made(
    option: dict[str, Any],
) -> None:
    namespace = {
        "__annotations__": {"name": "str", "size": "int"},
        "size": dataclasses.field(**option),
    }
    with pytest.raises(TypeError, match="record Odd: field 'size'"):
        record(type("Odd", (), namespace))
