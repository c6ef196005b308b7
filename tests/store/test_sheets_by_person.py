"""Reading a whole class at once gives exactly what reading it trainee by trainee gave."""

from __future__ import annotations

import pytest

from desktop.core import radar
from desktop.core.banks import bank_paths, load_banks
from desktop.core.class_rounds import latest_rounds
from desktop.core.comparison import RaterRole, compare, rounds
from desktop.core.radar import band_distribution, class_profile, trainee_vs_class
from desktop.paths import quizzes_dir
from desktop.scale_data import department
from desktop.store.store import Store
from tests.postgres import empty_every_table


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def department_store(request, tmp_path_factory, instruments):
    url = None
    if request.param == "postgresql":
        url = request.getfixturevalue("postgres_url")
        empty_every_table(url)
    banks, _ = load_banks(bank_paths(quizzes_dir()))
    store = Store(tmp_path_factory.mktemp("department"), url)
    store.bulk_load(department(150, instruments, banks[:1], seed=7))
    yield store
    store.close()


def one_by_one(store, instrument_id, cohort_id):
    """The screens' old way: every trainee of the class, then each one's sheets."""
    latest = []
    for person in store.people(cohort_id):
        found = rounds(store.sheets(person.id, instrument_id))
        if found:
            latest.append(found[-1])
    return latest


def test_latest_rounds_and_class_figures_are_those_read_one_by_one(
    department_store, instruments, monkeypatch
):
    store = department_store
    cohorts = [c.id for c in store.cohorts()]
    assert len(cohorts) == 3 and any(p.cohort_id is None for p in store.people())
    filled = [i for i in instruments.values() if store.sheets_by_person(i.id, None)]
    assert len(filled) >= 3  # the department fills the 360 forms; the other checklists stay empty
    for instrument in filled:
        for cohort_id in (None, *cohorts):
            new = latest_rounds(store.sheets_by_person(instrument.id, cohort_id))
            old = one_by_one(store, instrument.id, cohort_id)
            assert new == old and new
            selfs_only = latest_rounds(store.sheets_by_person(instrument.id, cohort_id, RaterRole.SELF))
            # Trainee vs class on self-ratings reads only the self forms: the same radar.
            assert trainee_vs_class(instrument, new[0], selfs_only) == trainee_vs_class(
                instrument, new[0], new
            )
            for basis in radar.BASES:
                quick = class_profile(instrument, new, basis)
                with monkeypatch.context() as m:
                    # The figures as the full comparison gives them, as the screens computed them before.
                    m.setattr(radar, "dimension_figures", lambda i, sheets: compare(i, sheets).dimensions)
                    assert class_profile(instrument, old, basis) == quick
            if instrument.bands:
                assert band_distribution(instrument, new) == band_distribution(instrument, old)
                selfs = latest_rounds(store.sheets_by_person(instrument.id, cohort_id, RaterRole.SELF))
                assert band_distribution(instrument, selfs) == band_distribution(instrument, old)


def test_a_trainee_without_forms_is_left_out_and_answers_skipped_are_not_answers(
    department_store, instruments
):
    store = department_store
    eq = instruments["eq"]
    lonely = store.add_person("没有表的人", store.cohorts()[0].id)
    by_person = store.sheets_by_person("eq", store.cohorts()[0].id)
    assert lonely.id not in by_person
    some = next(iter(by_person))
    assert by_person[some] == store.sheets(some, eq.id)
    assert all(None not in s.answers.values() for sheets in by_person.values() for s in sheets)
