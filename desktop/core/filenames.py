"""File names offered by the app's save dialogs: valid on Windows, macOS and Linux alike.

A session title such as "PK 赛 2026-12-01 22:24" is a fine title but not a Windows file name
(":" is refused, as are < > " / \\ | ? *, control characters, a trailing dot or space, and the
device names CON, PRN, AUX, NUL, COM1–9, LPT1–9 with any extension). Pure Python; no Qt.
"""

from __future__ import annotations

import re

#: Characters Windows refuses in a file name; ":" in a time reads naturally as "-" ("22-24").
_REPLACE = {":": "-", "/": "-", "\\": "-", "|": "-", "<": "(", ">": ")", '"': "'", "?": "", "*": ""}
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_RESERVED = re.compile(r"(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\..*)?", re.IGNORECASE)
MAX_STEM = 120  # well under every system's 255, leaving room for the folder and a " (2)"


def safe_file_name(stem: str, suffix: str, fallback: str = "export") -> str:
    """``stem`` + ``suffix`` (".pdf") made a valid file name on every system, still readable."""
    name = _CONTROL.sub(" ", stem)
    name = "".join(_REPLACE.get(char, char) for char in name)
    name = " ".join(name.split())[:MAX_STEM]
    name = name.rstrip(". ").lstrip(" ")
    if not name:
        name = fallback
    if _RESERVED.fullmatch(name):
        name = f"_{name}"  # "CON" opens the console device on Windows, even as "CON.pdf"
    return name + suffix
