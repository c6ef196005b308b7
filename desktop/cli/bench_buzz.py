"""``python -m desktop bench-buzz``: key press → lock → event committed → stage repainted, in ms.

Runs a real console and stage (offscreen) on a temporary database with synchronous=FULL, presses
group keys through Qt's event system, and times each press until the stage has repainted.
In the same run it times the commit alone (the SQLite insert with its fsync) and the repaint of
the stage alone, so the total can be read against its two unavoidable parts.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

TARGET_MS = 1000 / 60  # one frame at 60 Hz


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def run_benchmark(buzzes: int = 1200, groups: int = 12) -> dict[str, float]:
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from desktop.app import Shell, create_application
    from desktop.core.pk.events import Event
    from desktop.core.pk.setup import Group, ScoringRules, SessionSetup

    app = create_application()
    with tempfile.TemporaryDirectory(prefix="ta-bench-") as tmp:
        shell = Shell(Path(tmp), "zh_CN")
        shell.context.open_store_now()
        store = shell.context.store
        if store is None:
            raise SystemExit(f"bench-buzz: the database cannot be opened: {shell.context.store_error}")
        window = shell.window
        window.pk.sound.enabled = False
        banks, _ = shell.context.banks()
        refs = [f"{b.id}/{q.id}" for b in banks for q in b.questions]
        keys = "1234567890QW"[:groups]
        setup = SessionSetup(
            tuple(Group(f"g{i}", f"第{i + 1}组", "", "#1d70b8", keys[i]) for i in range(groups)),
            tuple(refs),
            ScoringRules(),
        )
        opened = window.pk.start_new("bench", setup)
        console, stage, session = opened.console, opened.stage, opened.controller.session
        console.resize(1600, 900)
        stage.resize(1920, 1080)
        console.show()
        stage.show()
        app.processEvents()
        timings: list[float] = []
        commits: list[float] = []
        original_append = store.append_pk_event

        def timed_append(session_id: int, event: Event) -> None:
            start = time.perf_counter()
            original_append(session_id, event)
            commits.append((time.perf_counter() - start) * 1000)

        # Timed in place, on this run's store only: the controller looks the method up at each commit.
        store.append_pk_event = timed_append  # type: ignore[method-assign]  # this run only
        while len(timings) < buzzes:
            session.next_question()
            session.open_buzzers()
            opened.controller.changed.emit()
            app.processEvents()
            for key in keys:
                start = time.perf_counter()
                QTest.keyClick(
                    console, Qt.Key(ord(key))
                )  # the keys are digits and capitals: Key_1 is ord("1")
                stage.repaint()  # synchronous paint of the projector window
                timings.append((time.perf_counter() - start) * 1000)
        events = len(store.pk_events(opened.controller.session_id))

        repaints: list[float] = []
        for _ in range(buzzes):
            start = time.perf_counter()
            stage.repaint()
            repaints.append((time.perf_counter() - start) * 1000)
        opened.console.close()
        window.close()
        shell.context.close()
    return {
        "buzzes": len(timings),
        "events": events,
        "p50": statistics.median(timings),
        "p99": percentile(timings, 0.99),
        "max": max(timings),
        "commit_p50": statistics.median(commits),
        "commit_p99": percentile(commits, 0.99),
        "repaint_p50": statistics.median(repaints),
        "repaint_p99": percentile(repaints, 0.99),
    }


def bench_buzz_command(buzzes: int) -> int:
    figures = run_benchmark(buzzes)
    print(f"buzzes={figures['buzzes']:.0f} events committed={figures['events']:.0f} (synchronous=FULL, WAL)")
    print(
        f"key press -> lock -> commit -> stage repainted: p50={figures['p50']:.2f} ms p99={figures['p99']:.2f} ms max={figures['max']:.2f} ms"
    )
    print(f"  of which commit alone: p50={figures['commit_p50']:.2f} ms p99={figures['commit_p99']:.2f} ms")
    print(
        f"  of which stage repaint alone: p50={figures['repaint_p50']:.2f} ms p99={figures['repaint_p99']:.2f} ms"
    )
    share = (figures["commit_p50"] + figures["repaint_p50"]) / figures["p50"]
    print(f"commit + repaint = {share:.0%} of the median; the rest is the fold and the console/stage refresh")
    met = figures["p99"] < TARGET_MS
    print(f"target p99 < {TARGET_MS:.1f} ms (one 60 Hz frame): {'met' if met else 'NOT met'}")
    return 0 if met else 1
