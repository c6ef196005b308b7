"""``import-questions`` as a trainer runs it, and an imported bank played in a PK session (core level)."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from import_files import kahoot_file, write_csv
from test_import_tables import CHINESE_HEADER, CHINESE_ROWS
from test_import_text_formats import PASTE

from desktop.cli.import_questions import import_questions
from desktop.core.banks import load_bank_folders
from desktop.core.pk.session import PkSession
from desktop.core.pk.setup import Group, SessionSetup, default_key, validate_setup
from desktop.core.quiz_selection import QuestionCatalog, select_all
from desktop.paths import quizzes_dir, user_quizzes_dir

ROOT = Path(__file__).resolve().parents[3]


def run(*args, data_dir: Path) -> tuple[int, str]:
    out = io.StringIO()
    options = {"bank": None, "dry_run": False, "encoding": None, "skip_invalid": False}
    positional = []
    for arg in args:
        if isinstance(arg, dict):
            options.update(arg)
        else:
            positional.append(arg)
    code = import_questions(positional[0], data_dir, out=out, **options)
    return code, out.getvalue()


def test_dry_run_prints_the_rows_and_the_summary_and_writes_nothing(tmp_path):
    path = write_csv(tmp_path / "exam.csv", [CHINESE_HEADER, *CHINESE_ROWS], "gbk")
    code, text = run(path, {"dry_run": True}, data_dir=tmp_path / "data")
    assert code == 0
    lines = text.splitlines()
    assert lines[0] == f"{path}: table" and "  encoding: GB18030 (GBK)" in lines
    assert any(line.startswith("  columns: 题型 → kind, 题干 → text, 选项A → A") for line in lines)
    assert lines[-2:] == ["5 questions, 0 errors, 0 skipped", "dry run: nothing written"]
    assert any(line.startswith("row 2     | ok        | single    | 客户张口就是恐吓") for line in lines)
    assert not (tmp_path / "data").exists()


def test_errors_exit_1_unless_skip_invalid_then_the_valid_ones_are_written(tmp_path):
    rows = [*CHINESE_ROWS, ["单选题", "答案不是选项", "甲", "乙", "", "", "E", "", "", ""]]
    path = write_csv(tmp_path / "mixed.csv", [CHINESE_HEADER, *rows], "utf-8-sig")
    data = tmp_path / "data"
    code, text = run(path, data_dir=data)
    assert code == 1
    assert f"  {path}:7: 答案: answer 'E' is not an option; this question has options A–B" in text
    assert text.splitlines()[-2:] == [
        "5 questions, 1 errors, 0 skipped",
        "nothing written: fix the errors, or pass --skip-invalid to import the valid questions",
    ]
    assert not data.exists()
    code, text = run(path, {"skip_invalid": True}, data_dir=data)
    assert code == 0
    assert text.splitlines()[-1] == (
        f"wrote 5 questions to bank 'mixed' (version 1): {user_quizzes_dir(data) / 'mixed.yaml'}"
    )


def test_importing_again_skips_duplicates_and_appending_raises_the_version(tmp_path):
    data = tmp_path / "data"
    path = write_csv(tmp_path / "exam.csv", [CHINESE_HEADER, *CHINESE_ROWS[:3]], "utf-8")
    assert run(path, data_dir=data)[0] == 0
    code, text = run(path, data_dir=data)
    assert code == 0
    assert "(same text as question exam-001 of bank 'exam')" in text
    assert text.splitlines()[-2:] == ["0 questions, 0 errors, 3 skipped", "nothing new to import"]
    more = write_csv(tmp_path / "more.csv", [CHINESE_HEADER, *CHINESE_ROWS], "utf-8")
    code, text = run(more, {"bank": "exam"}, data_dir=data)
    assert code == 0, text
    assert text.splitlines()[-2:] == [
        "2 questions, 0 errors, 3 skipped",
        f"added 2 questions to bank 'exam' (version 2): {user_quizzes_dir(data) / 'exam.yaml'}",
    ]
    banks, errors = load_bank_folders(quizzes_dir(), user_quizzes_dir(data))
    assert errors == []
    exam = next(b for b in banks if b.id == "exam")
    assert (exam.version, len(exam.questions), exam.built_in) == (2, 5, False)
    assert [q.id for q in exam.questions] == [f"exam-00{n}" for n in range(1, 6)]


def test_a_built_in_bank_is_not_written_to(tmp_path):
    path = write_csv(tmp_path / "exam.csv", [CHINESE_HEADER, *CHINESE_ROWS], "utf-8")
    code, text = run(path, {"bank": "complaints"}, data_dir=tmp_path / "data")
    assert code == 1
    assert (
        text
        == "error: bank 'complaints' is built-in (read-only); import into a bank of your own (--bank NEW_ID)\n"
    )


def test_imported_banks_load_and_set_up_a_pk_session(tmp_path):
    data = tmp_path / "data"
    kahoot = kahoot_file(tmp_path / "kahoot.xlsx", [["2 + 2?", "3", "4", None, None, 20, "2"]])
    paste = tmp_path / "问卷星.txt"
    paste.write_text(PASTE, encoding="utf-8")
    gbk = write_csv(tmp_path / "考试系统.csv", [CHINESE_HEADER, *CHINESE_ROWS], "gbk")
    for path in (kahoot, paste, gbk):
        code, text = run(path, {"skip_invalid": True}, data_dir=data)
        assert code == 0, text
    banks, errors = load_bank_folders(quizzes_dir(), user_quizzes_dir(data))
    assert errors == []
    own = [b for b in banks if not b.built_in]
    assert sorted(len(b.questions) for b in own) == [1, 4, 5]
    catalog = QuestionCatalog(own)
    refs = select_all(catalog.in_banks(b.id for b in own))
    groups = tuple(
        Group(f"g{i}", f"第{i + 1}组", f"组长{i + 1}", "#c0392b", default_key(i)) for i in range(2)
    )
    setup = SessionSetup(groups, tuple(refs))
    assert validate_setup(setup) == []
    events = []
    session = PkSession(setup, [], lambda: 1000.0, events.append)
    session.show_question(0)
    session.open_buzzers()
    session.buzz("g1")
    session.award_first()
    assert catalog.get(refs[0]) is not None
    assert session.state.scores["g1"] == 1


def test_the_command_line_entry(tmp_path):
    path = write_csv(tmp_path / "exam.csv", [CHINESE_HEADER, *CHINESE_ROWS], "gbk")
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "import-questions", str(path), "--dry-run", "--encoding", "gbk",
         "--data-dir", str(tmp_path / "data")],
        capture_output=True, text=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "  encoding: gbk" in result.stdout and "5 questions, 0 errors, 0 skipped" in result.stdout
    assert "Traceback" not in result.stderr
