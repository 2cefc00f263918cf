"""Running the spec's hooks: which are enabled, and the arguments each one takes."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import Any

from .operation import Hook
from .pagination import wire_name_of

__all__ = ["HookRunner", "failed_check", "takes_request"]


def failed_check(exc: BaseException) -> str | None:
    """The check a runtime function names when it refuses (coinspec_runtime's
    VerificationFailed), else None. Looked up, not imported: a runtime function that raised
    it has loaded it, and a service with no hooks never loads the runtime (or secp256k1)."""
    errors = sys.modules.get("coinspec_runtime.errors")
    if errors is not None and isinstance(exc, errors.VerificationFailed):
        check: str = exc.check
        return check
    return None


def takes_request(hook: Hook) -> bool:
    """Whether the hook reads the request body sent (the `request` source)."""
    return any(argument.source == "request" for argument in hook.arguments)


class HookRunner:
    """A hook runs when every client option it requires is set; its arguments come from the
    call's parameters, the client's options, the decoded body, the parsed result or the
    request body sent (decoded from the request's bytes by the caller: see response.py)."""

    _options: dict[str, Any]

    def _hook_enabled(self, hook: Hook) -> bool:
        return all(self._options.get(name) is not None for name in hook.requires)

    def _hook_arguments(
        self, hook: Hook, args: Mapping[str, Any], body: Any, result: Any, sent: Any = None
    ) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for argument in hook.arguments:
            source = argument.source
            if source == "body":
                value = body
            elif source == "result":
                value = result
            elif source == "request":
                value = sent
            elif source == "option":
                value = self._options.get(argument.name)
            else:
                value = args.get(argument.name)
                if argument.member is not None:
                    value = wire_name_of(value or {}, argument.member)
            values[argument.keyword] = value
        return values
