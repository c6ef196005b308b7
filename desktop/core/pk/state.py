"""The state of a group PK session is a pure fold of its event log.

``fold`` first works out which events undo took back, then replays the rest in order (the rules in
``desktop.core.pk.rules``, what each event does in ``desktop.core.pk.replay``): the same log always
gives the same state, and nothing the facilitator did is lost from the log. Pure Python; no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.pk.events import Event
from desktop.core.pk.replay import Replay
from desktop.core.pk.setup import SessionSetup
from desktop.core.pk.snapshot import (
    Award,
    Buzz,
    Countdown,
    LogEntry,
    QuestionResult,
    SessionState,
    Standing,
)

__all__ = [
    "Award",
    "Buzz",
    "Countdown",
    "LogEntry",
    "QuestionResult",
    "SessionState",
    "Standing",
    "fold",
]


def fold(setup: SessionSetup, events: Sequence[Event]) -> SessionState:
    """The session after ``events``. Raises MalformedEventError when seqs are not 1, 2, 3…;
    an event that breaks the rules (only in a hand-edited log) is skipped and marked in ``log``."""
    return Replay.of(setup, events).snapshot()
