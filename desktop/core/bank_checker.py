"""The checker of a bank file: ``Checker`` with the messages a bank author needs. Pure Python."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from desktop.core.bank_model import LETTERS
from desktop.core.localtext import LocalText
from desktop.core.messages import Message
from desktop.core.question_images import image_file_problem, image_name_problem
from desktop.core.textrules import shown
from desktop.core.validate import Checker, type_name
from desktop.core.yamldoc import PathKey, YamlDocument


class BankChecker(Checker):
    """``Checker`` with the messages a bank author needs (texts, option letters).

    ``folder`` is the bank file's folder, where question images are looked for; None checks only
    how an image is named (a bank parsed from text that is not yet a file).
    """

    def __init__(self, doc: YamlDocument, folder: Path | None = None):
        super().__init__(doc)
        self.folder = folder

    def want_image(self, path: PathKey, value: Any) -> str | None:
        name = self.want_str(path, value)
        if name is None:
            return None
        name = name.strip()
        problem = image_name_problem(name)
        if problem is None and self.folder is not None:
            problem = image_file_problem(self.folder, name)
        if problem is not None:
            self.fail(path, problem)
            return None
        return name

    def want_text(self, path: PathKey, value: Any, english_required: bool = False) -> LocalText | None:
        if not isinstance(value, dict):
            code = "bank.text_found_plain" if isinstance(value, str) else "bank.text_expected"
            self.fail(path, Message(code, found=type_name(value)))
            return None
        text = super().want_text(path, value, english_required)
        if text is None:
            return None
        return LocalText(text.zh_CN.strip(), text.en.strip() if text.en else None)

    def want_letter(self, path: PathKey, value: Any, option_count: int | None) -> int | None:
        """One option letter (A, B, …) that names an existing option; returns its index."""
        if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z]", value.strip()):
            found = f"'{shown(value)}'" if isinstance(value, str) else type_name(value)
            self.fail(path, Message("bank.letter_expected", found=found))
            return None
        letter = value.strip()
        if letter.islower():
            self.fail(path, Message("bank.letter_capital", letter=letter.upper()))
            return None
        index = LETTERS.find(letter)
        if option_count is not None and not 0 <= index < option_count:
            self.fail(path, Message("bank.answer_not_option", letter=letter, last=LETTERS[option_count - 1]))
            return None
        if index < 0:
            self.fail(path, Message("bank.answer_not_letter", letter=letter, last=LETTERS[-1]))
            return None
        return index
