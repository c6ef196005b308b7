"""Fixtures of the real-window tests: one X server (Xvfb + openbox) per run, one app per test.

Without Xvfb, openbox, xdotool, ImageMagick's ``import``, ``xprop`` and ``xwininfo`` the tests skip, saying so;
with ``REQUIRE_REAL_WINDOW=1`` (set by ``.ci/run``, which installs them) a missing tool fails the
run instead, so CI never passes by skipping. ``REAL_WINDOW_DISPLAY=N`` picks the display number;
otherwise Xvfb takes a free one. After a failure the screen, the probe, the app's log and its crash
log are kept in the test's temporary folder (the failure message names it); an app still running is
first asked for every thread's Python stack (SIGUSR1), so a window that stopped answering says where.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.logfile import CRASH_LOG_NAME

from .realapp import RealApp
from .xsession import XSession, missing_tools


def _x_server(factory: pytest.TempPathFactory, monitors: int) -> XSession:
    missing = missing_tools()
    if missing:
        reason = (
            f"real-window tests need {', '.join(missing)} "
            "(Debian: xvfb openbox xdotool imagemagick x11-utils x11-xserver-utils)"
        )
        if os.environ.get("REQUIRE_REAL_WINDOW") == "1":
            pytest.fail(reason + "; REQUIRE_REAL_WINDOW=1 makes this a failure")
        pytest.skip(reason)
    chosen = os.environ.get("REAL_WINDOW_DISPLAY") if monitors == 1 else None
    return XSession(factory.mktemp("xserver"), int(chosen) if chosen else None, monitors).start()


@pytest.fixture(scope="session")
def x_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[XSession]:
    """One 1024×768 screen: the laptop, mirrored on the projector."""
    session = _x_server(tmp_path_factory, 1)
    try:
        yield session
    finally:
        session.stop()


@pytest.fixture(scope="session")
def x_two_screens(tmp_path_factory: pytest.TempPathFactory) -> Iterator[XSession]:
    """The laptop (left) and the projector (right), 1024×768 each."""
    session = _x_server(tmp_path_factory, 2)
    try:
        yield session
    finally:
        session.stop()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item):  # pluggy passes only the arguments named
    report = yield
    if report.when == "call":
        item.stash[FAILED] = report.failed
    return report


FAILED = pytest.StashKey[bool]()


@pytest.fixture
def launch(x_session: XSession, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator:
    """``launch(data_dir=None)`` starts the real app on the one-screen X server; it is stopped after the test."""
    yield from _launcher(x_session, tmp_path, request)


@pytest.fixture
def launch_two_screens(x_two_screens: XSession, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator:
    """The same on the laptop + projector X server."""
    yield from _launcher(x_two_screens, tmp_path, request)


def _launcher(x_session: XSession, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator:
    started: list[RealApp] = []

    def start(data_dir: Path | None = None) -> RealApp:
        app = RealApp(x_session, data_dir or tmp_path / f"data{len(started)}").start()
        started.append(app)
        return app

    yield start
    if request.node.stash.get(FAILED, False):
        keep = tmp_path / "failure"
        keep.mkdir(exist_ok=True)
        raw = x_session.screenshot(keep / "screen.rgb")
        _save_png(raw, x_session.size, keep / "screen.png")
        for app in started:
            app.dump_stacks()
            for name in ("probe.json", "app.log", CRASH_LOG_NAME):
                if (app.data_dir / name).exists():
                    shutil.copy(app.data_dir / name, keep / f"{app.data_dir.name}-{name}")
        print(
            f"real-window failure: screen, probe, app log and crash log (with every thread's stack) kept in {keep}"
        )
    for app in started:
        app.stop()


def _save_png(raw: bytes, size: tuple[int, int], path: Path) -> None:
    from PIL import Image  # matplotlib's dependency; only needed to keep a failure's screen

    Image.frombytes("RGB", size, raw).save(path)
