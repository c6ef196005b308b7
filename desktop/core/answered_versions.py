"""Views of several rounds answered with different versions of one instrument. Pure Python.

A trainee's rounds, or a class's, may have been answered with different versions of a form (a
statement reworded, a dimension added, the bands moved between 培训前 and 培训后). Each round is
scored and banded with its own version; a view of several rounds is laid out with the newest version
they were answered with (never today's file: an edit made after the last form changes nothing
shown), and the dimensions only older versions have are named as left out.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from typing import NamedTuple

from desktop.core.comparison import Comparison, RatingSheet, Round, compare
from desktop.core.instruments import Instrument
from desktop.core.localtext import LocalText
from desktop.core.scoring import ScoreCard, score

#: The instrument version a round was answered with (``InstrumentVersions.answered`` gives one).
RoundVersion = Callable[[Round], Instrument]


def newest_answered(
    instrument: Instrument, rounds: Iterable[Round], instrument_of: RoundVersion | None
) -> Instrument:
    """The newest version ``rounds`` were answered with: the version a view of several rounds (a class,
    a trainee's rounds) is laid out with, so an edit made after the last form changes nothing shown.
    ``instrument`` (today's file) when there are no rounds or no versions."""
    if instrument_of is None:
        return instrument
    return max((instrument_of(r) for r in rounds), key=lambda i: i.version, default=instrument)


def dimensions_left_out(shown: Instrument, versions: Iterable[Instrument]) -> tuple[LocalText, ...]:
    """The names of dimensions some of ``versions`` have and ``shown`` does not (each once, by id)."""
    shown_ids = {d.id for d in shown.dimensions}
    left_out: dict[str, LocalText] = {}
    for version in versions:
        for dimension in version.dimensions:
            if dimension.id not in shown_ids:
                left_out.setdefault(dimension.id, dimension.name)
    return tuple(left_out.values())


def read_as(shown: Instrument, own: Instrument, sheet: RatingSheet) -> RatingSheet | None:
    """``sheet``, answered with ``own``, as ``shown`` (another version of the form) reads it; None when
    the two versions have different scales.

    Each statement both versions have keeps its score: where one version words it the other way round
    (``reverse`` differs), the answer is mirrored so the good end stays the good end. Statements
    ``shown`` lacks are dropped; those only ``shown`` has stay unanswered.
    """
    low, high = shown.scale.min, shown.scale.max
    if (own.scale.min, own.scale.max) != (low, high):
        return None
    own_reverse = {item.id: item.reverse for item in own.items}
    answers = {}
    for item in shown.items:
        value = sheet.answers.get(item.id)
        if value is not None and item.id in own_reverse:
            answers[item.id] = value if own_reverse[item.id] == item.reverse else low + high - value
    return dataclasses.replace(sheet, answers=answers, instrument_version=shown.version)


class ScoredRound(NamedTuple):
    """One round of a trainee, read with the version it was answered with."""

    round: Round
    comparison: Comparison  # its raters compared
    card: ScoreCard | None  # its self-assessment scored and banded; None without one


def scored_rounds(rounds: Iterable[Round], instrument_of: RoundVersion) -> list[ScoredRound]:
    """Each of ``rounds`` compared and scored with its own version (its own items and bands): a
    trainee's history, as its table shows it."""
    scored = []
    for each in rounds:
        answered_with = instrument_of(each)
        card = score(answered_with, each.self_sheet.answers) if each.self_sheet else None
        scored.append(ScoredRound(each, compare(answered_with, each.sheets), card))
    return scored
