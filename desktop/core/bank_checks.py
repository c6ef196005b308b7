"""Validating a parsed bank file, field by field, collecting every problem with its line (through
``bank_checker.BankChecker``). Pure Python."""

from __future__ import annotations

import difflib
import re
from typing import Any

from desktop.core.bank_checker import BankChecker
from desktop.core.bank_model import (
    CHOICE_KINDS,
    FACT_ID,
    HEADER_OPTIONAL,
    HEADER_REQUIRED,
    KINDS,
    LETTERS,
    MAX_OPTIONS,
    MAX_POINTS,
    MAX_QUESTIONS,
    MAX_TAG_CHARS,
    MAX_TAGS,
    MIN_OPTIONS,
    MIN_POINTS,
    MIN_TAGS,
    QUESTION_ID,
    QUESTION_OPTIONAL,
    QUESTION_REQUIRED,
    Answer,
    Kind,
    Question,
    normalise_answer,
)
from desktop.core.localtext import LocalText
from desktop.core.messages import Message
from desktop.core.sources import parse_source
from desktop.core.textrules import shown
from desktop.core.validate import IDENTIFIER, type_name
from desktop.core.yamldoc import PathKey


def _parse_header(check: BankChecker, value: Any) -> tuple[str, int, LocalText, str | None] | None:
    header = check.want_mapping(("bank",), value, HEADER_REQUIRED, HEADER_OPTIONAL)
    if header is None:
        return None
    ident = (
        _parse_id(check, ("bank", "id"), header["id"], IDENTIFIER, "what.bank_id", "satisfaction")
        if "id" in header
        else None
    )
    version = check.want_int(("bank", "version"), header["version"], 1) if "version" in header else None
    title = check.want_text(("bank", "title"), header["title"]) if "title" in header else None
    source = check.want_str(("bank", "source"), header["source"]) if "source" in header else None
    if ident is None or version is None or title is None or ("source" in header and source is None):
        return None
    return ident, version, title, source.strip() if source else None


def _parse_questions(check: BankChecker, value: Any) -> tuple[Question, ...]:
    if isinstance(value, list) and not value:
        check.fail(("questions",), Message("bank.no_questions"))
        return ()
    raw = check.want_list(("questions",), value, 1, MAX_QUESTIONS)
    out: list[Question] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(raw or []):
        path: PathKey = ("questions", index)
        question = _parse_question(check, path, entry)
        # Duplicates are checked on the raw id so they are reported even when a question has other errors.
        ident = entry.get("id") if isinstance(entry, dict) else None
        if isinstance(ident, str) and QUESTION_ID.fullmatch(ident):
            if ident in seen:
                check.fail((*path, "id"), Message("bank.id_used", id=ident, line=seen[ident]))
                continue
            seen[ident] = check.doc.line((*path, "id"))
        if question is not None:
            out.append(question)
    return tuple(out)


