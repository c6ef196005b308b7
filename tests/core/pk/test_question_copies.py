"""A PK session's questions are copied when it starts: the copy reads back as the same questions."""

from __future__ import annotations

import json

import pytest

from desktop.core.banks import load_bank_folders
from desktop.core.pk.question_copies import COPIES_KEY, CopiesError, catalog_from_copies, copy_questions
from desktop.core.quiz_selection import QuestionCatalog
from desktop.paths import quizzes_dir


def test_every_shipped_question_copies_and_reads_back_the_same_through_json():
    banks, errors = load_bank_folders(quizzes_dir(), None)
    assert errors == []
    catalog = QuestionCatalog(banks)
    refs = [f"{b.id}/{q.id}" for b in banks for q in b.questions]
    stored = json.loads(json.dumps({COPIES_KEY: copy_questions(catalog, refs)}, ensure_ascii=False))
    copied = catalog_from_copies(stored)
    assert copied is not None and len(copied) == len(catalog)
    for ref in refs:
        original, copy = catalog.get(ref), copied.get(ref)
        assert copy is not None
        assert copy.question == original.question
        assert (copy.bank.id, copy.bank.version, copy.bank.title) == (
            original.bank.id,
            original.bank.version,
            original.bank.title,
        )
        assert copy.bank.built_in and copy.bank.folder == original.bank.folder


def test_only_the_chosen_questions_are_copied_in_the_sessions_order():
    banks, _ = load_bank_folders(quizzes_dir(), None)
    catalog = QuestionCatalog(banks)
    refs = [f"{banks[1].id}/{banks[1].questions[3].id}", f"{banks[0].id}/{banks[0].questions[0].id}"]
    copies = copy_questions(catalog, refs + ["gone/q-1"])
    assert [c["bank"]["id"] for c in copies] == [banks[1].id, banks[0].id]
    assert [len(c["questions"]) for c in copies] == [1, 1]


def test_a_session_stored_before_copies_has_none_and_a_damaged_copy_is_named():
    assert catalog_from_copies({"question_ids": ["a/b"]}) is None
    with pytest.raises(CopiesError, match=r"session 7 question_copies\[0\].*questions"):
        catalog_from_copies(
            {COPIES_KEY: [{"bank": {"id": "x", "version": 1, "title": {"zh_CN": "x"}}}]}, "session 7"
        )
