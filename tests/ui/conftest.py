"""Fixtures for driving the real window against a real SQLite file in a temporary data folder."""

from __future__ import annotations

import copy
import hashlib
from pathlib import Path
from typing import Any

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


_SHIPPED_CONTENT: dict[tuple, Any] = {}


def _contents(folder: Path) -> tuple:
    """What a content folder holds, file by file (name and a hash of its bytes; images included)."""
    if not folder.is_dir():
        return ()
    return tuple(
        (str(path.relative_to(folder)), hashlib.sha1(path.read_bytes()).hexdigest())
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    )


@pytest.fixture(autouse=True)
def shipped_content_parsed_once(monkeypatch):
    """The shipped banks and instruments are parsed once per run, not again for every window a test
    opens (their YAML was most of a UI test's set-up). Read as the app reads them whenever anything
    they depend on differs: the trainer's own files, the shipped files' bytes, or a loader a test
    replaced."""
    from desktop.core import banks, content, yamldoc
    from desktop.ui.shell import context

    def read_once(read, shipped, user):
        def cached(data_dir: Path):
            if _contents(user(data_dir)):  # the trainer's own files: read as the app does
                return read(data_dir)
            loaders = (banks.load_banks, banks.load_bank_folders, content.load_instruments, yamldoc.load_yaml)
            key = (read.__name__, str(shipped()), _contents(shipped()), tuple(map(id, loaders)))
            if key not in _SHIPPED_CONTENT:
                _SHIPPED_CONTENT[key] = read(data_dir)
            found, errors = _SHIPPED_CONTENT[key]
            return copy.copy(found), list(errors)

        return cached

    monkeypatch.setattr(
        context,
        "_read_banks",
        read_once(context._read_banks, lambda: context.quizzes_dir(), context.user_quizzes_dir),
    )
    monkeypatch.setattr(
        context,
        "_read_instruments",
        read_once(context._read_instruments, lambda: context.instruments_dir(), context.user_instruments_dir),
    )
