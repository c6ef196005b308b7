"""Named rounds of a class and merging two records of one trainee, mixed into ``Store``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlmodel import Session

from desktop.core.comparison import ClassRound, RaterRole
from desktop.core.messages import Message
from desktop.core.names import NameRejected, name_key, normalise_name, rejection_message
from desktop.core.records import AssessmentRecord
from desktop.store import round_store
from desktop.store.changes import ASSESSMENTS, PEOPLE, Changes
from desktop.store.errors import InputError, writes
from desktop.store.models import Assessment, ClassRoundRow, Person

if TYPE_CHECKING:
    from desktop.core.merge import MergePlan
    from desktop.store.records import MergeResult


def clean_name(name: str, field: str) -> str:
    """The name as stored (see ``desktop.core.names``), or ``InputError`` naming the field (a ``what.*``
    message code) and the rule."""
    what = Message(field)
    try:
        return normalise_name(name, what)
    except NameRejected as exc:
        raise InputError(rejection_message(exc, what)) from exc


class RoundMethods:
    """Mixed into ``Store``: a class's named rounds (list, add, rename), the round of a form, moving a
    form to another round, the form a rater already gave in a round, and merging two trainee records."""

    engine: Engine

    if TYPE_CHECKING:

        def _changed(self, changes: Changes) -> None: ...

        def assessment(self, assessment_id: int) -> AssessmentRecord | None: ...

        def _assessment_after_write(self, assessment_id: int) -> AssessmentRecord: ...

    # -- merging two records of one trainee -------------------------------------------------
    def merge_preview(self, keep_id: int, drop_id: int) -> MergePlan:
        """What merging trainee ``drop_id`` into ``keep_id`` would do (nothing is changed)."""
        from desktop.store.merge_store import merge_preview

        return merge_preview(self, keep_id, drop_id)  # type: ignore[arg-type]  # self is the Store

    @writes
    def merge_people(self, keep_id: int, drop_id: int) -> MergeResult:
        """Merge trainee ``drop_id`` (the same person entered twice) into ``keep_id``, after a backup
        that undoes it (``MergeResult.backup``; none on a server)."""
        from desktop.store.merge_store import merge_people

        result = merge_people(self, keep_id, drop_id)  # type: ignore[arg-type]  # self is the Store
        self._changed(PEOPLE | ASSESSMENTS)
        return result

    # -- rounds ---------------------------------------------------------------------------
    def class_rounds(self, cohort_id: int | None) -> list[ClassRound]:
        """The class's named rounds, oldest first (``None``: those of trainees without a class)."""
        with Session(self.engine) as s:
            return round_store.class_rounds(s, cohort_id)

    @writes
    def add_round(self, cohort_id: int | None, name: str) -> ClassRound:
        """A new last round of the class, named ``name`` (培训前, 培训后, a date…)."""
        name = clean_name(name, "what.round_name")
        with Session(self.engine) as s:
            record = round_store.as_record(round_store.add_round(s, cohort_id, name))
            s.commit()
        self._changed(ASSESSMENTS)
        return record

    @writes
    def rename_round(self, round_id: int, name: str) -> ClassRound:
        name = clean_name(name, "what.round_name")
        with Session(self.engine) as s:
            row = s.get(ClassRoundRow, round_id)
            if row is None:
                raise InputError(Message("store.no_round", id=round_id))
            others = [r for r in round_store.class_rounds(s, row.cohort_id) if r.id != round_id]
            if any(name_key(r.name) == name_key(name) for r in others):
                raise InputError(Message("round.name_taken", name=name))
            row.name = name
            s.add(row)
            s.commit()
            record = round_store.as_record(row)
        self._changed(ASSESSMENTS)
        return record

    def earlier_form(
        self,
        person_id: int,
        instrument_id: str,
        role: RaterRole,
        rater_name: str | None,
        round_id: int | None,
    ) -> AssessmentRecord | None:
        """The completed form this rater already gave this trainee in the round (``round_id``, or
        the class's latest), which a new one would replace; None if there is none."""
        rater_name = clean_name(rater_name, "what.rater_name") if rater_name and rater_name.strip() else None
        with Session(self.engine) as s:
            person = s.get(Person, person_id)
            if person is None:
                return None
            if round_id is None:
                rounds_now = round_store.class_rounds(s, person.cohort_id)
                if not rounds_now:
                    return None
                round_id = rounds_now[-1].id
            probe = Assessment(
                person_id=person_id,
                instrument_id=instrument_id,
                instrument_version=0,
                rater_role=RaterRole(role).value,
                rater_name=rater_name,
                round_id=round_id,
            )
            found = round_store.same_rater_forms(s, probe)
            found_id = found[-1].id if found else None
        return self.assessment(found_id) if found_id is not None else None

    @writes
    def move_form(self, assessment_id: int, round_id: int, replace: bool = False) -> AssessmentRecord:
        """Put a form in another round of its trainee's class. When the same rater already has a
        form about the trainee in that round, ``InputError`` unless ``replace`` (that form is then
        deleted in the same transaction)."""
        with Session(self.engine) as s:
            row = s.get(Assessment, assessment_id)
            if row is None:
                raise InputError(Message("store.no_assessment", id=assessment_id))
            round_id = round_store.round_for_form(s, row.person_id, round_id)
            clashes = round_store.same_rater_forms(s, row, round_id) if row.completed_at else []
            if clashes and not replace:
                raise InputError(Message("store.rater_has_form"))
            for clash in clashes:
                s.delete(clash)
            row.round_id = round_id
            s.add(row)
            s.commit()
        self._changed(ASSESSMENTS)
        return self._assessment_after_write(assessment_id)
