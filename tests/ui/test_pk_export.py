"""Exporting a PK session: a valid default file name, Chinese dialogs, only the questions played."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from desktop.ui.pk import manager as pk_manager
from desktop.ui.pk.export import csv_bytes, sheet_html
from desktop.ui.shell import widgets

ROOT = Path(__file__).resolve().parents[2]
QT_EXTRA_TS = ROOT / "assets" / "translations" / "qt_extra_zh_CN.ts"


def start_session(shell, qtbot, questions=10):
    shell.window.pk.sound.enabled = False
    shell.window.show_pk_setup()
    page = shell.window.pk_setup
    page.set_groups([{"name": f"第{i + 1}组", "key": str(i + 1)} for i in range(3)])
    page.title.setText("PK 赛 2026-12-01 22:24")
    page.questions.mode.setCurrentIndex(3)  # picked by hand
    for row in range(questions):
        page.questions.hand.item(row).setCheckState(Qt.CheckState.Checked)
    page.start()
    (opened,) = shell.window.pk.open_sessions.values()
    qtbot.addWidget(opened.console)
    qtbot.addWidget(opened.stage)
    return opened


def test_export_offers_a_windows_safe_name_and_speaks_chinese(make_shell, qtbot, monkeypatch, tmp_path):
    shell = make_shell("zh_CN")
    opened = start_session(shell, qtbot, questions=2)
    asked, errors = [], []

    def fake_dialog(parent, caption, default, filters):
        asked.append((caption, default))
        return str(tmp_path / "no such folder" / "x.csv"), "CSV (*.csv)"

    monkeypatch.setattr(pk_manager.QFileDialog, "getSaveFileName", fake_dialog)
    monkeypatch.setattr(widgets, "show_error", lambda parent, title, text: errors.append((title, text)))
    shell.window.pk.export(opened.controller, opened.console)
    ((caption, default),) = asked
    assert caption == "导出结果"
    assert Path(default).name == "PK 赛 2026-12-01 22-24.pdf"
    assert [title for title, _text in errors] == ["导出失败"]


def test_qt_file_dialog_is_chinese_in_the_chinese_interface(make_shell, qtbot):
    make_shell("zh_CN")
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert "查找范围" in labels["lookInLabel"], labels
    assert "文件类型" in labels["fileTypeLabel"], labels
    assert "文件名称" in labels["fileNameLabel"], labels


def test_the_qt_additions_catalog_is_compiled(tmp_path):
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    fresh = tmp_path / "fresh.qm"
    subprocess.run([lrelease, str(QT_EXTRA_TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == QT_EXTRA_TS.with_suffix(".qm").read_bytes(), "run `make translations`"


def test_exports_list_only_the_questions_played(make_shell, qtbot):
    shell = make_shell("zh_CN")
    opened = start_session(shell, qtbot, questions=10)
    c = opened.controller
    c.run(c.session.next_question)  # question 1: buzzed and scored
    c.run(c.session.open_buzzers)
    c.buzz_key("2")
    c.award_first()
    c.run(c.session.next_question)  # question 2: shown only
    c.end()
    rows = list(csv.reader(io.StringIO(csv_bytes(c, "zh_CN").decode("utf-8-sig"))))
    header = rows.index(next(r for r in rows if r and r[0] == "题号"))
    played = rows[header + 1 :]
    assert [r[0] for r in played] == ["1", "2"]
    assert played[0][5] == "第2组" and played[1][4] == ""
    html = sheet_html(c, "zh_CN")
    third = c.catalog.get(c.setup.question_ids[2]).question.text.get("zh_CN")
    assert third not in html
