"""Putting a trainee's report together: scorecard summary, radars with overlays, trend (texts translated).

The app writes the report on the store worker, which calls no Qt (PySide is not safe there while the
window works): its words are translated on the window's thread (``report_texts``) and handed over.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Protocol

from PySide6.QtCore import QCoreApplication

from desktop.core.messages import Message
from desktop.core.rater_roles import GapFlag
from desktop.ui.radar.texts import RadarTexts, radar_texts, scales_differ_note, series_labels, versions_note
from desktop.ui.radar.trend_points import TrendTexts, trend_points, trend_texts
from desktop.ui.scorecard.roles import flag_name
from desktop.ui.shell.formatting import fill, fmt_day, fmt_gap, fmt_score

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from desktop.charts.report import SummaryPage
    from desktop.core.comparison import RatingSheet, Round
    from desktop.core.instruments import Instrument
    from desktop.core.records import PersonRecord

MAX_GAP_ROWS = 12


class ReportSource(Protocol):
    """What a trainee report reads: the app's ``Store``, or for ``report --person`` a reader of that
    one trainee that needs no SQLAlchemy (``desktop.store.person_reader``)."""

    def person(self, person_id: int) -> PersonRecord | None: ...

    def people_named(self, name: str) -> list[PersonRecord]: ...

    def sheets(self, person_id: int, instrument_id: str) -> list[RatingSheet]: ...

    def kept_instrument(self, instrument_id: str, version: int) -> str | None: ...

    def answered_instruments(self, person_id: int) -> dict[str, int]: ...


class PersonNotFound(LookupError):
    pass


class ReportTexts(NamedTuple):
    """A report's words in the interface's language, translated on the window's thread."""

    said: dict[str, str]  # the pages' own words and templates, by key
    radar: RadarTexts
    trend: TrendTexts
    flags: dict[GapFlag | None, str]  # the note beside a statement where self and others differ


def report_texts() -> ReportTexts:
    """Call on the window's thread; hand the result to work on the worker."""

    said = {
        "subtitle": QCoreApplication.translate("Report", "Class: %1 · report of %2"),
        "title": QCoreApplication.translate("Report", "Assessment report: %1"),
        "no_scorecard": QCoreApplication.translate("Report", "No scorecard yet"),
        "self_and_others": QCoreApplication.translate("Report", "%1: self and others"),
        "before_after": QCoreApplication.translate("Report", "%1: before and after training"),
        "self": QCoreApplication.translate("Report", "Self"),
        "all_others": QCoreApplication.translate("Report", "All others"),
        "trend_title": QCoreApplication.translate("Report", "%1: total over time"),
        "total": QCoreApplication.translate("Report", "Total"),
        "no_self": QCoreApplication.translate("Report", "No self-assessment yet"),
        "observed": QCoreApplication.translate(
            "Report", "Observation sheet: the mean of %1 observers' ratings."
        ),
        "forms": QCoreApplication.translate(
            "Report",
            "Forms in this round: self %1, supervisor %2, colleagues %3. Colleagues are shown only as a mean of at least 3.",
        ),
        "statement": QCoreApplication.translate("Report", "Statement"),
        "others": QCoreApplication.translate("Report", "Others"),
        "gap": QCoreApplication.translate("Report", "Gap"),
        "note": QCoreApplication.translate("Report", "Note"),
        "gaps_title": QCoreApplication.translate("Report", "Biggest gaps between self and others"),
        "observers": QCoreApplication.translate("Report", "Observers"),
        "lowest_title": QCoreApplication.translate("Report", "Statements the observers rated lowest"),
    }
    flags: dict[GapFlag | None, str] = {flag: flag_name(flag) for flag in GapFlag}
    flags[None] = flag_name(None)
    return ReportTexts(said, radar_texts(), trend_texts(), flags)


def find_person(store: ReportSource, name_or_id: str) -> PersonRecord:
    """A trainee by id, or by name (compared as the name rules say) when exactly one trainee has it."""
    if name_or_id.strip().isdecimal():
        person = store.person(int(name_or_id))
        if person is not None:
            return person
    match = store.people_named(name_or_id)
    if len(match) == 1:
        return match[0]
    if not match:
        raise PersonNotFound(Message("report.no_person", name=name_or_id))
    ids = ", ".join(f"{p.id} ({p.cohort_name or '—'})" for p in match)
    raise PersonNotFound(Message("report.several_people", count=len(match), name=name_or_id, ids=ids))


