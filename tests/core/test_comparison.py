"""Self against supervisor and colleagues: anonymity, the half-answered rule, gaps and flags, rounds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.core.comparison import MIN_COLLEAGUES, GapFlag, RaterRole, RatingSheet, compare, rounds

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def sheet(instrument, role, value=3, when=T0, name=None, only=None, overrides=None):
    items = instrument.items if only is None else only
    answers = {i.id: value for i in items}
    answers.update(overrides or {})
    return RatingSheet(RaterRole(role), answers, when, name)


def test_self_only_shows_self_and_no_others(soothing):
    result = compare(soothing, [sheet(soothing, "self", 4)])
    assert result.total.self == 80
    assert result.total.others is None and result.total.gap is None
    assert result.colleagues_needed == MIN_COLLEAGUES


def test_colleagues_are_hidden_below_three_and_left_out_of_all_others(soothing):
    sheets = [
        sheet(soothing, "self", 4),
        sheet(soothing, "supervisor", 2),
        sheet(soothing, "colleague", 5, name="A"),
        sheet(soothing, "colleague", 5, name="B"),
    ]
    result = compare(soothing, sheets)
    item = soothing.items[0].id
    assert result.items[item].colleagues is None
    assert result.items[item].colleagues_hidden
    # "All others" must equal the supervisor alone, or the hidden colleagues could be worked out.
    assert result.items[item].others == 2
    assert result.total.others == 40 and result.total.colleagues is None
    assert result.colleagues_needed == 1


def test_three_colleagues_are_shown_as_a_mean_only(soothing):
    sheets = [
        sheet(soothing, "self", 4),
        sheet(soothing, "supervisor", 2),
        sheet(soothing, "colleague", 5, name="A"),
        sheet(soothing, "colleague", 4, name="B"),
        sheet(soothing, "colleague", 3, name="C"),
    ]
    result = compare(soothing, sheets)
    item = result.items[soothing.items[0].id]
    assert item.colleagues == pytest.approx(4.0)
    assert item.supervisor == 2
    assert item.others == pytest.approx((2 + 5 + 4 + 3) / 4)
    assert result.total.colleagues == pytest.approx(80)
    assert result.colleagues_needed == 0


def test_a_rater_counts_for_a_dimension_only_with_half_its_items_answered(soothing):
    dimension = soothing.dimensions[0]
    items = soothing.items_of(dimension.id)
    assert len(items) == 3
    others = [i for i in soothing.items if i.dimension != dimension.id]
    sparse = sheet(soothing, "colleague", 1, only=[*others, items[0]], name="D")  # 1 of 3 in this dimension
    sheets = [
        sheet(soothing, "colleague", 5, name="A"),
        sheet(soothing, "colleague", 5, name="B"),
        sheet(soothing, "colleague", 5, name="C"),
        sparse,
    ]
    result = compare(soothing, sheets)
    figures = result.dimensions[dimension.id]
    assert figures.colleague_count == 3
    assert figures.colleagues == 5  # the sparse rater's 1 is not in it
    assert result.items[items[0].id].colleagues == 5
    # In the other dimensions all four count.
    assert result.dimensions[soothing.dimensions[1].id].colleagues == pytest.approx((5 + 5 + 5 + 1) / 4)


def test_when_the_half_rule_drops_colleagues_below_three_they_vanish_from_others_too(soothing):
    dimension = soothing.dimensions[0]
    items = soothing.items_of(dimension.id)
    rest = [i for i in soothing.items if i.dimension != dimension.id]
    sheets = [
        sheet(soothing, "supervisor", 3),
        sheet(soothing, "colleague", 5, name="A"),
        sheet(soothing, "colleague", 5, name="B"),
        sheet(soothing, "colleague", 1, only=[*rest, items[0]], name="C"),
    ]
    result = compare(soothing, sheets)
    figures = result.dimensions[dimension.id]
    assert figures.colleagues is None and figures.colleague_count == 2
    assert figures.others == 3  # supervisor only


def test_blind_spot_and_hidden_strength_need_more_than_a_third_of_the_scale(soothing):
    first, second, third = soothing.items[0].id, soothing.items[1].id, soothing.items[2].id
    mine = sheet(soothing, "self", 3, overrides={first: 5, second: 1, third: 4})
    boss = sheet(soothing, "supervisor", 3)
    result = compare(soothing, [mine, boss])
    assert result.items[first].flag is GapFlag.BLIND_SPOT  # +2 > 4/3
    assert result.items[second].flag is GapFlag.HIDDEN_STRENGTH  # −2
    assert result.items[third].flag is None  # +1 is within a third of the scale
    assert result.items_by_gap[:2] == [soothing.item(first), soothing.item(second)]


def test_rounds_attach_each_rating_to_the_nearest_self_assessment(soothing):
    before, after = T0, T0 + timedelta(days=18)
    sheets = [
        sheet(soothing, "self", 2, when=before),
        sheet(soothing, "supervisor", 3, when=before + timedelta(days=1)),
        sheet(soothing, "self", 4, when=after),
        sheet(soothing, "supervisor", 5, when=after - timedelta(hours=2)),
        sheet(soothing, "colleague", 4, when=after, name="A"),
    ]
    found = rounds(sheets)
    assert [r.self_sheet.answers[soothing.items[0].id] for r in found] == [2, 4]
    assert [len(r.others) for r in found] == [1, 2]


def test_a_named_rater_who_rates_twice_in_a_round_counts_once(soothing):
    sheets = [
        sheet(soothing, "self", 3),
        sheet(soothing, "colleague", 1, when=T0 + timedelta(minutes=1), name="甲"),
        sheet(soothing, "colleague", 5, when=T0 + timedelta(minutes=9), name="甲"),
        sheet(soothing, "colleague", 5, when=T0 + timedelta(minutes=2)),
        sheet(soothing, "colleague", 5, when=T0 + timedelta(minutes=3)),
    ]
    (only,) = rounds(sheets)
    # 甲 counts once; the two forms without a rater name cannot be told apart, so they are one rater:
    # one person filling in several forms never unlocks the colleagues' mean.
    assert len(only.others) == 2
    assert compare(soothing, only.sheets).colleagues_rated == 2
    assert compare(soothing, only.sheets).total.colleagues is None


def test_named_rounds_group_forms_whatever_their_time_in_the_rounds_order(soothing):
    from dataclasses import replace

    from desktop.core.comparison import ClassRound

    before, after = ClassRound(7, 1, "培训前", 1), ClassRound(3, 1, "培训后", 2)
    sheets = [
        replace(sheet(soothing, "self", 4, when=T0), round=after),
        replace(sheet(soothing, "self", 2, when=T0 + timedelta(days=1)), round=before),
        replace(sheet(soothing, "supervisor", 3, when=T0 + timedelta(days=30), name="李"), round=before),
        replace(sheet(soothing, "self", 5, when=T0 + timedelta(days=2)), round=after),
    ]
    first, second = rounds(sheets)
    assert (first.class_round, second.class_round) == (before, after)
    assert first.self_sheet.answers[soothing.items[0].id] == 2 and len(first.others) == 1
    assert second.self_sheet.answers[soothing.items[0].id] == 5  # the round's latest self-assessment


def test_ratings_without_a_self_assessment_form_one_round(soothing):
    found = rounds([sheet(soothing, "supervisor", 3)])
    assert len(found) == 1 and found[0].self_sheet is None


def test_below_three_colleagues_every_row_names_the_same_count_even_where_one_could_not_judge(soothing):
    first = soothing.items[0]
    rest = [i for i in soothing.items if i is not first]
    sheets = [
        sheet(soothing, "self", 4),
        sheet(soothing, "supervisor", 3),
        sheet(soothing, "colleague", 5, only=rest),  # the one colleague chose "can't judge" on item 1
    ]
    result = compare(soothing, sheets)
    rows = [result.total, *result.dimensions.values(), *result.items.values()]
    assert all(f.colleagues is None for f in rows)
    # Item 1 reads like every other row: its "not shown" must not give away that answer.
    assert {f.hidden_colleague_count for f in rows} == {1}
    assert all(f.colleagues_hidden for f in rows)


def test_with_three_colleagues_a_row_names_those_who_count_on_it(soothing):
    first = soothing.items[0]
    rest = [i for i in soothing.items if i is not first]
    sheets = [
        sheet(soothing, "colleague", 5, name="A"),
        sheet(soothing, "colleague", 4, name="B"),
        sheet(soothing, "colleague", 3, only=rest, name="C"),
    ]
    result = compare(soothing, sheets)
    assert result.items[first.id].hidden_colleague_count == 2
    assert result.items[rest[0].id].hidden_colleague_count is None
    assert result.items[rest[0].id].colleagues == pytest.approx(4)


def test_one_colleague_s_three_forms_count_as_one_colleague_wherever_they_are_compared(soothing):
    from desktop.core.comparison import dimension_figures

    sheets = [
        sheet(soothing, "self", 3),
        *(sheet(soothing, "colleague", 5, when=T0 + timedelta(minutes=m), name="甲") for m in (1, 2, 3)),
    ]
    result = compare(soothing, sheets)  # the sheets as read, not grouped into rounds first
    assert result.colleagues_rated == 1 and result.colleagues_needed == 2
    assert result.total.colleagues is None and result.total.others is None
    assert all(f.colleagues is None for f in result.items.values())
    assert all(f.colleagues is None for f in dimension_figures(soothing, sheets).values())
