"""Backups: which ones are kept, that a bad copy is never kept, restoring, and the daily backup."""

from __future__ import annotations

import random
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.comparison import RaterRole
from desktop.core.pk.events import Event, EventKind
from desktop.store import backup
from desktop.store.backup import BackupName, backups_to_keep
from desktop.store.database import DB_FILENAME
from desktop.store.store import Store

NOW = datetime(2026, 11, 25, 12, 0)  # a Wednesday


def name(when: datetime, reason: str = backup.DAILY) -> BackupName:
    return backup.parse_name(f"{reason}-{when:%Y%m%d-%H%M%S}.db")


def kept_days(kept: set[BackupName]) -> list[str]:
    return sorted(f"{b.taken_at:%Y-%m-%d}" for b in kept)


# -- retention: tables of dates ------------------------------------------------------------------
def test_a_year_of_daily_backups_keeps_14_days_8_weeks_and_12_months():
    backups = [name(datetime(2026, 11, 25, 9, 0) - timedelta(days=d)) for d in range(400)]
    kept = backups_to_keep(backups, NOW)
    days = [f"2026-11-{d:02d}" for d in range(12, 26)]  # today and the 13 days before (also the last 10)
    weeks = [
        "2026-10-11",
        "2026-10-18",
        "2026-10-25",
        "2026-11-01",
        "2026-11-08",
    ]  # Sundays: each week's newest
    months = [
        "2025-12-31",
        "2026-01-31",
        "2026-02-28",
        "2026-03-31",
        "2026-04-30",
        "2026-05-31",
        "2026-06-30",
        "2026-07-31",
        "2026-08-31",
        "2026-09-30",
        "2026-10-31",
    ]
    assert kept_days(kept) == sorted(days + weeks + months)


def test_a_busy_day_keeps_the_last_ten_and_every_before_migration_backup():
    today = [
        name(datetime(2026, 11, 25, 8, 0) + timedelta(minutes=10 * i), backup.PK_SESSION_END)
        for i in range(25)
    ]
    migrations = [
        name(datetime(2019, 3, 1, 10, 0), backup.before_migration(1)),
        name(datetime(2024, 6, 1, 10, 0), backup.before_migration(2)),
    ]
    kept = backups_to_keep(today + migrations, NOW)
    assert kept == set(today[-10:]) | set(migrations)


def test_a_backup_dated_after_now_is_never_pruned():
    future = name(NOW + timedelta(days=300))
    old = [name(NOW - timedelta(days=500 + d)) for d in range(30)]
    kept = backups_to_keep([future, *old], NOW)
    assert future in kept
    assert len(kept) == 11  # the future one and the 10 newest of the old ones (all outside every period)


# -- retention: properties ---------------------------------------------------------------------------
REASONS = st.sampled_from(
    [backup.DAILY, backup.PK_SESSION_END, backup.BEFORE_RESTORE, backup.before_migration(1)]
)
MOMENTS = st.integers(min_value=-3 * 365 * 24 * 60, max_value=2 * 24 * 60).map(
    lambda minutes: NOW + timedelta(minutes=minutes)
)
BACKUPS = st.lists(st.tuples(MOMENTS, REASONS), max_size=120).map(
    lambda items: sorted({name(when, reason) for when, reason in items})
)


def newest_per(backups: list[BackupName], key) -> set[BackupName]:
    newest: dict[object, BackupName] = {}
    for b in backups:
        if key(b.taken_at) not in newest or b > newest[key(b.taken_at)]:
            newest[key(b.taken_at)] = b
    return set(newest.values())


@given(BACKUPS)
def test_retention_keeps_what_the_policy_promises(backups):
    kept = backups_to_keep(backups, NOW)
    assert kept <= set(backups)
    migrations = {b for b in backups if not b.prunable}
    future = {b for b in backups if b.prunable and b.taken_at > NOW}
    past = sorted(b for b in backups if b.prunable and b.taken_at <= NOW)
    assert migrations | future <= kept
    assert set(past[-10:]) <= kept
    today = NOW.date()
    monday = today - timedelta(days=today.weekday())
    recent_days = {b for b in past if (today - b.taken_at.date()).days < 14}
    assert newest_per(sorted(recent_days), lambda t: t.date()) <= kept
    recent_weeks = {b for b in past if (monday - b.taken_at.date()).days < 7 * 8}
    assert newest_per(sorted(recent_weeks), lambda t: t.date() - timedelta(days=t.weekday())) <= kept
    recent_months = {
        b for b in past if (NOW.year * 12 + NOW.month) - (b.taken_at.year * 12 + b.taken_at.month) < 12
    }
    assert newest_per(sorted(recent_months), lambda t: (t.year, t.month)) <= kept
    assert len(kept - migrations - future) <= 10 + 14 + 8 + 12
    # Pruning twice deletes nothing more: what is kept today is kept again at once.
    assert backups_to_keep(kept, NOW) == kept


SET_ASIDES = st.lists(MOMENTS, max_size=3)


