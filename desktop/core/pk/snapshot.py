"""What a group PK session looks like after its events: read-only values for the console and the sheet.

These are plain frozen records; ``desktop.core.pk.replay`` builds them from the event log. Pure
Python; no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.core.pk.events import AwardRule, EventKind


@dataclass(frozen=True)
class Countdown:
    started_at_ms: float
    seconds: int

    @property
    def ends_at_ms(self) -> float:
        return self.started_at_ms + self.seconds * 1000.0

    def remaining_ms(self, now_ms: float) -> float:
        """The log does not know the time, so the console asks with its clock; 0 once run out."""
        return max(0.0, self.ends_at_ms - now_ms)


@dataclass(frozen=True)
class Buzz:
    seq: int
    group: str
    at_ms: float
    #: After the first buzz of the same opening; 0 for that first buzz.
    delay_ms: float
    #: 1 for the first opening of the buzzers on this question, 2 after a reopening…
    opening: int
    first: bool
    #: Where the buzz came from: "key" (the keyboard) or "phone" (then which seat).
    source: str = "key"
    seat: str = ""
    #: When the buzz reached the app (a phone's is judged earlier by its one-way delay); for a key, at_ms.
    received_ms: float = 0.0
    #: The gap to the first buzz by arrival, uncorrected (may be negative for a slow phone that pressed first).
    raw_delay_ms: float = 0.0


@dataclass(frozen=True)
class Seat:
    """A phone's place in the session: which group it buzzes for, under which name."""

    seat: str
    group: str
    name: str
    token_hash: str


@dataclass(frozen=True)
class FalseStart:
    seq: int
    group: str
    seat: str
    #: How long before the buzzers opened the press was judged to be (0 when they were still closed).
    early_ms: float


@dataclass(frozen=True)
class Award:
    seq: int
    question_index: int
    group: str
    rule: AwardRule
    points: int
    reason: str
    withdrawn: bool = False
    withdraw_reason: str = ""

    @property
    def counted_points(self) -> int:
        return 0 if self.withdrawn else self.points


@dataclass(frozen=True)
class QuestionResult:
    """One question for the end-of-session sheet: who buzzed when, and which points it gave."""

    index: int
    question_id: str
    shown: bool
    openings: int
    revealed: bool
    buzzes: tuple[Buzz, ...]
    #: Withdrawn awards included (flagged), so the sheet can show what was taken back and why.
    awards: tuple[Award, ...]

    def standing_award(self, rule: AwardRule) -> Award | None:
        """The award of this rule that still counts; a question has at most one 'first' and one 'better'."""
        return next((a for a in self.awards if a.rule is rule and not a.withdrawn), None)


@dataclass(frozen=True)
class LogEntry:
    """One event as the audit trail shows it, including the ones undo took back."""

    seq: int
    kind: EventKind
    at_ms: float
    data: Mapping[str, Any]
    undone: bool = False
    #: Why the fold did not apply the event ("" when it did); only a hand-edited or damaged log has any.
    ignored_because: str = ""


@dataclass(frozen=True)
class Standing:
    #: Competition ranking: two groups tied for first are both 1st and the next group is 3rd.
    place: int
    group: str
    score: int


@dataclass(frozen=True)
class SessionState:
    question_index: int | None
    question_id: str | None
    buzzers_open: bool
    #: Openings of the buzzers on the current question so far (0 before the first).
    opening: int
    revealed: bool
    countdown: Countdown | None
    ended: bool
    # The current question: its buzzes of every opening in order, and the lock of the latest opening.
    buzzes: tuple[Buzz, ...]
    locked_by: str | None
    eligible: frozenset[str]
    tie_with: tuple[str, ...]
    # The whole session.
    scores: Mapping[str, int]
    awards: tuple[Award, ...]
    results: Mapping[int, QuestionResult]
    log: tuple[LogEntry, ...]
    winners: tuple[str, ...]
    ranking: tuple[Standing, ...]
    # Phones: the PIN they join with (None until phones were turned on), their seats, and the false
    # starts of the current question.
    phones_pin: str | None = None
    #: Where the phone server listened (host, port), to start it there again on resuming.
    phones_address: tuple[str, int] | None = None
    seats: Mapping[str, Seat] = field(default_factory=dict)
    false_starts: tuple[FalseStart, ...] = ()
