"""Storage of group PK sessions: the session's set-up and its append-only event log.

An event is committed (WAL, synchronous=FULL) before ``append_event`` returns, so the console may
acknowledge a buzz or a point only after this call. Rows are never updated or deleted: undo is an
event of its own.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError

from desktop.store.changes import PK, Changes
from desktop.store.errors import writes
from desktop.store.models import utc_now
from desktop.store.moments import stored_moment
from desktop.store.records import PkSessionRecord


@dataclass(frozen=True)
class StoredEvent:
    seq: int
    kind: str
    at_ms: float
    data: dict[str, Any]


def _utc(value: Any) -> datetime | None:
    return None if value is None else stored_moment(value)


def _utc_required(value: Any, column: str) -> datetime:
    """A NOT NULL moment column's value in UTC; empty, the table was changed outside the app."""
    moment = _utc(value)
    if moment is None:
        raise ValueError(f"{column} is empty although the column is NOT NULL")
    return moment


class PkStore:
    def __init__(self, engine: Engine, changed: Callable[[Changes], None] | None = None):
        self.engine = engine
        # A session created or ended is announced; other events are not (the buzz path stays a
        # bare commit, and no screen lists single events outside the session's own windows).
        self._changed = changed or (lambda _changes: None)

    @writes
    def create_session(self, title: str, setup: dict[str, Any]) -> int:
        with self.engine.begin() as conn:
            result = conn.execute(
                # RETURNING: SQLite (3.35+) and PostgreSQL both hand back the new id this way.
                text(
                    "INSERT INTO pk_session (title, setup_json, created_at) VALUES (:t, :s, :c) RETURNING id"
                ),
                {"t": title, "s": json.dumps(setup, ensure_ascii=False), "c": utc_now()},
            )
            session_id = int(result.scalar_one())
        self._changed(PK)
        return session_id

    @writes
    def append_event(self, session_id: int, seq: int, kind: str, at_ms: float, data: dict[str, Any]) -> None:
        """Commit one event. A ``seq`` already holding another event raises ``IntegrityError`` (two
        consoles on one session), never overwrites. The same event again is accepted once more without
        a second row: a server that committed it but went away before saying so is asked again by a
        retry, and the retry must not fail nor double it (the seq makes it idempotent)."""
        try:
            self._insert_event(session_id, seq, kind, at_ms, data)
        except IntegrityError:
            as_stored = json.loads(json.dumps(data, ensure_ascii=False))  # tuples come back as lists
            if self._stored(session_id, seq) != (kind, at_ms, as_stored):
                raise

    def _stored(self, session_id: int, seq: int) -> tuple[str, float, dict[str, Any]] | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                text("SELECT kind, at_ms, data_json FROM pk_event WHERE session_id = :id AND seq = :seq"),
                {"id": session_id, "seq": seq},
            ).first()
        return None if row is None else (row[0], row[1], json.loads(row[2]))

    def _insert_event(self, session_id: int, seq: int, kind: str, at_ms: float, data: dict[str, Any]) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO pk_event (session_id, seq, kind, at_ms, data_json, recorded_at) "
                    "VALUES (:session, :seq, :kind, :at, :data, :now)"
                ),
                {
                    "session": session_id,
                    "seq": seq,
                    "kind": kind,
                    "at": at_ms,
                    "data": json.dumps(data, ensure_ascii=False),
                    "now": utc_now(),
                },
            )
            if kind == "session_ended":
                conn.execute(
                    text("UPDATE pk_session SET ended_at = :now WHERE id = :id"),
                    {"now": utc_now(), "id": session_id},
                )
        if kind == "session_ended":
            self._changed(PK)

    def events(self, session_id: int) -> list[StoredEvent]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                text("SELECT seq, kind, at_ms, data_json FROM pk_event WHERE session_id = :id ORDER BY seq"),
                {"id": session_id},
            )
            return [StoredEvent(seq, kind, at_ms, json.loads(data)) for seq, kind, at_ms, data in rows]

    def sessions(self, unfinished_only: bool = False) -> list[PkSessionRecord]:
        query = (
            "SELECT s.id, s.title, s.setup_json, s.created_at, s.ended_at, "
            "(SELECT COUNT(*) FROM pk_event e WHERE e.session_id = s.id) FROM pk_session s"
        )
        if unfinished_only:
            query += " WHERE s.ended_at IS NULL"
        with self.engine.connect() as conn:
            rows = conn.execute(text(query + " ORDER BY s.created_at DESC, s.id DESC"))
            return [
                PkSessionRecord(
                    i,
                    title,
                    json.loads(setup),
                    _utc_required(created, "pk_session.created_at"),
                    _utc(ended),
                    count,
                )
                for i, title, setup, created, ended, count in rows
            ]

    def session(self, session_id: int) -> PkSessionRecord | None:
        return next((s for s in self.sessions() if s.id == session_id), None)

    # -- group line-ups ------------------------------------------------------------------------
    @writes
    def save_lineup(self, name: str, groups: list[dict[str, Any]]) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO group_lineup (name, groups_json, created_at) VALUES (:n, :g, :c) "
                    "ON CONFLICT (name) DO UPDATE SET groups_json = excluded.groups_json"
                ),
                {"n": name, "g": json.dumps(groups, ensure_ascii=False), "c": utc_now()},
            )

    def lineups(self) -> dict[str, list[dict[str, Any]]]:
        with self.engine.connect() as conn:
            rows = conn.execute(text("SELECT name, groups_json FROM group_lineup ORDER BY name"))
            return {name: json.loads(groups) for name, groups in rows}
