"""Scoring the soothing scorecard: totals, bands at every edge, reverse items, partial forms."""

from __future__ import annotations

import pytest

from desktop.core.scoring import score


def answers_for_total(instrument, total: int) -> dict[str, int]:
    """A complete form whose plain sum is ``total`` (20–100 for the scorecard)."""
    n = len(instrument.items)
    base, extra = divmod(total - n, 4)  # every item starts at 1; add up to 4 each
    values = [1 + 4] * base + [1 + extra] + [1] * (n - base - 1) if base < n else [5] * n
    return {item.id: value for item, value in zip(instrument.items, values, strict=True)}


def test_scorecard_has_twenty_items_and_totals_20_to_100(soothing):
    assert len(soothing.items) == 20
    assert soothing.total_range == (20, 100)
    assert score(soothing, {i.id: 1 for i in soothing.items}).total == 20
    assert score(soothing, {i.id: 5 for i in soothing.items}).total == 100


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (20, "立刻开始学习本课程"),
        (21, "需要向你的主管求助"),
        (40, "需要向你的主管求助"),
        (41, "需要提高技巧"),
        (60, "需要提高技巧"),
        (61, "好"),
        (80, "好"),
        (81, "很好"),
        (100, "很好"),
    ],
)
def test_band_edges_are_exact(soothing, total, band):
    answers = answers_for_total(soothing, total)
    card = score(soothing, answers)
    assert card.total == total
    assert card.band is not None and card.band.label.zh_CN == band
    assert card.band.advice.zh_CN and card.band.advice.en


def test_bands_follow_the_course_edges(soothing):
    edges = [(b.min, b.max) for b in soothing.bands]
    assert edges == [(81, 100), (61, 80), (41, 60), (21, 40), (1, 20)]
    assert [b.label.zh_CN for b in soothing.bands] == [
        "很好",
        "好",
        "需要提高技巧",
        "需要向你的主管求助",
        "立刻开始学习本课程",
    ]
    for value in range(1, 101):
        assert sum(b.contains(value) for b in soothing.bands) == 1


def test_a_form_with_some_items_unanswered_is_estimated_from_the_rest(soothing):
    answers = {item.id: 4 for item in soothing.items[:15]}  # 5 "can't judge"
    card = score(soothing, answers)
    assert card.total == 80 and card.estimated and not card.complete
    assert card.band.label.zh_CN == "好"


def test_a_form_with_fewer_than_half_answered_has_no_total(soothing):
    card = score(soothing, {item.id: 5 for item in soothing.items[:9]})
    assert card.total is None and card.band is None


def test_reverse_items_score_the_other_way_up(instruments):
    eq = instruments["eq"]
    reverse = [i for i in eq.items if i.reverse]
    assert reverse, "the EQ form has reverse-scored items"
    card = score(eq, {i.id: 1 for i in eq.items})
    assert all(card.item_scores[i.id] == 5 for i in reverse)
    assert all(card.item_scores[i.id] == 1 for i in eq.items if not i.reverse)


def test_dimension_scores_are_means_and_need_half_the_items(soothing):
    dimension = soothing.dimensions[0]
    ids = [i.id for i in soothing.items_of(dimension.id)]
    card = score(soothing, {ids[0]: 5, ids[1]: 2})
    assert card.dimension_scores[dimension.id] == pytest.approx(3.5)
    card = score(soothing, {ids[0]: 5})
    assert card.dimension_scores[dimension.id] is None


def test_out_of_scale_answer_is_refused(soothing):
    with pytest.raises(ValueError, match="outside 1–5"):
        score(soothing, {soothing.items[0].id: 6})
