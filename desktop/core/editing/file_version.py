"""The version a content file on disk says it is, read without building the file. Pure Python.

A save first asks whether the file moved on since the editor opened it (someone saved it elsewhere);
loading a 500-question bank through every check only to read its version took as long as the save
itself, so only the YAML nodes are composed here and the one value looked up.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from desktop.core.yamldoc import MAX_FILE_BYTES, ContentLoadError, decode_text

try:  # the C loader is several times faster where libyaml is available
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the wheel
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]  # same interface, pure Python

#: where a bank file and an instrument file keep their version
BANK_VERSION = ("bank", "version")
INSTRUMENT_VERSION = ("version",)
_WHOLE_NUMBER = re.compile(r"[0-9]{1,9}")


def version_on_disk(path: Path, keys: tuple[str, ...]) -> int | None:
    """The whole number at ``keys`` of the YAML file ``path``; None when the file is not there, does
    not read as YAML up to that value, or has no whole number there."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return None
        text = decode_text(path.read_bytes(), str(path))
        return _find_int(text, keys)
    except (OSError, ContentLoadError, yaml.YAMLError):
        return None


def _find_int(text: str, keys: tuple[str, ...]) -> int | None:
    # The parser's events, one at a time, stopping at the value: the version sits near the top, so
    # the rest of the file is never read (and the save's worker never holds the interpreter for long).
    loader = _Loader(text)
    try:
        if not isinstance(loader.get_event(), yaml.StreamStartEvent):
            return None
        if not isinstance(loader.get_event(), yaml.DocumentStartEvent):
            return None
        return _value_at(loader, keys)
    finally:
        loader.dispose()


def _value_at(loader: _Loader, keys: tuple[str, ...]) -> int | None:
    """The whole number at ``keys`` under the node whose events come next."""
    event = loader.get_event()
    if not keys:
        if not isinstance(event, yaml.ScalarEvent) or event.style or not event.implicit[0]:
            return None  # a quoted "3" is a text, not a version
        return int(event.value) if _WHOLE_NUMBER.fullmatch(event.value) else None
    if not isinstance(event, yaml.MappingStartEvent):
        return None
    while not isinstance(loader.peek_event(), yaml.MappingEndEvent):
        key = loader.get_event()
        if isinstance(key, yaml.ScalarEvent) and key.value == keys[0]:
            return _value_at(loader, keys[1:])
        _skip_rest(loader, key)  # a key that is a mapping or a list: never the one wanted
        _skip_rest(loader, loader.get_event())  # the key's value
    return None


def _skip_rest(loader: _Loader, first: yaml.Event | None) -> None:
    """Read past the node that ``first`` begins."""
    depth = 1 if isinstance(first, (yaml.MappingStartEvent, yaml.SequenceStartEvent)) else 0
    while depth:
        event = loader.get_event()
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1
