"""Saving a trainee's report as a PDF: the file is chosen on screen, the report written on the worker."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.ui.shell.formatting import fill
from desktop.ui.shell.widgets import show_saving_failed

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.ui.shell.context import AppContext


def save_report(parent: QWidget, context: AppContext, person_id: int) -> None:
    """Ask where to save the trainee's report (their name by default), then write it there."""
    from PySide6.QtWidgets import QFileDialog

    store = context.store
    person = store.person(person_id) if store is not None else None
    if person is None:  # the trainee's record went meanwhile (merged into another)
        return
    default = str(Path.home() / f"{person.name}.pdf")
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ReportSaving", "Save the trainee report"), default, "PDF (*.pdf)"
    )
    if path:
        write_report(parent, context, person_id, Path(path).with_suffix(".pdf"))


def write_report(parent: QWidget, context: AppContext, person_id: int, target: Path) -> None:
    """Write the trainee's report PDF on the worker (its pages counted on the busy line)."""
    from desktop.ui.scorecard.report_builder import report_texts, write_trainee_report

    # Its words translated here: the worker calls no Qt.
    instruments, lang, texts = context.instruments, context.lang, report_texts()

    context.run(
        lambda store, progress: write_trainee_report(
            store, instruments, person_id, lang, target, progress, texts=texts
        ),
        label=fill(QCoreApplication.translate("ReportSaving", "Writing the report %1…"), target.name),
        failed=lambda error: show_saving_failed(parent, target, error),
    )
