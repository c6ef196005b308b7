"""The editor's pure side: drafts round-trip every shipped bank, options carry their "correct" mark
when moved, the live checks say what check-content says, and a save raises the version."""

from __future__ import annotations

import dataclasses

import pytest

from desktop.core.bank_model import Bank
from desktop.core.banks import load_bank_folders, parse_bank
from desktop.core.editing.bank_check import draft_problems, question_problems, save_text
from desktop.core.editing.bank_draft import BankDraft, QuestionDraft
from desktop.core.editing.bank_edits import (
    blank_question,
    copy_for_editing,
    delete_question,
    duplicate_question,
    move_option,
    move_question,
    next_question_id,
    remove_option,
    set_correct,
    split_tags,
    with_kind,
)
from desktop.core.importing.bank_file import bank_yaml
from desktop.core.yamldoc import parse_yaml
from desktop.paths import quizzes_dir

SHIPPED, _ = load_bank_folders(quizzes_dir(), None)


def reread(text: str) -> Bank:
    bank, errors = parse_bank(parse_yaml(text, "x.yaml"))
    assert errors == [] and bank is not None
    return bank


@pytest.mark.parametrize("bank", SHIPPED, ids=lambda b: b.id)
def test_every_shipped_bank_saves_unchanged_with_its_version_raised(bank):
    text, errors = save_text(BankDraft.from_bank(bank))
    assert errors == []
    again = reread(text)
    assert again.version == bank.version + 1
    assert again.questions == bank.questions
    assert (again.title, again.source) == (bank.title, bank.source)


def test_writing_a_bank_keeps_each_questions_source_and_same_fact():
    # An import into a trainer's copy of a shipped bank rewrites the file: the citations stay.
    bank = next(b for b in SHIPPED if any(q.same_fact for q in b.questions))
    again = reread(bank_yaml(bank.id, 2, bank.title, bank.source, list(bank.questions)))
    assert [(q.source, q.same_fact) for q in again.questions] == [
        (q.source, q.same_fact) for q in bank.questions
    ]


def choice(correct=frozenset({1})) -> QuestionDraft:
    return QuestionDraft(
        id="q-001",
        kind="single",
        text=("先处理什么？", "What first?"),
        options=(("心情", "Feelings"), ("事情", "Facts"), ("账单", "Bill")),
        correct=correct,
        tags=("安抚",),
    )


def test_moving_an_option_moves_its_correct_mark_not_the_letter():
    question = choice(frozenset({1}))  # B: 事情
    moved = move_option(question, 1, 0)
    assert moved.options[0] == ("事情", "Facts")
    assert moved.to_mapping()["answer"] == "A"
    down = move_option(question, 0, 2)  # 心情 to the end: 事情 becomes A
    assert down.to_mapping()["answer"] == "A"
    multi = dataclasses.replace(question, kind="multiple", correct=frozenset({0, 2}))
    assert move_option(multi, 2, 1).to_mapping()["answer"] == ["A", "B"]
    assert remove_option(multi, 1).to_mapping()["answer"] == ["A", "B"]
    assert remove_option(multi, 0).correct == frozenset({1})


def test_a_single_question_keeps_one_correct_option():
    question = set_correct(choice(frozenset({1})), 2, True)
    assert question.correct == frozenset({2})
    multiple = set_correct(dataclasses.replace(question, kind="multiple"), 0, True)
    assert multiple.correct == frozenset({0, 2})
    assert with_kind(multiple, "single").correct == frozenset({0})


def test_switching_kind_and_back_gives_the_options_back():
    question = choice()
    assert "options" not in with_kind(question, "fill").to_mapping()
    assert with_kind(with_kind(question, "fill"), "single") == question


def test_live_checks_say_what_check_content_says():
    file_text = """bank: {id: b, version: 1, title: {zh_CN: 题库}}
questions:
  - id: q-001
    kind: single
    text: {zh_CN: "   "}
    options: [{zh_CN: 心情}, {zh_CN: 心情}]
    answer: [A, B]
    tags: [安抚]
    difficulty: 1
"""
    _bank, errors = parse_bank(parse_yaml(file_text, "b.yaml"))
    draft = QuestionDraft(
        id="q-001", kind="single", text=("   ", ""), options=(("心情", ""), ("心情", "")),
        correct=frozenset({0, 1}), tags=("安抚",),
    )  # fmt: skip
    expected = sorted((e.field.removeprefix("questions[0]."), e.message) for e in errors)
    assert sorted(question_problems(draft)) == expected
    assert ("text.zh_CN", "must not be empty") in expected
    assert any("exactly one correct option" in m for _f, m in expected)


