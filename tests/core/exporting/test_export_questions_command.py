"""``export-questions`` as a trainer runs it: the shipped complaints bank in each format, what is left
out and why, and the file read back by ``import-questions``."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import openpyxl

from desktop.cli.export_questions import export_questions
from desktop.core.banks import load_bank_folders
from desktop.core.importing import read_file
from desktop.paths import quizzes_dir

ROOT = Path(__file__).resolve().parents[3]


def run(bank: str, fmt: str, out_file: Path, data_dir: Path) -> tuple[int, str]:
    out = io.StringIO()
    return export_questions(bank, fmt, out_file, data_dir, out=out), out.getvalue()


def complaints():
    banks, _errors = load_bank_folders(quizzes_dir(), None)
    return next(b for b in banks if b.id == "complaints")


def test_xlsx_has_the_chinese_headers_and_reads_back_as_the_same_questions(tmp_path):
    code, text = run("complaints", "xlsx", tmp_path / "c.xlsx", tmp_path / "data")
    bank = complaints()
    assert code == 0
    assert text.strip() == f"{len(bank.questions)} questions exported, 0 left out: {tmp_path / 'c.xlsx'}"
    sheet = openpyxl.load_workbook(tmp_path / "c.xlsx").active
    assert [c.value for c in sheet[1]][:3] == ["题型", "题目", "选项A"]
    result = read_file(tmp_path / "c.xlsx")
    assert result.format == "table" and result.error_count == 0
    assert [q.text.zh_CN for q in result.questions] == [q.text.zh_CN for q in bank.questions]


def test_kahoot_lists_each_question_it_cannot_hold_with_the_reason(tmp_path):
    code, text = run("complaints", "kahoot", tmp_path / "k.xlsx", tmp_path / "data")
    bank = complaints()
    assert code == 0
    not_choice = [q for q in bank.questions if q.kind in ("fill", "open")]
    for q in not_choice:
        assert f"{q.id}: not exported: the format has no {q.kind} question kind" in text
    result = read_file(tmp_path / "k.xlsx")
    assert result.format == "kahoot" and result.error_count == 0
    left_out = text.count(": not exported: ")
    assert left_out > len(not_choice)  # also questions with 5 or 6 options
    assert "options; Kahoot takes at most 4" in text
    assert len(result.questions) == len(bank.questions) - left_out


def test_gift_is_found_as_gift_when_imported_and_an_unknown_bank_is_named(tmp_path):
    code, _text = run("complaints", "gift", tmp_path / "c.gift.txt", tmp_path / "data")
    assert code == 0
    result = read_file(tmp_path / "c.gift.txt")
    assert result.format == "gift" and result.error_count == 0
    code, text = run("nope", "gift", tmp_path / "x.txt", tmp_path / "data")
    assert code == 1 and "no bank 'nope'" in text and "complaints" in text
    assert not (tmp_path / "x.txt").exists()


def test_the_command_line_writes_the_file(tmp_path):
    out = tmp_path / "c.xlsx"
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "export-questions", "--data-dir", str(tmp_path / "d"),
         "--bank", "complaints", "--format", "xlsx", "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "questions exported" in done.stdout and out.stat().st_size > 0


def test_export_questions_speaks_chinese_when_asked(tmp_path):
    from chinese_text import english_left

    out = io.StringIO()
    assert export_questions("complaints", "kahoot", tmp_path / "k.xlsx", tmp_path / "data", out, "zh_CN") == 0
    assert export_questions("nope", "gift", tmp_path / "g.txt", tmp_path / "data", out, "zh_CN") == 1
    printed = out.getvalue().replace(str(tmp_path), "")
    banks, _errors = load_bank_folders(quizzes_dir(), None)
    names = {q.id for q in complaints().questions} | {b.id for b in banks}  # ids are names, kept as they are
    ids = tuple(sorted(names, key=len, reverse=True))
    english = [f"{line}  ← {left}" for line in printed.splitlines() if (left := english_left(line, ids))]
    assert not english, "\n".join(english)
    assert (
        "未导出" in printed
        and "道未导出" in printed
        and "该格式没有“填空”题型" in printed
        and "错误：没有题库“nope”" in printed
    )