def _parse_question(check: BankChecker, path: PathKey, entry: Any) -> Question | None:
    mapping = check.want_mapping(path, entry, QUESTION_REQUIRED, QUESTION_OPTIONAL)
    if mapping is None:
        return None
    errors_before = len(check.errors)

    ident = (
        _parse_id(check, (*path, "id"), mapping["id"], QUESTION_ID, "what.question_id", "sat-001")
        if "id" in mapping
        else None
    )
    kind = _parse_kind(check, (*path, "kind"), mapping["kind"]) if "kind" in mapping else None
    text = check.want_text((*path, "text"), mapping["text"]) if "text" in mapping else None

    options: tuple[LocalText, ...] = ()
    option_count: int | None = None
    if "options" in mapping:
        if kind is not None and kind not in CHOICE_KINDS:
            check.fail((*path, "options"), Message("bank.options_not_allowed", kind=kind))
        else:
            options, option_count = _parse_options(check, (*path, "options"), mapping["options"])
    elif kind in CHOICE_KINDS:
        check.fail(
            (*path, "options"),
            Message("bank.options_missing", kind=kind, least=MIN_OPTIONS, most=MAX_OPTIONS),
        )

    answer = (
        _parse_answer(check, (*path, "answer"), mapping["answer"], kind, option_count)
        if "answer" in mapping
        else None
    )

    accept: tuple[str, ...] = ()
    if "accept" in mapping:
        if kind is not None and kind != "fill":
            check.fail((*path, "accept"), Message("bank.accept_not_allowed", kind=kind))
        else:
            accept = _parse_accept(check, (*path, "accept"), mapping["accept"], answer)

    points: tuple[LocalText, ...] = ()
    if "points" in mapping:
        if kind is not None and kind != "open":
            check.fail((*path, "points"), Message("bank.points_not_allowed", kind=kind))
        else:
            points = _parse_points(check, (*path, "points"), mapping["points"])
    elif kind == "open":
        check.fail((*path, "points"), Message("bank.points_missing", least=MIN_POINTS, most=MAX_POINTS))

    explanation = (
        check.want_text((*path, "explanation"), mapping["explanation"]) if "explanation" in mapping else None
    )
    tags = _parse_tags(check, (*path, "tags"), mapping["tags"]) if "tags" in mapping else ()
    difficulty = (
        check.want_int((*path, "difficulty"), mapping["difficulty"], 1, 3)
        if "difficulty" in mapping
        else None
    )

    source = parse_source(check, (*path, "source"), mapping["source"]) if "source" in mapping else None
    same_fact = (
        _parse_id(
            check, (*path, "same_fact"), mapping["same_fact"], FACT_ID, "what.fact_name", "staff-indifference"
        )
        if "same_fact" in mapping
        else None
    )

    image = check.want_image((*path, "image"), mapping["image"]) if "image" in mapping else None

    if len(check.errors) > errors_before or ident is None or kind is None or text is None:
        return None
    if answer is None or difficulty is None:
        return None
    return Question(
        ident, kind, text, options, answer, accept, points, explanation, tags, difficulty, source, same_fact,
        image,
    )  # fmt: skip


def _parse_id(
    check: BankChecker, path: PathKey, value: Any, pattern: re.Pattern[str], what: str, example: str
) -> str | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        if pattern is IDENTIFIER:
            check.fail(path, Message("bank.id_is_number", what=Message(what), example=example))
        else:
            check.fail(path, Message("bank.id_number_quotes", value=value))
        return None
    ident = check.want_str(path, value)
    if ident is None:
        return None
    if not pattern.fullmatch(ident):
        code = "bank.id_pattern" if pattern is IDENTIFIER else "bank.id_pattern_dash"
        check.fail(path, Message(code, value=shown(ident), what=Message(what), example=example))
        return None
    return ident


def _parse_kind(check: BankChecker, path: PathKey, value: Any) -> Kind | None:
    if not isinstance(value, str):
        check.fail(path, Message("form.one_of", choices=", ".join(KINDS), found=type_name(value)))
        return None
    for kind in KINDS:
        if value == kind:
            return kind
    close = difflib.get_close_matches(value.strip().lower(), KINDS, n=1, cutoff=0.5)
    if close:
        check.fail(path, Message("bank.kind_close", kind=shown(value), close=close[0]))
    else:
        check.fail(path, Message("bank.kind_unknown", kind=shown(value), kinds=", ".join(KINDS)))
    return None


def _parse_options(check: BankChecker, path: PathKey, value: Any) -> tuple[tuple[LocalText, ...], int | None]:
    if isinstance(value, list) and not MIN_OPTIONS <= len(value) <= MAX_OPTIONS:
        check.fail(
            path,
            Message(
                "bank.option_count_one" if len(value) == 1 else "bank.option_count",
                count=len(value),
                least=MIN_OPTIONS,
                most=MAX_OPTIONS,
                last=LETTERS[-1],
            ),
        )
        return (), None
    raw = check.want_list(path, value, MIN_OPTIONS, MAX_OPTIONS)
    if raw is None:
        return (), None
    options: list[LocalText] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(raw):
        option = check.want_text((*path, index), entry)
        if option is None:
            continue
        key = normalise_answer(option.zh_CN)
        if key in seen:
            check.fail(
                (*path, index),
                Message("bank.option_repeated", letter=LETTERS[index], first=LETTERS[seen[key]]),
            )
        seen.setdefault(key, index)
        options.append(option)
    # The count is known even when an option's text is bad, so answer letters can still be checked.
    return tuple(options), len(raw)


