"""The class report put together: per form, each trainee's totals per round and the change from the
first to the last, the class mean per round on a radar, the bands per round; and the same totals as a
CSV for HR. Texts translated here; figures from ``desktop.core.class_report``; pages drawn by
``desktop.charts.class_report``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Mapping
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.core.class_report import FormReport, RoundTotal, form_report
from desktop.ui.radar.texts import versions_note
from desktop.ui.scorecard.paper_forms_builder import round_label
from desktop.ui.shell.formatting import fill, fmt_day, fmt_gap, fmt_score

if TYPE_CHECKING:  # matplotlib and the store load when a report is written, not with the class view
    from matplotlib.figure import Figure

    from desktop.core.instruments import Instrument
    from desktop.store.store import Store

#: the forms known today, by id (a form answered with a version that has no file is found in the store)
Instruments = Mapping[str, "Instrument"]


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


def _basis_name(report: FormReport) -> str:
    if report.basis == "self":
        return QCoreApplication.translate("ClassReport", "self")
    return QCoreApplication.translate("ClassReport", "observers")


def class_report_figures(store: Store, instruments: Instruments, cohort_id: int, lang: str) -> list[Figure]:
    from desktop.charts.class_report import TablePage, bands_by_round_figure, cover_figure, table_figures
    from desktop.charts.radar import radar_figure
    from desktop.charts.report import A4_LANDSCAPE

    cohort = next(c for c in store.cohorts() if c.id == cohort_id)
    reports = form_reports(store, instruments, cohort_id)
    subtitle = fill(
        QCoreApplication.translate("ClassReport", "Class: %1 · %2 trainees · report of %3"),
        cohort.name,
        len(store.people(cohort_id)),
        fmt_day(datetime.now().astimezone()),
    )
    lines = []
    for report in reports:
        trainees = len({t.person_id for t in report.totals})
        rounds = "、".join(round_label(n, name) for n, name in report.rounds.items())
        lines.append(
            fill(
                QCoreApplication.translate("ClassReport", "%1: %2 trainees; rounds: %3"),
                report.instrument.title.get(lang),
                trainees,
                rounds,
            )
        )
    if not reports:
        lines.append(QCoreApplication.translate("ClassReport", "No forms filled in yet in this class."))
    lines.append("")
    lines.append(_anonymity_note())
    title = fill(QCoreApplication.translate("ClassReport", "Class report: %1"), cohort.name)
    figures = [cover_figure(title, subtitle, lines)]
    for report in reports:
        form_title = report.instrument.title.get(lang)
        page = TablePage(
            fill(QCoreApplication.translate("ClassReport", "%1: each trainee's total per round"), form_title),
            subtitle,
            *_totals_table(report),
            note=_anonymity_note(),
        )
        figures.extend(table_figures(page))
        radar = report.mean_by_round()
        if report.instrument.has_radar and radar.series:
            labels = {
                f"round{n}": fill(
                    QCoreApplication.translate("ClassReport", "%1, class mean"),
                    round_label(n, report.rounds[n]),
                )
                for n in report.rounds
            }
            radar_title = fill(
                QCoreApplication.translate("ClassReport", "%1: class mean per round (%2)"),
                form_title,
                _basis_name(report),
            )
            figures.append(
                radar_figure(
                    radar, labels, lang, radar_title, size=A4_LANDSCAPE, note=versions_note(radar, lang)
                )
            )
        if report.bands and any(count for d in report.bands.values() for _, count in d):
            figures.append(
                bands_by_round_figure(
                    {round_label(n, report.rounds[n]): d for n, d in report.bands.items()},
                    lang,
                    fill(
                        QCoreApplication.translate("ClassReport", "%1: self-assessment bands per round"),
                        form_title,
                    ),
                    QCoreApplication.translate("ClassReport", "Trainees"),
                )
            )
    return figures


def _anonymity_note() -> str:
    return QCoreApplication.translate(
        "ClassReport",
        '"Others" is the mean of the supervisor, the colleagues and the observers; colleagues count only as a '
        "mean of at least 3 (fewer are left out of every figure). Change: last round minus first.",
    )


def _totals_table(report: FormReport) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Headers and rows: the trainee, per round the basis total (and others' beside self), the change."""
    self_based = report.basis == "self"
    headers = [QCoreApplication.translate("ClassReport", "Trainee")]
    for number, name in report.rounds.items():
        label = round_label(number, name)
        if self_based:
            headers.append(fill(QCoreApplication.translate("ClassReport", "%1 self"), label))
            headers.append(fill(QCoreApplication.translate("ClassReport", "%1 others"), label))
        else:
            headers.append(fill(QCoreApplication.translate("ClassReport", "%1 observers"), label))
    headers.append(fill(QCoreApplication.translate("ClassReport", "Change (%1)"), _basis_name(report)))
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
) -> int:
    """The report as a PDF; ``on_page(done, total)`` follows the pages written (a progress bar)."""
    from desktop.charts.report import write_pdf

    cohort = next(c for c in store.cohorts() if c.id == cohort_id)
    title = fill(QCoreApplication.translate("ClassReport", "Class report: %1"), cohort.name)
    figures = class_report_figures(store, instruments, cohort_id, lang)
    return write_pdf(path, figures, title, (lambda done: on_page(done, len(figures))) if on_page else None)


def class_report_csv(store: Store, instruments: Instruments, cohort_id: int, lang: str) -> tuple[bytes, int]:
    """Every trainee's totals per form and round, UTF-8 with BOM (Excel opens Chinese correctly); rows."""
    cohort = next(c for c in store.cohorts() if c.id == cohort_id)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        [
            QCoreApplication.translate("ClassReport", "Class"),
            QCoreApplication.translate("ClassReport", "Trainee"),
            QCoreApplication.translate("ClassReport", "Trainee no."),
            QCoreApplication.translate("ClassReport", "Form"),
            QCoreApplication.translate("ClassReport", "Round"),
            QCoreApplication.translate("ClassReport", "Date"),
            QCoreApplication.translate("ClassReport", "Self total"),
            QCoreApplication.translate("ClassReport", "Self band"),
            QCoreApplication.translate("ClassReport", "Others' total"),
            QCoreApplication.translate("ClassReport", "Supervisor"),
            QCoreApplication.translate("ClassReport", "Colleagues (mean of 3 or more)"),
            QCoreApplication.translate("ClassReport", "Colleagues who rated"),
            QCoreApplication.translate("ClassReport", "Observers who rated"),
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
                    round_label(total.number, total.round_name),
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


def write_class_csv(store: Store, instruments: Instruments, cohort_id: int, lang: str, path: Path) -> int:
    from desktop.atomic_file import atomic_write_bytes

    data, rows = class_report_csv(store, instruments, cohort_id, lang)
    atomic_write_bytes(path, data)
    return rows
