"""Exporting a PK session: CSV (UTF-8 with BOM, so Excel reads the Chinese) and a printable PDF sheet.

Both are written to a temporary file beside the target and renamed over it only when complete,
so a failed export leaves an older file untouched.
"""

from __future__ import annotations

import csv
import html
import io
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from desktop.atomic_file import atomic_path, atomic_write_bytes
from desktop.core.pk.events import AwardRule
from desktop.core.pk.sheet import played_results
from desktop.export_fonts import SYMBOL_FAMILY, printable, symbol_font_path
from desktop.ui.pk.controller import PkController
from desktop.ui.pk.log import rule_name
from desktop.ui.pk.text import answer_text


def question_rows(controller: PkController, lang: str) -> list[list[str]]:
    """One row per question played: text, answer, buzz order with gaps, points by rule, reasons."""
    rows = []
    for result in played_results(controller.state):
        index, ref_id = result.index, result.question_id
        ref = controller.catalog.get(ref_id)
        text = ref.question.text.get(lang) if ref else ref_id
        answer = answer_text(ref.question, lang) if ref else ""
        buzzes, awards, reasons = "", "", []
        if result.buzzes or result.awards:
            buzzes = " › ".join(
                controller.group(b.group).name + ("" if b.delay_ms == 0 else f" (+{b.delay_ms:.0f} ms)")
                for b in result.buzzes
            )
            parts = []
            for award in result.awards:
                label = f"{controller.group(award.group).name} +{award.points} {rule_name(award.rule.value)}"
                if award.withdrawn:
                    label += " " + QCoreApplication.translate("PkExport", "(withdrawn)")
                    if award.withdraw_reason:
                        reasons.append(
                            QCoreApplication.translate("PkExport", "withdrawn") + ": " + award.withdraw_reason
                        )
                parts.append(label)
                if award.reason:
                    reasons.append(award.reason)
            awards = "; ".join(parts)
        first = result.standing_award(AwardRule.FIRST)
        better = result.standing_award(AwardRule.BETTER)
        rows.append(
            [
                str(index + 1),
                ref_id,
                text,
                answer,
                buzzes,
                controller.group(first.group).name if first else "",
                controller.group(better.group).name if better else "",
                awards,
                " / ".join(reasons),
            ]
        )
    return rows


def csv_bytes(controller: PkController, lang: str) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([controller.title])
    writer.writerow(
        [
            QCoreApplication.translate("PkExport", "Place"),
            QCoreApplication.translate("PkExport", "Group"),
            QCoreApplication.translate("PkExport", "Leader"),
            QCoreApplication.translate("PkExport", "Score"),
        ]
    )
    for standing in controller.state.ranking:
        group = controller.group(standing.group)
        writer.writerow([standing.place, group.name, group.leader, standing.score])
    writer.writerow([])
    writer.writerow(
        [
            QCoreApplication.translate("PkExport", "No."),
            QCoreApplication.translate("PkExport", "Question id"),
            QCoreApplication.translate("PkExport", "Question"),
            QCoreApplication.translate("PkExport", "Answer"),
            QCoreApplication.translate("PkExport", "Buzz order"),
            QCoreApplication.translate("PkExport", "First answer"),
            QCoreApplication.translate("PkExport", "Better answer"),
            QCoreApplication.translate("PkExport", "Points"),
            QCoreApplication.translate("PkExport", "Reasons"),
        ]
    )
    writer.writerows(question_rows(controller, lang))
    return out.getvalue().encode("utf-8-sig")


def export_csv(controller: PkController, lang: str, path: Path) -> None:
    atomic_write_bytes(path, csv_bytes(controller, lang))


def _printable_html(text: str) -> str:
    # Names and questions are user text: never markup; a character no export font has is named.
    return html.escape(printable(text))


def sheet_html(controller: PkController, lang: str) -> str:
    esc = _printable_html
    state = controller.state
    winners = "、".join(controller.group(g).name for g in state.winners)
    parts = [
        "<html><body style='font-size:10pt'>",
        f"<h1>{esc(controller.title)}</h1>",
        "<p><b>" + esc(QCoreApplication.translate("PkExport", "Winner")) + ":</b> " + esc(winners) + "</p>",
        "<table border='1' cellspacing='0' cellpadding='4' width='100%'>",
        f"<tr><th>{esc(QCoreApplication.translate('PkExport', 'Place'))}</th><th>{esc(QCoreApplication.translate('PkExport', 'Group'))}</th><th>{esc(QCoreApplication.translate('PkExport', 'Leader'))}</th><th>{esc(QCoreApplication.translate('PkExport', 'Score'))}</th></tr>",
    ]
    for standing in state.ranking:
        group = controller.group(standing.group)
        parts.append(
            f"<tr><td>{standing.place}</td><td>{esc(group.name)}</td><td>{esc(group.leader)}</td><td>{standing.score}</td></tr>"
        )
    parts.append("</table><h2>" + esc(QCoreApplication.translate("PkExport", "Questions")) + "</h2>")
    parts.append("<table border='1' cellspacing='0' cellpadding='3' width='100%'>")
    headers = [
        QCoreApplication.translate("PkExport", "No."),
        QCoreApplication.translate("PkExport", "Question"),
        QCoreApplication.translate("PkExport", "Answer"),
        QCoreApplication.translate("PkExport", "Buzz order"),
        QCoreApplication.translate("PkExport", "Points"),
        QCoreApplication.translate("PkExport", "Reasons"),
    ]
    parts.append("<tr>" + "".join(f"<th>{esc(h)}</th>" for h in headers) + "</tr>")
    for row in question_rows(controller, lang):
        number, _ref, text, answer, buzzes, _first, _better, awards, reasons = row
        cells = [number, text, answer, buzzes, awards, reasons]
        parts.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
    parts.append("</table></body></html>")
    return "".join(parts)


def export_pdf(controller: PkController, lang: str, path: Path) -> None:
    with atomic_path(path) as temp:
        writer = QPdfWriter(str(temp))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Landscape,
                QMarginsF(12, 12, 12, 12),
            )
        )
        writer.setResolution(150)
        writer.setTitle(controller.title)
        rect = writer.pageLayout().paintRectPixels(writer.resolution())
        document = sheet_document(controller, lang, QSizeF(rect.width(), rect.height()))
        document.print_(writer)
        del writer  # finishes the file before it is renamed into place


def sheet_document(controller: PkController, lang: str, page_size: QSizeF) -> QTextDocument:
    """The score sheet laid out on pages of ``page_size``, in the export fonts."""
    document = QTextDocument()
    document.setDefaultFont(export_font())
    document.setHtml(sheet_html(controller, lang))
    document.setPageSize(page_size)
    return document


_symbol_family: list[str] = []


def export_font() -> QFont:
    """The interface's font, then the symbol font the export's text was checked against."""
    if not _symbol_family:
        path = symbol_font_path()
        font_id = QFontDatabase.addApplicationFont(str(path)) if path else -1
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _symbol_family.append(families[0] if families else SYMBOL_FAMILY)
    font = QFont(QGuiApplication.font())
    font.setFamilies([*font.families(), _symbol_family[0]])
    return font
