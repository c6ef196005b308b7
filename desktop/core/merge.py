"""Merging two records of one trainee (the same person entered twice): what moves, what is replaced.

Pure planning over plain records; the store carries the plan out in one transaction. The kept
record takes every form of the other one. A form goes into the kept record's class's round of the
same name (created when that class has none), and the rule "one form per rater per trainee per
round" still holds afterwards: where both records hold a completed form by the same rater in the
same round of the same instrument, the later one is kept and the earlier one is replaced.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.comparison import ClassRound, RaterRole
from desktop.core.names import name_key
from desktop.core.records import AssessmentRecord, PersonRecord


@dataclass(frozen=True)
class MergePlan:
    keep: PersonRecord
    drop: PersonRecord
    moved: tuple[int, ...]  # ids of the dropped record's forms that move to the kept one
    replaced: tuple[int, ...]  # ids of forms (of either record) deleted as superseded
    new_rounds: tuple[str, ...]  # round names the kept record's class gains
    round_of: dict[int, str]  # moved form id → the name of the round it lands in


def _rater(form: AssessmentRecord) -> tuple[str, str]:
    name = "" if form.role is RaterRole.SELF else name_key(form.rater_name or "").casefold()
    return form.role.value, name


def plan_merge(
    keep: PersonRecord,
    drop: PersonRecord,
    keep_forms: Sequence[AssessmentRecord],
    drop_forms: Sequence[AssessmentRecord],
    keep_class_rounds: Sequence[ClassRound],
) -> MergePlan:
    """What merging ``drop`` into ``keep`` does (``keep_class_rounds``: the rounds of keep's class)."""
    if keep.id == drop.id:
        raise ValueError("a trainee cannot be merged with themself")
    existing = {name_key(r.name) for r in keep_class_rounds}
    new_rounds: list[str] = []
    round_of: dict[int, str] = {}
    for form in drop_forms:
        name = (
            form.round.name if form.round else (keep_class_rounds[-1].name if keep_class_rounds else "第1轮")
        )
        round_of[form.id] = name
        if name_key(name) not in existing:
            existing.add(name_key(name))
            new_rounds.append(name)
    latest: dict[tuple[str, str, str, str], AssessmentRecord] = {}
    replaced: list[int] = []
    every = [(f, f.round.name if f.round else "") for f in keep_forms] + [
        (f, round_of[f.id]) for f in drop_forms
    ]
    for form, round_name in sorted(
        every, key=lambda fr: (fr[0].completed_at is None, fr[0].completed_at or fr[0].started_at, fr[0].id)
    ):
        if form.completed_at is None:
            continue
        key = (form.instrument_id, name_key(round_name), *_rater(form))
        if key in latest:
            replaced.append(latest[key].id)
        latest[key] = form
    return MergePlan(
        keep,
        drop,
        tuple(f.id for f in drop_forms),
        tuple(sorted(replaced)),
        tuple(new_rounds),
        round_of,
    )
