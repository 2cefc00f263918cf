"""Text from a spec written into generated Python where it cannot change the code around it."""

from __future__ import annotations

import re
from typing import Any

# A quote that would make three in a row, or end the text (the docstring's own quotes follow).
_QUOTE_THAT_COULD_CLOSE = re.compile(r'"(?="")|"$')
_UNPRINTABLE = re.compile(r"[^\n\t\x20-\x7e\xa0-\U0010ffff]|[\u2028\u2029\x7f-\x9f]")


def docstring_text(value: Any) -> str:
    """Text from a spec as it may stand inside a triple-quoted docstring: a backslash stays a
    backslash, a quote cannot end the docstring early, and a control character is written
    as its escape (a spec's description is anyone's text)."""
    text = str(value).replace("\\", "\\\\")
    text = _QUOTE_THAT_COULD_CLOSE.sub(r'\\"', text)
    return _UNPRINTABLE.sub(lambda m: repr(m.group())[1:-1], text)
