"""Loading a whole department at once (benchmarks, tests at scale): one transaction, many rows per statement.

Going through ``Store.start_assessment`` form by form commits once per answer; 15,500 forms would take
many minutes. Here every table is written with executemany in a single transaction, through the
same column types as the ORM, so the rows read back exactly as the app's own.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, insert, inspect, select, text
from sqlmodel import SQLModel

from desktop.store.models import Answer, Assessment, Cohort, Person, PkEventRow, PkSessionRow


@dataclass(frozen=True)
class BulkForm:
    person: int  # index into BulkData.people
    instrument_id: str
    instrument_version: int
    role: str  # self | supervisor | colleague
    rater_name: str | None
    started_at: datetime
    completed_at: datetime | None
    answers: dict[str, int | None]


@dataclass(frozen=True)
class BulkPkSession:
    title: str
    setup: dict[str, Any]
    created_at: datetime
    ended_at: datetime | None
    events: list[tuple[int, str, float, dict[str, Any]]]  # seq, kind, at_ms, data


@dataclass
class BulkData:
    cohorts: list[tuple[str, datetime]] = field(default_factory=list)  # name, created
    people: list[tuple[str, int | None, datetime]] = field(default_factory=list)  # name, cohort index
    forms: list[BulkForm] = field(default_factory=list)
    pk_sessions: list[BulkPkSession] = field(default_factory=list)


def _table(model: type[SQLModel]) -> Table:
    """The table a model maps to (SQLModel's type hints do not declare ``__table__``)."""
    table = inspect(model).local_table
    if not isinstance(table, Table):
        raise TypeError(f"{model.__name__} is not mapped to a table")
    return table


def _next_id(conn: Connection, table: Table) -> int:
    return int(conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()) + 1


def bulk_load(engine: Engine, data: BulkData) -> None:
    """Add everything in ``data`` in one transaction (all of it or none)."""
    cohort_table = _table(Cohort)
    person_table = _table(Person)
    form_table = _table(Assessment)
    answer_table = _table(Answer)
    with engine.begin() as conn:
        first_cohort = _next_id(conn, cohort_table)
        if data.cohorts:
            conn.execute(
                insert(cohort_table),
                [
                    {"id": first_cohort + i, "name": name, "created_at": created}
                    for i, (name, created) in enumerate(data.cohorts)
                ],
            )
        first_person = _next_id(conn, person_table)
        if data.people:
            conn.execute(
                insert(person_table),
                [
                    {
                        "id": first_person + i,
                        "name": name,
                        "cohort_id": None if cohort is None else first_cohort + cohort,
                        "created_at": created,
                    }
                    for i, (name, cohort, created) in enumerate(data.people)
                ],
            )
        first_form = _next_id(conn, form_table)
        if data.forms:
            conn.execute(
                insert(form_table),
                [
                    {
                        "id": first_form + i,
                        "person_id": first_person + f.person,
                        "instrument_id": f.instrument_id,
                        "instrument_version": f.instrument_version,
                        "rater_role": f.role,
                        "rater_name": f.rater_name,
                        "started_at": f.started_at,
                        "completed_at": f.completed_at,
                    }
                    for i, f in enumerate(data.forms)
                ],
            )
            conn.execute(
                insert(answer_table),
                [
                    {
                        "assessment_id": first_form + i,
                        "item_id": item_id,
                        "value": value,
                        "answered_at": f.completed_at or f.started_at,
                    }
                    for i, f in enumerate(data.forms)
                    for item_id, value in f.answers.items()
                ],
            )
        session_table = _table(PkSessionRow)
        event_table = _table(PkEventRow)
        for session in data.pk_sessions:
            session_id = conn.execute(
                insert(session_table).returning(session_table.c.id),
                {
                    "title": session.title,
                    "setup_json": json.dumps(session.setup, ensure_ascii=False),
                    "created_at": _utc(session.created_at),
                    "ended_at": _utc(session.ended_at),
                },
            ).scalar_one()
            if session.events:
                conn.execute(
                    insert(event_table),
                    [
                        {
                            "session_id": session_id,
                            "seq": seq,
                            "kind": kind,
                            "at_ms": at_ms,
                            "data_json": json.dumps(event_data, ensure_ascii=False),
                            "recorded_at": _utc(session.created_at),
                        }
                        for seq, kind, at_ms, event_data in session.events
                    ],
                )
        if conn.dialect.name == "postgresql":
            # Rows were given their ids here: the identity columns must go on after them, or the app's
            # next trainee would be refused as a duplicate id.
            for table in (cohort_table, person_table, form_table):
                conn.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table.name}), false)"
                    )
                )


def _utc(value: datetime | None) -> datetime | None:
    # SQLite keeps a date-time as the text of its own fields: every stored time is UTC, as PkStore writes.
    return None if value is None else value.astimezone(UTC)
