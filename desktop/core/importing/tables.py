"""Spreadsheet and CSV layouts: Kahoot's template, Wayground (Quizizz), and question tables with
Chinese or English headers, matched by synonyms. Rows in, drafts out; pure Python.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from desktop.core.bank_model import LETTERS
from desktop.core.importing.model import ColumnMapping, Draft, Problem
from desktop.core.importing.words import fold, split_tags
from desktop.core.messages import Message

#: a sheet as read: (1-based row number, cells as text)
Sheet = list[tuple[int, list[str]]]
HEADER_SEARCH_ROWS = 10

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "text": ("题目", "题干", "试题", "题目内容", "试题内容", "题干内容", "试题题干", "题目名称", "问题", "题目标题",
             "question", "questiontext", "questions", "stem", "text", "questionstem"),
    "kind": ("题型", "题目类型", "试题类型", "类型", "题型名称", "题类", "type", "questiontype", "kind"),
    "answer": ("答案", "正确答案", "标准答案", "参考答案", "答案选项", "answer", "answers", "correctanswer",
               "correctanswers", "key", "answerkey", "rightanswer"),
    "explanation": ("解析", "答案解析", "试题解析", "题目解析", "解释", "答案说明", "explanation", "analysis",
                    "answerexplanation", "feedback", "rationale"),
    "tags": ("分类", "标签", "知识点", "章节", "类别", "试题分类", "题目分类", "所属分类", "category", "categories",
             "tags", "tag", "topic", "topics", "knowledgepoint"),
    "difficulty": ("难度", "难易度", "难易程度", "难度等级", "difficulty", "level"),
    "points": ("评分要点", "要点", "得分点", "评分标准", "points", "scoringpoints", "keypoints", "rubric"),
    "options": ("选项", "选项内容", "options", "choices"),
}  # fmt: skip
for _i, _letter in enumerate(LETTERS):
    _l, _n = _letter.lower(), _i + 1
    _SYNONYMS[_letter] = (f"选项{_l}", f"{_l}选项", _l, f"option{_l}", f"choice{_l}", f"选项{_n}", f"option{_n}",
                          f"choice{_n}", f"答案{_l}")  # fmt: skip
_BY_WORD = {word: name for name, words in _SYNONYMS.items() for word in words}
_OPTION_LABEL = re.compile(r"^\s*([A-Fa-fＡ-Ｆａ-ｆ])\s*[.、．:：)）]\s*")

KAHOOT_TIME_LIMITS = (5, 10, 20, 30, 60, 90, 120, 240)
KAHOOT_MAX_QUESTION, KAHOOT_MAX_ANSWER = 120, 75


def data_rows(
    sheet: Sheet, header_row: int, empty: list[int], read: slice = slice(None)
) -> Iterator[tuple[int, list[str]]]:
    """The rows below the header with anything in the ``read`` columns; blank ones go to ``empty``."""
    for number, cells in sheet:
        if number <= header_row:
            continue
        if not any(c.strip() for c in cells[read]):
            empty.append(number)
            continue
        yield number, cells


def cell(cells: list[str], index: int | None) -> str:
    return cells[index].strip() if index is not None and index < len(cells) else ""


def guess_fields(headers: list[str]) -> dict[str, int]:
    """Which column holds which field, by the header's words (first matching column wins)."""
    fields: dict[str, int] = {}
    for index, header in enumerate(headers):
        name = _BY_WORD.get(fold(header))
        if name is not None and name not in fields:
            fields[name] = index
    return fields


def find_header(sheet: Sheet) -> ColumnMapping | None:
    """The header row among the first rows: the one naming the most fields, with the question text."""
    best: ColumnMapping | None = None
    for number, cells in sheet[:HEADER_SEARCH_ROWS]:
        fields = guess_fields(cells)
        if "text" in fields and (best is None or len(fields) > len(best.fields)):
            best = ColumnMapping(number, list(cells), fields)
    return best


