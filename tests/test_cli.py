"""The command line as a trainer types it: global options anywhere, demo, screenshots, check-content."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.__main__ import build_parser
from desktop.cli.check_content import check_content
from desktop.paths import instruments_dir

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    "argv",
    [
        ["--data-dir", "D", "--lang", "en", "demo"],
        ["demo", "--data-dir", "D", "--lang", "en"],
        ["--lang", "en", "demo", "--data-dir", "D"],
    ],
)
def test_global_options_before_or_after_the_command(argv):
    args = build_parser().parse_args(argv)
    assert (args.command, args.data_dir, args.lang) == ("demo", Path("D"), "en")


def test_unknown_language_is_refused_with_a_message(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--lang", "fr"])
    assert "invalid choice: 'fr'" in capsys.readouterr().err


def run(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


def test_demo_fills_a_database_once(tmp_path):
    first = run("demo", "--data-dir", str(tmp_path))
    assert first.returncode == 0, first.stderr
    assert "10 trainees" in first.stdout
    second = run("--data-dir", str(tmp_path), "demo")
    assert "nothing added" in second.stdout

    from desktop.store.store import Store

    store = Store(tmp_path)
    try:
        people = store.people()
        assert len(people) == 10
        roles = {a.role.value for a in store.assessments(people[0].id, "soothing")}
        assert roles == {"self", "supervisor", "colleague"}
        days = {a.completed_at.date() for a in store.assessments(people[0].id, "soothing")}
        assert len(days) == 2  # before and after training
    finally:
        store.close()


def test_screenshots_render_every_screen_at_both_sizes(tmp_path):
    from PySide6.QtGui import QImage

    result = run("screenshots", str(tmp_path), "--lang", "zh_CN")
    assert result.returncode == 0, result.stderr
    expected = {
        "home", "start", "take_instructions", "take", "take_review", "handover", "quick_entry",
        "result", "history", "radar_self_vs_others", "class_view", "restore_backup",
        "pk_setup", "buzzer_check", "pk_console", "pk_stage", "pk_stage_final",
        "content", "bank_editor", "form_editor", "import_dialog",
    }  # fmt: skip
    assert {p.name for p in tmp_path.iterdir()} == {"1920x1080", "1024x768"}
    for folder, (width, height) in (("1920x1080", (1920, 1080)), ("1024x768", (1024, 768))):
        shots = {p.stem: p for p in (tmp_path / folder).glob("*.png")}
        assert expected <= set(shots), folder
        assert all(p.stat().st_size > 10_000 for p in shots.values())
        for name in ("home", "result", "pk_console", "pk_stage"):
            image = QImage(str(shots[name]))
            assert (image.width(), image.height()) == (width, height), (folder, name)
        dialog = QImage(str(shots["restore_backup"]))
        assert dialog.width() <= width and dialog.height() <= height
        importing = QImage(str(shots["import_dialog"]))  # the README's picture of the Import dialog
        assert importing.width() <= width and importing.height() <= height


def test_check_content_passes_on_the_shipped_files():
    out = io.StringIO()
    assert check_content([], out) == 0
    lines = out.getvalue().splitlines()
    assert lines[-1].endswith(" questions, 0 errors")
    assert lines[-2] == f"{len(list(instruments_dir().glob('*.yaml')))} instruments"


def test_check_content_prints_file_line_field_and_fails(tmp_path):
    bad = tmp_path / "bank.yaml"
    bad.write_text(
        "bank:\n  id: x\n  version: 1\n  title: {zh_CN: 题库}\nquestions:\n  - id: q1\n    kindd: open\n",
        encoding="utf-8",
    )
    out = io.StringIO()
    assert check_content([bad], out) == 1
    text = out.getvalue()
    assert f"{bad}:7: questions[0].kindd: unknown key 'kindd'; did you mean 'kind'?" in text
    assert f"{bad}:6: questions[0]: missing required key 'text'" in text
    assert text.splitlines()[-1] == "0 banks, 0 questions, 6 errors"


def test_report_says_its_own_lines_in_chinese_only_when_asked(tmp_path):
    from chinese_text import english_left

    from desktop.store.store import Store

    Store(tmp_path).close()
    out = str(tmp_path / "report.pdf")
    chinese = run(
        "report", "--person", "无此人", "--out", out, "--data-dir", str(tmp_path), "--lang", "zh_CN"
    )
    english = run("report", "--person", "无此人", "--out", out, "--data-dir", str(tmp_path))
    assert chinese.returncode == english.returncode == 1
    assert chinese.stderr.strip() == "错误：--person：没有名为或编号为“无此人”的学员"
    assert not english_left(chinese.stderr)
    assert english.stderr.strip() == "error: --person: no trainee called or numbered '无此人'"
