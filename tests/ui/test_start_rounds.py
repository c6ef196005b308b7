"""The start page's round and rater: a rater picks themself from the class list, the round is the
class's latest unless another is picked or typed, and a second form by the same rater in a round is
started only once the user agrees it replaces the first."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.core.comparison import RaterRole
from desktop.ui.scorecard import start_questions


def _class(store, soothing):
    cohort = store.add_cohort("四月班")
    people = {name: store.add_person(name, cohort.id) for name in ("周丽", "王强", "李娜")}
    store.add_round(cohort.id, "培训前")
    store.add_round(cohort.id, "培训后")
    return cohort, people


def _start(shell, qtbot, person, role, rater="", round_text=None):
    window = shell.window
    window.show_start(role, person.id, "soothing")
    page = window.start
    if round_text is not None:
        page.round.setEditText(round_text)
    page.rater_name.setText(rater)
    qtbot.keyClick(page.person.lineEdit(), Qt.Key.Key_Return)
    return window.stack.currentWidget() is not page


def _items(combo):
    return [combo.itemText(i) for i in range(combo.count())]


def test_a_rater_picks_themself_from_the_class_list_and_the_latest_round_is_offered(
    make_shell, qtbot, soothing
):
    shell = make_shell()
    store = shell.context.store
    cohort, people = _class(store, soothing)
    shell.window.show_start(RaterRole.COLLEAGUE, people["周丽"].id, "soothing")
    page = shell.window.start
    assert sorted(_items(page.rater_combo)) == ["李娜", "王强"]  # the trainee is not offered as a rater
    assert _items(page.round) == ["培训前", "培训后"] and page.round.currentText() == "培训后"
    page.rater_combo.setCurrentIndex(_items(page.rater_combo).index("王强"))
    page.round.setCurrentIndex(0)
    qtbot.keyClick(page.person.lineEdit(), Qt.Key.Key_Return)
    (form,) = store.assessments(completed=False)
    assert (form.rater_name, form.round.name) == ("王强", "培训前")


def test_a_typed_round_name_becomes_the_class_s_new_round(make_shell, qtbot, soothing):
    shell = make_shell()
    store = shell.context.store
    cohort, people = _class(store, soothing)
    assert _start(shell, qtbot, people["周丽"], RaterRole.SELF, round_text="2026-05-20")
    assert [r.name for r in store.class_rounds(cohort.id)] == ["培训前", "培训后", "2026-05-20"]
    (form,) = store.assessments(completed=False)
    assert form.round.name == "2026-05-20"


def test_a_colleague_must_name_themself_and_cannot_be_the_trainee(make_shell, qtbot, soothing):
    shell = make_shell()
    store = shell.context.store
    _cohort, people = _class(store, soothing)
    assert not _start(shell, qtbot, people["周丽"], RaterRole.COLLEAGUE, rater="")
    assert "Rater" in shell.window.start.error.text() or "评分人" in shell.window.start.error.text()
    assert not _start(shell, qtbot, people["周丽"], RaterRole.COLLEAGUE, rater="周丽")
    assert shell.window.start.error.text()
    assert store.assessments(completed=None) == []


def test_a_second_form_by_the_same_rater_in_a_round_asks_before_replacing(
    make_shell, qtbot, soothing, monkeypatch
):
    shell = make_shell()
    store = shell.context.store
    _cohort, people = _class(store, soothing)
    first = store.start_assessment(people["周丽"].id, soothing, RaterRole.COLLEAGUE, "王强")
    store.record_answers(first.id, {i.id: 2 for i in soothing.items})
    store.complete_assessment(first.id)
    asked = []
    monkeypatch.setattr(start_questions, "ask_yes_no", lambda _p, _t, text: asked.append(text) or False)
    assert not _start(shell, qtbot, people["周丽"], RaterRole.COLLEAGUE, rater="王强")
    assert len(asked) == 1 and "王强" in asked[0] and "培训后" in asked[0]
    assert store.assessments(completed=False) == []  # declined: nothing started
    # Another rater, or the same rater in the other round, is not asked about.
    assert _start(shell, qtbot, people["周丽"], RaterRole.COLLEAGUE, rater="李娜")
    assert _start(shell, qtbot, people["周丽"], RaterRole.COLLEAGUE, rater="王强", round_text="培训前")
    assert len(asked) == 1
    monkeypatch.setattr(start_questions, "ask_yes_no", lambda _p, _t, text: asked.append(text) or True)
    assert _start(shell, qtbot, people["周丽"], RaterRole.COLLEAGUE, rater="王强")
    again = [
        f for f in store.assessments(completed=False) if f.rater_name == "王强" and f.round.name == "培训后"
    ]
    store.record_answers(again[0].id, {i.id: 5 for i in soothing.items})
    store.complete_assessment(again[0].id)
    (kept,) = store.assessments(completed=True)
    assert kept.id == again[0].id  # the first form was replaced