@given(BACKUPS, SET_ASIDES)
def test_backups_after_a_set_aside_never_push_out_the_ones_from_before(backups, set_asides):
    kept = backups_to_keep(backups, NOW, set_asides)
    assert backups_to_keep(backups, NOW) <= kept or set_asides
    for moment in set_asides:
        # What is kept from before a set-aside is what would be kept had nothing happened after it.
        before = [b for b in backups if b.taken_at <= moment]
        assert backups_to_keep(before, NOW, [m for m in set_asides if m < moment]) <= kept
        past_before = [b for b in before if b.prunable and b.taken_at <= NOW]
        if past_before:
            assert max(past_before) in kept


def test_ten_pk_sessions_after_a_set_aside_keep_the_morning_backup():
    morning = name(datetime(2026, 11, 25, 8, 0))
    sessions = [
        name(datetime(2026, 11, 25, 12, 30) + timedelta(minutes=20 * i), backup.PK_SESSION_END)
        for i in range(25)
    ]
    set_aside, evening = datetime(2026, 11, 25, 12, 5), datetime(2026, 11, 25, 22, 0)
    assert morning not in backups_to_keep([morning, *sessions], evening)  # the defect: pushed out
    assert backups_to_keep([morning, *sessions], evening, [set_aside]) == {morning, *sessions[-10:]}


# -- taking and listing ----------------------------------------------------------------------------
def fill(store: Store, soothing, names: list[str]) -> None:
    for person_name in names:
        person = store.add_person(person_name)
        record = store.start_assessment(person.id, soothing, RaterRole.SELF)
        store.record_answers(record.id, {i.id: 4 for i in soothing.items})
        store.complete_assessment(record.id)
    session = store.create_pk_session("第一场", {"groups": []})
    store.append_pk_event(session, Event(1, EventKind.SESSION_ENDED, 10.0, {}))


def rows(db: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ]
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}
    finally:
        conn.close()


@pytest.fixture
def store(tmp_path):
    opened = Store(tmp_path)
    yield opened
    opened.close()


def test_a_backup_is_one_verified_file_listed_with_what_it_holds(store, tmp_path, soothing):
    fill(store, soothing, ["张三", "李四"])
    info = backup.take_backup(store.path, tmp_path, backup.PK_SESSION_END, now=datetime(2026, 11, 25, 23, 15))
    assert info.path.name == "pk-session-end-20261125-231500.db"
    # Taken while the app's engine is open, yet a file on its own: no -wal beside it.
    assert [p.name for p in (tmp_path / "backups").iterdir()] == [info.path.name]
    assert rows(info.path) == rows(store.path)
    (listed,) = backup.list_backups(tmp_path)
    assert (listed.taken_at, listed.reason, listed.size) == (
        datetime(2026, 11, 25, 23, 15),
        "pk-session-end",
        info.path.stat().st_size,
    )
    assert (listed.contents.trainees, listed.contents.completed_forms, listed.contents.pk_sessions) == (
        2,
        2,
        1,
    )


def test_a_backup_that_fails_its_integrity_check_is_not_kept(store, tmp_path, soothing):
    fill(store, soothing, [f"学员{i}" for i in range(60)])
    store.close()
    # Damage in the middle of the file: the backup API copies pages as they are, damage included.
    data = bytearray(store.path.read_bytes())
    page = 4096
    data[5 * page : 6 * page] = random.Random(3).randbytes(page)
    store.path.write_bytes(bytes(data))
    with pytest.raises(backup.BackupError, match="integrity check"):
        backup.take_backup(store.path, tmp_path, backup.DAILY)
    assert list((tmp_path / "backups").iterdir()) == []
    assert backup.list_backups(tmp_path) == []


