"""Schema migrations, in order. Each step runs in one transaction with its version bump.

The database's ``PRAGMA user_version`` is its schema version. Steps are plain SQL, frozen once
released: a later change to ``models.py`` gets a new step here, never an edit of an old one.
"""

from __future__ import annotations

MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        """CREATE TABLE cohort (
            id INTEGER NOT NULL PRIMARY KEY,
            name VARCHAR NOT NULL UNIQUE,
            created_at DATETIME NOT NULL
        )""",
        """CREATE TABLE person (
            id INTEGER NOT NULL PRIMARY KEY,
            name VARCHAR NOT NULL,
            cohort_id INTEGER,
            created_at DATETIME NOT NULL,
            FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE SET NULL
        )""",
        "CREATE INDEX ix_person_cohort ON person (cohort_id)",
        """CREATE TABLE assessment (
            id INTEGER NOT NULL PRIMARY KEY,
            person_id INTEGER NOT NULL,
            instrument_id VARCHAR NOT NULL,
            instrument_version INTEGER NOT NULL,
            rater_role VARCHAR NOT NULL CHECK (rater_role IN ('self', 'supervisor', 'colleague')),
            rater_name VARCHAR,
            started_at DATETIME NOT NULL,
            completed_at DATETIME,
            FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
        )""",
        "CREATE INDEX ix_assessment_person ON assessment (person_id, instrument_id)",
        """CREATE TABLE answer (
            id INTEGER NOT NULL PRIMARY KEY,
            assessment_id INTEGER NOT NULL,
            item_id VARCHAR NOT NULL,
            value INTEGER,
            answered_at DATETIME NOT NULL,
            UNIQUE (assessment_id, item_id),
            FOREIGN KEY (assessment_id) REFERENCES assessment (id) ON DELETE CASCADE
        )""",
    ),
    2: (
        """CREATE TABLE pk_session (
            id INTEGER NOT NULL PRIMARY KEY,
            title VARCHAR NOT NULL,
            setup_json VARCHAR NOT NULL,
            created_at DATETIME NOT NULL,
            ended_at DATETIME
        )""",
        """CREATE TABLE pk_event (
            id INTEGER NOT NULL PRIMARY KEY,
            session_id INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            kind VARCHAR NOT NULL,
            at_ms FLOAT NOT NULL,
            data_json VARCHAR NOT NULL,
            recorded_at DATETIME NOT NULL,
            UNIQUE (session_id, seq),
            FOREIGN KEY (session_id) REFERENCES pk_session (id) ON DELETE CASCADE
        )""",
        """CREATE TABLE group_lineup (
            id INTEGER NOT NULL PRIMARY KEY,
            name VARCHAR NOT NULL UNIQUE,
            groups_json VARCHAR NOT NULL,
            created_at DATETIME NOT NULL
        )""",
    ),
    # Observation sheets: an observer rates a trainee in a role play. SQLite cannot change a CHECK
    # constraint in place, so the table is rebuilt (foreign keys are off while migrating, so the
    # answers stay put and point at the rebuilt table by name).
    3: (
        """CREATE TABLE assessment_v3 (
            id INTEGER NOT NULL PRIMARY KEY,
            person_id INTEGER NOT NULL,
            instrument_id VARCHAR NOT NULL,
            instrument_version INTEGER NOT NULL,
            rater_role VARCHAR NOT NULL
                CHECK (rater_role IN ('self', 'supervisor', 'colleague', 'observer')),
            rater_name VARCHAR,
            started_at DATETIME NOT NULL,
            completed_at DATETIME,
            FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
        )""",
        """INSERT INTO assessment_v3 (id, person_id, instrument_id, instrument_version, rater_role,
            rater_name, started_at, completed_at)
           SELECT id, person_id, instrument_id, instrument_version, rater_role, rater_name, started_at,
            completed_at FROM assessment""",
        "DROP TABLE assessment",
        "ALTER TABLE assessment_v3 RENAME TO assessment",
        "CREATE INDEX ix_assessment_person ON assessment (person_id, instrument_id)",
    ),
}

LATEST_VERSION = max(MIGRATIONS)
