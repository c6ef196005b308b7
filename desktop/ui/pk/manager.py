"""Opening PK sessions: a new one from the set-up page, or an unfinished one to resume.

Each open session has its controller, console and stage; the stage goes full screen on a second
screen when there is one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.core.pk.clock import SessionClock
from desktop.core.pk.question_copies import COPIES_KEY, CopiesError, catalog_from_copies, copy_questions
from desktop.core.pk.setup import SessionSetup, setup_from_json, setup_to_json
from desktop.core.quiz_selection import QuestionCatalog
from desktop.store.changes import PK
from desktop.ui.pk import phones_view as pk_phones_view
from desktop.ui.pk.console import ConsoleWindow
from desktop.ui.pk.controller import PkController
from desktop.ui.pk.phones import PhoneLink
from desktop.ui.pk.phones_view import InterfaceDialog, PhonesPanel, StageBadge
from desktop.ui.pk.sound import BuzzSound
from desktop.ui.pk.stage import StageWindow
from desktop.ui.pk.windows import SessionWindows
from desktop.ui.shell.context import AppContext
from desktop.ui.shell.formatting import fill
from desktop.ui.shell.i18n import os_reason_text

if TYPE_CHECKING:
    from desktop.store.store import Store

log = logging.getLogger(__name__)

COUNTDOWN_KEY = "countdown_seconds"
#: Room for a window's frame and title bar, which are not known before it is shown (150 % scaling included).
FRAME_ALLOWANCE = QSize(16, 48)


def fit_on_screen(window: QWidget, wanted: QSize) -> None:
    """Size a new window to ``wanted`` or less, so that with its frame it stays on its screen
    (a 1024×768 projector, 1280×720 at 150 %): the window manager then places it fully visible."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry().size() - FRAME_ALLOWANCE
    window.resize(wanted.boundedTo(room).expandedTo(window.minimumSizeHint()))


class OpenSession:
    def __init__(
        self,
        controller: PkController,
        console: ConsoleWindow,
        stage: StageWindow,
        windows: SessionWindows,
        phones: PhoneLink,
    ):
        self.controller, self.console, self.stage, self.windows = controller, console, stage, windows
        self.phones = phones


