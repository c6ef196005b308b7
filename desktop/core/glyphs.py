"""Text the export fonts can draw: what they cannot becomes its Unicode name in brackets.

A PDF shows a character its fonts lack as an empty box (or nothing): "红队🦄" would print as
"红队□". Every export (the PK score sheet, the trainee report, saved charts) passes its text
through ``drawable_text`` with the set of characters its fonts cover, so the same name prints
the same way everywhere: "红队[UNICORN FACE]". Pure Python; no Qt.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Container

#: Parts of an emoji sequence that draw nothing alone: joiners, variation selectors, skin tones,
#: the keycap mark and tag characters. Dropped when the fonts lack them, never named.
_SILENT = frozenset(
    [0x200D, 0x20E3, *range(0xFE00, 0xFE10), *range(0x1F3FB, 0x1F400), *range(0xE0020, 0xE0080)]
)
_REGIONAL_A, _REGIONAL_Z = 0x1F1E6, 0x1F1FF  # two of these make a flag: 🇨🇳 → [FLAG CN]


def character_label(char: str) -> str:
    """How an undrawable character is printed: its Unicode name in brackets, else its code point."""
    return f"[{unicodedata.name(char, f'U+{ord(char):04X}')}]"


def drawable_text(text: str, covered: Container[int] | Callable[[int], bool]) -> str:
    """``text`` with every character the fonts do not cover replaced visibly.

    ``covered`` holds (or tells) the code points the export's fonts can draw. Line breaks, tabs
    and spaces are kept as they are; a character the fonts have is never changed.
    """
    has = covered if callable(covered) else covered.__contains__
    out: list[str] = []
    chars = list(text)
    i = 0
    while i < len(chars):
        char = chars[i]
        code = ord(char)
        if char in "\n\r\t" or char.isspace() or has(code):
            out.append(char)
        elif code in _SILENT:
            pass
        elif _REGIONAL_A <= code <= _REGIONAL_Z and i + 1 < len(chars) and _is_regional(chars[i + 1]):
            letters = "".join(chr(ord(c) - _REGIONAL_A + ord("A")) for c in chars[i : i + 2])
            out.append(f"[FLAG {letters}]")
            i += 1
        else:
            out.append(character_label(char))
        i += 1
    return "".join(out)


def _is_regional(char: str) -> bool:
    return _REGIONAL_A <= ord(char) <= _REGIONAL_Z
