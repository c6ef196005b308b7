"""The numbers behind the radar charts: one value per dimension for each series, nothing drawn.

Every figure that involves raters comes from compare(), so a radar shows exactly what the result
screen shows: colleagues only as a mean of at least three who count for that dimension, hidden
colleagues left out of "all others", and a rater counting only where they answered half the items.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from desktop.core.comparison import Figures, Round, compare, dimension_figures
from desktop.core.instruments import Band, Instrument
from desktop.core.localtext import LocalText
from desktop.core.scoring import score

# Whose view of the trainee a per-round value is: their own, or the mean of everyone else shown.
BASES = ("self", "others")


@dataclass(frozen=True)
class RadarSeries:
    key: str  # "self", "supervisor", "colleagues", "others", "earlier", "later", "class_mean", "trainee"
    values: tuple[float | None, ...]  # one per axis in instrument order; None = no data on that axis
    when: datetime | None = None  # the round's date, for series that come from one round
    count: int | None = None  # raters or trainees behind a mean, where that applies


@dataclass(frozen=True)
class RadarData:
    instrument_id: str
    axes: tuple[str, ...]  # dimension ids, in the instrument's order
    axis_labels: tuple[LocalText, ...]
    scale: tuple[int, int]  # the instrument's scale: charts are never auto-scaled, so they compare
    series: tuple[RadarSeries, ...]  # only series with at least one value

    def get(self, key: str) -> RadarSeries | None:
        return next((s for s in self.series if s.key == key), None)

    def value(self, series_key: str, axis_id: str) -> float | None:
        """The value of one series on one axis; None when the series is absent or has no value there.

        An unknown axis raises ValueError: it is a mistake in the caller, not missing data.
        """
        index = self.axes.index(axis_id)
        series = self.get(series_key)
        return series.values[index] if series is not None else None


@dataclass(frozen=True)
class DimensionSpread:
    """How a class's values on one dimension spread; all None when no trainee has a value there."""

    dimension_id: str
    n: int  # trainees with a value on this dimension
    mean: float | None
    minimum: float | None
    maximum: float | None
    sd: float | None  # population standard deviation: the class is the whole group, not a sample


@dataclass(frozen=True)
class ClassProfile:
    instrument_id: str
    basis: str
    trainees: int  # rounds given, whether or not they have values
    dimensions: tuple[DimensionSpread, ...]  # in the instrument's order

    def spread(self, dimension_id: str) -> DimensionSpread:
        return next(d for d in self.dimensions if d.dimension_id == dimension_id)

    def mean_series(self) -> RadarSeries | None:
        """The class mean as a radar series; ``count`` is the smallest n over the axes with a value,
        so a legend saying "n=12" never claims more trainees than any single axis has behind it."""
        counts = [d.n for d in self.dimensions if d.n]
        return _series("class_mean", [d.mean for d in self.dimensions], count=min(counts) if counts else None)


def self_vs_others(instrument: Instrument, round_: Round) -> RadarData:
    """Self, supervisor, colleagues' mean and all others' mean on each dimension of one round.

    The colleagues' ``count`` is the fewest colleagues behind any axis where their mean is shown.
    """
    comparison = compare(instrument, round_.sheets)
    figures = [comparison.dimensions[d.id] for d in instrument.dimensions]
    shown = [f.colleague_count for f in figures if f.colleagues is not None]
    when = round_.when
    return _data(
        instrument,
        [
            _series("self", [f.self for f in figures], when),
            _series("supervisor", [f.supervisor for f in figures], when),
            _series("colleagues", [f.colleagues for f in figures], when, min(shown) if shown else None),
            _series("others", [f.others for f in figures], when),
        ],
    )


def before_after(instrument: Instrument, earlier: Round, later: Round, basis: str = "self") -> RadarData:
    """Two rounds of the same trainee on one basis ("self" or "others")."""
    return _data(
        instrument,
        [
            _series("earlier", basis_values(instrument, earlier, basis), earlier.when),
            _series("later", basis_values(instrument, later, basis), later.when),
        ],
    )


