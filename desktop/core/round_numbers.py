"""A trainee's rounds as paper forms and class reports name them: a place in the class and a name.

One function decides what "round n" of a class is, so paper forms (whose codes carry the round's
place), the class report and its CSV agree. Rounds are grouped by ``comparison.rounds``; a round
that belongs to a named class round takes that round's place (its ``position``: 1, 2 … in the
class's order) and name; a round grouped by time (sheets read outside the store) takes its place
in the trainee's own order and no name (shown as "Round n").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.comparison import RatingSheet, Round, rounds


@dataclass(frozen=True)
class NumberedRound:
    number: int  # 1-based place among the class's rounds: what a form code carries
    name: str | None  # None: an unnamed round, shown as "Round n"
    round: Round


def numbered_rounds(sheets: Sequence[RatingSheet]) -> list[NumberedRound]:
    found = rounds(sheets)
    numbered = []
    for index, round_ in enumerate(found, start=1):
        named = round_.class_round
        if named is not None:
            numbered.append(NumberedRound(named.position, named.name, round_))
        else:
            numbered.append(NumberedRound(index, None, round_))
    return numbered
