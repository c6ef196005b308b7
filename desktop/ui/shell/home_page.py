"""Home: the jobs that work today, unfinished forms to resume, content files with errors, and what
happened to the database (damaged at start, restored from a backup)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.store.changes import Changes
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.formatting import fill, fmt_date
from desktop.ui.shell.job_button import JobButton
from desktop.ui.shell.layouts import ReflowGrid, scroll_area
from desktop.ui.shell.qt_properties import (
    selectable_by_mouse,
    take_no_focus,
    take_strong_focus,
    within_widget_and_children,
)
from desktop.ui.shell.unfinished_list import UnfinishedList, UnfinishedWork, unfinished_work
from desktop.ui.shell.widgets import plain_label, set_role

LANGUAGE_CHOICES = (("zh_CN", "中文"), ("en", "English"))


class HomePage(QWidget):
    start_requested = Signal(str)  # rater role
    history_requested = Signal()
    resume_requested = Signal(int)  # assessment id
    discard_requested = Signal(int)
    pk_discard_requested = Signal(int)  # PK session id
    pk_requested = Signal()
    radar_requested = Signal()
    content_requested = Signal()
    pk_resume_requested = Signal(int)  # PK session id
    language_requested = Signal(str)
    restore_requested = Signal()
    restore_newest_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 16)
        layout.setSpacing(14)

        top = QHBoxLayout()
        top.addWidget(plain_label(self.tr("Training Assessment"), "title"))
        top.addStretch(1)
        self.language = QComboBox()
        for code, name in LANGUAGE_CHOICES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(context.lang)))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_requested.emit(self.language.currentData())
        )
        top.addWidget(plain_label(self.tr("Language")))
        top.addWidget(self.language)
        self.about_button = QPushButton(self.tr("About…"))
        take_no_focus(self.about_button)  # the home keys stay with the jobs
        self.about_button.clicked.connect(self.show_about)
        top.addWidget(self.about_button)
        layout.addLayout(top)
        # Between the title and the status line, everything scrolls on a small screen.
        body = QVBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(14)
        body.addWidget(
            plain_label(self.tr("Offline assessments for customer-service training classes"), "subtitle")
        )
        # Above the jobs: a damaged database is the first thing the trainer must read.
        self.notice = plain_label("", "hint", wrap=True)
        selectable_by_mouse(self.notice)
        self.restore_newest_button = QPushButton(self.tr("Restore the newest backup"))
        self.restore_newest_button.clicked.connect(self.restore_newest_requested.emit)
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice, 1)
        restore_column = QVBoxLayout()  # the button at the top beside a long notice
        restore_column.addWidget(self.restore_newest_button)
        restore_column.addStretch(1)
        notice_row.addLayout(restore_column)
        body.addLayout(notice_row)
        self._message = ""

        self.self_button = JobButton(
            self.tr("&1  Self-assessment\nRate your own skill at soothing customers, one statement at a time")
        )
        self.rate_button = JobButton(
            self.tr(
                "&2  Rate a trainee (supervisor or colleague)\nThe same form; hand the laptop on after each rater"
            )
        )
        self.history_button = JobButton(
            self.tr("&3  Trainees and results\nScores, bands, self vs others and the trend over time")
        )
        self.pk_button = JobButton(
            self.tr("&4  Group PK quiz\nGroups buzz in on a projector; first and better answers score")
        )
        self.pk_button.clicked.connect(self.pk_requested.emit)
        self.radar_button = JobButton(
            self.tr(
                "&5  Competency radar\nEQ and communication: self vs others, before vs after, trainee vs class"
            )
        )
        self.radar_button.clicked.connect(self.radar_requested.emit)
        self.content_button = JobButton(
            self.tr(
                "&6  Question banks and forms\nImport, edit and export quiz questions; edit assessment forms"
            )
        )
        self.content_button.clicked.connect(self.content_requested.emit)
        # Role values as stored ("self", "colleague"): the home screen loads before the core does.
        self.self_button.clicked.connect(lambda: self.start_requested.emit("self"))
        self.rate_button.clicked.connect(lambda: self.start_requested.emit("colleague"))
        self.history_button.clicked.connect(self.history_requested.emit)
        self.job_buttons = (
            self.self_button,
            self.rate_button,
            self.history_button,
            self.pk_button,
            self.radar_button,
            self.content_button,
        )
        # Keys 1–6 pick a job whichever widget of the home screen has focus: as shortcuts they reach
        # the page before the language box or the list (which would take a digit as a search).
        self._pending_job: QPushButton | None = None
        for number, button in enumerate(self.job_buttons, start=1):
            shortcut = QShortcut(QKeySequence(str(number)), self)
            within_widget_and_children(shortcut)
            shortcut.setAutoRepeat(False)
            shortcut.activated.connect(lambda b=button: self._job_key(b))
        # Two columns, so the home screen with its unfinished list fits a 1366×768 laptop; one
        # column when the window is too narrow for two (150 % scaling).
        self.jobs = ReflowGrid(self.job_buttons, columns=2, spacing=12)
        body.addWidget(self.jobs)

        work = self.work = UnfinishedList(context, self)
        self.unfinished, self.resume_button, self.discard_button = (
            work.items,
            work.resume_button,
            work.discard_button,
        )
        work.resume_requested.connect(self.resume_requested.emit)
        work.discard_requested.connect(self.discard_requested.emit)
        work.pk_resume_requested.connect(self.pk_resume_requested.emit)
        work.pk_discard_requested.connect(self.pk_discard_requested.emit)
        body.addLayout(work.layout)

        self.content_errors = plain_label("", "error", wrap=True)
        body.addWidget(self.content_errors)
        body.addStretch(1)
        layout.addWidget(scroll_area(body), 1)
        self.status = plain_label(self.tr("Opening the database…"), "hint", wrap=True)
        selectable_by_mouse(self.status)
        self.restore_button = QPushButton(self.tr("Restore from backup…"))
        self.restore_button.clicked.connect(self.restore_requested.emit)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.restore_button)
        # Where the data lives: this computer's file or a department's PostgreSQL server (from the next start).
        self.database_button = QPushButton(self.tr("Database…"))
        take_no_focus(self.database_button)  # the home keys stay with the jobs
        self.database_button.clicked.connect(self.show_database)
        status_row.addWidget(self.database_button)
        layout.addLayout(status_row)

        # The jobs answer from the first paint: a job asked for while the store is still opening
        # opens as soon as it is ready (see MainWindow._open_when_ready). What works on the stored
        # data (continue, discard, restore) waits for it. The page itself holds the focus until
        # then, not the language box (the first focusable widget), so the first key reaches the jobs.
        take_strong_focus(self)
        self._set_store_enabled(False)
        for button in self.job_buttons:
            button.setEnabled(True)
        self._show_content_errors()
        self._show_notice()
        context.store_ready.connect(self.refresh)
        context.store_failed.connect(self._store_failed)
        context.changed.connect(self._data_changed)
        if context.store is not None:
            self.refresh()

    def show_database(self) -> None:
        from desktop.ui.data.database_dialog import DatabaseDialog

        DatabaseDialog(self.context.data_dir, self).exec()

    def show_about(self) -> None:
        from desktop.ui.shell.about_dialog import AboutDialog

        AboutDialog(self.context, self).exec()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # The same keys when the page gets them directly (its window not active, e.g. driven by a script).
        from PySide6.QtCore import Qt  # not at import: see qt_properties

        number = event.key() - Qt.Key.Key_0
        if 1 <= number <= len(self.job_buttons) and not event.isAutoRepeat():
            self._job_key(self.job_buttons[number - 1])
            return
        super().keyPressEvent(event)

    def _job_key(self, button: QPushButton) -> None:
        if button.isEnabled():
            self._pending_job = None
            button.click()
        elif self.context.store is None:
            # Pressed while the database is still opening (the first second after launch): the job
            # opens as soon as it is ready instead of the key being lost.
            self._pending_job = button

    def _run_pending_job(self) -> None:
        button, self._pending_job = self._pending_job, None
        if button is not None and button.isEnabled() and self.isVisible():
            button.click()

    def _set_store_enabled(self, enabled: bool) -> None:
        restores = (self.restore_button, self.restore_newest_button)
        for widget in (
            self.self_button,
            self.rate_button,
            self.history_button,
            self.pk_button,
            self.radar_button,
            self.content_button,
            self.resume_button,
            self.discard_button,
            self.restore_button,
            self.restore_newest_button,
        ):
            widget.setEnabled(
                enabled
                and (widget not in (self.self_button, self.rate_button) or bool(self.context.instruments))
                and (widget is not self.pk_button or bool(self.context.banks()[0]))
                # Read-only (full disk, read-only folder): a restore would write the data folder. On a
                # server the app's file backups are not the data: the department restores its pg_dump.
                and (widget not in restores or (self.context.read_only is None and not self._on_server()))
            )

    def _on_server(self) -> bool:
        return self.context.store is not None and self.context.store.on_server

    def _show_content_errors(self) -> None:
        # Instruments and banks each get their heading and up to 8 lines; the files not listed loaded whole.
        parts = []
        for heading, errors in (
            (self.tr("Some assessment files have errors and were not loaded:"), self.context.content_errors),
            (self.tr("Some question banks have errors and were not loaded:"), self.context.bank_errors()),
        ):
            if errors:
                lines = "\n".join(e.text(self.context.lang) for e in errors[:8])
                more = self.tr("\n… and %n more", "", len(errors) - 8) if len(errors) > 8 else ""
                parts.append(heading + "\n" + lines + more)
        self.content_errors.setText("\n".join(parts))
        self.content_errors.setVisible(bool(parts))

    def show_message(self, text: str) -> None:
        """A one-off line above the jobs (e.g. after a restore), until the next start."""
        self._message = text
        self._show_notice()

    def _show_notice(self) -> None:
        notice = self.context.startup_notice
        newest = notice.newest_backup if notice is not None else None
        if self.context.read_only is not None:
            from desktop.ui.shell.error_guard import storage_problem_text

            # Not damage: nothing was set aside; the same words refuse every write.
            text, role, newest = storage_problem_text(self.context.read_only), "error", None
        elif notice is not None:
            text = fill(
                self.tr(
                    "The database could not be read: the file is damaged. It was kept, unchanged, as:\n%1"
                ),
                notice.kept_as,
            )
            if newest is not None:
                from desktop.ui.data.restore_dialog import holds_text

                text += "\n" + fill(
                    self.tr(
                        "The app started with a new, empty database. The newest backup is from %1 (%2): "
                        "restore it to carry on with that data."
                    ),
                    fmt_date(newest.taken_at),
                    holds_text(newest.contents),
                )
            else:
                text += "\n" + self.tr(
                    "There is no backup to restore, so the app started with a new, empty database."
                )
            role = "error"
        elif self.context.network_folder:
            text = fill(
                self.tr(
                    "The data folder %1 is on a network drive (%2). SQLite on a network drive can damage the "
                    "database, above all when two computers use it. Use a folder on this computer, or a "
                    "shared PostgreSQL server for several computers (--database, see the README)."
                ),
                self.context.data_dir,
                self.context.network_folder,
            )
            role = "error"
        else:
            text, role = self._message, "hint"
        self.notice.setText(text)
        set_role(self.notice, role)
        self.notice.setVisible(bool(text))
        self.restore_newest_button.setVisible(newest is not None)

    def _store_failed(self, message: str) -> None:
        self._pending_job = None
        self._set_store_enabled(False)
        self._show_content_errors()
        set_role(self.status, "error")
        self.status.setText(fill(self.tr("The database could not be opened: %1"), message))

    def _data_changed(self, changes: Changes) -> None:
        # The home screen lists unfinished forms and PK sessions (with their trainees' names), and
        # whether banks exist for the PK job; hidden, it refreshes when shown again (show_home).
        if changes.touches("people", "assessments", "pk", "content") and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        store = self.context.store
        if store is None:
            return
        self._show_content_errors()
        self._show_notice()

        self._set_store_enabled(True)
        self.status.setText(fill(self.tr("Data: %1"), store.location))
        self._run_pending_job()
        self.context.run(unfinished_work, self._show_unfinished, owner=self)

    def _show_unfinished(self, found: UnfinishedWork) -> None:
        self.work.show_work(found)
        if self.window().focusWidget() in (None, self) and self.self_button.isEnabled():
            self.self_button.setFocus()
