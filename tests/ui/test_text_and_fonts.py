"""Names show as typed, Chinese renders with the bundled font, and every string has its translation."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QLabel, QMessageBox

from desktop.core.comparison import RaterRole
from desktop.paths import translations_dir
from desktop.ui.shell.fonts import BUNDLED_FAMILY

ROOT = Path(__file__).resolve().parents[2]
TS = translations_dir() / "training_assessment_zh_CN.ts"
HOSTILE = "<b>粗体</b><img src=x>"


def labels_showing(widget, text):
    return [label for label in widget.findChildren(QLabel) if text in label.text()]


def test_names_with_html_are_shown_literally_on_every_screen(make_shell, soothing):
    shell = make_shell()
    window, store = shell.window, shell.context.store
    person = store.add_person(HOSTILE, store.add_cohort("<i>班</i>").id)
    for role, value in ((RaterRole.SELF, 4), (RaterRole.SUPERVISOR, 3)):
        record = store.start_assessment(person.id, soothing, role, "<u>rater</u>")
        store.record_answers(record.id, {i.id: value for i in soothing.items})
        store.complete_assessment(record.id)
    unfinished = store.start_assessment(person.id, soothing, RaterRole.COLLEAGUE, "<u>rater</u>")

    seen = 0
    for show in (
        window.show_home,
        lambda: window.take.load(unfinished) or window.stack.setCurrentWidget(window.take),
        lambda: window.quick.load(unfinished) or window.stack.setCurrentWidget(window.quick),
        lambda: window.show_handover(store.assessments()[-1]),
        lambda: window.show_result(person.id, "soothing"),
        lambda: window.show_history(person.id),
    ):
        show()
        for label in labels_showing(window, "<b>"):
            assert label.textFormat() == label.textFormat().PlainText, label.text()
            seen += 1
    assert seen >= 4
    # Buttons, list and combo items are plain text in Qt; check the name arrives there unchanged.
    window.show_history(person.id)
    assert window.history.people.item(0).text().startswith(HOSTILE)
    window.show_handover(store.assessments()[-1])
    assert HOSTILE in window.handover.next_button.text()


def test_message_boxes_are_plain_text(monkeypatch, qtbot):
    from desktop.ui.shell import widgets

    shown = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda self: shown.append(self.textFormat()) or QMessageBox.StandardButton.No
    )
    widgets.ask_yes_no(None, "t", HOSTILE)
    assert shown == [shown[0].PlainText]


def test_bundled_font_covers_chinese_including_rare_name_characters(make_shell):
    make_shell()
    assert BUNDLED_FAMILY in QFontDatabase.families()
    metrics = QFontMetrics(QFont(BUNDLED_FAMILY, 12))
    for char in "安抚客户的技巧很好需要提高堃，。“”":
        assert metrics.inFontUcs4(ord(char)), char


def test_matplotlib_draws_chinese_without_missing_glyphs():
    # pytest turns warnings into errors, so a "Glyph … missing" warning fails this test.
    from datetime import UTC, datetime

    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from desktop.charts.trend import TrendPoint, trend_figure

    points = [
        TrendPoint(datetime(2026, 11, 2, tzinfo=UTC), 55, 60),
        TrendPoint(datetime(2026, 11, 20, tzinfo=UTC), 78, 70),
    ]
    figure = trend_figure(
        points, (20, 100), {"self": "自评", "others": "他评（全部）", "title": "总分趋势 堃", "y": "总分"}
    )
    FigureCanvasAgg(figure).draw()
    axes = figure.axes[0]
    assert axes.get_title() == "总分趋势 堃"
    # Fixed to the form's range (never auto-scaled to the data), with a margin so 20 and 100 show.
    low, high = axes.get_ylim()
    assert low < 20 and high > 100 and (low, high) == pytest.approx((20 - 4.8, 100 + 4.8))
    assert list(axes.get_yticks())[0] == 20 and list(axes.get_yticks())[-1] == 100
    lines = {
        line.get_label(): list(line.get_ydata())
        for line in axes.get_lines()
        if not line.get_label().startswith("_")
    }
    assert lines == {"自评": [55, 78], "他评（全部）": [60, 70]}


def test_every_ui_string_has_a_chinese_translation():
    tree = ET.parse(TS)
    unfinished = [
        m.findtext("source")
        for m in tree.iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []


def test_translation_file_is_in_sync_with_the_source_and_compiled(tmp_path):
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(__import__("sys").executable).parent / "pyside6-lupdate"
    )
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(__import__("sys").executable).parent / "pyside6-lrelease"
    )
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    # Files named one by one: given a folder, lupdate finds no Python sources at all.
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop" / "ui").rglob("*.py"))
    result = subprocess.run(
        [lupdate, *sources, "desktop/app.py", "-no-obsolete", "-ts", str(copy)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    fresh = [
        (m.findtext("source"), m.find("translation").get("type")) for m in ET.parse(copy).iter("message")
    ]
    committed_count = sum(1 for _ in ET.parse(TS).iter("message"))
    assert len(fresh) > 300, result.stdout  # the sources were really read
    assert len(fresh) == committed_count, "strings were added or removed: run `make translations`"
    missing = [source for source, kind in fresh if kind == "unfinished"]
    assert not missing, f"run `make translations` and translate: {missing}"
    subprocess.run([lrelease, str(TS), "-qm", str(tmp_path / "fresh.qm")], check=True, capture_output=True)
    committed = TS.with_suffix(".qm")
    assert (tmp_path / "fresh.qm").read_bytes() == committed.read_bytes(), (
        "the .qm is stale: run `make translations`"
    )


def test_english_interface(make_shell, qtbot):
    shell = make_shell(lang="en")
    assert shell.window.home.self_button.text().startswith("&1  Self-assessment")
    shell.switch_language("zh_CN")
    assert shell.window.home.self_button.text().startswith("&1  自我测评")


def test_a_second_translations_object_replaces_the_first_ones_language(qapp):
    # The report command installs Chinese with its own object; the app's switch to English must
    # not leave that catalog answering (it did, and every later English screen read Chinese).
    from PySide6.QtCore import QCoreApplication

    from desktop.ui.shell.i18n import Translations

    Translations().install("zh_CN")
    assert QCoreApplication.translate("HomePage", "Training Assessment") == "课堂测评"
    Translations().install("en")
    assert QCoreApplication.translate("HomePage", "Training Assessment") == "Training Assessment"
