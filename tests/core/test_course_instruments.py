"""The course's other checklists, shipped as instrument files: each loads, cites its deck, and scores."""

from __future__ import annotations

import pytest

from desktop.core.content import load_instruments
from desktop.core.scoring import score
from desktop.paths import instruments_dir

COURSE_INSTRUMENTS = {
    # id: (kind, deck, dimensions, items, has a radar)
    "key_customer_questions": ("360", "001", 5, 15, True),
    "sales_mindset": ("self_check", "001", 4, 12, True),
    "listening": ("360", "001", 4, 20, True),
    "service_standards": ("observation", "002", 5, 19, True),
    "negotiation": ("observation", "003", 2, 9, False),
}


@pytest.fixture(scope="module")
def shipped():
    found, errors = load_instruments(instruments_dir())
    assert errors == []
    return found


@pytest.mark.parametrize("ident", list(COURSE_INSTRUMENTS))
def test_course_instrument_loads_with_its_kind_and_source(shipped, ident):
    kind, deck, dimensions, items, radar = COURSE_INSTRUMENTS[ident]
    instrument = shipped[ident]
    assert instrument.kind == kind
    assert instrument.source is not None and instrument.source.deck == deck
    assert (len(instrument.dimensions), len(instrument.items)) == (dimensions, items)
    assert instrument.has_radar is radar
    assert instrument.report_pages[0] == "summary"
    for text in [
        instrument.title,
        *(i.text for i in instrument.items),
        *(d.name for d in instrument.dimensions),
    ]:
        assert text.zh_CN and text.en


@pytest.mark.parametrize("ident", list(COURSE_INSTRUMENTS))
def test_course_instrument_scores_best_and_worst_answers(shipped, ident):
    instrument = shipped[ident]
    low, high = instrument.scale.min, instrument.scale.max

    def best(item):
        return low if item.reverse else high

    top = score(instrument, {i.id: best(i) for i in instrument.items})
    bottom = score(instrument, {i.id: low + high - best(i) for i in instrument.items})
    assert top.total == instrument.total_range[1]
    assert bottom.total == instrument.total_range[0]
    assert all(value == high for value in top.dimension_scores.values())
    assert top.band is None and not instrument.bands  # the course gives these checklists no bands


def test_the_five_questions_key_customers_ask_are_the_decks(shipped):
    names = [d.name.zh_CN for d in shipped["key_customer_questions"].dimensions]
    assert names == ["你可信赖吗", "你诚实吗", "你有能力做吗", "你对我的需求敏感吗", "我喜欢你吗"]
    assert shipped["key_customer_questions"].source.slides == (120,)


def test_listening_has_the_13_techniques_and_the_7_hindrances(shipped):
    listening = shipped["listening"]
    hindrances = listening.items_of("hindrances")
    assert len(hindrances) == 7 and all(i.reverse and i.source.slides == (49,) for i in hindrances)
    assert sum(1 for i in listening.items if not i.reverse) == 13


def test_who_fills_in_each_kind(shipped):
    assert shipped["sales_mindset"].rater_roles == ("self",)
    assert shipped["soothing"].rater_roles == ("self", "supervisor", "colleague")
    assert shipped["service_standards"].rater_roles == ("observer",)


def test_forms_are_listed_in_the_order_their_files_give(shipped):
    assert list(shipped) == [
        "soothing",
        "eq",
        "communication",
        "key_customer_questions",
        "sales_mindset",
        "listening",
        "service_standards",
        "negotiation",
    ]


def test_source_citation_reads_the_same_in_every_form():
    from desktop.core.sources import Source

    assert Source("001", (44,)).cite() == "001, slide 44"
    assert Source("001", (17, 18)).cite() == "001, slides 17–18"
    assert Source("001", (17, 66)).cite() == "001, slides 17, 66"
    assert Source("002", (), "三声四心").cite() == "002, 三声四心"


def test_report_pages_are_the_files_to_say(shipped):
    assert shipped["soothing"].report_pages == ("summary", "trend")
    assert shipped["eq"].report_pages == ("radar",)
    assert shipped["key_customer_questions"].report_pages == ("summary", "radar")
    assert shipped["negotiation"].report_pages == ("summary",)
