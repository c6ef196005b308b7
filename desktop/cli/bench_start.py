"""``python -m desktop bench-start``: cold start to an interactive home window, against a bare window.

Both are started the same way (a fresh ``python`` process, offscreen) and timed from the spawn to
the moment the window has painted and the event loop answers (a zero-delay timer fires after the
first paint). Runs alternate so machine noise hits both alike; the median of each gives the ratio.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

TARGET_RATIO = 1.5  # app start / bare PySide6 window start

BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QTimer, QObject, QEvent
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
label = QLabel("课堂测评")
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, lambda: (print("READY", time.thread_time() * 1000, flush=True), app.quit()))
            obj.removeEventFilter(self)
        return False
watcher = Painted()
label.installEventFilter(watcher)
label.resize(1280, 800)
label.show()
app.exec()
"""

APP_WINDOW = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from desktop.app import Shell, create_application
app = create_application()
shell = Shell(Path(sys.argv[1]), "zh_CN")
shell.window.first_painted.connect(
    lambda: QTimer.singleShot(0, lambda: (print("READY", time.thread_time() * 1000, flush=True), app.quit()))
)
shell.show()
app.exec()
"""


def _time_child(code: str, *args: str) -> float:
    return _time_child_with_cpu(code, *args)[0]


def _time_child_with_cpu(code: str, *args: str) -> tuple[float, float | None]:
    """Wall time in ms from the spawn to the child's ``READY`` line, and the CPU time its UI thread
    had spent by then when the line says (``READY <ms>``): the wall time on an idle machine, where
    a shared machine's wall clock also counts its neighbours."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("READY"):
            elapsed = time.perf_counter() - start
            said = line.split()[1:]
            cpu = float(said[0]) if said else None
            break
    else:
        raise RuntimeError("the child never painted")
    proc.wait(timeout=60)
    proc.stdout.close()
    return elapsed * 1000, cpu


def compile_bytecode() -> None:
    """A normal start reads bytecode cached by an earlier one; compile explicitly so the figure is the
    same where PYTHONDONTWRITEBYTECODE is set (as on CI machines and here)."""
    import compileall

    import desktop

    compileall.compile_dir(os.path.dirname(desktop.__file__), quiet=1)


def run_start_benchmark(rounds: int = 7) -> dict[str, float]:
    """Medians of the wall times (``bare``, ``app``) and the least UI-thread CPU of each
    (``bare_cpu``, ``app_cpu``: noise only adds to it, so the least is what starting costs)."""
    compile_bytecode()
    bare: list[tuple[float, float | None]] = []
    ours: list[tuple[float, float | None]] = []
    with tempfile.TemporaryDirectory(prefix="ta-start-") as data_dir:
        _time_child(APP_WINDOW, data_dir)  # first run creates the database and warms the file cache
        _time_child(BARE_WINDOW)
        for _ in range(rounds):
            bare.append(_time_child_with_cpu(BARE_WINDOW))
            ours.append(_time_child_with_cpu(APP_WINDOW, data_dir))
    return {
        "bare": statistics.median(t[0] for t in bare),
        "app": statistics.median(t[0] for t in ours),
        "bare_cpu": min(t[1] or 0.0 for t in bare),
        "app_cpu": min(t[1] or 0.0 for t in ours),
        "rounds": rounds,
    }


def bench_start_command(rounds: int) -> int:
    figures = run_start_benchmark(rounds)
    ratio = figures["app"] / figures["bare"]
    print(f"cold start to an interactive window, median of {rounds} (offscreen, warm file cache):")
    cpu = {name: figures.get(f"{name}_cpu") for name in ("bare", "app")}
    said = {
        name: f" (UI thread's CPU, least: {value:.0f} ms)" if value else "" for name, value in cpu.items()
    }
    print(f"  bare PySide6 window: {figures['bare']:.0f} ms{said['bare']}")
    print(f"  app home window:     {figures['app']:.0f} ms{said['app']}")
    met = ratio <= TARGET_RATIO
    print(f"  ratio app/bare = {ratio:.2f}x (target <= {TARGET_RATIO}x): {'met' if met else 'NOT met'}")
    return 0 if met else 1
