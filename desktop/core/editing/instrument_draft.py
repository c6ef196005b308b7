"""An instrument (assessment form) as the editor holds it: the file's own data, changed one text, item
or band at a time, checked by the very parser that loads it. Pure Python.

The draft is the file's mapping itself, so everything the editor does not show (kind, order,
report pages, sources) is written back as it was. Each change returns a new draft (undo keeps the
one before). Existing item and dimension ids never change: answered forms refer to them.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from dataclasses import dataclass
from typing import Any

from desktop.core.editing.bank_check import dump_document
from desktop.core.instrument_files import parse_instrument
from desktop.core.yamldoc import ContentError, ContentLoadError, PathKey, YamlDocument, parse_yaml

Problem = tuple[str, str]
_NUMBERED = re.compile(r"^(.*?)(\d+)$")


def next_id(used: list[str], fallback_prefix: str) -> str:
    """An id in the pattern of ``used`` (``s21`` after ``s20``, ``com-017`` after ``com-016``) that
    none of them is; ``<fallback_prefix>1`` when none is numbered."""
    prefix, width, number = fallback_prefix, 1, 0
    for ident in used:
        match = _NUMBERED.match(ident)
        if match:
            prefix, width = match.group(1), len(match.group(2))
            number = max(number, int(match.group(2)))
    taken = set(used)
    number += 1
    while f"{prefix}{number:0{width}d}" in taken:
        number += 1
    return f"{prefix}{number:0{width}d}"


@dataclass(frozen=True)
class InstrumentDraft:
    #: the file's mapping; never changed in place (every edit makes a new draft)
    data: dict[str, Any]
    file: str = ""
    built_in: bool = False

    @property
    def id(self) -> str:
        return str(self.data.get("id", ""))

    @property
    def version(self) -> int:
        version = self.data.get("version")
        return version if isinstance(version, int) and not isinstance(version, bool) else 0

    def get(self, path: PathKey, default: Any = None) -> Any:
        value: Any = self.data
        for part in path:
            try:
                value = value[part]
            except (KeyError, IndexError, TypeError):
                return default
        return value

    def entries(self, key: str) -> list[dict[str, Any]]:
        """The file's ``items``, ``dimensions`` or ``bands`` (an empty list when it has none)."""
        value = self.data.get(key)
        return value if isinstance(value, list) else []

    def text(self, path: PathKey, language: int) -> str:
        """The Chinese (0) or English (1) of the text at ``path``; "" when not written."""
        value = self.get(path)
        if not isinstance(value, dict):
            return ""
        text = value.get("zh_CN" if language == 0 else "en", "")
        return text if isinstance(text, str) else str(text)

    # -- changes (each returns a new draft) ------------------------------------------------------
    def _changed(self, change: Any) -> InstrumentDraft:
        data = copy.deepcopy(self.data)
        change(data)
        return dataclasses.replace(self, data=data)

    def with_value(self, path: PathKey, value: Any) -> InstrumentDraft:
        def change(data: Any) -> None:
            for part in path[:-1]:
                data = data[part]
            data[path[-1]] = value

        return self._changed(change)

    def with_text(self, path: PathKey, language: int, text: str) -> InstrumentDraft:
        """The text at ``path`` with its Chinese or English replaced (an English left empty is dropped;
        an optional text left wholly empty is dropped too)."""
        old = self.get(path)
        mapping = dict(old) if isinstance(old, dict) else {}
        mapping["zh_CN" if language == 0 else "en"] = text
        if not mapping.get("en"):
            mapping.pop("en", None)
        mapping.setdefault("zh_CN", "")
        optional = path in (("description",),) or (
            len(path) == 3 and path[0] == "dimensions" and path[2] == "description"
        )
        if optional and not mapping["zh_CN"] and "en" not in mapping:
            return self._changed(lambda data: _drop(data, path))
        return self.with_value(
            path, {"zh_CN": mapping["zh_CN"], **({"en": mapping["en"]} if "en" in mapping else {})}
        )

    def with_item_added(self, after: int | None = None) -> InstrumentDraft:
        """A new item (empty text, reported until written) after item ``after``, in its dimension."""
        items = self.entries("items")
        ident = next_id([str(i.get("id", "")) for i in items], "item")
        source = items[after] if after is not None and 0 <= after < len(items) else None
        dimensions = self.entries("dimensions")
        dimension = (source or {}).get("dimension") or (dimensions[0].get("id") if dimensions else "")
        item = {"id": ident, "dimension": dimension, "text": {"zh_CN": ""}}
        at = len(items) if after is None else after + 1
        return self._changed(lambda data: data.setdefault("items", []).insert(at, item))

    def with_band_added(self) -> InstrumentDraft:
        """A new band (its range and texts to fill in) at the end."""
        band = {"min": 0, "max": 0, "label": {"zh_CN": ""}, "advice": {"zh_CN": ""}}
        return self._changed(lambda data: data.setdefault("bands", []).append(band))

    def with_dimension_added(self, after: int | None = None) -> InstrumentDraft:
        """A new dimension after dimension ``after`` (at the end for None): an id in the file's pattern,
        its name to write (reported until written, as its having no statements yet is)."""
        dimensions = self.entries("dimensions")
        ident = next_id([str(d.get("id", "")) for d in dimensions], "dimension")
        at = len(dimensions) if after is None else after + 1
        entry = {"id": ident, "name": {"zh_CN": ""}}
        return self._changed(lambda data: data.setdefault("dimensions", []).insert(at, entry))

    def statements_of(self, dimension: int) -> list[int]:
        """The indices of the items of dimension number ``dimension``."""
        dimensions = self.entries("dimensions")
        if not 0 <= dimension < len(dimensions):
            return []
        ident = dimensions[dimension].get("id")
        return [i for i, item in enumerate(self.entries("items")) if item.get("dimension") == ident]

    def without_dimension(self, index: int) -> InstrumentDraft:
        """Dimension ``index`` removed with its statements (forms already answered keep theirs: the
        version they were answered with is kept)."""
        gone = set(self.statements_of(index))

        def change(data: Any) -> None:
            del data["dimensions"][index]
            if gone:
                data["items"] = [item for i, item in enumerate(data["items"]) if i not in gone]

        return self._changed(change)

    def with_scale(self, low: int, high: int) -> InstrumentDraft:
        """The answer scale from ``low`` to ``high``; each label stays with its value, a new value gets
        an empty label (reported until written)."""
        old_low = self.get(("scale", "min"))
        labels = self.get(("scale", "labels"))
        by_value: dict[int, Any] = {}
        if isinstance(old_low, int) and isinstance(labels, list):
            by_value = {old_low + i: label for i, label in enumerate(labels)}

        def change(data: Any) -> None:
            scale = data.setdefault("scale", {})
            scale["min"], scale["max"] = low, high
            scale["labels"] = [by_value.get(v, {"zh_CN": ""}) for v in range(low, high + 1)]

        return self._changed(change)

    def without(self, key: str, index: int) -> InstrumentDraft:
        def change(data: Any) -> None:
            del data[key][index]
            if key == "bands" and not data[key]:
                del data[key]

        return self._changed(change)

    def moved(self, key: str, index: int, to: int) -> InstrumentDraft:
        return self._changed(lambda data: data[key].insert(to, data[key].pop(index)))


