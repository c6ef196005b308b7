"""The last line of defence: an unexpected error becomes a plain message, never a dead window.

Storage problems a user can fix (a full disk, a read-only or vanished data folder) are named in
plain words; anything else is shown briefly ("Something went wrong") with where the log is. The
traceback goes to the log file (desktop/logfile.py) and to "Copy details", never into the dialog's
text. Either way the app keeps running, and everything committed before stays committed (SQLite
rolls back a failed write).
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

if TYPE_CHECKING:
    from desktop.store.records import StorageProblem

log = logging.getLogger(__name__)

STORAGE_HINTS = (
    (
        "database or disk is full",
        QT_TRANSLATE_NOOP("ErrorGuard", "The disk is full: free some space, then try again."),
    ),
    (
        "disk i/o error",
        QT_TRANSLATE_NOOP("ErrorGuard", "The disk could not be written (it may be full or removed)."),
    ),
    (
        "readonly database",
        QT_TRANSLATE_NOOP(
            "ErrorGuard", "The data folder is read-only: choose a folder you can write to (--data-dir)."
        ),
    ),
    (
        "read-only",
        QT_TRANSLATE_NOOP(
            "ErrorGuard", "The data folder is read-only: choose a folder you can write to (--data-dir)."
        ),
    ),
    (
        "unable to open database file",
        QT_TRANSLATE_NOOP(
            "ErrorGuard", "The database file cannot be opened: the data folder may have been moved."
        ),
    ),
    ("no space left", QT_TRANSLATE_NOOP("ErrorGuard", "The disk is full: free some space, then try again.")),
    (
        "permission denied",
        QT_TRANSLATE_NOOP("ErrorGuard", "The app is not allowed to write there: choose another folder."),
    ),
)


def storage_problem_text(problem: StorageProblem) -> str:
    """Why the database is open read-only, where, and what to do: on the home screen and for every
    write refused meanwhile, in the same words."""
    from desktop.store.records import DISK_FULL

    if problem.kind == DISK_FULL:
        template = QCoreApplication.translate(
            "ErrorGuard",
            "The disk holding the data folder is full:\n%1\nThe app opened the data read-only: results can "
            "be viewed, exported and reported, but nothing new can be saved. Free some space on that disk, "
            "then restart the app.",
        )
    else:
        template = QCoreApplication.translate(
            "ErrorGuard",
            "The data folder is read-only:\n%1\nThe app opened the data read-only: results can be viewed, "
            "exported and reported, but nothing new can be saved. Make the folder writable, or start the "
            "app with --data-dir on a folder you can write to, then restart it.",
        )
    return template.replace("%1", str(problem.folder))


def explain(error: BaseException) -> str:
    """A sentence a trainer can act on, from an exception (a StorageError carries SQLite's own words)."""
    problem = getattr(error, "problem", None)
    if problem is not None:  # refused because the database is open read-only: say why, as at start
        return storage_problem_text(problem)
    if _server_unreachable(error):
        return QCoreApplication.translate(
            "ErrorGuard",
            "The database server cannot be reached (is it running, is the network up?). "
            "The app reconnects by itself once the server answers.",
        )
    text = str(getattr(error, "detail", error)).lower()
    for needle, advice in STORAGE_HINTS:
        if needle in text:
            # QT_TRANSLATE_NOOP is typed as returning object; it hands its text back unchanged
            return QCoreApplication.translate("ErrorGuard", str(advice))
    reason = getattr(error, "reason", None)
    if isinstance(reason, str) and reason:  # a refused write the store put in plain words (a Message)
        from desktop.ui.shell.i18n import said_here

        return QCoreApplication.translate("ErrorGuard", "The database refused it: %1.").replace(
            "%1", said_here(reason)
        )
    return QCoreApplication.translate("ErrorGuard", "Something went wrong: %1").replace(
        "%1", f"{type(error).__name__}: {error}"
    )


def details_text(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    """What "Copy details" puts on the clipboard for whoever supports the trainer: versions, the log
    file and the traceback."""
    from desktop import __version__
    from desktop.logfile import current_log_path

    lines = [
        f"Training Assessment {__version__}",
        f"Python {platform.python_version()}, Qt {qVersion()}, {platform.platform()}",
        f"Log: {current_log_path() or '-'}",
        "",
    ]
    return "\n".join(lines) + "".join(traceback.format_exception(kind, error, tb))


def _server_unreachable(error: BaseException) -> bool:
    """A write refused (StorageError) or a read that failed because the database server went away."""
    from desktop.store.errors import SERVER_UNREACHABLE, plain_reason

    if getattr(error, "reason", None) == SERVER_UNREACHABLE:
        return True
    from_database = type(error).__module__.split(".")[0] in ("sqlalchemy", "psycopg")
    return from_database and plain_reason(str(error)) == SERVER_UNREACHABLE


def _is_storage_problem(error: BaseException) -> bool:
    if getattr(error, "problem", None) is not None or _server_unreachable(error):
        return True
    text = str(getattr(error, "detail", error)).lower()
    return any(needle in text for needle, _advice in STORAGE_HINTS)


class ErrorDialog(QMessageBox):
    """A plain message and a "Copy details" button (which copies and leaves the dialog open)."""

    def __init__(self, parent: QWidget | None, title: str, text: str, details: str):
        super().__init__(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.details = details
        self.copy_button = self.addButton(
            QCoreApplication.translate("ErrorGuard", "Copy details"), QMessageBox.ButtonRole.ActionRole
        )
        # A message box closes on any button; this one only copies.
        self.copy_button.clicked.disconnect()
        self.copy_button.clicked.connect(self.copy_details)
        self.setDefaultButton(QMessageBox.StandardButton.Ok)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)
        self.copy_button.setText(QCoreApplication.translate("ErrorGuard", "Copied"))


def show_unexpected(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """Log the error with its traceback, then tell the user in plain words (no traceback shown)."""
    log.error("unexpected error", exc_info=(kind, error, tb))
    from desktop.logfile import current_log_path

    if _is_storage_problem(error):
        title = QCoreApplication.translate("ErrorGuard", "Not saved")
    else:
        title = QCoreApplication.translate("ErrorGuard", "Something went wrong")
    text = (
        explain(error)
        + "\n\n"
        + QCoreApplication.translate(
            "ErrorGuard", "Everything saved before this is kept; the app keeps running."
        )
    )
    where = current_log_path()
    if where is not None:
        text += "\n" + QCoreApplication.translate("ErrorGuard", "The details are in the log: %1").replace(
            "%1", str(where)
        )
    ErrorDialog(QApplication.activeWindow(), title, text, details_text(kind, error, tb)).exec()


def install() -> None:
    """Show uncaught exceptions from slots and timers as a message box instead of dying."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if QApplication.instance() is None or isinstance(error, KeyboardInterrupt):
            previous(kind, error, tb)
            return
        traceback.print_exception(kind, error, tb, file=sys.stderr)
        show_unexpected(kind, error, tb)

    sys.excepthook = hook
