"""The store is the only door: backups, restore, health and the PK log are ``Store`` methods, and the
PK log takes and gives the core's ``Event`` (a damaged row is named, and can still be set aside).
The PK log's tests run on SQLite and PostgreSQL (the ``store`` fixture); file backups are SQLite's."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from desktop.core.comparison import RaterRole
from desktop.core.instruments import Instrument
from desktop.core.pk.events import Event, EventKind, MalformedEventError
from desktop.store.errors import BackupError
from desktop.store.records import PK_SESSION_END, database_file
from desktop.store.store import Store


def trainee_with_form(store: Store, soothing: Instrument, name: str) -> None:
    person = store.add_person(name)
    form = store.start_assessment(person.id, soothing, RaterRole.SELF)
    store.record_answers(form.id, {i.id: 4 for i in soothing.items})
    store.complete_assessment(form.id)


def test_a_backup_is_listed_and_restored_by_the_same_store(tmp_path, soothing):
    store = Store(tmp_path)
    try:
        trainee_with_form(store, soothing, "王晓燕")
        taken = store.backup(PK_SESSION_END)
        assert taken is not None and taken.contents.trainees == 1
        assert [b.path for b in store.backups()] == [taken.path]
        trainee_with_form(store, soothing, "李建国")

        result = store.restore(taken)

        # The same store goes on, on the restored data; the data before the restore was kept.
        assert [p.name for p in store.people()] == ["王晓燕"]
        assert result.safety_backup is not None and result.safety_backup.contents.trainees == 2
        trainee_with_form(store, soothing, "张三")
        assert len(store.assessments()) == 2
    finally:
        store.close()


def test_a_damaged_backup_is_refused_and_the_store_keeps_its_data(tmp_path, soothing):
    store = Store(tmp_path)
    try:
        trainee_with_form(store, soothing, "王晓燕")
        taken = store.backup(PK_SESSION_END)
        with open(taken.path, "r+b") as damaged:
            damaged.seek(100)
            damaged.write(b"\xff" * 4000)
        with pytest.raises(BackupError):
            store.restore(taken)
        assert [p.name for p in store.people()] == ["王晓燕"]
        trainee_with_form(store, soothing, "李建国")  # still writable
    finally:
        store.close()


def test_an_empty_database_is_not_backed_up_and_the_store_names_its_file(tmp_path):
    store = Store(tmp_path)
    try:
        assert store.backup(PK_SESSION_END) is None and store.backups() == []
        assert store.path == database_file(tmp_path) and store.read_only_problem is None
        assert store.take_startup_notice() is None
    finally:
        store.close()


def test_the_pk_log_takes_and_gives_core_events(store):
    session = store.create_pk_session("第一场", {"groups": []})
    played = [
        Event(1, EventKind.QUESTION_SHOWN, 10.0, {"index": 0}),
        Event(2, EventKind.BUZZERS_OPENED, 20.0, {}),
        Event(3, EventKind.BUZZ, 25.5, {"group": "g2"}),
    ]
    for event in played:
        store.append_pk_event(session, event)
    assert store.pk_events(session) == played
    assert store.pk_session(session).event_count == 3
    assert [s.id for s in store.pk_sessions(unfinished_only=True)] == [session]
    with pytest.raises(IntegrityError):  # a second console on the same session
        store.append_pk_event(session, Event(3, EventKind.BUZZ, 26.0, {"group": "g1"}))
    assert store.pk_events(session) == played


def test_a_damaged_pk_log_is_named_and_can_still_be_ended(store):
    session = store.create_pk_session("第一场", {"groups": []})
    store.append_pk_event(session, Event(1, EventKind.QUESTION_SHOWN, 10.0, {"index": 0}))
    store.append_pk_event(session, Event(2, EventKind.BUZZERS_OPENED, 20.0, {}))
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE pk_event SET data_json = :d WHERE seq = 1"), {"d": '{"index": "one"}'})
    with pytest.raises(MalformedEventError, match="event 1: data.index must be a whole number"):
        store.pk_events(session)

    store.end_pk_log(session)

    assert store.pk_session(session).ended_at is not None
    assert store.pk_sessions(unfinished_only=True) == []
