"""Hostile names on every screen: shown literally, never as HTML, and never stretching a layout."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.core.comparison import RaterRole
from desktop.core.pk.setup import Group, ScoringRules, SessionSetup

HTML = "<b>粗体</b><img src=x> $x^2$ $"  # $ would start matplotlib's math text in charts
RTL = "\u202eevil\u202c 王"
ZERO_WIDTH = "张\u200b\u200d三"
LONG_CJK = "长" * 500
LONG_LATIN = "W" * 500
HOSTILE = (HTML, RTL, ZERO_WIDTH, LONG_CJK, LONG_LATIN)
LAPTOP = 1366  # the window must still fit a laptop screen's width


def labels_with_user_text(widget: QWidget) -> list[QLabel]:
    needles = ("<b>", "\u202e", "\u200b", "长长长", "WWW")
    return [label for label in widget.findChildren(QLabel) if any(n in label.text() for n in needles)]


def check(widget: QWidget, where: str, max_width: int = LAPTOP) -> int:
    found = labels_with_user_text(widget)
    for label in found:
        assert label.textFormat() == Qt.TextFormat.PlainText, (
            f"{where}: {label.text()[:40]!r} may be read as HTML"
        )
    width = widget.minimumSizeHint().width()
    assert width <= max_width, f"{where}: a long name forces the window to {width} px"
    return len(found)


def test_hostile_names_on_every_screen(make_shell, qtbot, soothing, tmp_path):
    shell = make_shell()
    window, store = shell.window, shell.context.store
    window.pk.sound.enabled = False
    cohort = store.add_cohort(LONG_LATIN)
    people = [store.add_person(name, cohort.id) for name in HOSTILE]
    for person in people:
        supervisor = LONG_CJK if person.name != LONG_CJK else LONG_LATIN  # nobody rates themself
        for role, value, rater in ((RaterRole.SELF, 4, None), (RaterRole.SUPERVISOR, 3, supervisor)):
            record = store.start_assessment(person.id, soothing, role, rater)
            store.record_answers(record.id, {i.id: value for i in soothing.items})
            store.complete_assessment(record.id)
    unfinished = store.start_assessment(people[3].id, soothing, RaterRole.COLLEAGUE, HTML)

    seen = 0
    window.show_home()
    seen += check(window, "home")
    window.show_start(RaterRole.COLLEAGUE, people[3].id, "soothing")
    seen += check(window, "start")
    window.begin(unfinished, "one")
    seen += check(window, "take")
    window.begin(unfinished, "quick")
    seen += check(window, "quick entry")
    window.show_handover(store.assessments()[-1])
    seen += check(window, "hand-over")
    for person in people:
        window.show_result(person.id, "soothing")
        seen += check(window, f"result of {person.name[:10]!r}")
        window.show_history(person.id)
        seen += check(window, f"history of {person.name[:10]!r}")
        window.show_radar(person.id)
        seen += check(window, f"radar of {person.name[:10]!r}")
    window.show_class(cohort.id)
    seen += check(window, "class view")
    assert seen >= 20
    # Reports: every name prints; nothing is read as markup (PDF text is checked elsewhere).
    from desktop.ui.scorecard.report_builder import write_trainee_report

    for index, person in enumerate(people):
        pages = write_trainee_report(
            store, shell.context.instruments, person.id, "zh_CN", tmp_path / f"{index}.pdf"
        )
        assert pages >= 2

    groups = tuple(Group(f"g{i + 1}", name, name, "#1d70b8", str(i + 1)) for i, name in enumerate(HOSTILE))
    banks, _ = shell.context.banks()
    refs = tuple(f"{banks[0].id}/{q.id}" for q in banks[0].questions[:3])
    opened = window.pk.start_new(LONG_CJK, SessionSetup(groups, refs, ScoringRules()))
    qtbot.addWidget(opened.console)
    qtbot.addWidget(opened.stage)
    controller = opened.controller
    controller.run(controller.session.next_question)
    controller.run(controller.session.open_buzzers)
    for key in "41":
        controller.buzz_key(key)
    check(opened.console, "console")
    opened.stage.resize(1920, 1080)
    assert check(opened.stage, "stage", max_width=1920) >= 5
    controller.end()
    check(opened.stage, "final stage", max_width=1920)


def test_every_screen_fits_a_1366_by_768_laptop(make_shell):
    shell = make_shell()
    window, store = shell.window, shell.context.store
    from desktop.demo import fill_demo

    fill_demo(store, shell.context.instruments)
    store.start_assessment(store.people()[0].id, shell.context.instruments["soothing"], RaterRole.SELF)
    person = store.people()[0].id
    for show in (
        window.show_home,
        lambda: window.show_start(RaterRole.SELF),
        lambda: window.show_result(person, "soothing"),
        lambda: window.show_history(person),
        lambda: window.show_radar(person),
        window.show_class,
        window.show_pk_setup,
    ):
        show()
        hint = window.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 740, (show, hint)  # 740: room for a taskbar
