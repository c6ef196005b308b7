"""Observation sheets and self-checks on the start page: only the raters their kind names are offered."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.core.comparison import RaterRole

from .test_scorecard_flow import answer_all_by_keys, type_text


def offered(start):
    return {role for role, button in start.role_buttons.items() if not button.isHidden()}


def choose_form(start, instrument_id):
    start.instrument.setCurrentIndex(start.instrument.findData(instrument_id))


def test_the_start_page_offers_the_raters_each_kind_names(make_shell):
    shell = make_shell(lang="en")
    window = shell.window
    window.show_start(RaterRole.SELF)
    start = window.start
    choose_form(start, "service_standards")
    assert offered(start) == {RaterRole.OBSERVER}
    assert start.selected_role() is RaterRole.OBSERVER
    assert not start.rater_name.isHidden()
    choose_form(start, "sales_mindset")
    assert offered(start) == {RaterRole.SELF}
    assert start.selected_role() is RaterRole.SELF
    choose_form(start, "listening")
    assert offered(start) == {RaterRole.SELF, RaterRole.SUPERVISOR, RaterRole.COLLEAGUE}
    # "Rate a trainee" then an observation sheet: the next rater is an observer.
    window.show_start(RaterRole.COLLEAGUE, None, "negotiation")
    assert start.selected_role() is RaterRole.OBSERVER


def test_an_observer_rates_a_role_play_and_the_result_is_the_observers_mean(make_shell, qtbot):
    shell = make_shell(lang="en")
    window, store = shell.window, shell.context.store
    sheet = shell.context.instruments["service_standards"]
    for observer, digit in (("Ms Wang", "4"), ("Mr Chen", "3")):
        window.show_start(RaterRole.COLLEAGUE, None, "service_standards")
        start = window.start
        start.person.lineEdit().selectAll()
        type_text(qtbot, start.person.lineEdit(), "Zhou Li")
        type_text(qtbot, start.rater_name, observer)
        qtbot.keyClick(start.person.lineEdit(), Qt.Key.Key_Return)
        assert window.take.intro_role.text().startswith("You are observing Zhou Li in a role play")
        answer_all_by_keys(qtbot, window, digit * len(sheet.items))
    (person,) = store.people()
    assert [s.role for s in store.sheets(person.id, "service_standards")] == [RaterRole.OBSERVER] * 2

    window.show_result(person.id, "service_standards")
    result = window.result
    assert result.total.text() == "3.5"
    assert result.total_note.text() == "Mean of 2 observers' ratings."
    assert result.raters.text() == "observer ratings: 2"

    window.show_history(person.id)
    history = window.history
    history.instrument_choice.setCurrentIndex(history.instrument_choice.findData("service_standards"))
    # all others: the observers
    assert history.table.rowCount() == 1 and history.table.model().index(0, 5).data() == "3.5"

    from matplotlib.text import Text

    from desktop.ui.scorecard.report_builder import report_figures

    figures = report_figures(store, shell.context.instruments, person.id, "en")
    texts = [t.get_text() for figure in figures for t in figure.findobj(Text)]
    assert "Service standards observation sheet: 3.5 / 4" in " ".join(texts)
    assert "Statements the observers rated lowest" in texts
