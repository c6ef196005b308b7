"""The main window: one stack of screens and the navigation between them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget

from desktop.core.comparison import RaterRole
from desktop.core.records import AssessmentRecord
from desktop.ui.context import AppContext
from desktop.ui.handover_page import HandoverPage
from desktop.ui.history_page import HistoryPage
from desktop.ui.home_page import HomePage
from desktop.ui.pk_manager import PkManager
from desktop.ui.pk_setup_page import PkSetupPage
from desktop.ui.quick_entry_page import QuickEntryPage
from desktop.ui.result_page import ResultPage
from desktop.ui.start_page import MODE_QUICK, StartPage
from desktop.ui.take_page import TakePage
from desktop.ui.widgets import ask_yes_no


class MainWindow(QMainWindow):
    language_change_requested = Signal(str)
    first_painted = Signal()

    def __init__(self, context: AppContext):
        super().__init__()
        self.context = context
        self.setWindowTitle(self.tr("Training Assessment"))
        self.resize(1280, 800)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.home = HomePage(context)
        self.start = StartPage(context)
        self.take = TakePage(context)
        self.quick = QuickEntryPage(context)
        self.handover = HandoverPage(context)
        self.result = ResultPage(context)
        self.history = HistoryPage(context)
        self.pk_setup = PkSetupPage(context)
        for page in (
            self.home,
            self.start,
            self.take,
            self.quick,
            self.handover,
            self.result,
            self.history,
            self.pk_setup,
        ):
            self.stack.addWidget(page)
        self.pk = PkManager(context, self)

        self.home.start_requested.connect(lambda role: self.show_start(RaterRole(role)))
        self.home.history_requested.connect(self.show_history)
        self.home.resume_requested.connect(self.resume)
        self.home.discard_requested.connect(self.discard)
        self.home.language_requested.connect(self.language_change_requested.emit)
        self.home.pk_requested.connect(self.show_pk_setup)
        self.home.pk_resume_requested.connect(self.pk.open)
        self.pk_setup.back.connect(self.show_home)
        self.pk_setup.start_requested.connect(
            lambda title, setup: self.pk.start_new(title, setup, self.pk_setup.countdown_seconds)
        )
        self.pk_setup.buzzer_check_requested.connect(self.show_buzzer_check)
        self.start.started.connect(self.begin)
        self.start.cancelled.connect(self.show_home)
        self.take.submitted.connect(self.show_handover)
        self.take.paused.connect(self.show_home)
        self.quick.submitted.connect(self.show_handover)
        self.quick.cancelled.connect(self.show_home)
        self.handover.home.connect(self.show_home)
        self.handover.next_rater.connect(
            lambda person, instrument: self.show_start(RaterRole.COLLEAGUE, person, instrument)
        )
        self.handover.view_result.connect(self.show_result)
        self.result.back.connect(self._back_from_result)
        self.history.back.connect(self.show_home)
        self.history.open_result.connect(self.show_result)
        self.history.rate_person.connect(
            lambda person, instrument: self.show_start(RaterRole.COLLEAGUE, person, instrument)
        )
        self._result_came_from_history = False
        self._painted = False

    # -- navigation ----------------------------------------------------------------------------
    def show_home(self) -> None:
        self.home.refresh()
        self.stack.setCurrentWidget(self.home)
        self.home.self_button.setFocus()

    def show_start(
        self, role: RaterRole, person_id: int | None = None, instrument_id: str | None = None
    ) -> None:
        self.start.prepare(role, person_id, instrument_id)
        self.stack.setCurrentWidget(self.start)

    def begin(self, record: AssessmentRecord, mode: str) -> None:
        if mode == MODE_QUICK:
            self.quick.load(record)
            self.stack.setCurrentWidget(self.quick)
        else:
            self.take.load(record)
            self.stack.setCurrentWidget(self.take)

    def resume(self, assessment_id: int) -> None:
        record = self.context.store.assessment(assessment_id)
        if record is not None and record.instrument_id in self.context.instruments:
            self.begin(record, "one")

    def discard(self, assessment_id: int) -> None:
        if ask_yes_no(
            self, self.tr("Discard form"), self.tr("Discard this unfinished form and its answers?")
        ):
            self.context.store.discard_assessment(assessment_id)

    def show_handover(self, record: AssessmentRecord) -> None:
        self.handover.show_for(record)
        self.stack.setCurrentWidget(self.handover)

    def show_result(self, person_id: int, instrument_id: str, round_index: int | None = None) -> None:
        self._result_came_from_history = self.stack.currentWidget() is self.history
        self.result.show_person(person_id, instrument_id, round_index)
        self.stack.setCurrentWidget(self.result)
        self.result.setFocus()

    def _back_from_result(self) -> None:
        if self._result_came_from_history:
            self.show_history()
        else:
            self.show_home()

    def show_pk_setup(self) -> None:
        self.pk_setup.prepare()
        self.stack.setCurrentWidget(self.pk_setup)

    def show_buzzer_check(self, groups) -> None:  # noqa: ANN001 - tuple[Group, ...]
        from desktop.ui.buzzer_check import BuzzerCheckDialog

        dialog = BuzzerCheckDialog(groups, self)
        dialog.exec()

    def show_history(self, person_id: int | None = None) -> None:
        self.history.refresh(person_id)
        self.stack.setCurrentWidget(self.history)
        self.history.people.setFocus()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        # Answers are already committed one by one; nothing to save here.
        super().closeEvent(event)
