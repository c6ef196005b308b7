"""Wrapping report and paper-form text: Chinese breaks anywhere, a Latin word is never split."""

from desktop.charts.report import wrap_text


def test_latin_words_move_whole_to_the_next_line():
    wrapped = wrap_text("Responds to every question the customer asks, without silence or evasion.", 40)
    assert wrapped.split("\n") == [
        "Responds to every question the customer",
        "asks, without silence or evasion.",
    ]


def test_chinese_breaks_between_characters_counting_two_columns_each():
    assert wrap_text("根据情况提出描述性的问题", 10).split("\n") == ["根据情况提", "出描述性的", "问题"]


def test_a_word_longer_than_the_line_is_cut():
    assert wrap_text("Supercalifragilistic word", 10).split("\n") == ["Supercalif", "ragilistic", "word"]