def test_pruning_deletes_old_backups_but_never_a_before_migration_one(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    for d in range(40):
        (folder / f"daily-{NOW - timedelta(days=400 + d):%Y%m%d-%H%M%S}.db").write_bytes(b"")
    migration = folder / f"before-migration-v1-{NOW - timedelta(days=900):%Y%m%d-%H%M%S}.db"
    migration.write_bytes(b"")
    stranger = folder / "my own copy.db"  # not ours: never touched
    stranger.write_bytes(b"")
    deleted = backup.prune_backups(tmp_path, NOW)
    assert len(deleted) == 30
    assert migration.exists() and stranger.exists()
    assert len(list(folder.glob("daily-*.db"))) == 10


# -- restoring -------------------------------------------------------------------------------------
def test_restore_brings_back_the_data_as_it_was_and_keeps_the_current_data_first(tmp_path, soothing):
    store = Store(tmp_path)
    fill(store, soothing, ["张三", "李四"])
    taken = backup.take_backup(store.path, tmp_path, backup.DAILY, now=datetime(2026, 11, 24, 9, 0))
    at_backup = rows(store.path)
    store.add_person("王五")  # after the backup
    store.discard_assessment(store.assessments()[0].id)
    now_rows = rows(store.path)
    store.close()

    result = backup.restore_backup(tmp_path, taken, now=datetime(2026, 11, 25, 10, 0))

    assert rows(tmp_path / DB_FILENAME) == at_backup
    assert result.safety_backup is not None and result.safety_backup.reason == "before-restore"
    assert rows(result.safety_backup.path) == now_rows
    assert not (tmp_path / f"{DB_FILENAME}-wal").exists()
    reopened = Store(tmp_path)
    try:
        assert sorted(p.name for p in reopened.people()) == ["张三", "李四"]
        assert len(reopened.assessments()) == 2
    finally:
        reopened.close()
    # ...and the restore can itself be undone from the before-restore backup.
    backup.restore_backup(tmp_path, result.safety_backup)
    assert rows(tmp_path / DB_FILENAME) == now_rows


def test_a_damaged_backup_is_refused_and_nothing_changes(tmp_path, soothing):
    store = Store(tmp_path)
    fill(store, soothing, ["张三"])
    store.close()
    bad = tmp_path / "backups" / "daily-20261120-090000.db"
    bad.parent.mkdir()
    bad.write_text("not a database", encoding="utf-8")
    before = (tmp_path / DB_FILENAME).read_bytes()
    with pytest.raises(backup.BackupError, match="nothing was changed"):
        backup.restore_backup(tmp_path, bad)
    assert (tmp_path / DB_FILENAME).read_bytes() == before
    assert [p.name for p in (tmp_path / "backups").iterdir()] == [bad.name]


# -- the daily backup ------------------------------------------------------------------------------
def test_the_daily_backup_is_taken_once_a_day_not_at_every_start(tmp_path, soothing, monkeypatch):
    now = [datetime(2026, 11, 2, 8, 0)]
    monkeypatch.setattr(backup, "clock", lambda: now[0])

    def start_at(when: datetime) -> list[str]:
        now[0] = when
        Store(tmp_path).close()
        return sorted(p.name for p in (tmp_path / "backups").glob("daily-*.db"))

    first = Store(tmp_path)  # a new, empty database: nothing worth a backup yet
    fill(first, soothing, ["张三"])
    first.close()
    assert start_at(datetime(2026, 11, 2, 8, 30)) == ["daily-20261102-083000.db"]
    assert start_at(datetime(2026, 11, 2, 17, 0)) == ["daily-20261102-083000.db"]
    assert start_at(datetime(2026, 11, 3, 8, 29)) == ["daily-20261102-083000.db"]
    assert start_at(datetime(2026, 11, 3, 8, 31)) == ["daily-20261102-083000.db", "daily-20261103-083100.db"]


def test_an_empty_database_is_not_backed_up_daily(tmp_path, monkeypatch):
    monkeypatch.setattr(backup, "clock", lambda: NOW)
    Store(tmp_path).close()
    Store(tmp_path).close()
    assert backup.list_backups(tmp_path) == []


# -- retention on the real folder: what only reading the backups can tell ------------------------
def backup_at(db: Path, data_dir: Path, when: datetime, reason: str = backup.PK_SESSION_END) -> Path:
    return backup.take_backup(db, data_dir, reason, now=when).path


def test_the_newest_backup_holding_more_than_the_database_now_is_never_pruned(tmp_path, soothing):
    store = Store(tmp_path)
    fill(store, soothing, ["张三", "李四", "王五"])
    with_forms = backup_at(store.path, tmp_path, NOW - timedelta(days=1), backup.DAILY)
    for form in store.assessments():  # thrown away by mistake
        store.discard_assessment(form.id)
    for i in range(12):
        backup_at(store.path, tmp_path, NOW + timedelta(minutes=i))
    store.close()
    deleted = backup.prune_backups(tmp_path, NOW + timedelta(hours=1))
    assert with_forms.exists()  # today's code deletes it: 10 newer ones, and a newer one the same day
    assert len(deleted) == 2  # the two oldest session-end backups, which hold nothing more


def test_the_last_good_backup_is_never_pruned_even_when_the_newer_ones_are_damaged(tmp_path, soothing):
    store = Store(tmp_path)
    fill(store, soothing, ["张三"])
    store.close()
    good = backup_at(store.path, tmp_path, NOW - timedelta(days=1))
    newer = [backup_at(store.path, tmp_path, NOW + timedelta(minutes=i)) for i in range(11)]
    for path in newer:
        path.write_bytes(b"damaged on disk after it was taken" * 100)
    backup.prune_backups(tmp_path, NOW + timedelta(hours=1))
    assert good.exists()


def test_set_aside_moments_are_read_from_the_kept_files(tmp_path):
    db = tmp_path / DB_FILENAME
    for name_ in ("damaged-20261125-120500", "damaged-20261125-120500-2", "damaged-20261126-090000"):
        Path(f"{db}.{name_}").write_bytes(b"x")
    Path(f"{db}.damaged-20261126-090000-wal").write_bytes(b"x")
    from desktop.store import health

    assert health.set_aside_times(db) == [datetime(2026, 11, 25, 12, 5), datetime(2026, 11, 26, 9, 0)]
