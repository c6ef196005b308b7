"""Aiken (Moodle's simplest format): a question, options ``A.`` or ``A)``, then ``ANSWER: B``."""

from __future__ import annotations

import re

from desktop.core.importing.model import Draft, Problem
from desktop.core.messages import Message

_OPTION = re.compile(r"^\s*([A-Z])\s*[.)]\s+(.*)$")
_ANSWER = re.compile(r"^\s*ANSWER\s*:\s*(.*)$", re.IGNORECASE)


def looks_like_aiken(text: str) -> bool:
    return bool(re.search(r"^\s*ANSWER\s*:\s*[A-Z]\s*$", text, re.MULTILINE))


def parse_aiken(text: str, file: str) -> list[Draft]:
    drafts: list[Draft] = []
    current: Draft | None = None
    closed = False  # the current question's ANSWER line was read
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        answer = _ANSWER.match(line)
        option = _OPTION.match(line)
        if current is None or (closed and not answer):
            if current is not None:
                drafts.append(current)
            current = Draft(number, text=line.strip(), kind="single", columns={"answer": "ANSWER"})
            closed = False
            continue
        if answer:
            if closed:
                current.problems.append(Problem(file, number, "ANSWER", Message("import.second_answer")))
            current.answer, closed = answer[1].strip(), True
            if not current.options:
                current.problems.append(Problem(file, number, "ANSWER", Message("import.answer_first")))
        elif option:
            expected = chr(ord("A") + len(current.options))
            if option[1] != expected:
                current.problems.append(
                    Problem(
                        file,
                        number,
                        "option",
                        Message("import.option_order", letter=option[1], expected=expected),
                    )
                )
            current.options.append(option[2].strip())
        elif current.options:
            current.options[-1] += "\n" + line.strip()
        else:
            current.text += "\n" + line.strip()
    if current is not None:
        drafts.append(current)
    return drafts
