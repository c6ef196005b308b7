"""Seed fidelity: the course's own wording, sources cited, and one question per fact in a session."""

from __future__ import annotations

import itertools

import pytest

from desktop.core.banks import load_bank_folders
from desktop.core.quiz_selection import (
    QuestionCatalog,
    select_all,
    select_by_hand,
    select_by_tag,
    select_random,
)
from desktop.paths import instruments_dir, quizzes_dir


@pytest.fixture(scope="module")
def catalog():
    banks, errors = load_bank_folders(quizzes_dir(), None)
    assert errors == []
    return QuestionCatalog(banks)


def question(catalog, ref):
    return catalog.get(ref).question


def test_the_course_wording_is_kept(catalog):
    assert "为你评分" in question(catalog, "complaints/cmp-029").text.zh_CN
    assert "替你填写" not in question(catalog, "complaints/cmp-029").text.zh_CN
    soothe = question(catalog, "soothing/soo-013").text.zh_CN
    assert soothe.startswith("抱怨的顾客不是要你") and "不只是" not in soothe
    assert "是我们的基本客户" in question(catalog, "satisfaction/sat-003").explanation.zh_CN
    communication = (instruments_dir() / "communication.yaml").read_text(encoding="utf-8")
    assert "依您之见" in communication and "依您看" not in communication
    soothing = (instruments_dir() / "soothing.yaml").read_text(encoding="utf-8")
    assert "猛烈攻击型、情绪不稳型、茫茫然然型和优柔寡断型" in soothing
    assert "茫然型和犹豫型" not in soothing


def test_questions_cite_the_deck_they_come_from(catalog):
    cited = [r for r in catalog.in_banks(b.id for b in catalog.banks) if r.question.source]
    assert len(cited) >= 20
    assert question(catalog, "consultative_selling/cs-026").source.cite() == "001, slide 117"


def test_a_fact_asked_in_two_banks_shares_one_name(catalog):
    every = catalog.in_banks(b.id for b in catalog.banks)
    groups: dict[str, set[str]] = {}
    for r in every:
        if r.question.same_fact:
            groups.setdefault(r.question.same_fact, set()).add(r.bank.id)
    assert all(len([q for q in every if q.question.same_fact == fact]) >= 2 for fact in groups)
    assert groups["staff-indifference-68"] == {"consultative_selling", "loyalty"}


def facts_of(catalog, refs):
    return [question(catalog, ref).same_fact for ref in refs if question(catalog, ref).same_fact]


def test_no_selection_the_app_makes_asks_a_fact_twice(catalog):
    pool = catalog.in_banks(["consultative_selling", "loyalty", "communication", "satisfaction"])
    everything = select_all(pool)
    facts = facts_of(catalog, everything)
    assert len(facts) == len(set(facts))
    assert "consultative_selling/cs-026" in everything and "loyalty/loy-022" not in everything
    assert len(everything) == len(pool) - 1 - 2 - 2 - 3 - 1 - 1 - 2  # one question kept per fact
    for seed in range(200):
        picked = select_random(pool, 40, seed)
        assert len(picked) == 40
        facts = facts_of(catalog, picked)
        assert len(facts) == len(set(facts)), seed
    tagged = select_by_tag(pool, ["客户流失", "忠诚度", "客户保持"] + list(catalog.tags(["loyalty"])))
    facts = facts_of(catalog, tagged)
    assert len(facts) == len(set(facts))


def test_questions_picked_by_hand_are_all_asked(catalog):
    pool = catalog.in_banks(["consultative_selling", "loyalty"])
    picked = select_by_hand(pool, ["loyalty/loy-022", "consultative_selling/cs-026"])
    assert picked == ["loyalty/loy-022", "consultative_selling/cs-026"]


def test_a_random_pick_still_fills_its_count_when_facts_repeat(catalog):
    pool = catalog.in_banks(["satisfaction"])
    distinct = len(select_all(pool))
    for seed in itertools.islice(range(1000), 50):
        assert len(select_random(pool, len(pool), seed)) == distinct
