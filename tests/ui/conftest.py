"""Fixtures for driving the real window against a real SQLite file in a temporary data folder."""

from __future__ import annotations

import pytest

from desktop.app import Shell, create_application


@pytest.fixture(scope="session")
def qapp_args():
    return ["training-assessment-tests"]


@pytest.fixture
def make_shell(qapp, qtbot, tmp_path):
    """Build the app's shell (window + context) on ``tmp_path``, with the store opened synchronously."""
    create_application()
    shells = []

    def make(lang: str = "zh_CN", data_dir=None):
        shell = Shell(data_dir or tmp_path, lang)
        shell.context.open_store_now()
        qtbot.addWidget(shell.window)
        shell.window.resize(1366, 800)
        shell.window.show()
        shell.window.show_home()
        shells.append(shell)
        return shell

    yield make
    for shell in shells:
        shell.window.close()
        shell.context.close()
        shell.translations.install("en")
