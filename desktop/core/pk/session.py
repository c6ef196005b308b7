"""The command side of a group PK session: the facilitator's keys and the groups' buzzers.

Every command checks the rules against the current state, builds the next event and hands it to
``sink`` — the store commits it there — before anything changes in memory: if the commit fails
the exception propagates and the session is exactly as before, so the console never shows a point
that is not on disk. Pure Python; no Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from desktop.core.messages import Message
from desktop.core.pk.events import AwardRule, BuzzSource, Event, EventKind
from desktop.core.pk.replay import Replay
from desktop.core.pk.rules import IGNORE_MESSAGES, IgnoreReason
from desktop.core.pk.setup import SessionSetup, require_valid_setup
from desktop.core.pk.snapshot import SessionState

__all__ = ["BuzzOutcome", "BuzzResult", "IgnoreReason", "PkRuleError", "PkSession"]


class PkRuleError(Exception):
    """A command the rules do not allow now; ``message`` says why (a ``Message``: the console shows it
    in its language)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class BuzzResult(StrEnum):
    FIRST = "first"
    LATER = "later"
    IGNORED = "ignored"
    #: A phone pressed before the buzzers opened: logged, not a buzz.
    FALSE_START = "false_start"


@dataclass(frozen=True)
class BuzzOutcome:
    result: BuzzResult
    group: str | None
    reason: IgnoreReason | None = None
    #: The event written; None when the buzz was ignored (an ignored press writes nothing).
    event: Event | None = None

    @property
    def message(self) -> str:
        return IGNORE_MESSAGES[self.reason] if self.reason else ""


