"""One PK session shared by the console and the stage: keys in, commands to the core, state out.

Every command goes through the core session, which commits the event to the database before the
state changes; only then are the windows told to repaint. Nothing here decides a score.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent

from desktop.core.pk.clock import PressTimes, SessionClock
from desktop.core.pk.events import Event
from desktop.core.pk.session import BuzzResult, PkRuleError, PkSession
from desktop.core.pk.setup import COMMAND_KEYS as COMMAND_KEYS  # the console's keys, defined once in core
from desktop.core.pk.setup import Group, SessionSetup
from desktop.core.quiz_selection import QuestionCatalog, QuestionRef

if TYPE_CHECKING:  # the store (SQLAlchemy) loads after the first paint, not with the window
    from desktop.core.pk.snapshot import SessionState
    from desktop.store.store import Store

PENDING_FIRST, PENDING_BETTER, PENDING_MANUAL = "first", "better", "manual"

T = TypeVar("T")  # what a core command returns


class PkController(QObject):
    changed = Signal()
    buzzed_first = Signal(str)  # group id
    #: a rule refused a command (a ``Message``, or plain text), shown to the facilitator only
    message = Signal(object)
    storage_failed = Signal(object)  # StorageError: the event was not saved
    stage_toggle_requested = Signal()
    end_requested = Signal()
    reason_requested = Signal(str, str)  # pending kind, group id: ask the facilitator for a one-line reason

    def __init__(
        self,
        session_id: int,
        title: str,
        setup: SessionSetup,
        events: list[Event],
        store: Store,
        catalog: QuestionCatalog,
        countdown_seconds: int = 60,
        clock: Callable[[], float] | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.session_id = session_id
        self.title = title
        self.setup = setup
        self.catalog = catalog
        self.countdown_seconds = countdown_seconds
        self.pending: str | None = None
        self._store = store
        start_ms = events[-1].at_ms if events else 0.0
        self.clock = clock or SessionClock(start_ms)
        self.session = PkSession(setup, events, self.clock, self._commit)
        self.press_times = PressTimes(self.clock)
        self.group_by_key = {g.key.upper(): g for g in setup.groups}

    def _commit(self, event: Event) -> None:
        self._store.append_pk_event(self.session_id, event)

    @property
    def state(self) -> SessionState:
        return self.session.state

    def group(self, group_id: str) -> Group:
        return next(g for g in self.setup.groups if g.id == group_id)

    def question(self, index: int | None = None) -> QuestionRef | None:
        index = self.state.question_index if index is None else index
        if index is None or not 0 <= index < len(self.setup.question_ids):
            return None
        return self.catalog.get(self.setup.question_ids[index])

    # -- commands ------------------------------------------------------------------------------
    def run(self, command: Callable[[], T]) -> T | None:
        """Run one core command; a refused command becomes a message, never an exception."""
        from desktop.store.errors import StorageError

        try:
            result = command()
        except PkRuleError as exc:
            self.message.emit(exc.message)
            return None
        except StorageError as exc:
            # The event was not committed, so the session did not change: nothing to take back.
            self.storage_failed.emit(exc)
            return None
        self.changed.emit()
        return result

    def buzz_key(self, key: str, at_ms: float | None = None) -> None:
        outcome = self.run(lambda: self.session.buzz_key(key, at_ms))
        if outcome is not None and outcome.result is BuzzResult.FIRST:
            self.buzzed_first.emit(outcome.group)

    def phone_buzzes(self, buzzes: list[tuple[str, str, float, float]]) -> list[object]:
        """Phones' buzzes ``(group, seat, received_ms, latency_ms)`` that arrived together, each judged
        by the core at its receive time less its delay and committed; the windows refresh once for all
        of them (a burst of presses would otherwise wait for one refresh per buzz)."""
        from desktop.store.errors import StorageError

        was_locked = self.state.locked_by is not None
        outcomes: list[object] = []
        for group_id, seat, received_ms, latency_ms in buzzes:
            try:
                outcomes.append(self.session.phone_buzz(group_id, seat, received_ms, latency_ms))
            except PkRuleError as exc:
                self.message.emit(exc.message)
            except StorageError as exc:
                self.storage_failed.emit(exc)  # not committed: the session is as before this buzz
                break
        self.changed.emit()
        if not was_locked and self.state.locked_by is not None:
            self.buzzed_first.emit(self.state.locked_by)
        return outcomes

    def award_first(self, group_id: str | None = None, reason: str = "") -> None:
        self.run(lambda: self.session.award_first(group_id, reason))

    def award_better(self, group_id: str, reason: str = "") -> None:
        self.run(lambda: self.session.award_better(group_id, reason))

    def award_manual(self, group_id: str, points: int, reason: str) -> None:
        self.run(lambda: self.session.award_manual(group_id, points, reason))

    def withdraw(self, award_seq: int, reason: str = "") -> None:
        self.run(lambda: self.session.withdraw(award_seq, reason))

    def toggle_buzzers(self) -> None:
        if self.state.buzzers_open:
            self.run(self.session.close_buzzers)
        else:
            self.run(self.session.open_buzzers)

    def toggle_countdown(self) -> None:
        if self.state.countdown is not None:
            self.run(self.session.stop_countdown)
        else:
            self.run(lambda: self.session.start_countdown(self.countdown_seconds))

    def undo(self) -> None:
        self.pending = None
        self.run(self.session.undo)

    def end(self) -> None:
        self.run(self.session.end)

    # -- keys ----------------------------------------------------------------------------------
    def handle_key(self, event: QKeyEvent) -> bool:
        """Act on a key from the console or the stage; returns whether it was ours."""
        if event.isAutoRepeat():
            return True  # a held key buzzes (or awards) once
        self.message.emit("")  # a new key: the last refusal no longer applies
        key, mods = event.key(), event.modifiers()
        text = event.text().upper()
        if mods & Qt.KeyboardModifier.ControlModifier:
            if key == Qt.Key.Key_Z:
                self.undo()
                return True
            if key == Qt.Key.Key_E:
                self.end_requested.emit()
                return True
            return False
        if key == Qt.Key.Key_F5:
            self.stage_toggle_requested.emit()
            return True
        if key == Qt.Key.Key_Escape and self.pending:
            self.pending = None
            self.changed.emit()
            return True
        group = self.group_by_key.get(text) if text else None
        if group is not None:
            if self.pending == PENDING_BETTER:
                self.pending = None
                self.award_better(group.id)
            elif self.pending == PENDING_FIRST:
                self.pending = None
                self.award_first(group.id)
            elif self.pending == PENDING_MANUAL:
                self.pending = None
                self.reason_requested.emit(PENDING_MANUAL, group.id)
            else:
                self.buzz_key(text, self.press_times.at_ms(event.timestamp()))
            return True
        if key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown) or text == "N":
            self.run(self.session.next_question)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp) or text == "P":
            self.run(self.session.previous_question)
        elif key == Qt.Key.Key_Space:
            self.toggle_buzzers()
        elif text == "F":
            if self.state.tie_with:
                self.pending = PENDING_FIRST  # a tie: the facilitator names the group
                self.changed.emit()
            else:
                self.award_first()
        elif text == "B":
            self.pending = PENDING_BETTER
            self.changed.emit()
        elif text == "M":
            self.pending = PENDING_MANUAL
            self.changed.emit()
        elif text == "R":
            self.run(self.session.reveal_answer)
        elif text == "T":
            self.toggle_countdown()
        elif text == "W":
            self.reason_requested.emit("withdraw", "")
        else:
            return False
        return True
