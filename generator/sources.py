"""Where a hook's or a flow step's value comes from: the spec's `kind:name` strings, parsed once.

The vocabulary (generator/vocabulary.schema.json) spells a source as `body`, `result`,
`request` (a verify hook's: the JSON body the call sent, as it went on the wire),
`param:<name>`, `option:<name>`, `arg:<name>` or `step:<as>`. The loader checks that each
names something that exists, the IR keeps the parsed `Source`, and neither the templates
nor the generated clients ever read the string again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

SourceKind = Literal["body", "result", "request", "param", "option", "arg", "step"]

# `body`, `result` and `request` stand alone; the other kinds name something (`kind:name`).
_ALONE: dict[str, SourceKind] = {"body": "body", "result": "result", "request": "request"}
_NAMED: dict[str, SourceKind] = {"param": "param", "option": "option", "arg": "arg", "step": "step"}
# `pagination[limit]`: the member `limit` of the deepObject parameter `pagination`.
_MEMBER = re.compile(r"([^\[\]]+)\[([^\[\]]+)\]")


@dataclass(frozen=True)
class Source:
    kind: SourceKind
    name: str | None = None  # the parameter (on the wire), client option, flow argument or step
    member: str | None = None  # of a deepObject parameter: `param:pagination[limit]` -> "limit"


def parse_source(text: str) -> Source:
    """`option:network` -> Source("option", "network"); ValueError for what the vocabulary refuses."""
    if text in _ALONE:
        return Source(_ALONE[text])
    prefix, separator, name = text.partition(":")
    kind = _NAMED.get(prefix)
    if kind is None or not separator or not name:
        raise ValueError(
            f"{text!r} is not a value source: expected body, result, request, param:<name>, "
            "option:<name>, arg:<name> or step:<name>"
        )
    if kind == "param":
        match = _MEMBER.fullmatch(name)
        if match is not None:
            return Source("param", match.group(1), match.group(2))
    return Source(kind, name)
