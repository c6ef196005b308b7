"""Storage: pragmas, migrations, refusing a newer database, and answers kept the moment they are given."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import text

from desktop.core.comparison import RaterRole
from desktop.store import models  # noqa: F401 - registers the tables on SQLModel.metadata
from desktop.store.database import DB_FILENAME, NewerDatabaseError, migrate
from desktop.store.migrations import LATEST_VERSION
from desktop.store.store import InputError, Store


def test_pragmas_are_set_on_every_connection(tmp_path):
    store = Store(tmp_path)
    with store.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    store.close()


def test_a_newer_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / DB_FILENAME
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
        conn.execute("CREATE TABLE future (x)")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError, match="newer version"):
        Store(tmp_path)
    assert path.read_bytes() == before


def test_an_existing_database_is_backed_up_before_migrating(tmp_path, monkeypatch):
    from desktop.store import database, migrations

    migrate(tmp_path / DB_FILENAME)
    extra = {**migrations.MIGRATIONS, LATEST_VERSION + 1: ("CREATE TABLE later (x INTEGER)",)}
    monkeypatch.setattr(database, "MIGRATIONS", extra)
    monkeypatch.setattr(database, "LATEST_VERSION", LATEST_VERSION + 1)
    assert migrate(tmp_path / DB_FILENAME) == LATEST_VERSION
    backups = list((tmp_path / "backups").glob(f"before-migration-v{LATEST_VERSION}-*.db"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION


def test_a_failing_migration_step_leaves_the_old_version(tmp_path, monkeypatch):
    from desktop.store import database, migrations

    migrate(tmp_path / DB_FILENAME)
    broken = {
        **migrations.MIGRATIONS,
        LATEST_VERSION + 1: ("CREATE TABLE later (x INTEGER)", "THIS IS NOT SQL"),
    }
    monkeypatch.setattr(database, "MIGRATIONS", broken)
    monkeypatch.setattr(database, "LATEST_VERSION", LATEST_VERSION + 1)
    with pytest.raises(sqlite3.OperationalError):
        migrate(tmp_path / DB_FILENAME)
    with sqlite3.connect(tmp_path / DB_FILENAME) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'later'").fetchone() is None


def test_assessment_records_instrument_version_role_rater_and_time(store, soothing):
    person = store.add_person("张三", store.add_cohort("一班").id)
    record = store.start_assessment(person.id, soothing, RaterRole.COLLEAGUE, "  李 四 ")
    store.record_answer(record.id, soothing.items[0].id, 4)
    store.record_answer(record.id, soothing.items[1].id, None)
    store.record_answer(record.id, soothing.items[0].id, 5)  # changed their mind
    loaded = store.assessment(record.id)
    assert (loaded.instrument_id, loaded.instrument_version, loaded.role, loaded.rater_name) == (
        "soothing",
        soothing.version,
        RaterRole.COLLEAGUE,
        "李 四",
    )
    assert loaded.answers == {soothing.items[0].id: 5, soothing.items[1].id: None}
    assert loaded.started_at.tzinfo is not None and loaded.completed_at is None
    done = store.complete_assessment(record.id)
    assert done.complete and store.sheets(person.id, "soothing")[0].answers == {soothing.items[0].id: 5}


def test_names_are_checked(store):
    with pytest.raises(InputError, match="trainee name: must not be empty"):
        store.add_person("   ")
    assert store.add_person("长" * 500).name == "长" * 500
    with pytest.raises(InputError, match="at most 500"):
        store.add_person("长" * 501)
    assert store.add_person("<b>x</b>").name == "<b>x</b>"


def test_an_answer_survives_a_killed_process(tmp_path, soothing):
    """Each answer is committed when given: kill -9 right after and it is still there."""
    script = textwrap.dedent(
        f"""
        import os, signal
        from pathlib import Path
        from desktop.core.content import load_instruments
        from desktop.paths import instruments_dir
        from desktop.core.comparison import RaterRole
        from desktop.store.store import Store
        store = Store(Path({str(tmp_path)!r}))
        instrument = load_instruments(instruments_dir())[0]["soothing"]
        person = store.add_person("王五")
        record = store.start_assessment(person.id, instrument, RaterRole.SELF)
        store.record_answer(record.id, instrument.items[0].id, 3)
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == -9, result.stderr
    reopened = Store(tmp_path)
    (unfinished,) = reopened.assessments(completed=False)
    assert unfinished.answers == {soothing.items[0].id: 3}
    reopened.close()


def test_deleting_a_person_removes_their_assessments(store, soothing):
    person = store.add_person("赵六")
    record = store.start_assessment(person.id, soothing, RaterRole.SELF)
    store.record_answer(record.id, soothing.items[0].id, 3)
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM person WHERE id = :id"), {"id": person.id})
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM answer").scalar() == 0


SAMPLES = sorted((__import__("pathlib").Path(__file__).parent / "samples").glob("schema-v*.db"))


@pytest.mark.parametrize("sample", SAMPLES, ids=[s.stem for s in SAMPLES])
def test_every_released_schema_opens_and_keeps_its_data(tmp_path, sample, soothing):
    import shutil

    shutil.copy(sample, tmp_path / DB_FILENAME)
    store = Store(tmp_path)
    try:
        with sqlite3.connect(tmp_path / DB_FILENAME) as conn:
            assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        (person,) = store.people()
        (sheet,) = store.sheets(person.id, "soothing")
        assert len(sheet.answers) == 20
    finally:
        store.close()


def test_there_is_a_sample_of_every_released_schema_but_the_latest():
    versions = {int(s.stem.removeprefix("schema-v")) for s in SAMPLES}
    assert versions >= set(range(1, LATEST_VERSION))
