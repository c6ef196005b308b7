"""The class report put together: per form, each trainee's totals per round and the change from the
first to the last, the class mean per round on a radar, the bands per round; and the same totals as a
CSV for HR. Figures from ``desktop.core.class_report``; pages drawn by ``desktop.charts.class_report``.

The app writes them on the store worker, which calls no Qt: their words are translated on the window's
thread (``class_report_texts``) and handed over; the command line makes them where it runs.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Mapping
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication

from desktop.core.class_report import FormReport, RoundTotal, form_report
from desktop.ui.radar.texts import RadarTexts, radar_texts, versions_note
from desktop.ui.scorecard.paper_forms_builder import round_label
from desktop.ui.shell.formatting import fill, fmt_day, fmt_gap, fmt_score

if TYPE_CHECKING:  # matplotlib and the store load when a report is written, not with the class view
    from matplotlib.figure import Figure

    from desktop.core.instruments import Instrument
    from desktop.store.store import Store

#: the forms known today, by id (a form answered with a version that has no file is found in the store)
Instruments = Mapping[str, "Instrument"]


class ClassReportTexts(NamedTuple):
    """The class report's words in the interface's language, translated on the window's thread."""

    said: dict[str, str]  # the pages' and the CSV's words and templates, by key
    radar: RadarTexts


def class_report_texts() -> ClassReportTexts:
    """Call on the window's thread; hand the result to work on the worker."""
    said = {
        "self": QCoreApplication.translate("ClassReport", "self"),
        "observers": QCoreApplication.translate("ClassReport", "observers"),
        "subtitle": QCoreApplication.translate("ClassReport", "Class: %1 · %2 trainees · report of %3"),
        "form_line": QCoreApplication.translate("ClassReport", "%1: %2 trainees; rounds: %3"),
        "no_forms": QCoreApplication.translate("ClassReport", "No forms filled in yet in this class."),
        "title": QCoreApplication.translate("ClassReport", "Class report: %1"),
        "totals_title": QCoreApplication.translate("ClassReport", "%1: each trainee's total per round"),
        "class_mean": QCoreApplication.translate("ClassReport", "%1, class mean"),
        "radar_title": QCoreApplication.translate("ClassReport", "%1: class mean per round (%2)"),
        "bands_title": QCoreApplication.translate("ClassReport", "%1: self-assessment bands per round"),
        "trainees": QCoreApplication.translate("ClassReport", "Trainees"),
        "trainee": QCoreApplication.translate("ClassReport", "Trainee"),
        "self_column": QCoreApplication.translate("ClassReport", "%1 self"),
        "others_column": QCoreApplication.translate("ClassReport", "%1 others"),
        "observers_column": QCoreApplication.translate("ClassReport", "%1 observers"),
        "change": QCoreApplication.translate("ClassReport", "Change (%1)"),
        "class": QCoreApplication.translate("ClassReport", "Class"),
        "trainee_no": QCoreApplication.translate("ClassReport", "Trainee no."),
        "form": QCoreApplication.translate("ClassReport", "Form"),
        "round": QCoreApplication.translate("ClassReport", "Round"),
        "date": QCoreApplication.translate("ClassReport", "Date"),
        "self_total": QCoreApplication.translate("ClassReport", "Self total"),
        "self_band": QCoreApplication.translate("ClassReport", "Self band"),
        "others_total": QCoreApplication.translate("ClassReport", "Others' total"),
        "supervisor": QCoreApplication.translate("ClassReport", "Supervisor"),
        "colleagues": QCoreApplication.translate("ClassReport", "Colleagues (mean of 3 or more)"),
        "colleagues_rated": QCoreApplication.translate("ClassReport", "Colleagues who rated"),
        "observers_rated": QCoreApplication.translate("ClassReport", "Observers who rated"),
        "anonymity": QCoreApplication.translate(
            "ClassReport",
            '"Others" is the mean of the supervisor, the colleagues and the observers; colleagues count only as '
            "a mean of at least 3 (fewer are left out of every figure). Change: last round minus first.",
        ),
        "round_number": QCoreApplication.translate("PaperForms", "Round %1"),
    }
    return ClassReportTexts(said, radar_texts())


