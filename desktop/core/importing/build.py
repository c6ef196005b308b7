"""Drafts → preview rows: the kind decided, the answer read, then the same checks as ``check-content``."""

from __future__ import annotations

import re
from typing import Any

from desktop.core.bank_checker import BankChecker
from desktop.core.bank_checks import _parse_question
from desktop.core.bank_model import CHOICE_KINDS, LETTERS, MAX_TAG_CHARS, Question, normalise_answer
from desktop.core.importing.model import Draft, PreviewRow, Problem
from desktop.core.importing.words import (
    DEFAULT_DIFFICULTY,
    DIFFICULTY_WORDS,
    KIND_WORDS,
    UNSUPPORTED_KINDS,
    answer_letters,
    fold,
    truth_of,
)
from desktop.core.messages import Message
from desktop.core.textrules import shown
from desktop.core.yamldoc import YamlDocument

#: the id a question is checked under; real ids are given when the bank is written
CHECK_ID = "q-1"
_FIELD = re.compile(r"^questions\[0\]\.?")
_POINT_SEPARATORS = re.compile(r"\s*(?:\n|；|;)\s*")
#: "1. 倾听 2. 共情", "(1)倾听(2)共情", "①倾听②共情": a reference answer written as a numbered list
_NUMBER = r"(?:\d{1,2}\s*[.、．)）](?!\d)|[(（]\d{1,2}[)）])"
_ENUMERATOR = re.compile(rf"(?:(?:^|(?<=\s)|(?<=[。；;，,])){_NUMBER}|[①-⑩])\s*")
_LEADING_NUMBER = re.compile(rf"^\s*(?:{_NUMBER}|[①-⑩])\s*")


def reference_points(answer: str) -> list[str]:
    """The scoring points of an open question given only its reference answer (a 简答题 from an exam
    system or a 问卷星 list): one a line or ；-separated, else its numbered items, else its 、-separated
    items when there are 2–6 of them (a one-point answer stays one point, and the checks say so)."""
    points = [p for p in _POINT_SEPARATORS.split(answer) if p]
    if len(points) <= 1:
        numbered = _ENUMERATOR.split(answer)
        listed = [p.strip() for p in answer.strip().rstrip("。").split("、")]
        if len([p for p in numbered if p.strip()]) > 1 and not numbered[0].strip():
            points = numbered
        elif 2 <= len(listed) <= 6 and all(listed):
            points = listed
    # "（1）倾听；（2）共情": the numbers are not part of the points
    cleaned = [_LEADING_NUMBER.sub("", p).strip(" ，,；;。") for p in points]
    return [p for p in cleaned if p]


def _distinct_alternatives(answer: str, alternatives: list[str]) -> list[str]:
    """Alternatives that differ from the answer and each other as the app compares them (width, case,
    spaces, punctuation): a Moodle ``{=耐心 =耐 心}`` or ``{=Paris =paris}`` is one accepted answer, not
    an error."""
    seen, kept = {normalise_answer(answer)}, []
    for alternative in alternatives:
        key = normalise_answer(alternative)
        if key in seen:
            continue
        seen.add(key)
        kept.append(alternative)
    return kept


def default_tag(stem: str) -> str:
    """A tag for questions whose file gives none (a bank needs 1–5 tags a question): the file's name."""
    return stem.strip()[:MAX_TAG_CHARS] or "导入"


def build_rows(drafts: list[Draft], file: str, unit: str, tag: str) -> list[PreviewRow]:
    return [build_row(draft, file, unit, tag) for draft in drafts]


def build_row(draft: Draft, file: str, unit: str, tag: str) -> PreviewRow:
    problems = list(draft.problems)

    def fail(column: str, message: str) -> None:
        problems.append(Problem(file, draft.line, draft.column(column), message))

    kind = draft.kind
    skip = draft.skip
    if kind is None and draft.kind_word.strip() and skip is None:
        word = fold(draft.kind_word)
        if word in UNSUPPORTED_KINDS:
            skip = Message(
                "import.skip", word=draft.kind_word.strip(), reason=Message(UNSUPPORTED_KINDS[word])
            )
        elif word in KIND_WORDS:
            kind = KIND_WORDS[word]
        else:
            fail("kind", Message("import.unknown_type", word=shown(draft.kind_word.strip())))
    if draft.broken:
        return _row(draft, unit, draft.kind or draft.kind_word or "?", draft.answer, "error", problems, None)
    if skip is not None:
        return _row(draft, unit, kind or draft.kind_word or "?", "", "skipped", problems, None, skip)
    if problems and kind is None and draft.kind_word.strip():
        return _row(draft, unit, draft.kind_word, draft.answer, "error", problems, None)
    kind = _decide_kind(draft, kind)
    entry = _entry(draft, kind, tag, fail)
    question = _check(entry, draft, file, problems)
    status = "ok" if question is not None and not problems else "error"
    return _row(draft, unit, kind, _shown_answer(draft, entry), status, problems, question)


def _decide_kind(draft: Draft, kind: str | None) -> str:
    if kind in (None, "choice"):
        if draft.options or draft.correct is not None:
            count = (
                len(draft.correct) if draft.correct is not None else len(answer_letters(draft.answer) or "")
            )
            return "multiple" if count >= 2 else "single"
        if kind == "choice":
            return "single"
        return "truefalse" if truth_of(draft.answer) is not None else "fill"
    return kind


