"""Every version of an instrument that forms were answered with. Pure Python.

A form stores the id and version of the instrument it was answered with, and the store keeps that
version's file text. When the file changes (a statement reworded, an item added, bands moved) or is
removed, an old form still shows the statements it was answered against and scores with its own
items and bands: its version is read back from the kept text, through the same checks as a file.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterable, Mapping

from desktop.core.answered_versions import RoundVersion, read_as
from desktop.core.comparison import RaterRole, RatingSheet, Round
from desktop.core.instrument_files import parse_instrument
from desktop.core.instruments import Instrument
from desktop.core.yamldoc import ContentLoadError, parse_yaml

log = logging.getLogger(__name__)

#: Reads the kept text of ``(instrument id, version)``; None when that version was never kept.
KeptContent = Callable[[str, int], str | None]


def instrument_from_content(content: str, name: str) -> Instrument | None:
    """The instrument of a kept file text; None (logged) when it no longer reads as one."""
    try:
        instrument, errors = parse_instrument(parse_yaml(content, name))
    except ContentLoadError as exc:
        instrument, errors = None, exc.errors
    if instrument is None:
        log.warning("The kept instrument %s does not read back: %s", name, "; ".join(map(str, errors)))
        return None
    return dataclasses.replace(instrument, content=content)


class InstrumentVersions:
    """The instrument a form was answered with: today's file when the versions match, else the kept one.

    A version that was never kept (forms stored before versions were kept) falls back to today's file,
    which is what those forms were always scored with.
    """

    def __init__(self, current: Mapping[str, Instrument], kept: KeptContent):
        self.current = current
        self._kept = kept
        self._cache: dict[tuple[str, int], Instrument | None] = {}

    def get(self, instrument_id: str, version: int | None = None) -> Instrument | None:
        today = self.current.get(instrument_id)
        if version is None or (today is not None and today.version == version):
            return today
        key = (instrument_id, version)
        if key not in self._cache:
            content = self._kept(instrument_id, version)
            old = (
                instrument_from_content(content, f"{instrument_id} version {version} (kept)")
                if content
                else None
            )
            if old is not None and today is not None:
                # Where it is listed and whether it is built in are today's file's, not the old text's.
                old = dataclasses.replace(old, built_in=today.built_in, file=today.file)
            self._cache[key] = old
        return self._cache[key] or today

    def with_answered(self, answered: Mapping[str, int]) -> dict[str, Instrument]:
        """Today's forms, then each form whose file is gone (removed, renamed, or broken) that forms
        were answered with (``answered``: id → newest version used), as its newest kept version: their
        history is still listed, shown and reported."""
        found = dict(self.current)
        for instrument_id, version in answered.items():
            if instrument_id not in found:
                kept = self.get(instrument_id, version)
                if kept is not None:
                    found[instrument_id] = kept
        return found

    def for_sheets(self, instrument_id: str, sheets: Iterable[RatingSheet]) -> Instrument | None:
        """The instrument a group of forms (one round) is shown with: the version of its latest
        self-assessment (the trainee's own form: their total and band as answered), or of its newest
        form when the round has no self-assessment."""
        known = [s for s in sheets if s.instrument_version is not None]
        selfs = [s for s in known if s.role is RaterRole.SELF]
        newest = max(selfs or known, key=lambda s: s.completed_at, default=None)
        return self.get(instrument_id, newest.instrument_version if newest else None)

    def for_round(self, instrument_id: str, round_: Round) -> Instrument | None:
        """The version one round of a trainee is scored, banded and drawn with (see ``for_sheets``)."""
        own = round_.self_sheet
        if own is not None and own.instrument_version is not None:
            # The round's latest self-assessment, at hand: a class view asks this of 2,000 rounds, thrice.
            return self.get(instrument_id, own.instrument_version)
        return self.for_sheets(instrument_id, round_.sheets)

    def as_answered(self, instrument: Instrument, round_: Round) -> Round:
        """``round_`` with every form read as the round's version (``for_round``) reads it.

        A rater who answered another version than the round's (the file was edited between the
        self-assessment and the supervisor's rating) keeps their score on every statement both versions
        have, the good end staying the good end when one version words it the other way round; their
        statements the round's version lacks are not counted, and a form on another scale is left out
        (its points mean something else). A round of one version comes back as it is.
        """
        shown = self.for_round(instrument.id, round_) or instrument
        if all(s.instrument_version in (None, shown.version) for s in round_.sheets):
            return round_
        others = []
        for sheet in round_.others:
            own = self.get(instrument.id, sheet.instrument_version)
            read = sheet if own is None else read_as(shown, own, sheet)
            if read is not None:
                others.append(read)
        self_sheet = round_.self_sheet
        if self_sheet is not None and self_sheet.instrument_version not in (None, shown.version):
            own = self.get(instrument.id, self_sheet.instrument_version)
            self_sheet = self_sheet if own is None else read_as(shown, own, self_sheet)
        return Round(self_sheet, tuple(others), round_.class_round)

    def rounds_as_answered(self, instrument: Instrument, rounds: Iterable[Round]) -> list[Round]:
        """``as_answered`` of each round."""
        return [self.as_answered(instrument, r) for r in rounds]

    def answered(self, instrument: Instrument) -> RoundVersion:
        """``for_round`` of ``instrument``'s id as a function of the round; today's file when neither
        the round's version nor the file's is known (the views' and reports' ``instrument_of``)."""

        def instrument_of(round_: Round) -> Instrument:
            return self.for_round(instrument.id, round_) or instrument

        return instrument_of
