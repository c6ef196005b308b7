"""Where a PK session stands while its log is folded, and the rules judged on it.

``SessionRules`` holds the working state of a fold (the questions, the open buzzers, the awards, the
seats) and answers, without changing anything, the questions the session asks before it writes:
whether an event would be applied now and why not (one check per kind), and who may buzz. What each
event then does to that state is ``desktop.core.pk.replay.Replay``. Pure Python; no Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from desktop.core.messages import Message
from desktop.core.pk.events import AwardRule, Event, EventKind
from desktop.core.pk.setup import SessionSetup
from desktop.core.pk.snapshot import Award, Buzz, Countdown, FalseStart, LogEntry, Seat
from desktop.core.pk.undo import NOT_UNDOABLE

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


@dataclass
class QuestionInPlay:
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


class SessionRules:
    """The state of a fold and the rules judged on it; ``Replay`` adds what each event does."""

    def __init__(self, setup: SessionSetup):
        self.setup = setup
        self._groups = frozenset(setup.group_ids)
        self._questions = [QuestionInPlay(i, qid) for i, qid in enumerate(setup.question_ids)]
        self._current: QuestionInPlay | None = None
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

    def _standing_award(self, question: QuestionInPlay, rule: AwardRule) -> Award | None:
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
