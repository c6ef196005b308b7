"""Turning YAML nodes into Python values without ever raising anything but a content problem.

PyYAML's own constructors raise ValueError, KeyError or IndexError on values a hand-edited file
easily holds (``2026-13-45`` is read as a date and fails; a 5,000-digit number trips Python's limit
on int(); ``!!bool maybe``; ``!!int ""``). Here every scalar is built by us: text, whole and decimal
numbers, true/false and nothing become plain Python values; a value no content field takes (a date,
binary data, a set, a number too long to be one) becomes an :class:`OddValue` that the field's own
check reports as the wrong kind of value; anything else is a :class:`ValueProblem`. Pure Python.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

from desktop.core.messages import Message
from desktop.core.textrules import shown

TAG = "tag:yaml.org,2002:"
#: No field needs more digits; Python's int() refuses more than 4,300 (it raises ValueError).
MAX_NUMBER_DIGITS = 30

_BOOL = {"yes": True, "no": False, "true": True, "false": False, "on": True, "off": False}
_DATE_ONLY = re.compile(r"^\d{4}-\d\d?-\d\d?$")


class ValueProblem(Exception):
    """A value that cannot be read at all; ``message`` says why (the caller adds file, line, field)."""

    def __init__(self, message: Message):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class OddValue:
    """A value YAML can write but no content field takes, kept with its source text."""

    kind: Message  # what it is, in the words of a message: "a date", "binary data", "a set"
    text: str

    def describe(self) -> Message:
        return Message("type.odd", kind=self.kind, text=shown(self.text))

    def __str__(self) -> str:
        return shown(self.text)


@dataclass(frozen=True)
class LongNumber(OddValue):
    """A whole number with more than :data:`MAX_NUMBER_DIGITS` digits (never converted)."""

    digits: int = 0


def short_tag(tag: str) -> str:
    return "!!" + tag[len(TAG) :] if tag.startswith(TAG) else tag


def refusal(tag: str, on: str = "") -> ValueProblem:
    """``on``: "mapping" or "list" for a tag on a collection; "" for one on a value."""
    code = {"mapping": "yaml.tag_on_mapping", "list": "yaml.tag_on_list"}.get(on, "yaml.tag_refused")
    return ValueProblem(Message(code, tag=short_tag(tag)))


def build_scalar(node: yaml.ScalarNode) -> Any:
    """The Python value of a scalar node; raises only :class:`ValueProblem`."""
    tag, text = node.tag, node.value
    kind = tag[len(TAG) :] if tag.startswith(TAG) else None
    if kind in ("str", "value", "merge"):  # "=" and "<<" as values are just text
        return text
    if kind == "null":
        return None
    if kind == "bool":
        if text.lower() not in _BOOL:
            raise ValueProblem(Message("value.not_bool", text=shown(text)))
        return _BOOL[text.lower()]
    if kind == "int":
        return _whole_number(text)
    if kind == "float":
        return _decimal_number(text)
    if kind == "timestamp":
        return OddValue(Message("type.date" if _DATE_ONLY.match(text.strip()) else "type.datetime"), text)
    if kind == "binary":
        return OddValue(Message("type.binary"), "!!binary")
    raise refusal(tag)


def odd_collection(node: yaml.Node) -> OddValue | None:
    """A set, ordered map or list of pairs as an :class:`OddValue`; None for a plain mapping or list.

    Raises :class:`ValueProblem` for any other tag on a collection.
    """
    plain = TAG + ("map" if isinstance(node, yaml.MappingNode) else "seq")
    if node.tag == plain:
        return None
    known: dict[tuple[type, str], str] = {
        (yaml.MappingNode, TAG + "set"): "type.set",
        (yaml.SequenceNode, TAG + "omap"): "type.omap",
        (yaml.SequenceNode, TAG + "pairs"): "type.pairs",
    }
    odd = known.get((type(node), node.tag))
    if odd is None:
        raise refusal(node.tag, "mapping" if isinstance(node, yaml.MappingNode) else "list")
    return OddValue(Message(odd), short_tag(node.tag))


def _sign_and_body(text: str) -> tuple[int, str]:
    value = text.replace("_", "").strip()
    sign = -1 if value.startswith("-") else 1
    return sign, value[1:] if value[:1] in ("+", "-") else value


def _whole_number(text: str) -> int | LongNumber:
    sign, body = _sign_and_body(text)
    digits = len(body.replace(":", ""))
    if digits > MAX_NUMBER_DIGITS:
        return LongNumber(Message("type.long_number", digits=digits), text, digits)
    try:
        if body.startswith("0b"):
            number = int(body[2:], 2)
        elif body.startswith("0x"):
            number = int(body[2:], 16)
        elif body.startswith("0") and body != "0":
            number = int(body, 8)
        elif ":" in body:  # YAML 1.1 base 60: 1:30 is 90
            number = 0
            for part in body.split(":"):
                number = number * 60 + int(part)
        else:
            number = int(body)
    except ValueError:
        raise ValueProblem(Message("value.not_int", text=shown(text))) from None
    return sign * number


def _decimal_number(text: str) -> float:
    sign, body = _sign_and_body(text)
    body = body.lower()
    try:
        if body == ".inf":
            return sign * float("inf")
        if body == ".nan":
            return float("nan")
        if ":" in body:
            number = 0.0
            for part in body.split(":"):
                number = number * 60 + float(part)
            return sign * number
        return sign * float(body)
    except ValueError:
        raise ValueProblem(Message("value.not_number", text=shown(text))) from None
