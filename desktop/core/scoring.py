"""Scoring one filled-in form: item scores, dimension scores, the total and its band.

Answers map item id → the point chosen on the scale. An item with no entry was not answered
(a rater may say "can't judge"); a form still has a total when at least half of its items were
answered, estimated from the answered ones and marked as such.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # Only annotations: the start page imports the roles without the content loader and YAML.
    from desktop.core.instruments import Band, Instrument, Item


Answers = Mapping[str, int]


def enough(answered: int, of: int) -> bool:
    """A rater counts for a group of items when they answered at least half of it."""
    return of > 0 and answered * 2 >= of


def item_score(instrument: Instrument, item: Item, answer: int) -> int:
    """Reverse items score the other way up so that a high score is always the good end."""
    scale = instrument.scale
    if not scale.min <= answer <= scale.max:
        raise ValueError(f"answer {answer} to {item.id} is outside {scale.min}–{scale.max}")
    return scale.max + scale.min - answer if item.reverse else answer


def round_half_up(value: float) -> int:
    return int(value + 0.5) if value >= 0 else -int(-value + 0.5)


@dataclass(frozen=True)
class ScoreCard:
    item_scores: dict[str, int]
    dimension_scores: dict[str, float | None]
    total: float | None
    band: Band | None
    answered: int
    item_count: int

    @property
    def complete(self) -> bool:
        return self.answered == self.item_count

    @property
    def estimated(self) -> bool:
        """The total was projected from part of the items."""
        return self.total is not None and not self.complete


def score(instrument: Instrument, answers: Answers) -> ScoreCard:
    item_scores = {
        item.id: item_score(instrument, item, answers[item.id])
        for item in instrument.items
        if item.id in answers
    }
    dimension_scores: dict[str, float | None] = {}
    for dimension in instrument.dimensions:
        values = [item_scores[i.id] for i in instrument.items_of(dimension.id) if i.id in item_scores]
        count = len(instrument.items_of(dimension.id))
        dimension_scores[dimension.id] = sum(values) / len(values) if enough(len(values), count) else None
    n, answered = len(instrument.items), len(item_scores)
    total: float | None = None
    if enough(answered, n):
        mean = sum(item_scores.values()) / answered
        # A sum total is a whole number on the form's own scale, so it can be banded exactly.
        total = round_half_up(mean * n) if instrument.total == "sum" else round(mean, 2)
    return ScoreCard(item_scores, dimension_scores, total, instrument.band_for(total), answered, n)
