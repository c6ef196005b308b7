"""Named rounds of a class, and the rule "one form per rater per trainee per round".

Functions over an open ``Session``; ``Store`` offers them as methods. A round belongs to a class
(``cohort_id`` None: the rounds of trainees without a class).
"""

from __future__ import annotations

from sqlmodel import Session, col, select

from desktop.core.comparison import ClassRound, RaterRole
from desktop.core.messages import Message
from desktop.core.names import name_key
from desktop.store.errors import InputError
from desktop.store.models import Assessment, ClassRoundRow, Person
from desktop.store.round_migration import default_round_name
from desktop.store.saved_rows import saved_id


def as_record(row: ClassRoundRow) -> ClassRound:
    return ClassRound(saved_id(row), row.cohort_id, row.name, row.position)


def _of_class(session: Session, cohort_id: int | None) -> list[ClassRoundRow]:
    query = select(ClassRoundRow).order_by(col(ClassRoundRow.position), col(ClassRoundRow.id))
    if cohort_id is None:
        query = query.where(col(ClassRoundRow.cohort_id).is_(None))
    else:
        query = query.where(ClassRoundRow.cohort_id == cohort_id)
    return list(session.exec(query))


def class_rounds(session: Session, cohort_id: int | None) -> list[ClassRound]:
    """The class's rounds, oldest first."""
    return [as_record(r) for r in _of_class(session, cohort_id)]


def add_round(session: Session, cohort_id: int | None, name: str) -> ClassRoundRow:
    """A new last round of the class (flushed); ``InputError`` when the class already has that name."""
    existing = _of_class(session, cohort_id)
    key = name_key(name)
    if any(name_key(r.name) == key for r in existing):
        raise InputError(Message("round.name_taken", name=name))
    row = ClassRoundRow(
        cohort_id=cohort_id, name=name, position=max((r.position for r in existing), default=0) + 1
    )
    session.add(row)
    session.flush()
    return row


def current_round(session: Session, cohort_id: int | None) -> ClassRoundRow:
    """The class's latest round; a class without one gets its first ("第1轮")."""
    existing = _of_class(session, cohort_id)
    return existing[-1] if existing else add_round(session, cohort_id, default_round_name(1))


def round_for_form(session: Session, person_id: int, round_id: int | None) -> int:
    """The round a new form of this trainee goes in: ``round_id`` if it is one of the trainee's
    class's rounds, else ``InputError``; without one, the class's latest round."""
    person = session.get(Person, person_id)
    if person is None:
        raise InputError(Message("store.no_trainee", id=person_id))
    if round_id is None:
        return saved_id(current_round(session, person.cohort_id))
    row = session.get(ClassRoundRow, round_id)
    if row is None or row.cohort_id != person.cohort_id:
        raise InputError(Message("store.no_round_in_class", id=round_id))
    return round_id


def round_named(session: Session, person_id: int, name: str) -> int:
    """The id of the trainee's class's round called ``name`` (as the name rules compare), created as
    the class's new last round if there is none."""
    person = session.get(Person, person_id)
    if person is None:
        raise InputError(Message("store.no_trainee", id=person_id))
    key = name_key(name)
    for row in _of_class(session, person.cohort_id):
        if name_key(row.name) == key:
            return saved_id(row)
    return saved_id(add_round(session, person.cohort_id, name))


def same_rater_forms(session: Session, form: Assessment, round_id: int | None = None) -> list[Assessment]:
    """Completed forms, other than ``form``, that the same rater filled in about the same trainee on
    the same instrument in the same round (``round_id``, or the form's own)."""
    query = select(Assessment).where(
        Assessment.person_id == form.person_id,
        Assessment.instrument_id == form.instrument_id,
        Assessment.round_id == (round_id if round_id is not None else form.round_id),
        Assessment.rater_role == form.rater_role,
        col(Assessment.completed_at).is_not(None),
        Assessment.id != form.id,
    )
    key = name_key(form.rater_name or "").casefold()
    if form.rater_role == RaterRole.SELF.value:
        return list(session.exec(query))  # a trainee has one self-assessment per round
    return [row for row in session.exec(query) if name_key(row.rater_name or "").casefold() == key]


def check_not_self(session: Session, person_id: int, role: RaterRole, rater_name: str | None) -> None:
    """Nobody rates themself as a supervisor, colleague or observer: that is a self-assessment."""
    if role is RaterRole.SELF or not rater_name:
        return
    person = session.get(Person, person_id)
    if person is not None and name_key(person.name).casefold() == name_key(rater_name).casefold():
        raise InputError(Message("round.rates_themself", name=rater_name, role=role.value))
