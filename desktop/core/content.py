"""Loading every instrument file of a folder, keeping the good ones and reporting the broken."""

from __future__ import annotations

from pathlib import Path

from desktop.core.instruments import Instrument, load_instrument
from desktop.core.yamldoc import ContentError

PREFERRED_ORDER = ("soothing", "eq", "communication")


def load_instruments(folder: Path) -> tuple[dict[str, Instrument], list[ContentError]]:
    """All valid instruments in ``folder`` by id, and the errors of the files that are not valid."""
    found: dict[str, Instrument] = {}
    errors: list[ContentError] = []
    for path in sorted(folder.glob("*.yaml")):
        instrument, file_errors = load_instrument(path, display_name=path.name)
        errors.extend(file_errors)
        if instrument is None:
            continue
        if instrument.id in found:
            errors.append(
                ContentError(
                    path.name,
                    1,
                    "id",
                    f"instrument id '{instrument.id}' is also used by {found[instrument.id].file}",
                )
            )
            continue
        found[instrument.id] = instrument
    ordered = sorted(found, key=lambda i: (PREFERRED_ORDER.index(i) if i in PREFERRED_ORDER else 99, i))
    return {i: found[i] for i in ordered}, errors
