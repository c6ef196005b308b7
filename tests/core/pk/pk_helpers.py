"""Shared pieces of the PK core tests: a fake clock, a recording sink and small set-ups."""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from desktop.core.pk.events import Event
from desktop.core.pk.session import PkSession
from desktop.core.pk.setup import Group, ScoringRules, SessionSetup, default_key
from desktop.core.pk.state import SessionState

NAMES = ("红队", "蓝队", "绿队", "黄队", "紫队")


class FakeClock:
    """The session's clock in tests: milliseconds that move only when the test says so."""

    def __init__(self, now_ms: float = 0.0):
        self.now_ms = now_ms

    def __call__(self) -> float:
        return self.now_ms

    def advance(self, ms: float) -> float:
        self.now_ms += ms
        return self.now_ms


@dataclass
class RecordingSink:
    """Stands in for the store: keeps what was committed, and can be told to fail like a full disk."""

    committed: list[Event] = field(default_factory=list)
    failing: bool = False

    def __call__(self, event: Event) -> None:
        if self.failing:
            raise OSError("disk I/O error")
        self.committed.append(event)


def make_group(position: int, group_id: str | None = None) -> Group:
    return Group(
        id=group_id or "abcdefghijkl"[position],
        name=NAMES[position] if position < len(NAMES) else f"第{position + 1}组",
        leader=f"组长{position + 1}",
        colour="#c0392b",
        key=default_key(position),
    )


def make_setup(groups: int = 3, questions: int = 5, rules: ScoringRules | None = None) -> SessionSetup:
    return SessionSetup(
        groups=tuple(make_group(i) for i in range(groups)),
        question_ids=tuple(f"q{i + 1}" for i in range(questions)),
        rules=rules or ScoringRules(),
    )


def new_session(setup: SessionSetup | None = None, start_ms: float = 1000.0):
    clock, sink = FakeClock(start_ms), RecordingSink()
    session = PkSession(setup or make_setup(), [], clock, sink)
    return session, clock, sink


def visible(state: SessionState) -> dict[str, object]:
    """Everything the console and the stage show; only the audit trail (``log``) is left out."""
    return {f.name: getattr(state, f.name) for f in fields(state) if f.name != "log"}
