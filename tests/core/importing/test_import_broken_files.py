"""Broken imports: each file gives a message naming the file (and row), never a traceback, in bounded
time and memory (the figures are printed, not asserted: CI machines differ)."""

from __future__ import annotations

import subprocess
import sys
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from import_files import write_csv, write_xlsx

from desktop.core.importing import read_file, read_text
from desktop.core.importing.xlsx import MAX_ROWS

ROOT = Path(__file__).resolve().parents[3]


def messages(result):
    return [str(p) for p in result.problems] + [str(p) for row in result.rows for p in row.problems]


def test_wrong_headers_say_what_was_expected_and_found(tmp_path):
    path = write_xlsx(tmp_path / "wrong.xlsx", [["姓名", "部门", "电话"], ["张三", "客服", "123"]])
    result = read_file(path)
    assert messages(result) == [
        f"{path}:1: no header row naming the question column (题目, 题干 or Question) in the first rows; "
        "found: 姓名, 部门, 电话"
    ]
    assert result.mapping.headers == ["姓名", "部门", "电话"] and result.rows == []


def test_merged_cells_down_a_column_give_each_row_their_value(tmp_path):
    rows = [["题型", "题目", "选项A", "选项B", "答案"],
            ["单选题", "第一题", "甲", "乙", "A"],
            [None, "第二题", "甲", "乙", "B"],
            [None, "第三题", "甲", "乙", "A"]]  # fmt: skip
    path = write_xlsx(tmp_path / "merged.xlsx", rows, merged=("A2:A4",))
    result = read_file(path)
    assert [r.kind for r in result.rows] == ["single"] * 3
    assert "merged cells (rows 2–4): each row of a merged range takes its value" in result.notes


def test_formulas_use_their_saved_result_or_say_there_is_none(tmp_path):
    rows = [["题目", "选项A", "选项B", "答案"], ["第一题", "=1+1", "3", "A"]]
    path = write_xlsx(tmp_path / "formula.xlsx", rows)  # openpyxl saves no result for a formula
    result = read_file(path)
    assert messages(result) == [
        f"{path}:2: 选项A: a formula (=1+1) with no saved result: open and save the file in Excel or WPS, or "
        "paste values"
    ]
    assert "1 cells hold formulas; their saved results are used (1 have none)" in result.notes


def test_empty_rows_are_passed_over_and_said(tmp_path):
    path = write_csv(
        tmp_path / "gaps.csv", [["题目", "答案"], ["一加一", "2"], ["", ""], ["二加二", "4"]], "utf-8"
    )
    result = read_file(path)
    assert result.summary() == "2 questions, 0 errors, 0 skipped"
    assert "empty rows passed over: 3" in result.notes


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * (1 << 20)
            for _ in range(60):  # 60 MB of zeros packs into ~60 KB
                member.write(chunk)
    tracemalloc.start()
    result = read_file(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    [message] = messages(result)
    assert message.startswith(f"{path}: refused: the xlsx would unpack to 63 MB from 0.1 MB")
    assert "zip bomb" in message
    assert peak < 20 * 2**20


def test_a_password_protected_workbook_says_so(tmp_path):
    path = tmp_path / "locked.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4096)  # encrypted xlsx are OLE files
    assert messages(read_file(path)) == [
        f"{path}: the file is password-protected (encrypted) or an old Excel 97–2003 .xls: remove the "
        "password or save it as .xlsx (Excel workbook), then import it again"
    ]


def test_a_workbook_over_20_mb_is_refused_unread(tmp_path):
    path = tmp_path / "huge.xlsx"
    with path.open("wb") as handle:
        handle.write(b"PK\x03\x04")
        handle.truncate(21 * 2**20)  # sparse: no time spent writing it
    assert messages(read_file(path)) == [
        f"{path}: the file is 22.0 MB; spreadsheets to import must be under 20 MB"
    ]


def test_a_utf16_csv_without_a_byte_order_mark_is_named_and_can_be_read_when_asked(tmp_path):
    path = write_csv(tmp_path / "unicode.csv", [["题目", "答案"], ["一加一", "2"]], "utf-16-le")
    [message] = messages(read_file(path))
    assert message.startswith(f'{path}: the file is UTF-16 (Excel\'s "Unicode text"); save it as "CSV UTF-8"')
    result = read_file(path, encoding="utf-16-le")
    assert result.encoding == "utf-16-le" and result.summary() == "1 questions, 0 errors, 0 skipped"


def test_excels_unicode_text_and_tab_separated_text_are_read_as_tables(tmp_path):
    """Excel's "另存为" offers "Unicode 文本 (*.txt)" (UTF-16 with a byte-order mark, tabs) and
    "文本文件(制表符分隔) (*.txt)" (GBK, tabs): both were refused before (UTF-16 named; a tab-separated
    .txt "not recognised" as GIFT, Aiken or a pasted list)."""
    rows = [
        ["题型", "题目", "选项A", "选项B", "答案"],
        ["单选题", "客户投诉时先做什么？", "倾听", "争辩", "A"],
    ]
    for name, encoding, shown in (
        ("Unicode 文本.txt", "utf-16", "UTF-16"),
        ("制表符分隔.txt", "gbk", "GB18030 (GBK)"),
    ):
        path = write_csv(tmp_path / name, rows, encoding, delimiter="\t")
        result = read_file(path)
        assert (result.format, result.encoding, result.problems) == ("table", shown, []), name
        assert "delimiter: tab" in result.notes
        assert [(q.kind, q.text.zh_CN, q.answer) for q in result.questions] == [
            ("single", "客户投诉时先做什么？", frozenset({0}))
        ]
    # a text list with a tab in its first line stays a text list
    listed = tmp_path / "list.txt"
    listed.write_text("1.\t客户投诉时先做什么？[单选题]\nA. 倾听\nB. 争辩\n答案：A\n", encoding="utf-8")
    assert read_file(listed).format == "pasted"


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"PK\x03\x04garbage",
        b"\xff\xfe\x00",
        '题目\n"未闭合'.encode(),
        b"\x81\x30" * 10,
        b"{{{{}}}}",
        b"::",
    ],
)
def test_any_bytes_give_messages_not_tracebacks(tmp_path, content):
    for suffix in (".xlsx", ".csv", ".txt", ".gift"):
        path = tmp_path / f"junk{suffix}"
        path.write_bytes(content)
        result = read_file(path)
        assert result.rows or result.problems, (suffix, content)
    assert read_text(content.decode("latin-1")).problems or True


