"""SQLModel tables: the one definition of the schema. ``migrations.py`` builds exactly this shape on
SQLite and on PostgreSQL (``tests/store/test_schema_source.py`` migrates each and compares)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import CheckConstraint, Column, DateTime, ForeignKey, Index, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel


def utc_now() -> datetime:
    # SQLModel datetimes are timezone-aware: a naive datetime.now() would be refused on save.
    return datetime.now(UTC)


def _moment(nullable: bool = False) -> Any:
    """A point in time, UTC: SQLite keeps it as text, PostgreSQL as TIMESTAMP WITH TIME ZONE."""
    return Field(default=None, sa_type=DateTime(timezone=True), nullable=nullable)


def _now() -> Any:
    return Field(default_factory=utc_now, sa_type=DateTime(timezone=True), nullable=False)


class Cohort(SQLModel, table=True):
    __tablename__ = "cohort"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    created_at: datetime = _now()


class ClassRoundRow(SQLModel, table=True):
    """A named round of a class; ``cohort_id`` None holds the rounds of trainees without a class."""

    __tablename__ = "class_round"
    __table_args__ = (UniqueConstraint("cohort_id", "name"),)
    id: int | None = Field(default=None, primary_key=True)
    cohort_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("cohort.id", ondelete="CASCADE"), nullable=True)
    )
    name: str
    position: int
    created_at: datetime = _now()


class Person(SQLModel, table=True):
    __tablename__ = "person"
    __table_args__ = (Index("ix_person_cohort", "cohort_id"),)
    id: int | None = Field(default=None, primary_key=True)
    name: str
    cohort_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("cohort.id", ondelete="SET NULL"), nullable=True)
    )
    created_at: datetime = _now()


class Assessment(SQLModel, table=True):
    __tablename__ = "assessment"
    __table_args__ = (
        Index("ix_assessment_person", "person_id", "instrument_id"),
        Index("ix_assessment_round", "round_id"),
        CheckConstraint(
            "rater_role IN ('self', 'supervisor', 'colleague', 'observer')",
            name="assessment_rater_role_check",
        ),
    )
    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="CASCADE"), nullable=False)
    )
    instrument_id: str
    instrument_version: int
    rater_role: str  # self | supervisor | colleague | observer
    rater_name: str | None = None
    started_at: datetime = _now()
    completed_at: datetime | None = _moment(nullable=True)
    round_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("class_round.id"), nullable=True)
    )


class Answer(SQLModel, table=True):
    __tablename__ = "answer"
    __table_args__ = (UniqueConstraint("assessment_id", "item_id"),)
    id: int | None = Field(default=None, primary_key=True)
    assessment_id: int = Field(
        sa_column=Column(Integer, ForeignKey("assessment.id", ondelete="CASCADE"), nullable=False)
    )
    item_id: str
    value: int | None = None  # None: the rater chose "can't judge"
    answered_at: datetime = _now()


class PkSessionRow(SQLModel, table=True):
    """A group PK quiz session; its scores live only in its event log (``pk_event``)."""

    __tablename__ = "pk_session"
    id: int | None = Field(default=None, primary_key=True)
    title: str
    setup_json: str  # groups, question references and scoring rules, as chosen at set-up
    created_at: datetime = _now()
    ended_at: datetime | None = _moment(nullable=True)


class PkEventRow(SQLModel, table=True):
    __tablename__ = "pk_event"
    __table_args__ = (UniqueConstraint("session_id", "seq"),)
    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(
        sa_column=Column(Integer, ForeignKey("pk_session.id", ondelete="CASCADE"), nullable=False)
    )
    seq: int
    kind: str
    at_ms: float
    data_json: str
    recorded_at: datetime = _now()


class GroupLineup(SQLModel, table=True):
    """Groups saved by name for the next class."""

    __tablename__ = "group_lineup"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    groups_json: str
    created_at: datetime = _now()


class InstrumentVersionRow(SQLModel, table=True):
    """An instrument file's text as a form was answered with it, kept by (id, version)."""

    __tablename__ = "instrument_version"
    instrument_id: str = Field(primary_key=True)
    version: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    content: str  # the instrument file's text (YAML), read back with the same checks as the file
    kept_at: datetime = _now()
