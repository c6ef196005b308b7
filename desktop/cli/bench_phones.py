"""``python -m desktop bench-phones --clients 60``: phones buzzing over loopback with injected delays.

Runs the real app offscreen (console, stage, SQLite with synchronous=FULL), turns phones on at
127.0.0.1 and connects N websocket clients (aiohttp's client, in a process of their own:
``bench_phones_clients``), 5 to a group,
each with its own one-way delay of 10–150 ms added to everything it sends and receives (pongs
included, as a real network would). Each round opens the buzzers; one phone of every group presses at
a planned moment, the presses 25–60 ms apart in a random order; the app judges them by receive time
less each phone's measured delay. Counted: buzzes lost (pressed but not in the log), rounds whose
judged order is the true order of the presses, and, per buzz, the time from the server receiving it
to the stage repainted with it. Last line: ``clients=N buzzes=B lost=L order_ok=P% p99_ms=X``.
"""

from __future__ import annotations

import json
import os
import queue
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ORDER_TARGET = 99.0  # % of rounds judged in the true order
P99_TARGET_MS = 50.0
MIN_GAP_MS, MAX_GAP_MS = 25.0, 60.0
PER_GROUP = 5


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))] if ordered else 0.0


class ClientProcess:
    """The phones' process, its replies read on a thread so that Qt's loop never blocks on them."""

    def __init__(self, url: str, pin: str, groups: int, clients: int, seed: int):
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "desktop.cli.bench_phones_clients",
                url,
                pin,
                str(groups),
                str(clients),
                str(seed),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.replies: queue.Queue[dict[str, Any]] = queue.Queue()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.replies.put(json.loads(line))
        self.replies.put({"gone": True})

    def send(self, command: dict[str, Any]) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()

    def close(self) -> None:
        try:
            self.send({"quit": True})
        except (BrokenPipeError, OSError):
            pass
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.reader.join(5)
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                pipe.close()


