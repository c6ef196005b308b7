"""What a band means, for colouring it: good bands read as good, weak ones as a warning.

An instrument's bands carry labels and advice only; how good a band is follows from where it sits
on the total's range, so a new instrument's bands are coloured by meaning without extra fields.
"""

from __future__ import annotations

from enum import StrEnum

from desktop.core.instruments import Band, Instrument


class BandTone(StrEnum):
    EXCELLENT = "excellent"  # green
    GOOD = "good"  # blue
    WEAK = "weak"  # orange
    POOR = "poor"  # red


def band_tone(instrument: Instrument, band: Band) -> BandTone:
    """The tone of ``band`` by the position of its middle on the instrument's total range."""
    low, high = instrument.total_range
    middle = (max(band.min, low) + min(band.max, high)) / 2
    share = (middle - low) / (high - low) if high > low else 1.0
    if share >= 0.75:
        return BandTone.EXCELLENT
    if share >= 0.5:
        return BandTone.GOOD
    if share >= 0.25:
        return BandTone.WEAK
    return BandTone.POOR
