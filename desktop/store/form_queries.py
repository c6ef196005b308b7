"""Reading forms, as methods of ``Store`` (see ``store.py``): one form, forms by trainee and form,
the completed sheets of a class in one statement, and counts."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import overload

from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from desktop.core.comparison import RaterRole, RatingSheet
from desktop.core.messages import Message
from desktop.core.records import AssessmentRecord
from desktop.store import round_store
from desktop.store.errors import InputError
from desktop.store.instrument_versions import answered_versions, kept_content
from desktop.store.models import Answer, Assessment, ClassRoundRow
from desktop.store.saved_rows import saved_id
from desktop.store.sheet_queries import sheets_by_person


@overload
def as_utc(value: datetime) -> datetime: ...
@overload
def as_utc(value: None) -> None: ...
@overload
def as_utc(value: datetime | None) -> datetime | None: ...
def as_utc(value: datetime | None) -> datetime | None:
    # SQLite returns naive datetimes; everything we store is UTC.
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def assessment_record(
    row: Assessment, answers: dict[str, int | None], class_round: ClassRoundRow | None = None
) -> AssessmentRecord:
    """The record handed out for a form's row, its answers and its round."""
    return AssessmentRecord(
        id=saved_id(row),
        person_id=row.person_id,
        instrument_id=row.instrument_id,
        instrument_version=row.instrument_version,
        role=RaterRole(row.rater_role),
        rater_name=row.rater_name,
        started_at=as_utc(row.started_at),
        completed_at=as_utc(row.completed_at),
        answers=dict(answers),
        round=round_store.as_record(class_round) if class_round is not None else None,
    )


class FormQueries:
    """Mixed into ``Store``: the forms as records (with their answers and round), the completed sheets,
    the instrument versions forms were answered with, and counts; nothing here writes."""

    engine: Engine

    def kept_instrument(self, instrument_id: str, version: int) -> str | None:
        """The file text of an instrument version forms were answered with; None when never kept."""
        return kept_content(self.engine, instrument_id, version)

    def answered_instruments(self, person_id: int | None = None) -> dict[str, int]:
        """Every form completed forms (about ``person_id``, when given) were answered with (instrument
        id) and the newest version used."""
        return answered_versions(self.engine, person_id)

    def assessment(self, assessment_id: int) -> AssessmentRecord | None:
        with Session(self.engine) as s:
            row = s.get(Assessment, assessment_id)
            if row is None:
                return None
            answers = {
                a.item_id: a.value
                for a in s.exec(select(Answer).where(Answer.assessment_id == assessment_id))
            }
            class_round = s.get(ClassRoundRow, row.round_id) if row.round_id is not None else None
            return assessment_record(row, answers, class_round)

    def assessments(
        self, person_id: int | None = None, instrument_id: str | None = None, completed: bool | None = True
    ) -> list[AssessmentRecord]:
        """Assessments (with answers), oldest first."""
        with Session(self.engine) as s:
            query = select(Assessment).order_by(col(Assessment.started_at), col(Assessment.id))
            if person_id is not None:
                query = query.where(col(Assessment.person_id) == person_id)
            if instrument_id is not None:
                query = query.where(col(Assessment.instrument_id) == instrument_id)
            if completed is True:
                query = query.where(col(Assessment.completed_at).is_not(None))
            elif completed is False:
                query = query.where(col(Assessment.completed_at).is_(None))
            rows = list(s.exec(query))
            round_ids = {r.round_id for r in rows if r.round_id is not None}
            by_round = {
                saved_id(r): r
                for r in (
                    s.exec(select(ClassRoundRow).where(col(ClassRoundRow.id).in_(round_ids)))
                    if round_ids
                    else []
                )
            }
            answers: dict[int, dict[str, int | None]] = {saved_id(r): {} for r in rows}
            if rows:
                ids = list(answers)
                for a in s.exec(select(Answer).where(col(Answer.assessment_id).in_(ids))):
                    answers[a.assessment_id][a.item_id] = a.value
            return [
                assessment_record(
                    r, answers[saved_id(r)], by_round.get(r.round_id) if r.round_id is not None else None
                )
                for r in rows
            ]

    def sheets(self, person_id: int, instrument_id: str) -> list[RatingSheet]:
        return [a.sheet() for a in self.assessments(person_id, instrument_id, completed=True)]

    def sheets_by_person(
        self, instrument_id: str, cohort_id: int | None = None, role: RaterRole | None = None
    ) -> dict[int, list[RatingSheet]]:
        """Completed sheets of one form for every trainee of a class (all trainees when ``cohort_id``
        is None), by trainee id, in one statement whatever the number of trainees; only ``role``'s
        forms when given."""
        return sheets_by_person(self.engine, instrument_id, cohort_id, role)

    def form_count(self, instrument_id: str) -> int:
        """Forms started with ``instrument_id`` (any version, finished or not)."""
        with Session(self.engine) as s:
            query = select(func.count()).where(col(Assessment.instrument_id) == instrument_id)
            return int(s.exec(query).one())

    def assessment_counts(self) -> dict[int, int]:
        """Completed assessments per person id."""
        with Session(self.engine) as s:
            query = (
                select(col(Assessment.person_id), func.count())
                .where(col(Assessment.completed_at).is_not(None))
                .group_by(col(Assessment.person_id))
            )
            return {person_id: int(count) for person_id, count in s.exec(query).all()}

    def _assessment_after_write(self, assessment_id: int) -> AssessmentRecord:
        """The form just written, read back; gone meanwhile (deleted by another facilitator on a
        shared server), it is an ``InputError`` naming it."""
        record = self.assessment(assessment_id)
        if record is None:
            raise InputError(Message("store.assessment_gone", id=assessment_id))
        return record
