"""Emoji in PDF exports: drawn by the symbol font when it has them, else printed as their names.

The same rule in every export: the PK score sheet (Qt), the trainee report and saved charts
(matplotlib). Never an empty box.
"""

from __future__ import annotations

from PySide6.QtCore import QSizeF, Qt

from desktop.charts.radar import save_figure
from desktop.charts.report import SummaryPage, summary_figure, write_pdf
from desktop.ui.pk.export import export_pdf, sheet_document

UNICORN = "\N{UNICORN FACE}"  # in neither export font
GRIN = "\N{GRINNING FACE}"  # DejaVu Sans draws it
THUMBS = "\N{THUMBS UP SIGN}\N{EMOJI MODIFIER FITZPATRICK TYPE-4}"


def missing_glyphs(document) -> list[str]:
    """The text of every glyph run that holds a missing glyph (glyph index 0, drawn as a box)."""
    document.size()  # lays the document out
    found = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        for line in range(layout.lineCount()):
            for run in layout.lineAt(line).glyphRuns():
                if 0 in list(run.glyphIndexes()):
                    found.append(block.text())
        block = block.next()
    return found


def test_pk_score_sheet_prints_no_missing_glyph(make_shell, qtbot, tmp_path):
    shell = make_shell("zh_CN")
    shell.window.pk.sound.enabled = False
    shell.window.show_pk_setup()
    page = shell.window.pk_setup
    page.set_groups([{"name": f"红队{UNICORN}", "key": "1"}, {"name": f"蓝队{GRIN}", "key": "2"}])
    page.questions.mode.setCurrentIndex(3)
    page.questions.hand.item(0).setCheckState(Qt.CheckState.Checked)
    page.start()
    (opened,) = shell.window.pk.open_sessions.values()
    qtbot.addWidget(opened.console)
    qtbot.addWidget(opened.stage)
    c = opened.controller
    c.run(c.session.next_question)
    c.award_manual("g1", 1, f"答得好{THUMBS}")
    c.end()
    document = sheet_document(c, "zh_CN", QSizeF(1600, 1100))
    text = document.toPlainText()
    assert "红队[UNICORN FACE]" in text and "答得好[THUMBS UP SIGN]" in text
    assert f"蓝队{GRIN}" in text  # the symbol font draws this one
    assert missing_glyphs(document) == []
    pdf = tmp_path / "sheet.pdf"
    export_pdf(c, "zh_CN", pdf)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_trainee_report_prints_emoji_names_without_missing_glyph_warnings(tmp_path):
    # matplotlib warns "Glyph … missing from font(s)" for a box; the test run turns warnings into errors.
    figure = summary_figure(
        SummaryPage(
            title=f"张伟{UNICORN}",
            subtitle=f"第一轮 {GRIN}",
            headline="78 / 100 · 好",
            advice=f"继续保持{THUMBS}",
            notes="",
            gaps_title="差距",
            gap_headers=("陈述", "自评", "他评"),
            gap_rows=((f"我会先道歉{UNICORN}", "4", "3"),),
        )
    )
    assert write_pdf(tmp_path / "report.pdf", [figure], "report") == 1
    texts = [t.get_text() for t in figure.texts]
    assert "张伟[UNICORN FACE]" in texts and f"第一轮 {GRIN}" in texts
    assert "继续保持[THUMBS UP SIGN]" in texts


def test_a_saved_chart_prints_emoji_names_too(tmp_path):
    from matplotlib.figure import Figure

    figure = Figure()
    figure.suptitle(f"李雷{UNICORN}")
    save_figure(figure, tmp_path / "chart.pdf")
    assert figure.get_suptitle() == "李雷[UNICORN FACE]"
