"""Exceptions raised by coinspec_runtime."""

from __future__ import annotations

__all__ = ["AddressError", "InvalidKeyError", "TransactionError", "VerificationFailed"]


class VerificationFailed(ValueError):
    """Something a server sent failed a check; nothing was signed.

    ``check`` names the failed check (for example ``"escrow.address"``); the message
    starts with it and says what differed. Messages never contain private keys or secrets.

    A client of the ``coinspec`` package turns it into its service's
    ``<Client>VerificationError`` (an HTTP-level error that keeps ``check``); this one is
    the runtime's own, raised by the functions you call yourself.
    """

    def __init__(self, check: str, message: str) -> None:
        super().__init__(f"{check}: {message}")
        self.check = check
        self.message = message

    def __reduce__(self) -> tuple[type[VerificationFailed], tuple[str, str]]:
        return (type(self), (self.check, self.message))


class AddressError(ValueError):
    """An address is malformed or belongs to another network."""


class TransactionError(ValueError):
    """A transaction or script cannot be parsed or does not have the expected shape."""


class InvalidKeyError(ValueError):
    """A private or public key is malformed. Messages never repeat the key material."""
