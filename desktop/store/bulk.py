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

from sqlalchemy import Engine, func, insert, select

from desktop.store.models import Answer, Assessment, Cohort, Person


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


def _next_id(conn: Any, table: Any) -> int:
    return int(conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()) + 1


def bulk_load(engine: Engine, data: BulkData) -> None:
    """Add everything in ``data`` in one transaction (all of it or none)."""
    cohort_table = Cohort.__table__  # type: ignore[attr-defined]
    person_table = Person.__table__  # type: ignore[attr-defined]
    form_table = Assessment.__table__  # type: ignore[attr-defined]
    answer_table = Answer.__table__  # type: ignore[attr-defined]
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
        for session in data.pk_sessions:
            session_id = conn.exec_driver_sql(
                "INSERT INTO pk_session (title, setup_json, created_at, ended_at) VALUES (?, ?, ?, ?)",
                (
                    session.title,
                    json.dumps(session.setup, ensure_ascii=False),
                    _sql_time(session.created_at),
                    _sql_time(session.ended_at),
                ),
            ).lastrowid
            conn.exec_driver_sql(
                "INSERT INTO pk_event (session_id, seq, kind, at_ms, data_json, recorded_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (
                        session_id,
                        seq,
                        kind,
                        at_ms,
                        json.dumps(data, ensure_ascii=False),
                        _sql_time(session.created_at),
                    )
                    for seq, kind, at_ms, data in session.events
                ],
            )


def _sql_time(value: datetime | None) -> str | None:
    # The text form SQLAlchemy's DateTime writes on SQLite (naive UTC), as PkStore's rows hold.
    return None if value is None else value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
