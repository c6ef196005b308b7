"""The class view's quick path gives exactly the dimension figures of the full comparison."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.comparison import RaterRole, RatingSheet, compare, dimension_figures

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


@st.composite
def sheets_for(draw, instrument):
    count = draw(st.integers(0, 8))
    sheets = []
    for index in range(count):
        role = draw(st.sampled_from(list(RaterRole)))
        answers = {
            item.id: draw(st.integers(instrument.scale.min, instrument.scale.max))
            for item in instrument.items
            if draw(st.booleans()) or draw(st.booleans())  # about three in four answered
        }
        name = draw(st.sampled_from([None, "甲", "乙", "丙"]))
        when = T0 + timedelta(minutes=draw(st.integers(0, 600)))
        sheets.append(RatingSheet(role, answers, when, name, index))
    return sheets


@settings(max_examples=50)
@given(data=st.data())
def test_dimension_figures_equal_the_full_comparison(instruments, data):
    for instrument in instruments.values():
        sheets = data.draw(sheets_for(instrument))
        assert dimension_figures(instrument, sheets) == compare(instrument, sheets).dimensions
