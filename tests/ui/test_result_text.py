"""What the result page says and how it reads: the colleague rule on every row, band colours by
meaning, one number format, English punctuation drawn in a Latin font."""

from __future__ import annotations

from PySide6.QtGui import QFontMetricsF, QPalette

from desktop.core.comparison import RaterRole
from desktop.ui.shell.formatting import fmt_gap, fmt_score


def complete(store, person, instrument, role, answers, rater=None):
    record = store.start_assessment(person.id, instrument, role, rater)
    store.record_answers(record.id, answers)
    return store.complete_assessment(record.id)


def test_with_one_colleague_every_row_reads_not_shown_even_where_they_could_not_judge(make_shell, soothing):
    shell = make_shell()
    window, store = shell.window, shell.context.store
    person = store.add_person("冯雪")
    complete(store, person, soothing, RaterRole.SELF, {i.id: 4 for i in soothing.items})
    answers = {i.id: 3 for i in soothing.items}
    answers[soothing.items[0].id] = None  # the colleague chose "can't judge" on statement 1
    complete(store, person, soothing, RaterRole.COLLEAGUE, answers, "同事甲")
    window.show_result(person.id, "soothing")
    result = window.result
    rows = result.dimension_table.table_model.rows + [r[1:] for r in result.items_table.table_model.rows]
    assert len(rows) == 1 + len(soothing.dimensions) + len(soothing.items)
    assert {row[3] for row in rows} == {"不显示（1 < 3）"}


def band_colour(result):
    return result.band.palette().color(QPalette.ColorRole.WindowText)


def test_bands_are_coloured_by_meaning_good_never_in_a_warning_colour(make_shell, soothing):
    shell = make_shell()
    window, store = shell.window, shell.context.store
    hues = {}
    for value, band in ((5, "很好"), (4, "好"), (3, "需要提高技巧"), (2, "需要向你的主管求助")):
        person = store.add_person(f"学员{value}")
        complete(store, person, soothing, RaterRole.SELF, {i.id: value for i in soothing.items})
        window.show_result(person.id, "soothing")
        assert window.result.band.text() == band
        hues[band] = band_colour(window.result).hueF() * 360
    # Green or blue for the good bands; orange or red for the weak ones.
    assert 90 <= hues["很好"] <= 250 and 90 <= hues["好"] <= 250
    for weak in ("需要提高技巧", "需要向你的主管求助"):
        assert hues[weak] <= 45 or hues[weak] >= 330


def test_one_number_format_whole_numbers_bare_others_to_one_decimal():
    assert [fmt_score(v) for v in (4.0, 2.5, 2.50001, 3.666, 3.96, 80, None)] == [
        "4",
        "2.5",
        "2.5",
        "3.7",
        "4",
        "80",
        "—",
    ]
    assert [fmt_gap(v) for v in (0.5, -1.0, 0.0, 1.25)] == ["+0.5", "−1", "0", "+1.2"]


def test_means_on_the_result_page_never_show_two_decimals(make_shell, instruments):
    shell = make_shell()
    window, store = shell.window, shell.context.store
    eq = instruments["eq"]
    person = store.add_person("韩梅")
    answers = {item.id: 3 for item in eq.items}
    answers[next(i.id for i in eq.items if not i.reverse)] = 4  # a mean of 61 / 20 = 3.05
    complete(store, person, eq, RaterRole.SELF, answers)
    complete(store, person, eq, RaterRole.SUPERVISOR, {i.id: 4 for i in eq.items}, "孙经理")
    window.show_result(person.id, "eq")
    result = window.result
    cells = [result.total.text()] + [c for row in result.dimension_table.table_model.rows for c in row[1:6]]
    cells += [c for row in result.items_table.table_model.rows for c in row[2:7]]
    numbers = [c.lstrip("+−") for c in cells if c.lstrip("+−").replace(".", "").isdigit()]
    assert numbers, cells
    assert all(len(n.split(".")[1]) == 1 for n in numbers if "." in n), numbers
    assert not any(n.endswith(".0") for n in numbers), numbers


def test_english_punctuation_is_drawn_in_a_latin_font_not_full_width(make_shell):
    english = make_shell(lang="en")
    home = english.window.home
    metrics = QFontMetricsF(home.status.font())
    wide = metrics.horizontalAdvance("中")
    # A CJK font draws curly quotes a full em wide and "…" as centred dots: in English they are narrow.
    assert metrics.horizontalAdvance("“") < 0.6 * wide
    assert metrics.tightBoundingRect("…").top() > -0.25 * metrics.ascent()  # dots on the baseline
    assert metrics.horizontalAdvance("x") < 0.6 * wide
