"""A trainee's totals over rounds, each round scored with the version it was answered with. Pure Python.

The history screen's chart and the trainee report's trend page draw these. When the rounds were
answered with different versions of the form, each total is on its own version's range (20 statements
give 20–100, 25 give 25–125): the chart's axis covers every version's range, and band lines are drawn
only when every version has the same bands (a line of one version's bands would mislabel the others).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.answered_versions import RoundVersion
from desktop.core.comparison import Round, compare
from desktop.core.instruments import Instrument
from desktop.core.scoring import score


@dataclass(frozen=True)
class TrendTotal:
    """One round's self total and all others' total, scored with ``version`` of the form."""

    round: Round
    version: int
    self_total: float | None
    others_total: float | None


@dataclass(frozen=True)
class Trend:
    totals: tuple[TrendTotal, ...]  # oldest round first
    value_range: tuple[int, int]  # from the lowest total any version allows to the highest
    band_starts: tuple[int, ...]  # where bands start, when every version has the same bands
    versions_differ: bool  # the rounds were answered with more than one version


def trend(
    instrument: Instrument, rounds: Sequence[Round], instrument_of: RoundVersion | None = None
) -> Trend:
    """The totals of ``rounds``, each with its own version (``instrument_of``; ``instrument`` when None)."""
    totals = []
    versions: dict[int, Instrument] = {}
    for round_ in rounds:
        own = instrument if instrument_of is None else instrument_of(round_)
        versions.setdefault(own.version, own)
        self_total = score(own, round_.self_sheet.answers).total if round_.self_sheet else None
        totals.append(TrendTotal(round_, own.version, self_total, compare(own, round_.sheets).total.others))
    shown = list(versions.values()) or [instrument]
    bands = {tuple((b.min, b.max) for b in v.bands) for v in shown}
    return Trend(
        tuple(totals),
        (min(v.total_range[0] for v in shown), max(v.total_range[1] for v in shown)),
        tuple(sorted(b.min for b in shown[0].bands)) if len(bands) == 1 else (),
        len(versions) > 1,
    )
