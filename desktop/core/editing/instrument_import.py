"""Importing an instrument (assessment form) file from another trainer or computer. Pure Python.

The file is checked as ``check-content`` checks it. A form id that is new is added as the file is;
the trainer's own form of the same id is replaced by a newer version (raised past the one here, so
forms answered with the old one keep it: a version number is never reused for other text); a
built-in form's id is refused, since a built-in form is never replaced.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.editing.instrument_draft import InstrumentDraft, save_text
from desktop.core.instrument_files import parse_instrument
from desktop.core.instruments import Instrument
from desktop.core.messages import Message
from desktop.core.yamldoc import MAX_FILE_BYTES, ContentError, ContentLoadError, parse_yaml


@dataclass(frozen=True)
class InstrumentImport:
    #: where the form is written in the trainer's folder
    path: Path
    #: the text written: the file's own, or with its version raised past the form it replaces
    text: str = ""
    instrument_id: str = ""
    version: int = 0
    #: the trainer's own form of the same id that it replaces (None: a new form)
    replaces: Instrument | None = None
    errors: list[ContentError] = field(default_factory=list)


def plan_instrument_import(
    raw: bytes, name: str, current: Mapping[str, Instrument], folder: Path
) -> InstrumentImport:
    """What importing the file ``raw`` (shown as ``name``) into ``folder`` would write, given the forms
    ``current``ly loaded; ``errors`` when it would write nothing."""
    if len(raw) > MAX_FILE_BYTES:  # (the caller may have read no more than one byte past the cap)
        message = Message(
            "yaml.too_big", size=f"> {MAX_FILE_BYTES / 1e6:.1f}", most=MAX_FILE_BYTES // (1024 * 1024)
        )
        return InstrumentImport(folder, errors=[ContentError(name, 1, "(file)", message)])
    try:
        document = parse_yaml(raw, name)
        instrument, errors = parse_instrument(document)
    except ContentLoadError as exc:
        return InstrumentImport(folder, errors=exc.errors)
    if instrument is None or errors:
        return InstrumentImport(folder, errors=errors)
    existing = current.get(instrument.id)
    if existing is not None and existing.built_in:
        refused = Message("form.import_built_in", id=instrument.id)
        return InstrumentImport(folder, errors=[ContentError(name, document.line(("id",)), "id", refused)])
    text = raw.decode("utf-8-sig")  # it decoded so above: anything else was refused there
    if existing is None:
        return InstrumentImport(_free_path(folder, instrument.id), text, instrument.id, instrument.version)
    version = instrument.version
    if version <= existing.version:
        # Raised past the form here: its forms keep their version, new forms get the imported one.
        text, errors = save_text(InstrumentDraft({**document.data, "version": existing.version}))
        version = existing.version + 1
        if errors:
            return InstrumentImport(folder, errors=errors)
    return InstrumentImport(Path(existing.file), text, instrument.id, version, existing)


def _free_path(folder: Path, ident: str) -> Path:
    """``<id>.yaml`` in ``folder``, or ``<id>-2.yaml``… when a file that did not load has the name."""
    path, number = folder / f"{ident}.yaml", 1
    while path.exists():
        number += 1
        path = folder / f"{ident}-{number}.yaml"
    return path
