"""One app per data folder, and unexpected errors shown in plain words instead of killing the window."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time

from PySide6.QtWidgets import QMessageBox

from desktop.ui.shell.error_guard import explain
from desktop.ui.shell.single_instance import SingleInstance


def test_a_second_instance_on_the_same_folder_asks_the_first_to_come_forward(qtbot, tmp_path):
    first = SingleInstance(tmp_path)
    assert first.acquire()
    second = SingleInstance(tmp_path)
    with qtbot.waitSignal(first.activated, timeout=5000):
        assert not second.acquire()
    other_folder = tmp_path / "other"
    other_folder.mkdir()
    third = SingleInstance(other_folder)
    assert third.acquire()  # another data folder is another app
    for guard in (first, third):
        guard.release()
    again = SingleInstance(tmp_path)
    assert again.acquire()  # released on exit: the next start is the only one
    again.release()


def test_a_second_launch_of_the_real_app_exits_and_writes_nothing(tmp_path):
    holder = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from desktop.ui.shell.single_instance import SingleInstance
        app = QApplication(sys.argv[:1])
        guard = SingleInstance(Path({str(tmp_path)!r}))
        assert guard.acquire()
        guard.activated.connect(lambda: (print("ACTIVATED", flush=True), app.quit()))
        print("READY", flush=True)
        QTimer.singleShot(20000, app.quit)
        app.exec()
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen([sys.executable, "-c", holder], stdout=subprocess.PIPE, text=True, env=env)
    assert first.stdout.readline().strip() == "READY"
    before = sorted(p.name for p in tmp_path.iterdir())
    assert before == ["app.lock"]  # the first instance holds the folder
    start = time.monotonic()
    second = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert second.returncode == 0, second.stderr
    assert time.monotonic() - start < 30
    assert first.stdout.readline().strip() == "ACTIVATED"
    first.wait(timeout=30)
    first.stdout.close()
    # The second launch wrote nothing (no database); the first removed its lock when it quit.
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_storage_errors_are_explained_in_plain_words():
    import sqlite3

    assert "disk is full" in explain(sqlite3.OperationalError("database or disk is full"))
    assert "read-only" in explain(sqlite3.OperationalError("attempt to write a readonly database"))
    assert explain(ValueError("odd")).endswith("ValueError: odd")


def test_an_error_in_a_slot_shows_a_message_and_the_app_keeps_running(qtbot, monkeypatch):
    from desktop.ui.shell import error_guard

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    previous = sys.excepthook
    error_guard.install()
    try:
        import sqlite3

        sys.excepthook(sqlite3.OperationalError, sqlite3.OperationalError("database or disk is full"), None)
    finally:
        sys.excepthook = previous
    assert shown and "disk is full" in shown[0] and "keeps running" in shown[0]