class PkSession:
    def __init__(
        self,
        setup: SessionSetup,
        events: Iterable[Event],
        clock: Callable[[], float],
        sink: Callable[[Event], None],
    ):
        """``events`` is the log so far (empty for a new session); ``clock`` gives the session's
        monotonic milliseconds — on resuming, one that continues after the log's last ``at_ms``;
        ``sink`` commits one event and raises when it cannot."""
        # Command keys are refused as group keys when a session is set up; a session stored
        # before that rule still runs (its group keys are read before the commands).
        require_valid_setup(setup, allow_reserved_keys=True)
        self._setup = setup
        self._events = list(events)
        self._clock = clock
        self._sink = sink
        self._replay = Replay.of(setup, self._events)
        self._state: SessionState | None = None

    @property
    def setup(self) -> SessionSetup:
        return self._setup

    @property
    def events(self) -> tuple[Event, ...]:
        return tuple(self._events)

    @property
    def state(self) -> SessionState:
        if self._state is None:
            self._state = self._replay.snapshot()
        return self._state

    # -- writing ----------------------------------------------------------------------------------
    def _timestamp(self, at_ms: float | None, not_before: float | None = None) -> float:
        now = self._clock()
        wanted = now if at_ms is None else min(at_ms, now)
        if not_before is not None:
            # A phone's press, judged by its one-way delay, may precede events written since
            # (another buzz that arrived sooner); the fold orders the opening by these times.
            return max(wanted, not_before)
        # The log's times never run backwards, so no delay comes out negative: a resumed session's
        # clock or a key press's own timestamp may lag behind the last event written.
        return max(wanted, self._events[-1].at_ms) if self._events else wanted

    def _require_not_ended(self) -> None:
        if self._replay.ended:
            raise PkRuleError(Message("pk.ended"))

    def _write(
        self,
        kind: EventKind,
        data: dict[str, Any],
        at_ms: float | None = None,
        not_before: float | None = None,
    ) -> Event:
        self._require_not_ended()
        at = self._timestamp(at_ms, not_before)
        event = Event(seq=len(self._events) + 1, kind=kind, at_ms=at, data=data)
        if kind is not EventKind.UNDO:
            problem = self._replay.rejection(event)
            if problem:
                raise PkRuleError(problem)
        self._sink(event)  # the commit: if it raises, nothing below runs and memory is unchanged
        self._events.append(event)
        if kind is EventKind.UNDO:
            self._replay = Replay.of(self._setup, self._events)
        else:
            self._replay.apply(event)
        self._state = None
        return event

    # -- questions --------------------------------------------------------------------------------
    def show_question(self, index: int) -> Event:
        return self._write(EventKind.QUESTION_SHOWN, {"index": index})

    def next_question(self) -> Event:
        self._require_not_ended()
        current = self.state.question_index
        if current is not None and current + 1 >= len(self._setup.question_ids):
            raise PkRuleError(Message("pk.last_question"))
        return self.show_question(0 if current is None else current + 1)

    def previous_question(self) -> Event:
        self._require_not_ended()
        current = self.state.question_index
        if current is None:
            raise PkRuleError(Message("pk.no_question_yet"))
        if current == 0:
            raise PkRuleError(Message("pk.first_question"))
        return self.show_question(current - 1)

    def reveal_answer(self) -> Event:
        return self._write(EventKind.ANSWER_REVEALED, {})

    # -- buzzers ----------------------------------------------------------------------------------
    def open_buzzers(self) -> Event:
        return self._write(EventKind.BUZZERS_OPENED, {})

    def close_buzzers(self) -> Event:
        return self._write(EventKind.BUZZERS_CLOSED, {})

    def buzz(self, group_id: str, at_ms: float | None = None) -> BuzzOutcome:
        """A group's buzz. Never raises for the rules — a group key pressed at the wrong moment is
        ignored and writes nothing. ``at_ms`` is when the key went down on the session clock (the
        key event's time), since the commit of an earlier buzz may delay this call by milliseconds
        that would otherwise count against the group; it is never later than now."""
        reason = self._replay.buzz_rejection(group_id)
        if reason is not None:
            return BuzzOutcome(BuzzResult.IGNORED, group_id, reason)
        first = self._replay.locked_by is None
        event = self._write(EventKind.BUZZ, {"group": group_id}, at_ms)
        return BuzzOutcome(BuzzResult.FIRST if first else BuzzResult.LATER, group_id, None, event)

    def phone_buzz(self, group_id: str, seat: str, received_ms: float, latency_ms: float) -> BuzzOutcome:
        """A phone's buzz, judged at ``received_ms - latency_ms`` on the session clock: when the server
        received it less that phone's estimated one-way delay, never the phone's own clock. A press
        judged before the buzzers opened (or while they are closed) is a false start: logged while a
        question waits for the group, never a buzz. Never raises for the rules."""
        pressed = received_ms - latency_ms
        reason = self._replay.buzz_rejection(group_id)
        opened = self._replay.opened_at_ms
        early = reason is IgnoreReason.CLOSED or (reason is None and opened is not None and pressed < opened)
        if early:
            if not self._replay.false_start_possible(group_id):
                return BuzzOutcome(BuzzResult.IGNORED, group_id, reason)
            early_ms = round(opened - pressed, 1) if opened is not None else 0.0
            data = {"group": group_id, "seat": seat, "early_ms": early_ms}
            event = self._write(EventKind.FALSE_START, data)
            return BuzzOutcome(BuzzResult.FALSE_START, group_id, None, event)
        if reason is not None:
            return BuzzOutcome(BuzzResult.IGNORED, group_id, reason)
        assert opened is not None
        data = {
            "group": group_id,
            "source": BuzzSource.PHONE.value,
            "seat": seat,
            "received_ms": received_ms,
            "latency_ms": latency_ms,
        }
        event = self._write(EventKind.BUZZ, data, pressed, not_before=opened)
        first = self._replay.locked_by == group_id
        return BuzzOutcome(BuzzResult.FIRST if first else BuzzResult.LATER, group_id, None, event)

    # -- phones -----------------------------------------------------------------------------------
    def open_phones(self, pin: str, host: str, port: int) -> Event:
        """Phones may join with ``pin`` at ``host:port``; a resumed session starts its server there again."""
        return self._write(EventKind.PHONES_OPENED, {"pin": pin, "host": host, "port": port})

    def take_seat(self, seat: str, token_hash: str, group_id: str, name: str) -> Event:
        data = {"seat": seat, "token_hash": token_hash, "group": group_id, "name": name}
        return self._write(EventKind.SEAT_TAKEN, data)

    def buzz_key(self, key: str, at_ms: float | None = None) -> BuzzOutcome:
        group = self._setup.group_for_key(key)
        if group is None:
            return BuzzOutcome(BuzzResult.IGNORED, None, IgnoreReason.UNKNOWN_KEY)
        return self.buzz(group.id, at_ms)

    # -- points -----------------------------------------------------------------------------------
    def award_first(self, group_id: str | None = None, reason: str = "") -> Event:
        """The 'first' point: to the group that locked the buzzers, or to one it tied with."""
        self._require_not_ended()
        group = group_id if group_id is not None else self._replay.locked_by
        if group is None:
            raise PkRuleError(Message("pk.nobody_buzzed"))
        points = self._setup.rules.first_points
        return self._award(group, AwardRule.FIRST, points, reason)

    def award_better(self, group_id: str, reason: str = "") -> Event:
        return self._award(group_id, AwardRule.BETTER, self._setup.rules.better_points, reason)

    def award_manual(self, group_id: str, points: int, reason: str) -> Event:
        self._require_not_ended()
        if not isinstance(reason, str) or not reason.strip():
            raise PkRuleError(Message("pk.reason_needed"))
        return self._award(group_id, AwardRule.MANUAL, points, reason)

    def _award(self, group: str, rule: AwardRule, points: int, reason: str) -> Event:
        data = {"group": group, "rule": rule.value, "points": points, "reason": reason}
        return self._write(EventKind.POINT_AWARDED, data)

    def withdraw(self, award_seq: int, reason: str = "") -> Event:
        return self._write(EventKind.POINT_WITHDRAWN, {"award": award_seq, "reason": reason})

    # -- countdown --------------------------------------------------------------------------------
    def start_countdown(self, seconds: int) -> Event:
        """Starts a countdown, replacing one already running."""
        return self._write(EventKind.COUNTDOWN_STARTED, {"seconds": seconds})

    def stop_countdown(self) -> Event:
        return self._write(EventKind.COUNTDOWN_STOPPED, {})

    # -- undo and end -----------------------------------------------------------------------------
    def undo_target(self) -> Event | None:
        """The event ``undo`` would take back, for the console to name it ("Undo: +1 红队")."""
        seq = self._replay.undo_target()
        return self._events[seq - 1] if seq is not None else None

    def undo(self) -> Event | None:
        """Appends an undo of the latest event still in effect; None when there is nothing to undo."""
        self._require_not_ended()
        target = self.undo_target()
        if target is None:
            return None
        return self._write(EventKind.UNDO, {"target": target.seq})

    def end(self) -> Event:
        return self._write(EventKind.SESSION_ENDED, {})
