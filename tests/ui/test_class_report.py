"""The class report from the command line: a PDF comparing the rounds, and the totals as a CSV for HR."""

from __future__ import annotations

import csv
import io
import re
import threading
from datetime import UTC, datetime, timedelta

import pytest

from desktop.__main__ import main
from desktop.core.comparison import RaterRole
from desktop.store.store import Store

CLASS = "客服一班"
START = datetime(2026, 11, 2, 9, tzinfo=UTC)


@pytest.fixture
def two_rounds(tmp_path, soothing):
    """Two trainees in the class's rounds 培训前 and 培训后; 张三 has three colleagues each round, 李四 two."""
    data = tmp_path / "data"
    store = Store(data)
    for name, colleagues, (before, after) in (("张三", 3, (3, 4)), ("李四", 2, (2, 5))):
        for week, (round_name, value) in enumerate((("培训前", before), ("培训后", after))):
            when = START + timedelta(weeks=week)
            forms = [
                (RaterRole.SELF, value, None, when),
                (RaterRole.SUPERVISOR, 4, "孙经理", when + timedelta(hours=1)),
            ]
            forms += [
                (RaterRole.COLLEAGUE, 2, f"同事{n}", when + timedelta(hours=2)) for n in range(colleagues)
            ]
            for role, answer, rater, done in forms:
                record = store.start_form(
                    soothing,
                    role,
                    person_name=name,
                    cohort_name=CLASS,
                    rater_name=rater,
                    round_name=round_name,
                )
                store.record_answers(record.id, {item.id: answer for item in soothing.items})
                store.complete_assessment(record.id, done)
    store.close()
    return data


def test_class_report_csv_has_every_trainee_round_and_hides_too_few_colleagues(
    two_rounds, tmp_path, capsys, qapp
):
    out = tmp_path / "一班.csv"
    assert (
        main(
            [
                "class-report",
                "--class",
                CLASS,
                "--out",
                str(out),
                "--data-dir",
                str(two_rounds),
                "--lang",
                "zh_CN",
            ]
        )
        == 0
    )
    assert "（4 行）" in capsys.readouterr().out  # --lang zh_CN: the command speaks Chinese
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel shows the Chinese
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    by = {(r["学员"], r["轮次"]): r for r in rows}
    assert set(by) == {("张三", "培训前"), ("张三", "培训后"), ("李四", "培训前"), ("李四", "培训后")}
    assert by["张三", "培训后"]["自评总分"] == "80" and by["张三", "培训后"]["自评等级"] == "好"
    assert by["李四", "培训后"]["自评总分"] == "100"
    # Three colleagues: their mean (2 × 20 = 40) is shown and counted with the supervisor (80).
    assert by["张三", "培训前"]["同事（3 人及以上的均值）"] == "40"
    assert by["张三", "培训前"]["他评总分"] == "50"
    # Two colleagues: blank, and "others" is the supervisor alone.
    assert by["李四", "培训前"]["同事（3 人及以上的均值）"] == ""
    assert by["李四", "培训前"]["评分同事人数"] == "2"
    assert by["李四", "培训前"]["他评总分"] == "80"
    assert {r["班级"] for r in rows} == {CLASS} and {r["表单"] for r in rows} == {"安抚客户的技巧"}


def test_class_report_pdf_compares_the_rounds(two_rounds, tmp_path, capsys, qapp):
    out = tmp_path / "一班.pdf"
    assert (
        main(
            [
                "class-report",
                "--class",
                CLASS,
                "--out",
                str(out),
                "--data-dir",
                str(two_rounds),
                "--lang",
                "zh_CN",
            ]
        )
        == 0
    )
    # The cover, the totals per round with the change, the class mean per round, the bands per round.
    assert "（4 页）" in capsys.readouterr().out
    pdf = out.read_bytes()
    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) == 4
    assert b"/FontFile2" in pdf


