"""Moving through the scorecard by keyboard as a class does: home keys from launch, the hand-over
screen, the result page, the entry mode, and setting aside a PK session left in progress."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QScrollArea

from desktop.core.comparison import RaterRole

from .test_scorecard_flow import answer_all_by_keys, start_form


def focused(window):
    """Where a key press goes: the focused widget (the window's own when it is not the active one)."""
    return QApplication.focusWidget() or window.focusWidget() or window


def test_home_keys_work_from_a_fresh_launch_before_and_after_the_store_opens(qapp, qtbot, tmp_path):
    from desktop.app import Shell, create_application

    create_application()
    shell = Shell(tmp_path, "zh_CN")
    window = shell.window
    qtbot.addWidget(window)
    try:
        window.show()  # as at launch: the store is still opening, yet the jobs answer at once
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        home = window.home
        assert home.self_button.isEnabled()
        assert QApplication.focusWidget() is not home.language  # a digit must not land in the combo
        qtbot.keyClick(focused(window), "1")  # the user presses 1 as soon as the window appears
        assert home.language.currentData() == "zh_CN"
        assert window.stack.currentWidget() is window.start  # the self-assessment opens at once …
        assert not window.start.isEnabled()  # … and waits for its choices from the store
        shell.context.open_store_now()
        assert window.start.isEnabled() and window.start.instrument.count() > 0
        assert window.start.selected_role() is RaterRole.SELF

        window.show_home()
        home.language.setFocus()  # focus anywhere on the home page, e.g. after clicking the language box
        qtbot.keyClick(focused(window), "2")
        assert window.stack.currentWidget() is window.start
        assert window.start.selected_role() is RaterRole.COLLEAGUE
        assert shell.context.lang == "zh_CN"
    finally:
        window.close()
        shell.context.close()
        shell.translations.install("en")


def test_enter_on_the_hand_over_screen_goes_on_to_the_next_rater(make_shell, qtbot):
    shell = make_shell()
    window = shell.window
    qtbot.keyClick(window.home, "1")
    start_form(qtbot, window, "周婷", RaterRole.SELF)
    answer_all_by_keys(qtbot, window, "3" * 20)
    assert window.stack.currentWidget() is window.handover
    next_label = window.handover.next_button.text()
    qtbot.keyClick(focused(window), Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.start
    assert window.start.person.currentText().startswith("周婷")
    assert "Enter" in next_label  # the button says so, as "Submit (Enter)" did
    # Enter with the focus away from the buttons does what the big button says too.
    window.show_handover(shell.context.store.assessments()[-1])
    qtbot.keyClick(window.handover, Qt.Key.Key_Enter)
    assert window.stack.currentWidget() is window.start


def test_the_next_result_opens_at_its_top_whatever_the_previous_scroll(make_shell, qtbot, soothing):
    shell = make_shell()
    window, store = shell.window, shell.context.store
    people = []
    for name in ("甲学员", "乙学员"):
        person = store.add_person(name)
        record = store.start_assessment(person.id, soothing, RaterRole.SELF)
        store.record_answers(record.id, {i.id: 3 for i in soothing.items})
        store.complete_assessment(record.id)
        people.append(person)
    window.resize(1024, 600)
    window.show_result(people[0].id, "soothing")
    bar = window.result.findChild(QScrollArea).verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())  # read to the bottom of the first trainee's statements
    window.show_home()
    window.show_result(people[1].id, "soothing")
    assert bar.value() == 0
    assert window.result.total.visibleRegion().isEmpty() is False


def test_quick_entry_is_chosen_per_form_not_carried_to_the_next(make_shell, qtbot):
    shell = make_shell()
    window = shell.window
    qtbot.keyClick(window.home, "1")
    start_form(qtbot, window, "吴磊", RaterRole.SELF, quick=True)
    qtbot.keyClicks(window.quick.digits, "4" * 20)
    qtbot.keyClick(window.quick.digits, Qt.Key.Key_Return)
    window.show_home()
    qtbot.keyClick(window.home, "1")  # the next trainee's self-assessment
    assert window.start.mode_one.isChecked()
    start_form(qtbot, window, "郑华", RaterRole.SELF)
    assert window.stack.currentWidget() is not window.quick


def test_a_pk_session_left_in_progress_can_be_set_aside_from_home_keeping_its_log(
    make_shell, qtbot, monkeypatch
):
    from desktop.core.pk.events import Event, EventKind
    from desktop.core.pk.setup import Group, ScoringRules, SessionSetup, setup_to_json

    shell = make_shell()
    window, store = shell.window, shell.context.store
    setup = SessionSetup(
        groups=(Group("g1", "第1组", "", "#1d3557", "1"), Group("g2", "第2组", "", "#e76f51", "2")),
        question_ids=("q1", "q2"),
        rules=ScoringRules(1, 1, 30),
    )
    session_id = store.create_pk_session("周五 PK", setup_to_json(setup))
    store.append_pk_event(session_id, Event(1, EventKind.QUESTION_SHOWN, 10.0, {"index": 0}))
    store.append_pk_event(session_id, Event(2, EventKind.BUZZERS_OPENED, 20.0, {}))
    store.append_pk_event(session_id, Event(3, EventKind.BUZZ, 25.0, {"group": "g2"}))
    window.show_home()
    home = window.home
    assert home.unfinished.count() == 1
    home.unfinished.setCurrentRow(0)
    assert home.discard_button.isEnabled()

    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    asked = []

    def reply(box):
        asked.append(box.text())
        return next(answers)

    monkeypatch.setattr(QMessageBox, "exec", reply)
    qtbot.mouseClick(home.discard_button, Qt.MouseButton.LeftButton)  # asked, and the user says no
    assert home.unfinished.count() == 1 and store.pk_session(session_id).ended_at is None
    qtbot.mouseClick(home.discard_button, Qt.MouseButton.LeftButton)  # asked again: yes
    assert len(asked) == 2 and "保留" in asked[0]
    assert home.unfinished.count() == 0
    record = store.pk_session(session_id)
    assert record is not None and record.ended_at is not None
    kinds = [e.kind for e in store.pk_events(session_id)]
    assert kinds == ["question_shown", "buzzers_opened", "buzz", EventKind.SESSION_ENDED.value]


def test_the_raters_instructions_come_before_the_first_statement_in_their_role(make_shell, qtbot, soothing):
    shell = make_shell()
    window, store = shell.window, shell.context.store
    qtbot.keyClick(window.home, "1")
    start_form(qtbot, window, "林芳", RaterRole.SELF)
    take = window.take
    assert take.showing_intro and take.intro_title.isVisible()
    assert "而不是理想中应该怎么做" in take.intro_instrument.text()  # the instrument's own instructions
    assert "真实表现" in take.intro_role.text() and "为自己" in take.intro_role.text()
    assert not take.statement.isVisible()
    qtbot.keyClick(take, "4")  # no statement on screen yet: nothing is answered
    (form,) = store.assessments(completed=False)
    assert store.assessment(form.id).answers == {}
    qtbot.keyClick(take, Qt.Key.Key_Return)
    assert take.statement.isVisible() and take.statement.text() == soothing.items[0].text.zh_CN
    qtbot.keyClick(take, "4")
    assert store.assessment(form.id).answers == {soothing.items[0].id: 4}

    window.show_start(RaterRole.COLLEAGUE, store.people()[0].id)
    start_form(qtbot, window, "林芳", RaterRole.COLLEAGUE, rater="同事乙")
    assert take.showing_intro
    role_text = take.intro_role.text()
    assert "林芳" in role_text and "同事" in role_text and "至少 3" in role_text and "0" in role_text


def test_the_instructions_read_in_english_too(make_shell, qtbot, soothing):
    shell = make_shell(lang="en")
    store = shell.context.store
    person = store.add_person("Lin Fang")
    record = store.start_assessment(person.id, soothing, RaterRole.SUPERVISOR, "Sun")
    shell.window.begin(record, "one")
    take = shell.window.take
    assert take.showing_intro
    assert "not how it ideally should happen" in take.intro_instrument.text()
    assert "Lin Fang" in take.intro_role.text() and "supervisor" in take.intro_role.text()
    assert take.begin_button.text() == "Begin (Enter)"
