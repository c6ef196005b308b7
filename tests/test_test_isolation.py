"""The test run itself: what one test leaves behind must not slow down or change the next."""

from __future__ import annotations

import os
from pathlib import Path

pytest_plugins = ["pytester"]

CONFTEST = """
from tests.conftest import pytest_runtest_teardown  # noqa: F401 - the hook under test
"""

TWO_TESTS = """
from PySide6.QtWidgets import QApplication, QMainWindow

KEPT = []  # as the app's objects keep each other (signals, contexts) after the test's last use


def test_one_opens_a_window(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    KEPT.append(window)


def test_the_next_finds_no_window_left(qapp):
    assert [type(w).__name__ for w in QApplication.topLevelWidgets()] == []
"""


REPO = Path(__file__).resolve().parent.parent


def test_a_closed_window_is_deleted_before_the_next_test(pytester, monkeypatch):
    """A window left alive is re-polished by every later style sheet, font or language change: the
    whole suite's UI set-ups slowed down test by test before this was so."""
    # The run in a fresh clone has no PYTHONPATH: the child finds ``tests`` through the repository,
    # and the conftest's helper modules in ``tests`` itself, as pytest puts that folder on the path.
    paths = [str(REPO), str(REPO / "tests"), os.environ.get("PYTHONPATH")]
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, paths)))
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_windows=TWO_TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q")
    result.assert_outcomes(passed=2)
