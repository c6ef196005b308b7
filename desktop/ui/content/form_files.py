"""An assessment form's file to and from another computer: Export writes the form's YAML file as it
is; Import checks a file as ``check-content`` does, adds a new form or replaces the trainer's own of
the same id with a newer version (asked first), and is written like an editor's save (on the worker,
refused when it would not load)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.atomic_file import atomic_write_bytes
from desktop.content_save import SaveRequest
from desktop.core.editing.file_version import INSTRUMENT_VERSION
from desktop.core.editing.instrument_import import InstrumentImport, plan_instrument_import
from desktop.core.filenames import safe_file_name
from desktop.core.instruments import Instrument
from desktop.core.yamldoc import MAX_FILE_BYTES, ContentError
from desktop.paths import instruments_dir, user_instruments_dir
from desktop.ui.content.content_file import error_text, save_in_background
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.formatting import fill
from desktop.ui.shell.i18n import os_reason_text
from desktop.ui.shell.widgets import ask_yes_no, show_error

_YAML_FILTER = "YAML (*.yaml *.yml)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("FormFiles", text)


def form_file(instrument: Instrument) -> Path:
    """Where the form's file is: a built-in form is listed by its file name, the trainer's by its path."""
    return instruments_dir() / instrument.file if instrument.built_in else Path(instrument.file)


def export_form_interactively(parent: QWidget, instrument: Instrument) -> Path | None:
    """Ask where, and write the form's file there as it is; the file written, or None."""
    suggested = safe_file_name(instrument.id, ".yaml", "form")
    chosen, _filter = QFileDialog.getSaveFileName(parent, _tr("Export form"), suggested, _YAML_FILTER)
    if not chosen:
        return None
    path = Path(chosen)
    try:
        atomic_write_bytes(path, form_file(instrument).read_bytes())
    except OSError as exc:
        show_error(
            parent, _tr("Export form"), fill(_tr("Cannot write %1: %2"), str(path), os_reason_text(exc))
        )
        return None
    QMessageBox.information(
        parent, _tr("Export form"), fill(_tr("The form %1 (version %2) was written to %3."), instrument.id,
                                         instrument.version, str(path))
    )  # fmt: skip
    return path


def import_form_interactively(parent: QWidget, context: AppContext, done: Callable[[str], None]) -> None:
    """Ask for a file, check it, ask before replacing a form, and write it; ``done(form id)`` once written."""
    chosen, _filter = QFileDialog.getOpenFileName(parent, _tr("Import form"), "", _YAML_FILTER)
    if not chosen:
        return
    path = Path(chosen)
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_FILE_BYTES + 1)  # a bigger file is refused without reading it all
    except OSError as exc:
        show_error(
            parent, _tr("Import form"), fill(_tr("Cannot read %1: %2"), str(path), os_reason_text(exc))
        )
        return
    plan = plan_instrument_import(raw, path.name, context.instruments, user_instruments_dir(context.data_dir))
    if plan.errors:
        _show_problems(parent, plan.errors, context.lang)
        return
    if plan.replaces is not None and not ask_yes_no(parent, _tr("Import form"), _replace_question(plan)):
        return
    opened = plan.replaces.version if plan.replaces is not None else 0
    request = SaveRequest(
        plan.path, lambda: (plan.text, []), opened, INSTRUMENT_VERSION if plan.replaces else ()
    )
    label = fill(_tr("Importing the form %1…"), plan.instrument_id)

    def written(ok: bool) -> None:
        if ok:
            done(plan.instrument_id)

    save_in_background(parent, context.operations, request, label, context.lang, written)


def _replace_question(plan: InstrumentImport) -> str:
    assert plan.replaces is not None
    return fill(
        _tr("Replace your form %1 (version %2) with the one in the file, as version %3? Forms already answered "
            "keep the version they were answered with; new forms use the imported one."),
        plan.instrument_id, plan.replaces.version, plan.version,
    )  # fmt: skip


def _show_problems(parent: QWidget, errors: list[ContentError], lang: str) -> None:
    lines = "\n".join(error_text(e, lang) for e in errors[:20])
    show_error(parent, _tr("Import form"), _tr("The file was not imported:") + "\n" + lines)
