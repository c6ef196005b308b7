"""Views of several rounds answered with different versions of a form: each round as answered."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.core.answered_versions import scored_rounds
from desktop.core.class_report import form_report
from desktop.core.comparison import ClassRound, RaterRole, RatingSheet, Round, rounds
from desktop.core.instrument_history import InstrumentVersions
from desktop.core.radar import ScalesDiffer, band_distribution, before_after, class_profile, trainee_vs_class
from desktop.core.trend import trend
from tests.form_versions import VERSION_1, VERSION_2, VERSION_3, version

V1, V2, V3 = version(VERSION_1), version(VERSION_2), version(VERSION_3)
START = datetime(2026, 11, 2, 9, tzinfo=UTC)
BEFORE, AFTER = ClassRound(1, 1, "培训前", 1), ClassRound(2, 1, "培训后", 2)


def kept(instrument_id: str, number: int) -> str | None:
    return {1: VERSION_1, 2: VERSION_2, 3: VERSION_3}.get(number)


def versions(today=V2) -> InstrumentVersions:
    """Today's file is ``today``; the store kept every version forms were answered with."""
    return InstrumentVersions({"phone_manner": today}, kept)


def sheet(role, answers, number, class_round, hours=0, rater=None) -> RatingSheet:
    when = START + timedelta(weeks=class_round.position, hours=hours)
    return RatingSheet(RaterRole(role), answers, when, rater, instrument_version=number, round=class_round)


def trainee(before_self: int, after: dict[str, int] | None) -> list[Round]:
    """A self-assessment with version 1 before training (every statement ``before_self``) and, when
    ``after`` is given, one with version 2 after it."""
    sheets = [sheet("self", {"p1": before_self, "p2": before_self, "p3": before_self}, 1, BEFORE)]
    if after is not None:
        sheets.append(sheet("self", after, 2, AFTER))
    return rounds(sheets)


def test_each_round_of_a_trend_scores_and_bands_with_its_own_version():
    found = trainee(4, {"p1": 2, "p3": 4, "p4": 4, "p5": 4})
    shown = trend(V2, found, versions().answered(V2))
    # 12 of 3–15 with version 1 (p2 counts, p1 not reversed); 16 of 4–20 with version 2 (p1 reversed: 4).
    assert [(t.version, t.self_total) for t in shown.totals] == [(1, 12), (2, 16)]
    assert shown.value_range == (3, 20) and shown.versions_differ
    assert shown.band_starts == ()  # the versions band differently: no band lines of one version
    # Today's file alone would score the first round 12 too, but with version 2's items (p1 reversed).
    assert trend(V2, found).totals[0].self_total == 12  # (2 + 4) / 2 × 4: the wrong statements
    same = trend(V1, found[:1], versions().answered(V1))
    assert same.band_starts == (3, 11) and not same.versions_differ and same.value_range == (3, 15)


def test_before_and_after_shows_the_dimensions_both_versions_have_and_names_the_others():
    earlier, later = trainee(4, {"p1": 2, "p3": 4, "p4": 5, "p5": 3})
    of = versions().answered(V2)
    data = before_after(of(later), earlier, later, "self", of(earlier))
    assert data.axes == ("greeting", "closing")
    assert [name.get("zh_CN") for name in data.left_out] == ["共情", "语调"]
    # p1 answered 4 unreversed in version 1, 2 reversed (= 4) in version 2.
    assert data.value("earlier", "greeting") == 4 and data.value("later", "greeting") == 4
    assert data.value("earlier", "closing") == 4 and data.value("later", "closing") == 4.5
    # Without versions (the old way) the first round would be scored with version 2: p1 reversed to 2.
    assert before_after(V2, earlier, later).value("earlier", "greeting") == 2


def test_versions_on_different_scales_are_not_put_on_one_radar():
    earlier = Round(sheet("self", {"p1": 4, "p3": 4, "p4": 4, "p5": 4}, 2, BEFORE), (), BEFORE)
    later = Round(sheet("self", {"p1": 6, "p3": 6, "p4": 6, "p5": 6}, 3, AFTER), (), AFTER)
    with pytest.raises(ScalesDiffer) as raised:
        before_after(V3, earlier, later, "self", V2)
    assert raised.value.scales == ((1, 5), (1, 7))