def trainee_vs_class(
    instrument: Instrument, trainee: Round, class_rounds: Sequence[Round], basis: str = "self"
) -> RadarData:
    """One trainee's round against the class mean, both on ``basis``.

    ``class_rounds`` holds one round per trainee (typically each one's latest) and normally includes
    the trainee's own round: the mean is that of the whole class.
    """
    profile = class_profile(instrument, class_rounds, basis)
    trainee_series = _series("trainee", basis_values(instrument, trainee, basis), trainee.when)
    return _data(instrument, [trainee_series, profile.mean_series()])


def class_mean_of(instrument: Instrument, profile: ClassProfile) -> RadarData:
    """The class-mean radar of a profile already computed (the class view shows both)."""
    return _data(instrument, [profile.mean_series()])


def class_profile(instrument: Instrument, class_rounds: Sequence[Round], basis: str = "self") -> ClassProfile:
    """Mean, range and spread per dimension over trainees (one round each) who have a value there."""
    per_trainee = [basis_values(instrument, r, basis) for r in class_rounds]
    spreads = []
    for index, dimension in enumerate(instrument.dimensions):
        values = [value for v in per_trainee if (value := v[index]) is not None]
        if values:
            spreads.append(
                DimensionSpread(
                    dimension.id,
                    len(values),
                    sum(values) / len(values),
                    min(values),
                    max(values),
                    _pstdev(values),
                )
            )
        else:
            spreads.append(DimensionSpread(dimension.id, 0, None, None, None, None))
    return ClassProfile(instrument.id, basis, len(class_rounds), tuple(spreads))


def _pstdev(values: Sequence[float]) -> float:
    """``statistics.pstdev`` in floats: that one computes in exact fractions, ~5 ms a dimension for a
    department of 2,000 trainees, for a figure shown to one decimal."""
    mean = math.fsum(values) / len(values)
    return math.sqrt(math.fsum((v - mean) ** 2 for v in values) / len(values))


def band_distribution(instrument: Instrument, class_rounds: Sequence[Round]) -> list[tuple[Band, int]]:
    """How many trainees' self-assessment totals fall in each band, highest band first, zeros included.

    Rounds without a self-assessment, and self-assessments too incomplete for a total, are not
    counted. An instrument without bands gives an empty list.
    """
    bands = sorted(instrument.bands, key=lambda band: -band.min)
    counts = [0] * len(bands)
    for round_ in class_rounds:
        if round_.self_sheet is None:
            continue
        total = score(instrument, round_.self_sheet.answers).total
        for index, band in enumerate(bands):
            if total is not None and band.contains(total):
                counts[index] += 1
                break
    return list(zip(bands, counts, strict=True))


def basis_values(instrument: Instrument, round_: Round, basis: str) -> tuple[float | None, ...]:
    """A round's per-dimension values on one basis, in the instrument's dimension order."""
    if basis not in BASES:
        raise ValueError(f"unknown basis {basis!r}; use one of: {', '.join(BASES)}")
    dimensions = dimension_figures(instrument, round_.sheets)
    return tuple(_pick(dimensions[d.id], basis) for d in instrument.dimensions)


def _pick(figures: Figures, basis: str) -> float | None:
    return figures.self if basis == "self" else figures.others


def _series(
    key: str, values: Iterable[float | None], when: datetime | None = None, count: int | None = None
) -> RadarSeries | None:
    """A series, or None when it has no value at all (an empty polygon and legend entry would mislead)."""
    values = tuple(values)
    if all(v is None for v in values):
        return None
    return RadarSeries(key, values, when, count)


def _data(instrument: Instrument, series: Iterable[RadarSeries | None]) -> RadarData:
    return RadarData(
        instrument_id=instrument.id,
        axes=tuple(d.id for d in instrument.dimensions),
        axis_labels=tuple(d.name for d in instrument.dimensions),
        scale=(instrument.scale.min, instrument.scale.max),
        series=tuple(s for s in series if s is not None),
    )
