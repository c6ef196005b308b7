"""Named rounds: the migration that puts existing forms in rounds, moving a form, one form per rater
per trainee per round, nobody rating themself as a colleague."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from desktop.core.comparison import RaterRole, compare, rounds, rounds_by_time
from desktop.store.database import DB_FILENAME
from desktop.store.migrations import MIGRATIONS, SQLITE, statements
from desktop.store.store import InputError, Store

T0 = datetime(2026, 3, 2, 9, 0)


def _schema_3_database(path, soothing) -> None:
    """A database as version 3 of the app left it: rounds only guessed from timestamps."""
    conn = sqlite3.connect(path, isolation_level=None)
    for version in (1, 2, 3):
        for statement in statements(version, SQLITE, MIGRATIONS):
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 3")
    conn.execute("INSERT INTO cohort (id, name, created_at) VALUES (1, '三月班', '2026-03-01 08:00:00')")
    for person_id, name, cohort in ((1, "周丽", 1), (2, "王强", 1), (3, "散客", None)):
        conn.execute(
            "INSERT INTO person (id, name, cohort_id, created_at) VALUES (?, ?, ?, '2026-03-01 08:00:00')",
            (person_id, name, cohort),
        )
    forms = [  # id, person, role, rater, completed (None: unfinished)
        (1, 1, "self", None, T0),
        (2, 1, "supervisor", "李经理", T0 + timedelta(days=1)),
        (3, 1, "self", None, T0 + timedelta(days=18)),
        (4, 1, "supervisor", "李经理", T0 + timedelta(days=18, hours=-2)),
        (5, 1, "colleague", "甲", T0 + timedelta(days=17)),
        (6, 2, "supervisor", "李经理", T0 + timedelta(days=1)),
        (7, 1, "colleague", "乙", None),
        (8, 3, "self", None, T0),
    ]
    for form_id, person_id, role, rater, done in forms:
        conn.execute(
            "INSERT INTO assessment (id, person_id, instrument_id, instrument_version, rater_role, rater_name,"
            " started_at, completed_at) VALUES (?, ?, 'soothing', 1, ?, ?, ?, ?)",
            (form_id, person_id, role, rater, str(done or T0), None if done is None else str(done)),
        )
        for item in soothing.items:
            conn.execute(
                "INSERT INTO answer (assessment_id, item_id, value, answered_at) VALUES (?, ?, 3, ?)",
                (form_id, item.id, str(T0)),
            )
    conn.close()


def test_the_migration_puts_every_form_in_a_named_round_by_the_old_timestamp_rule(tmp_path, soothing):
    _schema_3_database(tmp_path / DB_FILENAME, soothing)
    store = Store(tmp_path)
    try:
        (cohort,) = store.cohorts()
        assert [r.name for r in store.class_rounds(cohort.id)] == ["第1轮", "第2轮"]
        first, second = store.class_rounds(cohort.id)
        assert [store.assessment(i).round for i in (1, 2, 6)] == [first, first, first]
        assert [store.assessment(i).round for i in (3, 4, 5)] == [second, second, second]
        assert store.assessment(7).round == second  # unfinished: the class's latest round
        (alone,) = store.class_rounds(None)  # trainees without a class have rounds of their own
        assert store.assessment(8).round == alone
        sheets = store.sheets(1, "soothing")
        by_name = rounds(sheets)
        by_time = rounds_by_time(
            [
                s.__class__(
                    *(
                        getattr(s, f)
                        for f in ("role", "answers", "completed_at", "rater_name", "assessment_id")
                    )
                )
                for s in sheets
            ]
        )
        assert [[s.assessment_id for s in r.sheets] for r in by_name] == [
            [s.assessment_id for s in r.sheets] for r in by_time
        ]
        assert [r.class_round.name for r in by_name] == ["第1轮", "第2轮"]
    finally:
        store.close()


def test_the_migration_s_data_step_runs_on_postgresql(soothing):
    from sqlalchemy import create_engine, text

    from desktop.store.server import driver_url, migrate_server
    from tests.postgres import server_database

    with server_database("rounds") as url:
        engine = create_engine(driver_url(url))  # not yet migrated: as version 4 of the app left it
        try:
            migrate_server(engine, latest=4)
            with engine.begin() as conn:
                conn.execute(text("INSERT INTO cohort (id, name, created_at) VALUES (1, '三月班', now())"))
                conn.execute(
                    text("INSERT INTO person (id, name, cohort_id, created_at) VALUES (1, '周丽', 1, now())")
                )
                for form_id, role, rater, done in (
                    (1, "self", None, T0),
                    (2, "supervisor", "李经理", T0 + timedelta(days=1)),
                    (3, "self", None, T0 + timedelta(days=18)),
                ):
                    conn.execute(
                        text(
                            "INSERT INTO assessment (id, person_id, instrument_id, instrument_version, rater_role,"
                            " rater_name, started_at, completed_at) VALUES (:id, 1, 'soothing', 1, :role, :rater,"
                            " :done, :done)"
                        ),
                        {"id": form_id, "role": role, "rater": rater, "done": done.replace(tzinfo=UTC)},
                    )
            migrate_server(engine)
            with engine.connect() as conn:
                rows = conn.execute(
                    text(
                        "SELECT a.id, r.name FROM assessment a JOIN class_round r ON r.id = a.round_id ORDER BY a.id"
                    )
                ).all()
            assert [tuple(r) for r in rows] == [(1, "第1轮"), (2, "第1轮"), (3, "第2轮")]
        finally:
            engine.dispose()


def test_a_form_moved_to_another_round_counts_there(store, soothing):
    cohort = store.add_cohort("四月班")
    person = store.add_person("周丽", cohort.id)
    before = store.add_round(cohort.id, "培训前")
    after = store.add_round(cohort.id, "培训后")
    assert store.class_rounds(cohort.id) == [before, after]
    own = store.start_assessment(person.id, soothing, RaterRole.SELF, round_id=before.id)
    store.record_answers(own.id, {i.id: 2 for i in soothing.items})
    store.complete_assessment(own.id)
    late = store.start_assessment(person.id, soothing, RaterRole.SELF)  # the class's latest round
    store.record_answers(late.id, {i.id: 4 for i in soothing.items})
    store.complete_assessment(late.id)
    assert store.assessment(late.id).round == after
    assert [r.class_round.name for r in rounds(store.sheets(person.id, "soothing"))] == ["培训前", "培训后"]

    with pytest.raises(InputError, match="same rater"):
        store.move_form(late.id, before.id)  # the trainee already assessed themself in 培训前
    store.move_form(late.id, before.id, replace=True)
    (only,) = rounds(store.sheets(person.id, "soothing"))
    assert only.class_round == before and only.self_sheet.assessment_id == late.id
    assert store.assessment(own.id) is None


def test_a_second_form_by_the_same_rater_in_a_round_replaces_the_first(store, soothing):
    cohort = store.add_cohort("四月班")
    person = store.add_person("周丽", cohort.id)
    first = store.start_assessment(person.id, soothing, RaterRole.COLLEAGUE, "王强")
    store.record_answers(first.id, {i.id: 2 for i in soothing.items})
    store.complete_assessment(first.id)
    assert store.earlier_form(person.id, "soothing", RaterRole.COLLEAGUE, " 王强 ", None).id == first.id
    assert store.earlier_form(person.id, "soothing", RaterRole.COLLEAGUE, "李娜", None) is None
    second = store.start_assessment(person.id, soothing, RaterRole.COLLEAGUE, "王强")
    store.record_answers(second.id, {i.id: 5 for i in soothing.items})
    store.complete_assessment(second.id)
    assert [s.assessment_id for s in store.sheets(person.id, "soothing")] == [second.id]
    # In the next round the same rater gives a new form; the first round's stays.
    store.add_round(cohort.id, "培训后")
    third = store.start_assessment(person.id, soothing, RaterRole.COLLEAGUE, "王强")
    store.complete_assessment(third.id)
    assert len(store.sheets(person.id, "soothing")) == 2


def test_nobody_rates_themself_as_a_colleague(store, soothing):
    person = store.add_person("周丽")
    with pytest.raises(InputError, match="themself"):
        store.start_assessment(person.id, soothing, RaterRole.COLLEAGUE, " 周丽 ")
    with pytest.raises(InputError, match="themself"):
        store.start_form(soothing, RaterRole.SUPERVISOR, person_id=person.id, rater_name="周丽")


def test_round_names_are_unique_in_a_class(store):
    cohort = store.add_cohort("四月班")
    store.add_round(cohort.id, "培训前")
    with pytest.raises(InputError, match="round name"):
        store.add_round(cohort.id, " 培训前")
    later = store.add_round(cohort.id, "2026-04-20")
    with pytest.raises(InputError, match="round name"):
        store.rename_round(later.id, "培训前")
    assert store.rename_round(later.id, "培训后").name == "培训后"
    other = store.add_cohort("五月班")
    assert store.add_round(other.id, "培训前").position == 1


def test_three_forms_without_a_rater_name_count_as_one_colleague(store, soothing):
    person = store.add_person("周丽")
    for _ in range(3):
        form = store.start_assessment(person.id, soothing, RaterRole.COLLEAGUE)
        store.record_answers(form.id, {i.id: 5 for i in soothing.items})
        store.complete_assessment(form.id, when=datetime.now(UTC))
    (only,) = rounds(store.sheets(person.id, "soothing"))
    assert compare(soothing, only.sheets).colleagues_rated == 1
