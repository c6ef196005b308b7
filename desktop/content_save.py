"""Saving an edited bank or form file, and setting a deleted one aside. Saving is the same for both: the file's text made and checked as it
will be written, refused with every problem when it would not load, refused when the file moved on
since it was opened, else written at once (a temporary file renamed over the old one).

No Qt here: the editors run this on the store worker, so a 500-question bank is dumped, checked and
written while the window keeps painting and taking keys.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.atomic_file import atomic_write_bytes
from desktop.core.editing.file_version import version_on_disk
from desktop.core.messages import os_reason
from desktop.core.yamldoc import ContentError

#: the file's text as a save writes it, and what ``check-content`` says about that text
MakeText = Callable[[], tuple[str, list[ContentError]]]


@dataclass(frozen=True)
class SaveRequest:
    path: Path
    make_text: MakeText
    #: the version the editor opened (0: a file not written yet, or a copy written without asking)
    opened_version: int
    #: where the file keeps its version (``file_version.BANK_VERSION``…); () to write without asking
    version_keys: tuple[str, ...] = ()


@dataclass(frozen=True)
class SaveOutcome:
    path: Path
    #: what would be wrong with the file (nothing was written)
    errors: tuple[ContentError, ...] = ()
    #: the version on disk when it is no longer the one opened (saved elsewhere; nothing was written)
    moved_on: int | None = None
    opened_version: int = 0
    #: why the file could not be written, in the system's words (nothing was changed)
    os_error: str = ""

    @property
    def written(self) -> bool:
        return not self.errors and self.moved_on is None and not self.os_error


def save_content_file(request: SaveRequest) -> SaveOutcome:
    """Make, check and write the file of ``request``; what happened is in the outcome."""
    path = request.path
    text, errors = request.make_text()
    if errors:
        return SaveOutcome(path, errors=tuple(errors))
    if request.version_keys:
        on_disk = version_on_disk(path, request.version_keys)
        if on_disk is not None and on_disk != request.opened_version:
            return SaveOutcome(path, moved_on=on_disk, opened_version=request.opened_version)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, text.encode("utf-8"))
    except OSError as exc:
        return SaveOutcome(path, os_error=os_reason(exc))  # a Message: said in the interface's language
    return SaveOutcome(path)


def set_aside(path: Path, folder: Path, now: datetime) -> Path:
    """Move the file ``path`` into ``folder`` (made when missing) under its own name, or with the time
    added when that name is taken there; the new path. Nothing is ever overwritten."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / path.name
    number = 1
    while target.exists():
        stamp = now.strftime("%Y%m%d-%H%M%S")
        target = folder / f"{path.stem}-{stamp}{'' if number == 1 else f'-{number}'}{path.suffix}"
        number += 1
    os.replace(path, target)
    return target