def _person(store: ReportSource, person_id: int) -> PersonRecord:
    person = store.person(person_id)
    if person is None:
        raise PersonNotFound(Message("report.no_person_id", id=person_id))
    return person


def report_figures(
    store: ReportSource, instruments: Mapping[str, Instrument], person_id: int, lang: str
) -> list[Figure]:
    """The report's pages, drawn (see ``report_pages``)."""
    return [draw() for draw in report_pages(store, instruments, person_id, lang)]


def report_pages(
    store: ReportSource,
    instruments: Mapping[str, Instrument],
    person_id: int,
    lang: str,
    texts: ReportTexts | None = None,
) -> list[Callable[[], Figure]]:
    """The report's pages, each drawn when called: every instrument's summary first, then the radars,
    then the trends. The PDF draws one page at a time (a page's figure is let go once written: the
    report's peak memory no longer holds every page at once).

    Which pages an instrument has is its file's to say (``report:``; see ``Instrument.report_pages``):
    no instrument is special here, so a new instrument file gets its pages without a code change.
    ``texts``: ``report_texts()``, made on the window's thread when this runs on the worker.
    """
    from desktop.charts.radar import radar_figure
    from desktop.charts.report import A4_LANDSCAPE, SummaryPage, notice_figure, summary_figure
    from desktop.charts.trend import trend_figure
    from desktop.core.answered_versions import newest_answered
    from desktop.core.comparison import rounds
    from desktop.core.instrument_history import InstrumentVersions
    from desktop.core.radar import ScalesDiffer, before_after, self_vs_others
    from desktop.core.trend import trend

    texts = texts or report_texts()
    said = texts.said
    person = _person(store, person_id)
    subtitle = fill(
        said["subtitle"],
        person.cohort_name or "—",
        fmt_day(__import__("datetime").datetime.now().astimezone()),
    )
    # Every round is scored, banded and drawn with the version its forms were answered with.
    versions = InstrumentVersions(instruments, store.kept_instrument)
    reported: list[tuple[Instrument, list[Round]]] = []
    # A form whose file is gone still has its pages, with the newest version it was answered with.
    for instrument in versions.with_answered(store.answered_instruments(person_id)).values():
        if instrument.report_pages:
            found = versions.rounds_as_answered(instrument, rounds(store.sheets(person_id, instrument.id)))
            if found:
                reported.append((instrument, found))

    def answered_with(instrument: Instrument, found: list[Round]) -> Instrument:
        return versions.answered(instrument)(found[-1])

    def titled(instrument: Instrument, found: list[Round]) -> str:
        """The form's title as its rounds were answered (the newest version), never today's file's."""
        return newest_answered(instrument, found, versions.answered(instrument)).title.get(lang)

    summaries = [
        _summary_page(answered_with(instrument, found), found, person.name, subtitle, lang, texts)
        for instrument, found in reported
        if "summary" in instrument.report_pages
    ]
    if not summaries:
        summaries = [
            SummaryPage(
                fill(said["title"], person.name),
                subtitle,
                said["no_scorecard"],
                "",
                "",
                "",
                (),
                (),
            )
        ]
    figures: list[Callable[[], Figure]] = [partial(summary_figure, page) for page in summaries]

    for instrument, found in reported:
        if "radar" not in instrument.report_pages or not instrument.has_radar:
            continue
        title = titled(instrument, found)
        data = self_vs_others(answered_with(instrument, found), found[-1])
        figures.append(
            partial(
                radar_figure,
                data,
                series_labels(data, texts.radar),
                lang,
                fill(said["self_and_others"], title),
                size=A4_LANDSCAPE,
            )
        )
        if len(found) >= 2:
            before_after_title = fill(said["before_after"], title)
            basis = "self" if "self" in instrument.rater_roles else "others"  # observation sheets
            instrument_of = versions.answered(instrument)
            try:
                change = before_after(
                    instrument_of(found[-1]), found[0], found[-1], basis, instrument_of(found[0])
                )
            except ScalesDiffer as exc:
                # Versions on different scales: no radar can compare them; the page says so, as the screen does.
                figures.append(
                    partial(notice_figure, before_after_title, scales_differ_note(*exc.scales, texts.radar))
                )
                continue
            figures.append(
                partial(
                    radar_figure,
                    change,
                    series_labels(change, texts.radar),
                    lang,
                    before_after_title,
                    size=A4_LANDSCAPE,
                    note=versions_note(change, lang, texts.radar),
                )
            )

    for instrument, found in reported:
        if "trend" not in instrument.report_pages:
            continue
        labels = {
            "self": said["self"],
            "others": said["all_others"],
            "title": fill(said["trend_title"], titled(instrument, found)),
            "y": said["total"],
        }
        totals = trend(instrument, found, versions.answered(instrument))
        figures.append(
            partial(
                trend_figure,
                trend_points(totals, texts.trend),
                totals.value_range,
                labels,
                totals.band_starts,
                size=A4_LANDSCAPE,
            )
        )
    return figures


