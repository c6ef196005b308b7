"""Import problems in the interface's language: English on the command line unless --lang zh_CN."""

from __future__ import annotations

import io

from import_files import write_csv

from desktop.cli.import_questions import import_questions
from desktop.core.importing import read_file

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512


def run(path, data_dir, lang):
    out = io.StringIO()
    code = import_questions(path, data_dir, dry_run=True, out=out, lang=lang)
    return code, out.getvalue()


def test_a_password_protected_workbook_is_named_in_english_or_in_chinese(tmp_path):
    path = tmp_path / "locked.xlsx"
    path.write_bytes(OLE)
    code, english = run(path, tmp_path / "data", "en")
    assert code == 1 and f"{path}: the file is password-protected (encrypted)" in english
    code, chinese = run(path, tmp_path / "data", "zh_CN")
    assert code == 1 and f"{path}: 文件设有密码（已加密）或是旧的 Excel 97–2003 .xls" in chinese


def test_row_problems_and_notes_of_a_csv_are_chinese_when_asked(tmp_path):
    path = write_csv(tmp_path / "exam.csv", [["题型", "题目", "选项A", "选项B", "答案", "难度"],
                                             ["单选", "第一题", "甲", "乙", "", "很难"]], "gbk")  # fmt: skip
    result = read_file(path)
    (row,) = result.rows
    texts = [p.text("zh_CN") for p in row.problems]
    assert f"{path}:2: 答案: 缺少：正确选项的字母，如 A 或 A,C" in texts
    assert f"{path}:2: 难度: “很难”不是难度；请用 1–3 或 易/中/难" in texts
    assert f"{path}:2: 答案: missing: the correct option letter(s), e.g. A or A,C" in [
        str(p) for p in row.problems
    ]
    code, chinese = run(path, tmp_path / "data", "zh_CN")
    assert "  编码：GB18030 (GBK)" in chinese and "  分隔符：逗号" in chinese


def test_kahoot_and_aiken_problems_are_chinese_when_asked(tmp_path):
    from import_files import kahoot_file

    from desktop.core.importing import read_text

    path = kahoot_file(tmp_path / "k.xlsx", [["问" * 130, "甲", "乙", None, None, 7, "1"]])
    (row,) = read_file(path).rows
    texts = [p.text("zh_CN") for p in row.problems]
    assert any("有 130 个字符；Kahoot 最多允许 120 个" in t for t in texts), texts
    assert any("“7”不是 Kahoot 的限时之一" in t for t in texts), texts
    aiken = read_text("问题？\nB. 乙\nANSWER: B\n", fmt="aiken")
    assert any("此处应为选项 A，实际是选项 B" in p.text("zh_CN") for r in aiken.rows for p in r.problems)
