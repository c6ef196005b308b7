"""What counts as usable text in a content file: no control characters, not only invisible ones.

Pure Python. Used by the YAML reader (control characters, wherever they come from: typed, pasted or
written as an escape such as "\\x07") and by the field checks (text that looks empty on screen).
"""

from __future__ import annotations

import re
import unicodedata

from desktop.core.names import is_invisible

#: Control characters (Unicode category Cc) other than tab and line feed, and lone surrogates
#: (which cannot even be printed). A carriage return is allowed in the raw file (Windows line
#: ends) but not inside a value, where YAML only puts it from an explicit "\r".
RAW_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_VALUE_FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def forbidden_in_value(text: str) -> str | None:
    """The first control character (or lone surrogate) in a value, or None."""
    match = _VALUE_FORBIDDEN.search(text)
    return match.group() if match else None


def describe_character(ch: str) -> str:
    """``U+0007`` or ``U+200B ZERO WIDTH SPACE``: never the character itself, which may not print."""
    if "\ud800" <= ch <= "\udfff":
        return f"U+{ord(ch):04X} (a lone surrogate, not a character)"
    name = unicodedata.name(ch, "")
    return f"U+{ord(ch):04X}" + (f" {name}" if name else "")


def only_invisible(text: str) -> bool:
    """True for text that shows nothing on screen (empty, spaces, zero-width characters…)."""
    # One definition of "draws nothing" for names and content: the names module's.
    return all(ch.isspace() or is_invisible(ch) or unicodedata.category(ch) in ("Zl", "Zp") for ch in text)


def shown(value: object, limit: int = 40) -> str:
    """``value`` for a one-line message: line ends and tabs written as \\n and \\t, cut to ``limit``."""
    text = str(value).replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")
    return text if len(text) <= limit else text[: limit - 1] + "…"
