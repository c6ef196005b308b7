"""Bands are coloured by what they mean: their place on the instrument's total range."""

from __future__ import annotations

from desktop.core.bands import BandTone, band_tone


def test_the_courses_bands_read_good_to_poor_from_the_top(soothing):
    tones = {band.label.zh_CN: band_tone(soothing, band) for band in soothing.bands}
    assert tones == {
        "很好": BandTone.EXCELLENT,
        "好": BandTone.GOOD,
        "需要提高技巧": BandTone.WEAK,
        "需要向你的主管求助": BandTone.POOR,
        "立刻开始学习本课程": BandTone.POOR,
    }
