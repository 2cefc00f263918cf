"""The base of every generated model."""

# No `from __future__ import annotations` here: pydantic evaluates the annotations of a
# model's bases for every model class it creates, and a string annotation is compiled each
# time (a service defines dozens of models on import).
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

from .types import ExactJson

__all__ = ["Model"]

# The section of a generated model's docstring that lists its fields for help() and editors
# (generator/models.py writes it); the JSON schema has them as the properties' descriptions.
FIELDS_HEADING = "Attributes:"


class Model(BaseModel):
    """Fields are snake_case with the wire names as aliases; either name populates a field.

    Fields the spec does not know are kept (``model_extra``), so a newer server does not
    break an older client and nothing the server sent is lost on the way back.

    Amounts are :class:`decimal.Decimal` and date-times :class:`datetime.datetime`, in
    ``model_dump()`` too. ``model_dump_json()`` writes each amount as the spec's wire type:
    a JSON number, or a string for a decimal the spec types as a string, in plain notation
    and exact. (pydantic's JSON mode elsewhere, ``model_dump(mode="json")`` or a
    TypeAdapter's ``dump_json``, cannot write a Decimal as a number without a float, so
    there every amount is its exact plain text in a string.)
    """

    # defer_build: a model's validator is built when it is first used, not on import (a
    # service has dozens of models, and most programs use few of them).
    model_config = ConfigDict(populate_by_name=True, extra="allow", defer_build=True)
    # Exact too: parsing straight from JSON bytes reads their numbers as floats, which this refuses.
    __pydantic_extra__: dict[str, ExactJson] = Field(init=False)

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler, /
    ) -> JsonSchemaValue:
        """The model's description in its JSON schema is the spec's, without the fields
        section of its docstring (each property carries its own description)."""
        schema = handler(core_schema)
        target = handler.resolve_ref_schema(schema)
        description = target.get("description")
        if isinstance(description, str):
            head, heading, _ = description.partition(FIELDS_HEADING)
            if heading and (not head or head.endswith("\n")):
                if head.strip():
                    target["description"] = head.strip()
                else:
                    del target["description"]
        return schema

    @classmethod
    def from_wire_json(cls, text: str | bytes) -> Self:
        """Parse JSON text exactly: numbers with a fraction become Decimal, never float.

        (pydantic's own ``model_validate_json`` reads such numbers as floats, which
        coinspec's amount fields refuse.)
        """
        from .json import loads

        return cls.model_validate(loads(text))

    def model_dump_json(
        self, *, indent: int | None = None, ensure_ascii: bool = False, **options: Any
    ) -> str:
        """JSON text of the model, each amount written as the spec's wire type (see the
        class); the options are pydantic's (by_alias, exclude_unset, include, ...)."""
        from .json import dumps, to_wire

        wire = to_wire(self, **{"by_alias": None, "exclude_unset": False, **options})
        return dumps(wire, indent=indent, ensure_ascii=ensure_ascii)

    def to_wire(self) -> dict[str, Any]:
        """The JSON object this model stands for, with wire names and exact amounts."""
        from .json import to_wire

        result: dict[str, Any] = to_wire(self)
        return result
