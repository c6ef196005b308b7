"""One trainee's forms, read from the SQLite file with the standard library alone (``report --person``).

The report command reads one trainee: opening the whole ``Store`` for it would cost more than the
report itself (importing SQLAlchemy and SQLModel takes a third of a second and ~45 MiB, and the
open checks and backs up the file). ``PersonReader`` opens the file read-only, reads what the
report asks for in a fixed number of statements, whatever the number of trainees, and hands back
the same records the ``Store`` does (``tests/store/test_person_reader.py`` compares them).

What it cannot take as it is (a PostgreSQL server, no file yet, another schema version, a file
SQLite cannot read) it leaves to the ``Store``: ``open`` returns None, and the caller opens the
Store, which migrates, sets a damaged file aside or opens read-only, and says so.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from desktop.core.comparison import ClassRound, RaterRole, RatingSheet
from desktop.core.names import name_key
from desktop.core.records import PersonRecord
from desktop.store.files import DB_FILENAME
from desktop.store.health import open_read_only
from desktop.store.migrations import LATEST_VERSION
from desktop.store.moments import stored_moment

_PERSON = (
    "SELECT person.id, person.name, person.cohort_id, cohort.name FROM person"
    " LEFT OUTER JOIN cohort ON cohort.id = person.cohort_id"
)
# A trainee's completed forms of one instrument, oldest first (as ``Store.sheets``), each with its
# answers as one JSON object: a row per form, not per answer. "Can't judge" (NULL) is no answer.
_SHEETS = """
SELECT assessment.id, assessment.rater_role, assessment.rater_name, assessment.completed_at,
       assessment.instrument_version,
       (SELECT json_group_object(answer.item_id, answer.value) FROM answer
         WHERE answer.assessment_id = assessment.id AND answer.value IS NOT NULL),
       class_round.id, class_round.cohort_id, class_round.name, class_round.position
  FROM assessment LEFT OUTER JOIN class_round ON class_round.id = assessment.round_id
 WHERE assessment.person_id = ? AND assessment.instrument_id = ? AND assessment.completed_at IS NOT NULL
 ORDER BY assessment.started_at, assessment.id
"""
_KEPT = "SELECT content FROM instrument_version WHERE instrument_id = ? AND version = ?"
# ``instrument_versions.ANSWERED_SQL``, written out: that module imports SQLAlchemy, which this one avoids.
_ANSWERED = (
    "SELECT instrument_id, MAX(instrument_version) FROM assessment "
    "WHERE person_id = ? AND completed_at IS NOT NULL GROUP BY instrument_id"
)


class PersonReader:
    """Read-only: one trainee, their completed forms and the instrument versions they were answered
    with; the methods the trainee report needs, answering as the ``Store``'s do."""

    def __init__(self, connection: sqlite3.Connection):
        self._conn = connection

    @classmethod
    def open(cls, data_dir: Path) -> PersonReader | None:
        """A reader of ``data_dir``'s database, or None when the Store must open it (see above)."""
        path = Path(data_dir) / DB_FILENAME
        if not path.is_file():
            return None
        try:
            conn = open_read_only(path)
        except sqlite3.Error:
            return None
        try:
            conn.execute("PRAGMA busy_timeout = 5000")  # the app may be writing: wait, as it does
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        except sqlite3.Error:
            conn.close()
            return None
        if version != LATEST_VERSION:
            conn.close()
            return None
        return cls(conn)

    def close(self) -> None:
        self._conn.close()

    def person(self, person_id: int) -> PersonRecord | None:
        row = self._conn.execute(f"{_PERSON} WHERE person.id = ?", (person_id,)).fetchone()
        return PersonRecord(*row) if row else None

    def people_named(self, name: str) -> list[PersonRecord]:
        """Every trainee whose name is ``name`` once both are normalised (as ``Store.people_named``)."""
        key = name_key(name)
        if not key:
            return []
        rows = self._conn.execute(f"{_PERSON} ORDER BY person.name, person.id").fetchall()
        return [PersonRecord(*row) for row in rows if name_key(row[1]) == key]

    def sheets(self, person_id: int, instrument_id: str) -> list[RatingSheet]:
        found = []
        rounds: dict[int, ClassRound] = {}
        for (
            assessment_id,
            role,
            rater_name,
            completed_at,
            version,
            answers,
            round_id,
            round_cohort,
            round_name,
            round_position,
        ) in self._conn.execute(_SHEETS, (person_id, instrument_id)):
            class_round = None
            if round_id is not None:
                class_round = rounds.setdefault(
                    round_id, ClassRound(round_id, round_cohort, round_name, round_position)
                )
            found.append(
                RatingSheet(
                    RaterRole(role),
                    json.loads(answers or "{}"),
                    stored_moment(completed_at),
                    rater_name,
                    assessment_id,
                    instrument_version=version,
                    round=class_round,
                )
            )
        return found

    def kept_instrument(self, instrument_id: str, version: int) -> str | None:
        """The file text of an instrument version forms were answered with; None when never kept."""
        row = self._conn.execute(_KEPT, (instrument_id, version)).fetchone()
        return str(row[0]) if row else None

    def answered_instruments(self, person_id: int) -> dict[str, int]:
        """Every form the trainee's completed forms were answered with and the newest version used (as
        the Store's)."""
        return {str(i): int(v) for i, v in self._conn.execute(_ANSWERED, (person_id,))}
