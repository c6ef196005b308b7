"""The instrument versions forms were answered with: each kept once, by (id, version), never changed."""

from __future__ import annotations

from sqlalchemy import Connection, Engine, text

from desktop.core.instruments import Instrument
from desktop.store.models import utc_now

# ON CONFLICT … DO NOTHING reads the same on SQLite (3.24+) and PostgreSQL (9.5+): two facilitators
# starting forms of the same version at once keep one copy, neither fails.
_KEEP = text(
    "INSERT INTO instrument_version (instrument_id, version, content, kept_at) "
    "VALUES (:id, :version, :content, :now) ON CONFLICT (instrument_id, version) DO NOTHING"
)
_READ = text("SELECT content FROM instrument_version WHERE instrument_id = :id AND version = :version")
#: Every form (instrument id) some completed assessment was answered with, and its newest version;
#: ``ANSWERED_BY_PERSON_SQL`` for one trainee (the trainee report: the person index, not every row).
ANSWERED_SQL = (
    "SELECT instrument_id, MAX(instrument_version) FROM assessment "
    "WHERE completed_at IS NOT NULL GROUP BY instrument_id"
)
ANSWERED_BY_PERSON_SQL = ANSWERED_SQL.replace("WHERE ", "WHERE person_id = :person AND ")


def keep_version(conn: Connection, instrument: Instrument) -> None:
    """Keep ``instrument``'s file text under its id and version, unless that version is kept already
    (the first text kept for a version is the one its forms were answered with)."""
    if instrument.content:
        conn.execute(
            _KEEP,
            {
                "id": instrument.id,
                "version": instrument.version,
                "content": instrument.content,
                "now": utc_now(),
            },
        )


def kept_content(engine: Engine, instrument_id: str, version: int) -> str | None:
    with engine.connect() as conn:
        return conn.execute(_READ, {"id": instrument_id, "version": version}).scalar_one_or_none()


def answered_versions(engine: Engine, person_id: int | None = None) -> dict[str, int]:
    """Instrument id → the newest version a completed form was answered with, for every form answered
    (about ``person_id`` only, when given)."""
    with engine.connect() as conn:
        if person_id is None:
            rows = conn.execute(text(ANSWERED_SQL))
        else:
            rows = conn.execute(text(ANSWERED_BY_PERSON_SQL), {"person": person_id})
        return {str(row[0]): int(row[1]) for row in rows}
