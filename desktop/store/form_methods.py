"""Starting, answering, completing and discarding forms, as methods of ``Store`` (see ``store.py``).

Each write is one transaction, then tells the listeners what changed.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Engine, delete
from sqlmodel import Session, col, select

from desktop.core.comparison import RaterRole
from desktop.core.instruments import Instrument
from desktop.core.messages import Message
from desktop.core.names import KnownTrainee, find_trainee
from desktop.core.records import AssessmentRecord
from desktop.store import round_store
from desktop.store.changes import ASSESSMENTS, PEOPLE, Changes
from desktop.store.errors import InputError, retries_a_race, writes
from desktop.store.form_queries import assessment_record
from desktop.store.instrument_versions import keep_version
from desktop.store.models import Answer, Assessment, ClassRoundRow, Cohort, Person, utc_now
from desktop.store.people_methods import find_or_add_cohort
from desktop.store.round_methods import clean_name
from desktop.store.saved_rows import saved_id


class FormMethods:
    """Mixed into ``Store``: the writes of a form's life, from starting it (with its trainee and class
    when typed) to completing or discarding it."""

    engine: Engine
    _joined_classes: set[int]

    if TYPE_CHECKING:

        @property
        def on_server(self) -> bool: ...

        def _changed(self, changes: Changes) -> None: ...

        def _check_joining(self, session: Session, cohort_name: str, join_class: bool) -> None: ...

        def _assessment_after_write(self, assessment_id: int) -> AssessmentRecord: ...

    @writes
    @retries_a_race
    def start_form(
        self,
        instrument: Instrument,
        role: RaterRole,
        *,
        person_id: int | None = None,
        person_name: str | None = None,
        cohort_name: str | None = None,
        rater_name: str | None = None,
        join_class: bool = False,
        round_id: int | None = None,
        round_name: str | None = None,
    ) -> AssessmentRecord:
        """Start a form for a picked trainee (``person_id``) or a typed name, in one transaction.

        On a shared server a typed class that is already there (made by another facilitator, or by
        this one in an earlier run) is joined only when ``join_class`` says so: otherwise
        ``ClassAlreadyOnServer`` is raised and nothing is written, so two trainers' "一班" never merge
        silently. Once joined or made here, this Store does not ask again for that class.

        A typed name selects the existing trainee it means (``find_trainee``: same name once
        normalised, in the typed class if one is given); otherwise the trainee (and the class) are
        created together with the form. Either all of it is committed or none of it: a full disk or
        a kill never leaves a trainee without the form that was being started.
        The form goes in ``round_id`` (one of the trainee's class's rounds), or the round named
        ``round_name`` (created in the class if it has none of that name), or the class's latest.
        Raises ``InputError`` for an unusable name or round, or a rater rating themself, and
        ``AmbiguousTrainee`` when the name is held in several classes and no class was given.
        """
        check_role(instrument, role)
        rater_name = clean_name(rater_name, "what.rater_name") if rater_name and rater_name.strip() else None
        round_name = clean_name(round_name, "what.round_name") if round_name and round_name.strip() else None
        typed_name = ""
        if person_id is None:
            typed_name = clean_name(person_name or "", "what.trainee_name")
            cohort_name = (
                clean_name(cohort_name, "what.class_name") if cohort_name and cohort_name.strip() else None
            )
        created = False
        with Session(self.engine) as s:
            if person_id is None and cohort_name and self.on_server:
                self._check_joining(s, cohort_name, join_class)
            if person_id is None:
                known = [
                    KnownTrainee(saved_id(p), p.name, cname)
                    for p, cname in s.exec(select(Person, Cohort.name).join(Cohort, isouter=True))
                ]
                person_id = find_trainee(known, typed_name, cohort_name)
                if person_id is None:
                    cohort = find_or_add_cohort(s, cohort_name)[0] if cohort_name else None
                    person = Person(name=typed_name, cohort_id=saved_id(cohort) if cohort else None)
                    s.add(person)
                    s.flush()
                    person_id, created = saved_id(person), True
                    if cohort is not None:
                        self._joined_classes.add(saved_id(cohort))
            elif s.get(Person, person_id) is None:
                raise InputError(Message("store.no_trainee", id=person_id))
            round_store.check_not_self(s, person_id, RaterRole(role), rater_name)
            form_round = (
                round_store.round_named(s, person_id, round_name)
                if round_name and round_id is None
                else round_store.round_for_form(s, person_id, round_id)
            )
            record = _add_form(s, person_id, instrument, role, rater_name, form_round, utc_now())
        self._changed(PEOPLE | ASSESSMENTS if created else ASSESSMENTS)
        return record

    @writes
    def start_assessment(
        self,
        person_id: int,
        instrument: Instrument,
        role: RaterRole,
        rater_name: str | None = None,
        started_at: datetime | None = None,
        round_id: int | None = None,
    ) -> AssessmentRecord:
        """Start a form about a trainee in ``round_id`` (one of their class's rounds; default the
        class's latest)."""
        check_role(instrument, role)
        rater_name = clean_name(rater_name, "what.rater_name") if rater_name and rater_name.strip() else None
        with Session(self.engine) as s:
            round_id = round_store.round_for_form(s, person_id, round_id)
            round_store.check_not_self(s, person_id, RaterRole(role), rater_name)
            record = _add_form(s, person_id, instrument, role, rater_name, round_id, started_at or utc_now())
        self._changed(ASSESSMENTS)
        return record

    @writes
    def record_answer(self, assessment_id: int, item_id: str, value: int | None) -> None:
        """Store (or replace) one answer and commit at once."""
        with Session(self.engine) as s:
            row = s.exec(
                select(Answer).where(
                    col(Answer.assessment_id) == assessment_id, col(Answer.item_id) == item_id
                )
            ).first()
            if row is None:
                s.add(Answer(assessment_id=assessment_id, item_id=item_id, value=value))
            else:
                row.value, row.answered_at = value, utc_now()
                s.add(row)
            s.commit()
        self._changed(ASSESSMENTS)  # the unfinished form's count of answers

    @writes
    def record_answers(self, assessment_id: int, answers: dict[str, int | None]) -> None:
        """Store a whole form at once (quick entry) in one transaction: all of it or none."""
        with Session(self.engine) as s:
            s.exec(delete(Answer).where(col(Answer.assessment_id) == assessment_id))
            now = utc_now()
            for item_id, value in answers.items():
                s.add(Answer(assessment_id=assessment_id, item_id=item_id, value=value, answered_at=now))
            s.commit()
        self._changed(ASSESSMENTS)

    @writes
    def complete_assessment(self, assessment_id: int, when: datetime | None = None) -> AssessmentRecord:
        """Mark the form completed. It replaces the form the same rater completed about the same
        trainee in the same round (one form per rater per trainee per round; the screens ask
        before starting such a form, see ``earlier_form``), in the same transaction."""
        with Session(self.engine) as s:
            row = s.get(Assessment, assessment_id)
            if row is None:
                raise InputError(Message("store.no_assessment", id=assessment_id))
            for replaced in round_store.same_rater_forms(s, row):
                s.delete(replaced)
            row.completed_at = when or utc_now()
            s.add(row)
            s.commit()
        self._changed(ASSESSMENTS)
        return self._assessment_after_write(assessment_id)

    @writes
    def discard_assessment(self, assessment_id: int) -> None:
        with Session(self.engine) as s:
            row = s.get(Assessment, assessment_id)
            if row is not None:
                s.delete(row)
                s.commit()
        self._changed(ASSESSMENTS)


def check_role(instrument: Instrument, role: RaterRole) -> None:
    """A form is filled in only by the raters its kind names (an observation sheet by an observer)."""
    if RaterRole(role).value not in instrument.rater_roles:
        raise InputError(
            Message(
                "round.wrong_role",
                form=instrument.id,
                kind=instrument.kind,
                roles=", ".join(instrument.rater_roles),
                role=RaterRole(role).value,
            )
        )


def _add_form(
    s: Session,
    person_id: int,
    instrument: Instrument,
    role: RaterRole,
    rater_name: str | None,
    round_id: int,
    started_at: datetime,
) -> AssessmentRecord:
    """Add and commit a started form (and keep the instrument's version it is answered with)."""
    row = Assessment(
        person_id=person_id,
        instrument_id=instrument.id,
        instrument_version=instrument.version,
        rater_role=RaterRole(role).value,
        rater_name=rater_name,
        started_at=started_at,
        round_id=round_id,
    )
    s.add(row)
    keep_version(s.connection(), instrument)
    s.commit()
    return assessment_record(row, {}, s.get(ClassRoundRow, row.round_id))
