"""The base of generated root models (a spec's schema that is a list, a mapping or a union)."""

from __future__ import annotations

from typing import Generic

import pydantic
from pydantic import ConfigDict
from pydantic.root_model import RootModelRootType

__all__ = ["RootModel"]


class RootModel(pydantic.RootModel[RootModelRootType], Generic[RootModelRootType]):
    """pydantic's RootModel, its validator built on first use as Model's is.

    A module of its own: importing pydantic's RootModel costs as much as a small service's
    models, and only the services with root models need it.
    """

    model_config = ConfigDict(defer_build=True)
