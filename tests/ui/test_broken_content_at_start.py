"""A broken content file at start: listed on the home screen with its message, never taken for a
broken database; every other file loads and the database opens regardless."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

UNKNOWN_KEY = """\
bank:
  id: typo
  version: 1
  title: {zh_CN: 拼写}
questions:
  - id: q-1
    kind: truefalse
    text: {zh_CN: 题目}
    answer: true
    difficulty: 1
    hint: 多余
"""


def _quizzes_with(tmp_path, name: str, text: str) -> Path:
    quizzes = tmp_path / "quizzes"
    shutil.copytree(ROOT / "quizzes", quizzes)
    (quizzes / name).write_text(text, encoding="utf-8")
    return quizzes


def test_a_broken_bank_is_listed_on_the_home_screen_and_the_other_banks_load(
    make_shell, tmp_path, monkeypatch
):
    from desktop.ui.shell import context

    quizzes = _quizzes_with(tmp_path, "typo.yaml", UNKNOWN_KEY)
    monkeypatch.setattr(context, "quizzes_dir", lambda: quizzes)
    shell = make_shell(lang="en", data_dir=tmp_path / "data")
    home = shell.window.home
    assert home.content_errors.isVisible()
    assert "typo.yaml:11: questions[0].hint: unknown key 'hint'" in home.content_errors.text()
    assert home.pk_button.isEnabled()
    banks, _errors = shell.context.banks()
    assert sorted(Path(bank.file).name for bank in banks) == sorted(
        p.name for p in (ROOT / "quizzes").glob("*.yaml")
    )


def test_content_that_fails_to_load_never_stops_the_database_opening(make_shell, tmp_path, monkeypatch):
    """Even a defect in the loader is a content problem: listed, and the database opens regardless."""
    from desktop.core import banks as bank_module
    from desktop.ui.shell import context

    def broken_loader(*paths):
        raise ValueError("month must be in 1..12")

    monkeypatch.setattr(bank_module, "load_banks", broken_loader)
    shell = make_shell(lang="en", data_dir=tmp_path / "data")
    home = shell.window.home
    assert shell.context.store is not None
    assert "could not be opened" not in home.status.text()
    for button in (home.self_button, home.rate_button, home.history_button, home.radar_button):
        assert button.isEnabled(), button.text()
    assert not home.pk_button.isEnabled()  # no bank loaded: nothing to play
    assert (
        f"{context.quizzes_dir().name}:1: (file): could not be loaded (ValueError: month must be in 1..12)"
        in (home.content_errors.text())
    )


BAD_DIFFICULTY = """\
bank:
  id: bad_dates
  version: 1
  title: {zh_CN: 日期}
questions:
  - id: q-1
    kind: truefalse
    text: {zh_CN: 题目}
    answer: true
    difficulty: 2026-13-45
"""

BAD_VERSION = """\
id: bad_version
version: 2026-02-30
title: {zh_CN: 量表}
"""


def test_a_broken_bank_and_instrument_are_listed_and_every_job_still_works(make_shell, tmp_path, monkeypatch):
    from desktop.ui.shell import context

    quizzes = tmp_path / "quizzes"
    shutil.copytree(ROOT / "quizzes", quizzes)
    (quizzes / "bad_dates.yaml").write_text(BAD_DIFFICULTY, encoding="utf-8")
    instruments = tmp_path / "instruments"
    shutil.copytree(ROOT / "assets" / "instruments", instruments)
    (instruments / "bad_version.yaml").write_text(BAD_VERSION, encoding="utf-8")
    monkeypatch.setattr(context, "quizzes_dir", lambda: quizzes)
    monkeypatch.setattr(context, "instruments_dir", lambda: instruments)

    shell = make_shell(lang="en", data_dir=tmp_path / "data")
    home = shell.window.home
    assert shell.context.store is not None
    assert "could not be opened" not in home.status.text()
    for button in (
        home.self_button,
        home.rate_button,
        home.history_button,
        home.pk_button,
        home.radar_button,
    ):
        assert button.isEnabled(), button.text()
    shown = home.content_errors.text()
    assert home.content_errors.isVisible()
    assert "bad_dates.yaml:10: questions[0].difficulty: expected a whole number, found a date" in shown
    assert "bad_version.yaml:2: version: expected a whole number, found a date" in shown
    # Every other file loaded, whole.
    banks, _errors = shell.context.banks()
    assert sorted(Path(bank.file).name for bank in banks) == sorted(
        p.name for p in (ROOT / "quizzes").glob("*.yaml")
    )
    assert {Path(i.file).name for i in shell.context.instruments.values()} == {
        p.name for p in (ROOT / "assets" / "instruments").glob("*.yaml")
    }
