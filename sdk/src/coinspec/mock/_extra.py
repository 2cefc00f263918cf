"""What the mock needs beyond coinspec itself, and the error that says how to get it."""

from __future__ import annotations

__all__ = ["EXTRA_MODULES", "INSTALL_HINT", "MissingExtraError"]

INSTALL_HINT = "pip install 'coinspec[mock]'"
# The `mock` extra's distributions and what they bring, as imported.
EXTRA_MODULES = frozenset(
    {"jsonschema", "jsonschema_specifications", "referencing", "rpds", "attrs"}
)


class MissingExtraError(ModuleNotFoundError):
    """The mock's dependencies are not installed: the message names the extra to install."""

    def __init__(self, missing: str | None) -> None:
        super().__init__(
            f"the coinspec mock needs the 'mock' extra, which is not installed "
            f"(no module named {missing!r}): {INSTALL_HINT}",
            name=missing,
        )


def is_extra_module(name: str | None) -> bool:
    return name is not None and name.split(".")[0] in EXTRA_MODULES
