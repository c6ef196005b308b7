"""The one door to the data: every read and write of the app goes through :class:`Store`.

Each method opens its own short session, commits before returning, and hands back plain
records. Every answer is committed the moment it is given (SQLite WAL, synchronous=FULL), so
killing the app loses nothing that the screen acknowledged.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, overload

from sqlalchemy import delete, func
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from desktop.core.comparison import RaterRole, RatingSheet
from desktop.core.instruments import Instrument
from desktop.core.messages import Message
from desktop.core.names import KnownTrainee, find_trainee, name_key
from desktop.core.records import AssessmentRecord, CohortRecord, PersonRecord
from desktop.store import round_store
from desktop.store.bulk import BulkData, bulk_load
from desktop.store.changes import ASSESSMENTS, PEOPLE, Changes
from desktop.store.data_safety import DataSafetyMethods
from desktop.store.database import open_engine
from desktop.store.errors import ClassAlreadyOnServer, InputError, retries_a_race, writes
from desktop.store.instrument_versions import answered_versions, keep_version, kept_content
from desktop.store.models import Answer, Assessment, ClassRoundRow, Cohort, Person, utc_now
from desktop.store.pk_log import PkLogMethods
from desktop.store.pk_store import PkStore
from desktop.store.records import database_file
from desktop.store.round_methods import RoundMethods, clean_name
from desktop.store.saved_rows import saved_id
from desktop.store.sheet_queries import sheets_by_person

if TYPE_CHECKING:
    from desktop.store.records import ServerCheck

__all__ = ["ClassAlreadyOnServer", "InputError", "Store"]

ChangeListener = Callable[[Changes], None]


@overload
def _as_utc(value: datetime) -> datetime: ...
@overload
def _as_utc(value: None) -> None: ...
@overload
def _as_utc(value: datetime | None) -> datetime | None: ...
def _as_utc(value: datetime | None) -> datetime | None:
    # SQLite returns naive datetimes; everything we store is UTC.
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


class Store(DataSafetyMethods, PkLogMethods, RoundMethods):
    """Trainees, classes and forms here; backups, restore and health in ``DataSafetyMethods``; the
    PK sessions' log in ``PkLogMethods``; named rounds and merging trainees in ``RoundMethods``. Raises ``DatabaseError`` when the database cannot be used."""

    def __init__(self, data_dir: Path, database_url: str | None = None):
        """The SQLite file in ``data_dir``, or the PostgreSQL server at ``database_url`` when given
        (``data_dir`` then holds only the app's own files: log, content, settings)."""
        self.data_dir = Path(data_dir)
        self.path = database_file(self.data_dir)
        self.server_url = database_url or None
        self._listeners: list[ChangeListener] = []
        #: Classes on a shared server this Store made or was told to join (``start_form(join_class=...)``).
        self._joined_classes: set[int] = set()
        self._open()

    def _open(self) -> None:
        if self.server_url:
            from desktop.store.server import open_server_engine, shown_url

            self.engine = open_server_engine(self.server_url)
            self.location = shown_url(self.server_url)
        else:
            self.engine = open_engine(self.data_dir)
            self.location = str(self.path)
        self._pk = PkStore(self.engine, self._changed)

    def close(self) -> None:
        self.engine.dispose()

    @staticmethod
    def check_server(url: str) -> ServerCheck:
        """Reach the PostgreSQL server at ``url`` and read its schema and row counts; changes nothing."""
        from desktop.store.server import check_server

        return check_server(url)

    def size_bytes(self) -> int:
        """How much room the data takes: the SQLite file, or the server's database."""
        if not self.on_server:
            return self.path.stat().st_size
        with self.engine.connect() as conn:
            return int(conn.exec_driver_sql("SELECT pg_database_size(current_database())").scalar() or 0)

    @property
    def on_server(self) -> bool:
        """True on a PostgreSQL server: no file backups, health checks or set-aside (the department's
        pg_dump backs it up)."""
        return self.server_url is not None

    # -- change notification ------------------------------------------------------------
    def subscribe(self, listener: ChangeListener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: ChangeListener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _changed(self, changes: Changes) -> None:
        """Tell every listener what a write changed (on the thread that wrote)."""
        for listener in list(self._listeners):
            listener(changes)

    # -- cohorts and people ---------------------------------------------------------------
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
            cohort, created = _find_or_add_cohort(s, name)
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

    # -- assessments ---------------------------------------------------------------------
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
        _check_role(instrument, role)
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
                    cohort = _find_or_add_cohort(s, cohort_name)[0] if cohort_name else None
                    person = Person(name=typed_name, cohort_id=saved_id(cohort) if cohort else None)
                    s.add(person)
                    s.flush()
                    person_id, created = saved_id(person), True
                    if cohort is not None:
                        self._joined_classes.add(saved_id(cohort))
            elif s.get(Person, person_id) is None:
                raise InputError(Message("store.no_trainee", id=person_id))
            round_store.check_not_self(s, person_id, RaterRole(role), rater_name)
            row = Assessment(
                person_id=person_id,
                instrument_id=instrument.id,
                instrument_version=instrument.version,
                rater_role=RaterRole(role).value,
                rater_name=rater_name,
                round_id=(
                    round_store.round_named(s, person_id, round_name)
                    if round_name and round_id is None
                    else round_store.round_for_form(s, person_id, round_id)
                ),
            )
            s.add(row)
            keep_version(s.connection(), instrument)
            s.commit()
            record = self._record(row, {}, s.get(ClassRoundRow, row.round_id))
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
        _check_role(instrument, role)
        rater_name = clean_name(rater_name, "what.rater_name") if rater_name and rater_name.strip() else None
        with Session(self.engine) as s:
            round_id = round_store.round_for_form(s, person_id, round_id)
            round_store.check_not_self(s, person_id, RaterRole(role), rater_name)
            row = Assessment(
                person_id=person_id,
                instrument_id=instrument.id,
                instrument_version=instrument.version,
                rater_role=RaterRole(role).value,
                rater_name=rater_name,
                started_at=started_at or utc_now(),
                round_id=round_id,
            )
            s.add(row)
            keep_version(s.connection(), instrument)
            s.commit()
            record = self._record(row, {}, s.get(ClassRoundRow, row.round_id))
        self._changed(ASSESSMENTS)
        return record

    def kept_instrument(self, instrument_id: str, version: int) -> str | None:
        """The file text of an instrument version forms were answered with; None when never kept."""
        return kept_content(self.engine, instrument_id, version)

    def answered_instruments(self, person_id: int | None = None) -> dict[str, int]:
        """Every form completed forms (about ``person_id``, when given) were answered with (instrument
        id) and the newest version used."""
        return answered_versions(self.engine, person_id)

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
            return self._record(row, answers, class_round)

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
                self._record(
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

    def bulk_load(self, data: BulkData) -> None:
        """Add a whole department in one transaction (benchmarks and tests at scale)."""
        bulk_load(self.engine, data)
        self._changed(PEOPLE | ASSESSMENTS)

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

    @staticmethod
    def _record(
        row: Assessment, answers: dict[str, int | None], class_round: ClassRoundRow | None = None
    ) -> AssessmentRecord:
        return AssessmentRecord(
            id=saved_id(row),
            person_id=row.person_id,
            instrument_id=row.instrument_id,
            instrument_version=row.instrument_version,
            role=RaterRole(row.rater_role),
            rater_name=row.rater_name,
            started_at=_as_utc(row.started_at),
            completed_at=_as_utc(row.completed_at),
            answers=dict(answers),
            round=round_store.as_record(class_round) if class_round is not None else None,
        )


def _check_role(instrument: Instrument, role: RaterRole) -> None:
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


def _find_or_add_cohort(session: Session, name: str) -> tuple[Cohort, bool]:
    """The class whose name means ``name`` (old, unnormalised names included), or a new one (flushed)."""
    key = name_key(name)
    existing = [c for c in session.exec(select(Cohort).order_by(col(Cohort.id))) if name_key(c.name) == key]
    if existing:
        return existing[0], False
    cohort = Cohort(name=name)
    session.add(cohort)
    session.flush()
    return cohort, True