def _summary_page(
    instrument: Instrument, found: list[Round], name: str, subtitle: str, lang: str, texts: ReportTexts
) -> SummaryPage:
    """Total, band and advice of the latest round, and the statements where self and others differ most."""
    said = texts.said
    from desktop.charts.report import SummaryPage
    from desktop.core.comparison import compare, observed_total
    from desktop.core.scoring import score

    latest = found[-1]
    comparison = compare(instrument, latest.sheets)
    if latest.self_sheet is not None:
        card = score(instrument, latest.self_sheet.answers)
        band = card.band.label.get(lang) if card.band else ""
        headline = f"{fmt_score(card.total)} / {fmt_score(instrument.total_range[1])}"
        headline += f" · {band}" if band else ""
        advice = card.band.advice.get(lang) if card.band else ""
    elif (observed := observed_total(instrument, latest.sheets)) is not None:
        band = observed.band.label.get(lang) if observed.band else ""
        headline = f"{fmt_score(observed.total)} / {fmt_score(instrument.total_range[1])}"
        headline += f" · {band}" if band else ""
        advice = observed.band.advice.get(lang) if observed.band else ""
    else:
        headline, advice = said["no_self"], ""
    if observed_total(instrument, latest.sheets) is not None:
        notes = fill(said["observed"], comparison.observers_rated)
    else:
        notes = fill(
            said["forms"],
            1 if comparison.has_self else 0,
            comparison.supervisors_rated,
            comparison.colleagues_rated,
        )
    rows: list[tuple[str, ...]] = []
    for item in comparison.items_by_gap[:MAX_GAP_ROWS]:
        f = comparison.items[item.id]
        rows.append(
            (
                item.text.get(lang),
                fmt_score(f.self),
                fmt_score(f.others),
                fmt_gap(f.gap),
                texts.flags[f.flag],
            )
        )
    headers: tuple[str, ...] = (said["statement"], said["self"], said["others"], said["gap"], said["note"])
    gaps_title = said["gaps_title"]
    if not any(row[-1] for row in rows):
        # No blind spot or hidden strength among these rows: an all-blank column says nothing.
        headers, rows = headers[:-1], [row[:-1] for row in rows]
    if observed_total(instrument, latest.sheets) is not None:
        # No self-ratings, so no gaps: the statements the observers rated lowest, what to practise.
        lowest = sorted(
            instrument.items,
            key=lambda i: (comparison.items[i.id].others is None, comparison.items[i.id].others or 0),
        )
        rows = [(i.text.get(lang), fmt_score(comparison.items[i.id].others)) for i in lowest[:MAX_GAP_ROWS]]
        headers = (said["statement"], said["observers"])
        gaps_title = said["lowest_title"]
    return SummaryPage(
        title=fill(said["title"], name),
        subtitle=subtitle,
        headline=f"{instrument.title.get(lang)}: {headline}",
        advice=advice,
        notes=notes,
        gaps_title=gaps_title,
        gap_headers=headers,
        gap_rows=tuple(rows),
    )


def write_trainee_report(
    store: ReportSource,
    instruments: Mapping[str, Instrument],
    person_id: int,
    lang: str,
    path: Path,
    on_page: Callable[[int, int], None] | None = None,
    *,
    hand_back_memory: bool = False,
    texts: ReportTexts | None = None,
) -> int:
    """Write one trainee's report PDF; ``on_page(done, total)`` after each page (a progress bar).
    ``hand_back_memory``: see ``write_pdf`` (the command line's, not the app's). ``texts``:
    ``report_texts()``, made on the window's thread when this runs on the worker."""
    from desktop.charts.report import write_pdf

    texts = texts or report_texts()
    person = _person(store, person_id)
    pages = report_pages(store, instruments, person_id, lang, texts)
    return write_pdf(
        path,
        (draw() for draw in pages),
        fill(texts.said["title"], person.name),
        None if on_page is None else lambda done: on_page(done, len(pages)),
        hand_back_memory=hand_back_memory,
    )