def test_class_report_pages_say_what_a_trainer_reads(two_rounds, qapp):
    from desktop.core.content import load_instruments
    from desktop.paths import instruments_dir
    from desktop.ui.scorecard.class_report_builder import class_report_figures
    from desktop.ui.shell.i18n import Translations

    instruments = load_instruments(instruments_dir())[0]
    translations = Translations()
    translations.install("zh_CN")
    store = Store(two_rounds)
    try:
        figures = class_report_figures(store, instruments, store.cohorts()[0].id, "zh_CN")
    finally:
        store.close()
        translations.install("en")
    cover = " ".join(t.get_text() for t in figures[0].texts)
    assert "班级测评报告：客服一班" in cover and "安抚客户的技巧：2 名学员；轮次：培训前、培训后" in cover
    table = figures[1].axes[0].tables[0]
    cells = {(r, c): cell.get_text().get_text() for (r, c), cell in table.get_celld().items()}
    assert [cells[0, c] for c in range(6)] == [
        "学员",
        "培训前 自评",
        "培训前 他评",
        "培训后 自评",
        "培训后 他评",
        "变化（自评）",
    ]
    assert [cells[1, c] for c in range(6)] == ["张三", "60", "50", "80", "50", "+20"]
    assert [cells[2, c] for c in range(6)] == ["李四", "40", "80", "100", "80", "+60"]
    legend = [t.get_text() for t in figures[2].legends[0].get_texts()]
    assert legend == ["培训前 班级均值 (n=2)", "培训后 班级均值 (n=2)"]


def test_class_report_names_what_is_wrong(two_rounds, tmp_path, capsys, qapp):
    assert (
        main(
            [
                "class-report",
                "--class",
                "二班",
                "--out",
                str(tmp_path / "x.pdf"),
                "--data-dir",
                str(two_rounds),
            ]
        )
        == 1
    )
    assert f"--class: no class '二班'; classes: {CLASS}" in capsys.readouterr().err
    assert (
        main(
            [
                "class-report",
                "--class",
                CLASS,
                "--out",
                str(tmp_path / "x.xlsx"),
                "--data-dir",
                str(two_rounds),
            ]
        )
        == 1
    )
    assert "must end in .pdf (the report) or .csv (the totals)" in capsys.readouterr().err