def _drop(data: Any, path: PathKey) -> None:
    for part in path[:-1]:
        data = data[part]
    data.pop(path[-1], None)


def draft_problems(draft: InstrumentDraft) -> tuple[Problem, ...]:
    """What ``check-content`` would say about the instrument, as (field, message)."""
    # A copy not yet written has version 0; what will be checked is the version a save writes.
    data = {**draft.data, "version": draft.version + 1}
    _instrument, errors = parse_instrument(YamlDocument(draft.file or "draft", data))
    return tuple((e.field, e.message) for e in errors)


def save_text(draft: InstrumentDraft) -> tuple[str, list[ContentError]]:
    """The file a save writes (version raised by one) and what ``check-content`` says about it."""
    data = dict(draft.data)
    data["version"] = draft.version + 1
    text = dump_document(data)
    name = draft.file or f"{draft.id}.yaml"
    try:
        _instrument, errors = parse_instrument(parse_yaml(text, name))
    except ContentLoadError as exc:
        errors = exc.errors
    return text, errors


def copy_for_editing(draft: InstrumentDraft, used_ids: list[str], folder: str) -> InstrumentDraft:
    """The trainer's own copy: a free id, "(copy)" in the title, a file in ``folder``, not yet written
    (version 0: its first save writes version 1). Item ids stay."""
    ident, number = f"{draft.id}_copy", 1
    while ident in used_ids:
        number += 1
        ident = f"{draft.id}_copy{number}"
    title = draft.get(("title",))
    zh = title.get("zh_CN", "") if isinstance(title, dict) else ""
    en = title.get("en", "") if isinstance(title, dict) else ""
    data = copy.deepcopy(draft.data)
    data["id"], data["version"] = ident, 0
    data["title"] = {"zh_CN": f"{zh}（副本）", **({"en": f"{en} (copy)"} if en else {})}
    return InstrumentDraft(data, f"{folder}/{ident}.yaml", built_in=False)
