"""Moodle GIFT: categories, names, choice (with % weights), true/false, short answer, numeric,
matching, missing word, essay and description, escapes, comments, per-answer and general feedback.

Kinds the app has no question kind for (matching, essay, description, numeric ranges) become
skipped drafts with the reason. Pure Python; line numbers are the question's first line.
"""

from __future__ import annotations

import re

from desktop.core.bank_model import LETTERS, MAX_TAG_CHARS
from desktop.core.importing.model import Draft, Problem
from desktop.core.messages import Message, Phrase

_ESCAPED = "~=#{}:\\"
_FORMAT = re.compile(r"^\[(moodle|html|plain|markdown)\]\s*", re.IGNORECASE)
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")
_TAG = re.compile(r"<[^>]+>")
_NUMBER = r"-?\d+(?:\.\d+)?"


def _find(text: str, token: str, start: int = 0) -> int:
    """Index of ``token`` in ``text`` from ``start``, not preceded by an escaping backslash; -1 if none."""
    i = start
    while i <= len(text) - len(token):
        if text[i] == "\\":
            i += 2
            continue
        if text.startswith(token, i):
            return i
        i += 1
    return -1


def _split_unescaped(text: str, marks: str) -> list[tuple[str, str]]:
    """Split an answer block into (mark, body) at each unescaped mark character."""
    items: list[tuple[str, str]] = []
    mark, body, i = "", [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            body.append(text[i : i + 2])
            i += 2
            continue
        if ch in marks:
            if mark or "".join(body).strip():
                items.append((mark, "".join(body)))
            mark, body = ch, []
        else:
            body.append(ch)
        i += 1
    if mark or "".join(body).strip():
        items.append((mark, "".join(body)))
    return items


def unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append("\n" if nxt == "n" else nxt if nxt in _ESCAPED else text[i : i + 2])
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def _clean(text: str, html: bool) -> str:
    text = unescape(text.strip())
    return _TAG.sub("", text).strip() if html else text


def _feedback(body: str) -> tuple[str, str]:
    at = _find(body, "#")
    return (body, "") if at < 0 else (body[:at], body[at + 1 :])


def parse_gift(text: str, file: str) -> list[Draft]:
    drafts: list[Draft] = []
    category = ""
    for line, block in _blocks(text):
        if block.lstrip().startswith("$CATEGORY:"):
            first, _, rest = block.lstrip().partition("\n")
            category = first.partition(":")[2].strip().strip("/").split("/")[-1].strip()
            if not rest.strip():
                continue
            block, line = rest, line + 1
        draft = _question(line, block, file)
        if category and not draft.tags:
            draft.tags = [category[:MAX_TAG_CHARS]]
        drafts.append(draft)
    return drafts


def _blocks(text: str) -> list[tuple[int, str]]:
    """Questions are separated by blank lines; ``//`` comment lines are dropped (line numbers kept)."""
    blocks: list[tuple[int, str]] = []
    start, lines = 0, list[str]()
    for number, raw in enumerate(text.splitlines(), start=1):
        if raw.lstrip().startswith("//"):
            continue
        if raw.strip():
            if not lines:
                start = number
            lines.append(raw)
        elif lines:
            blocks.append((start, "\n".join(lines)))
            lines = []
    if lines:
        blocks.append((start, "\n".join(lines)))
    return blocks


_MARKDOWN_EMPHASIS = re.compile(r"(\*\*|\*)(?=\S)(.+?)(?<=\S)\1")


def _with_blank(before: str, after: str) -> str:
    """A missing-word question's text with ____ for its answer: spaced between Latin words
    ("costs ____ to"), not inside Chinese ("先处理____，再")."""
    left, right = before.rstrip(), after.lstrip()

    def spaced(ch: str) -> str:
        return " " if ch.isascii() and ch.isalnum() else ""

    return f"{left}{spaced(left[-1]) if left else ''}____{spaced(right[0])}{right}"


def _question(line: int, block: str, file: str) -> Draft:
    draft = Draft(line)
    body = block.strip()
    if body.startswith("::"):
        end = _find(body, "::", 2)
        if end > 0:
            body = body[end + 2 :].strip()
    html = bool(re.match(r"^\[html\]", body, re.IGNORECASE))
    markdown = bool(re.match(r"^\[markdown\]", body, re.IGNORECASE))
    body = _FORMAT.sub("", body)
    open_at = _find(body, "{")
    if open_at < 0:
        draft.text = _clean(body, html)
        draft.kind_word = Phrase("description", "说明文字")
        draft.skip = Message("import.skip", word=draft.kind_word, reason=Message("skip.no_answers"))
        return draft
    close_at = _find(body, "}", open_at + 1)
    if close_at < 0:
        draft.text = _clean(body[:open_at], html)
        draft.broken = True
        draft.problems.append(Problem(file, line, "answer", Message("import.brace_open")))
        return draft
    before, answers, after = body[:open_at], body[open_at + 1 : close_at].strip(), body[close_at + 1 :]
    draft.text = _clean(_with_blank(before, after) if after.strip() else before.rstrip(), html)
    if markdown:
        draft.text = _MARKDOWN_EMPHASIS.sub(r"\2", draft.text)
    general = _find(answers, "####")
    if general >= 0:
        draft.explanation = _clean(answers[general + 4 :], html)
        answers = answers[:general].strip()
    _answers(draft, answers, html)
    return draft


def _answers(draft: Draft, answers: str, html: bool) -> None:
    if not answers:
        draft.kind_word = Phrase("essay", "问答题")
        draft.skip = Message("import.skip", word=draft.kind_word, reason=Message("skip.essay"))
        return
    if answers.startswith("#"):
        _numeric(draft, answers[1:])
        return
    head, feedback = _feedback(answers)
    if head.strip().upper() in ("T", "TRUE", "F", "FALSE"):
        draft.kind = "truefalse"
        draft.answer = "true" if head.strip().upper().startswith("T") else "false"
        _explain(draft, [_clean(f, html) for f in feedback.split("#")] if feedback else [])
        return
    items = _split_unescaped(answers, "=~")
    if any(mark == "=" and _find(body, "->") >= 0 for mark, body in items):
        draft.kind_word = Phrase("matching", "连线题")
        draft.skip = Message("import.skip", word=draft.kind_word, reason=Message("skip.matching"))
        return
    parsed = []
    for mark, item in items:
        weight_match = _WEIGHT.match(item.strip())
        weight = float(weight_match[1]) if weight_match else None
        text, note = _feedback(item.strip()[weight_match.end() :] if weight_match else item)
        parsed.append((mark, weight, _clean(text, html), _clean(note, html)))
    if all(mark == "=" for mark, *_ in parsed):
        full = [text for _m, weight, text, _n in parsed if weight is None or weight >= 100]
        draft.kind = "fill"
        draft.answer = "|".join(full)
        _explain(draft, [note for *_x, note in parsed if note])
        return
    draft.options = [text for _m, _w, text, _n in parsed]
    draft.correct = [i for i, (mark, weight, _t, _n) in enumerate(parsed) if mark == "=" or (weight or 0) > 0]
    single = len(draft.correct) == 1 and (parsed[draft.correct[0]][1] in (None, 100))
    draft.kind = "single" if single else "multiple"
    _explain(
        draft, [f"{LETTERS[i] if i < len(LETTERS) else i + 1}: {n}" for i, (*_x, n) in enumerate(parsed) if n]
    )


def _numeric(draft: Draft, body: str) -> None:
    items = _split_unescaped(body, "=") if "=" in body else [("", body)]
    values, notes = [], []
    for _mark, item in items:
        weight_match = _WEIGHT.match(item.strip())
        text, note = _feedback(item.strip()[weight_match.end() :] if weight_match else item.strip())
        text = text.strip()
        if note:
            notes.append(unescape(note.strip()))
        exact = re.fullmatch(rf"({_NUMBER})(?::0+(?:\.0+)?)?", text)
        if exact is None:
            shown = text if re.fullmatch(rf"{_NUMBER}(:{_NUMBER}|\.\.{_NUMBER})", text) else f"'{text}'"
            draft.kind_word = Phrase("numeric", "数值题")
            draft.skip = Message("import.skip_numeric", shown=shown)
            return
        values.append(exact[1])
    draft.kind = "fill"
    draft.answer = "|".join(values)
    _explain(draft, notes)


def _explain(draft: Draft, notes: list[str]) -> None:
    parts = [n for n in [draft.explanation, *notes] if n]
    draft.explanation = "\n".join(parts)
