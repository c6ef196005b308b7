"""Set-based reads for the screens that show many trainees at once (class view, trainee vs class).

Each function costs a fixed number of SQL statements whatever the number of trainees, read as
plain rows (no ORM objects).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import ColumnElement, Engine, func, select
from sqlmodel import col

from desktop.core.comparison import ClassRound, RaterRole, RatingSheet
from desktop.store.models import Answer, Assessment, ClassRoundRow, Person


def _utc(value: datetime) -> datetime:
    # SQLite returns naive datetimes; everything we store is UTC.
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def sheets_by_person(
    engine: Engine, instrument_id: str, cohort_id: int | None = None, role: RaterRole | None = None
) -> dict[int, list[RatingSheet]]:
    """The completed sheets of one form per trainee, for every trainee of a class (``cohort_id``)
    or every trainee at all (``None``), in one statement.

    Trainees come in the order of ``Store.people`` (name, then id), each one's sheets in the order of
    ``Store.sheets`` (started, then id), so aggregates come out exactly as when read one by one.
    Trainees without a completed form of this kind are left out. With ``role``, only that rater's
    forms (each trainee's latest self-assessment is all the band distribution needs).
    """
    conditions: list[ColumnElement[bool]] = [
        col(Assessment.instrument_id) == instrument_id,
        col(Assessment.completed_at).is_not(None),
    ]
    if cohort_id is not None:
        conditions.append(col(Person.cohort_id) == cohort_id)
    if role is not None:
        conditions.append(col(Assessment.rater_role) == RaterRole(role).value)
    # Each form's answers as one JSON object: a row per form instead of a row per answer is what
    # keeps 200,000 answers quick to read.
    # SQLite's json_group_object is PostgreSQL's json_object_agg (which hands back a parsed dict).
    as_object = func.json_object_agg if engine.dialect.name == "postgresql" else func.json_group_object
    answers = (
        select(as_object(col(Answer.item_id), col(Answer.value)))
        .where(col(Answer.assessment_id) == col(Assessment.id), col(Answer.value).is_not(None))
        .scalar_subquery()
    )
    forms = (
        select(
            col(Assessment.id),
            col(Assessment.person_id),
            col(Assessment.rater_role),
            col(Assessment.rater_name),
            col(Assessment.completed_at),
            col(Assessment.instrument_version),
            answers,
            col(ClassRoundRow.id),
            col(ClassRoundRow.cohort_id),
            col(ClassRoundRow.name),
            col(ClassRoundRow.position),
        )
        .join(Person, col(Person.id) == col(Assessment.person_id))
        .join(ClassRoundRow, col(ClassRoundRow.id) == col(Assessment.round_id), isouter=True)
        .where(*conditions)
        .order_by(col(Person.name), col(Person.id), col(Assessment.started_at), col(Assessment.id))
    )
    result: dict[int, list[RatingSheet]] = {}
    class_rounds: dict[int, ClassRound] = {}
    with engine.connect() as conn:
        for (
            assessment_id,
            person_id,
            role,
            rater_name,
            completed_at,
            version,
            answers_json,
            round_id,
            round_cohort,
            round_name,
            round_position,
        ) in conn.execute(forms).all():
            class_round = None
            if round_id is not None:
                class_round = class_rounds.setdefault(
                    round_id, ClassRound(round_id, round_cohort, round_name, round_position)
                )
            sheet = RatingSheet(
                RaterRole(role),
                answers_json if isinstance(answers_json, dict) else json.loads(answers_json or "{}"),
                _utc(completed_at),
                rater_name,
                assessment_id,
                version,
                round=class_round,
            )
            result.setdefault(person_id, []).append(sheet)
    return result