class PkManager(QObject):
    def __init__(self, context: AppContext, parent: QObject | None = None, sound: BuzzSound | None = None):
        super().__init__(parent)
        self.context = context
        self.sound = sound or BuzzSound()
        self.open_sessions: dict[int, OpenSession] = {}
        self._ended_sessions: set[int] = set()
        #: Builds the session clock from the log's last time; tests replace it with a fake clock.
        self.clock_factory: Callable[[float], Callable[[], float]] = SessionClock

    def start_new(self, title: str, setup: SessionSetup, countdown_seconds: int = 60) -> OpenSession:
        # The questions are copied into the session: a bank edited or deleted later changes nothing in it.
        copies = copy_questions(QuestionCatalog(self.context.banks()[0]), setup.question_ids)
        stored = {**setup_to_json(setup), COUNTDOWN_KEY: countdown_seconds, COPIES_KEY: copies}
        session_id = self._store().create_pk_session(title, stored)  # announces the new session
        return self.open(session_id)

    def open(self, session_id: int, show: bool = True) -> OpenSession:
        if session_id in self.open_sessions:
            existing = self.open_sessions[session_id]
            existing.console.raise_()
            existing.console.activateWindow()
            return existing
        store = self._store()
        record = store.pk_session(session_id)
        if record is None:
            raise KeyError(f"no PK session {session_id}")
        setup = setup_from_json(record.setup)
        events = store.pk_events(session_id)
        controller = PkController(
            session_id,
            record.title,
            setup,
            events,
            store,
            self._catalog(session_id, record.setup),
            int(record.setup.get(COUNTDOWN_KEY, 60)),
            clock=self.clock_factory(events[-1].at_ms if events else 0.0),
            parent=self,
        )
        # The stage first: it is told of every change before the console, so a buzz reaches the
        # projector (painted at once, see StageWindow._paint_now) before the console's tables refresh.
        stage = StageWindow(controller, self.context.lang)
        console = ConsoleWindow(controller, self.context.lang)
        windows = SessionWindows(controller, console, stage)
        console.dialog_parent = windows.dialog_parent
        controller.buzzed_first.connect(lambda _group: self.sound.play())
        controller.stage_toggle_requested.connect(lambda: self.toggle_stage(stage))

        # The home screen lists unfinished sessions: tell it when this one ends, not at every buzz.
        def ended_maybe() -> None:
            if controller.state.ended:
                self._ended(session_id)

        controller.changed.connect(ended_maybe)
        console.closed.connect(lambda: self._closed(session_id))
        console.export_requested.connect(lambda: self.export(controller, windows.dialog_parent()))
        phones = PhoneLink(controller)
        console.phones_slot.addWidget(PhonesPanel(phones))
        StageBadge(phones, stage)
        console.phones_requested.connect(lambda: self.toggle_phones(phones, windows.dialog_parent()))
        opened = OpenSession(controller, console, stage, windows, phones)
        self.open_sessions[session_id] = opened
        self._resume_phones(phones)
        if show:
            fit_on_screen(console, QSize(1280, 800))
            console.show()
            self.place_stage(stage)
        return opened

    def _store(self) -> Store:
        store = self.context.store
        if store is None:  # PK sessions are offered once the store is open
            raise RuntimeError("the database is not open")
        return store

    def _catalog(self, session_id: int, stored: Mapping[str, Any]) -> QuestionCatalog:
        """The questions the session copied when it started; today's banks for a session from before
        copies were kept, or when its copy is damaged (logged)."""
        try:
            copied = catalog_from_copies(stored, f"PK session {session_id}")
        except CopiesError as exc:
            log.warning("The questions stored with PK session %s cannot be read: %s", session_id, exc)
            copied = None
        return copied if copied is not None else QuestionCatalog(self.context.banks()[0])

    def toggle_phones(self, phones: PhoneLink, parent: QWidget) -> None:
        """Turns phones on (after picking the network, and confirming a public address) or off."""
        from desktop.phones.addresses import is_public
        from desktop.ui.shell.widgets import ask_yes_no

        if phones.on:
            if ask_yes_no(parent, self.tr("Phones as buzzers"), self.tr("Turn the phones off?")):
                phones.stop()
            return
        if phones.controller.state.ended:
            return
        dialog = InterfaceDialog(pk_phones_view.local_addresses(), parent)
        if dialog.exec() != InterfaceDialog.DialogCode.Accepted or not dialog.address():
            return
        host = dialog.address()
        allow_public = False
        if is_public(host):
            allow_public = ask_yes_no(
                parent,
                self.tr("Public address"),
                fill(
                    self.tr(
                        "%1 may be reachable from the internet, not only from this room. "
                        "Let phones join on it anyway?"
                    ),
                    host,
                ),
            )
            if not allow_public:
                return
        self._start_phones(phones, host, allow_public, parent)

    def _start_phones(self, phones: PhoneLink, host: str, allow_public: bool, parent: QWidget | None) -> bool:
        from desktop.ui.shell.widgets import show_error

        try:
            phones.start(host, allow_public)
        except OSError as exc:
            text = fill(self.tr("The phones' server cannot listen on %1: %2"), host, os_reason_text(exc))
            if parent is None:
                phones.controller.message.emit(text)
            else:
                show_error(parent, self.tr("Phones as buzzers"), text)
            return False
        return True

    def _resume_phones(self, phones: PhoneLink) -> None:
        # A session that had phones (killed or closed mid-class) starts its server again at the same
        # address with the same PIN and seats: the phones reconnect with their tokens by themselves.
        state = phones.controller.state
        if state.phones_address is not None and not state.ended:
            host = state.phones_address[0]
            from desktop.phones.addresses import is_public

            self._start_phones(phones, host, is_public(host), None)

    def export(self, controller: PkController, parent: QWidget) -> None:
        from desktop.core.filenames import safe_file_name
        from desktop.ui.pk.export import export_csv, export_pdf
        from desktop.ui.shell.widgets import show_error

        # The title holds the time ("22:24"): a fine title, not a file name Windows accepts.
        default = str(Path.home() / safe_file_name(controller.title, ".pdf"))
        path, chosen = QFileDialog.getSaveFileName(
            parent, self.tr("Export results"), default, "PDF (*.pdf);;CSV (*.csv)"
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".pdf", ".csv"):
            target = target.with_suffix(".csv" if "csv" in chosen.lower() else ".pdf")
        try:
            if target.suffix.lower() == ".csv":
                export_csv(controller, self.context.lang, target)
            else:
                export_pdf(controller, self.context.lang, target)
        except OSError as exc:
            show_error(parent, self.tr("Export failed"), f"{target}: {os_reason_text(exc)}")

    def place_stage(self, stage: QWidget) -> None:
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            # The projector is the screen that is not the console's.
            primary = QGuiApplication.primaryScreen()
            projector = next(s for s in screens if s is not primary)
            stage.setScreen(projector)
            stage.setGeometry(projector.geometry())
            stage.showFullScreen()
        else:
            fit_on_screen(stage, QSize(1280, 720))
            stage.show()

    @staticmethod
    def toggle_stage(stage: QWidget) -> None:
        if stage.isFullScreen():
            stage.showNormal()
        else:
            stage.showFullScreen()
            stage.raise_()

    def _ended(self, session_id: int) -> None:
        if session_id not in self._ended_sessions:
            self._ended_sessions.add(session_id)  # the store announced the end event
            # The end of a session is a natural pause: keep a copy with its results. Here rather
            # than in the store, so the event log's commit (the buzz path) never waits for a file
            # copy; and after the final scoreboard has painted, since the end event is committed.
            QTimer.singleShot(0, self, self._backup_after_session)

    def _backup_after_session(self) -> None:
        from desktop.store.records import PK_SESSION_END

        self.context.automatic_backup(PK_SESSION_END)

    def _closed(self, session_id: int) -> None:
        opened = self.open_sessions.pop(session_id, None)
        if opened is not None:
            opened.phones.stop()
            opened.stage.close()
            opened.stage.deleteLater()
            opened.console.deleteLater()
            opened.controller.deleteLater()
        # The events played since it opened were committed unannounced (the buzz path): the home
        # screen's count of them is refreshed once, now.
        self.context.announce(PK)