def test_a_blank_question_is_reported_until_written():
    draft = BankDraft.from_bank(SHIPPED[0])
    question = blank_question(draft, "open", tags=["x"])
    problems = dict(question_problems(question))
    assert problems["text.zh_CN"] == "must not be empty"
    assert "points[0].zh_CN" in problems
    written = dataclasses.replace(
        question, text=("问", ""), reference=("答", ""), points=(("一", ""), ("二", ""))
    )
    assert question_problems(written) == ()


def test_new_ids_follow_the_banks_pattern_and_never_clash():
    draft = BankDraft.from_bank(next(b for b in SHIPPED if b.id == "communication"))
    last = max(int(q.id.split("-")[1]) for q in draft.questions)
    ident = next_question_id(draft)
    assert ident == f"com-{last + 1:03d}"
    copied = duplicate_question(draft, 0)
    assert copied.questions[1].id == ident and copied.questions[1].text == draft.questions[0].text
    assert len({q.id for q in copied.questions}) == len(copied.questions)
    assert delete_question(copied, 1).questions == draft.questions
    assert move_question(draft, 0, 2).questions[2] == draft.questions[0]


def test_ids_used_twice_and_an_empty_bank_are_reported():
    draft = BankDraft.from_bank(SHIPPED[0])
    twice = draft.with_question(1, dataclasses.replace(draft.questions[1], id=draft.questions[0].id))
    problems = draft_problems(twice)
    assert problems.questions[1][-1] == (
        "id",
        f"question id '{draft.questions[0].id}' is already used by question 1",
    )
    empty = dataclasses.replace(draft, questions=())
    assert draft_problems(empty).bank == (("questions", "the bank has no questions"),)
    _text, errors = save_text(empty)
    assert [e.message for e in errors] == ["the bank has no questions"]


def test_a_copy_of_a_shipped_bank_is_the_trainers_own_at_version_one():
    bank = SHIPPED[0]
    copy = copy_for_editing(BankDraft.from_bank(bank), [bank.id, f"{bank.id}_copy"], "/data/content/quizzes")
    assert copy.id == f"{bank.id}_copy2" and not copy.built_in
    assert copy.file == f"/data/content/quizzes/{bank.id}_copy2.yaml"
    assert copy.title[0].endswith("（副本）")
    text, errors = save_text(copy)
    assert errors == [] and reread(text).version == 1


def test_tags_typed_in_one_line():
    assert split_tags("安抚, 投诉，客户类型、 ;礼仪") == ("安抚", "投诉", "客户类型", "礼仪")


def test_a_picked_image_is_copied_beside_the_bank_never_over_another(tmp_path):
    from desktop.core.editing.images import place_image

    bank_folder, outside = tmp_path / "quizzes", tmp_path / "pictures"
    outside.mkdir()
    bank_folder.mkdir()
    first = outside / "queue.png"
    first.write_bytes(b"\x89PNG\r\n\x1a\nfirst")
    assert place_image(first, bank_folder) == "images/queue.png"
    assert place_image(first, bank_folder) == "images/queue.png"  # the same file again: no second copy
    other = tmp_path / "queue.png"
    other.write_bytes(b"\x89PNG\r\n\x1a\nsecond")
    assert place_image(other, bank_folder) == "images/queue-2.png"
    assert (bank_folder / "images" / "queue.png").read_bytes().endswith(b"first")
    inside = bank_folder / "art" / "x.png"
    inside.parent.mkdir()
    inside.write_bytes(b"\x89PNG\r\n\x1a\n")
    assert place_image(inside, bank_folder) == "art/x.png"
    assert sorted(p.name for p in (bank_folder / "images").iterdir()) == ["queue-2.png", "queue.png"]
