"""The results screen by round: each row names its round, a form can be moved to another round, and a
trainee entered twice is merged from here (with a preview) and the merge undone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QDialog

from desktop.core.comparison import RaterRole
from desktop.ui.scorecard import merge_trainees, move_form_dialog
from desktop.ui.shell import widgets

T0 = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)


def rate(store, person, instrument, role, rater, value, when, round_id):
    form = store.start_assessment(person.id, instrument, role, rater, round_id=round_id)
    store.record_answers(form.id, {i.id: value for i in instrument.items})
    return store.complete_assessment(form.id, when=when)


def test_each_round_is_a_row_named_by_the_round_and_a_form_moves_to_another(
    make_shell, soothing, monkeypatch
):
    shell = make_shell()
    store = shell.context.store
    cohort = store.add_cohort("四月班")
    person = store.add_person("周丽", cohort.id)
    before, after = store.add_round(cohort.id, "培训前"), store.add_round(cohort.id, "培训后")
    rate(store, person, soothing, RaterRole.SELF, None, 2, T0, before.id)
    late = rate(
        store, person, soothing, RaterRole.SUPERVISOR, "李经理", 4, T0 + timedelta(days=18), before.id
    )
    rate(store, person, soothing, RaterRole.SELF, None, 4, T0 + timedelta(days=18), after.id)
    shell.window.show_history(person.id)
    history = shell.window.history
    history.instrument_choice.setCurrentIndex(history.instrument_choice.findData("soothing"))
    rows = history.table.table_model.rows
    assert [r[0].split(" · ")[0] for r in rows] == ["培训前", "培训后"]
    assert rows[0][3] == "80" and rows[1][3] == "—"  # the supervisor's form was given in 培训前

    # The supervisor rated on the last day: the trainer moves that form to 培训后.
    history.table.selectRow(0)

    def choose(dialog):
        assert "李经理" not in [dialog.form.itemText(i) for i in range(dialog.form.count())]  # never named
        dialog.form.setCurrentIndex(dialog.form.findData(late.id))
        assert [dialog.target.itemText(i) for i in range(dialog.target.count())] == ["培训后"]
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(move_form_dialog.MoveFormDialog, "exec", choose)
    history.fixes.move_button.click()
    assert store.assessment(late.id).round == after
    rows = history.table.table_model.rows
    assert rows[0][3] == "—" and rows[1][3] == "80"


def test_a_trainee_entered_twice_is_merged_with_a_preview_and_the_merge_undone(
    make_shell, soothing, monkeypatch
):
    shell = make_shell()
    store = shell.context.store
    april, typo = store.add_cohort("四月班"), store.add_cohort("四 月班")
    keep = store.add_person("周丽", april.id)
    drop = store.add_person("周丽", typo.id)
    store.add_person("王强", april.id)
    rate(store, keep, soothing, RaterRole.SELF, None, 2, T0, store.add_round(april.id, "培训前").id)
    rate(
        store,
        drop,
        soothing,
        RaterRole.SELF,
        None,
        4,
        T0 + timedelta(days=18),
        store.add_round(typo.id, "培训后").id,
    )
    shell.window.show_history(keep.id)
    history = shell.window.history
    offered, previews = [], []

    def pick(_parent, kept, others):
        offered.extend(p.id for p in others)
        return drop.id

    monkeypatch.setattr(merge_trainees, "pick_duplicate", pick)
    monkeypatch.setattr(merge_trainees, "ask_yes_no", lambda _p, _t, text: previews.append(text) or True)
    history.fixes.merge_button.click()
    assert offered[0] == drop.id  # the record of the same name first
    assert "培训后" in previews[0] and "1" in previews[0]  # the round the class gains, the forms that move
    assert [p.id for p in store.people() if p.name == "周丽"] == [keep.id]
    rows = history.table.table_model.rows
    assert [r[0].split(" · ")[0] for r in rows] == ["培训前", "培训后"]
    assert history.fixes.undo_merge_button.isVisibleTo(history)

    monkeypatch.setattr(widgets, "ask_yes_no", lambda *_a: True)
    history.fixes.undo_merge_button.click()
    store = shell.context.store
    assert sorted(p.cohort_name for p in store.people() if p.name == "周丽") == ["四 月班", "四月班"]
    assert not history.fixes.undo_merge_button.isVisibleTo(history)


def test_a_round_is_renamed_for_the_whole_class(make_shell, soothing, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    shell = make_shell()
    store = shell.context.store
    cohort = store.add_cohort("四月班")
    person, other = store.add_person("周丽", cohort.id), store.add_person("王强", cohort.id)
    first = store.add_round(cohort.id, "第1轮")
    rate(store, person, soothing, RaterRole.SELF, None, 2, T0, first.id)
    rate(store, other, soothing, RaterRole.SELF, None, 3, T0, first.id)
    shell.window.show_history(person.id)
    history = shell.window.history
    history.instrument_choice.setCurrentIndex(history.instrument_choice.findData("soothing"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("培训前", True))
    history.fixes.rename_button.click()
    assert history.table.table_model.rows[0][0].startswith("培训前 · ")
    assert [r.class_round.name for r in rounds_of(store, other.id)] == ["培训前"]


def rounds_of(store, person_id):
    from desktop.core.comparison import rounds

    return rounds(store.sheets(person_id, "soothing"))


def test_a_trainee_whose_record_went_meanwhile_shows_nothing_to_open_instead_of_failing(
    make_shell, soothing, monkeypatch
):
    shell = make_shell()
    store = shell.context.store
    person = store.add_person("周丽")
    rate(store, person, soothing, RaterRole.SELF, None, 2, T0, None)
    shell.window.show_history(person.id)
    history = shell.window.history
    history.instrument_choice.setCurrentIndex(history.instrument_choice.findData("soothing"))
    assert len(history.table.table_model.rows) == 1 and history.open_button.isEnabled()
    # Merged into another record (on another window, or by a colleague on the shared server) meanwhile.
    monkeypatch.setattr(type(store), "person", lambda _store, _person_id: None)
    history.instrument_choice.setCurrentIndex(history.instrument_choice.findData("eq"))
    assert history.table.table_model.rows == [] and history.rounds == []
    assert not history.open_button.isEnabled() and "周丽" not in history.person_name.text()
