"""The rules of a request body that a type cannot say, checked before the body is sent.

A spec writes them in JSON Schema: ``anyOf`` of ``required`` sets ("an id or an email"),
``oneOf`` ("exactly one of value and volume"), ``if``/``then`` on another field's value
("a payment method when orderType is buy_with_fiat"), ``dependentRequired``. The generator
hands them over as data (``Service.body_rules``); this reads the subset of JSON Schema
they use, on the body as it goes on the wire, and says which field is missing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["broken_rule"]


def broken_rule(rules: Sequence[Mapping[str, Any]], body: Mapping[str, Any]) -> str | None:
    """What the first rule ``body`` breaks asks for ("needs wallet when orderType is
    withdraw"), or None when it keeps them all."""
    for rule in rules:
        if not _holds(rule, body):
            return _explain(rule, body)
    return None


def _holds(node: Any, value: Any) -> bool:
    """Whether ``value`` satisfies ``node``, for the keywords rules use (others hold)."""
    if not isinstance(node, Mapping):
        return True
    if "const" in node and value != node["const"]:
        return False
    if "enum" in node and value not in node["enum"]:
        return False
    if isinstance(value, Mapping):
        if any(name not in value for name in node.get("required", ())):
            return False
        for name, sub in (node.get("properties") or {}).items():
            if name in value and not _holds(sub, value[name]):
                return False
        for name, needed in (node.get("dependentRequired") or {}).items():
            if name in value and any(other not in value for other in needed):
                return False
    if "if" in node:
        branch = node.get("then") if _holds(node["if"], value) else node.get("else")
        if branch is not None and not _holds(branch, value):
            return False
    if "allOf" in node and not all(_holds(m, value) for m in node["allOf"]):
        return False
    if "anyOf" in node and not any(_holds(m, value) for m in node["anyOf"]):
        return False
    if "oneOf" in node and sum(_holds(m, value) for m in node["oneOf"]) != 1:
        return False
    return not ("not" in node and _holds(node["not"], value))


def _explain(node: Mapping[str, Any], value: Any) -> str:
    """Why ``value`` breaks ``node`` (which it does), in the words of a user."""
    body = value if isinstance(value, Mapping) else {}
    missing = [name for name in node.get("required", ()) if name not in body]
    if missing:
        return f"needs {_and(missing)}"
    for name, sub in (node.get("properties") or {}).items():
        if name in body and isinstance(sub, Mapping) and not _holds(sub, body[name]):
            if "const" in sub or "enum" in sub:
                return f"{name} may not be {body[name]!r}"
            return f"{name}: {_explain(sub, body[name])}"
    for name, needed in (node.get("dependentRequired") or {}).items():
        absent = [other for other in needed if other not in body]
        if name in body and absent:
            return f"needs {_and(absent)} when {name} is given"
    if "if" in node:
        condition = _holds(node["if"], value)
        branch = node.get("then") if condition else node.get("else")
        if isinstance(branch, Mapping) and not _holds(branch, value):
            why = _describe_condition(node["if"], body)
            if not condition:
                why = f"not ({why})"
            return f"{_explain(branch, value)} when {why}"
    for member in node.get("allOf", ()):
        if not _holds(member, value):
            return _explain(member, value)
    if "anyOf" in node and not any(_holds(m, value) for m in node["anyOf"]):
        return f"needs {' or '.join(_requirement(m) for m in node['anyOf'])}"
    if "oneOf" in node:
        kept = [m for m in node["oneOf"] if _holds(m, value)]
        choices = " or ".join(_requirement(m) for m in node["oneOf"])
        if not kept:
            return f"needs exactly one of {choices}"
        return (
            f"takes only one of {choices}: {' and '.join(_requirement(m) for m in kept)} were given"
        )
    if "not" in node:
        return f"may not have {_requirement(node['not'])}"
    return "breaks a rule of the spec"


def _requirement(node: Any) -> str:
    """What a member of anyOf/oneOf asks for: `password`, `platform.id`, `a and b`."""
    if not isinstance(node, Mapping):
        return "something"
    paths: list[str] = []
    nested = node.get("properties") or {}
    for name in node.get("required", ()):
        inner = nested.get(name)
        below = inner.get("required", ()) if isinstance(inner, Mapping) else ()
        paths += [f"{name}.{child}" for child in below] or [name]
    for name, inner in nested.items():
        if name not in node.get("required", ()) and isinstance(inner, Mapping):
            paths += [f"{name}.{child}" for child in inner.get("required", ())]
    return _and(paths) if paths else "another shape"


def _describe_condition(node: Any, body: Mapping[str, Any]) -> str:
    """The values an `if` tests, as they are in the body: `orderType is 'withdraw'`."""
    if not isinstance(node, Mapping):
        return "the spec's condition holds"
    tests = [f"{name} is {body[name]!r}" for name in (node.get("properties") or {}) if name in body]
    tests += [
        f"{name} is given"
        for name in node.get("required", ())
        if name not in node.get("properties", {})
    ]
    return " and ".join(tests) or "the spec's condition holds"


def _and(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
