"""Which pictures a trainer's deleted bank leaves unused. Pure Python (reads the folder's files; no Qt).

A question's picture is a file beside its bank (``images/queue.png``, relative to the bank file's
folder). Deleting a bank sets its file aside; its pictures go with it, but only those nothing else
shows: another bank file in the same folder may name the same picture (a duplicated bank, a bank
whose file does not load today and is mended later), and a PK session already played keeps a copy of
its questions that still points at the picture (resume, console, stage and exports show it). When
in doubt (a bank file that cannot be read) a picture stays.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from desktop.core.bank_model import Bank
from desktop.core.banks import bank_paths
from desktop.core.pk.question_copies import COPIES_KEY
from desktop.core.question_images import image_name_problem


def _picture(folder: str | Path, name: str) -> Path:
    """One picture's file, spelled one way whatever the folder's spelling (``a/./b``, a link)."""
    return Path(os.path.realpath(Path(folder) / name))


def pictures_in_sessions(setups: Iterable[Mapping[str, Any]]) -> set[Path]:
    """The picture files the questions copied into past PK sessions point at."""
    used: set[Path] = set()
    for setup in setups:
        copies = setup.get(COPIES_KEY)
        for copy in copies if isinstance(copies, list) else ():
            folder = copy.get("folder") if isinstance(copy, dict) else None
            if not isinstance(folder, str) or not folder:
                continue
            for question in copy.get("questions") or ():
                name = question.get("image") if isinstance(question, dict) else None
                if isinstance(name, str) and name:
                    used.add(_picture(folder, name))
    return used


def unused_pictures(bank: Bank, in_sessions: set[Path]) -> list[Path]:
    """The picture files of ``bank`` that no other bank file of its folder names and no past session's
    copied questions show (``in_sessions``, see ``pictures_in_sessions``): the ones to set aside with it.
    Only files that exist, inside the bank's folder, each once, in the bank's order."""
    if not bank.folder or not bank.file:
        return []
    folder = Path(os.path.realpath(bank.folder))
    own = Path(os.path.realpath(bank.file))
    candidates: dict[Path, str] = {}
    for question in bank.questions:
        name = question.image
        if name and image_name_problem(name) is None:
            path = _picture(folder, name)
            if path.is_file() and folder in path.parents and path not in in_sessions:
                candidates.setdefault(path, name)
    if not candidates:
        return []
    for other in bank_paths(folder):
        if Path(os.path.realpath(other)) == own:
            continue
        try:
            text = other.read_text(encoding="utf-8-sig", errors="replace")
        except OSError:
            return []  # a bank file that cannot be read may name any of them: keep them all
        # A name in another file (even in a question's text) keeps the picture: never one still used.
        candidates = {path: name for path, name in candidates.items() if name not in text}
    return list(candidates)
