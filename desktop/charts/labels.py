"""Chart labels in short lines: Chinese cut into balanced lines, Latin text wrapped at spaces.

Pure Python (no matplotlib): the radar's layout measures the same lines it draws.
"""

from __future__ import annotations

import math
import textwrap
import unicodedata

CJK_LINE = 7  # wide characters per line of an axis label
LATIN_LINE = 16  # characters per line when a label has no wide characters
# Characters that must not start a line (Chinese typesetting rule): they stay with the one before.
NO_LINE_START = set("，。、；：！？）》」』”’…—·,.;:!?)")


def wrap_label(text: str, cjk_line: int = CJK_LINE, latin_line: int = LATIN_LINE) -> str:
    """Break a label into short lines so labels round a radar do not run into each other.

    Chinese has no spaces, so it is cut into lines of equal length (a wide character counts two
    columns, anything else one); Latin text is wrapped at spaces.
    """
    if not any(is_wide(c) for c in text):
        return "\n".join(textwrap.wrap(text, latin_line, break_long_words=False)) or text
    columns = sum(_columns(c) for c in text)
    lines_needed = max(1, math.ceil(columns / (2 * cjk_line)))
    width = math.ceil(columns / lines_needed)  # balanced: 6 + 5 reads better than 7 + 4
    width += width % 2  # whole wide characters: 9 characters make 5 + 4, not 4 + 4 + 1
    lines: list[str] = [""]
    used = 0
    for char in text:
        if used + _columns(char) > width and lines[-1] and char not in NO_LINE_START:
            lines.append("")
            used = 0
        lines[-1] += char
        used += _columns(char)
    return "\n".join(lines)


def is_wide(char: str) -> bool:
    """A character that takes two columns (a Chinese one, a full-width one)."""
    return unicodedata.east_asian_width(char) in ("W", "F")


def _columns(char: str) -> int:
    return 2 if is_wide(char) else 1