def test_a_class_of_mixed_versions_counts_each_trainee_on_the_dimensions_their_version_has():
    class_rounds = [
        trainee(4, {"p1": 2, "p3": 4, "p4": 4, "p5": 5})[-1],  # version 2: 17, greeting 4
        trainee(5, {"p1": 4, "p3": 3, "p4": 3, "p5": 3})[-1],  # version 2: 11, greeting 2
        trainee(2, None)[-1],  # version 1 only: 6, greeting 2
        Round(sheet("self", {"p1": 7, "p3": 7, "p4": 7, "p5": 7}, 3, AFTER), (), AFTER),  # on 1–7
    ]
    of = versions(today=V3).answered(V3)
    profile = class_profile(V2, class_rounds, "self", of)
    by_id = {d.dimension_id: d for d in profile.dimensions}
    assert (by_id["greeting"].n, by_id["greeting"].mean) == (3, (4 + 2 + 2) / 3)
    assert (by_id["empathy"].n, by_id["empathy"].mean) == (2, 4)  # version 1 has no empathy
    assert [name.get("zh_CN") for name in profile.left_out] == ["语调"]
    assert profile.other_scale == 1  # the 1–7 round counts nowhere
    data = trainee_vs_class(V2, class_rounds[0], class_rounds, "self", of)
    assert data.axes == ("greeting", "closing", "empathy") and data.get("class_mean").count == 2
    assert data.other_scale == 1 and [n.get("zh_CN") for n in data.left_out] == ["语调"]

    # Each self-assessment is banded with its own version's bands (很好 is 15–20 in version 2,
    # 需要练习 3–10 in version 1): the shown version's bands always listed, another's when used.
    bands = band_distribution(V2, class_rounds[:3], of)
    assert [(b.label.get("zh_CN"), b.min, b.max, n) for b, n in bands] == [
        ("很好", 15, 20, 1),
        ("需要练习", 4, 14, 1),
        ("需要练习", 3, 10, 1),
    ]


def test_the_class_report_keeps_each_round_as_answered_and_is_laid_out_with_the_newest_version():
    names = {1: "王芳", 2: "李雷"}
    sheets = {
        1: [
            sheet("self", {"p1": 4, "p2": 4, "p3": 4}, 1, BEFORE),
            sheet("self", {"p1": 2, "p3": 4, "p4": 4, "p5": 4}, 2, AFTER),
        ],
        2: [sheet("self", {"p1": 2, "p2": 2, "p3": 2}, 1, BEFORE)],
    }
    # Today's file is version 3 (another scale), but no form was answered with it: nothing changes.
    report = form_report(V3, names, sheets, versions(today=V3).answered(V3))
    assert report.instrument.version == 2
    by = {(t.name, t.number): t for t in report.totals}
    assert (by["王芳", 1].self_total, by["王芳", 1].self_band.min) == (12, 11)  # 很好 of version 1
    assert (by["王芳", 2].self_total, by["王芳", 2].self_band.min) == (16, 15)  # 很好 of version 2
    assert (by["李雷", 1].self_total, by["李雷", 1].self_band.min) == (6, 3)
    assert {c.name: c.change for c in report.changes()} == {"王芳": 4}
    # Every round lists the same bands in the same order (both versions'), counted by each one's own.
    assert [[(b.min, b.max, n) for b, n in report.bands[r]] for r in (1, 2)] == [
        [(15, 20, 0), (11, 15, 1), (4, 14, 0), (3, 10, 1)],
        [(15, 20, 1), (11, 15, 0), (4, 14, 0), (3, 10, 0)],
    ]
    radar = report.mean_by_round()
    assert radar.axes == ("greeting", "closing", "empathy")
    assert [n.get("zh_CN") for n in radar.left_out] == ["语调"]
    assert radar.value("round1", "greeting") == 3 and radar.value("round1", "empathy") is None
    assert radar.value("round2", "empathy") == 4


def test_a_form_of_another_version_is_read_as_the_rounds_version():
    from desktop.core.answered_versions import read_as

    supervisor = sheet("supervisor", {"p1": 1, "p3": 5, "p4": 2, "p5": 5}, 2, AFTER, hours=2, rater="李经理")
    # Version 2 words p1 the other way round: its 1 is version 1's 5; p4 and p5 are not in version 1.
    assert read_as(V1, V2, supervisor).answers == {"p1": 5, "p3": 5}
    assert read_as(V2, V3, supervisor) is None  # 1–5 against 1–7: the points mean something else
    own = sheet("self", {"p1": 4, "p2": 4, "p3": 4}, 1, AFTER)
    (round_,) = rounds([own, supervisor])
    # The round is the trainee's: it is shown with the version of her self-assessment, though the
    # supervisor's form is newer.
    assert versions().for_round("phone_manner", round_).version == 1
    read = versions().as_answered(V2, round_)
    assert read.self_sheet == own and [s.answers for s in read.others] == [{"p1": 5, "p3": 5}]
    assert versions().as_answered(V2, rounds([own])[0]) == rounds([own])[0]


def test_a_trainees_history_scores_each_round_with_its_own_version():
    found = trainee(4, {"p1": 2, "p3": 4, "p4": 4, "p5": 4})
    history = scored_rounds(found, versions().answered(V2))
    # As the trend does: 12 with version 1's three statements, 16 with version 2's four.
    assert [s.card.total if s.card else None for s in history] == [12, 16]
    assert [s.round for s in history] == found
    assert all(s.comparison.has_self for s in history)
