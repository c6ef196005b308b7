"""Merging two records of one trainee: the forms move, rounds are matched by name, one form per rater
per round still holds, and the backup taken first undoes it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.core.comparison import RaterRole, rounds
from desktop.store.errors import InputError

T0 = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)


def rate(store, person, instrument, role, rater, value, when, round_id):
    form = store.start_assessment(person.id, instrument, role, rater, round_id=round_id)
    store.record_answers(form.id, {i.id: value for i in instrument.items})
    return store.complete_assessment(form.id, when=when)


def _two_records(store, soothing):
    """周丽 in 四月班 with a self-assessment before training; "周丽" again, typed into another class,
    with her self-assessment after training and a colleague's form that duplicates one of the first."""
    april, typo = store.add_cohort("四月班"), store.add_cohort("四月 班")
    keep = store.add_person("周丽", april.id)
    drop = store.add_person("周丽", typo.id)
    before = store.add_round(april.id, "培训前")
    typo_before = store.add_round(typo.id, "培训前")
    typo_after = store.add_round(typo.id, "培训后")
    forms = {
        "own before": rate(store, keep, soothing, RaterRole.SELF, None, 2, T0, before.id),
        "王强 first": rate(store, keep, soothing, RaterRole.COLLEAGUE, "王强", 2, T0, before.id),
        "王强 again": rate(
            store, drop, soothing, RaterRole.COLLEAGUE, "王强", 4, T0 + timedelta(hours=1), typo_before.id
        ),
        "own after": rate(
            store, drop, soothing, RaterRole.SELF, None, 4, T0 + timedelta(days=18), typo_after.id
        ),
    }
    return april, keep, drop, forms


def test_merging_moves_the_forms_into_the_kept_class_s_rounds_of_the_same_name(store, soothing):
    april, keep, drop, forms = _two_records(store, soothing)
    plan = store.merge_preview(keep.id, drop.id)
    assert plan.new_rounds == ("培训后",)
    assert plan.replaced == (forms["王强 first"].id,)  # the same colleague in the same round: the later form
    assert store.people() and len(store.people()) == 2  # a preview changes nothing

    store.merge_people(keep.id, drop.id)
    assert [p.id for p in store.people()] == [keep.id]
    assert [r.name for r in store.class_rounds(april.id)] == ["培训前", "培训后"]
    found = rounds(store.sheets(keep.id, "soothing"))
    assert [r.class_round.name for r in found] == ["培训前", "培训后"]
    assert [r.self_sheet.assessment_id for r in found] == [forms["own before"].id, forms["own after"].id]
    assert [s.assessment_id for s in found[0].others] == [forms["王强 again"].id]


def test_a_trainee_is_not_merged_with_themself(store, soothing):
    person = store.add_person("周丽")
    with pytest.raises(InputError):
        store.merge_preview(person.id, person.id)


def test_the_backup_taken_before_a_merge_undoes_it(tmp_path, soothing):
    from desktop.store.store import Store

    store = Store(tmp_path)
    try:
        _april, keep, drop, _forms = _two_records(store, soothing)
        result = store.merge_people(keep.id, drop.id)
        assert len(store.people()) == 1
        assert result.backup is not None and result.backup.path in [b.path for b in store.backups()]
        store.restore(result.backup)
        assert sorted(p.cohort_name for p in store.people()) == ["四月 班", "四月班"]
        assert len(store.assessments()) == 4
    finally:
        store.close()
