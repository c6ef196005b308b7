"""Database settings: this computer's SQLite file, or a department's shared PostgreSQL server by URL.

The choice is saved in the data folder (``database.ini``) and used from the next start; "Test
connection" asks the server on a worker thread (it may take the connect timeout) and says what it
found: the server's version, its schema and its trainees, or why it cannot be used.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop import database_choice
from desktop.ui.shell.formatting import fill
from desktop.ui.shell.i18n import said_here
from desktop.ui.shell.widgets import plain_label

if TYPE_CHECKING:
    from desktop.store.records import ServerCheck

EXAMPLE_URL = "postgresql://trainer@db.example.org/training"


class DatabaseDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.setWindowTitle(self.tr("Database"))
        layout = QVBoxLayout(self)
        self.local = QRadioButton(self.tr("This computer: the file in the data folder (one computer)"))
        self.server = QRadioButton(self.tr("A shared PostgreSQL server (several computers, one history)"))
        self.url = QLineEdit()
        self.url.setPlaceholderText(EXAMPLE_URL)
        self.url.setAccessibleName(self.tr("Server address"))
        self.test_button = QPushButton(self.tr("Test connection"))
        self.outcome = plain_label("", "hint", wrap=True)
        saved = database_choice.saved_database_url(self.data_dir)
        (self.server if saved else self.local).setChecked(True)
        self.url.setText(saved or "")
        for widget in (
            self.local,
            self.server,
            plain_label(self.tr("Server address (the password may be left out: ~/.pgpass)"), "hint"),
            self.url,
        ):
            layout.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.outcome)
        layout.addWidget(
            plain_label(self.tr("The choice is used from the next start of the app."), "hint", wrap=True)
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.local.toggled.connect(self._sync)
        self.url.textEdited.connect(lambda _text: self.server.setChecked(True))
        self.test_button.clicked.connect(self.test_connection)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="database-test")
        self._pending: Future[ServerCheck] | None = None
        self._poll = QTimer(self, interval=50)
        self._poll.timeout.connect(self._check_done)
        self._sync()

    def chosen_url(self) -> str | None:
        return self.url.text().strip() if self.server.isChecked() else None

    def _sync(self) -> None:
        self.url.setEnabled(self.server.isChecked())
        self.test_button.setEnabled(self.server.isChecked() and self._pending is None)

    def test_connection(self) -> None:
        url = self.chosen_url()
        if url is None or not database_choice.is_server_address(url):
            self.outcome.setText(fill(self.tr("Type the server's address, e.g. %1"), EXAMPLE_URL))
            return
        from desktop.store.store import Store

        self.outcome.setText(self.tr("Connecting…"))
        self._pending = self._pool.submit(Store.check_server, url)
        self._sync()
        self._poll.start()

    def _check_done(self) -> None:
        if self._pending is None or not self._pending.done():
            return
        self._poll.stop()
        check = self._pending.result()
        self._pending = None
        self._sync()
        self.outcome.setText(self.describe(check))

    def describe(self, check: ServerCheck) -> str:
        if check.problem is not None:
            return fill(self.tr("Cannot use this server: %1"), said_here(check.problem))
        if check.newer:
            return fill(
                self.tr(
                    "Connected, but a newer version of the app wrote its data (schema %1): update this app."
                ),
                check.schema_version,
            )
        if not check.schema_version:
            return fill(
                self.tr(
                    "Connected to PostgreSQL %1. The database is empty: the app creates its tables at start."
                ),
                check.server_version,
            )
        return fill(
            self.tr("Connected to PostgreSQL %1: %2 trainees, %3 forms, %4 PK sessions."),
            check.server_version,
            check.rows.get("person", 0),
            check.rows.get("assessment", 0),
            check.rows.get("pk_session", 0),
        )

    def save(self) -> None:
        url = self.chosen_url()
        if self.server.isChecked() and not database_choice.is_server_address(url):
            self.outcome.setText(fill(self.tr("Type the server's address, e.g. %1"), EXAMPLE_URL))
            return
        try:
            database_choice.save_database_url(self.data_dir, url)
        except OSError as exc:
            self.outcome.setText(fill(self.tr("The choice was not saved: %1"), exc.strerror or exc))
            return
        self.accept()

    def done(self, result: int) -> None:
        self._poll.stop()
        self._pool.shutdown(wait=False, cancel_futures=True)
        super().done(result)
