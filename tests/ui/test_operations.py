"""Store work runs on one worker thread, in order, while the window keeps answering; work that takes
longer than 300 ms shows the busy line, with counts when it has them."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from desktop.core.comparison import RaterRole
from desktop.store.changes import BACKUPS
from desktop.ui.shell.busy_bar import BusyBar
from desktop.ui.shell.operations import BUSY_AFTER_MS, Operations


def test_operations_run_in_order_off_the_ui_thread_and_answer_on_it(qtbot):
    operations = Operations()
    ui_thread = threading.get_ident()
    ran: list[tuple[int, int]] = []
    answered: list[tuple[int, int]] = []
    for number in range(20):
        operations.run(
            lambda _p, n=number: ran.append((n, threading.get_ident())) or n,
            lambda n: answered.append((n, threading.get_ident())),
        )
    assert operations.wait(30)
    assert [n for n, _ in ran] == list(range(20)) == [n for n, _ in answered]
    assert len({thread for _, thread in ran}) == 1 and ran[0][1] != ui_thread  # one worker, not the UI
    assert {thread for _, thread in answered} == {ui_thread}
    operations.shutdown()


def test_long_work_shows_the_busy_line_with_counts_and_the_window_keeps_answering(qtbot):
    operations = Operations()
    window = QWidget()
    qtbot.addWidget(window)
    bar = BusyBar(operations, window)
    release, reported = threading.Event(), threading.Event()
    ticks: list[int] = []
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: ticks.append(1))
    heartbeat.start(5)
    results: list[str] = []

    def backup_like(progress) -> str:
        release.wait(30)
        progress(3, 10)
        reported.set()
        release.clear()
        release.wait(30)
        return "kept"

    operations.run(backup_like, results.append, label="Taking a backup…")
    qtbot.waitUntil(bar.showing, timeout=5000)  # shown once it has run past 300 ms
    assert bar.label.text() == "Taking a backup…"
    before = len(ticks)
    qtbot.waitUntil(lambda: len(ticks) > before + 5)  # the event loop runs while the work waits
    release.set()
    assert reported.wait(10)
    qtbot.waitUntil(lambda: bar.counts.text() != "")
    assert "3" in bar.counts.text() and "10" in bar.counts.text()
    assert bar.bar.maximum() == 10 and bar.bar.value() == 3
    release.set()
    qtbot.waitUntil(lambda: results == ["kept"])
    assert not bar.showing()
    heartbeat.stop()
    operations.shutdown()


def test_a_screen_closed_before_its_data_arrives_is_left_alone(qtbot):
    operations = Operations()
    owner = QObject()
    gate = threading.Event()
    delivered: list[int] = []
    operations.run(lambda _p: gate.wait(10) and 1, delivered.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    gate.set()
    assert operations.wait(10)
    assert delivered == []
    operations.shutdown()


def test_a_failed_operation_reaches_the_error_guard(qtbot, monkeypatch):
    import sys

    caught: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _kind, error, _tb: caught.append(error))
    operations = Operations()
    operations.run(lambda _p: 1 / 0, lambda _r: None)
    assert operations.wait(10)
    assert [type(e) for e in caught] == [ZeroDivisionError]
    operations.shutdown()


def test_screens_fill_from_the_worker_and_the_end_of_session_backup_runs_there(make_shell, qtbot, soothing):
    shell = make_shell()
    context, window = shell.context, shell.window
    form = context.store.start_form(soothing, RaterRole.SELF, person_name="陈静", cohort_name="三班")
    context.store.complete_assessment(form.id)
    context.operations.inline = False  # as in the app: the screens ask the worker
    window.show_history()
    assert context.operations.wait(30)
    assert window.history.people.count() == 1 and "陈静" in window.history.person_name.text()
    window.show_class(None)
    assert context.operations.wait(30)
    page = window.class_view
    assert page.cohort.findText("三班") > 0
    page.instrument.setCurrentIndex(page.instrument.findData(soothing.id))
    assert context.operations.wait(30)
    assert page.summary.text().startswith("1 ")
    heard = []
    context.changed.connect(heard.append)
    context.automatic_backup("pk-session-end")
    assert context.operations.wait(60)
    assert BACKUPS in heard
    assert list((shell.context.data_dir / "backups").glob("*pk-session-end*.db"))


def test_loading_the_charts_ahead_moves_nothing_on_screen_until_a_screen_waits_behind_it(
    make_shell, qtbot, monkeypatch
):
    """The charts load on the worker after start, while the trainer may already be on the PK
    set-up. Nobody asked for them, so no busy line comes over that screen, and nothing on it moves.
    A screen's own work queued behind them shows the line, named after what it waits for, floating
    over the window's bottom: 开始 PK 赛 stays where it was."""
    from desktop.ui.shell import context as context_module

    shell = make_shell()
    context, window = shell.context, shell.window
    context.operations.inline = False  # as in the app: the work goes to the worker
    window.show_pk_setup()
    assert context.operations.wait(30)
    start = window.pk_setup.start_button
    where = start.mapTo(window, start.rect().center())
    loading = threading.Event()
    monkeypatch.setattr(context_module, "_load_charts", lambda: loading.wait(30))
    context.preload_charts()
    qtbot.wait(BUSY_AFTER_MS * 3)  # the busy line would have come by now
    assert not window.busy.showing(), f"the busy line shows {window.busy.label.text()!r} for the charts"
    assert start.mapTo(window, start.rect().center()) == where, "开始 PK 赛 moved while the charts loaded"

    answered: list[int] = []
    context.run(lambda _store, _progress: 1, answered.append, label="Reading the banks…")
    qtbot.waitUntil(window.busy.showing, timeout=5000)  # it waits behind the charts
    assert window.busy.label.text() == "正在加载图表…"
    # Shown, the line floats over the bottom of the window: nothing under it moves.
    assert start.mapTo(window, start.rect().center()) == where, "开始 PK 赛 moved when the busy line came"
    loading.set()
    assert context.operations.wait(30)
    assert answered == [1] and not window.busy.showing()


