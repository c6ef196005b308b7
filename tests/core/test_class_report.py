"""The class report's figures: totals per round, anonymity, change, class mean per round, bands."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop.core.class_report import form_report
from desktop.core.comparison import RaterRole, RatingSheet, observed_total

START = datetime(2026, 11, 2, 9, tzinfo=UTC)


def sheets_of(instrument, value_by_round, colleagues: int):
    """A self-assessment per round plus a supervisor and ``colleagues`` named colleagues, all rating ``value``."""
    sheets = []
    for week, (self_value, others_value) in enumerate(value_by_round):
        when = START + timedelta(weeks=week)
        answers = {item.id: self_value for item in instrument.items}
        sheets.append(RatingSheet(RaterRole.SELF, answers, when))
        other_answers = {item.id: others_value for item in instrument.items}
        sheets.append(RatingSheet(RaterRole.SUPERVISOR, other_answers, when + timedelta(hours=1), "主管"))
        for n in range(colleagues):
            sheets.append(
                RatingSheet(
                    RaterRole.COLLEAGUE,
                    {i.id: 1 for i in instrument.items},
                    when + timedelta(hours=2),
                    f"同事{n}",
                )
            )
    return sheets


def test_totals_per_round_change_and_anonymity(soothing):
    names = {1: "张三", 2: "李四", 3: "王五"}
    sheets = {
        1: sheets_of(soothing, [(3, 4), (4, 4)], colleagues=2),  # two colleagues: held back
        2: sheets_of(soothing, [(2, 3), (5, 3)], colleagues=3),  # three: shown, and in "others"
        3: sheets_of(soothing, [(3, 3)], colleagues=0),  # one round only: no change
    }
    report = form_report(soothing, names, sheets)
    assert report.rounds == {1: None, 2: None}
    by = {(t.name, t.number): t for t in report.totals}
    assert len(report.totals) == 5
    assert (by["张三", 1].self_total, by["张三", 2].self_total) == (60, 80)
    # Two colleagues are never shown and never counted in "others": the supervisor alone.
    assert by["张三", 1].colleagues is None and by["张三", 1].colleagues_rated == 2
    assert by["张三", 1].others == 80
    # Three colleagues (all 1s → 20) are shown and counted: (60 + 20 × 3) / 4 = 30.
    assert by["李四", 1].colleagues == 20 and by["李四", 1].others == 30
    assert by["张三", 2].self_band.label.get("zh_CN") == "好"
    changes = {c.name: c.change for c in report.changes()}
    assert changes == {"张三": 20, "李四": 60}
    # The class mean per round: round 1 has three trainees, round 2 two.
    radar = report.mean_by_round()
    assert [(s.key, s.count) for s in radar.series] == [("round1", 3), ("round2", 2)]
    assert radar.value("round1", soothing.dimensions[0].id) == (3 + 2 + 3) / 3
    # Bands per round count each trainee's self-assessment once.
    assert sum(n for _, n in report.bands[1]) == 3 and sum(n for _, n in report.bands[2]) == 2


def test_an_observation_sheet_reports_the_observers(instruments):
    negotiation = instruments["negotiation"]
    when = START
    sheets = {
        1: [
            RatingSheet(RaterRole.OBSERVER, {i.id: 4 for i in negotiation.items}, when, "观察员甲"),
            RatingSheet(RaterRole.OBSERVER, {i.id: 2 for i in negotiation.items}, when, "观察员乙"),
        ]
    }
    report = form_report(negotiation, {1: "张三"}, sheets)
    assert report.basis == "others"
    (total,) = report.totals
    assert total.self_total is None and total.observers_rated == 2
    # The same figure as the trainee's own report and the class view give (reverse items included).
    assert total.others == observed_total(negotiation, sheets[1]).total


def test_no_rounds_no_report(soothing):
    assert form_report(soothing, {1: "张三"}, {}) is None
