"""A training department at scale, for ``bench-scale`` and the query-count tests.

Per 2,000 trainees: 40 classes (the tenth trainee of every hundred has none), ~15,500 completed forms of the
three instruments (self, supervisor and, for half the trainees, three colleagues; second rounds for
some), and 200 PK sessions of ~105 events each, played through the real session rules. Seeded, so
every run builds the same department. Written through the store's bulk path in one transaction.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from desktop.core.banks import Bank
from desktop.core.instruments import Instrument
from desktop.core.pk.events import Event
from desktop.core.pk.session import PkSession
from desktop.core.pk.setup import Group, ScoringRules, SessionSetup, setup_to_json
from desktop.core.quiz_selection import QuestionCatalog, select_random
from desktop.store.bulk import BulkData, BulkForm, BulkPkSession

TRAINEES_PER_CLASS = 50
PK_SESSIONS_PER_TRAINEE = 0.1
QUESTIONS_PER_SESSION = 12
FIRST_CLASS = datetime(2022, 1, 10, 9, 0, tzinfo=UTC)
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志"
GROUP_COLOURS = ("#e63946", "#1d70b8", "#2a9d8f", "#f4a261", "#6a4c93", "#457b9d")


@dataclass(frozen=True)
class DepartmentSize:
    trainees: int
    classes: int
    forms: int
    pk_sessions: int
    pk_events: int


def _answers(instrument: Instrument, rng: random.Random, level: float) -> dict[str, int | None]:
    scale = instrument.scale
    answers: dict[str, int | None] = {}
    for item in instrument.items:
        if rng.random() < 0.02:
            answers[item.id] = None  # "can't judge"
            continue
        value = min(scale.max, max(scale.min, round(rng.gauss(level, 0.7))))
        answers[item.id] = scale.max + scale.min - value if item.reverse else value
    return answers


def _forms(
    rng: random.Random, person: int, when: datetime, instruments: dict[str, Instrument]
) -> list[BulkForm]:
    """One trainee's forms: a first round of each instrument, a second round for some."""
    skill = rng.uniform(1.8, 4.2)
    plan: list[tuple[str, datetime, list[tuple[str, str | None]]]] = []
    colleagues = [("colleague", f"同事{c}") for c in "甲乙丙"] if rng.random() < 0.5 else []
    plan.append(("soothing", when, [("self", None), ("supervisor", "主管"), *colleagues]))
    plan.append(("eq", when, [("self", None), ("supervisor", "主管")]))
    plan.append(("communication", when, [("self", None)]))
    later = when + timedelta(days=18)
    if rng.random() < 0.5:
        plan.append(("soothing", later, [("self", None), ("supervisor", "主管")]))
    if rng.random() < 0.25:
        plan.append(("eq", later, [("self", None)]))
    forms = []
    for instrument_id, moment, raters in plan:
        instrument = instruments.get(instrument_id)
        if instrument is None:
            continue
        for offset, (role, rater) in enumerate(raters):
            started = moment + timedelta(minutes=7 * offset + rng.randint(0, 5))
            level = skill + (0.5 if role == "self" else 0.0) + (0.4 if moment is later else 0.0)
            forms.append(
                BulkForm(
                    person,
                    instrument.id,
                    instrument.version,
                    role,
                    rater,
                    started,
                    started + timedelta(minutes=5),
                    _answers(instrument, rng, level),
                )
            )
    return forms


def _pk_session(
    rng: random.Random, catalog: QuestionCatalog, pool_ids: list[str], title: str, when: datetime
) -> BulkPkSession:
    groups = tuple(
        Group(f"g{i + 1}", f"第{i + 1}组", "", GROUP_COLOURS[i], str(i + 1)) for i in range(rng.randint(3, 6))
    )
    pool = catalog.in_banks(pool_ids)
    setup = SessionSetup(
        groups, tuple(select_random(pool, QUESTIONS_PER_SESSION, seed=rng.randint(0, 10**6))), ScoringRules()
    )
    events: list[Event] = []
    now = [0.0]
    session = PkSession(setup, [], lambda: now[0], events.append)
    for _ in setup.question_ids:
        now[0] += rng.uniform(20_000, 60_000)
        session.next_question()
        now[0] += rng.uniform(4_000, 9_000)
        session.open_buzzers()
        order = rng.sample([g.id for g in groups], k=rng.randint(2, min(4, len(groups))))
        for group in order:
            now[0] += rng.uniform(40, 900)
            session.buzz(group)
        session.close_buzzers()
        if rng.random() < 0.8:
            session.award_first()
        session.award_better(rng.choice(order))
        session.reveal_answer()
    session.end()
    return BulkPkSession(
        title,
        {**setup_to_json(setup), "countdown_seconds": 60},
        when,
        when + timedelta(milliseconds=now[0]),
        [(e.seq, e.kind.value, e.at_ms, dict(e.data)) for e in events],
    )


def department(
    trainees: int, instruments: dict[str, Instrument], banks: list[Bank], seed: int = 20261201
) -> BulkData:
    """The department's rows, ready for ``Store.bulk_load``."""
    rng = random.Random(seed)
    data = BulkData()
    classes = max(1, round(trainees / TRAINEES_PER_CLASS))
    starts = [FIRST_CLASS + timedelta(days=14 * k) for k in range(classes)]
    for k, start in enumerate(starts):
        data.cohorts.append((f"{start:%Y年%m月} 客服培训班 {k + 1:02d}", start))
    for index in range(trainees):
        cohort = None if index % 100 == 9 else index % classes  # one in a hundred has no class
        start = starts[cohort if cohort is not None else index % classes]
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))
        data.people.append((f"{name}{index:04d}", cohort, start))
        data.forms.extend(_forms(rng, index, start + timedelta(hours=1), instruments))
    if banks:
        catalog = QuestionCatalog(banks)
        bank_ids = [b.id for b in banks]
        for s in range(round(trainees * PK_SESSIONS_PER_TRAINEE)):
            when = starts[s % classes] + timedelta(days=3, hours=s % 5)
            pool = rng.sample(bank_ids, k=min(2, len(bank_ids)))
            data.pk_sessions.append(_pk_session(rng, catalog, pool, f"PK 赛 {s + 1:03d}", when))
    return data


def size_of(data: BulkData) -> DepartmentSize:
    return DepartmentSize(
        len(data.people),
        len(data.cohorts),
        len(data.forms),
        len(data.pk_sessions),
        sum(len(s.events) for s in data.pk_sessions),
    )
