"""What a class report says, per form: each trainee's totals per round, class means and bands per round.

Pure: built from the sheets already read in one go (``Store.sheets_by_person``), with rounds as
``round_numbers`` numbers them, and the anonymity rules of ``comparison``: a colleagues' mean is
there only with at least three colleagues, and "others" never includes held-back colleagues. The
PDF, the CSV and the class view all read these figures, so they say the same.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from desktop.core.answered_versions import RoundVersion, newest_answered
from desktop.core.comparison import RatingSheet, Round, compare
from desktop.core.instruments import Band, Instrument
from desktop.core.localtext import LocalText
from desktop.core.radar import ClassProfile, RadarData, RadarSeries, band_distribution, class_profile
from desktop.core.round_numbers import NumberedRound, numbered_rounds
from desktop.core.scoring import round_half_up, score


@dataclass(frozen=True)
class RoundTotal:
    """One trainee's totals in one round (None where there is no figure, or it is held back)."""

    person_id: int
    name: str
    number: int
    round_name: str | None
    when: datetime
    self_total: float | None
    self_band: Band | None
    others: float | None  # supervisor, colleagues when shown, observers
    supervisor: float | None
    colleagues: float | None  # None with fewer than 3 colleagues
    colleagues_rated: int
    observers_rated: int


@dataclass(frozen=True)
class Change:
    """A trainee's total in their first and last round, on the report's basis."""

    person_id: int
    name: str
    first: float | None
    last: float | None

    @property
    def change(self) -> float | None:
        return None if self.first is None or self.last is None else self.last - self.first


@dataclass(frozen=True)
class FormReport:
    instrument: Instrument
    basis: str  # "self", or "others" for an observation sheet (no self-ratings)
    rounds: dict[int, str | None]  # number → name, oldest first
    totals: tuple[RoundTotal, ...]  # trainee by trainee (class order), each oldest round first
    profiles: dict[int, ClassProfile]  # per round: the class's per-dimension figures
    bands: dict[int, list[tuple[Band, int]]]  # per round: trainees per self-assessment band

    def basis_total(self, total: RoundTotal) -> float | None:
        return total.self_total if self.basis == "self" else total.others

    def changes(self) -> list[Change]:
        """Trainees with at least two rounds: first and last total on the basis."""
        by_person: dict[int, list[RoundTotal]] = {}
        for total in self.totals:
            by_person.setdefault(total.person_id, []).append(total)
        return [
            Change(found[0].person_id, found[0].name, self.basis_total(found[0]), self.basis_total(found[-1]))
            for found in by_person.values()
            if len(found) >= 2
        ]

    def mean_by_round(self) -> RadarData:
        """The class-mean radar, one series per round (keys "round1", "round2" …), on the dimensions of
        the report's version (``instrument``); other versions' dimensions are named in ``left_out``."""
        series = []
        left_out: dict[LocalText, None] = {}
        for number, profile in self.profiles.items():
            left_out.update(dict.fromkeys(profile.left_out))
            mean = profile.mean_series()
            if mean is not None:
                series.append(RadarSeries(f"round{number}", mean.values, count=profile.trainees))
        instrument = self.instrument
        return RadarData(
            instrument.id,
            tuple(d.id for d in instrument.dimensions),
            tuple(d.name for d in instrument.dimensions),
            (instrument.scale.min, instrument.scale.max),
            tuple(series),
            tuple(left_out),
            sum(p.other_scale for p in self.profiles.values()),
        )


def form_report(
    instrument: Instrument,
    names: Mapping[int, str],
    sheets_by_person: Mapping[int, Sequence[RatingSheet]],
    instrument_of: RoundVersion | None = None,
    as_answered: Callable[[Round], Round] | None = None,
) -> FormReport | None:
    """The report of one form for the trainees in ``names`` (in its order); None when none has a round.

    Each round's totals and band come from the version its forms were answered with (``instrument_of``;
    ``instrument``, today's file, for all when None); the report is laid out with the newest version
    answered (its title, dimensions and bands), so a later edit of the file changes nothing in it.
    ``as_answered`` reads each round's forms as its version does (``InstrumentVersions.as_answered``).
    """
    by_number: dict[int, list[Round]] = {}
    totals = []
    for person_id, name in names.items():
        for numbered in numbered_rounds(sheets_by_person.get(person_id, ())):
            if as_answered is not None:
                numbered = dataclasses.replace(numbered, round=as_answered(numbered.round))
            by_number.setdefault(numbered.number, []).append(numbered.round)
            own = instrument if instrument_of is None else instrument_of(numbered.round)
            totals.append(_round_total(own, person_id, name, numbered))
    if not totals:
        return None
    instrument = newest_answered(
        instrument, (r for found in by_number.values() for r in found), instrument_of
    )
    basis = "self" if "self" in instrument.rater_roles else "others"
    round_names: dict[int, str | None] = {}
    for total in totals:
        round_names[total.number] = round_names.get(total.number) or total.round_name
    round_names = dict(sorted(round_names.items()))
    return FormReport(
        instrument,
        basis,
        round_names,
        tuple(totals),
        {n: class_profile(instrument, by_number[n], basis, instrument_of) for n in round_names},
        _same_bands({n: band_distribution(instrument, by_number[n], instrument_of) for n in round_names})
        if instrument.bands
        else {},
    )


def _same_bands(by_round: dict[int, list[tuple[Band, int]]]) -> dict[int, list[tuple[Band, int]]]:
    """Every round's distribution over the same bands, in the same order (a chart puts a round's bars
    beside another's by position): rounds answered with versions whose bands differ list the bands
    of both, 0 where a round has nobody."""
    every: dict[tuple[int, int, LocalText], Band] = {}
    for distribution in by_round.values():
        for band, _count in distribution:
            every.setdefault((band.min, band.max, band.label), band)
    order = sorted(every.items(), key=lambda found: (-found[1].min, -found[1].max))
    aligned = {}
    for number, distribution in by_round.items():
        counts = {(band.min, band.max, band.label): count for band, count in distribution}
        aligned[number] = [(band, counts.get(key, 0)) for key, band in order]
    return aligned


def _round_total(instrument: Instrument, person_id: int, name: str, numbered: NumberedRound) -> RoundTotal:
    round_ = numbered.round
    comparison = compare(instrument, round_.sheets)
    self_total = None
    if round_.self_sheet is not None:
        self_total = score(instrument, round_.self_sheet.answers).total
    others = comparison.total.others
    if others is not None:  # as ``observed_total`` does: a sum total falls in exactly one band
        others = round_half_up(others) if instrument.total == "sum" else round(others, 2)
    return RoundTotal(
        person_id=person_id,
        name=name,
        number=numbered.number,
        round_name=numbered.name,
        when=round_.when,
        self_total=self_total,
        self_band=instrument.band_for(self_total),
        others=others,
        supervisor=comparison.total.supervisor,
        colleagues=comparison.total.colleagues,
        colleagues_rated=comparison.colleagues_rated,
        observers_rated=comparison.observers_rated,
    )
