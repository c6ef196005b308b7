"""Radar data: per-dimension figures from compare(), so the anonymity and half-answered rules hold."""

from __future__ import annotations

import statistics
from datetime import UTC, datetime, timedelta

import pytest

from desktop.core.comparison import RaterRole, RatingSheet, Round
from desktop.core.radar import (
    band_distribution,
    before_after,
    class_mean_of,
    class_profile,
    self_vs_others,
    trainee_vs_class,
)

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def eq(instruments):
    return instruments["eq"]


def answers_for(instrument, scores, skip=()):
    """Answers giving ``scores[dimension]`` as the item score on every item (reverse items answered
    the other way round), leaving out the items in ``skip``."""
    low, high = instrument.scale.min, instrument.scale.max
    return {
        item.id: (low + high - scores[item.dimension]) if item.reverse else scores[item.dimension]
        for item in instrument.items
        if item.id not in skip
    }


def rated(instrument, role, scores, when=T0, name=None, skip=()):
    return RatingSheet(RaterRole(role), answers_for(instrument, scores, skip), when, name)


def flat(instrument, value):
    return {d.id: value for d in instrument.dimensions}


def test_axes_follow_the_instrument_and_the_scale_is_fixed(eq):
    data = self_vs_others(eq, Round(rated(eq, "self", flat(eq, 3)), ()))
    assert data.instrument_id == "eq"
    assert data.axes == tuple(d.id for d in eq.dimensions) and len(data.axes) == 5
    assert data.axis_labels[0].zh_CN == "认识自我情绪的能力"
    assert data.scale == (1, 5)


def test_self_vs_others_per_dimension_scores_reverse_items_the_right_way_up(eq):
    # Everything answered 4: the reverse item in each dimension scores 2, so each dimension is 3.5.
    self_sheet = RatingSheet(RaterRole.SELF, {i.id: 4 for i in eq.items}, T0)
    supervisor_scores = dict(zip([d.id for d in eq.dimensions], [2, 3, 4, 5, 1], strict=True))
    round_ = Round(self_sheet, (rated(eq, "supervisor", supervisor_scores, T0 + timedelta(hours=1)),))
    data = self_vs_others(eq, round_)
    for dimension in eq.dimensions:
        assert data.value("self", dimension.id) == pytest.approx(3.5)
        assert data.value("supervisor", dimension.id) == supervisor_scores[dimension.id]
        assert data.value("others", dimension.id) == supervisor_scores[dimension.id]
    assert [s.key for s in data.series] == ["self", "supervisor", "others"]  # no colleagues: no series
    assert data.get("self").when == T0


def test_two_colleagues_are_not_shown_and_not_in_all_others(eq):
    round_ = Round(
        rated(eq, "self", flat(eq, 4)),
        (
            rated(eq, "supervisor", flat(eq, 2)),
            rated(eq, "colleague", flat(eq, 5), name="A"),
            rated(eq, "colleague", flat(eq, 5), name="B"),
        ),
    )
    data = self_vs_others(eq, round_)
    assert data.get("colleagues") is None
    assert all(data.value("colleagues", d.id) is None for d in eq.dimensions)
    # "All others" equals the supervisor alone, or the hidden colleagues could be worked out.
    assert data.get("others").values == data.get("supervisor").values == (2.0,) * 5


def test_three_colleagues_show_as_a_mean_per_dimension(eq):
    first, second = eq.dimensions[0].id, eq.dimensions[1].id
    # The third colleague answers one of four items of the second dimension: they do not count there.
    sparse_skip = [i.id for i in eq.items_of(second)][1:]
    round_ = Round(
        rated(eq, "self", flat(eq, 4)),
        (
            rated(eq, "supervisor", flat(eq, 2)),
            rated(eq, "colleague", flat(eq, 5), name="A"),
            rated(eq, "colleague", flat(eq, 4), name="B"),
            rated(eq, "colleague", flat(eq, 3), name="C", skip=sparse_skip),
        ),
    )
    data = self_vs_others(eq, round_)
    assert data.value("colleagues", first) == pytest.approx(4.0)
    assert data.value("others", first) == pytest.approx((2 + 5 + 4 + 3) / 4)
    # Only two colleagues count on the second dimension: hidden there, and out of "all others".
    assert data.value("colleagues", second) is None
    assert data.value("others", second) == 2
    assert data.get("colleagues").count == 3


def test_before_after_on_self_and_on_others(eq):
    later_when = T0 + timedelta(days=30)
    earlier = Round(rated(eq, "self", flat(eq, 2)), (rated(eq, "supervisor", flat(eq, 3)),))
    later = Round(
        rated(eq, "self", flat(eq, 4), when=later_when),
        (rated(eq, "supervisor", flat(eq, 5), when=later_when),),
    )
    selfs = before_after(eq, earlier, later)
    assert selfs.get("earlier").values == (2.0,) * 5 and selfs.get("later").values == (4.0,) * 5
    assert (selfs.get("earlier").when, selfs.get("later").when) == (T0, later_when)
    others = before_after(eq, earlier, later, basis="others")
    assert others.get("earlier").values == (3.0,) * 5 and others.get("later").values == (5.0,) * 5


def test_before_after_without_others_in_one_round_leaves_that_series_out(eq):
    earlier = Round(rated(eq, "self", flat(eq, 2)), ())
    later = Round(
        rated(eq, "self", flat(eq, 4), when=T0 + timedelta(days=1)), (rated(eq, "supervisor", flat(eq, 5)),)
    )
    data = before_after(eq, earlier, later, basis="others")
    assert [s.key for s in data.series] == ["later"]


