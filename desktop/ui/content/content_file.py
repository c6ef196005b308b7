"""Saving an edited bank or form, the same way for both, on the store worker (see
``desktop.content_save``: refused with every problem when the file would not load, refused when the
file changed on disk since it was opened, else written at once); the refusals said in the
interface's language; and the question asked before leaving unsaved work."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.content_save import SaveOutcome, SaveRequest, save_content_file, set_aside
from desktop.core.messages import localise
from desktop.core.yamldoc import ContentError
from desktop.paths import user_deleted_dir
from desktop.ui.shell.formatting import fill
from desktop.ui.shell.i18n import os_reason_text
from desktop.ui.shell.operations import Operations
from desktop.ui.shell.widgets import ask_yes_no, show_error


def problem_text(field: str, message: str, lang: str) -> str:
    """``field: message`` with the message in the interface's language (a message with a code is
    translated; plain text is shown as it is)."""
    shown = localise(message, lang)
    return f"{field}: {shown}" if field else str(shown)


def error_text(error: ContentError, lang: str) -> str:
    """``file:line: field: message``, as ``check-content`` prints it, in the interface's language."""
    return f"{error.file}:{error.line}: {problem_text(error.field, error.message, lang)}"


def save_in_background(
    parent: QWidget,
    operations: Operations,
    request: SaveRequest,
    label: str,
    lang: str,
    done: Callable[[bool], None],
) -> None:
    """Make, check and write the file of ``request`` on the store worker (the window keeps painting;
    the busy line shows ``label`` when it takes a while); then, on the UI thread, say in the parent's
    window why it was not written, if it was not, and call ``done(written)``."""

    def finished(outcome: SaveOutcome) -> None:
        if not outcome.written:
            show_error(
                parent, QCoreApplication.translate("ContentFile", "Not saved"), refusal_text(outcome, lang)
            )
        done(outcome.written)

    def failed(error: BaseException) -> None:
        outcome = SaveOutcome(request.path, os_error=str(error) or type(error).__name__)
        show_error(
            parent, QCoreApplication.translate("ContentFile", "Not saved"), refusal_text(outcome, lang)
        )
        done(False)

    operations.run(lambda _progress: save_content_file(request), finished, label=label, failed=failed)


def refusal_text(outcome: SaveOutcome, lang: str) -> str:
    """Why ``outcome`` wrote nothing, in the interface's language."""
    if outcome.errors:
        return (
            QCoreApplication.translate("ContentFile", "The file would have problems:")
            + "\n"
            + "\n".join(error_text(e, lang) for e in outcome.errors[:20])
        )
    if outcome.moved_on is not None:
        message = QCoreApplication.translate(
            "ContentFile",
            "%1 was changed elsewhere (now version %2, opened at version %3). Close the editor and open it again.",
        )
        return fill(message, str(outcome.path), outcome.moved_on, outcome.opened_version)
    return fill(
        QCoreApplication.translate("ContentFile", "Cannot write %1: %2. Nothing was changed."),
        str(outcome.path),
        localise(outcome.os_error, lang),
    )


def ask_before_leaving(parent: QWidget) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel for unsaved changes: the button the trainer chose."""
    return QMessageBox.question(
        parent,
        QCoreApplication.translate("ContentFile", "Unsaved changes"),
        QCoreApplication.translate("ContentFile", "Save the changes before leaving?"),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )


def delete_asked(parent: QWidget, data_dir: Path, path: Path, title: str, question: str) -> bool:
    """Ask ``question`` (No by default); on Yes move the file ``path`` into the data folder's deleted
    folder, where it is never loaded from (moved back, it is listed again). True when moved."""
    if not ask_yes_no(parent, title, question):
        return False
    try:
        set_aside(path, user_deleted_dir(data_dir), datetime.now())
    except OSError as exc:
        message = QCoreApplication.translate("ContentFile", "Cannot move %1: %2. Nothing was changed.")
        show_error(parent, title, fill(message, str(path), os_reason_text(exc)))
        return False
    return True
