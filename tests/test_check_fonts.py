"""check-fonts: Chinese drawn with the app's fonts in Qt and matplotlib, or named as boxes (tofu)."""

from __future__ import annotations

from desktop.cli import check_fonts as module


def test_chinese_is_drawn_and_the_sheet_is_written(qapp, tmp_path, capsys):
    out = tmp_path / "fonts.png"
    assert module.check_fonts(out) == 0
    assert "all drawn" in capsys.readouterr().out
    assert out.stat().st_size > 1000


def test_a_character_no_font_has_is_named_as_tofu(qapp, monkeypatch, capsys):
    monkeypatch.setattr(module, "SAMPLE", "课\U00013000")  # an Egyptian hieroglyph: in no font here
    assert module.check_fonts(None) == 1
    printed = capsys.readouterr().out
    assert "Qt: \U00013000 (U+13000)" in printed and "matplotlib: \U00013000 (U+13000) is in none" in printed
    assert "U+8BFE" not in printed  # 课 is drawn
