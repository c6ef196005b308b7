"""The words question files use for kinds, answers and difficulty, in Chinese and English.

Everything is compared after ``fold``: full-width to half-width (NFKC), case folded, spaces and
punctuation removed, so "单选题", "单 选" and "Ｓｉｎｇｌｅ Choice" are all found.
"""

from __future__ import annotations

import re
import unicodedata

#: "choice" is a single or multiple question, decided by how many letters the answer has
KIND_WORDS: dict[str, str] = {}
for _kind, _words in {
    "single": "单选 单选题 单项选择 单项选择题 单择题 single singlechoice singleanswer radio sc",
    "multiple": "多选 多选题 多项选择 多项选择题 不定项 不定项选择 不定项选择题 multiple multiplechoices "
    "multipleanswer multipleanswers multipleresponse multiselect checkbox checkboxes mc ma",
    "choice": "选择 选择题 choice multiplechoice quiz",
    "truefalse": "判断 判断题 是非 是非题 对错 对错题 truefalse tf trueorfalse boolean",
    "fill": "填空 填空题 fill fillin fillintheblank fillintheblanks blank shortanswer",
    "open": "简答 简答题 问答 问答题 论述 论述题 主观 主观题 open openended essay",
}.items():
    for _word in _words.split():
        KIND_WORDS[_word] = _kind

#: kinds other tools have that this app does not, with the code of the reason shown when they are skipped
UNSUPPORTED_KINDS = {
    "poll": "skip.poll",
    "投票": "skip.poll",
    "draw": "skip.draw",
    "match": "skip.matching",
    "matching": "skip.matching",
    "连线": "skip.matching",
    "连线题": "skip.matching",
    "匹配题": "skip.matching",
    "reorder": "skip.ordering",
    "排序": "skip.ordering",
    "排序题": "skip.ordering",
    "slide": "skip.slide",
    "description": "skip.description",
}

TRUE_WORDS = {"对", "正确", "是", "√", "✓", "✔", "t", "true", "yes", "y", "right", "correct", "1", "对的"}
FALSE_WORDS = {
    "错",
    "错误",
    "否",
    "×",
    "✗",
    "✘",
    "x",
    "f",
    "false",
    "no",
    "n",
    "wrong",
    "incorrect",
    "0",
    "错的",
}

DIFFICULTY_WORDS = {
    "易": 1, "容易": 1, "简单": 1, "低": 1, "初级": 1, "easy": 1, "low": 1,
    "中": 2, "中等": 2, "一般": 2, "适中": 2, "普通": 2, "中级": 2, "medium": 2, "normal": 2, "moderate": 2,
    "难": 3, "困难": 3, "较难": 3, "高": 3, "高级": 3, "hard": 3, "difficult": 3, "high": 3,
}  # fmt: skip
DEFAULT_DIFFICULTY = 2

_DROP = re.compile(r"[\s\W_]+", re.UNICODE)
#: separators between answer letters: A,B  A、B  A，B  A B  A;B  A/B
LETTER_SEPARATORS = re.compile(r"[\s,，、;；/|]+")
#: separators between tags
TAG_SEPARATORS = re.compile(r"[,，、;；|/\n]+")


def fold(text: str) -> str:
    """Text reduced for comparing words: NFKC, case folded, without spaces and punctuation."""
    return _DROP.sub("", unicodedata.normalize("NFKC", text).casefold())


def answer_letters(answer: str) -> list[str] | None:
    """``"A,C"``, ``"AC"``, ``"A、C"``, ``"ａ，ｃ"`` → ``["A", "C"]``; None if it is not only letters."""
    compact = LETTER_SEPARATORS.sub("", unicodedata.normalize("NFKC", answer)).upper()
    if compact and compact.isascii() and compact.isalpha():
        return list(compact)
    return None


def truth_of(word: str) -> bool | None:
    folded = unicodedata.normalize("NFKC", word).strip().casefold().rstrip("。.!！")
    if folded in TRUE_WORDS:
        return True
    if folded in FALSE_WORDS:
        return False
    return None


def split_tags(text: str) -> list[str]:
    return [t.strip() for t in TAG_SEPARATORS.split(text) if t.strip()]
