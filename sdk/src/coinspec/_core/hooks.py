"""Running the spec's hooks: which are enabled, and the arguments each one takes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .operation import Hook
from .pagination import get_argument

__all__ = ["HookRunner"]


class HookRunner:
    """A hook runs when every client option it requires is set; its arguments come from the
    call's parameters, the client's options, the decoded body or the parsed result."""

    _options: dict[str, Any]

    def _hook_enabled(self, hook: Hook) -> bool:
        return all(self._options.get(name) is not None for name in hook.requires)

    def _hook_arguments(
        self, hook: Hook, args: Mapping[str, Any], body: Any, result: Any
    ) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for argument, source in hook.arguments:
            if source == "body":
                values[argument] = body
            elif source == "result":
                values[argument] = result
            elif source.startswith("param:"):
                values[argument] = get_argument(args, source[6:])
            elif source.startswith("option:"):
                values[argument] = self._options.get(source[7:])
        return values
