"""About: the version, where the data and the log are, and the licences of the font and the libraries."""

from __future__ import annotations

import platform
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from desktop import __version__
from desktop.core.licences import FONT, LIBRARIES, installed_version
from desktop.ui.shell.formatting import fill
from desktop.ui.shell.widgets import plain_label

if TYPE_CHECKING:
    from desktop.ui.shell.context import AppContext


class AboutDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        from desktop.logfile import current_log_path, log_path
        from desktop.store.records import database_file

        self.setWindowTitle(self.tr("About Training Assessment"))
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Training Assessment"), "title"))
        self.version_label = plain_label(fill(self.tr("Version %1"), __version__))
        layout.addWidget(self.version_label)
        database = context.store.location if context.store is not None else database_file(context.data_dir)
        log_file = current_log_path() or log_path(context.data_dir)
        self.places = plain_label(
            "\n".join(
                (
                    fill(self.tr("Data folder: %1"), context.data_dir),
                    fill(self.tr("Database: %1"), database),
                    fill(self.tr("Log file: %1"), log_file),
                )
            ),
            wrap=True,
        )
        self.places.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.places)
        layout.addWidget(plain_label(self.tr("Licences"), "subtitle"))
        self.licences = QPlainTextEdit(self.licence_text())
        self.licences.setReadOnly(True)
        self.licences.setMinimumHeight(160)
        layout.addWidget(self.licences, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def licence_text(self) -> str:
        lines = [fill(self.tr("Font: %1 — %2"), FONT.name, FONT.licence), ""]
        for library in LIBRARIES:
            found = installed_version(library.distribution)
            if library.name == "Python":
                found = platform.python_version()
            elif library.distribution == "PySide6-Essentials":
                lines.append(f"PySide6 {found} (Qt for Python), Qt {qVersion()} — {library.licence}")
                continue
            lines.append(f"{library.name} {found} — {library.licence}".replace("  ", " "))
        return "\n".join(lines)