def _alive(obj: QObject) -> bool:
    from shiboken6 import isValid

    return isValid(obj)


def test_the_busy_line_stays_over_the_bottom_of_the_window_when_it_is_resized(make_shell, qtbot):
    from desktop.ui.shell.busy_bar import MARGIN

    shell = make_shell()
    context, window = shell.context, shell.window
    context.operations.inline = False
    window.resize(1024, 768)
    window.show()
    gate = threading.Event()
    context.operations.run(lambda _progress: gate.wait(30), label="Taking a backup…")
    qtbot.waitUntil(window.busy.showing, timeout=5000)
    window.resize(900, 600)
    qtbot.waitUntil(lambda: window.centralWidget().width() == 900)
    line, under = window.busy.geometry(), window.centralWidget().rect()
    assert line.bottom() + 1 + MARGIN == under.bottom() + 1, "the busy line is not at the bottom any more"
    assert abs(line.center().x() - under.center().x()) <= 1, "the busy line is not centred any more"
    gate.set()
    assert context.operations.wait(30)
    qtbot.waitUntil(lambda: not window.busy.showing())


def test_the_forms_versions_are_built_once_when_the_worker_and_the_window_ask_at_once(
    qapp, tmp_path, monkeypatch
):
    """The worker (a class or history screen's read) and the window's thread (a form shown) both ask
    for the forms' versions; both must get the one set, built once (not two half-set caches)."""
    import time

    import desktop.core.instrument_history as history
    from desktop.ui.shell.context import AppContext

    context = AppContext(tmp_path, "zh_CN")
    built: list[str] = []
    real = history.InstrumentVersions

    class SlowToBuild(real):  # type: ignore[misc, valid-type]
        def __init__(self, *args):
            built.append(threading.current_thread().name)
            time.sleep(0.2)  # the other thread asks meanwhile
            super().__init__(*args)

    monkeypatch.setattr(history, "InstrumentVersions", SlowToBuild)
    both_ask = threading.Barrier(2)
    got = {}

    def ask() -> None:
        both_ask.wait(10)
        got[threading.current_thread().name] = context._instrument_versions()

    worker = threading.Thread(target=ask, name="store-operations")
    worker.start()
    ask()
    worker.join(10)
    assert len(built) == 1
    assert got["store-operations"] is got["MainThread"]
    context.close()
