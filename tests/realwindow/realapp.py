"""The real app as a subprocess on a real X server, read through its test probe and its database.

The probe (``desktop/ui/shell/probe.py``, on with ``TRAINING_ASSESSMENT_PROBE``) tells what each window
says and where its texts are; the database tells what was recorded. Everything the test does to
the app goes through the X server: keys to the focused window and mouse clicks.
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.logfile import CRASH_LOG_NAME

from .xsession import SCREEN, XSession, poll

ROOT = Path(__file__).resolve().parents[2]
DB_NAME = "training-assessment.db"


@dataclass
class Window:
    """One top-level window as the probe saw it."""

    title: str
    kind: str  # the Qt class: MainWindow, ConsoleWindow, StageWindow, QMessageBox…
    winid: int
    active: bool
    fullscreen: bool
    geometry: tuple[int, int, int, int]  # with the window manager's frame
    texts: list[dict]

    def text(self) -> str:
        """Every visible text of the window, one per line (to search in and to show on failure)."""
        return "\n".join(t["text"] for t in self.texts)

    def find(self, fragment: str, kind: str | None = None, exact: bool = False) -> dict | None:
        """The first text containing ``fragment`` (equal to it when ``exact``), of that kind if given."""
        return next(
            (
                t
                for t in self.texts
                if (t["text"] == fragment if exact else fragment in t["text"])
                and (kind is None or t["kind"] == kind)
            ),
            None,
        )

    def cell(self, row: int, column: int) -> dict | None:
        return next(
            (t for t in self.texts if t["kind"] == "cell" and (t["row"], t["column"]) == (row, column)), None
        )


def _inside(point: tuple[int, int], rect: tuple[int, int, int, int]) -> bool:
    x, y, w, h = rect
    return x <= point[0] < x + w and y <= point[1] < y + h


def _middle(text: dict) -> tuple[int, int]:
    x, y, w, h = text["rect"]
    return x + w // 2, y + h // 2


class RealApp:
    def __init__(self, x: XSession, data_dir: Path, lang: str = "zh_CN"):
        self.x = x
        self.data_dir = data_dir
        self.lang = lang
        self.probe_file = data_dir / "probe.json"
        self.process: subprocess.Popen | None = None
        #: operations the user waits for still running, as the newest probe read said (their busy
        #: line floats over the screen's bottom buttons)
        self.operations = 0

    # -- life ------------------------------------------------------------------------------------
    def start(self) -> RealApp:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        env = {
            **self.x.env,
            "QT_QPA_PLATFORM": "xcb",
            "PYTHONPATH": str(ROOT),
            "TRAINING_ASSESSMENT_PROBE": str(self.probe_file),
            "HOME": str(self.data_dir),  # file dialogs start here; nothing of the user's is touched
            "LANG": "C.UTF-8",
        }
        env.pop("QT_SCALE_FACTOR", None)
        with open(self.data_dir / "app.log", "wb") as log:  # the child keeps its own copy of the file
            self.process = subprocess.Popen(
                [sys.executable, "-m", "desktop", "--data-dir", str(self.data_dir), "--lang", self.lang],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        return self

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self.process = None

    def dump_stacks(self) -> None:
        """Ask the running app for every thread's Python stack, appended to its crash log (a failure's
        record: where a window that stopped answering waits); waits until it is written."""
        if self.process is None or self.process.poll() is not None or not hasattr(signal, "SIGUSR1"):
            return
        crash_log = self.data_dir / CRASH_LOG_NAME
        before = crash_log.stat().st_size if crash_log.exists() else 0
        self.process.send_signal(signal.SIGUSR1)
        try:
            poll(lambda: crash_log.exists() and crash_log.stat().st_size > before, 5, "the app's stacks")
        except AssertionError:
            pass  # an app that cannot say (stopped, or no crash log): the rest is kept all the same

    def log(self) -> str:
        """What the app printed, then the Python stacks it left if it crashed in C code."""
        found = [self.data_dir / "app.log", self.data_dir / CRASH_LOG_NAME]
        return "".join(p.read_text(encoding="utf-8", errors="replace") for p in found if p.exists())

    # -- the probe -------------------------------------------------------------------------------
    def windows(self) -> list[Window]:
        if self.process is not None and self.process.poll() is not None:
            raise AssertionError(f"the app exited with {self.process.returncode}:\n{self.log()[-6000:]}")
        try:
            data = json.loads(self.probe_file.read_text(encoding="utf-8"))
        except (FileNotFoundError, json.JSONDecodeError):
            return []
        self.operations = data.get("operations", 0)
        return [
            Window(
                w["title"],
                w["class"],
                w["winid"],
                w["active"],
                w["fullscreen"],
                tuple(w["geometry"]),
                w["texts"],
            )
            for w in data["windows"]
        ]

    def window(self, kind: str) -> Window | None:
        return next((w for w in self.windows() if w.kind == kind), None)

    def wait_window(self, kind: str, timeout: float = 20) -> Window:
        return poll(lambda: self.window(kind), timeout, f"a visible {kind} window")

    def wait_gone(self, kind: str, timeout: float = 20) -> None:
        poll(lambda: self.windows() and self.window(kind) is None, timeout, f"the {kind} window to close")

    def wait_text(self, kind: str, fragment: str, timeout: float = 20) -> Window:
        """Wait until the window of this Qt class shows a text containing ``fragment``."""
        last: list[Window | None] = [None]

        def shown() -> Window | None:
            window = last[0] = self.window(kind)
            return window if window is not None and window.find(fragment) else None

        try:
            return poll(shown, timeout, f"{kind} to show {fragment!r}")
        except AssertionError as exc:
            seen = last[0].text() if last[0] is not None else "(no such window)"
            raise AssertionError(f"{exc}\n--- {kind} shows:\n{seen}") from None

    def wait_change(self, before: list[Window], what: str, timeout: float = 20) -> list[Window]:
        """Wait until the windows or their texts differ from ``before`` (a window opened, a text changed)."""

        def seen(windows: list[Window]) -> list[tuple]:
            return sorted((w.kind, w.text()) for w in windows)

        return poll(lambda: (now := self.windows()) and seen(now) != seen(before) and now, timeout, what)

    def click_text(
        self, kind: str, fragment: str, double: bool = False, exact: bool = False, drag: bool = True
    ) -> None:
        """Click the middle of the text (label, button, row, cell) of that window, as a user would;
        a control off the screen is brought into view by dragging its window, unless ``drag`` is
        False: then it fails (issue 8 #5's own test; the others test other things)."""

        def enabled(window: Window) -> dict | None:
            found = window.find(fragment, exact=exact)
            return found if found is not None and found.get("enabled", True) else None

        self.click_on(kind, enabled, double, drag)

    def click_on(
        self, kind: str, select: Callable[[Window], dict | None], double: bool = False, drag: bool = True
    ) -> None:
        """Click the middle of the text ``select`` picks in that window (waiting for it to appear),
        once no operation the user waits for is running, as a user waits for the busy line such
        work shows over the bottom of the window. (When the line still took a line of the layout,
        it moved the bottom buttons as it came and went, and 开始 PK 赛 was missed that way.)"""
        last: list[Window | None] = [None]

        def clickable() -> tuple[Window, dict] | None:
            window = last[0] = self.window(kind)
            found = select(window) if window is not None and self.operations == 0 else None
            return (window, found) if found is not None else None

        try:
            window, found = poll(clickable, 20, f"something to click in {kind}")
        except AssertionError as exc:
            seen = last[0].text() if last[0] is not None else "(no such window)"
            busy = f" ({self.operations} operation(s) still running)" if self.operations else ""
            raise AssertionError(f"{exc}{busy}\n--- {kind} shows:\n{seen}") from None
        cx, cy = _middle(found)
        if not _inside((cx, cy), (0, 0, *self.x.size)):
            assert drag, f"issue 8 #5: {found['text']!r} of {kind} is at ({cx}, {cy}), off the screen"
            # A window larger than the screen: drag it until the control shows, as a user would.
            dx = cx - 20 if cx < 20 else max(0, cx - (self.x.size[0] - 20))
            dy = cy - 20 if cy < 20 else max(0, cy - (self.x.size[1] - 20))
            left, top = window.geometry[:2]
            self.x.run(["xdotool", "windowmove", "--sync", str(window.winid), str(left - dx), str(top - dy)])
            window, found = poll(
                lambda: (moved := clickable()) and moved[0].geometry[:2] != (left, top) and moved,
                10,
                f"{kind} to move so that the control shows",
            )
            cx, cy = _middle(found)
        self.x.click(cx, cy, double=double, window=window.winid)

    def check_fits(self, timeout: float = 5) -> None:
        """Issue 8 #5: every window, frame included, lies on the 1024×768 screen (once placed)."""

        def off_screen() -> list[str]:
            return [
                f"{w.kind} is {w.geometry[2]}×{w.geometry[3]} at ({w.geometry[0]}, {w.geometry[1]})"
                for w in self.windows()
                if not (w.geometry[0] >= 0 and w.geometry[1] >= 0)
                or w.geometry[0] + w.geometry[2] > SCREEN[0]
                or w.geometry[1] + w.geometry[3] > SCREEN[1]
            ]

        try:
            poll(lambda: not off_screen(), timeout, "every window to fit the screen")
        except AssertionError:
            raise AssertionError(
                f"issue 8 #5: not all on the {SCREEN[0]}×{SCREEN[1]} screen: {'; '.join(off_screen())}"
            ) from None

    def focus_window(self, kind: str) -> Window:
        """Give that window the focus as a user would: click its title bar when it can be seen;
        when another window covers it (one screen, windows larger than the screen), switch to it
        as the task bar does (the window manager's _NET_ACTIVE_WINDOW request). Whether it can be
        seen is the X server's answer (the window under the pointer at its title bar): the window
        manager's stacking list and the probe's geometry can lag behind a window just raised."""
        for _attempt in range(3):
            window = self.wait_managed(kind)
            x, y, w, _h = window.geometry
            point = ((max(x, 0) + min(x + w, self.x.size[0])) // 2, max(y, 0) + 8)
            if 0 <= point[1] < self.x.size[1] and self.x.shows(window.winid, *point):
                self.x.click(*point)
            else:
                self.x.run(["xdotool", "windowactivate", "--sync", str(window.winid)])
            try:
                return self.wait_active(kind, timeout=4)
            except AssertionError:
                continue  # it was raised or moved meanwhile: look again and click again, as a user would
        return self.wait_active(kind, timeout=1)

    def wait_managed(self, kind: str, timeout: float = 20) -> Window:
        """Wait until the window manager has placed this window (it is in its stacking list)."""
        return poll(
            lambda: (w := self.window(kind)) and w.winid in self.x.stacking() and w,
            timeout,
            f"the window manager to place {kind}",
        )

    def press_home_job(self, number: str) -> None:
        """Press a home-screen job's key (``"1"`` … ``"6"``) once that job's button is enabled and the
        main window has the focus, as a user would after launching the app."""
        poll(
            lambda: (
                (w := self.window("MainWindow"))
                and (b := w.find(f"&{number}", kind="button"))
                and b["enabled"]
            ),
            20,
            "the home screen's jobs to be enabled",
        )
        self.wait_active("MainWindow")
        self.x.key(number)

    def wait_active(self, kind: str, timeout: float = 20, other_than: int | None = None) -> Window:
        """Wait until a window of this class (not ``other_than``, a window id) has the focus, both
        for the window manager and for Qt: only then do typed keys reach it, as a user sees."""

        def active() -> Window | None:
            focused = self.x.active_window()
            return next(
                (
                    w
                    for w in self.windows()
                    if w.kind == kind and w.active and w.winid == focused and w.winid != other_than
                ),
                None,
            )

        return poll(active, timeout, f"{kind} to have the focus")

    # -- the database ----------------------------------------------------------------------------
    def query(self, sql: str, *args: object) -> list[tuple]:
        path = self.data_dir / DB_NAME
        if not path.exists():
            return []
        # Read-only, so the test never takes a write lock the app would wait on.
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10) as conn:
            rows = conn.execute(sql, args).fetchall()
        conn.close()
        return rows

    def pk_events(self, session_id: int | None = None) -> list[tuple[str, dict]]:
        """The session's events in order: (kind, data), undone ones included (undo is an event)."""
        if session_id is None:
            rows = self.query("SELECT max(id) FROM pk_session")
            session_id = rows[0][0] if rows else None
        if session_id is None:
            return []
        rows = self.query(
            "SELECT kind, data_json FROM pk_event WHERE session_id = ? ORDER BY seq", session_id
        )
        return [(kind, json.loads(data)) for kind, data in rows]

    def wait_event(self, kind: str, count: int, timeout: float = 20) -> list[tuple[str, dict]]:
        """Wait until the newest session's log holds ``count`` events of that kind."""
        try:
            return poll(
                lambda: (
                    (events := self.pk_events()) and sum(k == kind for k, _ in events) >= count and events
                ),
                timeout,
                f"{count} {kind!r} event(s) in the PK log",
            )
        except AssertionError as exc:
            raise AssertionError(f"{exc}\nthe log holds: {[k for k, _ in self.pk_events()]}") from None
