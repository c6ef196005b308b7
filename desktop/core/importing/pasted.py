"""Question lists pasted as text, as 问卷星 (wjx) and exam sites print them.

    1. 客户投诉时首先应该？[单选题]        also 【单选题】 （单选题） (单选题), numbers 1、 (1) （1）
    A. 道歉                                also A、 A． A) A：
    B. 解释
    答案：A                                also 正确答案：, 参考答案：
    解析：先处理心情，再处理事情。

Lines that follow a question, an option or an explanation continue it. Pure Python.
"""

from __future__ import annotations

import re

from desktop.core.importing.model import Draft, Problem
from desktop.core.importing.words import split_tags
from desktop.core.messages import Message

_NUMBER = re.compile(r"^\s*(?:第\s*\d+\s*题\s*[.、．:：]?|\d+\s*[.、．]|[(（]\s*\d+\s*[)）])\s*(.*)$")
_TYPE = re.compile(
    r"[\[【（(]\s*(单选题?|多选题?|判断题?|填空题?|简答题?|问答题?|不定项选择题?|单项选择题?|多项选择题?|"
    r"论述题?|量表题|排序题|矩阵.*?题|投票题?)\s*[\]】）)]"
)
_OPTION = re.compile(r"^\s*([A-Fa-fＡ-Ｆ])\s*[.、．:：)）]\s*(.*)$")
_ANSWER = re.compile(r"^\s*(?:正确答案|参考答案|标准答案|答案)\s*[:：]\s*(.*)$")
_EXPLANATION = re.compile(r"^\s*(?:答案解析|试题解析|解析)\s*[:：]\s*(.*)$")
_TAGS = re.compile(r"^\s*(?:标签|分类|知识点)\s*[:：]\s*(.*)$")
_DIFFICULTY = re.compile(r"^\s*难度\s*[:：]\s*(.*)$")
_SKIPPED_TYPES = {"量表题": "skip.rating", "排序题": "skip.ordering", "投票": "skip.poll",
                  "投票题": "skip.poll"}  # fmt: skip


def looks_pasted(text: str) -> bool:
    return bool(_TYPE.search(text) or re.search(r"^\s*(?:正确)?答案\s*[:：]", text, re.MULTILINE))


def parse_pasted(text: str, file: str) -> list[Draft]:
    drafts: list[Draft] = []
    current: Draft | None = None
    target = "text"  # what a continuation line adds to
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        header = _NUMBER.match(line)
        if header:
            current = _start(number, header[1])
            drafts.append(current)
            target = "text"
            continue
        if current is None:
            current = _start(number, line)
            drafts.append(current)
            continue
        if match := _ANSWER.match(line):
            current.answer, target = match[1].strip(), "answer"
        elif match := _EXPLANATION.match(line):
            current.explanation, target = match[1].strip(), "explanation"
        elif match := _TAGS.match(line):
            current.tags, target = split_tags(match[1]), "tags"
        elif match := _DIFFICULTY.match(line):
            current.difficulty, target = match[1].strip(), "difficulty"
        elif (match := _OPTION.match(line)) and target in ("text", "option"):
            letter = match[1].upper().translate(str.maketrans("ＡＢＣＤＥＦ", "ABCDEF"))
            expected = chr(ord("A") + len(current.options))
            if letter != expected:
                current.problems.append(
                    Problem(
                        file,
                        number,
                        "option",
                        Message("import.option_order", letter=letter, expected=expected),
                    )
                )
            current.options.append(match[2].strip())
            target = "option"
        elif target == "option":
            current.options[-1] += "\n" + line.strip()
        elif target == "explanation":
            current.explanation += "\n" + line.strip()
        elif target == "text":
            current.text += "\n" + line.strip()
        else:
            current.problems.append(
                Problem(file, number, "line", Message("import.unknown_line", line=line.strip()[:40]))
            )
    return drafts


def _start(number: int, text: str) -> Draft:
    draft = Draft(number)
    marker = _TYPE.search(text)
    if marker:
        word = marker[1]
        text = (text[: marker.start()] + text[marker.end() :]).strip()
        if word in _SKIPPED_TYPES or word.startswith("矩阵"):
            draft.skip = Message(
                "import.skip", word=word, reason=Message(_SKIPPED_TYPES.get(word, "skip.matrix"))
            )
        else:
            draft.kind_word = word
    draft.text = text.strip().rstrip("*").strip()
    return draft
