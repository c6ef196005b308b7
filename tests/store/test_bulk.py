"""A department loaded in bulk reads back as the app's own rows, and the app adds to it afterwards."""

from __future__ import annotations

from desktop.core.banks import bank_paths, load_banks
from desktop.core.comparison import RaterRole
from desktop.paths import quizzes_dir
from desktop.scale_data import department, size_of


def test_a_bulk_loaded_department_reads_back_and_the_app_adds_after_it(store, instruments, soothing):
    banks, _ = load_banks(bank_paths(quizzes_dir()))
    data = department(40, instruments, banks)
    size = size_of(data)
    store.bulk_load(data)
    assert len(store.people()) == size.trainees and len(store.cohorts()) == size.classes
    assert len(store.assessments(completed=None)) == size.forms
    sessions = store.pk_sessions()
    assert len(sessions) == size.pk_sessions
    assert sum(s.event_count for s in sessions) == size.pk_events
    assert all(s.created_at.tzinfo is not None for s in sessions)
    # New rows go after the loaded ones (on PostgreSQL the id sequences were moved on).
    person = store.add_person("新学员", store.add_cohort("新班").id)
    form = store.start_assessment(person.id, soothing, RaterRole.SELF)
    assert person.id == size.trainees + 1 and form.id == size.forms + 1
    assert store.create_pk_session("新的一场", {}) == size.pk_sessions + 1
