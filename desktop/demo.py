"""A realistic demo class: trainees rated by themselves, their supervisor and colleagues, twice; and observed in role plays.

Answers are drawn around each trainee's underlying skill, with the usual self-rating optimism
for some and modesty for others, so the result screens show real gaps, blind spots and hidden
strengths. Seeded, so every run gives the same class.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from desktop.core.comparison import ClassRound, RaterRole
from desktop.core.instruments import Instrument
from desktop.store.store import Store

DEMO_COHORT = "2026年11月 客服安抚技巧培训班"
BEFORE = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
AFTER = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)
DEMO_ROUNDS = ("培训前", "培训后")  # the class's rounds, for the forms of BEFORE and AFTER

TRAINEES = [
    # name, skill before (1–5), improvement, self-bias (+ optimistic, − modest), colleagues per round
    ("王晓燕", 3.1, 0.7, 0.6, 4),
    ("李建国", 2.4, 0.9, 0.9, 3),
    ("张丽", 3.8, 0.3, -0.5, 5),
    ("刘洋", 2.9, 0.6, 0.1, 3),
    ("陈静", 3.4, 0.5, -0.2, 4),
    ("杨帆", 2.1, 1.0, 0.4, 2),
    ("赵敏", 4.1, 0.2, -0.9, 3),
    ("黄志强", 2.7, 0.4, 1.1, 3),
    ("周婷", 3.0, 0.8, 0.0, 4),
    ("吴堃", 3.5, 0.4, 0.3, 3),
]
SUPERVISOR = "孙经理"
COLLEAGUES = ["同事甲", "同事乙", "同事丙", "同事丁", "同事戊"]
#: The demo shows the three 360 forms in full, and one observation sheet from the role plays; the
#: other checklists stay empty, so the demo keeps its size (it is built in tests and fault runs).
DEMO_360_FORMS = ("soothing", "eq", "communication")
DEMO_OBSERVATION = "service_standards"
OBSERVERS = ["王老师", "陈组长"]


@dataclass(frozen=True)
class DemoSummary:
    cohort: str
    trainees: int
    forms: int
    created: bool


def _answers(
    instrument: Instrument, rng: random.Random, skill: float, skip_chance: float = 0.0
) -> dict[str, int | None]:
    scale = instrument.scale
    answers: dict[str, int | None] = {}
    for item in instrument.items:
        if rng.random() < skip_chance:
            answers[item.id] = None
            continue
        value = round(rng.gauss(skill + rng.uniform(-0.6, 0.6), 0.6))
        value = min(scale.max, max(scale.min, value))
        answers[item.id] = scale.max + scale.min - value if item.reverse else value
    return answers


def fill_demo(store: Store, instruments: dict[str, Instrument]) -> DemoSummary:
    """Add the demo class to ``store`` unless it is already there."""
    if any(c.name == DEMO_COHORT for c in store.cohorts()):
        people = [p for p in store.people() if p.cohort_name == DEMO_COHORT]
        return DemoSummary(DEMO_COHORT, len(people), 0, created=False)
    rng = random.Random(20261125)
    cohort = store.add_cohort(DEMO_COHORT)
    demo_rounds = [store.add_round(cohort.id, name) for name in DEMO_ROUNDS]
    forms = 0
    for name, skill_before, gain, self_bias, colleague_count in TRAINEES:
        person = store.add_person(name, cohort.id)
        for instrument in (instruments[i] for i in DEMO_360_FORMS if i in instruments):
            for round_index, when in enumerate((BEFORE, AFTER)):
                skill = skill_before + gain * round_index
                raters = [
                    (RaterRole.SELF, None, skill + self_bias, 0.0),
                    (RaterRole.SUPERVISOR, SUPERVISOR, skill, 0.05),
                ]
                raters += [
                    (RaterRole.COLLEAGUE, c, skill + rng.uniform(-0.3, 0.3), 0.03)
                    for c in COLLEAGUES[:colleague_count]
                ]
                for offset, (role, rater, level, skip) in enumerate(raters):
                    moment = when + timedelta(minutes=7 * offset + rng.randint(0, 5))
                    record = store.start_assessment(
                        person.id,
                        instrument,
                        role,
                        rater,
                        started_at=moment,
                        round_id=demo_rounds[round_index].id,
                    )
                    store.record_answers(record.id, _answers(instrument, rng, level, skip))
                    store.complete_assessment(record.id, when=moment + timedelta(minutes=5))
                    forms += 1
    forms += _fill_role_plays(store, instruments.get(DEMO_OBSERVATION), demo_rounds)
    return DemoSummary(DEMO_COHORT, len(TRAINEES), forms, created=True)


def _fill_role_plays(store: Store, sheet: Instrument | None, demo_rounds: list[ClassRound]) -> int:
    """Two observers rate each trainee's role play before and after training (own random numbers,
    so the 360 forms above stay the same whether or not the sheet is there)."""
    if sheet is None or RaterRole.OBSERVER.value not in sheet.rater_roles:
        return 0
    rng = random.Random(20261126)
    people = {p.name: p for p in store.people() if p.cohort_name == DEMO_COHORT}
    forms = 0
    for name, skill_before, gain, _self_bias, _colleagues in TRAINEES:
        for round_index, when in enumerate((BEFORE, AFTER)):
            for offset, observer in enumerate(OBSERVERS):
                moment = when + timedelta(hours=2, minutes=10 * offset)
                record = store.start_assessment(
                    people[name].id,
                    sheet,
                    RaterRole.OBSERVER,
                    observer,
                    started_at=moment,
                    round_id=demo_rounds[round_index].id,
                )
                skill = skill_before + gain * round_index + rng.uniform(-0.3, 0.3)
                store.record_answers(record.id, _answers(sheet, rng, skill, 0.05))
                store.complete_assessment(record.id, when=moment + timedelta(minutes=5))
                forms += 1
    return forms
