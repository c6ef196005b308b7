"""Classes and trainees, as methods of ``Store`` (see ``store.py``): listing, finding and adding them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Engine, func
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from desktop.core.messages import Message
from desktop.core.names import name_key
from desktop.core.records import CohortRecord, PersonRecord
from desktop.store.changes import PEOPLE, Changes
from desktop.store.errors import ClassAlreadyOnServer, InputError, retries_a_race, writes
from desktop.store.models import Cohort, Person
from desktop.store.round_methods import clean_name
from desktop.store.saved_rows import saved_id


class PeopleMethods:
    """Mixed into ``Store``: the classes and the trainees, and which classes on a shared server this
    Store may add to."""

    engine: Engine
    #: Classes on a shared server this Store made or was told to join (``start_form(join_class=...)``).
    _joined_classes: set[int]

    if TYPE_CHECKING:

        def _changed(self, changes: Changes) -> None: ...

    def cohorts(self) -> list[CohortRecord]:
        with Session(self.engine) as s:
            return [
                CohortRecord(saved_id(c), c.name)
                for c in s.exec(select(Cohort).order_by(col(Cohort.created_at), col(Cohort.id)))
            ]

    @writes
    @retries_a_race
    def add_cohort(self, name: str) -> CohortRecord:
        """The class of that name (compared as ``name_key``), created if there is none."""
        name = clean_name(name, "what.class_name")
        with Session(self.engine) as s:
            cohort, created = find_or_add_cohort(s, name)
            s.commit()
            record = CohortRecord(saved_id(cohort), cohort.name)
        if created:
            self._changed(PEOPLE)
        return record

    def people(self, cohort_id: int | None = None) -> list[PersonRecord]:
        with Session(self.engine) as s:
            query = (
                select(Person, Cohort.name)
                .join(Cohort, isouter=True)
                .order_by(col(Person.name), col(Person.id))
            )
            if cohort_id is not None:
                query = query.where(col(Person.cohort_id) == cohort_id)
            return [PersonRecord(saved_id(p), p.name, p.cohort_id, cname) for p, cname in s.exec(query)]

    def person(self, person_id: int) -> PersonRecord | None:
        with Session(self.engine) as s:
            row = s.exec(
                select(Person, Cohort.name).join(Cohort, isouter=True).where(col(Person.id) == person_id)
            ).first()
            return PersonRecord(saved_id(row[0]), row[0].name, row[0].cohort_id, row[1]) if row else None

    def people_named(self, name: str) -> list[PersonRecord]:
        """Every trainee whose name is ``name`` once both are normalised (old records included)."""
        key = name_key(name)
        return [p for p in self.people() if key and name_key(p.name) == key]

    @writes
    def add_person(self, name: str, cohort_id: int | None = None) -> PersonRecord:
        name = clean_name(name, "what.trainee_name")
        with Session(self.engine) as s:
            try:
                person = Person(name=name, cohort_id=cohort_id)
                s.add(person)
                s.commit()
            except IntegrityError:
                raise InputError(Message("store.no_class", id=cohort_id)) from None
            record = PersonRecord(saved_id(person), person.name, person.cohort_id)
        self._changed(PEOPLE)
        return self.person(record.id) or record

    def _check_joining(self, session: Session, cohort_name: str, join_class: bool) -> None:
        key = name_key(cohort_name)
        existing = next(
            (c for c in session.exec(select(Cohort).order_by(col(Cohort.id))) if name_key(c.name) == key),
            None,
        )
        if existing is None or existing.id in self._joined_classes:
            return
        if not join_class:
            trainees = session.exec(select(func.count()).where(col(Person.cohort_id) == existing.id)).one()
            raise ClassAlreadyOnServer(existing.name, int(trainees))
        self._joined_classes.add(saved_id(existing))


def find_or_add_cohort(session: Session, name: str) -> tuple[Cohort, bool]:
    """The class whose name means ``name`` (old, unnormalised names included), or a new one (flushed)."""
    key = name_key(name)
    existing = [c for c in session.exec(select(Cohort).order_by(col(Cohort.id))) if name_key(c.name) == key]
    if existing:
        return existing[0], False
    cohort = Cohort(name=name)
    session.add(cohort)
    session.flush()
    return cohort, True
