"""Spreadsheets and CSV files as trainers have them: Kahoot, Wayground, Chinese exam systems."""

from __future__ import annotations

from import_files import KAHOOT_HEADER, kahoot_file, write_csv, write_xlsx

from desktop.core.importing import ColumnMapping, read_file

CHINESE_HEADER = ["题型", "题干", "选项A", "选项B", "选项C", "选项D", "答案", "解析", "知识点", "难度"]
CHINESE_ROWS = [
    ["单选题", "客户张口就是恐吓、威胁，属于哪种类型？", "茫茫然然型", "猛烈攻击型", "情绪不稳型", "优柔寡断型", "B", "看言辞", "客户类型", "易"],
    ["多选题", "安抚客户时应该做到哪些？", "倾听", "道歉", "争辩", "", "A、B", "", "安抚,技巧", "2"],
    ["多选", "哪些属于投诉的原因？", "产品质量", "服务态度", "天气", "", "AB", "", "", "难"],
    ["判断题", "客户投诉是坏事。", "", "", "", "", "错", "投诉是机会", "投诉", ""],
    ["填空题", "处理投诉要先处理____，再处理事情。", "", "", "", "", "心情|情绪", "", "", ""],
]  # fmt: skip


def by_line(result):
    return {row.line: row for row in result.rows}


def test_a_kahoot_template_reads_from_row_8_with_numbered_correct_answers(tmp_path):
    path = kahoot_file(
        tmp_path / "kahoot.xlsx",
        [
            ["Which type threatens?", "Bewildered", "Aggressive", "Unstable", "Indecisive", 20, "2"],
            ["Which calm a customer?", "Listen", "Apologise", "Argue", None, 30, "1,2"],
            ["Q" * 121, "A" * 76, "B", None, None, 15, "3"],
            ["Only one answer", "Yes", None, None, None, 20, "1"],
        ],
    )
    result = read_file(path)
    assert result.format == "kahoot" and result.problems == []
    rows = by_line(result)
    assert (rows[8].status, rows[8].kind, rows[8].answer) == ("ok", "single", "B")
    assert rows[8].options == ("Bewildered", "Aggressive", "Unstable", "Indecisive")
    assert (rows[9].status, rows[9].kind, rows[9].answer) == ("ok", "multiple", "A,B")
    assert rows[10].status == "error"
    shown = [str(p) for p in rows[10].problems]
    assert f"{path}:10: Question: is 121 characters; Kahoot allows 120" in shown
    assert f"{path}:10: Answer 1: is 76 characters; Kahoot allows 75" in shown
    assert any(
        s.startswith(f"{path}:10: Time limit: '15' is not one of Kahoot's limits: 5, 10, 20") for s in shown
    )
    assert f"{path}:10: Correct answer(s): answer 3 is empty" in shown
    assert [str(p) for p in rows[11].problems] == [
        f"{path}:11: Answers 1–4: has 1 option; a question needs 2–6 (A–F)"
    ]
    assert result.summary() == "2 questions, 5 errors, 0 skipped"


def test_a_wayground_sheet_maps_its_types_and_skips_polls(tmp_path):
    header = ["Question Text", "Question Type", "Option 1", "Option 2", "Option 3", "Option 4", "Option 5",
              "Correct Answer", "Time in seconds", "Image Link", "Answer explanation"]  # fmt: skip
    path = write_xlsx(
        tmp_path / "wayground.xlsx",
        [
            header,
            ["2 + 2?", "Multiple Choice", "3", "4", "5", None, None, 2, 30, None, "Count"],
            ["Even numbers?", "Checkbox", "2", "3", "4", None, None, "1,3", 30, "pic.png", None],
            [
                "Capital of France?",
                "Fill-in-the-Blank",
                "Paris",
                "paris city",
                None,
                None,
                None,
                None,
                30,
                None,
                None,
            ],
            ["Favourite colour?", "Poll", "Red", "Blue", None, None, None, None, 30, None, None],
            ["Bad answer", "Multiple Choice", "x", "y", None, None, None, 4, 30, None, None],
        ],
    )
    result = read_file(path)
    assert result.format == "wayground"
    rows = by_line(result)
    assert (rows[2].kind, rows[2].answer, rows[2].explanation) == ("single", "B", "Count")
    assert (rows[3].kind, rows[3].answer) == ("multiple", "A,C")
    assert (rows[4].kind, rows[4].answer) == ("fill", "Paris | paris city")
    assert rows[5].status == "skipped" and "a poll has no correct answer" in rows[5].reason
    assert [str(p) for p in rows[6].problems] == [f"{path}:6: Correct Answer: answer 4 is empty"]
    assert any(
        note.startswith("row 3: the Image Link file ") and "pic.png is not on this computer" in note
        for note in result.notes
    )
    assert result.summary() == "3 questions, 1 errors, 1 skipped"


def test_chinese_headers_in_xlsx_give_every_kind_and_the_mapping(tmp_path):
    path = write_xlsx(tmp_path / "题库.xlsx", [["某某公司题库导入模板"], CHINESE_HEADER, *CHINESE_ROWS])
    result = read_file(path)
    assert result.format == "table" and result.problems == []
    assert result.mapping is not None and result.mapping.header_row == 2
    assert result.mapping.fields == {"kind": 0, "text": 1, "A": 2, "B": 3, "C": 4, "D": 5, "answer": 6,
                                     "explanation": 7, "tags": 8, "difficulty": 9}  # fmt: skip
    rows = by_line(result)
    assert [(rows[n].kind, rows[n].answer, rows[n].status) for n in range(3, 8)] == [
        ("single", "B", "ok"),
        ("multiple", "A,B", "ok"),
        ("multiple", "A,B", "ok"),
        ("truefalse", "错", "ok"),
        ("fill", "心情 | 情绪", "ok"),
    ]
    questions = result.questions
    assert questions[0].difficulty == 1 and questions[0].tags == ("客户类型",)
    assert questions[1].tags == ("安抚", "技巧") and questions[2].difficulty == 3
    assert questions[3].answer is False and questions[3].explanation.zh_CN == "投诉是机会"
    assert questions[4].accept == ("情绪",)
    assert questions[1].tags and questions[4].tags == ("题库",)  # no 知识点: the file's name