def table_drafts(sheet: Sheet, mapping: ColumnMapping, file: str) -> tuple[list[Draft], list[int]]:
    """Drafts of the rows below the header; also the numbers of the empty rows passed over."""
    fields, headers = mapping.fields, mapping.headers
    option_columns = [(letter, fields[letter]) for letter in LETTERS if letter in fields]
    columns = {name: headers[i] for name, i in fields.items() if i < len(headers)}
    for position, (_letter, index) in enumerate(option_columns):
        columns[f"options[{position}]"] = headers[index]
    if option_columns:
        columns["options"] = headers[option_columns[0][1]]
    drafts: list[Draft] = []
    empty: list[int] = []
    for number, cells in data_rows(sheet, mapping.header_row, empty):
        draft = Draft(
            number,
            text=cell(cells, fields.get("text")),
            kind_word=cell(cells, fields.get("kind")),
            answer=cell(cells, fields.get("answer")),
            explanation=cell(cells, fields.get("explanation")),
            tags=split_tags(cell(cells, fields.get("tags"))),
            difficulty=cell(cells, fields.get("difficulty")),
            points=[
                p.strip() for p in re.split(r"\n|；|;|\|", cell(cells, fields.get("points"))) if p.strip()
            ],
            columns=dict(columns),
        )
        if option_columns:
            draft.options = _options_of(
                draft, [(headers[i], cell(cells, i)) for _l, i in option_columns], file
            )
        elif "options" in fields:
            draft.options = split_options(cell(cells, fields["options"]))
        drafts.append(draft)
    return drafts, empty


def _options_of(draft: Draft, cells: list[tuple[str, str]], file: str) -> list[str]:
    while cells and not cells[-1][1]:
        cells.pop()
    for header, value in cells:
        if not value:
            later = next(h for h, v in reversed(cells) if v)
            draft.problems.append(
                Problem(file, draft.line, header, Message("import.empty_before", later=later))
            )
    return [value for _h, value in cells if value]


def split_options(text: str) -> list[str]:
    """One cell holding every option: "A. 是\\nB. 否" or "是|否"."""
    parts = text.split("|") if "|" in text else text.splitlines()
    return [_OPTION_LABEL.sub("", p).strip() for p in parts if p.strip()]


# -- Kahoot's template ---------------------------------------------------------------------------
def find_kahoot_header(sheet: Sheet) -> int | None:
    """The row of Kahoot's column titles (B "Question - max 120 characters", C "Answer 1 …" … H "Correct answer(s)")."""
    for number, cells in sheet[:HEADER_SEARCH_ROWS]:
        # Titles vary between template versions ("Question - max 120 characters", "Answer 1 - max 75
        # characters", "Correct answer(s) - choose at least one"); their beginnings do not.
        if fold(cell(cells, 1)).startswith("question") and fold(cell(cells, 2)).startswith("answer1"):
            return number
    return None


def kahoot_drafts(sheet: Sheet, header_row: int, file: str) -> tuple[list[Draft], list[int]]:
    names = {"text": "Question", "answer": "Correct answer(s)", "options": "Answers 1–4"}
    drafts: list[Draft] = []
    empty: list[int] = []
    for number, cells in data_rows(sheet, header_row, empty, read=slice(1, 8)):  # columns B–H
        draft = Draft(number, text=cell(cells, 1), kind="choice", columns=dict(names))

        def fail(column: str, message: str, draft: Draft = draft) -> None:
            draft.problems.append(Problem(file, draft.line, column, message))

        if len(draft.text) > KAHOOT_MAX_QUESTION:
            fail("Question", Message("import.kahoot_long", length=len(draft.text), most=KAHOOT_MAX_QUESTION))
        answers = [cell(cells, i) for i in range(2, 6)]
        positions: dict[int, int] = {}
        for number_of_answer, text in enumerate(answers, start=1):
            if text:
                positions[number_of_answer] = len(draft.options)
                draft.columns[f"options[{len(draft.options)}]"] = f"Answer {number_of_answer}"
                draft.options.append(text)
                if len(text) > KAHOOT_MAX_ANSWER:
                    fail(
                        f"Answer {number_of_answer}",
                        Message("import.kahoot_long", length=len(text), most=KAHOOT_MAX_ANSWER),
                    )
        time_limit = cell(cells, 6)
        if time_limit and not (time_limit.isdigit() and int(time_limit) in KAHOOT_TIME_LIMITS):
            fail(
                "Time limit",
                Message(
                    "import.kahoot_time", found=time_limit, limits=", ".join(map(str, KAHOOT_TIME_LIMITS))
                ),
            )
        draft.correct = _numbered_answers(cell(cells, 7), positions, "Correct answer(s)", 4, fail)
        drafts.append(draft)
    return drafts, empty


