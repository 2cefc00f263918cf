"""The base of every generated model."""

from __future__ import annotations

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
    """

    model_config = ConfigDict(populate_by_name=True, extra="allow")
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

    def to_wire(self) -> dict[str, Any]:
        """The JSON object this model stands for, with wire names and exact amounts."""
        from .json import to_wire

        result: dict[str, Any] = to_wire(self)
        return result
