"""What counts as English left in a Chinese message: a Latin word that is not a name the user must type
or read as it is (a file, a field, a YAML key or value, a format, an encoding, a code).

Used by the tests that run every message producer with ``zh_CN``.
"""

from __future__ import annotations

import re

from desktop.core import bank_model, instruments

#: names kept as they are in Chinese text: formats, products, encodings, keys and values a file holds
# fmt: off
KEPT = {
    # formats, products and encodings
    "yaml", "utf", "gbk", "gb", "excel", "wps", "kahoot", "gift", "aiken", "moodle", "csv", "xlsx", "xls",
    "png", "jpeg", "jpg", "svg", "gif", "unicode", "tab", "uri", "windows", "wayground", "quizizz", "zip",
    "pdf", "mb", "sqlite", "postgresql", "ok", "bom", "id", "ms", "cjk", "answer", "pk", "readme",
    # YAML keys and values a trainer types (they are written so in the file, whatever the language)
    "true", "false", "options", "en", "points", "accept", "tags", "kind", "deck", "slide", "images",
    "section", "radar", "report", "scale", "items", "bands", "dimensions", "dimension", "total", "reverse",
    "title", "version", "source", "difficulty", "questions", "inf", "nan",
}
# fmt: on
KEPT |= {
    k.casefold()
    for k in (*bank_model.KINDS, *instruments.TOTAL_METHODS, *instruments.KINDS, *instruments.REPORT_PAGES)
}  # fmt: skip
#: names that are several words but one name
KEPT_PHRASES = ("Image Link", "Question Text", "Question Type", "Correct Answer", "Answer explanation",
                "Time in seconds", "CSV UTF-8", "Unicode text", "Excel Workbook", "check-content",
                "import-questions", "export-questions")  # fmt: skip

_QUOTED = re.compile(r"“[^”]*”|‘[^’]*’|'[^'\n]*'|\"[^\"\n]*\"|「[^」]*」")
_CODE_POINT = re.compile(r"U\+[0-9A-F]{4,6}(?: [A-Z][A-Z0-9-]*)*(?: \([^)]*\))?")
_OPTION = re.compile(r"--[a-z-]+(?:[ =]\S+)?")
_PATH = re.compile(
    r"(?:[A-Za-z]:)?[/\\][^\s:：，。；）]+|\b[\w.-]+\.(?:yaml|yml|csv|xlsx|txt|gift|pdf|png|svg)\b"
)
_WORD = re.compile(r"[A-Za-z](?:[A-Za-z_'-]*[A-Za-z])?")
_YAML_TAG = re.compile(r"!!?[\w/:.!-]+")


def english_left(message: str, also_kept: tuple[str, ...] = ()) -> list[str]:
    """The Latin words of ``message`` that are English rather than a kept name (empty: it is Chinese)."""
    text = message
    for phrase in (*KEPT_PHRASES, *also_kept):
        text = text.replace(phrase, " ")
    for pattern in (_QUOTED, _CODE_POINT, _OPTION, _YAML_TAG, _PATH):
        text = pattern.sub(" ", text)
    # one letter is an option letter (A–F) or a unit; a word with "_" is an id or a key
    return [w for w in _WORD.findall(text) if len(w) > 1 and "_" not in w and w.casefold() not in KEPT]
