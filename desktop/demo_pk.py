"""Demo PK sessions for the demo class: one finished, one stopped mid-question (to try resuming)."""

from __future__ import annotations

import random

from desktop.core.banks import Bank
from desktop.core.pk.events import Event
from desktop.core.pk.session import PkSession
from desktop.core.pk.setup import Group, ScoringRules, SessionSetup, setup_to_json
from desktop.core.quiz_selection import QuestionCatalog, select_random
from desktop.store.store import Store

DEMO_GROUPS = (
    Group("g1", "雄鹰队", "王晓燕", "#e63946", "1"),
    Group("g2", "火箭队", "李建国", "#1d70b8", "2"),
    Group("g3", "星辰队", "张丽", "#2a9d8f", "3"),
    Group("g4", "阳光队", "周婷", "#f4a261", "4"),
)
FINISHED_TITLE = "客户满意度 PK 赛（第一场）"
UNFINISHED_TITLE = "沟通技巧 PK 赛（进行中）"


class _FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def advance(self, ms: float) -> None:
        self.now += ms


def _play(session: PkSession, clock: _FakeClock, rng: random.Random, questions: int) -> None:
    for _ in range(questions):
        clock.advance(rng.uniform(20_000, 60_000))
        session.next_question()
        clock.advance(rng.uniform(4_000, 9_000))
        session.open_buzzers()
        order = rng.sample([g.id for g in DEMO_GROUPS], k=rng.randint(2, 4))
        for group in order:
            clock.advance(rng.uniform(40, 900))
            session.buzz(group)
        session.close_buzzers()
        clock.advance(rng.uniform(10_000, 30_000))
        if rng.random() < 0.8:
            session.award_first()
        clock.advance(rng.uniform(5_000, 20_000))
        session.award_better(rng.choice(order))
        session.reveal_answer()


def fill_pk_demo(store: Store, banks: list[Bank]) -> int:
    """Add the demo sessions unless they exist; returns how many were added."""
    if not banks or any(s.title == FINISHED_TITLE for s in store.pk_sessions()):
        return 0
    catalog = QuestionCatalog(banks)
    rng = random.Random(2026)
    added = 0
    for title, bank_ids, questions, finish in (
        (FINISHED_TITLE, ["satisfaction", "soothing"], 8, True),
        (UNFINISHED_TITLE, ["communication"], 6, False),
    ):
        pool = catalog.in_banks([b for b in bank_ids if any(bank.id == b for bank in banks)] or [banks[0].id])
        setup = SessionSetup(
            DEMO_GROUPS, tuple(select_random(pool, questions, seed=rng.randint(0, 10**6))), ScoringRules()
        )
        session_id = store.create_pk_session(title, {**setup_to_json(setup), "countdown_seconds": 60})
        clock = _FakeClock()

        def sink(event: Event, session_id: int = session_id) -> None:
            store.append_pk_event(session_id, event)

        session = PkSession(setup, [], clock, sink)
        played = len(setup.question_ids) if finish else 3
        _play(session, clock, rng, played)
        if finish:
            session.award_manual("g3", 1, "课堂表现积极，额外奖励 1 分")
            session.end()
        else:
            clock.advance(15_000)
            session.next_question()
            session.open_buzzers()
            clock.advance(350)
            session.buzz("g2")
        added += 1
    return added