def test_class_view_saves_the_report_the_totals_and_the_paper_forms(
    make_shell, two_rounds, tmp_path, monkeypatch, qtbot
):
    from PySide6.QtCore import Qt

    from desktop.ui.scorecard import class_exports

    shell = make_shell(data_dir=two_rounds)
    window = shell.window
    window.show_class()
    view = window.class_view
    exports = view.exports
    # "All trainees" is not a class: nothing to report on.
    assert not exports.report_button.isEnabled() and not exports.forms_button.isEnabled()
    view.cohort.setCurrentIndex(view.cohort.findText(CLASS))
    assert exports.report_button.isEnabled() and exports.csv_button.isEnabled()
    view.instrument.setCurrentIndex(view.instrument.findData("soothing"))

    offered = []

    def save_as(_parent, _title, default, _filter):
        offered.append(default)
        return str(tmp_path / f"saved{len(offered)}"), _filter

    monkeypatch.setattr(class_exports.QFileDialog, "getSaveFileName", save_as)
    rounds_offered = []

    def pick_round(_parent, _title, _label, items, current, editable):
        assert editable  # a new round's name may be typed
        rounds_offered.append((items, current))
        return items[current], True

    monkeypatch.setattr(class_exports.QInputDialog, "getItem", pick_round)
    for button in (exports.report_button, exports.csv_button, exports.forms_button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert offered[0].endswith("客服一班 班级报告.pdf") and offered[1].endswith("客服一班 总分表.csv")
    assert (tmp_path / "saved1.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "saved2.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    # The round to come is offered first for paper forms: they are printed before it is filled in.
    assert rounds_offered == [(["培训前", "培训后"], 1)]  # the class's rounds, its latest chosen
    assert offered[2].endswith("客服一班 安抚客户的技巧 培训后.pdf")
    pack = (tmp_path / "saved3.pdf").read_bytes()
    assert len(re.findall(rb"/Type\s*/Page\b", pack)) == 6  # 2 trainees × self, supervisor, colleague
    # The command line writes the same files (the words translated where each runs).
    shell.context.close()
    common = ["--class", CLASS, "--data-dir", str(two_rounds), "--lang", "zh_CN"]
    assert main(["class-report", "--out", str(tmp_path / "cli.csv"), *common]) == 0
    assert (tmp_path / "cli.csv").read_bytes() == (tmp_path / "saved2.csv").read_bytes()
    assert main(["class-report", "--out", str(tmp_path / "cli.pdf"), *common]) == 0
    forms = [
        "print-forms",
        "--instrument",
        "soothing",
        "--round",
        "培训后",
        "--out",
        str(tmp_path / "cli-forms.pdf"),
    ]
    assert main([*forms, *common]) == 0
    for cli, saved in (("cli.pdf", "saved1.pdf"), ("cli-forms.pdf", "saved3.pdf")):
        assert _undated(tmp_path / cli) == _undated(tmp_path / saved)


def _undated(pdf):
    """A PDF's bytes without the moment it was written."""
    return re.sub(rb"/CreationDate \(D:[^)]*\)", b"", pdf.read_bytes())


class HeldWriter:
    """``write_pdf`` as the app calls it, noting the thread that writes and holding the writer after
    its first page until ``release``: meanwhile the test looks at the window."""

    def __init__(self, monkeypatch):
        import desktop.charts.report as charts_report

        self.threads: list[str] = []
        self.held = threading.Event()
        self.released = threading.Event()
        real = charts_report.write_pdf

        def write_pdf(path, figures, title, on_page=None, **options):
            self.threads.append(threading.current_thread().name)

            def page(done):
                on_page(done)
                if done == 1:
                    self.held.set()
                    self.released.wait(5)

            return real(path, figures, title, page, **options)

        monkeypatch.setattr(charts_report, "write_pdf", write_pdf)

    def hold_again(self):
        self.held.clear()
        self.released.clear()


def _window_answers(qtbot):
    """The window's thread runs its events (a click, a repaint) now."""
    from PySide6.QtCore import QTimer

    answered = []
    QTimer.singleShot(0, lambda: answered.append(True))
    qtbot.waitUntil(lambda: answered == [True], timeout=2000)


@pytest.fixture
def class_view(make_shell, two_rounds, tmp_path):
    """The class view with 客服一班 chosen; its work on the store worker, as in the app."""
    shell = make_shell(data_dir=two_rounds)
    shell.window.show_class()
    view = shell.window.class_view
    view.cohort.setCurrentIndex(view.cohort.findText(CLASS))
    operations = shell.context.operations
    operations.inline = False
    yield view
    operations.wait(30)
    operations.shutdown()
    operations.inline = True


def test_paper_forms_are_written_on_the_worker_page_by_page_and_cancel_leaves_no_file(
    class_view, tmp_path, monkeypatch, qtbot
):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    from desktop.ui.scorecard import class_exports

    view, operations = class_view, class_view.context.operations
    view.instrument.setCurrentIndex(view.instrument.findData("communication"))  # 27 statements: 2 pages
    target = tmp_path / "forms.pdf"
    monkeypatch.setattr(class_exports.QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    monkeypatch.setattr(class_exports.QInputDialog, "getItem", lambda *a: (a[3][a[4]], True))
    seen = []
    real_set_value = class_exports.QProgressDialog.setValue

    def set_value(dialog, value):
        seen.append((value, dialog.maximum(), dialog.labelText()))
        real_set_value(dialog, value)

    monkeypatch.setattr(class_exports.QProgressDialog, "setValue", set_value)
    writer = HeldWriter(monkeypatch)
    qtbot.mouseClick(view.exports.forms_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(writer.held.is_set, timeout=30000)
    # The first page is written and the writer waits: the window answers meanwhile, no file yet.
    _window_answers(qtbot)
    assert view.exports.progress is not None and not target.exists()
    writer.released.set()
    assert operations.wait(60)
    assert writer.threads == ["store-operations"]
    # 2 trainees × 3 rater roles × 2 pages, counted as they are written (up to ~30 counts a second).
    values = [value for value, _maximum, _label in seen]
    assert values == sorted(values) and values[0] >= 1 and values[-1] == 12
    assert {maximum for _value, maximum, _label in seen} == {12}
    assert seen[-1][2] == "正在写入 forms.pdf：第 12 页 / 共 12 页"
    assert target.read_bytes().startswith(b"%PDF") and view.exports.progress is None
    # Cancel after the first page: the worker stops; no file, not even a partial one.
    target.unlink()
    writer.hold_again()
    qtbot.mouseClick(view.exports.forms_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(writer.held.is_set, timeout=30000)
    progress = view.exports.progress
    assert progress is not None
    cancel_button = progress.findChild(QPushButton)
    assert cancel_button.text() == "取消"
    cancel_button.click()
    writer.released.set()
    assert operations.wait(60)
    assert not target.exists() and list(tmp_path.glob("*.pdf*")) == []
    assert view.exports.progress is None


def test_the_class_report_is_written_on_the_worker_and_a_full_disk_is_said_naming_the_file(
    class_view, small_disk, monkeypatch, qtbot
):
    from PySide6.QtCore import Qt

    from desktop.ui.scorecard import class_exports
    from desktop.ui.shell import widgets

    view, operations = class_view, class_view.context.operations
    errors = []
    monkeypatch.setattr(widgets, "show_error", lambda _parent, title, text: errors.append((title, text)))
    target = small_disk.point / "班级报告.pdf"
    monkeypatch.setattr(class_exports.QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    writer = HeldWriter(monkeypatch)
    qtbot.mouseClick(view.exports.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(writer.held.is_set, timeout=30000)
    _window_answers(qtbot)  # while the report's first page is drawn
    writer.released.set()
    assert operations.wait(60)
    assert writer.threads == ["store-operations"] and target.read_bytes().startswith(b"%PDF")
    assert errors == []
    # The disk fills up: the report and the totals each say which file was not saved, and why.
    target.unlink()
    small_disk.fill()
    qtbot.mouseClick(view.exports.report_button, Qt.MouseButton.LeftButton)
    assert operations.wait(60)
    csv_target = small_disk.point / "总分表.csv"
    monkeypatch.setattr(class_exports.QFileDialog, "getSaveFileName", lambda *_a: (str(csv_target), ""))
    qtbot.mouseClick(view.exports.csv_button, Qt.MouseButton.LeftButton)
    assert operations.wait(60)
    assert [title for title, _text in errors] == ["保存失败", "保存失败"]
    assert errors[0][1].startswith(f"{target}: ") and errors[1][1].startswith(f"{csv_target}: ")
    assert errors[0][1].endswith("磁盘已满") and errors[1][1].endswith("磁盘已满")  # the reason, in Chinese
    assert not target.exists() and not csv_target.exists() and view.exports.progress is None


def test_a_round_name_the_rules_refuse_is_said_and_nothing_is_printed(
    class_view, tmp_path, monkeypatch, qtbot
):
    from PySide6.QtCore import Qt

    from desktop.ui.scorecard import class_exports

    view, operations = class_view, class_view.context.operations
    view.instrument.setCurrentIndex(view.instrument.findData("soothing"))
    errors = []
    monkeypatch.setattr(
        class_exports, "show_error", lambda _parent, title, text: errors.append((title, text))
    )
    monkeypatch.setattr(class_exports.QInputDialog, "getItem", lambda *_a: ("a\x07b", True))
    asked = []
    monkeypatch.setattr(class_exports.QFileDialog, "getSaveFileName", lambda *a: asked.append(a) or ("", ""))
    qtbot.mouseClick(view.exports.forms_button, Qt.MouseButton.LeftButton)
    assert operations.wait(60)
    assert asked == [] and len(errors) == 1
    assert errors[0][0] == "打印纸质表单" and "含有控制字符（U+0007）" in errors[0][1]