def test_an_unknown_basis_is_refused(eq):
    round_ = Round(rated(eq, "self", flat(eq, 3)), ())
    with pytest.raises(ValueError, match="basis"):
        before_after(eq, round_, round_, basis="supervisor")


def class_of(eq):
    """Three trainees; the third answered only one item of the first dimension, so has no value there."""
    first = eq.dimensions[0].id
    skip = [i.id for i in eq.items_of(first)][1:]
    return [
        Round(rated(eq, "self", {**flat(eq, 2), first: 2}), ()),
        Round(rated(eq, "self", {**flat(eq, 4), first: 5}), ()),
        Round(rated(eq, "self", flat(eq, 3), skip=skip), ()),
    ]


def test_trainee_vs_class_means_only_trainees_with_a_value(eq):
    class_rounds = class_of(eq)
    first, second = eq.dimensions[0].id, eq.dimensions[1].id
    data = trainee_vs_class(eq, class_rounds[2], class_rounds)
    assert [s.key for s in data.series] == ["trainee", "class_mean"]
    assert data.value("trainee", first) is None
    assert data.value("trainee", second) == 3
    assert data.value("class_mean", first) == pytest.approx((2 + 5) / 2)
    assert data.value("class_mean", second) == pytest.approx((2 + 4 + 3) / 3)
    assert data.get("class_mean").count == 2  # the fewest trainees behind any axis
    assert data.get("class_mean").when is None


def test_trainee_vs_class_on_others_keeps_hidden_colleagues_out(eq):
    colleagues = tuple(rated(eq, "colleague", flat(eq, 5), name=n) for n in "AB")
    class_rounds = [
        Round(rated(eq, "self", flat(eq, 3)), (rated(eq, "supervisor", flat(eq, 1)), *colleagues)),
        Round(rated(eq, "self", flat(eq, 3)), (rated(eq, "supervisor", flat(eq, 3)),)),
    ]
    data = trainee_vs_class(eq, class_rounds[0], class_rounds, basis="others")
    assert data.get("trainee").values == (1.0,) * 5
    assert data.get("class_mean").values == (2.0,) * 5


def test_class_profile_mean_min_max_and_population_sd(eq):
    class_rounds = class_of(eq)
    profile = class_profile(eq, class_rounds)
    first, second = eq.dimensions[0].id, eq.dimensions[1].id
    spread = profile.spread(second)
    assert (spread.n, spread.minimum, spread.maximum) == (3, 2, 4)
    assert spread.mean == pytest.approx(3)
    assert spread.sd == pytest.approx(statistics.pstdev([2, 4, 3]))  # ≈ 0.816, not the sample 1.0
    assert profile.spread(first).n == 2 and profile.spread(first).sd == pytest.approx(1.5)
    assert profile.trainees == 3 and profile.basis == "self"
    assert class_mean_of(eq, profile).get("class_mean").values == tuple(d.mean for d in profile.dimensions)


def test_class_profile_of_nobody_has_no_figures(eq):
    profile = class_profile(eq, [])
    assert all(d.n == 0 and d.mean is None and d.sd is None for d in profile.dimensions)
    assert class_mean_of(eq, profile).series == ()


def test_a_value_for_an_unknown_axis_is_a_mistake(eq):
    data = self_vs_others(eq, Round(rated(eq, "self", flat(eq, 3)), ()))
    assert data.value("supervisor", eq.dimensions[0].id) is None
    with pytest.raises(ValueError):
        data.value("self", "no_such_dimension")


def soothing_round(soothing, total, when=T0):
    """A self-assessment of the (sum-scored, 20-item) soothing form with the given total."""
    assert len(soothing.items) == 20 and not any(i.reverse for i in soothing.items)
    base, extra = divmod(total - 20, 20)  # every item 1 + base, then 1 more on ``extra`` items
    answers = {item.id: 1 + base + (1 if index < extra else 0) for index, item in enumerate(soothing.items)}
    return Round(RatingSheet(RaterRole.SELF, answers, when), ())


@pytest.mark.parametrize(
    ("total", "band"),
    [(20, "立刻开始学习本课程"), (21, "需要向你的主管求助"), (60, "需要提高技巧"), (61, "好"), (100, "很好")],
)
def test_band_edges(soothing, total, band):
    distribution = band_distribution(soothing, [soothing_round(soothing, total)])
    assert [(b.label.zh_CN, n) for b, n in distribution if n] == [(band, 1)]


def test_band_distribution_lists_every_band_highest_first_with_zero_counts(soothing):
    rounds = [soothing_round(soothing, t) for t in (20, 21, 40, 81, 100)]
    incomplete = RatingSheet(RaterRole.SELF, {soothing.items[0].id: 5}, T0)  # too few answers: no total
    rounds += [Round(incomplete, ()), Round(None, (RatingSheet(RaterRole.SUPERVISOR, {}, T0),))]
    distribution = band_distribution(soothing, rounds)
    assert [(b.min, b.max, n) for b, n in distribution] == [
        (81, 100, 2),
        (61, 80, 0),
        (41, 60, 0),
        (21, 40, 2),
        (1, 20, 1),
    ]


def test_band_distribution_of_an_instrument_without_bands_is_empty(eq):
    assert eq.bands == ()
    assert band_distribution(eq, [Round(rated(eq, "self", flat(eq, 3)), ())]) == []
