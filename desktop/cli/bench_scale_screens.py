"""The screens of ``bench-scale``, timed in this process as the user sees them, with the UI thread's stalls.

Each action runs from the event loop while a heartbeat timer ticks every few milliseconds; the time
is from the action's start until the window has repainted (charts drawn) and the events the action
posted are handled, and the stall is the longest gap between two heartbeats meanwhile: how long the
window could not answer a key or repaint.
"""

from __future__ import annotations

import gc
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.ui.shell.operations import Operations

HEARTBEAT_MS = 5
SETTLE_MS = 40


@dataclass(frozen=True)
class ScreenTiming:
    name: str
    ms: float
    stall_ms: float
    cpu_ms: float  # the UI thread's own CPU time
    #: the store worker's CPU time meanwhile (None where the system cannot tell a thread's); with
    #: ``cpu_ms``, about what the wall time is on an idle machine, where the two run one after the other
    worker_cpu_ms: float | None = None
    #: the longest stall counted in the UI thread's CPU time: what it computed between two heartbeats,
    #: without the time a busy machine gave its neighbours (the GIL held by the worker is not in it)
    stall_cpu_ms: float = 0.0


def _thread_cpu(ident: int | None) -> float | None:
    """CPU seconds of the thread ``ident`` (None where the platform does not say)."""
    if ident is None or not hasattr(time, "pthread_getcpuclockid"):
        return None
    try:
        return time.clock_gettime(time.pthread_getcpuclockid(ident))
    except OSError:  # the thread has ended
        return None


def _wait(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def settle(operations: Operations) -> None:
    """Let the event loop run until nothing is left to do: no operation pending, twice in a row, a
    little apart (a chart shown asks for its drawing a moment later): what one step leaves is not
    counted in the next one."""
    quiet = 0
    while quiet < 2:
        operations.wait()
        _wait(SETTLE_MS)
        quiet = quiet + 1 if operations.pending == 0 else 0


def time_on_ui_thread(
    name: str, action: Callable[[], object], window: QWidget, operations: Operations | None = None
) -> ScreenTiming:
    """Run ``action`` from the event loop and time it until the store work it queued on the worker
    (``operations``) is done and the window has repainted."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    ticks: list[tuple[float, float]] = []  # (wall, the UI thread's CPU) at each heartbeat
    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(lambda: ticks.append((time.perf_counter(), time.thread_time())))
    worker = operations.worker_ident() if operations is not None else None
    gc.collect()  # garbage left by what ran before is not this screen's cost
    heartbeat.start()
    _wait(SETTLE_MS)
    span: dict[str, float] = {}
    poll = QTimer()
    poll.setInterval(1)

    def idle() -> bool:
        return operations is None or operations.pending == 0

    def check() -> None:
        if not idle():
            return
        window.repaint()  # painted as the user sees it
        QApplication.processEvents()  # what the action posted (layouts; a chart's drawing asked for)
        window.repaint()
        if idle():  # the charts laid out just now are drawn on the worker: wait for them too
            poll.stop()
            span["cpu"] = time.thread_time() - span["cpu"]
            span["worker"] = (_thread_cpu(worker) or 0.0) - span["worker"]
            span["done"] = time.perf_counter()

    poll.timeout.connect(check)

    def run() -> None:
        span["start"], span["cpu"] = time.perf_counter(), time.thread_time()
        span["worker"] = _thread_cpu(worker) or 0.0
        action()
        check()
        if "done" not in span:
            poll.start()

    QTimer.singleShot(0, run)
    _wait(SETTLE_MS)
    while "done" not in span:
        _wait(SETTLE_MS)
    _wait(SETTLE_MS)
    heartbeat.stop()
    start, done = span["start"], span["done"]
    stamps = [t for t in ticks if t[0] < start][-1:] + [t for t in ticks if t[0] >= start]
    pairs = list(zip(stamps, stamps[1:], strict=False))
    stall = max((b[0] - a[0] for a, b in pairs), default=done - start)
    stall_cpu = max((b[1] - a[1] for a, b in pairs), default=span["cpu"])
    return ScreenTiming(
        name,
        (done - start) * 1000,
        stall * 1000,
        span["cpu"] * 1000,
        span["worker"] * 1000 if worker is not None else None,
        stall_cpu * 1000,
    )


def time_screens(data_dir: Path) -> list[ScreenTiming]:
    """History, one trainee, radar, trainee vs class, class view, the report and a backup in the app."""
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from desktop.app import Shell, create_application, keep_what_is_loaded

    app = create_application()
    shell = Shell(data_dir, "zh_CN")
    context = shell.context
    context.charts_loaded.connect(keep_what_is_loaded)  # as python -m desktop does
    context.open_store_now()
    operations = context.operations
    operations.inline = False  # the screens' store work on the worker, as in the app
    operations.run(lambda _progress: None)  # the worker started, so its CPU time can be read
    operations.wait()
    window = shell.window
    window.resize(1600, 900)
    window.show()
    window.show_home()
    app.processEvents()
    store = context.store
    assert store is not None
    people = store.people()
    in_class = next(p for p in people if p.cohort_id is not None)
    without_class = next((p for p in people if p.cohort_id is None), in_class)
    one_class = in_class.cohort_id

    def trainee_vs_class() -> None:
        window.radar.overlay.setCurrentIndex(2)  # the drop-down, on a trainee without a class

    timings = [
        # The first screen with a chart loads matplotlib and the CJK font: timed on its own, so the
        # screens after it are compared on their own work.
        time_on_ui_thread(
            "load the charts (first chart screen only)", context.preload_charts, window, operations
        ),
        time_on_ui_thread("history", window.show_history, window, operations),
        time_on_ui_thread("one trainee", lambda: window.history.people.setCurrentRow(1), window, operations),
        time_on_ui_thread("radar", lambda: window.show_radar(in_class.id), window, operations),
    ]
    window.radar.overlay.setCurrentIndex(0)
    window.radar.prepare(without_class.id)
    settle(operations)
    timings += [
        time_on_ui_thread("trainee vs class (no class: all)", trainee_vs_class, window, operations),
        time_on_ui_thread("class view, one class", lambda: window.show_class(one_class), window, operations),
        time_on_ui_thread("class view, all trainees", lambda: window.show_class(None), window, operations),
    ]
    with tempfile.TemporaryDirectory(prefix="ta-report-") as folder:
        from desktop.ui.scorecard.report_saving import write_report

        out = Path(folder) / "report.pdf"
        timings.append(
            time_on_ui_thread(
                "report PDF in the app",
                lambda: write_report(window, context, in_class.id, out),
                window,
                operations,
            )
        )
        assert out.exists()
        class_report = Path(folder) / "class.pdf"
        window.show_class(one_class)
        settle(operations)
        exports = window.class_view.exports
        from unittest.mock import patch

        from PySide6.QtWidgets import QFileDialog

        # The file chooser answered as a trainer would; the rest runs as in the app.
        with patch.object(QFileDialog, "getSaveFileName", lambda *_asked: (str(class_report), "")):
            timings.append(
                time_on_ui_thread(
                    "class report PDF in the app", lambda: exports.save_report(".pdf"), window, operations
                )
            )
        assert class_report.exists()
    timings.append(
        time_on_ui_thread(
            "backup (end of a PK session)",
            lambda: context.automatic_backup("pk-session-end"),
            window,
            operations,
        )
    )
    window.show_home()
    window.close()
    context.close()
    shell.translations.install("en")  # the process's language as it was
    return timings
