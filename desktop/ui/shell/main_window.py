"""The main window: one stack of screens and the navigation between them."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from desktop.ui.shell.busy_bar import BusyBar
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.formatting import fill, fmt_date
from desktop.ui.shell.home_page import HomePage
from desktop.ui.shell.layouts import fitting_size, size_by_shown_page
from desktop.ui.shell.widgets import show_error, try_write

if TYPE_CHECKING:
    from desktop.core.comparison import RaterRole
    from desktop.core.pk.setup import Group, SessionSetup
    from desktop.core.records import AssessmentRecord
    from desktop.store.records import RestoreResult
    from desktop.ui.content.content_page import ContentPage
    from desktop.ui.pk.manager import PkManager
    from desktop.ui.pk.setup_page import PkSetupPage
    from desktop.ui.radar.page import RadarPage
    from desktop.ui.scorecard.class_page import ClassPage
    from desktop.ui.scorecard.handover_page import HandoverPage
    from desktop.ui.scorecard.history_page import HistoryPage
    from desktop.ui.scorecard.quick_entry_page import QuickEntryPage
    from desktop.ui.scorecard.result_page import ResultPage
    from desktop.ui.scorecard.start_page import StartPage
    from desktop.ui.scorecard.take_page import TakePage

DEFAULT_SIZE = QSize(1280, 800)
MODE_QUICK = "quick"  # as in start_page; repeated so the home window needs no other screen's module


class MainWindow(QMainWindow):
    """Only the home screen is built at start; every other screen (and its imports) on first use,
    so the window paints before the rest of the app has loaded."""

    language_change_requested = Signal(str)
    first_painted = Signal()

    def __init__(self, context: AppContext):
        super().__init__()
        self.context = context
        self.setWindowTitle(self.tr("Training Assessment"))
        self.resize(fitting_size(self, DEFAULT_SIZE))
        self.stack = QStackedWidget()
        self.stack.currentChanged.connect(self._size_by_current_page)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        # Over the bottom of the screens, the line that shows store work running longer than 300 ms.
        self.busy = BusyBar(context.operations, central)
        self.home = HomePage(context)
        self.stack.addWidget(self.home)
        self.home.start_requested.connect(lambda role: self.show_start(role))
        self.home.history_requested.connect(self.show_history)
        self.home.resume_requested.connect(self.resume)
        self.home.discard_requested.connect(self.discard)
        self.home.pk_discard_requested.connect(self.discard_pk)
        self.home.language_requested.connect(self.language_change_requested.emit)
        self.home.pk_requested.connect(self.show_pk_setup)
        self.home.pk_resume_requested.connect(lambda session_id: self.pk.open(session_id))
        self.home.radar_requested.connect(lambda: self.show_radar())
        self.home.content_requested.connect(self.show_content)
        self.home.restore_requested.connect(self.show_restore)
        self.home.restore_newest_requested.connect(self.restore_newest)
        self._result_came_from_history = False
        self._painted = False
        #: a screen opened before the store was ready, and how to fill it once it is
        self._waiting: tuple[QWidget, Callable[[], None]] | None = None
        context.store_ready.connect(self._fill_waiting_page)
        context.store_failed.connect(self._store_failed)

    def _size_by_current_page(self, _index: int) -> None:
        size_by_shown_page(self.stack)

    # -- screens, built on first use -------------------------------------------------------------
    @cached_property
    def start(self) -> StartPage:
        from desktop.ui.scorecard.start_page import StartPage

        page = StartPage(self.context)
        page.started.connect(self.begin)
        page.cancelled.connect(self.show_home)
        self.stack.addWidget(page)
        return page

    @cached_property
    def take(self) -> TakePage:
        from desktop.ui.scorecard.take_page import TakePage

        page = TakePage(self.context)
        page.submitted.connect(self.show_handover)
        page.paused.connect(self.show_home)
        self.stack.addWidget(page)
        return page

    @cached_property
    def quick(self) -> QuickEntryPage:
        from desktop.ui.scorecard.quick_entry_page import QuickEntryPage

        page = QuickEntryPage(self.context)
        page.submitted.connect(self.show_handover)
        page.cancelled.connect(self.show_home)
        self.stack.addWidget(page)
        return page

    @cached_property
    def handover(self) -> HandoverPage:
        from desktop.ui.scorecard.handover_page import HandoverPage

        page = HandoverPage(self.context)
        page.home.connect(self.show_home)
        page.next_rater.connect(lambda person, instrument: self.show_start("colleague", person, instrument))
        page.view_result.connect(self.show_result)
        self.stack.addWidget(page)
        return page

    @cached_property
    def result(self) -> ResultPage:
        from desktop.ui.scorecard.result_page import ResultPage

        page = ResultPage(self.context)
        page.back.connect(self._back_from_result)
        self.stack.addWidget(page)
        return page

    @cached_property
    def history(self) -> HistoryPage:
        from desktop.ui.scorecard.history_page import HistoryPage

        page = HistoryPage(self.context)
        page.back.connect(self.show_home)
        page.open_result.connect(self.show_result)
        page.rate_person.connect(lambda person, instrument: self.show_start("colleague", person, instrument))
        self.stack.addWidget(page)
        return page

    @cached_property
    def pk_setup(self) -> PkSetupPage:
        from desktop.ui.pk.setup_page import PkSetupPage

        page = PkSetupPage(self.context)
        page.back.connect(self.show_home)
        page.start_requested.connect(lambda title, setup: self._start_pk(page, title, setup))
        page.buzzer_check_requested.connect(self.show_buzzer_check)
        self.stack.addWidget(page)
        return page

    def _start_pk(self, page: PkSetupPage, title: str, setup: SessionSetup) -> None:
        saved, opened = try_write(page, lambda: self.pk.start_new(title, setup, page.countdown_seconds))
        if saved and opened is not None and page.phones_wanted:
            self.pk.toggle_phones(opened.phones, opened.windows.dialog_parent())

    @cached_property
    def radar(self) -> RadarPage:
        from desktop.ui.radar.page import RadarPage

        page = RadarPage(self.context)
        page.back.connect(self.show_home)
        page.class_view_requested.connect(self.show_class)
        page.report_requested.connect(self._save_report)
        self.stack.addWidget(page)
        return page

    @cached_property
    def class_view(self) -> ClassPage:
        from desktop.ui.scorecard.class_page import ClassPage

        page = ClassPage(self.context)
        page.back.connect(lambda: self.show_radar())
        self.stack.addWidget(page)
        return page

    @cached_property
    def content(self) -> ContentPage:
        from desktop.ui.content.content_page import ContentPage

        page = ContentPage(self.context)
        page.back.connect(self.show_home)
        self.stack.addWidget(page)
        return page

    def show_content(self) -> None:
        """The question banks: import, export, edit (home, key 6)."""
        if self._after_store_opens(self.show_content):
            return  # the banks load on the worker just before the store opens
        self.content.show_list()
        self.stack.setCurrentWidget(self.content)

    @cached_property
    def pk(self) -> PkManager:
        from desktop.ui.pk.manager import PkManager

        return PkManager(self.context, self)

    # -- navigation ----------------------------------------------------------------------------
    def _open_when_ready(self, page: QWidget, fill_page: Callable[[], None]) -> None:
        """Show ``page`` now and fill it at once, or, in the first second after launch while the
        store is still opening, as soon as it is open (the key that asked for it is never lost)."""
        self.stack.setCurrentWidget(page)
        if self.context.store is not None:
            page.setEnabled(True)
            fill_page()
            return
        page.setEnabled(False)  # its choices come from the store
        self._waiting = (page, fill_page)

    def _after_store_opens(self, show: Callable[[], None]) -> bool:
        """True when the store is still opening: ``show`` then runs once it is open, if the user
        is still on the home screen (screens whose very layout comes from the store)."""
        if self.context.store is not None:
            return False
        self._waiting = (self.home, show)
        return True

    def _fill_waiting_page(self) -> None:
        waiting, self._waiting = self._waiting, None
        if waiting is not None and self.stack.currentWidget() is waiting[0]:
            waiting[0].setEnabled(True)
            waiting[1]()

    def _store_failed(self, _message: str) -> None:
        # The home screen says why; a screen waiting for the store cannot be filled.
        if self._waiting is not None:
            self._waiting = None
            self.show_home()

    def show_home(self) -> None:
        self.home.refresh()
        self.stack.setCurrentWidget(self.home)
        self.home.self_button.setFocus()

    def show_start(
        self, role: RaterRole | str, person_id: int | None = None, instrument_id: str | None = None
    ) -> None:
        from desktop.core.comparison import RaterRole

        self._open_when_ready(
            self.start, lambda: self.start.prepare(RaterRole(role), person_id, instrument_id)
        )

    def begin(self, record: AssessmentRecord, mode: str) -> None:
        if mode == MODE_QUICK:
            self.quick.load(record)
            self.stack.setCurrentWidget(self.quick)
        else:
            self.take.load(record)
            self.stack.setCurrentWidget(self.take)

    def resume(self, assessment_id: int) -> None:
        store = self.context.store
        record = store.assessment(assessment_id) if store is not None else None
        if record is not None and self.context.instrument_for(record.instrument_id) is not None:
            self.begin(record, "one")

    def discard(self, assessment_id: int) -> None:
        from desktop.ui.shell.discard_unfinished import discard_form

        store = self.context.store  # open: the home screen lists the unfinished forms from it
        if store is not None:
            discard_form(self, store, assessment_id)

    def discard_pk(self, session_id: int) -> None:
        from desktop.ui.shell.discard_unfinished import end_left_pk_session

        store = self.context.store  # open: the home screen lists the PK sessions left from it
        if store is not None:
            open_in_console = "pk" in self.__dict__ and session_id in self.pk.open_sessions
            end_left_pk_session(self, store, session_id, open_in_console)

    def show_handover(self, record: AssessmentRecord) -> None:
        self.handover.show_for(record)
        self.stack.setCurrentWidget(self.handover)

    def show_result(self, person_id: int, instrument_id: str, round_index: int | None = None) -> None:
        self._result_came_from_history = (
            "history" in self.__dict__ and self.stack.currentWidget() is self.history
        )
        self.result.show_person(person_id, instrument_id, round_index)
        self.stack.setCurrentWidget(self.result)
        self.result.setFocus()

    def _back_from_result(self) -> None:
        if self._result_came_from_history:
            self.show_history()
        else:
            self.show_home()

    def show_pk_setup(self) -> None:
        if self._after_store_opens(self.show_pk_setup):
            return
        self.pk_setup.prepare()
        self.stack.setCurrentWidget(self.pk_setup)

    def show_buzzer_check(self, groups: tuple[Group, ...]) -> None:
        from desktop.ui.pk.buzzer_check import BuzzerCheckDialog

        dialog = BuzzerCheckDialog(groups, self)
        dialog.exec()

    def show_radar(self, person_id: int | None = None) -> None:
        if self._after_store_opens(lambda: self.show_radar(person_id)):
            return
        self.radar.prepare(person_id)
        self.stack.setCurrentWidget(self.radar)

    def show_class(self, cohort_id: int | None = None) -> None:
        self.class_view.prepare(cohort_id)
        self.stack.setCurrentWidget(self.class_view)

    def _save_report(self, person_id: int) -> None:
        from desktop.ui.scorecard.report_saving import save_report

        save_report(self, self.context, person_id)

    # -- backups ---------------------------------------------------------------------------------
    def _restore_allowed(self) -> bool:
        # An open PK console keeps writing its event log: it would write into the restored data.
        if "pk" in self.__dict__ and self.pk.open_sessions:
            show_error(
                self,
                self.tr("Restore from backup"),
                self.tr("Close the PK session windows first, then restore the backup."),
            )
            return False
        return self.context.store is not None

    def show_restore(self) -> None:
        if not self._restore_allowed():
            return
        from desktop.ui.data.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.context, self)
        dialog.restored.connect(self._restored)
        dialog.exec()
        dialog.deleteLater()

    def restore_newest(self) -> None:
        notice = self.context.startup_notice
        if notice is None or notice.newest_backup is None or not self._restore_allowed():
            return
        from desktop.ui.data.restore_dialog import confirm_and_restore

        result = confirm_and_restore(self, self.context, notice.newest_backup)
        if result is not None:
            self._restored(result)

    def _restored(self, result: RestoreResult) -> None:
        text = fill(self.tr("Restored the backup from %1."), fmt_date(result.restored.taken_at))
        if result.set_aside is not None:
            text += " " + fill(self.tr("The damaged database was kept as %1."), result.set_aside)
        self.home.show_message(text)
        self.show_home()

    def show_history(self, person_id: int | None = None) -> None:
        self._open_when_ready(self.history, lambda: self.history.refresh(person_id))
        self.history.people.setFocus()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.busy.follow_window()  # it floats over the screens, outside their layout

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        # Answers are already committed one by one; nothing to save here.
        super().closeEvent(event)
