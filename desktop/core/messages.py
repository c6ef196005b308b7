"""Messages as codes with a template per language: content errors, import problems, PK rule refusals.

A ``Message`` is the English text (it *is* a ``str``, so logs, tests and the English interface use
it as before) that also remembers its code and values; ``localise`` gives it in the interface's
language from ``desktop.core.message_catalog``. Values that are messages themselves (a type name
such as "a whole number") are put in the same language. Pure Python: the command line prints
Chinese with ``--lang zh_CN`` without Qt.
"""

from __future__ import annotations

import errno
from functools import cache
from typing import Any

CHINESE = "zh_CN"


@cache
def _catalog() -> dict[str, tuple[str, str]]:
    # Read at the first message, not at import: the start screens import this module (names) and
    # seldom say anything; the catalogs are ~1,000 lines.
    from desktop.core.message_catalog import CATALOG

    return CATALOG


class Message(str):
    """English text with its code and values; compare and print it as the English text."""

    code: str
    values: dict[str, Any]

    def __new__(cls, code: str, **values: Any) -> Message:
        english, _chinese = _catalog()[code]
        text = super().__new__(cls, english.format(**values))
        text.code = code
        text.values = values
        return text

    def __reduce__(self) -> tuple[Any, tuple[str, dict[str, Any]]]:
        return (_rebuild, (self.code, self.values))  # copies and pickles keep the code

    def localise(self, lang: str) -> str:
        if lang != CHINESE:
            return str(self)
        chinese = _catalog()[self.code][1]
        return chinese.format(**{k: localise(v, lang) for k, v in self.values.items()})


def _rebuild(code: str, values: dict[str, Any]) -> Message:
    return Message(code, **values)


class Phrase(str):
    """A fixed English phrase with its Chinese, for words that come from a closed list kept beside the
    code that meets them (a YAML parser's problem, a delimiter's name) rather than from the catalog."""

    chinese: str

    def __new__(cls, english: str, chinese: str) -> Phrase:
        text = super().__new__(cls, english)
        text.chinese = chinese
        return text

    def __reduce__(self) -> tuple[Any, tuple[str, str]]:
        return (Phrase, (str(self), self.chinese))

    def localise(self, lang: str) -> str:
        return self.chinese if lang == CHINESE else str(self)


def say(lang: str, code: str, **values: Any) -> str:
    """The message ``code`` with ``values``, in ``lang`` (the command lines' own lines)."""
    return Message(code, **values).localise(lang)


def localise(text: Any, lang: str) -> Any:
    """``text`` in ``lang`` when it is a ``Message`` or ``Phrase``; anything else (names, numbers, plain
    text) as it is."""
    return text.localise(lang) if isinstance(text, Message | Phrase) else text


_OS_REASONS = {
    errno.ENOENT: "os.not_found",
    errno.EACCES: "os.denied",
    errno.EPERM: "os.denied",
    errno.EISDIR: "os.is_folder",
    errno.ENOTDIR: "os.not_folder",
    errno.ENOSPC: "os.full",
    errno.EROFS: "os.read_only",
    errno.ENAMETOOLONG: "os.name_too_long",
    errno.EBUSY: "os.busy",
    errno.EIO: "os.io",
    errno.EEXIST: "os.exists",
}


def os_reason(exc: OSError) -> str:
    """Why the system refused (a ``Message`` for the common causes, so it is said in Chinese too); the
    system's own words otherwise."""
    code = _OS_REASONS.get(exc.errno or 0)
    if code is not None:
        return Message(code)
    return exc.strerror or str(exc)
