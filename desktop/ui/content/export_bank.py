"""Exporting a bank from the app: choose the format and the file, then see what was written and what
the format could not hold (each question with the reason, in the interface's language)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from desktop.atomic_file import atomic_write_bytes
from desktop.core.bank_model import Bank
from desktop.core.exporting import EXPORT_FORMATS, export_bank, suffix_for
from desktop.core.exporting.model import LeftOut
from desktop.core.filenames import safe_file_name
from desktop.core.messages import localise
from desktop.ui.shell.formatting import fill
from desktop.ui.shell.i18n import os_reason_text


def format_names() -> dict[str, str]:
    return {
        "xlsx": QCoreApplication.translate("ExportBank", "Excel table with Chinese headers (re-importable)"),
        "kahoot": QCoreApplication.translate("ExportBank", "Kahoot template (choice questions)"),
        "gift": QCoreApplication.translate("ExportBank", "Moodle GIFT"),
    }


def left_out_text(left: LeftOut) -> str:
    templates = {
        "kind": QCoreApplication.translate("ExportBank", "%1: not exported: the format has no %2 question kind"),
        "too_many_options": QCoreApplication.translate("ExportBank", "%1: not exported: %2 options; Kahoot takes at most 4"),
        "text_too_long": QCoreApplication.translate("ExportBank", "%1: not exported: the question is %2 characters; Kahoot allows 120"),
        "option_too_long": QCoreApplication.translate("ExportBank", "%1: not exported: option %2 is longer than Kahoot's 75 characters"),
        "separator": QCoreApplication.translate("ExportBank", "%1: not exported: an answer, tag or scoring point contains “%2”, which the import reads as a separator"),
        "arrow": QCoreApplication.translate("ExportBank", "%1: not exported: an answer contains “->”, which GIFT reads as a matching question"),
    }  # fmt: skip
    return fill(templates[left.code], left.question_id, left.detail)


def write_export(bank: Bank, fmt: str, path: Path, lang: str) -> str:
    """Write ``bank`` in ``fmt`` to ``path``; the report shown to the trainer. Raises OSError."""
    export = export_bank(bank, fmt)
    atomic_write_bytes(path, export.data)
    lines = [fill(QCoreApplication.translate("ExportBank", "%1 questions exported, %2 left out: %3"),
                  export.exported, len(export.left_out), str(path))]  # fmt: skip
    lines += [left_out_text(left) for left in export.left_out]
    lines += [str(localise(note, lang)) for note in export.notes]  # a picture left behind
    return "\n".join(lines)


def export_bank_interactively(parent: QWidget, bank: Bank, title: str, lang: str) -> str | None:
    """Ask for the format and the file, write, and show the report; the report, or None if cancelled."""
    names = format_names()
    choice, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("ExportBank", "Export bank"),
        fill(QCoreApplication.translate("ExportBank", "Export “%1” as:"), title),
        [names[f] for f in EXPORT_FORMATS],
        0,
        False,
    )
    if not ok:
        return None
    fmt = next(f for f in EXPORT_FORMATS if names[f] == choice)
    # Named after the bank's title, in the trainer's home folder (it was the id, in the app's own folder).
    suggested = Path.home() / safe_file_name(title or bank.id, suffix_for(fmt), bank.id)
    path, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ExportBank", "Export bank"), str(suggested)
    )
    if not path:
        return None
    try:
        report = write_export(bank, fmt, Path(path), lang)
    except OSError as exc:
        report = fill(
            QCoreApplication.translate("ExportBank", "Cannot write %1: %2"), path, os_reason_text(exc)
        )
        QMessageBox.warning(parent, QCoreApplication.translate("ExportBank", "Export bank"), report)
        return report
    QMessageBox.information(parent, QCoreApplication.translate("ExportBank", "Export bank"), report)
    return report
