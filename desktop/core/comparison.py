"""Setting a trainee's view of themself against their supervisor's and colleagues' ratings.

Rules (those of established 360° feedback tools):
- colleagues are shown only as a group mean, and only when at least ``MIN_COLLEAGUES`` of them
  count; individual colleague ratings are never shown;
- a rater counts for a dimension (or the total) only when they answered at least half its items;
- ratings held back by the first rule are left out of every other figure too, so an "all others"
  mean can never be used to work out hidden colleagues by subtraction;
- self and others differing by more than a third of the scale marks a blind spot (self higher)
  or a hidden strength (others higher).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from desktop.core.names import name_key
from desktop.core.rater_roles import GapFlag as GapFlag  # re-exported: the roles were defined here
from desktop.core.rater_roles import RaterRole as RaterRole
from desktop.core.scoring import Answers, enough, item_score, round_half_up, score

if TYPE_CHECKING:
    # Only annotations: the start page imports the roles without the content loader and YAML.
    from desktop.core.instruments import Band, Instrument, Item

MIN_COLLEAGUES = 3


#: every role, listed once: iterating an enum is slow, and a class view does it for every trainee
_ROLES = tuple(RaterRole)


@dataclass(frozen=True)
class ClassRound:
    """A named round of a class (培训前, 培训后, a date…): every form belongs to one.

    ``position`` orders a class's rounds (oldest first); ``cohort_id`` is None for the rounds of
    trainees without a class.
    """

    id: int
    cohort_id: int | None
    name: str
    position: int


@dataclass(frozen=True)
class RatingSheet:
    """One completed form about a trainee, by one rater."""

    role: RaterRole
    answers: Answers
    completed_at: datetime
    rater_name: str | None = None
    assessment_id: int | None = None
    #: the version of the instrument the form was answered with (None: not known)
    instrument_version: int | None = None
    round: ClassRound | None = None  # None only for forms read outside the store (tests, bulk data)


@dataclass(frozen=True)
class Figures:
    """Self, supervisor, colleagues' mean and all others' mean for one item, dimension or total."""

    self: float | None
    supervisor: float | None
    colleagues: float | None
    others: float | None
    colleague_count: int  # colleagues who count here, whether or not enough to be shown
    flag: GapFlag | None = None
    colleagues_in_round: int = 0  # colleague forms in the round, whatever they answered here

    @property
    def gap(self) -> float | None:
        """Self minus others; positive when the trainee rates themself higher."""
        if self.self is None or self.others is None:
            return None
        return self.self - self.others

    @property
    def colleagues_hidden(self) -> bool:
        """True when colleagues rated in this round but their mean is not shown on this row."""
        return self.colleagues is None and (self.colleague_count > 0 or self.colleagues_in_round > 0)

    @property
    def hidden_colleague_count(self) -> int | None:
        """The count to name beside "not shown (n < 3)", or None when nothing is held back here.

        Below ``MIN_COLLEAGUES`` in the round, every row names the round's count: the rule then reads
        the same on every row, and a row does not give away that the one colleague chose "can't
        judge" on it. With enough colleagues in the round, a row names those who count on it.
        """
        if not self.colleagues_hidden:
            return None
        if self.colleagues_in_round and self.colleagues_in_round < MIN_COLLEAGUES:
            return self.colleagues_in_round
        return self.colleague_count


@dataclass(frozen=True)
class Comparison:
    instrument: Instrument
    items: dict[str, Figures]
    dimensions: dict[str, Figures]
    total: Figures
    colleagues_rated: int  # colleague forms in this round, shown or not
    supervisors_rated: int
    has_self: bool
    items_by_gap: list[Item] = field(default_factory=list)
    observers_rated: int = 0

    @property
    def colleagues_needed(self) -> int:
        """How many more colleagues must rate before their mean can be shown."""
        return max(0, MIN_COLLEAGUES - self.colleagues_rated)


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _flag(self_value: float | None, others: float | None, threshold: float) -> GapFlag | None:
    if self_value is None or others is None:
        return None
    if self_value - others > threshold:
        return GapFlag.BLIND_SPOT
    if others - self_value > threshold:
        return GapFlag.HIDDEN_STRENGTH
    return None


def _figures(
    values_by_role: dict[RaterRole, list[float]],
    colleague_count: int,
    threshold: float | None,
    colleagues_in_round: int = 0,
) -> Figures:
    """Combine per-rater values into shown figures, applying the anonymity rule."""
    colleagues = values_by_role[RaterRole.COLLEAGUE] if colleague_count >= MIN_COLLEAGUES else []
    supervisors = values_by_role[RaterRole.SUPERVISOR]
    selfs = values_by_role[RaterRole.SELF]
    self_value = selfs[-1] if selfs else None
    # Observers rate what they saw in an open role play: never anonymous, so always in "others".
    others = _mean([*supervisors, *colleagues, *values_by_role[RaterRole.OBSERVER]])
    flag = _flag(self_value, others, threshold) if threshold is not None else None
    return Figures(
        self_value, _mean(supervisors), _mean(colleagues), others, colleague_count, flag, colleagues_in_round
    )


def _distinct_raters(sheets: Sequence[RatingSheet]) -> list[RatingSheet]:
    """The self sheets, and each other rater's latest form: however ``sheets`` were gathered, a rater
    counts once (one person filling in three forms never unlocks the colleagues' mean)."""
    return [
        *(s for s in sheets if s.role is RaterRole.SELF),
        *_latest_per_rater([s for s in sheets if s.role is not RaterRole.SELF]),
    ]


def compare(instrument: Instrument, sheets: Sequence[RatingSheet]) -> Comparison:
    """Compare the self sheet (the latest one, if several) with the others in ``sheets``, each rater
    counted once (their latest form)."""
    sheets = _distinct_raters(sheets)
    third_of_scale = (instrument.scale.max - instrument.scale.min) / 3
    in_round = sum(1 for s in sheets if s.role is RaterRole.COLLEAGUE)
    item_scores = [
        (
            sheet,
            {
                i.id: item_score(instrument, i, sheet.answers[i.id])
                for i in instrument.items
                if i.id in sheet.answers
            },
        )
        for sheet in sorted(sheets, key=lambda s: s.completed_at)
    ]

    def group_values(
        item_ids: Sequence[str], value_of: Callable[[RatingSheet, dict[str, int]], float | None]
    ) -> tuple[dict[RaterRole, list[float]], int]:
        values: dict[RaterRole, list[float]] = {role: [] for role in RaterRole}
        for sheet, scores in item_scores:
            answered = sum(1 for i in item_ids if i in scores)
            if enough(answered, len(item_ids)):
                value = value_of(sheet, scores)
                if value is not None:
                    values[sheet.role].append(value)
        return values, len(values[RaterRole.COLLEAGUE])

    dimensions: dict[str, Figures] = {}
    items: dict[str, Figures] = {}
    for dimension in instrument.dimensions:
        ids = [i.id for i in instrument.items_of(dimension.id)]

        def dimension_mean(_sheet: RatingSheet, scores: dict[str, int], ids: list[str] = ids) -> float | None:
            return _mean([scores[i] for i in ids if i in scores])

        dim_values, dim_colleagues = group_values(ids, dimension_mean)
        dimensions[dimension.id] = _figures(dim_values, dim_colleagues, third_of_scale, in_round)
        for item_id in ids:
            # An item figure includes only raters who count for its dimension and answered the item.
            values: dict[RaterRole, list[float]] = {role: [] for role in RaterRole}
            for sheet, scores in item_scores:
                if item_id in scores and enough(sum(1 for i in ids if i in scores), len(ids)):
                    values[sheet.role].append(scores[item_id])
            items[item_id] = _figures(values, len(values[RaterRole.COLLEAGUE]), third_of_scale, in_round)

    all_ids = [i.id for i in instrument.items]
    total_values, total_colleagues = group_values(
        all_ids, lambda sheet, _scores: score(instrument, sheet.answers).total
    )
    low, high = instrument.total_range
    total = _figures(total_values, total_colleagues, (high - low) / 3, in_round)

    def gap_key(item: Item) -> tuple[int, float]:
        gap = items[item.id].gap
        return (0, -abs(gap)) if gap is not None else (1, 0.0)

    return Comparison(
        instrument=instrument,
        items=items,
        dimensions=dimensions,
        total=total,
        colleagues_rated=in_round,
        supervisors_rated=sum(1 for s in sheets if s.role is RaterRole.SUPERVISOR),
        has_self=any(s.role is RaterRole.SELF for s in sheets),
        items_by_gap=sorted(instrument.items, key=gap_key),
        observers_rated=sum(1 for s in sheets if s.role is RaterRole.OBSERVER),
    )


@dataclass(frozen=True)
class Round:
    """A trainee's forms of one round: the self-assessment and the ratings by others."""

    self_sheet: RatingSheet | None
    others: tuple[RatingSheet, ...]
    class_round: ClassRound | None = None  # None: grouped by time (forms without a named round)

    @property
    def sheets(self) -> tuple[RatingSheet, ...]:
        return (self.self_sheet, *self.others) if self.self_sheet else self.others

    @property
    def when(self) -> datetime:
        return self.self_sheet.completed_at if self.self_sheet else max(s.completed_at for s in self.others)


def rounds(sheets: Sequence[RatingSheet]) -> list[Round]:
    """Group a trainee's sheets into rounds, oldest first.

    Sheets that belong to a named round are grouped by it, in the rounds' order; the round's
    self-assessment is its latest one. Sheets without a round (read outside the store) are grouped
    by time: see ``rounds_by_time``. In every round each rater counts once, with their latest form.
    """
    named: dict[int, list[RatingSheet]] = {}
    by_id: dict[int, ClassRound] = {}
    loose = []
    for sheet in sheets:
        if sheet.round is None:
            loose.append(sheet)
        else:
            named.setdefault(sheet.round.id, []).append(sheet)
            by_id[sheet.round.id] = sheet.round
    found = [_round_of(group, by_id[round_id]) for round_id, group in named.items()]
    found.sort(key=lambda r: (r.class_round.position, r.class_round.id) if r.class_round else (0, 0))
    if loose:
        found = sorted([*found, *rounds_by_time(loose)], key=lambda r: r.when)
    return found


def _round_of(sheets: Sequence[RatingSheet], class_round: ClassRound | None) -> Round:
    selfs = sorted((s for s in sheets if s.role is RaterRole.SELF), key=lambda s: s.completed_at)
    others = [s for s in sheets if s.role is not RaterRole.SELF]
    return Round(selfs[-1] if selfs else None, _latest_per_rater(others), class_round)


def rounds_by_time(sheets: Sequence[RatingSheet]) -> list[Round]:
    """The timestamp rule (what rounds were before they had names; the migration to named rounds
    uses it once): each self-assessment starts a round and every other rating joins the
    self-assessment nearest to it in time (a supervisor may rate the day after)."""
    selfs = sorted((s for s in sheets if s.role is RaterRole.SELF), key=lambda s: s.completed_at)
    others = sorted((s for s in sheets if s.role is not RaterRole.SELF), key=lambda s: s.completed_at)
    if not selfs:
        return [Round(None, _latest_per_rater(others))] if others else []
    groups: list[list[RatingSheet]] = [[] for _ in selfs]
    for sheet in others:
        groups[nearest_self(selfs, sheet)].append(sheet)
    return [Round(s, _latest_per_rater(g)) for s, g in zip(selfs, groups, strict=True)]


def nearest_self(selfs: Sequence[RatingSheet], sheet: RatingSheet) -> int:
    """Index of the self-assessment (``selfs`` oldest first) nearest in time to ``sheet``."""
    return min(
        range(len(selfs)), key=lambda i: abs((selfs[i].completed_at - sheet.completed_at).total_seconds())
    )


@lru_cache(maxsize=4096)
def _rater_key(name: str | None) -> str:
    # A class view reads thousands of forms by a handful of rater names: normalise each name once.
    return name_key(name).casefold()


def _latest_per_rater(sheets: Sequence[RatingSheet]) -> tuple[RatingSheet, ...]:
    """One form per rater: each rater's latest. Raters are told apart by role and name, compared as
    the name rules say (a name stored before them, NFD or zero-width, still matches). Forms with no
    rater name (stored before raters were named) cannot be told apart, so they count as one rater:
    otherwise one person filling in three forms would unlock the colleagues' mean."""
    latest: dict[tuple[RaterRole, str], RatingSheet] = {}
    for sheet in sorted(sheets, key=lambda s: s.completed_at):
        latest[(sheet.role, _rater_key(sheet.rater_name))] = sheet
    return tuple(sorted(latest.values(), key=lambda s: s.completed_at))


def dimension_figures(instrument: Instrument, sheets: Sequence[RatingSheet]) -> dict[str, Figures]:
    """``compare(instrument, sheets).dimensions`` alone, without the item and total figures.

    The class view needs only these, for every trainee of a class: the same rules, a fraction of
    the work. A test checks it always equals what ``compare`` gives.
    """
    sheets = _distinct_raters(sheets)
    third_of_scale = (instrument.scale.max - instrument.scale.min) / 3
    in_round = sum(1 for s in sheets if s.role is RaterRole.COLLEAGUE)
    scored = [
        (sheet.role, _item_scores(instrument, sheet.answers))
        for sheet in sorted(sheets, key=lambda s: s.completed_at)
    ]
    figures: dict[str, Figures] = {}
    for dimension in instrument.dimensions:
        ids = instrument.item_ids_of(dimension.id)
        values: dict[RaterRole, list[float]] = {role: [] for role in _ROLES}
        for role, scores in scored:
            answered = [scores[i] for i in ids if i in scores]
            if enough(len(answered), len(ids)):
                mean = _mean(answered)
                if mean is not None:
                    values[role].append(mean)
        figures[dimension.id] = _figures(values, len(values[RaterRole.COLLEAGUE]), third_of_scale, in_round)
    return figures


def _item_scores(instrument: Instrument, answers: Answers) -> dict[str, int]:
    """``item_score`` of every answered item of the form (same rule, the scale read once per form)."""
    low, high = instrument.scale.min, instrument.scale.max
    scores = {}
    for item in instrument.items:
        answer = answers.get(item.id)
        if answer is None:
            continue
        if not low <= answer <= high:
            item_score(instrument, item, answer)  # raises, naming the item
        scores[item.id] = low + high - answer if item.reverse else answer
    return scores


@dataclass(frozen=True)
class ObservedTotal:
    """An observation sheet's total for a round: the mean of the observers who count for it."""

    total: float | None
    band: Band | None
    observers: int


def observed_total(instrument: Instrument, sheets: Sequence[RatingSheet]) -> ObservedTotal | None:
    """The observers' mean total on a form the trainee does not fill in; None on any other form.

    A sum total is rounded to a whole number so that it falls in exactly one band.
    """
    if RaterRole.SELF.value in instrument.rater_roles:
        return None
    others = compare(instrument, sheets).total.others
    if others is not None:
        others = round_half_up(others) if instrument.total == "sum" else round(others, 2)
    observers = sum(1 for s in sheets if s.role is RaterRole.OBSERVER)
    return ObservedTotal(others, instrument.band_for(others), observers)
