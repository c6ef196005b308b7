"""Characters the export fonts cannot draw print as their names, the same way in every export."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.glyphs import drawable_text

BASIC = frozenset(range(0x20, 0x7F)) | {ord(c) for c in "红队组长：，"}


def test_emoji_become_their_names_and_drawable_text_stays():
    assert drawable_text("红队🦄 ok", BASIC) == "红队[UNICORN FACE] ok"


def test_emoji_sequences_print_as_one_readable_name():
    assert drawable_text("👍🏽", BASIC) == "[THUMBS UP SIGN]"  # the skin tone draws nothing alone
    assert drawable_text("❤️", BASIC) == "[HEAVY BLACK HEART]"  # the variation selector neither
    assert drawable_text("👨‍👩‍👧", BASIC) == "[MAN][WOMAN][GIRL]"
    assert drawable_text("🇨🇳队", BASIC) == "[FLAG CN]队"


def test_a_character_the_fonts_have_is_kept():
    assert drawable_text("😀", BASIC | {0x1F600}) == "😀"
    assert drawable_text("a\nb\tc", BASIC) == "a\nb\tc"


def test_a_character_without_a_name_prints_its_code_point():
    assert drawable_text("\ue000", BASIC) == "[U+E000]"


@given(st.text())
def test_the_result_is_only_drawable_characters(text):
    result = drawable_text(text, BASIC)
    assert all(ord(c) in BASIC or c.isspace() for c in result)
    assert drawable_text(result, BASIC) == result  # printing twice changes nothing more
