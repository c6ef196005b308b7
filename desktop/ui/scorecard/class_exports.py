"""The class view's exports: the class report (PDF), its totals for HR (CSV), the class pack of paper forms.

The same builders as ``python -m desktop class-report`` and ``print-forms``, so a file saved from
the window and one made on the command line say the same.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
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
from desktop.ui.shell.i18n import os_reason_text
from desktop.ui.shell.widgets import show_error, try_write

if TYPE_CHECKING:
    from desktop.core.records import CohortRecord


class ClassExports(QHBoxLayout):
    """Three buttons under the class view's choices; enabled when one class (not "all") is chosen."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget,
        cohort_id: Callable[[], int | None],
        instrument_id: Callable[[], str | None],
    ):
        super().__init__()
        self.context = context
        self.parent_widget = parent
        self.cohort_id = cohort_id
        self.instrument_id = instrument_id
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

    def _cohort(self) -> CohortRecord | None:
        cohort_id, store = self.cohort_id(), self.context.store
        if store is None:  # (a class is chosen only once the store is open)
            return None
        return next((c for c in store.cohorts() if c.id == cohort_id), None)

    def _ask_path(self, title: str, name: str, suffix: str, file_filter: str) -> Path | None:
        default = str(Path.home() / safe_file_name(name, suffix))
        path, _ = QFileDialog.getSaveFileName(self.parent_widget, title, default, file_filter)
        return Path(path).with_suffix(suffix) if path else None

    def save_report(self, suffix: str) -> None:
        from desktop.ui.scorecard.class_report_builder import write_class_csv, write_class_report

        cohort = self._cohort()
        if cohort is None:
            return
        if suffix == ".pdf":
            title = QCoreApplication.translate("ClassExports", "Save the class report")
            name = fill(QCoreApplication.translate("ClassExports", "%1 class report"), cohort.name)
            path = self._ask_path(title, name, suffix, "PDF (*.pdf)")
        else:
            title = QCoreApplication.translate("ClassExports", "Save the totals for HR")
            name = fill(QCoreApplication.translate("ClassExports", "%1 totals"), cohort.name)
            path = self._ask_path(title, name, suffix, "CSV (*.csv)")
        if path is None:
            return
        store, instruments, lang = self.context.store, self.context.instruments, self.context.lang
        if store is None:
            return
        if suffix == ".pdf":
            self._write(
                path, lambda on_page: write_class_report(store, instruments, cohort.id, lang, path, on_page)
            )
        else:
            self._write(path, lambda _on_page: write_class_csv(store, instruments, cohort.id, lang, path))

    def save_forms(self) -> None:
        from desktop.ui.scorecard.paper_forms_builder import class_pack, find_round, write_paper_forms

        cohort, instrument_id, store = self._cohort(), self.instrument_id(), self.context.store
        instrument = self.context.instruments.get(instrument_id) if instrument_id is not None else None
        if cohort is None or instrument is None or store is None:
            return
        title = QCoreApplication.translate("ClassExports", "Print paper forms")
        # A class without rounds yet starts with the name the store gives a class's first round.
        names = [r.name for r in store.class_rounds(cohort.id)] or ["第1轮"]
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
        try:
            # A new name is added as the class's latest round: its forms are printed before it is held.
            saved, round_ = try_write(
                self.parent_widget, lambda: find_round(store, cohort.id, label, create=True)
            )
        except InputError as exc:  # a name the name rules refuse, said with the rule
            show_error(self.parent_widget, title, localise(exc.args[0], self.context.lang))
            return
        if not saved or round_ is None:
            return
        name = f"{cohort.name} {self.context.text(instrument.title)} {round_.name}"
        path = self._ask_path(title, name, ".pdf", "PDF (*.pdf)")
        if path is None:
            return

        def write(on_page: Callable[[int, int], None]) -> int:
            forms = class_pack(store, instrument, self.context.lang, cohort.id, round_)
            return write_paper_forms(forms, path, self.context.text(instrument.title), on_page)

        self._write(path, write)

    def _write(self, path: Path, write: Callable[[Callable[[int, int], None]], int]) -> None:
        """Write page by page under a progress bar with the count; Cancel leaves no file behind.

        A class pack of 50 trainees is 150 pages, some seconds of drawing: the window keeps
        painting between pages and the bar says how far it is.
        """
        progress = QProgressDialog(
            fill(QCoreApplication.translate("ClassExports", "Writing %1…"), path.name),
            QCoreApplication.translate("ClassExports", "Cancel"),
            0,
            0,
            self.parent_widget,
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def on_page(done: int, total: int) -> None:
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
            QApplication.processEvents()
            if progress.wasCanceled():
                raise WritingCancelled

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write(on_page)
        except WritingCancelled:
            pass  # the half-written file was discarded (atomic_output)
        except OSError as exc:
            QApplication.restoreOverrideCursor()
            progress.close()
            show_error(
                self.parent_widget,
                QCoreApplication.translate("ClassExports", "Saving failed"),
                f"{path}: {os_reason_text(exc)}",
            )
            return
        QApplication.restoreOverrideCursor()
        progress.close()


class WritingCancelled(Exception):
    """The user pressed Cancel on the progress bar."""
