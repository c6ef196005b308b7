"""Question banks: the shipped quizzes/ files, and the loader's handling of broken files."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml
from content_corpus import expectation as _expectation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.banks import KINDS, Bank, LocalText, bank_paths, load_bank, load_banks, parse_bank
from desktop.core.yamldoc import ContentLoadError, parse_yaml

ROOT = Path(__file__).resolve().parents[2]
QUIZZES = ROOT / "quizzes"
BROKEN = Path(__file__).resolve().parent / "broken_banks"

MINIMAL = """\
bank:
  id: tiny
  version: 1
  title: {zh_CN: "小题库", en: "Tiny bank"}
questions:
  - id: t-001
    kind: single
    text: {zh_CN: "哪一项正确？"}
    options:
      - {zh_CN: "甲"}
      - {zh_CN: "乙"}
    answer: B
    tags: [测试]
    difficulty: 1
"""


@pytest.fixture(scope="module")
def shipped() -> list[Bank]:
    banks, errors = load_banks(bank_paths(QUIZZES))
    assert not errors, "\n".join(map(str, errors))
    return banks


# --------------------------------------------------------------------------------------------
# The shipped banks


def test_every_shipped_file_loads_without_errors():
    paths = bank_paths(QUIZZES)
    assert len(paths) >= 7
    for path in paths:
        bank, errors = load_bank(path)
        assert errors == [], "\n".join(map(str, errors))
        assert bank is not None and bank.file == str(path)


def test_shipped_banks_are_big_enough_and_use_every_kind(shipped):
    questions = [q for bank in shipped for q in bank.questions]
    assert len(questions) >= 150
    assert set(Counter(q.kind for q in questions)) == set(KINDS)


def test_ids_are_unique_across_all_banks(shipped):
    bank_ids = [bank.id for bank in shipped]
    assert len(bank_ids) == len(set(bank_ids))
    question_ids = Counter(q.id for bank in shipped for q in bank.questions)
    assert [qid for qid, n in question_ids.items() if n > 1] == []


def test_each_bank_mixes_kinds_and_difficulties(shipped):
    for bank in shipped:
        kinds = Counter(q.kind for q in bank.questions)
        assert len(bank.questions) >= 20, bank.id
        assert len(kinds) >= 4, (bank.id, kinds)
        assert 0.10 <= kinds["open"] / len(bank.questions) <= 0.35, (bank.id, kinds)
        assert {q.difficulty for q in bank.questions} == {1, 2, 3}, bank.id


def test_most_questions_have_english(shipped):
    for bank in shipped:
        with_en = sum(1 for q in bank.questions if q.text.en)
        assert with_en >= 0.8 * len(bank.questions), bank.id
        assert bank.title.en


def test_answers_are_consistent_with_their_kind(shipped):
    for bank in shipped:
        for q in bank.questions:
            where = f"{bank.id}/{q.id}"
            if q.kind == "single":
                assert len(q.letters) == 1, where
            elif q.kind == "multiple":
                assert 2 <= len(q.letters) <= len(q.options), where
            elif q.kind == "truefalse":
                assert isinstance(q.answer, bool), where
            else:
                assert isinstance(q.answer, LocalText), where
            if q.kind == "fill":
                assert "____" in q.text.zh_CN, where
            if q.kind == "open":
                assert 2 <= len(q.points) <= 6, where


def test_shipped_files_follow_the_house_format():
    for path in bank_paths(QUIZZES):
        raw = path.read_bytes()
        assert not raw.startswith(b"\xef\xbb\xbf"), f"{path.name}: byte-order mark"
        text = raw.decode("utf-8")
        assert "\t" not in text and "\r" not in text, path.name
        for number, line in enumerate(text.splitlines(), 1):
            indent = len(line) - len(line.lstrip(" "))
            assert indent % 2 == 0, f"{path.name}:{number}: odd indentation"


# --------------------------------------------------------------------------------------------
# Broken banks: each file's first line says which error it must produce


BROKEN_FILES = sorted(BROKEN.glob("*.yaml"))


def test_broken_corpus_is_big_enough():
    assert len(BROKEN_FILES) >= 15
    names = {p.stem for p in BROKEN_FILES}
    assert {
        "unknown_key",
        "answer_out_of_range",
        "duplicate_id",
        "gbk",
        "utf16",
        "alias",
        "syntax",
        "empty",
    } <= names


@pytest.mark.parametrize("path", BROKEN_FILES, ids=lambda p: p.stem)
def test_broken_bank_reports_the_expected_error(path: Path):
    line, field, message = _expectation(path)
    bank, errors = load_bank(path, path.name)
    assert bank is None
    assert errors, "no errors reported"
    assert all(e.file == path.name for e in errors)
    found = [e for e in errors if e.line == line and e.field == field and message in e.message]
    assert found, f"expected {line}: {field}: …{message}…, got:\n" + "\n".join(map(str, errors))


def test_broken_banks_are_skipped_by_load_banks():
    banks, errors = load_banks([*BROKEN_FILES, QUIZZES / "eq.yaml"])
    assert [bank.id for bank in banks] == ["eq"]
    assert {Path(e.file).name for e in errors} == {p.name for p in BROKEN_FILES}


# --------------------------------------------------------------------------------------------
# Loader behaviour


def test_minimal_bank_loads(tmp_path: Path):
    path = tmp_path / "tiny.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    bank, errors = load_bank(path)
    assert errors == []
    assert bank is not None
    (question,) = bank.questions
    assert question.answer == frozenset({1})
    assert question.letters == ("B",)
    assert question.text.get("en") == "哪一项正确？"  # no English: falls back to Chinese
    assert bank.title.get("en") == "Tiny bank"
    assert bank.source is None and question.explanation is None and question.accept == ()


def test_bom_prefixed_file_loads(tmp_path: Path):
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + MINIMAL.encode("utf-8"))
    bank, errors = load_bank(path)
    assert errors == []
    assert bank is not None and bank.id == "tiny"


def test_every_error_in_a_file_is_reported(tmp_path: Path):
    text = MINIMAL.replace("answer: B", "answer: C").replace("difficulty: 1", "difficulty: 0")
    text += """\
  - id: t-001
    kind: truefalse
    text: {zh_CN: "对吗？"}
    answer: yes
    tags: []
    dificulty: 2