def test_a_gbk_csv_from_excel_is_detected_and_said(tmp_path):
    path = write_csv(tmp_path / "exam.csv", [CHINESE_HEADER, *CHINESE_ROWS], "gbk")
    result = read_file(path)
    assert result.encoding == "GB18030 (GBK)"
    assert "encoding: GB18030 (GBK)" in result.notes and "delimiter: comma" in result.notes
    assert result.summary() == "5 questions, 0 errors, 0 skipped"
    assert result.rows[0].text == "客户张口就是恐吓、威胁，属于哪种类型？"


def test_utf8_bom_csv_with_tabs_semicolons_and_english_headers(tmp_path):
    header = [
        "Type",
        "Question",
        "Option A",
        "Option B",
        "Option C",
        "Answer",
        "Explanation",
        "Category",
        "Difficulty",
    ]
    rows = [["single", "Which is first?", "Feelings", "Facts", "Forms", "A", "Calm first", "basics", "easy"],
            ["true/false", "Complaints are chances.", "", "", "", "T", "", "basics", "hard"]]  # fmt: skip
    for delimiter, name in ((",", "comma"), ("\t", "tab"), (";", "semicolon")):
        path = write_csv(tmp_path / f"en-{name}.csv", [header, *rows], "utf-8-sig", delimiter)
        result = read_file(path)
        assert result.encoding == "UTF-8 with BOM" and f"delimiter: {name}" in result.notes
        assert result.summary() == "2 questions, 0 errors, 0 skipped", [
            str(p) for r in result.rows for p in r.problems
        ]
        assert result.questions[1].answer is True


def test_full_width_and_spaced_headers_match_and_a_changed_mapping_is_used(tmp_path):
    header = ["＊题目", "选项 Ａ", "选项（B）", "正确答案", "备注"]
    path = write_csv(tmp_path / "w.csv", [header, ["问题一", "是", "否", "Ａ", "题目一备注"]], "utf-8")
    result = read_file(path)
    assert result.mapping.fields == {"text": 0, "A": 1, "B": 2, "answer": 3}
    assert result.rows[0].answer == "A" and result.rows[0].status == "ok"
    changed = ColumnMapping(1, result.mapping.headers, {**result.mapping.fields, "explanation": 4})
    again = read_file(path, mapping=changed)
    assert again.questions[0].explanation.zh_CN == "题目一备注"


def test_problems_name_the_row_and_the_column(tmp_path):
    rows = [CHINESE_HEADER,
            ["单选题", "没有这个选项", "甲", "乙", "", "", "E", "", "", ""],
            ["单选题", "两个答案", "甲", "乙", "", "", "A,B", "", "", ""],
            ["问答", "只有一个要点", "", "", "", "", "x", "", "", ""],
            ["看图题", "题型不认识", "甲", "乙", "", "", "A", "", "", ""],
            ["", "", "", "", "", "", "", "", "", ""],
            ["判断题", "判断不了", "", "", "", "", "也许", "", "", "9"],
            ["单选题", "选项空了一个", "甲", "", "丙", "", "A", "", "", ""]]  # fmt: skip
    path = write_csv(tmp_path / "bad.csv", rows, "utf-8")
    result = read_file(path)
    shown = [str(p) for row in result.rows for p in row.problems]
    assert f"{path}:2: 答案: answer 'E' is not an option; this question has options A–B" in shown
    assert any(
        s.startswith(f"{path}:3: 答案: a single question has exactly one correct option") for s in shown
    )
    assert f"{path}:4: points: has 1 point; an open question needs 2–6" in shown
    assert any(s.startswith(f"{path}:5: 题型: unknown question type '看图题'; use 单选, 多选") for s in shown)
    assert f"{path}:7: 答案: expected 对 or 错 (true or false), found '也许'" in shown
    assert f"{path}:7: 难度: 9 is out of range (1–3)" in shown
    assert f"{path}:8: 选项B: is empty but 选项C is not" in shown
    assert "empty rows passed over: 6" in result.notes
    assert result.summary() == f"0 questions, {len(shown)} errors, 0 skipped"


def test_kahoots_numbered_template_rows_after_the_last_question_are_not_listed_as_passed_over(tmp_path):
    """Kahoot's template comes numbered in column A down to row 107: a real file listed "empty rows
    passed over: 13, 14, 15 … (+15)" after its five questions. A gap between questions is still said."""
    rows: list[list[object]] = [["Quiz template"], [], [], [], [], [], KAHOOT_HEADER]
    rows += [
        [1, "先做什么？", "倾听", "争辩", None, None, 20, 1],
        [2],
        [3, "再做什么？", "道歉", "辩解", None, None, 20, 1],
    ]
    rows += [[n] for n in range(4, 40)]
    result = read_file(write_xlsx(tmp_path / "kahoot.xlsx", rows))
    assert result.format == "kahoot" and len(result.questions) == 2
    assert [note for note in result.notes if "empty rows" in note] == ["empty rows passed over: 9"]
