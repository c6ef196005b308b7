"""About (from the home screen), the log file, and an unexpected error: a plain dialog, details in the log."""

from __future__ import annotations

import logging
import sys
import time

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__
from desktop.logfile import BACKUP_COUNT, MAX_BYTES, current_log_path, start_logging


@pytest.fixture
def app_log(tmp_path):
    root = logging.getLogger()
    level = root.level
    path = start_logging(tmp_path)
    yield path
    root.setLevel(level)  # the other tests keep the logging they had
    for handler in [h for h in root.handlers if getattr(h, "baseFilename", None) == str(path)]:
        root.removeHandler(handler)
        handler.close()


def test_about_from_the_home_screen_shows_version_places_and_licences(make_shell, monkeypatch, app_log):
    shell = make_shell("en")
    shown = []
    monkeypatch.setattr(
        "desktop.ui.shell.about_dialog.AboutDialog.exec", lambda dialog: shown.append(dialog) or 0
    )
    shell.window.home.about_button.click()
    (dialog,) = shown
    assert __version__ in dialog.version_label.text()
    places = dialog.places.text()
    assert str(shell.context.data_dir) in places
    assert str(shell.context.store.path) in places
    assert str(app_log) in places
    licences = dialog.licences.toPlainText()
    assert "SIL Open Font License 1.1" in licences
    assert "LGPL-3.0" in licences
    for name in ("matplotlib", "SQLModel", "SQLAlchemy", "PyYAML", "openpyxl", "aiohttp", "segno"):
        assert name in licences
    dialog.deleteLater()


def test_about_reads_chinese(make_shell, monkeypatch):
    shell = make_shell("zh_CN")
    shown = []
    monkeypatch.setattr(
        "desktop.ui.shell.about_dialog.AboutDialog.exec", lambda dialog: shown.append(dialog) or 0
    )
    shell.window.home.about_button.click()
    assert shown[0].windowTitle() != "About Training Assessment"
    assert shell.window.home.about_button.text() == "关于…"
    shown[0].deleteLater()


def test_the_log_file_rotates_in_the_data_folder(app_log, tmp_path, monkeypatch):
    assert app_log.parent == tmp_path
    assert current_log_path() == app_log
    assert 1_000_000 <= MAX_BYTES <= 10_000_000 and 2 <= BACKUP_COUNT <= 5
    (handler,) = [h for h in logging.getLogger().handlers if getattr(h, "baseFilename", None) == str(app_log)]
    handler.flush()
    assert f"version {__version__}" in app_log.read_text(encoding="utf-8")
    # Years of use: the log never grows past its limit, the newest lines are in the file itself and
    # only BACKUP_COUNT older files are kept, the oldest dropped.
    monkeypatch.setattr(handler, "max_bytes", 2_000)
    log = logging.getLogger("desktop.test")
    for number in range(400):
        log.warning("line %04d %s", number, "x" * 40)
    handler.flush()
    kept = sorted(tmp_path.glob(f"{app_log.name}*"))
    assert [path.name for path in kept] == [app_log.name] + [
        f"{app_log.name}.{n}" for n in range(1, BACKUP_COUNT + 1)
    ]
    assert all(path.stat().st_size <= 2_000 for path in kept)
    assert "line 0399" in app_log.read_text(encoding="utf-8")
    newest_backup = (tmp_path / f"{app_log.name}.1").read_text(encoding="utf-8")
    oldest_backup = (tmp_path / f"{app_log.name}.{BACKUP_COUNT}").read_text(encoding="utf-8")
    first_of = lambda text: int(text.split("line ")[1][:4])  # noqa: E731 - a one-line helper
    assert first_of(oldest_backup) < first_of(newest_backup) < 399
    assert "line 0000" not in "".join(path.read_text(encoding="utf-8") for path in kept)


def test_an_unexpected_error_shows_a_plain_dialog_and_logs_the_traceback(qtbot, monkeypatch, app_log):
    from desktop.ui.shell import error_guard

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    previous = sys.excepthook
    error_guard.install()
    try:
        try:
            {}["no such key"]
        except KeyError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    (box,) = shown
    qtbot.addWidget(box)
    assert box.windowTitle() == "Something went wrong"
    assert "Traceback" not in box.text() and "keeps running" in box.text()
    assert str(app_log) in box.text()
    assert "Traceback" in app_log.read_text(encoding="utf-8") and "no such key" in app_log.read_text(
        encoding="utf-8"
    )
    box.show()
    box.copy_button.click()
    assert box.isVisible()  # copying does not close the dialog
    copied = QApplication.clipboard().text()
    assert "Traceback" in copied and "no such key" in copied and __version__ in copied


def test_a_crash_in_c_code_leaves_every_threads_python_stack_in_the_data_folder(tmp_path):
    """A segfault (Qt, a driver) ends the app with no Python error to log: the crash file says where."""
    import subprocess
    import textwrap

    script = textwrap.dedent(
        f"""
        import faulthandler
        from pathlib import Path
        from desktop.logfile import record_crashes
        def open_the_file_chooser():
            faulthandler._sigsegv()
        record_crashes(Path({str(tmp_path)!r}))
        open_the_file_chooser()
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    crash = (tmp_path / "training-assessment-crash.log").read_text(encoding="utf-8")
    assert "Segmentation fault" in crash
    assert "open_the_file_chooser" in crash


@pytest.mark.skipif(not hasattr(__import__("signal"), "SIGUSR1"), reason="no SIGUSR1 on this system")
def test_sigusr1_appends_every_threads_stack_and_the_app_runs_on(tmp_path):
    """A window that stopped answering: ``kill -USR1`` says where each thread waits, without ending it."""
    import signal
    import subprocess
    import textwrap

    script = textwrap.dedent(
        f"""
        import sys, threading
        from pathlib import Path
        from desktop.logfile import record_crashes
        def waiting_for_the_store():
            threading.Event().wait(60)
        record_crashes(Path({str(tmp_path)!r}))
        threading.Thread(target=waiting_for_the_store, daemon=True).start()
        print("ready", flush=True)
        sys.stdin.readline()  # the main thread waits for the test to say "go on"
        print("still running", flush=True)
        """
    )
    with subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as app:
        try:
            assert app.stdout.readline().strip() == "ready"
            crash_log = tmp_path / "training-assessment-crash.log"
            app.send_signal(signal.SIGUSR1)
            deadline = time.monotonic() + 30
            while "waiting_for_the_store" not in crash_log.read_text(encoding="utf-8"):
                assert app.poll() is None, (
                    f"the app ended ({app.returncode}) instead of saying where it waits"
                )
                assert time.monotonic() < deadline, crash_log.read_text(encoding="utf-8")
                time.sleep(0.05)
            app.stdin.write("go on\n")
            app.stdin.flush()
            assert app.stdout.readline().strip() == "still running"
            assert app.wait(30) == 0
        finally:
            app.kill()
