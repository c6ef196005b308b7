"""Colour contrast as WCAG 2.x defines it: which text colour reads on a coloured background.

Group tiles, banners and swatches are drawn in the groups' colours; the text on them must stay
readable from the back of a room, on a washed-out projector too. Pure Python; no Qt.
"""

from __future__ import annotations

import re

BLACK, WHITE = "#000000", "#ffffff"
#: WCAG AA: normal text needs 4.5:1 (the tests hold every text colour on its background to it).
AA_NORMAL_TEXT = 4.5

_HEX = re.compile(r"#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})")


def rgb(colour: str) -> tuple[int, int, int]:
    """The red, green and blue (0–255) of "#rrggbb" or "#rgb"; ValueError naming the value otherwise."""
    match = _HEX.fullmatch(colour.strip()) if isinstance(colour, str) else None
    if match is None:
        raise ValueError(f"not a colour: {colour!r} (expected #rrggbb)")
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def _linear(channel: int) -> float:
    value = channel / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    red, green, blue = (_linear(c) for c in rgb(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """From 1 (the same) to 21 (black on white); the order of the two colours does not matter."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def text_colour_on(background: str) -> str:
    """Black or white, whichever contrasts more with ``background``.

    One of the two always reaches at least 4.58:1 (AA for normal text), whatever the background.
    """
    return BLACK if contrast_ratio(BLACK, background) >= contrast_ratio(WHITE, background) else WHITE
