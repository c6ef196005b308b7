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

from desktop.core.answered_versions import RoundVersion, dimensions_left_out
from desktop.core.comparison import Figures, Round, compare, dimension_figures
from desktop.core.instruments import Band, Dimension, Instrument
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
    #: dimensions of a version behind a series that are not axes here (versions of the form differ)
    left_out: tuple[LocalText, ...] = ()
    #: rounds left out of a class mean: answered with a version on another scale than the axes'
    other_scale: int = 0

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
    #: dimensions of the rounds' versions that are not the instrument's (see ``class_profile``)
    left_out: tuple[LocalText, ...] = ()
    #: rounds answered with a version on another scale: not in any figure
    other_scale: int = 0

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


class ScalesDiffer(ValueError):
    """Two versions of a form on different scales (1–5, 1–7): their values cannot share one radar."""

    def __init__(self, first: tuple[int, int], second: tuple[int, int]):
        super().__init__(f"answered on different scales: {first[0]}–{first[1]} and {second[0]}–{second[1]}")
        self.scales = (first, second)


def before_after(
    instrument: Instrument,
    earlier: Round,
    later: Round,
    basis: str = "self",
    earlier_instrument: Instrument | None = None,
) -> RadarData:
    """Two rounds of the same trainee on one basis ("self" or "others").

    ``instrument`` is the version ``later`` was answered with and ``earlier_instrument`` that of
    ``earlier`` (the same when None); each round is scored with its own. When the two versions differ
    in dimensions, the axes are the dimensions both have (in the later version's order and words) and
    the others are named in ``left_out``. Versions on different scales raise ``ScalesDiffer``.
    """
    old = earlier_instrument or instrument
    if _scale(old) != _scale(instrument):
        raise ScalesDiffer(_scale(old), _scale(instrument))
    old_ids = {d.id for d in old.dimensions}
    axes = tuple(d for d in instrument.dimensions if d.id in old_ids)
    return RadarData(
        instrument_id=instrument.id,
        axes=tuple(d.id for d in axes),
        axis_labels=tuple(d.name for d in axes),
        scale=_scale(instrument),
        series=tuple(
            s
            for s in (
                _series("earlier", _on_axes(axes, _by_dimension(old, earlier, basis)), earlier.when),
                _series("later", _on_axes(axes, _by_dimension(instrument, later, basis)), later.when),
            )
            if s is not None
        ),
        left_out=(
            *(d.name for d in instrument.dimensions if d.id not in old_ids),
            *dimensions_left_out(instrument, [old]),
        ),
    )


def trainee_vs_class(
    instrument: Instrument,
    trainee: Round,
    class_rounds: Sequence[Round],
    basis: str = "self",
    instrument_of: RoundVersion | None = None,
) -> RadarData:
    """One trainee's round against the class mean, both on ``basis``.

    ``class_rounds`` holds one round per trainee (typically each one's latest) and normally includes
    the trainee's own round: the mean is that of the whole class. ``instrument`` is the version the
    trainee's round was answered with: its dimensions are the axes; ``instrument_of`` gives each class
    round's own version (see ``class_profile``).
    """
    profile = class_profile(instrument, class_rounds, basis, instrument_of)
    trainee_series = _series("trainee", basis_values(instrument, trainee, basis), trainee.when)
    return _data(instrument, [trainee_series, profile.mean_series()], profile)


def class_mean_of(instrument: Instrument, profile: ClassProfile) -> RadarData:
    """The class-mean radar of a profile already computed (the class view shows both)."""
    return _data(instrument, [profile.mean_series()], profile)


