"""``python -m desktop bench-radar``: radar drawing time and peak memory, each against a bare baseline.

1. Draw time at 1920×1080: our radar (labels wrapped, fixed scale, legend, constrained layout) vs a
   bare matplotlib polar plot of the same data, both rendered with Agg in this process, alternating.
2. Peak memory (max RSS): the app after showing a radar on the radar screen vs a bare process that
   imports PySide6 and matplotlib and shows a polar plot in a Qt canvas. Each in its own process.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # matplotlib and the content load inside the timed runs, not with the command
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from desktop.core.instruments import Instrument
    from desktop.core.radar import RadarData

TARGET_RATIO = 1.2  # our radar draw / a bare matplotlib polar plot

PEAK_KIB = """
import sys
def peak_kib():
    # VmHWM is this program's own peak; ru_maxrss can carry the parent's peak across fork and exec.
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""

BARE_MEMORY = (
    PEAK_KIB
    + """
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
import numpy as np
from matplotlib.figure import Figure
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
figure = Figure(figsize=(9.6, 7.2))
axes = figure.add_subplot(projection="polar")
theta = np.linspace(0, 2 * np.pi, 6)
axes.plot(theta, [3, 4, 2, 5, 3, 3])
canvas = FigureCanvasQTAgg(figure)
canvas.resize(1600, 900)
canvas.show()
app.processEvents()
canvas.grab()
print(peak_kib())
"""
)

APP_MEMORY = (
    PEAK_KIB
    + """
from pathlib import Path
from desktop.app import Shell, create_application
from desktop.demo import fill_demo
app = create_application()
shell = Shell(Path(sys.argv[1]), "zh_CN")
shell.context.open_store_now()
fill_demo(shell.context.store, shell.context.instruments)
window = shell.window
window.resize(1600, 900)
window.show()
window.show_radar()
app.processEvents()
window.grab()
print(peak_kib())
"""
)


def _sample_data() -> tuple[Instrument, RadarData]:
    from datetime import UTC, datetime

    from desktop.core.comparison import RaterRole, RatingSheet, Round
    from desktop.core.content import load_instruments
    from desktop.core.radar import self_vs_others
    from desktop.paths import instruments_dir

    instrument = load_instruments(instruments_dir())[0]["communication"]
    now = datetime(2026, 11, 20, tzinfo=UTC)

    def sheet(role: str, value: int, name: str | None) -> RatingSheet:
        return RatingSheet(RaterRole(role), {i.id: value for i in instrument.items}, now, name)

    others = tuple(sheet("colleague", v, f"c{v}") for v in (3, 4, 5)) + (sheet("supervisor", 3, "boss"),)
    return instrument, self_vs_others(instrument, Round(sheet("self", 4, None), others))


def _bare_radar(data: RadarData) -> Figure:
    import numpy as np
    from matplotlib.figure import Figure

    figure = Figure(figsize=(19.2, 10.8), dpi=100)
    axes = figure.add_subplot(projection="polar")
    n = len(data.axes)
    theta = np.linspace(0, 2 * np.pi, n, endpoint=False)
    for series in data.series:
        values = [np.nan if v is None else v for v in series.values]
        axes.plot(np.append(theta, theta[0]), values + values[:1], label=series.key)
    axes.set_xticks(theta, [label.zh_CN for label in data.axis_labels])
    axes.set_ylim(*data.scale)
    axes.legend()
    return figure


def _draw(canvas: FigureCanvasAgg) -> None:
    canvas.draw()  # type: ignore[no-untyped-call]  # matplotlib's Agg canvas has no annotations


def run_draw_benchmark(rounds: int = 15) -> dict[str, float]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from desktop.charts.radar import radar_figure
    from desktop.charts.setup import prepare_matplotlib

    prepare_matplotlib()  # both sides draw with the same fonts; setting up is not part of a draw
    _, data = _sample_data()
    labels = {s.key: s.key for s in data.series}
    ours, bare = [], []
    for _ in range(2):  # warm-up: font caches, glyph rendering
        _draw(FigureCanvasAgg(radar_figure(data, labels, "zh_CN", "radar", size=(19.2, 10.8))))
        _draw(FigureCanvasAgg(_bare_radar(data)))
    for _ in range(rounds):
        start = time.perf_counter()
        _draw(FigureCanvasAgg(radar_figure(data, labels, "zh_CN", "radar", size=(19.2, 10.8))))
        ours.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        _draw(FigureCanvasAgg(_bare_radar(data)))
        bare.append((time.perf_counter() - start) * 1000)
    return {"ours": statistics.median(ours), "bare": statistics.median(bare)}


def _max_rss_kib(code: str, *args: str) -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=120
    )
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-2000:])
    return int(result.stdout.strip().splitlines()[-1])


def bench_radar_command(rounds: int) -> int:
    draw = run_draw_benchmark(rounds)
    ratio = draw["ours"] / draw["bare"]
    print(f"radar at 1920x1080 (Agg), median of {rounds}:")
    print(f"  bare matplotlib polar plot: {draw['bare']:.0f} ms")
    print(f"  our radar:                  {draw['ours']:.0f} ms")
    met = ratio <= TARGET_RATIO
    print(f"  ratio = {ratio:.2f}x (target <= {TARGET_RATIO}x): {'met' if met else 'NOT met'}")
    with tempfile.TemporaryDirectory(prefix="ta-mem-") as data_dir:
        app_kib = _max_rss_kib(APP_MEMORY, data_dir)
    bare_kib = _max_rss_kib(BARE_MEMORY)
    print("peak memory (VmHWM) after showing a radar:")
    print(f"  bare PySide6 + matplotlib process: {bare_kib / 1024:.0f} MiB")
    print(f"  app on the radar screen:           {app_kib / 1024:.0f} MiB ({app_kib / bare_kib:.2f}x)")
    return 0 if met else 1
