"""How a client is configured: explicit arguments, then environment variables, then defaults.

Each service's spec names its credentials and client options; the generator gives each one
environment variable, ``<PACKAGE>_<ARGUMENT>`` upper-case (``HODLHODL_API_KEY``,
``HODLHODL_BASE_URL``), in ``Service.environment``. ``COINSPEC_LOG`` turns logging on for
every service.
"""

from __future__ import annotations

import logging
import os
import platform
import warnings
from collections.abc import Mapping

import httpx

from .errors import ConfigurationError
from .operation import EnvironmentVariable

__all__ = [
    "LOG_ENVIRONMENT_VARIABLE",
    "LOG_LEVELS",
    "from_environment",
    "sets_user_agent",
    "setup_logging",
    "user_agent",
]

LOG_ENVIRONMENT_VARIABLE = "COINSPEC_LOG"
LOG_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}

_HTTPX_USER_AGENT = f"python-httpx/{httpx.__version__}"
_log_handler: logging.Handler | None = None
_unknown_log_level_warned = False


def from_environment(
    given: Mapping[str, object],
    environment: tuple[EnvironmentVariable, ...],
    error: type[ConfigurationError] = ConfigurationError,
) -> dict[str, object]:
    """The values the environment supplies for the arguments the caller left out (None).

    An empty variable is no value, as a shell's ``export X=`` means; a value that is not of
    the argument's type refuses, naming the variable.
    """
    found: dict[str, object] = {}
    for variable in environment:
        if given.get(variable.argument) is not None:
            continue
        text = os.environ.get(variable.name, "")
        if text:
            found[variable.argument] = _typed(variable, text, error)
    return found


_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off"})


def _typed(variable: EnvironmentVariable, text: str, error: type[ConfigurationError]) -> object:
    if variable.kind == "bytes":
        return text.encode("utf-8")
    if variable.kind == "int":
        try:
            return int(text.strip())
        except ValueError:
            raise error(f"the environment variable {variable.name} must be an integer") from None
    if variable.kind == "bool":
        word = text.strip().lower()
        if word not in _TRUE | _FALSE:
            raise error(
                f"the environment variable {variable.name} must be true or false (or 1 or 0)"
            )
        return word in _TRUE
    return text


def setup_logging() -> None:
    """With COINSPEC_LOG=info or debug, log to stderr through the `coinspec` logger (once)."""
    global _log_handler, _unknown_log_level_warned
    word = os.environ.get(LOG_ENVIRONMENT_VARIABLE, "").strip().lower()
    level = LOG_LEVELS.get(word)
    if level is None:
        if word and not _unknown_log_level_warned:
            # A warning, not a refusal: a logging switch should not stop a client. It points
            # at the user's `Service(...)`, below the three constructors this runs in.
            _unknown_log_level_warned = True
            warnings.warn(
                f"{LOG_ENVIRONMENT_VARIABLE}={word!r} is neither info nor debug;"
                " coinspec does not log",
                RuntimeWarning,
                stacklevel=5,
            )
        return
    if _log_handler is not None:
        return
    logger = logging.getLogger("coinspec")
    _log_handler = logging.StreamHandler()
    _log_handler.setFormatter(
        logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s", "%Y-%m-%d %H:%M:%S")
    )
    logger.addHandler(_log_handler)
    logger.setLevel(level)


def user_agent(service: str) -> str:
    from .. import __version__

    return f"coinspec/{__version__} ({service}) python/{platform.python_version()}"


def sets_user_agent(
    headers: Mapping[str, str] | None, http_client: httpx.Client | httpx.AsyncClient | None
) -> bool:
    """Whether the user chose a User-Agent: in default headers or on their httpx client."""
    if headers and any(name.lower() == "user-agent" for name in headers):
        return True
    if http_client is not None:
        chosen = http_client.headers.get("user-agent")
        return chosen is not None and chosen != _HTTPX_USER_AGENT
    return False
