"""Checking a value against a schema of a spec (JSON Schema 2020-12, ``$ref``s into the spec).

Shared by the mock (requests), the contract-test plugin (live responses) and the tests
(every example of every spec).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._core.spec import ServiceSpec
from ._extra import MissingExtraError, is_extra_module

try:
    import jsonschema
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012
except ModuleNotFoundError as missing:
    if is_extra_module(missing.name):
        raise MissingExtraError(missing.name) from None
    raise

__all__ = ["SchemaChecker", "SchemaProblem"]

_BASE = "urn:coinspec:spec"


class SchemaProblem:
    """One way a value breaks a schema: where in the value (``['a'][0]``) and what."""

    def __init__(self, path: tuple[Any, ...], message: str) -> None:
        self.path = path
        self.message = message

    @property
    def location(self) -> str:
        return "".join(f"[{part!r}]" for part in self.path)

    def __str__(self) -> str:
        return f"{self.location or '(the value)'}: {self.message}"

    def __repr__(self) -> str:
        return f"SchemaProblem({self.path!r}, {self.message!r})"


class SchemaChecker:
    def __init__(self, spec: ServiceSpec | Mapping[str, Any]) -> None:
        data = spec.data if isinstance(spec, ServiceSpec) else spec
        self._registry: Registry[Any] = Registry().with_resource(
            _BASE, Resource.from_contents(dict(data), default_specification=DRAFT202012)
        )
        self._validators: dict[int, tuple[Any, jsonschema.Draft202012Validator]] = {}

    def _validator(self, schema: Any) -> jsonschema.Draft202012Validator:
        # Keyed by identity: the schemas are nodes of the loaded spec, which lives as long.
        known = self._validators.get(id(schema))
        if known is not None and known[0] is schema:
            return known[1]
        validator = jsonschema.Draft202012Validator(_absolute(schema), registry=self._registry)
        self._validators[id(schema)] = (schema, validator)
        return validator

    def problems(self, schema: Any, value: Any) -> list[SchemaProblem]:
        """Every way ``value`` breaks ``schema``, the first in the value's order first.

        A value that makes the check itself fail (a number too large for an arithmetic
        keyword, nesting beyond the interpreter's stack) is one problem, not an exception.
        """
        try:
            errors = sorted(
                self._validator(schema).iter_errors(value),
                key=lambda e: [str(p) for p in e.absolute_path],
            )
        except (ArithmeticError, RecursionError) as exc:
            return [
                SchemaProblem((), f"cannot be checked against the schema ({type(exc).__name__})")
            ]
        return [SchemaProblem(tuple(e.absolute_path), e.message) for e in errors]


def _absolute(node: Any) -> Any:
    """The schema with its local ``$ref``s made absolute, so they resolve in the registry."""
    if isinstance(node, Mapping):
        return {
            k: (
                _BASE + v
                if k == "$ref" and isinstance(v, str) and v.startswith("#")
                else _absolute(v)
            )
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_absolute(v) for v in node]
    return node
