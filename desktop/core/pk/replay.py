"""What each event of a group PK session does: the one place that applies the rules event by event.

``Replay.of(setup, events)`` folds a whole log; ``Replay.apply`` adds one new event at its end (the
session's fast path for a buzz, provably the same as folding again). ``rejection`` (in
``desktop.core.pk.rules``) tells whether an event would be applied: the session asks it before writing,
so a log written by the session never holds an event the fold ignores, and a damaged log cannot break
the fold either. Pure Python; no Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from types import MappingProxyType

from desktop.core.pk.events import AwardRule, BuzzSource, Event, EventKind, check_sequence
from desktop.core.pk.rules import SessionRules
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
from desktop.core.pk.undo import undo_targets


class Replay(SessionRules):
    """A session's log folded: the state and rules of ``SessionRules``, and what each event does to it."""

    def __init__(self, setup: SessionSetup):
        super().__init__(setup)
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
