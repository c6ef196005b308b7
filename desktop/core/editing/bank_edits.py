"""The editor's changes to a bank, each a pure function from one draft to the next (so undo only has
to keep the draft before). Options move with their "correct" mark; new ids never clash. Pure Python."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from desktop.core.bank_model import CHOICE_KINDS, MAX_OPTIONS, MIN_OPTIONS, MIN_POINTS
from desktop.core.editing.bank_draft import EMPTY, BankDraft, Pair, QuestionDraft

_NUMBERED = re.compile(r"^(.*?)(\d+)$")


def next_question_id(draft: BankDraft) -> str:
    """An id in the bank's own pattern (``com-017`` after ``com-016``) that no question has."""
    used = {q.id for q in draft.questions}
    prefix, width, number = draft.id.replace("_", "-") + "-", 3, 0
    for q in draft.questions:
        match = _NUMBERED.match(q.id)
        if match:
            prefix, width = match.group(1), len(match.group(2))
            number = max(number, int(match.group(2)))
    number += 1
    while f"{prefix}{number:0{width}d}" in used:
        number += 1
    return f"{prefix}{number:0{width}d}"


def blank_question(draft: BankDraft, kind: str, tags: Iterable[str] = ()) -> QuestionDraft:
    """A new question of ``kind``: empty texts (reported until written), two options for a choice,
    two scoring points for an open question, the tags given (e.g. the filter in use)."""
    question = QuestionDraft(id=next_question_id(draft), kind=kind, tags=tuple(tags))
    return with_kind(question, kind)


def with_kind(question: QuestionDraft, kind: str) -> QuestionDraft:
    """``question`` as a ``kind`` question: what the other kind had stays (switching back restores it);
    a choice gets at least two option rows and an open question two scoring points to fill in."""
    options, points = question.options, question.points
    if kind in CHOICE_KINDS and len(options) < MIN_OPTIONS:
        options = options + (EMPTY,) * (MIN_OPTIONS - len(options))
    if kind == "open" and len(points) < MIN_POINTS:
        points = points + (EMPTY,) * (MIN_POINTS - len(points))
    correct = question.correct
    if kind == "single" and len(correct) > 1:
        correct = frozenset({min(correct)})
    return dataclasses.replace(question, kind=kind, options=options, points=points, correct=correct)


def add_question(draft: BankDraft, question: QuestionDraft, at: int | None = None) -> BankDraft:
    questions = list(draft.questions)
    questions.insert(len(questions) if at is None else at, question)
    return dataclasses.replace(draft, questions=tuple(questions))


def duplicate_question(draft: BankDraft, index: int) -> BankDraft:
    """A copy of question ``index`` right after it, with a new id."""
    copy = dataclasses.replace(draft.questions[index], id=next_question_id(draft))
    return add_question(draft, copy, index + 1)


def delete_question(draft: BankDraft, index: int) -> BankDraft:
    questions = list(draft.questions)
    del questions[index]
    return dataclasses.replace(draft, questions=tuple(questions))


def move_question(draft: BankDraft, index: int, to: int) -> BankDraft:
    questions = list(draft.questions)
    questions.insert(to, questions.pop(index))
    return dataclasses.replace(draft, questions=tuple(questions))


def _moved_index(i: int, index: int, to: int) -> int:
    """Where item ``i`` ends up when item ``index`` is moved to ``to``."""
    if i == index:
        return to
    if index < i <= to:
        return i - 1
    if to <= i < index:
        return i + 1
    return i


def move_option(question: QuestionDraft, index: int, to: int) -> QuestionDraft:
    """Option ``index`` moved to ``to``; the correct answer follows its option, not its letter."""
    options = list(question.options)
    options.insert(to, options.pop(index))
    correct = frozenset(_moved_index(i, index, to) for i in question.correct)
    return dataclasses.replace(question, options=tuple(options), correct=correct)


def add_option(question: QuestionDraft) -> QuestionDraft:
    if len(question.options) >= MAX_OPTIONS:
        return question
    return dataclasses.replace(question, options=question.options + (EMPTY,))


def remove_option(question: QuestionDraft, index: int) -> QuestionDraft:
    """Option ``index`` gone; the options after it move up a letter and keep their marks."""
    options = question.options[:index] + question.options[index + 1 :]
    correct = frozenset(i - (i > index) for i in question.correct if i != index)
    return dataclasses.replace(question, options=options, correct=correct)


def set_correct(question: QuestionDraft, index: int, correct: bool) -> QuestionDraft:
    """Mark option ``index`` right or wrong; a single question has one right option, so marking one
    clears the other."""
    if question.kind == "single":
        marks = frozenset({index}) if correct else question.correct - {index}
    else:
        marks = question.correct | {index} if correct else question.correct - {index}
    return dataclasses.replace(question, correct=marks)


def replace_at(items: tuple[Pair, ...], index: int, value: Pair) -> tuple[Pair, ...]:
    return items[:index] + (value,) + items[index + 1 :]


def split_tags(text: str) -> tuple[str, ...]:
    """Tags typed in one line, separated by commas (either width), 、 or semicolons."""
    return tuple(t.strip() for t in re.split(r"[,，、;；]", text) if t.strip())


def copy_for_editing(draft: BankDraft, used_ids: Iterable[str], folder: str) -> BankDraft:
    """A trainer's own copy of a (built-in) bank: a free id, "(copy)" in the title, a file in ``folder``,
    not yet written (version 0: its first save writes version 1). Question ids stay: they are only unique within a bank."""
    used = set(used_ids)
    ident, n = f"{draft.id}_copy", 1
    while ident in used:
        n += 1
        ident = f"{draft.id}_copy{n}"
    zh, en = draft.title
    return dataclasses.replace(
        draft,
        id=ident,
        version=0,
        title=(f"{zh}（副本）", f"{en} (copy)" if en else ""),
        file=f"{folder}/{ident}.yaml",
        built_in=False,
    )
