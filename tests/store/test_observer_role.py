"""Observation sheets: an observer's form is stored (schema 3), and a form takes only the raters its kind names."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.core.comparison import RaterRole, compare, observed_total, rounds
from desktop.store.database import DB_FILENAME
from desktop.store.store import InputError, Store

SAMPLE_V2 = Path(__file__).parent / "samples" / "schema-v2.db"


def observe(store, instrument, person, observer, value):
    record = store.start_assessment(person.id, instrument, RaterRole.OBSERVER, observer)
    store.record_answers(record.id, {item.id: value for item in instrument.items})
    store.complete_assessment(record.id)


def test_observers_ratings_are_kept_and_make_the_sheets_total(store, instruments):
    sheet = instruments["service_standards"]
    person = store.add_person("周丽")
    observe(store, sheet, person, "王老师", 4)
    observe(store, sheet, person, "陈组长", 3)
    (observed,) = rounds(store.sheets(person.id, "service_standards"))
    assert {s.role for s in observed.sheets} == {RaterRole.OBSERVER}
    assert compare(sheet, observed.sheets).observers_rated == 2
    total = observed_total(sheet, observed.sheets)
    assert (total.total, total.observers) == (3.5, 2)


def test_a_form_is_refused_to_a_rater_its_kind_does_not_name(store, instruments):
    person = store.add_person("周丽")
    with pytest.raises(InputError, match="filled in by observer, not by self"):
        store.start_assessment(person.id, instruments["service_standards"], RaterRole.SELF)
    with pytest.raises(InputError, match="not by observer"):
        store.start_form(instruments["soothing"], RaterRole.OBSERVER, person_id=person.id)
    with pytest.raises(InputError, match="filled in by self, not by colleague"):
        store.start_form(instruments["sales_mindset"], RaterRole.COLLEAGUE, person_name="新学员")
    assert [p.name for p in store.people()] == ["周丽"]  # nothing half-made


def test_a_schema_2_database_takes_observers_after_the_update_and_keeps_its_answers(tmp_path, instruments):
    shutil.copy(SAMPLE_V2, tmp_path / DB_FILENAME)
    store = Store(tmp_path)
    try:
        (person,) = store.people()
        (kept,) = store.sheets(person.id, "soothing")
        assert len(kept.answers) == 20
        observe(store, instruments["negotiation"], person, "王老师", 2)
        assert [s.role for s in store.sheets(person.id, "negotiation")] == [RaterRole.OBSERVER]
    finally:
        store.close()
    with sqlite3.connect(tmp_path / DB_FILENAME) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(
                "INSERT INTO assessment (person_id, instrument_id, instrument_version, rater_role, started_at)"
                " VALUES (1, 'eq', 1, 'stranger', '2026-01-01')"
            )