def _entry(draft: Draft, kind: str, tag: str, fail: Any) -> dict[str, Any]:
    """The question as a bank file would hold it, so the bank checks apply as they are (without an
    answer when it could not be read: that problem is already said)."""
    entry: dict[str, Any] = {
        "id": CHECK_ID,
        "kind": kind,
        "text": {"zh_CN": draft.text.strip()},
        "tags": draft.tags or [tag],
        "difficulty": _difficulty(draft, fail),
    }
    if draft.explanation.strip():
        entry["explanation"] = {"zh_CN": draft.explanation.strip()}
    answer = draft.answer.strip()
    if kind in CHOICE_KINDS:
        entry["options"] = [{"zh_CN": option.strip()} for option in draft.options]
        letters = _letters(draft, fail)
        if letters is None:
            return entry
        entry["answer"] = (
            (letters[0] if len(letters) == 1 else "".join(letters)) if kind == "single" else letters
        )
    elif kind == "truefalse":
        truth = _truth(draft, fail)
        if truth is not None:
            entry["answer"] = truth
    elif kind == "fill":
        variants = [v.strip() for v in answer.split("|") if v.strip()]
        if not variants:
            fail("answer", Message("import.missing_fill_answer"))
            return entry
        entry["answer"] = {"zh_CN": variants[0]}
        accept = _distinct_alternatives(variants[0], [*variants[1:], *draft.accept])
        if accept:
            entry["accept"] = accept
    elif kind == "open":
        points = draft.points or reference_points(answer)
        if not answer and not points:
            fail("answer", Message("import.missing_reference"))
            return entry
        entry["answer"] = {"zh_CN": answer or "；".join(points)}
        entry["points"] = [{"zh_CN": p} for p in points]
    return entry


def _letters(draft: Draft, fail: Any) -> list[str] | None:
    if draft.correct is not None:
        if not draft.correct:
            if not any(p.column == draft.column("answer") for p in draft.problems):  # said once is enough
                fail("answer", Message("import.no_correct_marked"))
            return None
        return [LETTERS[i] if i < len(LETTERS) else f"#{i + 1}" for i in sorted(set(draft.correct))]
    if not draft.answer.strip():
        fail("answer", Message("import.missing_letters"))
        return None
    letters = answer_letters(draft.answer)
    if letters is None:
        fail("answer", Message("import.letters_expected", found=shown(draft.answer.strip())))
    return letters


def _truth(draft: Draft, fail: Any) -> bool | None:
    if draft.correct is not None and len(draft.correct) == 1 and draft.correct[0] < len(draft.options):
        return truth_of(draft.options[draft.correct[0]])
    truth = truth_of(draft.answer)
    letters = answer_letters(draft.answer)
    if truth is None and letters and len(letters) == 1 and draft.options:
        index = LETTERS.find(letters[0])
        if 0 <= index < len(draft.options):
            truth = truth_of(draft.options[index])
    if truth is None:
        fail("answer", Message("import.true_false_expected", found=shown(draft.answer.strip())))
    return truth


def _difficulty(draft: Draft, fail: Any) -> Any:
    word = draft.difficulty.strip()
    if not word:
        return DEFAULT_DIFFICULTY
    folded = fold(word)
    if folded in DIFFICULTY_WORDS:
        return DIFFICULTY_WORDS[folded]
    if folded.isdigit() and len(folded) < 4:
        return int(folded)  # out of range → the bank check's message
    fail("difficulty", Message("import.bad_difficulty", word=shown(word)))
    return DEFAULT_DIFFICULTY


def _check(entry: dict[str, Any], draft: Draft, file: str, problems: list[Problem]) -> Question | None:
    check = BankChecker(YamlDocument(file, {"questions": [entry]}))
    question = _parse_question(check, ("questions", 0), entry)
    for error in check.errors:
        if "answer" not in entry and error.message == "missing required key 'answer'":
            continue
        field = _FIELD.sub("", error.field) or "(question)"
        head = re.split(r"[.\[]", field, maxsplit=1)[0]
        column = draft.columns.get(field) or draft.columns.get(head) or field
        problems.append(Problem(file, draft.line, column, error.message))
    return question


def _shown_answer(draft: Draft, entry: dict[str, Any]) -> str:
    if "answer" not in entry:
        return draft.answer.strip()
    answer = entry["answer"]
    if isinstance(answer, bool):
        return "对" if answer else "错"
    if isinstance(answer, list):
        return ",".join(answer)
    if isinstance(answer, dict):
        return " | ".join([answer["zh_CN"], *entry.get("accept", [])])
    return str(answer)


def _row(
    draft: Draft,
    unit: str,
    kind: str,
    answer: str,
    status: Any,
    problems: list[Problem],
    question: Question | None,
    reason: str = "",
) -> PreviewRow:
    return PreviewRow(
        draft.line,
        unit,
        draft.text.strip(),
        kind,
        tuple(o.strip() for o in draft.options),
        answer,
        draft.explanation.strip(),
        question.tags if question is not None else tuple(draft.tags),
        status,
        problems,
        question,
        reason,
    )
