"""The class view's exports: the class report (PDF), its totals for HR (CSV), the class pack of paper forms.

The same builders as ``python -m desktop class-report`` and ``print-forms``, so a file saved from
the window and one made on the command line say the same. The store is read, a new round added and
the file written on the store worker (its pages counted on a progress bar whose Cancel leaves no
file); the words are translated here first, as the worker calls no Qt.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from desktop.core.filenames import safe_file_name
from desktop.core.messages import localise
from desktop.store.errors import InputError
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.formatting import fill
from desktop.ui.shell.widgets import show_error, show_saving_failed

if TYPE_CHECKING:
    from desktop.store.store import Store
    from desktop.ui.scorecard.paper_forms_builder import PrintedRound
    from desktop.ui.shell.operations import Progress

#: writes a file with the store, telling ``on_page(done, total)`` each page; the pages written
Writing = Callable[["Store", Callable[[int, int], None]], int]


class ClassExports(QHBoxLayout):
    """Three buttons under the class view's choices; enabled when one class (not "all") is chosen."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget,
        cohort_id: Callable[[], int | None],
        instrument_id: Callable[[], str | None],
        cohort_name: Callable[[], str],
    ):
        super().__init__()
        self.context = context
        self.parent_widget = parent
        self.cohort_id = cohort_id
        self.instrument_id = instrument_id
        self.cohort_name = cohort_name  # as the class view lists it (read on the worker)
        #: shown while a file is written (kept for its Cancel)
        self.progress: QProgressDialog | None = None
        self.report_button = QPushButton(QCoreApplication.translate("ClassExports", "Class report (PDF)…"))
        self.csv_button = QPushButton(QCoreApplication.translate("ClassExports", "Totals for HR (CSV)…"))
        self.forms_button = QPushButton(QCoreApplication.translate("ClassExports", "Paper forms (PDF)…"))
        self.forms_button.setToolTip(
            QCoreApplication.translate(
                "ClassExports", "The chosen form for every trainee and rater role, each with its code"
            )
        )
        self.report_button.clicked.connect(lambda: self.save_report(".pdf"))
        self.csv_button.clicked.connect(lambda: self.save_report(".csv"))
        self.forms_button.clicked.connect(self.save_forms)
        for button in (self.report_button, self.csv_button, self.forms_button):
            self.addWidget(button)
        self.addStretch(1)

    def update_enabled(self) -> None:
        one_class = self.cohort_id() is not None
        for button in (self.report_button, self.csv_button, self.forms_button):
            button.setEnabled(one_class)

    def _ask_path(self, title: str, name: str, suffix: str, file_filter: str) -> Path | None:
        default = str(Path.home() / safe_file_name(name, suffix))
        path, _ = QFileDialog.getSaveFileName(self.parent_widget, title, default, file_filter)
        return Path(path).with_suffix(suffix) if path else None

    def save_report(self, suffix: str) -> None:
        from desktop.ui.scorecard.class_report_builder import (
            class_report_texts,
            write_class_csv,
            write_class_report,
        )

        cohort_id = self.cohort_id()
        if cohort_id is None:
            return
        cohort_name = self.cohort_name()
        if suffix == ".pdf":
            title = QCoreApplication.translate("ClassExports", "Save the class report")
            name = fill(QCoreApplication.translate("ClassExports", "%1 class report"), cohort_name)
            path = self._ask_path(title, name, suffix, "PDF (*.pdf)")
        else:
            title = QCoreApplication.translate("ClassExports", "Save the totals for HR")
            name = fill(QCoreApplication.translate("ClassExports", "%1 totals"), cohort_name)
            path = self._ask_path(title, name, suffix, "CSV (*.csv)")
        if path is None:
            return
        instruments, lang, texts = self.context.instruments, self.context.lang, class_report_texts()
        if suffix == ".pdf":
            self._write(
                path,
                lambda store, on_page: write_class_report(
                    store, instruments, cohort_id, lang, path, on_page, texts
                ),
            )
        else:
            self._write(
                path,
                lambda store, _on_page: write_class_csv(store, instruments, cohort_id, lang, path, texts),
            )

    def save_forms(self) -> None:
        """Ask for the round (the class's rounds read on the worker), add it when new, then write."""
        cohort_id, instrument_id = self.cohort_id(), self.instrument_id()
        if cohort_id is None or instrument_id is None or instrument_id not in self.context.instruments:
            return
        self.context.run(
            lambda store, _progress: [r.name for r in store.class_rounds(cohort_id)],
            lambda names: self._ask_round(cohort_id, instrument_id, names),
            label=QCoreApplication.translate("ClassExports", "Reading the class's rounds…"),
            owner=self.parent_widget,
        )

    def _ask_round(self, cohort_id: int, instrument_id: str, names: list[str]) -> None:
        from desktop.ui.scorecard.paper_forms_builder import find_round

        title = QCoreApplication.translate("ClassExports", "Print paper forms")
        # A class without rounds yet starts with the name the store gives a class's first round.
        names = names or ["第1轮"]
        label, chosen = QInputDialog.getItem(
            self.parent_widget,
            title,
            QCoreApplication.translate(
                "ClassExports", "Round printed on the forms (type a new name to add a round):"
            ),
            names,
            len(names) - 1,  # the class's latest round
            True,
        )
        if not chosen or not label.strip():
            return

        def refused(error: BaseException) -> None:
            if not isinstance(error, InputError):
                raise error  # a storage failure: the error guard says it in plain words
            show_error(self.parent_widget, title, localise(error.args[0], self.context.lang))

        def found(round_: PrintedRound) -> None:
            self._print_forms(cohort_id, instrument_id, round_)

        # A new name is added as the class's latest round: its forms are printed before it is held.
        self.context.run(
            lambda store, _progress: find_round(store, cohort_id, label, create=True),
            found,
            label=QCoreApplication.translate("ClassExports", "Reading the class's rounds…"),
            failed=refused,
            owner=self.parent_widget,
        )

    def _print_forms(self, cohort_id: int, instrument_id: str, round_: PrintedRound) -> None:
        from desktop.ui.scorecard.paper_forms_builder import class_pack, paper_form_texts, write_paper_forms

        instrument = self.context.instruments.get(instrument_id)
        if instrument is None:  # the form's file went meanwhile
            return
        form_title = self.context.text(instrument.title)
        name = f"{self.cohort_name()} {form_title} {round_.name}"
        title = QCoreApplication.translate("ClassExports", "Print paper forms")
        path = self._ask_path(title, name, ".pdf", "PDF (*.pdf)")
        if path is None:
            return
        lang, said = self.context.lang, paper_form_texts()

        def write(store: Store, on_page: Callable[[int, int], None]) -> int:
            forms = class_pack(store, instrument, lang, cohort_id, round_, said)
            return write_paper_forms(forms, path, form_title, on_page)

        self._write(path, write)

    def _write(self, path: Path, write: Writing) -> None:
        """Write on the worker under a progress bar with the page count; Cancel leaves no file behind.

        A class pack of 50 trainees is 150 pages, some seconds of drawing: a trainer waits for the
        count, and may stop it (the worker stops at the next page; the half-written file is dropped).
        """
        cancelled = threading.Event()
        label = fill(QCoreApplication.translate("ClassExports", "Writing %1…"), path.name)
        progress = QProgressDialog(
            label, QCoreApplication.translate("ClassExports", "Cancel"), 0, 0, self.parent_widget
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)  # shown only when the writing takes that long (a PDF, not a CSV)
        progress.canceled.connect(cancelled.set)
        self.progress = progress
        operations = self.context.operations

        def page_written(said: str, done: int, total: int) -> None:
            if said != label:  # another operation's count
                return
            progress.setLabelText(
                fill(
                    QCoreApplication.translate("ClassExports", "Writing %1: page %2 of %3"),
                    path.name,
                    done,
                    total,
                )
            )
            progress.setMaximum(total)
            progress.setValue(done)

        operations.progressed.connect(page_written)

        def work(store: Store, report: Progress) -> int:
            def on_page(done: int, total: int) -> None:
                report(done, total)
                if cancelled.is_set():
                    raise WritingCancelled

            return write(store, on_page)

        def finish() -> None:
            operations.progressed.disconnect(page_written)
            progress.canceled.disconnect(cancelled.set)
            progress.close()
            progress.deleteLater()
            self.progress = None

        def failed(error: BaseException) -> None:
            finish()
            if isinstance(error, WritingCancelled):
                return  # the half-written file was discarded (atomic_output)
            show_saving_failed(self.parent_widget, path, error)

        self.context.run(work, lambda _pages: finish(), label=label, failed=failed)


class WritingCancelled(Exception):
    """The user pressed Cancel on the progress bar."""