"""
    path = tmp_path / "many.yaml"
    path.write_text(text, encoding="utf-8")
    bank, errors = load_bank(path, "many.yaml")
    assert bank is None
    got = {(e.line, e.field) for e in errors}
    assert {
        (12, "questions[0].answer"),
        (14, "questions[0].difficulty"),
        (15, "questions[1]"),  # missing difficulty
        (19, "questions[1].tags"),
        (20, "questions[1].dificulty"),
    } <= got, "\n".join(map(str, errors))
    assert any("did you mean 'difficulty'" in e.message for e in errors)
    assert any(e.line == 15 and "already used on line 6" in e.message for e in errors)
    assert errors == sorted(errors, key=lambda e: (e.line, e.field, e.message))
    assert str(errors[0]).startswith("many.yaml:12: questions[0].answer: ")


def test_duplicate_id_names_the_first_line(tmp_path: Path):
    text = MINIMAL + MINIMAL.split("questions:\n", 1)[1]
    path = tmp_path / "dup.yaml"
    path.write_text(text, encoding="utf-8")
    _, errors = load_bank(path)
    assert [(e.line, e.field, e.message) for e in errors] == [
        (15, "questions[1].id", "question id 't-001' is already used on line 6")
    ]


def test_same_bank_id_in_two_files(tmp_path: Path):
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    first.write_text(MINIMAL, encoding="utf-8")
    second.write_text("# a copy\n" + MINIMAL, encoding="utf-8")
    banks, errors = load_banks([first, second])
    assert [bank.file for bank in banks] == [str(first)]
    assert [(e.file, e.line, e.field) for e in errors] == [(str(second), 3, "bank.id")]
    assert f"already used by {first}" in errors[0].message


def test_core_module_does_not_import_qt():
    code = "import sys, desktop.core.banks; sys.exit(any(m.startswith(('PySide6', 'shiboken')) for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# --------------------------------------------------------------------------------------------
# Whatever a hand-edited file contains, validation reports errors; it never crashes.

_VALID_QUESTION = yaml.safe_load(MINIMAL)["questions"][0]
_FIELDS = sorted({*_VALID_QUESTION, "options", "accept", "points", "explanation", "kind", "anwser"})
_scalars = st.none() | st.booleans() | st.integers(-3, 8) | st.floats(allow_nan=False) | st.text(max_size=6)
_values = st.recursive(
    _scalars | st.sampled_from([*KINDS, "A", "B", "G", "b", "AC"]),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(["zh_CN", "en", "x"]), inner, max_size=3)
    ),
    max_leaves=8,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(changes=st.dictionaries(st.sampled_from(_FIELDS), _values | st.just(...), max_size=4))
def test_validation_never_crashes(changes):
    question = dict(_VALID_QUESTION)
    for key, value in changes.items():
        if value is ...:
            question.pop(key, None)
        else:
            question[key] = value
    text = yaml.safe_dump(
        {"bank": yaml.safe_load(MINIMAL)["bank"], "questions": [question]}, allow_unicode=True
    )
    try:
        doc = parse_yaml(text, "fuzz.yaml")
    except ContentLoadError as exc:
        assert exc.errors
        return
    bank, errors = parse_bank(doc)
    assert (bank is None) == bool(errors)
    line_count = text.count("\n") + 1
    for error in errors:
        assert 1 <= error.line <= line_count and error.field and error.message