def form_reports(store: Store, instruments: Instruments, cohort_id: int) -> list[FormReport]:
    """Every form some trainee of the class has filled in, in the forms' order; each round scored and
    banded with the version of the form it was answered with."""
    from desktop.core.instrument_history import InstrumentVersions

    versions = InstrumentVersions(instruments, store.kept_instrument)
    names = {p.id: p.name for p in store.people(cohort_id)}
    reports = []
    # A form whose file is gone is still reported, with the newest version it was answered with.
    for instrument in versions.with_answered(store.answered_instruments()).values():
        report = form_report(
            instrument,
            names,
            store.sheets_by_person(instrument.id, cohort_id),
            versions.answered(instrument),
            partial(versions.as_answered, instrument),
        )
        if report is not None:
            reports.append(report)
    return reports


def _basis_name(report: FormReport, said: dict[str, str]) -> str:
    if report.basis == "self":
        return said["self"]
    return said["observers"]


def class_report_figures(
    store: Store, instruments: Instruments, cohort_id: int, lang: str, texts: ClassReportTexts | None = None
) -> list[Figure]:
    """The report's pages; ``texts``: ``class_report_texts()``, made on the window's thread when this
    runs on the worker."""
    from desktop.charts.class_report import TablePage, bands_by_round_figure, cover_figure, table_figures
    from desktop.charts.radar import radar_figure
    from desktop.charts.report import A4_LANDSCAPE

    texts = texts or class_report_texts()
    said, numbered = texts.said, texts.said["round_number"]
    cohort = next(c for c in store.cohorts() if c.id == cohort_id)
    reports = form_reports(store, instruments, cohort_id)
    subtitle = fill(
        said["subtitle"],
        cohort.name,
        len(store.people(cohort_id)),
        fmt_day(datetime.now().astimezone()),
    )
    lines = []
    for report in reports:
        trainees = len({t.person_id for t in report.totals})
        rounds = "、".join(round_label(n, name, numbered) for n, name in report.rounds.items())
        lines.append(
            fill(
                said["form_line"],
                report.instrument.title.get(lang),
                trainees,
                rounds,
            )
        )
    if not reports:
        lines.append(said["no_forms"])
    lines.append("")
    lines.append(said["anonymity"])
    title = fill(said["title"], cohort.name)
    figures = [cover_figure(title, subtitle, lines)]
    for report in reports:
        form_title = report.instrument.title.get(lang)
        page = TablePage(
            fill(said["totals_title"], form_title),
            subtitle,
            *_totals_table(report, said),
            note=said["anonymity"],
        )
        figures.extend(table_figures(page))
        radar = report.mean_by_round()
        if report.instrument.has_radar and radar.series:
            labels = {
                f"round{n}": fill(
                    said["class_mean"],
                    round_label(n, report.rounds[n], numbered),
                )
                for n in report.rounds
            }
            radar_title = fill(
                said["radar_title"],
                form_title,
                _basis_name(report, said),
            )
            figures.append(
                radar_figure(
                    radar,
                    labels,
                    lang,
                    radar_title,
                    size=A4_LANDSCAPE,
                    note=versions_note(radar, lang, texts.radar),
                )
            )
        if report.bands and any(count for d in report.bands.values() for _, count in d):
            figures.append(
                bands_by_round_figure(
                    {round_label(n, report.rounds[n], numbered): d for n, d in report.bands.items()},
                    lang,
                    fill(
                        said["bands_title"],
                        form_title,
                    ),
                    said["trainees"],
                )
            )
    return figures


