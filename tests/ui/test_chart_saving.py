"""Save chart…: the radar's figure is written by the store worker, the one thread that draws it.

A figure is drawn into pixels on the worker whenever its view changes size; saving it on the window's
thread meanwhile had two threads in one matplotlib figure (saving swaps the figure's canvas and
rewrites its texts for printing), and a PDF's fonts froze the window while they were embedded."""

from __future__ import annotations

import threading

import desktop.charts.radar as charts_radar
from desktop.core.comparison import RaterRole
from desktop.ui.shell import widgets


def test_a_saved_chart_is_written_by_the_worker_and_a_refused_name_is_said(make_shell, tmp_path, monkeypatch):
    shell = make_shell()
    store, eq = shell.context.store, shell.context.instruments["eq"]
    person = store.add_person("王小明")
    form = store.start_assessment(person.id, eq, RaterRole.SELF, None)
    store.record_answers(form.id, {item.id: 4 for item in eq.items})
    store.complete_assessment(form.id)
    shell.window.show_radar(person.id)
    radar = shell.window.radar
    assert radar.figure is not None

    saved_by: list[str] = []
    save_figure = charts_radar.save_figure

    def recorded(figure, path):
        saved_by.append(threading.current_thread().name)
        save_figure(figure, path)

    monkeypatch.setattr(charts_radar, "save_figure", recorded)
    errors: list[str] = []
    monkeypatch.setattr(widgets, "show_error", lambda _parent, _title, text: errors.append(text))
    monkeypatch.setattr("desktop.ui.radar.page.show_error", lambda _parent, _title, text: errors.append(text))
    operations = shell.context.operations
    operations.inline = False  # as in the app: work runs on the worker
    try:
        radar.save_to(tmp_path / "radar.pdf")
        radar.save_to(tmp_path / "radar.bmp")  # a kind of file charts are not saved as
        assert operations.wait(30)
    finally:
        operations.shutdown()
        operations.inline = True
    assert saved_by == ["store-operations", "store-operations"]
    assert (tmp_path / "radar.pdf").read_bytes().startswith(b"%PDF")
    assert len(errors) == 1 and str(tmp_path / "radar.bmp") in errors[0]
