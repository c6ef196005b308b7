"""Saving an edited bank or form, the same way for both: refused with every problem when the file
would not load, refused when the file changed on disk since it was opened, else written at once
(a temporary file renamed over the old one); and the question asked before leaving unsaved work."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.atomic_file import atomic_write_bytes
from desktop.core.messages import localise
from desktop.core.yamldoc import ContentError
from desktop.ui.shell.formatting import fill
from desktop.ui.shell.widgets import show_error


def problem_text(field: str, message: str, lang: str) -> str:
    """``field: message`` with the message in the interface's language (a message with a code is
    translated; plain text is shown as it is)."""
    shown = localise(message, lang)
    return f"{field}: {shown}" if field else str(shown)


def error_text(error: ContentError, lang: str) -> str:
    """``file:line: field: message``, as ``check-content`` prints it, in the interface's language."""
    return f"{error.file}:{error.line}: {problem_text(error.field, error.message, lang)}"


def write_checked(
    parent: QWidget,
    path: Path,
    text: str,
    errors: Sequence[ContentError],
    opened_version: int,
    version_on_disk: Callable[[Path], int | None],
    lang: str,
) -> bool:
    """Write ``text`` to ``path`` unless ``errors`` or the file moved on since ``opened_version``
    (0: a new file). Says why not, in the parent's window; True when written."""
    title = QCoreApplication.translate("ContentFile", "Not saved")
    if errors:
        show_error(
            parent,
            title,
            QCoreApplication.translate("ContentFile", "The file would have problems:")
            + "\n"
            + "\n".join(error_text(e, lang) for e in errors[:20]),
        )
        return False
    on_disk = version_on_disk(path) if path.exists() else None
    if on_disk is not None and on_disk != opened_version:
        message = QCoreApplication.translate(
            "ContentFile",
            "%1 was changed elsewhere (now version %2, opened at version %3). Close the editor and open it again.",
        )
        show_error(parent, title, fill(message, str(path), on_disk, opened_version))
        return False
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, text.encode("utf-8"))
    except OSError as exc:
        show_error(
            parent,
            title,
            fill(
                QCoreApplication.translate("ContentFile", "Cannot write %1: %2. Nothing was changed."),
                str(path),
                exc.strerror or str(exc),
            ),
        )
        return False
    return True


def ask_before_leaving(parent: QWidget, save: Callable[[], bool]) -> bool:
    """Save, Discard or Cancel for unsaved changes; True when the editor may close."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ContentFile", "Unsaved changes"),
        QCoreApplication.translate("ContentFile", "Save the changes before leaving?"),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if answer == QMessageBox.StandardButton.Cancel:
        return False
    return answer != QMessageBox.StandardButton.Save or save()