def test_ten_thousand_rows_in_bounded_time_and_memory(tmp_path):
    header = ["题型", "题目", "选项A", "选项B", "选项C", "答案", "解析"]
    rows = [header] + [
        ["单选题", f"第 {n} 题：哪一个对？", "甲", "乙", "丙", "B", "因为"] for n in range(MAX_ROWS + 50)
    ]
    csv_path = write_csv(tmp_path / "big.csv", rows, "gb18030")
    started = time.perf_counter()
    result = read_file(csv_path)
    print(f"big.csv: {len(result.rows)} rows read and checked in {time.perf_counter() - started:.2f} s")
    assert len(result.rows) == MAX_ROWS and result.error_count == 0
    assert any(f"more than {MAX_ROWS:,}" in note for note in result.notes), result.notes
    # The xlsx reader's memory, in a process of its own (tracemalloc would slow openpyxl tenfold)
    xlsx = write_xlsx(tmp_path / "big.xlsx", rows)
    script = (
        "import sys, time\n"
        "from desktop.core.importing.xlsx import read_sheet\n"
        "started = time.perf_counter()\n"
        "sheet, notes, _ = read_sheet(__import__('pathlib').Path(sys.argv[1]))\n"
        "seconds = round(time.perf_counter() - started, 2)\n"
        # ru_maxrss survives exec (it would count the test runner's memory); VmHWM is this program's own
        "if sys.platform == 'linux':\n"
        "    status = dict(line.split(':', 1) for line in open('/proc/self/status'))\n"
        "    peak = int(status['VmHWM'].split()[0])\n"
        "elif sys.platform == 'darwin':  # bytes there\n"
        "    import resource\n"
        "    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024\n"
        "else:  # Windows: no figure\n"
        "    peak = 0\n"
        "print(len(sheet), seconds, peak)\n"
        "print(notes)\n"
    )
    child = subprocess.run(
        [sys.executable, "-c", script, str(xlsx)], capture_output=True, text=True, cwd=ROOT, check=True
    )
    count, seconds, peak_kib = child.stdout.splitlines()[0].split()
    print(
        f"big.xlsx: {count} rows read in {seconds} s, peak RSS {int(peak_kib) / 1024:.0f} MiB (whole process)"
    )
    assert int(count) == MAX_ROWS + 1 and f"more than {MAX_ROWS:,}" in child.stdout
    assert int(peak_kib) < 300 * 1024