def run_benchmark(clients: int = 60, rounds: int = 30, seed: int = 7) -> dict[str, float]:
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    from desktop.app import Shell, create_application
    from desktop.core.pk.setup import MAX_GROUPS, Group, ScoringRules, SessionSetup, default_key

    rng = random.Random(seed)
    groups = max(2, min(MAX_GROUPS, clients // PER_GROUP))
    app = create_application()

    def run_qt_until(done: Callable[[], bool], timeout_ms: float) -> None:
        """Keeps Qt's loop (and so the app) running until ``done()`` or the timeout."""
        waiting = QEventLoop()
        poll = QTimer()
        poll.setInterval(5)

        def quit_when_done() -> None:
            if done():
                waiting.quit()

        poll.timeout.connect(quit_when_done)
        poll.start()
        QTimer.singleShot(int(timeout_ms), waiting.quit)
        if not done():
            waiting.exec()
        poll.stop()

    def reply(phones: ClientProcess, timeout_ms: float = 30_000) -> dict[str, Any]:
        run_qt_until(lambda: not phones.replies.empty(), timeout_ms)
        return phones.replies.get_nowait() if not phones.replies.empty() else {"gone": True}

    with tempfile.TemporaryDirectory(prefix="ta-bench-phones-") as tmp:
        shell = Shell(Path(tmp), "zh_CN")
        shell.context.open_store_now()
        store = shell.context.store
        if store is None:
            raise SystemExit(f"bench-phones: the database cannot be opened: {shell.context.store_error}")
        shell.window.pk.sound.enabled = False
        banks, _ = shell.context.banks()
        refs = [f"{b.id}/{q.id}" for b in banks for q in b.questions][: max(rounds, 2)]
        setup = SessionSetup(
            tuple(Group(f"g{i}", f"第{i + 1}组", "", "#1d70b8", default_key(i)) for i in range(groups)),
            tuple(refs),
            ScoringRules(),
        )
        opened = shell.window.pk.start_new("bench-phones", setup)
        controller, stage, link = opened.controller, opened.stage, opened.phones
        stage.resize(1920, 1080)
        stage.show()
        url = link.start("127.0.0.1")
        clock = controller.clock
        repaint_ms: list[float] = []

        waiting_for_paint: list[float] = []

        class PaintWatch(QObject):
            """Times the stage's next paint after a buzz: the paint Qt does for the labels the buzz
            changed (no forced repaint of the whole window), handled here so its end is known."""

            def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
                if event.type() != QEvent.Type.UpdateRequest or not waiting_for_paint:
                    return False
                stage.event(event)  # the stage's own handler paints; event filters are not asked again
                now = clock()
                repaint_ms.extend(now - received_ms for received_ms in waiting_for_paint)
                waiting_for_paint.clear()
                return True

        watch = PaintWatch(stage)
        stage.installEventFilter(watch)
        link.buzzes_taken.connect(waiting_for_paint.extend)
        phones = ClientProcess(url, link.pin, groups, groups * PER_GROUP, seed)
        ready = reply(phones, 120_000)
        run_qt_until(lambda: False, 1500)  # a few pings each: every phone has a measured delay
        pressed_total = ok_rounds = judged_rounds = arrival_ok_rounds = 0
        for round_number in range(rounds if "ready" in ready else 0):
            controller.run(controller.session.next_question)
            controller.toggle_buzzers()
            order = list(range(groups))
            rng.shuffle(order)
            # Planned on the perf_counter clock, which the phones' process shares.
            at = time.perf_counter() * 1000.0 + 400.0
            plan = []
            for group in order:
                plan.append([group + groups * (round_number % PER_GROUP), at])
                at += rng.uniform(MIN_GAP_MS, MAX_GAP_MS)
            phones.send({"press": plan})
            pressed = reply(phones).get("pressed", [])
            pressed_total += len(pressed)

            def opening() -> list[str]:
                current = controller.state
                return [b.group for b in current.buzzes if b.opening == current.opening]

            def all_judged(expected: int = len(pressed)) -> bool:
                return len(opening()) >= expected

            run_qt_until(all_judged, 2000)
            ordered = sorted((at_ms, index % groups) for index, at_ms in pressed)
            gaps = [b[0] - a[0] for a, b in zip(ordered, ordered[1:], strict=False)]
            if all(g > 20.0 for g in gaps):
                judged_rounds += 1
                truth = [f"g{g}" for _, g in ordered]
                ok_rounds += opening() == truth
                current = controller.state
                arrived = sorted(
                    (b.received_ms, b.group) for b in current.buzzes if b.opening == current.opening
                )
                arrival_ok_rounds += [group for _, group in arrived] == truth
            controller.toggle_buzzers()
        phones.close()
        recorded = sum(
            1
            for e in store.pk_events(controller.session_id)
            if e.kind == "buzz" and e.data.get("source") == "phone"
        )
        opened.console.close()
        shell.window.close()
        shell.context.close()
        shell.translations.install("en")  # leave the application as found: CI runs this in-process
    app.processEvents()
    return {
        "clients": groups * PER_GROUP,
        "groups": groups,
        "rounds": rounds,
        "buzzes": pressed_total,
        "lost": pressed_total - recorded,
        "order_ok": 100.0 * ok_rounds / judged_rounds if judged_rounds else 0.0,
        "judged_rounds": judged_rounds,
        "arrival_ok": 100.0 * arrival_ok_rounds / judged_rounds if judged_rounds else 0.0,
        "p50_ms": percentile(repaint_ms, 0.5),
        "p99_ms": percentile(repaint_ms, 0.99),
    }


def bench_phones_command(clients: int, rounds: int) -> int:
    figures = run_benchmark(clients, rounds)
    print(
        f"{figures['clients']:.0f} phones on loopback in {figures['groups']:.0f} groups, one-way delays "
        f"10-150 ms injected each way; {figures['rounds']:.0f} rounds, presses {MIN_GAP_MS:.0f}-"
        f"{MAX_GAP_MS:.0f} ms apart"
    )
    print(
        f"order judged right in {figures['order_ok']:.1f}% of {figures['judged_rounds']:.0f} rounds "
        f"(target >= {ORDER_TARGET:.0f}%; by arrival alone {figures.get('arrival_ok', 0.0):.1f}%); buzz received -> stage repainted p50={figures['p50_ms']:.1f} ms "
        f"p99={figures['p99_ms']:.1f} ms (target <= {P99_TARGET_MS:.0f} ms)"
    )
    met = figures["lost"] == 0 and figures["order_ok"] >= ORDER_TARGET and figures["p99_ms"] <= P99_TARGET_MS
    print(
        f"clients={figures['clients']:.0f} buzzes={figures['buzzes']:.0f} lost={figures['lost']:.0f} "
        f"order_ok={figures['order_ok']:.1f}% p99_ms={figures['p99_ms']:.1f}"
    )
    return 0 if met else 1
