"""Putting a trainee's report together: scorecard summary, radars with overlays, trend (texts translated)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.ui.formatting import fill, fmt_day, fmt_gap, fmt_score
from desktop.ui.radar_texts import series_labels
from desktop.ui.roles import flag_name

SCORECARD = "soothing"
RADAR_INSTRUMENTS = ("eq", "communication")
MAX_GAP_ROWS = 12


class PersonNotFound(LookupError):
    pass


def find_person(store, name_or_id: str):  # noqa: ANN001, ANN201 - Store → PersonRecord
    """A trainee by id, or by name (compared as the name rules say) when exactly one trainee has it."""
    if name_or_id.strip().isdecimal():
        person = store.person(int(name_or_id))
        if person is not None:
            return person
    match = store.people_named(name_or_id)
    if len(match) == 1:
        return match[0]
    if not match:
        raise PersonNotFound(f"no trainee called or numbered '{name_or_id}'")
    ids = ", ".join(f"{p.id} ({p.cohort_name or '—'})" for p in match)
    raise PersonNotFound(f"{len(match)} trainees are called '{name_or_id}'; give the id instead: {ids}")


def report_figures(store, instruments: dict, person_id: int, lang: str) -> list:  # noqa: ANN001
    from desktop.charts.radar import radar_figure
    from desktop.charts.report import A4_LANDSCAPE, SummaryPage, summary_figure
    from desktop.charts.trend import trend_figure
    from desktop.core.comparison import compare, rounds
    from desktop.core.radar import before_after, self_vs_others
    from desktop.core.scoring import score
    from desktop.ui.chart_canvas import trend_points

    person = store.person(person_id)
    figures = []
    subtitle = fill(
        QCoreApplication.translate("Report", "Class: %1 · report of %2"),
        person.cohort_name or "—",
        fmt_day(__import__("datetime").datetime.now().astimezone()),
    )
    scorecard = instruments.get(SCORECARD)
    card_rounds = rounds(store.sheets(person_id, SCORECARD)) if scorecard else []
    if scorecard and card_rounds:
        latest = card_rounds[-1]
        comparison = compare(scorecard, latest.sheets)
        if latest.self_sheet is not None:
            card = score(scorecard, latest.self_sheet.answers)
            band = card.band.label.get(lang) if card.band else ""
            headline = f"{fmt_score(card.total)} / {scorecard.total_range[1]} · {band}"
            advice = card.band.advice.get(lang) if card.band else ""
        else:
            headline, advice = QCoreApplication.translate("Report", "No self-assessment yet"), ""
        notes = fill(
            QCoreApplication.translate(
                "Report",
                "Forms in this round: self %1, supervisor %2, colleagues %3. Colleagues are shown only as a mean of at least 3.",
            ),
            1 if comparison.has_self else 0,
            comparison.supervisors_rated,
            comparison.colleagues_rated,
        )
        rows = []
        for item in comparison.items_by_gap[:MAX_GAP_ROWS]:
            f = comparison.items[item.id]
            rows.append(
                (
                    item.text.get(lang),
                    fmt_score(f.self),
                    fmt_score(f.others),
                    fmt_gap(f.gap),
                    flag_name(f.flag),
                )
            )
        headers = (
            QCoreApplication.translate("Report", "Statement"),
            QCoreApplication.translate("Report", "Self"),
            QCoreApplication.translate("Report", "Others"),
            QCoreApplication.translate("Report", "Gap"),
            QCoreApplication.translate("Report", "Note"),
        )
        if not any(row[-1] for row in rows):
            # No blind spot or hidden strength among these rows: an all-blank column says nothing.
            headers, rows = headers[:-1], [row[:-1] for row in rows]
        page = SummaryPage(
            title=fill(QCoreApplication.translate("Report", "Assessment report: %1"), person.name),
            subtitle=subtitle,
            headline=f"{scorecard.title.get(lang)}: {headline}",
            advice=advice,
            notes=notes,
            gaps_title=QCoreApplication.translate("Report", "Biggest gaps between self and others"),
            gap_headers=headers,
            gap_rows=tuple(rows),
        )
    else:
        page = SummaryPage(
            fill(QCoreApplication.translate("Report", "Assessment report: %1"), person.name),
            subtitle,
            QCoreApplication.translate("Report", "No scorecard yet"),
            "",
            "",
            "",
            (),
            (),
        )
    figures.append(summary_figure(page))

    for instrument_id in RADAR_INSTRUMENTS:
        instrument = instruments.get(instrument_id)
        if instrument is None:
            continue
        found = rounds(store.sheets(person_id, instrument_id))
        if not found:
            continue
        title = instrument.title.get(lang)
        data = self_vs_others(instrument, found[-1])
        figures.append(
            radar_figure(
                data,
                series_labels(data),
                lang,
                fill(QCoreApplication.translate("Report", "%1: self and others"), title),
                size=A4_LANDSCAPE,
            )
        )
        if len(found) >= 2:
            change = before_after(instrument, found[0], found[-1], "self")
            figures.append(
                radar_figure(
                    change,
                    series_labels(change),
                    lang,
                    fill(QCoreApplication.translate("Report", "%1: before and after training"), title),
                    size=A4_LANDSCAPE,
                )
            )

    if scorecard and card_rounds:
        labels = {
            "self": QCoreApplication.translate("Report", "Self"),
            "others": QCoreApplication.translate("Report", "All others"),
            "title": fill(
                QCoreApplication.translate("Report", "%1: total over time"), scorecard.title.get(lang)
            ),
            "y": QCoreApplication.translate("Report", "Total"),
        }
        figures.append(
            trend_figure(
                trend_points(scorecard, card_rounds),
                scorecard.total_range,
                labels,
                [b.min for b in scorecard.bands],
                size=A4_LANDSCAPE,
            )
        )
    return figures


def write_trainee_report(store, instruments: dict, person_id: int, lang: str, path: Path) -> int:  # noqa: ANN001
    from desktop.charts.report import write_pdf

    person = store.person(person_id)
    return write_pdf(
        path,
        report_figures(store, instruments, person_id, lang),
        fill(QCoreApplication.translate("Report", "Assessment report: %1"), person.name),
    )
