"""The rules of a group PK session, applied event by event: the one place that says what an event does.

``Replay.of(setup, events)`` folds a whole log; ``Replay.apply`` adds one new event at its end (the
session's fast path for a buzz, provably the same as folding again). ``rejection`` tells whether
an event would be applied: the session asks it before writing, so a log written by the session
never holds an event the fold ignores, and a damaged log cannot break the fold either. Pure Python;
no Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from desktop.core.messages import Message
from desktop.core.pk.events import AwardRule, BuzzSource, Event, EventKind, check_sequence
from desktop.core.pk.setup import SessionSetup
from desktop.core.pk.snapshot import (
    Award,
    Buzz,
    Countdown,
    FalseStart,
    LogEntry,
    QuestionResult,
    Seat,
    SessionState,
    Standing,
)

#: Undo takes back facilitator actions and buzzes; it cannot undo an undo (no redo) nor the end.
#: Nor the phones' seats and false starts: they record what happened, not a decision to take back.
NOT_UNDOABLE = frozenset(
    {
        EventKind.UNDO,
        EventKind.SESSION_ENDED,
        EventKind.PHONES_OPENED,
        EventKind.SEAT_TAKEN,
        EventKind.FALSE_START,
    }
)
MAX_COUNTDOWN_SECONDS = 3600


class IgnoreReason(StrEnum):
    """Why a key press did not count as a buzz (and wrote nothing)."""

    CLOSED = "closed"
    NOT_ELIGIBLE = "not_eligible"
    ALREADY_BUZZED = "already_buzzed"
    UNKNOWN_GROUP = "unknown_group"
    UNKNOWN_KEY = "unknown_key"
    SESSION_ENDED = "session_ended"


IGNORE_MESSAGES: Mapping[IgnoreReason, str] = MappingProxyType(
    {
        IgnoreReason.CLOSED: Message("pk.buzz.closed"),
        IgnoreReason.NOT_ELIGIBLE: Message("pk.buzz.not_eligible"),
        IgnoreReason.ALREADY_BUZZED: Message("pk.buzz.already_buzzed"),
        IgnoreReason.UNKNOWN_GROUP: Message("pk.buzz.unknown_group"),
        IgnoreReason.UNKNOWN_KEY: Message("pk.buzz.unknown_key"),
        IgnoreReason.SESSION_ENDED: Message("pk.ended"),
    }
)


def undo_targets(events: Sequence[Event]) -> tuple[frozenset[int], dict[int, str]]:
    """The seqs taken back by undo events, and why each invalid undo event is ignored.

    Computed before replaying because an undo may take back any earlier event, and replaying
    without it is the only way to get every consequence right (a later buzz's delay, a lock…).
    """
    kinds: dict[int, EventKind] = {}
    undone: set[int] = set()
    ignored: dict[int, str] = {}
    ended = False
    for event in events:
        kinds[event.seq] = event.kind
        if event.kind is EventKind.SESSION_ENDED:
            ended = True
        if event.kind is not EventKind.UNDO:
            continue
        target = event.data["target"]
        if ended:
            ignored[event.seq] = Message("pk.ended")
        elif not 1 <= target < event.seq:
            ignored[event.seq] = Message("pk.undo_no_event", event=target)
        elif kinds[target] in NOT_UNDOABLE:
            ignored[event.seq] = Message("pk.undo_not_undoable", event=target, kind=kinds[target].value)
        elif target in undone:
            ignored[event.seq] = Message("pk.undo_twice", event=target)
        else:
            undone.add(target)
    return frozenset(undone), ignored


@dataclass
class _Question:
    """Mutable working record of one question while replaying; frozen into a QuestionResult."""

    index: int
    question_id: str
    shown: bool = False
    openings: int = 0
    opened_at_ms: float = 0.0
    revealed: bool = False
    buzzes: list[Buzz] = field(default_factory=list)
    #: Buzzes of the latest opening only: the lock and the ties are decided among these.
    opening_buzzes: list[Buzz] = field(default_factory=list)
    buzzed: set[str] = field(default_factory=set)
    award_seqs: list[int] = field(default_factory=list)
    false_starts: list[FalseStart] = field(default_factory=list)


class Replay:
    def __init__(self, setup: SessionSetup):
        self.setup = setup
        self._groups = frozenset(setup.group_ids)
        self._questions = [_Question(i, qid) for i, qid in enumerate(setup.question_ids)]
        self._current: _Question | None = None
        self.buzzers_open = False
        self.countdown: Countdown | None = None
        self.ended = False
        self._awards: dict[int, Award] = {}
        self._log: list[LogEntry] = []
        self.phones_pin: str | None = None
        self.phones_address: tuple[str, int] | None = None
        self._seats: dict[str, Seat] = {}
        self._checks: dict[EventKind, Callable[[Mapping[str, Any]], str | None]] = {
            EventKind.QUESTION_SHOWN: self._check_question_shown,
            EventKind.BUZZERS_OPENED: self._check_buzzers_opened,
            EventKind.BUZZERS_CLOSED: self._check_buzzers_closed,
            EventKind.BUZZ: self._check_buzz,
            EventKind.POINT_AWARDED: self._check_point_awarded,
            EventKind.POINT_WITHDRAWN: self._check_point_withdrawn,
            EventKind.ANSWER_REVEALED: self._check_answer_revealed,
            EventKind.COUNTDOWN_STARTED: self._check_countdown_started,
            EventKind.COUNTDOWN_STOPPED: self._check_countdown_stopped,
            EventKind.SESSION_ENDED: lambda data: None,
            EventKind.PHONES_OPENED: lambda data: None,
            EventKind.SEAT_TAKEN: self._check_seat_taken,
            EventKind.FALSE_START: self._check_false_start,
        }
        self._effects: dict[EventKind, Callable[[Event], None]] = {
            EventKind.QUESTION_SHOWN: self._question_shown,
            EventKind.BUZZERS_OPENED: self._buzzers_opened,
            EventKind.BUZZERS_CLOSED: self._buzzers_closed,
            EventKind.BUZZ: self._buzz,
            EventKind.POINT_AWARDED: self._point_awarded,
            EventKind.POINT_WITHDRAWN: self._point_withdrawn,
            EventKind.ANSWER_REVEALED: self._answer_revealed,
            EventKind.COUNTDOWN_STARTED: self._countdown_started,
            EventKind.COUNTDOWN_STOPPED: self._countdown_stopped,
            EventKind.SESSION_ENDED: self._session_ended,
            EventKind.PHONES_OPENED: self._phones_opened,
            EventKind.SEAT_TAKEN: self._seat_taken,
            EventKind.FALSE_START: self._false_start,
        }

    @classmethod
    def of(cls, setup: SessionSetup, events: Sequence[Event]) -> Replay:
        check_sequence(events)
        undone, ignored_undos = undo_targets(events)
        replay = cls(setup)
        for event in events:
            if event.kind is EventKind.UNDO:
                replay._record(event, ignored_because=ignored_undos.get(event.seq, ""))
            elif event.seq in undone:
                replay._record(event, undone=True)
            else:
                replay._step(event)
        return replay

    def apply(self, event: Event) -> None:
        """Add a new event at the end of the log. An undo changes the past: fold again with ``of``."""
        if event.kind is EventKind.UNDO:
            raise ValueError("an undo event needs a full replay: use Replay.of")
        if event.seq != len(self._log) + 1:
            raise ValueError(f"event {event.seq} does not follow event {len(self._log)}")
        self._step(event)

    def _step(self, event: Event) -> None:
        problem = self.rejection(event)
        if problem is None:
            self._effects[event.kind](event)
        self._record(event, ignored_because=problem or "")

    def _record(self, event: Event, undone: bool = False, ignored_because: str = "") -> None:
        self._log.append(LogEntry(event.seq, event.kind, event.at_ms, event.data, undone, ignored_because))

    # -- questions the session asks ----------------------------------------------------------------
    def rejection(self, event: Event) -> str | None:
        """Why ``event`` would not be applied now, in words for the facilitator; None when it would."""
        if event.kind is EventKind.UNDO:
            raise ValueError("undo events are checked by undo_targets")
        if self.ended:
            return Message("pk.ended")
        return self._checks[event.kind](event.data)

    def buzz_rejection(self, group: str) -> IgnoreReason | None:
        if self.ended:
            return IgnoreReason.SESSION_ENDED
        if group not in self._groups:
            return IgnoreReason.UNKNOWN_GROUP
        if not self.buzzers_open or self._current is None:
            return IgnoreReason.CLOSED
        if any(b.group == group for b in self._current.opening_buzzes):
            return IgnoreReason.ALREADY_BUZZED
        if group in self._current.buzzed:
            return IgnoreReason.NOT_ELIGIBLE
        return None

    @property
    def opened_at_ms(self) -> float | None:
        """When the buzzers opened, while they are open: a phone's press judged earlier is a false start."""
        return self._current.opened_at_ms if self.buzzers_open and self._current else None

    def false_start_possible(self, group: str) -> bool:
        """Whether an early press of ``group`` is worth logging: a question waits for its buzzers and
        the group may still buzz for it."""
        current = self._current
        return (
            not self.ended
            and current is not None
            and not current.revealed
            and group in self._groups
            and group not in current.buzzed
        )

    def undo_target(self) -> int | None:
        """The seq an undo would take back now: the latest event still in effect that can be undone."""
        return next(
            (e.seq for e in reversed(self._log) if not e.undone and e.kind not in NOT_UNDOABLE),
            None,
        )

    @property
    def locked_by(self) -> str | None:
        current = self._current
        return current.opening_buzzes[0].group if current and current.opening_buzzes else None

    @property
    def tie_with(self) -> tuple[str, ...]:
        if self._current is None:
            return ()
        window = self.setup.rules.tie_window_ms
        return tuple(b.group for b in self._current.opening_buzzes[1:] if b.delay_ms <= window)

    # -- checks: one per kind, each returning why not (or None) -----------------------------------
    def _name(self, group: str) -> str:
        found = self.setup.group(group)
        return found.name if found else group

    def _check_question_shown(self, data: Mapping[str, Any]) -> str | None:
        index = data["index"]
        if not 0 <= index < len(self._questions):
            return Message("pk.no_such_question", number=index + 1, count=len(self._questions))
        if self._current is not None and self._current.index == index:
            return Message("pk.question_showing", number=index + 1)
        return None

    def _check_buzzers_opened(self, data: Mapping[str, Any]) -> str | None:
        if self._current is None:
            return Message("pk.show_question_first")
        if self.buzzers_open:
            return Message("pk.buzzers_already_open")
        number = self._current.index + 1
        if self._current.revealed:
            return Message("pk.already_revealed", number=number)
        if self._groups <= self._current.buzzed:
            return Message("pk.everyone_buzzed", number=number)
        return None

    def _check_buzzers_closed(self, data: Mapping[str, Any]) -> str | None:
        return None if self.buzzers_open else Message("pk.buzzers_not_open")

    def _check_buzz(self, data: Mapping[str, Any]) -> str | None:
        reason = self.buzz_rejection(data["group"])
        return IGNORE_MESSAGES[reason] if reason else None

    def _standing_award(self, question: _Question, rule: AwardRule) -> Award | None:
        awards = (self._awards[seq] for seq in question.award_seqs)
        return next((a for a in awards if a.rule is rule and not a.withdrawn), None)

    def _check_point_awarded(self, data: Mapping[str, Any]) -> str | None:
        current = self._current
        if current is None:
            return Message("pk.show_question_first")
        group, rule, points = data["group"], AwardRule(data["rule"]), data["points"]
        if group not in self._groups:
            return Message("pk.no_such_group", group=group)
        if rule is AwardRule.MANUAL:
            # Taking points back is a withdrawal, which keeps the reason next to the award it cancels.
            return None if points >= 1 else Message("pk.manual_at_least_one")
        if points < 0:
            return Message("pk.award_negative", rule=Message(f"pk.rule.{rule.value}"))
        standing = self._standing_award(current, rule)
        if standing is not None:
            return Message(
                "pk.rule_taken",
                number=current.index + 1,
                rule=Message(f"pk.rule.{rule.value}"),
                group=self._name(standing.group),
            )
        if rule is AwardRule.FIRST:
            if self.locked_by is None:
                return Message("pk.nobody_buzzed")
            if group != self.locked_by and group not in self.tie_with:
                return Message("pk.not_first", group=self._name(group))
        return None

    def _check_point_withdrawn(self, data: Mapping[str, Any]) -> str | None:
        award = self._awards.get(data["award"])
        if award is None:
            return Message("pk.no_such_award", award=data["award"])
        if award.withdrawn:
            return Message("pk.award_withdrawn", award=award.seq)
        return None

    def _check_answer_revealed(self, data: Mapping[str, Any]) -> str | None:
        if self._current is None:
            return Message("pk.show_question_first")
        if self._current.revealed:
            return Message("pk.already_revealed", number=self._current.index + 1)
        return None

    def _check_countdown_started(self, data: Mapping[str, Any]) -> str | None:
        seconds = data["seconds"]
        if not 1 <= seconds <= MAX_COUNTDOWN_SECONDS:
            return Message("pk.countdown_range", most=MAX_COUNTDOWN_SECONDS, seconds=seconds)
        return None

    def _check_seat_taken(self, data: Mapping[str, Any]) -> str | None:
        if data["group"] not in self._groups:
            return Message("pk.no_such_group", group=data["group"])
        if data["seat"] in self._seats:
            return Message("pk.seat_taken", seat=data["seat"])
        return None

    def _check_false_start(self, data: Mapping[str, Any]) -> str | None:
        # A record of a press, not a decision: an undo of the question it was pressed on leaves it
        # without a question, which is no reason to flag it as breaking the rules.
        return None

    def _check_countdown_stopped(self, data: Mapping[str, Any]) -> str | None:
        return None if self.countdown else Message("pk.no_countdown")

    # -- effects: one per kind, applied only after its check passed -------------------------------
    def _question_shown(self, event: Event) -> None:
        # Each question keeps its own buzzes, lock and reveal, so going back and forth loses nothing;
        # the buzzers close and the countdown stops because they belonged to the question left.
        self._current = self._questions[event.data["index"]]
        self._current.shown = True
        self.buzzers_open = False
        self.countdown = None

    def _buzzers_opened(self, event: Event) -> None:
        assert self._current is not None
        self._current.openings += 1
        self._current.opened_at_ms = event.at_ms
        self._current.opening_buzzes = []
        self.buzzers_open = True

    def _buzzers_closed(self, event: Event) -> None:
        self.buzzers_open = False

    def _buzz(self, event: Event) -> None:
        current = self._current
        assert current is not None
        data = event.data
        group = data["group"]
        arrived = Buzz(
            seq=event.seq,
            group=group,
            at_ms=event.at_ms,
            delay_ms=0.0,
            opening=current.openings,
            first=False,
            source=data.get("source", BuzzSource.KEY.value),
            seat=data.get("seat", ""),
            received_ms=float(data.get("received_ms", event.at_ms)),
        )
        # A phone's buzz is judged by when it was pressed (its receive time less its one-way delay), so
        # a slow phone's earlier press may arrive after a quicker one: the opening is ordered by that
        # time, not by arrival. Keys and logs written before phones are already in time order.
        ordered = sorted([*current.opening_buzzes, arrived], key=lambda b: (b.at_ms, b.seq))
        lead = ordered[0]
        current.opening_buzzes = [
            replace(
                b,
                delay_ms=b.at_ms - lead.at_ms,
                raw_delay_ms=b.received_ms - lead.received_ms,
                first=b is lead,
            )
            for b in ordered
        ]
        earlier = [b for b in current.buzzes if b.opening != current.openings]
        current.buzzes = earlier + current.opening_buzzes
        current.buzzed.add(group)

    def _point_awarded(self, event: Event) -> None:
        assert self._current is not None
        data = event.data
        self._awards[event.seq] = Award(
            seq=event.seq,
            question_index=self._current.index,
            group=data["group"],
            rule=AwardRule(data["rule"]),
            points=data["points"],
            reason=data["reason"],
        )
        self._current.award_seqs.append(event.seq)

    def _point_withdrawn(self, event: Event) -> None:
        seq = event.data["award"]
        self._awards[seq] = replace(self._awards[seq], withdrawn=True, withdraw_reason=event.data["reason"])

    def _answer_revealed(self, event: Event) -> None:
        # Once the answer is on the screen nobody may buzz for it, and the answering time is over.
        assert self._current is not None
        self._current.revealed = True
        self.buzzers_open = False
        self.countdown = None

    def _countdown_started(self, event: Event) -> None:
        self.countdown = Countdown(started_at_ms=event.at_ms, seconds=event.data["seconds"])

    def _countdown_stopped(self, event: Event) -> None:
        self.countdown = None

    def _phones_opened(self, event: Event) -> None:
        self.phones_pin = event.data["pin"]
        self.phones_address = (event.data["host"], event.data["port"])

    def _seat_taken(self, event: Event) -> None:
        data = event.data
        self._seats[data["seat"]] = Seat(data["seat"], data["group"], data["name"], data["token_hash"])

    def _false_start(self, event: Event) -> None:
        if self._current is None:
            return
        data = event.data
        self._current.false_starts.append(
            FalseStart(event.seq, data["group"], data["seat"], data["early_ms"])
        )

    def _session_ended(self, event: Event) -> None:
        self.ended = True
        self.buzzers_open = False
        self.countdown = None

    # -- the read-only view -------------------------------------------------------------------------
    def snapshot(self) -> SessionState:
        group_ids = self.setup.group_ids
        scores = dict.fromkeys(group_ids, 0)
        for award in self._awards.values():
            scores[award.group] += award.counted_points
        results = {
            q.index: QuestionResult(
                index=q.index,
                question_id=q.question_id,
                shown=q.shown,
                openings=q.openings,
                revealed=q.revealed,
                buzzes=tuple(q.buzzes),
                awards=tuple(self._awards[seq] for seq in q.award_seqs),
            )
            for q in self._questions
        }
        ranking = _ranking(group_ids, scores)
        current = self._current
        return SessionState(
            question_index=current.index if current else None,
            question_id=current.question_id if current else None,
            buzzers_open=self.buzzers_open,
            opening=current.openings if current else 0,
            revealed=current.revealed if current else False,
            countdown=self.countdown,
            ended=self.ended,
            buzzes=tuple(current.buzzes) if current else (),
            locked_by=self.locked_by,
            eligible=frozenset(self._groups - current.buzzed) if current else frozenset(),
            tie_with=self.tie_with,
            scores=MappingProxyType(scores),
            awards=tuple(self._awards.values()),
            results=MappingProxyType(results),
            log=tuple(self._log),
            winners=tuple(s.group for s in ranking if s.place == 1),
            ranking=ranking,
            phones_pin=self.phones_pin,
            phones_address=self.phones_address,
            seats=MappingProxyType(dict(self._seats)),
            false_starts=tuple(current.false_starts) if current else (),
        )


def _ranking(group_ids: Sequence[str], scores: Mapping[str, int]) -> tuple[Standing, ...]:
    # sorted() is stable, so tied groups keep the set-up order (the order they sit in).
    ordered = sorted(group_ids, key=lambda g: -scores[g])
    standings: list[Standing] = []
    for position, group in enumerate(ordered, start=1):
        tied_above = standings and standings[-1].score == scores[group]
        place = standings[-1].place if tied_above else position
        standings.append(Standing(place=place, group=group, score=scores[group]))
    return tuple(standings)
