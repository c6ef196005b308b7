"""Typed reads from a positioned YAML document that collect every error instead of stopping.

Each ``want_*`` method returns the value when it has the right type, otherwise records a
``ContentError`` at the value's line and returns ``None`` so validation can carry on and report
everything wrong with a file in one pass.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from typing import Any

from desktop.core.localtext import LocalText
from desktop.core.messages import Message
from desktop.core.textrules import describe_character, only_invisible, shown
from desktop.core.yaml_values import MAX_NUMBER_DIGITS, LongNumber, OddValue
from desktop.core.yamldoc import ContentError, PathKey, YamlDocument

IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]*$")


def type_name(value: Any) -> str:
    """What kind of value an author wrote, for "expected …, found …" (a ``Message``)."""
    if value is None:
        return Message("type.nothing")
    if isinstance(value, bool):
        return Message("type.bool")
    if isinstance(value, int):
        return Message("type.int")
    if isinstance(value, float):
        return Message("type.float", value=value)
    if isinstance(value, OddValue):
        return value.describe()
    if isinstance(value, str):
        return Message("type.text")
    if isinstance(value, list):
        return Message("type.list")
    if isinstance(value, dict):
        return Message("type.mapping")
    return Message("type.other", name=type(value).__name__)


class Checker:
    def __init__(self, doc: YamlDocument):
        self.doc = doc
        self.errors: list[ContentError] = []

    def fail(self, path: PathKey, message: str) -> None:
        self.errors.append(self.doc.error(path, message))

    def get(self, path: PathKey) -> Any:
        value: Any = self.doc.data
        for part in path:
            value = value[part]
        return value

    def want_mapping(
        self, path: PathKey, value: Any, required: Iterable[str], optional: Iterable[str] = ()
    ) -> dict[str, Any] | None:
        """Check ``value`` is a mapping with the required keys and no unknown ones."""
        if not isinstance(value, dict):
            self.fail(path, Message("content.expected_mapping", found=type_name(value)))
            return None
        required = list(required)
        allowed = [*required, *optional]
        for key in value:
            if key not in allowed:
                close = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.6)
                if close:
                    self.fail(
                        (*path, key), Message("content.unknown_key_close", key=shown(key), close=close[0])
                    )
                else:
                    self.fail(
                        (*path, key),
                        Message("content.unknown_key", key=shown(key), allowed=", ".join(allowed)),
                    )
        for key in required:
            if key not in value:
                self.fail(path, Message("content.missing_key", key=key))
        return value

    def want_int(
        self, path: PathKey, value: Any, low: int | None = None, high: int | None = None
    ) -> int | None:
        bounds = (
            f"{low}–{high}"
            if low is not None and high is not None
            else f"≥ {low}"
            if low is not None
            else f"≤ {high}"
            if high is not None
            else Message("content.digits", most=MAX_NUMBER_DIGITS)
        )
        if isinstance(value, LongNumber):
            self.fail(path, Message("content.out_of_range", value=value.kind, bounds=bounds))
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(path, Message("content.expected_int", found=type_name(value)))
            return None
        if (low is not None and value < low) or (high is not None and value > high):
            self.fail(path, Message("content.out_of_range", value=value, bounds=bounds))
            return None
        return value

    def want_str(
        self, path: PathKey, value: Any, pattern: re.Pattern[str] | None = None, what: str = ""
    ) -> str | None:
        """Text that shows something; with ``pattern``, ``what`` is the code naming what it is
        ("what.item_id")."""
        if not isinstance(value, str):
            self.fail(path, Message("content.expected_text", found=type_name(value)))
            return None
        if not value.strip():
            self.fail(path, Message("content.empty"))
            return None
        if only_invisible(value):
            # Zero-width spaces and the like look like text in an editor and show nothing on screen.
            hidden = ", ".join(dict.fromkeys(describe_character(ch) for ch in value if not ch.isspace()))
            self.fail(path, Message("content.only_invisible", characters=shown(hidden, 80)))
            return None
        if pattern is not None and not pattern.match(value):
            self.fail(
                path,
                Message(
                    "content.bad_pattern",
                    value=shown(value),
                    what=Message(what or "what.value"),
                    pattern=pattern.pattern,
                ),
            )
            return None
        return value

    def want_bool(self, path: PathKey, value: Any) -> bool | None:
        if not isinstance(value, bool):
            self.fail(path, Message("content.expected_bool", found=type_name(value)))
            return None
        return value

    def want_list(
        self, path: PathKey, value: Any, min_len: int = 0, max_len: int | None = None
    ) -> list[Any] | None:
        if not isinstance(value, list):
            self.fail(path, Message("content.expected_list", found=type_name(value)))
            return None
        if len(value) < min_len or (max_len is not None and len(value) > max_len):
            bounds = f"{min_len}–{max_len}" if max_len is not None else f"≥ {min_len}"
            self.fail(path, Message("content.entries", count=len(value), bounds=bounds))
            return None
        return value

    def want_text(self, path: PathKey, value: Any, english_required: bool = False) -> LocalText | None:
        """A ``{zh_CN: …, en: …}`` mapping (zh_CN required)."""
        required = ["zh_CN", "en"] if english_required else ["zh_CN"]
        optional = [] if english_required else ["en"]
        mapping = self.want_mapping(path, value, required, optional)
        if mapping is None:
            return None
        zh = self.want_str((*path, "zh_CN"), mapping["zh_CN"]) if "zh_CN" in mapping else None
        en = self.want_str((*path, "en"), mapping["en"]) if "en" in mapping else None
        return LocalText(zh, en) if zh is not None else None
