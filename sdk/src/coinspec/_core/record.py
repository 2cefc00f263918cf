"""Frozen records for the tables a generated service declares (operation.py).

What ``@dataclass(frozen=True)`` gives: an ``__init__`` that takes the fields positionally or
by name, with their defaults and default factories; ``repr``; equality and a hash over the
fields; assignment refused; ``dataclasses.fields`` and ``dataclasses.replace``. The methods are
shared functions instead of ones the dataclasses module writes out as source text and
compiles for every class (six per frozen class, each compiled on every import: bytecode
caching does not apply to them). Constructing a record costs a little more, so a record is
for what is made once per service, on import; what is made per call stays a dataclass.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar, dataclass_transform

__all__ = ["record"]

_C = TypeVar("_C", bound=type)


def _init(
    cls: type, names: tuple[str, ...], defaults: dict[str, Any], factories: dict[str, Any]
) -> Callable[..., None]:
    positions = len(names)
    known = frozenset(names)
    setter = object.__setattr__

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        if len(args) > positions:
            raise TypeError(
                f"{cls.__qualname__}() takes {positions} positional arguments but "
                f"{len(args)} were given"
            )
        if kwargs and not known.issuperset(kwargs):
            unknown = next(name for name in kwargs if name not in known)
            raise TypeError(f"{cls.__qualname__}() got an unexpected keyword argument {unknown!r}")
        for name, value in zip(names, args, strict=False):
            if name in kwargs:
                raise TypeError(f"{cls.__qualname__}() got multiple values for argument {name!r}")
            setter(self, name, value)
        for name in names[len(args) :]:
            if name in kwargs:
                setter(self, name, kwargs[name])
            elif name in defaults:
                setter(self, name, defaults[name])
            elif name in factories:
                setter(self, name, factories[name]())
            else:
                raise TypeError(f"{cls.__qualname__}() missing required argument: {name!r}")

    return __init__


def _values(self: Any) -> tuple[Any, ...]:
    return tuple(getattr(self, name) for name in type(self).__record_fields__)


def _repr(self: Any) -> str:
    fields = ", ".join(f"{n}={getattr(self, n)!r}" for n in type(self).__record_fields__)
    return f"{type(self).__qualname__}({fields})"


def _eq(self: Any, other: object) -> Any:  # bool, or NotImplemented
    if other.__class__ is self.__class__:
        return _values(self) == _values(other)
    return NotImplemented


def _hash(self: Any) -> int:
    return hash(_values(self))


def _refuse_setattr(self: Any, name: str, value: Any) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")


def _refuse_delattr(self: Any, name: str) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field,))
def record(cls: _C) -> _C:
    """The class as a frozen record of its annotated fields (see the module)."""
    # The dataclasses module still reads the fields (cheap), so fields() and replace() work;
    # it writes no method, and returns the class itself.
    dataclasses.dataclass(init=False, repr=False, eq=False)(cls)
    fields = dataclasses.fields(cls)
    unsupported = [f.name for f in fields if not f.init or f.kw_only is True]
    if unsupported:
        # The shared __init__ takes every field, positionally or by name: refuse what it
        # would silently get wrong rather than build a record that behaves otherwise.
        raise TypeError(
            f"record {cls.__qualname__}: field {unsupported[0]!r} is init=False or "
            "keyword-only, which records do not support (use @dataclass(frozen=True))"
        )
    names = tuple(f.name for f in fields)
    defaults = {f.name: f.default for f in fields if f.default is not dataclasses.MISSING}
    factories = {
        f.name: f.default_factory for f in fields if f.default_factory is not dataclasses.MISSING
    }
    methods: dict[str, Any] = {
        "__record_fields__": names,
        "__init__": _init(cls, names, defaults, factories),
        "__repr__": _repr,
        "__eq__": _eq,
        "__hash__": _hash,
        "__setattr__": _refuse_setattr,
        "__delattr__": _refuse_delattr,
    }
    for name, method in methods.items():
        setattr(cls, name, method)
    return cls
