"""Text from a learner's program, made safe to show: no escape codes, no lone
surrogates, nothing endless."""

from __future__ import annotations

MAX_SHOWN = 120


def shown(text: str, limit: int = MAX_SHOWN) -> str:
    """`text` with control characters and unencodable code points escaped, cut to `limit`."""
    safe = "".join(c if c.isprintable() and not 0xD800 <= ord(c) <= 0xDFFF else _escaped(c) for c in text[: limit * 2])
    return safe if len(safe) <= limit else safe[: limit - 1] + "…"


def _escaped(character: str) -> str:
    return character.encode("unicode_escape", errors="backslashreplace").decode("ascii")
