"""Text on a coloured background is black or white by contrast, and every default colour reads (WCAG AA)."""

from __future__ import annotations

import pytest

from desktop.core.colours import (
    AA_NORMAL_TEXT,
    BLACK,
    WHITE,
    contrast_ratio,
    rgb,
    text_colour_on,
)
from desktop.core.pk.setup import DEFAULT_COLOURS, default_colour


def test_contrast_matches_the_wcag_figures():
    assert contrast_ratio(BLACK, WHITE) == pytest.approx(21.0)
    assert contrast_ratio("#777777", WHITE) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#fff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("colour", DEFAULT_COLOURS)
def test_every_default_group_colour_has_readable_text(colour):
    text = text_colour_on(colour)
    assert text in (BLACK, WHITE)
    assert contrast_ratio(text, colour) >= AA_NORMAL_TEXT, (colour, text)


def test_light_colours_get_black_text_and_dark_ones_white():
    assert text_colour_on("#f4a261") == BLACK  # the light orange tile had white text
    assert text_colour_on("#e9c46a") == BLACK
    assert text_colour_on("#264653") == WHITE
    assert text_colour_on("#1d70b8") == WHITE


def test_the_default_colours_are_twelve_different_ones():
    assert len(set(DEFAULT_COLOURS)) == 12
    assert default_colour(12) == default_colour(0)


@pytest.mark.parametrize("bad", ["", "red", "#12345", "#gggggg", None])
def test_a_bad_colour_is_named(bad):
    with pytest.raises(ValueError, match="not a colour"):
        rgb(bad)