def _numbered_answers(
    text: str, positions: dict[int, int], column: str, most: int, fail: Callable[[str, str], None]
) -> list[int]:
    """ "1,3" → option indices; each number must name a filled-in answer."""
    correct: list[int] = []
    for part in re.split(r"[\s,，、;；]+", text.strip()):
        if not part:
            continue
        if not part.isdigit() or not 1 <= int(part) <= most:
            fail(column, Message("import.not_answer_number", found=part, most=most))
        elif int(part) not in positions:
            fail(column, Message("import.answer_empty", number=part))
        else:
            correct.append(positions[int(part)])
    if not text.strip():
        fail(column, Message("import.missing_number", most=most))
    return correct


# -- Wayground (Quizizz) ---------------------------------------------------------------------------
WAYGROUND_KINDS = {
    "multiplechoice": "choice",
    "checkbox": "multiple",
    "fillintheblank": "fill",
    "fillintheblanks": "fill",
    "open": "skip.open_ended",
    "openended": "skip.open_ended",
    "poll": "skip.poll",
    "draw": "skip.draw",
}


def is_wayground(headers: list[str]) -> bool:
    folded = {fold(h) for h in headers}
    return {"questiontext", "questiontype", "option1"} <= folded


def wayground_drafts(
    sheet: Sheet, header_row: int, headers: list[str], file: str
) -> tuple[list[Draft], list[int], dict[int, str]]:
    """Drafts, empty rows, and the Image Link of each row that has one."""
    where = {fold(h): i for i, h in enumerate(headers) if h.strip()}
    options = [(n, where.get(f"option{n}")) for n in range(1, 6)]
    answer_columns = [where[k] for k in ("correctanswer", "correctanswers") if k in where] or [
        where[f"correctanswer{n}"] for n in range(1, 6) if f"correctanswer{n}" in where
    ]
    drafts: list[Draft] = []
    empty: list[int] = []
    images: dict[int, str] = {}
    for number, cells in data_rows(sheet, header_row, empty):
        draft = Draft(
            number,
            text=cell(cells, where.get("questiontext")),
            explanation=cell(cells, where.get("answerexplanation")),
            columns={"text": "Question Text", "kind": "Question Type", "answer": "Correct Answer",
                     "explanation": "Answer explanation", "options": "Options 1–5"},
        )  # fmt: skip
        kind = WAYGROUND_KINDS.get(fold(cell(cells, where.get("questiontype"))), "")
        if kind.startswith("skip."):
            draft.skip = Message(
                "import.skip", word=cell(cells, where.get("questiontype")), reason=Message(kind)
            )
        elif kind:
            draft.kind = kind
        else:
            draft.kind_word = cell(cells, where.get("questiontype"))
        positions: dict[int, int] = {}
        for n, index in options:
            text = cell(cells, index)
            if text:
                positions[n] = len(draft.options)
                draft.columns[f"options[{len(draft.options)}]"] = f"Option {n}"
                draft.options.append(text)
        if cell(cells, where.get("imagelink")):
            images[number] = cell(cells, where.get("imagelink"))
        answer = ",".join(cell(cells, i) for i in answer_columns if cell(cells, i))
        if draft.kind == "fill":
            # Wayground's fill-in-the-blank lists the accepted answers in the option columns.
            draft.answer = "|".join(draft.options)
            draft.options = []
        elif draft.skip is None:

            def fail(column: str, message: str, draft: Draft = draft) -> None:
                draft.problems.append(Problem(file, draft.line, column, message))

            draft.correct = _numbered_answers(answer, positions, "Correct Answer", 5, fail)
        drafts.append(draft)
    return drafts, empty, images