def _totals_table(
    report: FormReport, said: dict[str, str]
) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Headers and rows: the trainee, per round the basis total (and others' beside self), the change."""
    self_based = report.basis == "self"
    headers = [said["trainee"]]
    for number, name in report.rounds.items():
        label = round_label(number, name, said["round_number"])
        if self_based:
            headers.append(fill(said["self_column"], label))
            headers.append(fill(said["others_column"], label))
        else:
            headers.append(fill(said["observers_column"], label))
    headers.append(fill(said["change"], _basis_name(report, said)))
    rows = []
    by_person: dict[int, dict[int, RoundTotal]] = {}
    names: dict[int, str] = {}
    for total in report.totals:
        by_person.setdefault(total.person_id, {})[total.number] = total
        names[total.person_id] = total.name
    changes = {c.person_id: c for c in report.changes()}
    for person_id, found in by_person.items():
        row = [names[person_id]]
        for number in report.rounds:
            cell = found.get(number)
            if self_based:
                row.append(fmt_score(cell.self_total) if cell else "")
            row.append(fmt_score(cell.others) if cell else "")
        change = changes.get(person_id)
        row.append(fmt_gap(change.change) if change else "")
        rows.append(tuple(row))
    return tuple(headers), tuple(rows)


def write_class_report(
    store: Store,
    instruments: Instruments,
    cohort_id: int,
    lang: str,
    path: Path,
    on_page: Callable[[int, int], None] | None = None,
    texts: ClassReportTexts | None = None,
) -> int:
    """The report as a PDF; ``on_page(done, total)`` follows the pages written (a progress bar)."""
    from desktop.charts.report import write_pdf

    texts = texts or class_report_texts()
    cohort = next(c for c in store.cohorts() if c.id == cohort_id)
    title = fill(texts.said["title"], cohort.name)
    figures = class_report_figures(store, instruments, cohort_id, lang, texts)
    return write_pdf(path, figures, title, (lambda done: on_page(done, len(figures))) if on_page else None)


def class_report_csv(
    store: Store, instruments: Instruments, cohort_id: int, lang: str, texts: ClassReportTexts | None = None
) -> tuple[bytes, int]:
    """Every trainee's totals per form and round, UTF-8 with BOM (Excel opens Chinese correctly); rows."""
    said = (texts or class_report_texts()).said
    cohort = next(c for c in store.cohorts() if c.id == cohort_id)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        [
            said["class"],
            said["trainee"],
            said["trainee_no"],
            said["form"],
            said["round"],
            said["date"],
            said["self_total"],
            said["self_band"],
            said["others_total"],
            said["supervisor"],
            said["colleagues"],
            said["colleagues_rated"],
            said["observers_rated"],
        ]
    )
    rows = 0
    for report in form_reports(store, instruments, cohort_id):
        for total in report.totals:
            writer.writerow(
                [
                    cohort.name,
                    total.name,
                    total.person_id,
                    report.instrument.title.get(lang),
                    round_label(total.number, total.round_name, said["round_number"]),
                    fmt_day(total.when),
                    _number(total.self_total),
                    total.self_band.label.get(lang) if total.self_band else "",
                    _number(total.others),
                    _number(total.supervisor),
                    _number(total.colleagues),
                    total.colleagues_rated,
                    total.observers_rated,
                ]
            )
            rows += 1
    return out.getvalue().encode("utf-8-sig"), rows


def _number(value: float | None) -> str:
    """Empty where there is no figure (a spreadsheet sums empty cells as nothing, not as zero)."""
    return "" if value is None else fmt_score(value)


def write_class_csv(
    store: Store,
    instruments: Instruments,
    cohort_id: int,
    lang: str,
    path: Path,
    texts: ClassReportTexts | None = None,
) -> int:
    from desktop.atomic_file import atomic_write_bytes

    data, rows = class_report_csv(store, instruments, cohort_id, lang, texts)
    atomic_write_bytes(path, data)
    return rows
