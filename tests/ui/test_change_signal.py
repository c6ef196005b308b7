"""One change signal carries what each write changed to every screen; a screen refreshes only the
parts it shows, whichever thread wrote."""

from __future__ import annotations

import threading

from desktop.core.comparison import RaterRole
from desktop.store.changes import BACKUPS, PEOPLE, Changes


def test_a_form_finished_off_the_ui_thread_shows_on_the_open_history(make_shell, qtbot, soothing):
    shell = make_shell()
    window, store = shell.window, shell.context.store
    window.show_history()
    assert window.history.people.count() == 0
    heard: list[Changes] = []
    shell.context.changed.connect(heard.append)

    def another_laptop_writes() -> None:
        form = store.start_form(soothing, RaterRole.SELF, person_name="李娜", cohort_name="二班")
        store.complete_assessment(form.id)

    writer = threading.Thread(target=another_laptop_writes)
    writer.start()
    writer.join()
    qtbot.waitUntil(lambda: window.history.people.count() == 1)
    assert "李娜" in window.history.people.item(0).text()
    assert all(isinstance(changes, Changes) for changes in heard) and any(c.people for c in heard)


def test_screens_skip_changes_they_do_not_show(make_shell, qtbot, soothing, monkeypatch):
    shell = make_shell()
    window, store = shell.window, shell.context.store
    form = store.start_form(soothing, RaterRole.SELF, person_name="周婷")
    store.complete_assessment(form.id)
    window.show_history()
    reads: list[str] = []
    original = store.people
    monkeypatch.setattr(store, "people", lambda *a, **k: reads.append("people") or original(*a, **k))
    shell.context.announce(BACKUPS)  # a backup changes nothing the history lists
    assert reads == []
    shell.context.announce(PEOPLE)
    assert reads == ["people"]
    # The home screen is hidden behind the history: it refreshes when shown, not on every change.
    home_reads = len(reads)
    shell.context.announce(PEOPLE)
    window.show_home()
    assert reads.count("people") == home_reads + 2  # the history once, the home once when shown
