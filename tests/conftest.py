"""Shared fixtures. Qt runs offscreen: an unset or empty QT_QPA_PLATFORM would fall back to xcb and abort."""

from __future__ import annotations

import os

if not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from qt_threads import is_qt_code, qt_function

# CI machines are shared and slow at times: no timing-based failures, and the same examples on
# every run so a red CI is a real defect, not a draw (run with HYPOTHESIS_PROFILE=explore for new ones).
settings.register_profile("ci", deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "explore", deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=1000
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--full-fault-runs",
        action="store_true",
        help="run the fault scripts (tests/faults) with the README's full counts instead of CI's shorter ones",
    )


@pytest.fixture
def fault_runs(request: pytest.FixtureRequest):
    """``fault_runs(ci, full)``: how many runs a fault script makes here. CI runs the first ``ci`` runs of
    the full sequence (same seed); ``--full-fault-runs`` runs all ``full``, the README's figures."""
    full_runs = bool(request.config.getoption("--full-fault-runs"))
    return lambda ci, full: full if full_runs else ci


@pytest.fixture(scope="session")
def instruments():
    from desktop.core.content import load_instruments
    from desktop.paths import instruments_dir

    found, errors = load_instruments(instruments_dir())
    assert errors == []
    return found


@pytest.fixture(scope="session")
def soothing(instruments):
    return instruments["soothing"]


class SmallDisk:
    """A real 2 MB file-system (tmpfs) mounted for one test: filled up, or remounted read-only."""

    def __init__(self, point: Path):
        self.point = point

    def fill(self) -> None:
        """Write until the disk says it is full (ENOSPC), as a class laptop's disk would."""
        with open(self.point / "filler.bin", "wb", buffering=0) as filler:
            try:
                while True:
                    filler.write(b"\0" * 4096)
            except OSError:
                pass
        assert shutil.disk_usage(self.point).free < 4096

    def make_read_only(self) -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(self.point)], check=True, capture_output=True)


@pytest.fixture
def small_disk(tmp_path):
    """Skipped, with the reason, where a file-system cannot be mounted (not root, or no mount permission):
    chmod does not stop root, so nothing else tests a full disk or a read-only folder for real."""
    if getattr(os, "geteuid", lambda: -1)() != 0 or shutil.which("mount") is None:
        pytest.skip("a real full disk or read-only folder needs root to mount a 2 MB tmpfs")
    point = tmp_path / "small-disk"
    point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(point)], capture_output=True, text=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"mounting a 2 MB tmpfs is not permitted here: {mounted.stderr.strip()}")
    try:
        yield SmallDisk(point)
    finally:
        subprocess.run(["umount", "-l", str(point)], capture_output=True)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item):
    """Delete the widgets a test closed. pytest-qt only asks for it (deleteLater), and outside an event
    loop Qt never gets to it: every test's main window stayed alive, so each later style sheet, font or
    language change re-polished all of them, and a UI test's set-up grew from 0.1 s to seconds."""
    result = yield
    if "PySide6.QtWidgets" in sys.modules:  # never import Qt for the tests that do not use it
        from PySide6.QtCore import QCoreApplication, QEvent

        if QCoreApplication.instance() is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return result


#: what other threads than the window's did of Qt (``qt_threads``: no code loaded, no call but an emit)
qt_code_loaded_off_the_main_thread: list[str] = []
qt_called_off_the_main_thread: list[str] = []


def _watch_imports(event: str, args: tuple) -> None:
    if event == "import" and is_qt_code(str(args[0])):
        import threading

        thread = threading.current_thread()
        if thread is not threading.main_thread():
            qt_code_loaded_off_the_main_thread.append(f"{args[0]} (thread {thread.name})")


sys.addaudithook(_watch_imports)


def _watch_qt_calls(frame: object, event: str, function: object) -> None:
    if event == "c_call" and (name := qt_function(function)) is not None:
        import threading

        qt_called_off_the_main_thread.append(f"{name} (thread {threading.current_thread().name})")


# Every thread started from now on (the main thread is not watched: it is Qt's).
__import__("threading").setprofile(_watch_qt_calls)


@pytest.fixture(autouse=True)
def no_qt_code_loaded_off_the_main_thread():
    yield
    found = list(qt_code_loaded_off_the_main_thread)
    qt_code_loaded_off_the_main_thread.clear()
    assert found == [], "Qt code was loaded off the window's thread (this test or just before it)"
    called = sorted(set(qt_called_off_the_main_thread))
    qt_called_off_the_main_thread.clear()
    assert called == [], "Qt was called off the window's thread (this test or just before it)"
