"""Loading the content folders: the built-in instruments and banks, and the trainer's own beside them.

The shipped files are read-only and marked ``built_in``; the trainer's files (imported or edited)
live in the data folder's ``content/instruments`` and ``content/quizzes``. Each file loads on its
own: a broken file gives its errors and the rest still load. An id used by two files is an error
in the later file naming the earlier one (built-in files come first, so they always win).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from desktop.core.instrument_files import load_instrument
from desktop.core.instruments import Instrument
from desktop.core.messages import Message
from desktop.core.yamldoc import ContentError

CONTENT_SUFFIXES = (".yaml", ".yml")


def content_files(folder: Path | None) -> list[Path]:
    """The YAML files of ``folder`` in name order; none when the folder does not exist (yet)."""
    if folder is None or not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in CONTENT_SUFFIXES)


def load_instruments(
    folder: Path, user_folder: Path | None = None
) -> tuple[dict[str, Instrument], list[ContentError]]:
    """All valid instruments of ``folder`` (built-in) and ``user_folder`` by id, and the errors of the rest.

    Built-in files are named by their file name, the trainer's by their full path (so they can be found).
    """
    found: dict[str, Instrument] = {}
    errors: list[ContentError] = []
    entries = [(p, True) for p in content_files(folder)] + [(p, False) for p in content_files(user_folder)]
    for path, built_in in entries:
        name = path.name if built_in else str(path)
        instrument, file_errors = load_instrument(path, display_name=name)
        errors.extend(file_errors)
        if instrument is None:
            continue
        if instrument.id in found:
            first = found[instrument.id]
            errors.append(
                ContentError(
                    name,
                    1,
                    "id",
                    Message(
                        "form.id_used_built_in" if first.built_in else "form.id_used_by",
                        id=instrument.id,
                        file=first.file,
                    ),
                )
            )
            continue
        found[instrument.id] = dataclasses.replace(instrument, built_in=built_in)
    # Each file says where it goes in the lists of forms (``order:``); no id is special here.
    ordered = sorted(found.values(), key=lambda i: (i.order, i.id))
    return {i.id: i for i in ordered}, errors