def _parse_answer(
    check: BankChecker, path: PathKey, value: Any, kind: Kind | None, option_count: int | None
) -> Answer | None:
    if kind is None:
        return None
    if kind == "single":
        if isinstance(value, list):
            if len(value) == 1:
                check.fail(path, Message("bank.single_in_brackets", letter=shown(value[0])))
            else:
                check.fail(path, Message("bank.single_several", found=len(value)))
            return None
        if isinstance(value, str) and re.fullmatch(r"[A-Za-z](\s*[,，、/ ]?\s*[A-Za-z])+", value.strip()):
            check.fail(path, Message("bank.single_letters", found=shown(value)))
            return None
        index = check.want_letter(path, value, option_count)
        return None if index is None else frozenset({index})
    if kind == "multiple":
        if not isinstance(value, list):
            found = f"'{shown(value)}'" if isinstance(value, str) else type_name(value)
            check.fail(path, Message("bank.letters_list", found=found))
            return None
        indices: set[int] = set()
        ok = True
        for i, item in enumerate(value):
            index = check.want_letter((*path, i), item, option_count)
            if index is None:
                ok = False
            elif index in indices:
                check.fail((*path, i), Message("bank.letter_twice", letter=LETTERS[index]))
                ok = False
            else:
                indices.add(index)
        if ok and len(indices) < 2:
            check.fail(path, Message("bank.multiple_too_few", found=len(indices)))
            return None
        return frozenset(indices) if ok else None
    if kind == "truefalse":
        if isinstance(value, str) and value.strip().lower() in ("true", "false", "yes", "no"):
            check.fail(path, Message("bank.bool_quoted", found=shown(value)))
            return None
        return check.want_bool(path, value)
    return check.want_text(path, value)  # fill and open: the reference answer


def _parse_accept(check: BankChecker, path: PathKey, value: Any, answer: Answer | None) -> tuple[str, ...]:
    if isinstance(value, str):
        check.fail(path, Message("bank.accept_text", value=shown(value)))
        return ()
    raw = check.want_list(path, value, 1)
    out: list[str] = []
    known = (
        {normalise_answer(s) for s in (answer.zh_CN, answer.en or "")}
        if isinstance(answer, LocalText)
        else set()
    )
    for index, entry in enumerate(raw or []):
        if isinstance(entry, int | float) and not isinstance(entry, bool):
            check.fail((*path, index), Message("bank.accept_number", value=entry))
            continue
        text = check.want_str((*path, index), entry)
        if text is None:
            continue
        key = normalise_answer(text)
        if key in known:
            check.fail((*path, index), Message("bank.accept_twice", value=shown(text)))
            continue
        known.add(key)
        out.append(text.strip())
    return tuple(out)


def _parse_points(check: BankChecker, path: PathKey, value: Any) -> tuple[LocalText, ...]:
    if isinstance(value, list) and not MIN_POINTS <= len(value) <= MAX_POINTS:
        check.fail(
            path,
            Message(
                "bank.point_count_one" if len(value) == 1 else "bank.point_count",
                count=len(value),
                least=MIN_POINTS,
                most=MAX_POINTS,
            ),
        )
        return ()
    raw = check.want_list(path, value, MIN_POINTS, MAX_POINTS)
    points = [check.want_text((*path, i), entry) for i, entry in enumerate(raw or [])]
    return tuple(p for p in points if p is not None)


def _parse_tags(check: BankChecker, path: PathKey, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        check.fail(path, Message("bank.tags_text", value=shown(value)))
        return ()
    if isinstance(value, list) and not MIN_TAGS <= len(value) <= MAX_TAGS:
        check.fail(
            path,
            Message(
                "bank.tag_count_one" if len(value) == 1 else "bank.tag_count",
                count=len(value),
                least=MIN_TAGS,
                most=MAX_TAGS,
            ),
        )
        return ()
    raw = check.want_list(path, value, MIN_TAGS, MAX_TAGS)
    tags: list[str] = []
    for index, entry in enumerate(raw or []):
        tag = check.want_str((*path, index), entry)
        if tag is None:
            continue
        tag = tag.strip()
        if len(tag) > MAX_TAG_CHARS:
            check.fail((*path, index), Message("bank.tag_long", length=len(tag), most=MAX_TAG_CHARS))
        elif tag in tags:
            check.fail((*path, index), Message("bank.tag_twice", tag=shown(tag)))
        else:
            tags.append(tag)
    return tuple(tags)
