"""Starting a form by a typed name: one trainee per name that looks the same, one transaction per Start."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import event

from desktop.core.comparison import RaterRole
from desktop.core.names import name_key
from desktop.ui.scorecard.report_builder import PersonNotFound, find_person


def type_and_start(shell, qtbot, name: str, cohort: str = "", role=RaterRole.SELF, rater: str = ""):
    """As a trainer does it: the start page, the fields typed in, Enter."""
    window = shell.window
    window.show_start(role)
    page = window.start
    page.person.setEditText(name)
    page.cohort.setEditText(cohort)
    page.rater_name.setText(rater)
    qtbot.keyClick(page.person.lineEdit(), Qt.Key.Key_Return)
    return window.stack.currentWidget() is not page


def names(store) -> list[tuple[str, str | None]]:
    return [(p.name, p.cohort_name) for p in store.people()]


def test_a_name_typed_with_other_spaces_or_accents_selects_the_existing_trainee(make_shell, qtbot):
    shell = make_shell()
    store = shell.context.store
    assert type_and_start(shell, qtbot, "Li Wei", "一班")
    assert type_and_start(shell, qtbot, "José", "一班")
    for typed, cohort in (
        ("Li  Wei", "一班"),
        ("Li\u3000Wei", "一班"),
        (" Li\u200b Wei ", "一班"),  # a zero-width space does not even show
        ("Li Wei", ""),  # no class typed: the only Li Wei
        ("Jose\u0301", "一班"),  # NFD, as some keyboards and macOS file names give it
        ("José", "一班\u3000"),
    ):
        assert type_and_start(shell, qtbot, typed, cohort), typed
    assert names(store) == [("José", "一班"), ("Li Wei", "一班")]
    assert len(store.cohorts()) == 1
    assert store.assessment_counts() == {} and len(store.assessments(completed=False)) == 8
    # The report command finds one trainee, however the name is typed.
    assert find_person(store, "Li  Wei").name == "Li Wei"
    assert find_person(store, "Jose\u0301").name == "José"


def test_records_stored_before_the_rules_are_found_by_the_name_they_show(make_shell, qtbot):
    shell = make_shell()
    store = shell.context.store
    with sqlite3.connect(store.path) as conn:  # as an older version stored them
        conn.execute("INSERT INTO cohort (name, created_at) VALUES ('一班\u200b', '2026-01-01')")
        conn.execute(
            "INSERT INTO person (name, cohort_id, created_at) VALUES ('Jose\u0301\u00ad', 1, '2026-01-01')"
        )
    conn.close()
    assert type_and_start(shell, qtbot, "José", "一班")
    assert [p.id for p in store.people()] == [1] and len(store.cohorts()) == 1
    assert find_person(store, "José").id == 1
    # Two old records that look the same: picking either from the list starts its form, no third.
    with sqlite3.connect(store.path) as conn:
        conn.execute("INSERT INTO person (name, cohort_id, created_at) VALUES ('José', 1, '2026-01-02')")
    conn.close()
    window = shell.window
    window.show_start(RaterRole.SELF)
    page = window.start
    assert name_key(page.person.itemText(0)) == name_key(page.person.itemText(1)) == "José · 一班"
    for index in (1, 0):
        window.show_start(RaterRole.SELF)
        page.person.setCurrentIndex(index)
        qtbot.keyClick(page.person.lineEdit(), Qt.Key.Key_Return)
        assert window.stack.currentWidget() is not page
    assert len(store.people()) == 2
    assert {a.person_id for a in store.assessments(completed=False)} == {1, 2}


def test_the_same_name_in_another_class_is_another_trainee_and_a_bare_name_must_say_which(make_shell, qtbot):
    shell = make_shell()
    store = shell.context.store
    assert type_and_start(shell, qtbot, "Li Wei", "一班")
    assert type_and_start(shell, qtbot, "Li  Wei", "二班")
    assert names(store) == [("Li Wei", "一班"), ("Li Wei", "二班")]
    assert not type_and_start(shell, qtbot, "Li\u3000Wei", "")
    assert shell.window.start.error.text() == (
        "有多名学员叫 Li Wei（班级：一班 / 二班）：请从列表中选择，或填写班级。"
    )
    assert len(store.people()) == 2
    # Picking one from the list is enough.
    page = shell.window.start
    page.person.setCurrentIndex(page.person.findText("Li Wei · 二班"))
    qtbot.keyClick(page.person.lineEdit(), Qt.Key.Key_Return)
    assert shell.window.stack.currentWidget() is not page
    assert store.assessments(completed=False)[-1].person_id == store.people()[1].id
    with pytest.raises(PersonNotFound, match="2 trainees are called"):
        find_person(store, "Li Wei")


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        ("person", "长" * 10_000, "学员：名称最多 500 个字符，这个有 10000 个。"),
        ("person", "\u200b\u200d\u202e", "学员：名称只有不可见字符或空格，请重新输入。"),
        ("person", "Li\x07Wei", "学员：名称含有控制字符（U+0007），请重新输入。"),
        ("person", "\u3000 ", "学员：请输入姓名或从列表中选择。"),
        ("cohort", "班" * 501, "班级：名称最多 500 个字符，这个有 501 个。"),
        ("cohort", "\u200b", "班级：名称只有不可见字符或空格，请重新输入。"),
        ("rater", "W" * 10_000, "评分人姓名：名称最多 500 个字符，这个有 10000 个。"),
    ],
)
def test_an_unusable_name_is_refused_with_the_rule_and_nothing_is_created(
    make_shell, qtbot, field, typed, message
):
    shell = make_shell()
    store = shell.context.store
    values = {"person": "王五", "cohort": "一班", "rater": "赵六", field: typed}
    assert not type_and_start(
        shell, qtbot, values["person"], values["cohort"], RaterRole.SUPERVISOR, values["rater"]
    )
    assert shell.window.start.error.text() == message
    assert store.people() == [] and store.cohorts() == [] and store.assessments(completed=None) == []


def test_a_long_rater_name_is_not_cut_when_it_fits(make_shell, qtbot):
    shell = make_shell()
    assert type_and_start(shell, qtbot, "王五", "", RaterRole.COLLEAGUE, "赵\u3000六" + "长" * 497)
    assert shell.context.store.assessments(completed=False)[0].rater_name == "赵 六" + "长" * 497


def test_a_full_disk_at_start_saves_nothing_and_starting_again_makes_one_trainee(
    make_shell, qtbot, monkeypatch
):
    """The disk fills up after the trainee row is written and before the form row: neither stays."""
    shell = make_shell()
    store = shell.context.store
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    full = {"on": True}

    def disk_full(_conn, _cursor, statement, *_args):
        if full["on"] and statement.lstrip().upper().startswith("INSERT INTO ASSESSMENT"):
            raise sqlite3.OperationalError("database or disk is full")

    event.listen(store.engine, "before_cursor_execute", disk_full)
    try:
        assert not type_and_start(shell, qtbot, "王五", "一班")
        assert shown and "磁盘已满" in shown[0]
        assert store.people() == [] and store.cohorts() == []
        full["on"] = False  # space freed
        assert type_and_start(shell, qtbot, "王五", "一班")
    finally:
        event.remove(store.engine, "before_cursor_execute", disk_full)
    assert names(store) == [("王五", "一班")]
    assert len(store.assessments(completed=False)) == 1


def test_while_typing_the_page_says_which_trainee_the_form_will_be_for(make_shell, qtbot):
    shell = make_shell()
    assert type_and_start(shell, qtbot, "Li Wei", "一班")
    shell.window.show_start(RaterRole.SELF)
    page = shell.window.start
    hint = page.match_hint
    assert hint.text() == ""
    qtbot.keyClicks(page.person.lineEdit(), "Li  Wei")
    assert hint.text() == "已有学员：Li Wei · 一班"
    page.cohort.setEditText("二班")
    assert hint.text() == "新学员：Li Wei · 二班"  # spelt as it will be stored
    page.cohort.setEditText("")
    page.person.setEditText("Li\u3000Wei")
    assert hint.text() == "已有学员：Li Wei · 一班"
    page.person.setEditText("Jose\u0301\u200b")
    assert hint.text() == "新学员：José"
    page.person.setEditText("\u200b")
    assert hint.text() == ""  # the rule is said on Start
