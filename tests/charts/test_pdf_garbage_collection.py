"""Writing a PDF in the app leaves the garbage collector alone: a full collection of the app's heap
holds the interpreter for ~80–120 ms, and the window (on the other thread) stalls meanwhile. Only the
command line, which writes one report and exits with its peak memory as a target, collects."""

from __future__ import annotations

import gc

from matplotlib.figure import Figure

from desktop.charts.report import write_pdf


def _pages() -> list[Figure]:
    figures = []
    for number in range(2):
        figure = Figure(figsize=(4, 3))
        figure.add_subplot().set_title(f"page {number + 1}")
        figures.append(figure)
    return figures


def test_the_app_writes_a_pdf_without_a_full_collection(tmp_path, monkeypatch):
    collections = []
    monkeypatch.setattr(gc, "collect", lambda *generation: collections.append(generation) or 0)
    assert write_pdf(tmp_path / "app.pdf", _pages(), "report") == 2
    assert collections == []
    assert write_pdf(tmp_path / "command.pdf", _pages(), "report", hand_back_memory=True) == 2
    assert collections == [()]
    assert (tmp_path / "app.pdf").read_bytes().startswith(b"%PDF")


def test_loading_the_charts_leaves_the_collector_as_it_found_it():
    from desktop.ui.shell.context import _load_charts

    assert gc.isenabled()
    _load_charts()
    assert gc.isenabled()
    gc.disable()
    try:
        _load_charts()
        assert not gc.isenabled()
    finally:
        gc.enable()