def class_profile(
    instrument: Instrument,
    class_rounds: Sequence[Round],
    basis: str = "self",
    instrument_of: RoundVersion | None = None,
) -> ClassProfile:
    """Mean, range and spread per dimension over trainees (one round each) who have a value there.

    Each round is scored with the version it was answered with (``instrument_of``; ``instrument``
    for all when None) and counts on the dimensions of ``instrument`` its version has too: a
    dimension added later has only the trainees who answered it behind it (its ``n``). Dimensions
    only other versions have are named in ``left_out``; a round answered on another scale counts
    nowhere (``other_scale``), since its values would not be comparable.
    """
    per_trainee = []
    versions: dict[tuple[str, int], Instrument] = {}
    other_scale = 0
    for round_ in class_rounds:
        own = instrument if instrument_of is None else instrument_of(round_)
        if own.version != instrument.version:
            versions.setdefault((own.id, own.version), own)
            if _scale(own) != _scale(instrument):
                other_scale += 1
                continue
            per_trainee.append(_on_axes(instrument.dimensions, _by_dimension(own, round_, basis)))
        else:
            per_trainee.append(basis_values(instrument, round_, basis))
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
    return ClassProfile(
        instrument.id,
        basis,
        len(class_rounds),
        tuple(spreads),
        dimensions_left_out(instrument, versions.values()),
        other_scale,
    )


def _pstdev(values: Sequence[float]) -> float:
    """``statistics.pstdev`` in floats: that one computes in exact fractions, ~5 ms a dimension for a
    department of 2,000 trainees, for a figure shown to one decimal."""
    mean = math.fsum(values) / len(values)
    return math.sqrt(math.fsum((v - mean) ** 2 for v in values) / len(values))


def band_distribution(
    instrument: Instrument, class_rounds: Sequence[Round], instrument_of: RoundVersion | None = None
) -> list[tuple[Band, int]]:
    """How many trainees' self-assessment totals fall in each band, highest band first, zeros included.

    Each self-assessment is banded with the bands of the version it was answered with
    (``instrument_of``; ``instrument`` for all when None): a band another version drew differently
    (another range or label) is a row of its own, listed when some trainee is in it. Rounds without
    a self-assessment, and self-assessments too incomplete for a total, are not counted. An
    instrument without bands, whose rounds' versions have none either, gives an empty list.
    """
    counts: dict[tuple[int, int, LocalText], tuple[Band, int]] = {
        _band_key(band): (band, 0) for band in instrument.bands
    }
    for round_ in class_rounds:
        if round_.self_sheet is None:
            continue
        own = instrument if instrument_of is None else instrument_of(round_)
        band = own.band_for(score(own, round_.self_sheet.answers).total)
        if band is not None:
            key = _band_key(band)
            known, count = counts.get(key, (band, 0))
            counts[key] = (known, count + 1)
    return sorted(counts.values(), key=lambda found: (-found[0].min, -found[0].max))


def _band_key(band: Band) -> tuple[int, int, LocalText]:
    # Bands are told apart by what a reader sees (range and label), not by their advice's wording.
    return (band.min, band.max, band.label)


def basis_values(instrument: Instrument, round_: Round, basis: str) -> tuple[float | None, ...]:
    """A round's per-dimension values on one basis, in the instrument's dimension order."""
    if basis not in BASES:
        raise ValueError(f"unknown basis {basis!r}; use one of: {', '.join(BASES)}")
    dimensions = dimension_figures(instrument, round_.sheets)
    return tuple(_pick(dimensions[d.id], basis) for d in instrument.dimensions)


def _by_dimension(instrument: Instrument, round_: Round, basis: str) -> dict[str, float | None]:
    """A round's value per dimension id on one basis, scored with ``instrument``."""
    if basis not in BASES:
        raise ValueError(f"unknown basis {basis!r}; use one of: {', '.join(BASES)}")
    dimensions = dimension_figures(instrument, round_.sheets)
    return {d.id: _pick(dimensions[d.id], basis) for d in instrument.dimensions}


def _on_axes(axes: Iterable[Dimension], values: dict[str, float | None]) -> tuple[float | None, ...]:
    """``values`` in the order of ``axes``; None on an axis the values' version does not have."""
    return tuple(values.get(d.id) for d in axes)


def _scale(instrument: Instrument) -> tuple[int, int]:
    return instrument.scale.min, instrument.scale.max


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


def _data(
    instrument: Instrument, series: Iterable[RadarSeries | None], profile: ClassProfile | None = None
) -> RadarData:
    return RadarData(
        instrument_id=instrument.id,
        axes=tuple(d.id for d in instrument.dimensions),
        axis_labels=tuple(d.name for d in instrument.dimensions),
        scale=_scale(instrument),
        series=tuple(s for s in series if s is not None),
        left_out=profile.left_out if profile else (),
        other_scale=profile.other_scale if profile else 0,
    )
