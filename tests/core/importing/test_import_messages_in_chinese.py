"""Every import message in Chinese: each format's problems and skip reasons, the broken-import corpus,
the notes, and import-questions' own lines with ``--lang zh_CN`` (its English stays English).

A Latin word left must be a name (see ``tests/chinese_text.py``); the files hold Chinese questions, so
whatever English is left came from the app."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from chinese_text import english_left
from import_files import kahoot_file, write_csv, write_xlsx
from test_import_text_formats import AIKEN, GIFT, PASTE

from desktop.cli.import_questions import import_questions
from desktop.core.importing import read_file, read_text
from desktop.core.messages import localise

ZH = "zh_CN"
CHINESE_HEADER = ["题型", "题目", "选项A", "选项B", "选项C", "答案", "解析", "标签", "难度"]
#: the files' own words, shown as the file has them: Wayground's question types, Kahoot's column titles
FILE_WORDS = ("Multiple Choice", "Open-Ended", "Poll", "Draw", "Checkbox", "ANSWER", "Time limit",
              "Correct answer(s)", "Answers", "Answer", "Question")  # fmt: skip


def _every_broken_file(folder: Path) -> list[Path]:
    files = [
        write_csv(
            folder / "考试.csv",
            [
                CHINESE_HEADER,
                ["单选题", "没有这个选项", "甲", "乙", "", "E", "", "", ""],
                ["单选题", "两个答案", "甲", "乙", "", "A,B", "", "", ""],
                ["问答", "只有一个要点", "", "", "", "某", "", "", ""],
                ["看图题", "题型不认识", "甲", "乙", "", "A", "", "", ""],
                ["", "", "", "", "", "", "", "", ""],
                ["判断题", "判断不了", "", "", "", "也许", "", "", "很难"],
                ["单选题", "选项空了一个", "甲", "", "丙", "A", "", "", ""],
                ["多选题", "字母不对", "甲", "乙", "丙", "甲乙", "", "", ""],
                ["填空题", "没有答案", "", "", "", "", "", "", ""],
                ["投票", "投个票", "甲", "乙", "", "", "", "", ""],
                ["连线题", "连一连", "甲", "乙", "", "", "", "", ""],
                ["单选题", "没有这个选项", "甲", "乙", "", "A", "", "", ""],
                ["单选题", "标签太长", "甲", "乙", "", "A", "", "标" * 40, "1"],
            ],
            "gbk",
        ),  # fmt: skip
        write_csv(folder / "分号.csv", [["题目", "答案"], ["一加一", "2"]], "utf-8-sig", ";"),
        write_csv(folder / "制表符.csv", [["题目", "答案"], ["一加一", "2"]], "utf-8", "\t"),
        write_xlsx(
            folder / "合并.xlsx",
            [
                ["题型", "题目", "选项A", "选项B", "答案"],
                ["单选题", "第一题", "=1+1", "乙", "A"],
                [None, "第二题", "甲", "乙", "B"],
            ],
            merged=("A2:A3",),
        ),  # fmt: skip
        write_xlsx(folder / "表头不对.xlsx", [["姓名", "部门"], ["张三", "客服"]]),
        write_xlsx(folder / "无表头.xlsx", [[None, None], [None, "甲"]]),
        kahoot_file(
            folder / "kahoot.xlsx",
            [
                ["问" * 130, "甲", "乙", None, None, 7, "1"],
                ["第二题", "甲", None, "丙", None, 20, "5"],
                ["第三题", "甲", "乙", None, None, 20, None],
            ],
        ),  # fmt: skip
        write_xlsx(
            folder / "wayground.xlsx",
            [
                [
                    "Question Text",
                    "Question Type",
                    "Option 1",
                    "Option 2",
                    "Option 3",
                    "Option 4",
                    "Option 5",
                    "Correct Answer",
                    "Time in seconds",
                    "Image Link",
                    "Answer explanation",
                ],
                ["开放题", "Open-Ended", None, None, None, None, None, None, 30, None, None],
                ["投票", "Poll", "红", "蓝", None, None, None, None, 30, None, None],
                ["画画", "Draw", None, None, None, None, None, None, 30, None, None],
                [
                    "坏答案",
                    "Multiple Choice",
                    "甲",
                    "乙",
                    None,
                    None,
                    None,
                    4,
                    30,
                    "https://example.com/a.png",
                    None,
                ],
                ["没图", "Multiple Choice", "甲", "乙", None, None, None, 1, 30, "没有.png", None],
            ],
        ),  # fmt: skip
    ]
    for name, text in {"course.gift": GIFT, "quiz.txt": AIKEN + "\n问题？\nB. 乙\nANSWER: B\nANSWER: A\n",
                       "paste.txt": PASTE + "\n6. 排一排【排序题】\nA. 甲\n\n7. 矩阵【矩阵单选题】\nA. 甲\n",
                       "unknown.txt": "随便写的一段话\n"}.items():  # fmt: skip
        (folder / name).write_text(text, encoding="utf-8")
        files.append(folder / name)
    (folder / "locked.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4096)
    (folder / "not_zip.xlsx").write_bytes(b"just text")
    (folder / "damaged.xlsx").write_bytes(b"PK\x03\x04garbage")
    with zipfile.ZipFile(folder / "bomb.xlsx", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (8 << 20))
    with (folder / "huge.xlsx").open("wb") as handle:
        handle.write(b"PK\x03\x04")
        handle.truncate(21 * 2**20)  # sparse
    write_csv(folder / "unicode.csv", [["题目", "答案"], ["一加一", "2"]], "utf-16")
    (folder / "mixed.csv").write_bytes("题目,答案\n".encode() + b"\xff\xfe\xfa,1\n")
    (folder / "empty.csv").write_bytes(b"")
    files += [folder / n for n in ("locked.xlsx", "not_zip.xlsx", "damaged.xlsx", "bomb.xlsx", "huge.xlsx",
                                   "unicode.csv", "mixed.csv", "empty.csv", "no_such.csv")]  # fmt: skip
    return files


def _english_in(result) -> list[str]:
    said = [p.text(ZH).split(": ", 1)[-1] for p in result.problems]
    said += [localise(p.message, ZH) for row in result.rows for p in row.problems]
    said += [localise(row.reason, ZH) for row in result.rows if row.reason]
    said += [localise(note, ZH) for note in result.notes]
    return [f"{result.file}: {text}  ← {left}" for text in said if (left := english_left(text, FILE_WORDS))]


def test_every_import_problem_skip_reason_and_note_is_chinese(tmp_path):
    english: list[str] = []
    for path in _every_broken_file(tmp_path):
        english += _english_in(read_file(path))
    english += _english_in(read_file(tmp_path / "unicode.csv", encoding="no-such-encoding"))
    english += _english_in(read_text(PASTE + "\n8. 你好【投票题】\nA. 好\n"))
    assert not english, "\n".join(english)


def _cli(path: Path, data: Path, lang: str, **options) -> str:
    out = io.StringIO()
    import_questions(path, data, out=out, lang=lang, **options)
    return out.getvalue()


def _app_words(line: str) -> str:
    """The app's own words of a printed line: a preview row's source, status and kind, and the labels
    and reason after the file's text (the question, options, answer and tags are the file's)."""
    parts = line.split(" | ")
    if len(parts) < 4:
        return line
    labels = [part.split("：", 1)[0] for part in parts[4:] if "：" in part and not part.startswith("(")]
    return " ".join(parts[:3] + labels + [part for part in parts[4:] if part.startswith("(")])


def test_import_questions_says_its_own_lines_in_chinese_and_stays_english_without_lang(tmp_path):
    (tmp_path / "files").mkdir()
    files = _every_broken_file(tmp_path / "files")
    data = tmp_path / "data"
    runs = [(path, {"dry_run": True}) for path in files]
    good = write_csv(tmp_path / "好题.csv", [["题型", "题目", "选项A", "选项B", "答案", "解析", "标签"],
                                             ["单选题", "先做什么？", "道歉", "争辩", "A", "先道歉", "投诉"]],
                     "gbk")  # fmt: skip
    runs += [(good, {"bank": "mine"}), (good, {"bank": "mine"}), (good, {"bank": "Bad-Id"}),
             (files[0], {"bank": "mine", "skip_invalid": True})]  # fmt: skip
    chinese = "".join(_cli(path, data, ZH, **options) for path, options in runs)
    english = [
        f"{line}  ← {left}"
        for line in chinese.splitlines()
        if (left := english_left(_app_words(line), FILE_WORDS))
    ]
    assert not english, "\n".join(english)
    assert "已写入 1 道题到题库“mine”（版本 1）" in chinese and "没有新的题目可导入" in chinese
    assert re.search(r"^\d+ 道题，\d+ 个错误，跳过 \d+ 道$", chinese, re.M)
    assert "分隔符：分号" in chinese and "题型“连线题”：本应用没有连线（匹配）题型" in chinese

    again = "".join(_cli(path, tmp_path / "data_en", "en", **options) for path, options in runs)
    assert re.search(r"^\d+ questions, \d+ errors, \d+ skipped$", again, re.M)
    assert "wrote 1 questions to bank 'mine' (version 1)" in again and "delimiter: semicolon" in again
    assert not re.search(r"[“”；（）]|道题|个错误|跳过|编码：", again)
