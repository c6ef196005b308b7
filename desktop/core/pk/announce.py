"""What the room and the facilitator are told about a PK session: one source for both windows.

The stage and the console word these the same way (``desktop.ui.pk.text.headline_text``), so the
room can never read "group 2 buzzed first" while the console says "a tie — decide". Pure Python;
no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop.core.pk.events import AwardRule
from desktop.core.pk.snapshot import SessionState, Standing

PODIUM_PLACES = 3


class HeadlineKind(StrEnum):
    #: Buzzers closed and nobody has buzzed on this opening: nothing to announce.
    NONE = "none"
    #: Buzzers open, nobody has buzzed yet.
    OPEN = "open"
    #: One group buzzed first (or the facilitator settled a tie in its favour).
    FIRST = "first"
    #: Groups buzzed inside the tie window and no first-answer point settles it yet.
    TIE = "tie"
    #: The session has ended with one winner.
    WINNER = "winner"
    #: The session has ended with first place shared.
    SHARED_WIN = "shared_win"


@dataclass(frozen=True)
class Headline:
    kind: HeadlineKind
    #: The groups the headline names, in buzz order (a tie) or set-up order (the winners).
    groups: tuple[str, ...] = ()


def headline(state: SessionState) -> Headline:
    """The one-line announcement for the current moment of the session."""
    if state.ended:
        kind = HeadlineKind.WINNER if len(state.winners) == 1 else HeadlineKind.SHARED_WIN
        return Headline(kind, tuple(state.winners))
    if state.locked_by is not None:
        contenders = (state.locked_by, *state.tie_with)
        if not state.tie_with:
            return Headline(HeadlineKind.FIRST, contenders)
        settled = _first_point_among(state, contenders)
        if settled is not None:
            return Headline(HeadlineKind.FIRST, (settled,))
        return Headline(HeadlineKind.TIE, contenders)
    if state.buzzers_open:
        return Headline(HeadlineKind.OPEN)
    return Headline(HeadlineKind.NONE)


def _first_point_among(state: SessionState, contenders: tuple[str, ...]) -> str | None:
    """The tied group the facilitator gave this question's first-answer point to, if any."""
    if state.question_index is None:
        return None
    result = state.results.get(state.question_index)
    award = result.standing_award(AwardRule.FIRST) if result is not None else None
    return award.group if award is not None and award.group in contenders else None


@dataclass(frozen=True)
class PodiumStep:
    #: Standard competition ranking ("1224"): two groups tied for first both stand on step 1 and
    #: the next group is 3rd, so a step can be missing.
    place: int
    groups: tuple[str, ...]
    score: int


def podium(ranking: Sequence[Standing]) -> tuple[PodiumStep, ...]:
    """The steps of places 1–3 that some group stands on, best first; tied groups share a step."""
    steps: list[PodiumStep] = []
    for standing in ranking:
        if standing.place > PODIUM_PLACES:
            break
        if steps and steps[-1].place == standing.place:
            last = steps[-1]
            steps[-1] = PodiumStep(last.place, (*last.groups, standing.group), last.score)
        else:
            steps.append(PodiumStep(standing.place, (standing.group,), standing.score))
    return tuple(steps)
