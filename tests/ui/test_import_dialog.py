"""The Import dialog as a trainer uses it from the PK set-up page: a GBK CSV from a Chinese exam
system, an xlsx made with openpyxl, a 问卷星 paste; what the preview says, what is written and when,
duplicates on re-import, the bank in the set-up list at once; export from the same page."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox

from desktop.core.banks import load_bank_folders
from desktop.paths import quizzes_dir, user_quizzes_dir
from desktop.ui.content.import_preview import COLUMNS
from desktop.ui.pk.manager import FRAME_ALLOWANCE

HEADER = ["题型", "题干", "选项A", "选项B", "选项C", "选项D", "正解", "解析", "知识点", "难度"]
ROWS = [
    ["单选题", "客户张口就是恐吓、威胁，属于哪种类型？", "茫茫然然型", "猛烈攻击型", "情绪不稳型", "优柔寡断型", "B", "看言辞", "客户类型", "易"],
    ["多选题", "安抚客户时应该做到哪些？", "倾听", "道歉", "争辩", "", "A、B", "", "安抚", "2"],
    ["判断题", "客户投诉是坏事。", "", "", "", "", "错", "投诉是机会", "投诉", ""],
    ["填空题", "处理投诉要先处理____，再处理事情。", "", "", "", "", "心情|情绪", "", "", ""],
    ["单选题", "没有答案的题", "甲", "乙", "", "", "", "", "", ""],
]  # fmt: skip
PASTE = """1. 客户投诉时首先应该？[单选题]
A. 道歉
B. 解释
答案：A
解析：先处理心情，再处理事情。
2、哪些做法能安抚客户？【多选题】
A、倾听
B、共情
C、争辩
答案：AB
"""


def gbk_csv(path: Path, header: list[str] = HEADER) -> Path:
    lines = [",".join(header)] + [",".join(row) for row in ROWS]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))
    return path


def open_dialog(shell):
    shell.window.show_pk_setup()
    page = shell.window.pk_setup
    page.questions.import_button.click()
    dialog = page.questions.import_dialog
    assert dialog is not None and dialog.isVisible()
    return page, dialog


def choose(dialog, monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    dialog.choose_button.click()


def shown(table, row: int, name: str) -> str:
    """A cell of the import preview as the trainer sees it."""
    return table.model().index(row, COLUMNS.index(name)).data()


def column(dialog, name: str) -> list[str]:
    return [shown(dialog.preview, r, name) for r in range(dialog.preview.row_count())]


def own_banks(data_dir: Path):
    banks, errors = load_bank_folders(quizzes_dir(), user_quizzes_dir(data_dir))
    assert errors == []
    return [b for b in banks if not b.built_in]


def test_a_gbk_csv_is_previewed_mapped_and_written_only_on_confirm(make_shell, monkeypatch, tmp_path):
    shell = make_shell("zh_CN", data_dir=tmp_path / "data")
    page, dialog = open_dialog(shell)
    path = gbk_csv(tmp_path / "考试题.csv")
    choose(dialog, monkeypatch, path)

    assert dialog.format_label.text() == "格式：题目表格（CSV 或 xlsx）"
    assert dialog.encoding.itemText(0) == "自动检测（GB18030 (GBK)）"
    # "正解" is no answer header the import knows: every row says so, naming file, row and column
    assert dialog.mapping_table.isVisible()
    assert column(dialog, "Status") == ["错误"] * 5
    assert column(dialog, "Problems")[0] == (f"{path}:2: 答案: 缺少：正确选项的字母，如 A 或 A,C")
    assert dialog.summary.text().startswith("导入 0 道有效题，跳过 5 道")
    assert not dialog.import_button.isEnabled()

    # the trainer maps 正解 to 答案: the preview follows
    combo = dialog.mapping_table.combos[HEADER.index("正解")]
    combo.setCurrentIndex(combo.findData("answer"))
    assert column(dialog, "Status") == ["有效", "有效", "有效", "有效", "错误"]
    assert column(dialog, "Source") == ["第 2 行", "第 3 行", "第 4 行", "第 5 行", "第 6 行"]
    assert column(dialog, "Kind")[:4] == ["单选", "多选", "判断", "填空"]
    assert column(dialog, "Answer")[:4] == ["B", "A,B", "错", "心情 | 情绪"]
    assert column(dialog, "Options")[0] == "A. 茫茫然然型\nB. 猛烈攻击型\nC. 情绪不稳型\nD. 优柔寡断型"
    assert column(dialog, "Problems")[4].startswith(f"{path}:6: 正解: 缺少")
    assert dialog.summary.text() == "导入 4 道有效题，跳过 1 道"
    assert own_banks(shell.context.data_dir) == []  # nothing written before the trainer confirms

    # forcing UTF-8 on a GBK file re-reads it and says why it cannot
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("utf-8"))
    assert dialog.file_problems.isVisible() and str(path) in dialog.file_problems.text()
    assert dialog.preview.row_count() == 0 and not dialog.import_button.isEnabled()
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("gbk"))
    assert dialog.summary.text() == "导入 4 道有效题，跳过 1 道"

    assert dialog.destination_row.bank_name.text() == "考试题"
    dialog.import_button.click()
    assert not dialog.isVisible()
    (bank,) = own_banks(shell.context.data_dir)
    assert bank.title.zh_CN == "考试题" and len(bank.questions) == 4
    assert [q.text.zh_CN for q in bank.questions][0] == "客户张口就是恐吓、威胁，属于哪种类型？"
    listed = [page.questions.banks.item(i).text() for i in range(page.questions.banks.count())]
    assert "考试题（4 题）" in listed  # in the PK set-up at once


def test_importing_the_same_file_again_shows_every_question_as_a_duplicate(make_shell, monkeypatch, tmp_path):
    shell = make_shell("zh_CN", data_dir=tmp_path / "data")
    path = gbk_csv(tmp_path / "exam.csv", [*HEADER[:6], "答案", *HEADER[7:]])
    _page, dialog = open_dialog(shell)
    choose(dialog, monkeypatch, path)
    dialog.import_button.click()
    page, dialog = open_dialog(shell)
    choose(dialog, monkeypatch, path)
    assert "已有名为“exam”的题库：请在“添加到我的题库”中选择它，或换一个名称。" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    dialog.destination_row.existing_bank.setChecked(True)
    assert column(dialog, "Status") == ["重复（跳过）"] * 4 + ["错误"]
    assert "与题库“exam”的题目“exam-001”文字相同" in column(dialog, "Problems")[0]
    assert dialog.summary.text() == "导入 0 道有效题，跳过 5 道"
    assert not dialog.import_button.isEnabled()


def test_an_openpyxl_workbook_goes_into_a_bank_named_by_the_trainer(make_shell, monkeypatch, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["题型", "题目", "选项A", "选项B", "选项C", "答案", "解析"])
    sheet.append(["多选", "哪些是投诉的价值？", "发现问题", "留住客户", "浪费时间", "A,B", "投诉是礼物"])
    sheet.append(["判断", "投诉客户都很难缠。", None, None, None, "错误", None])
    book.save(tmp_path / "题库.xlsx")
    shell = make_shell("zh_CN", data_dir=tmp_path / "data")
    page, dialog = open_dialog(shell)
    choose(dialog, monkeypatch, tmp_path / "题库.xlsx")
    assert dialog.format_label.text() == "格式：题目表格（CSV 或 xlsx）"
    assert not dialog.encoding.isEnabled()  # a workbook has no text encoding to choose
    assert column(dialog, "Kind") == ["多选", "判断"]
    dialog.destination_row.bank_name.setText("投诉价值")
    dialog.import_button.click()
    (bank,) = own_banks(shell.context.data_dir)
    assert bank.title.zh_CN == "投诉价值" and bank.questions[0].explanation.zh_CN == "投诉是礼物"
    banks = page.questions.banks
    assert any("投诉价值（2 题）" == banks.item(i).text() for i in range(banks.count()))


def test_a_pasted_wenjuanxing_list_is_previewed_and_imported(make_shell, tmp_path):
    shell = make_shell("zh_CN", data_dir=tmp_path / "data")
    page, dialog = open_dialog(shell)
    dialog.tabs.setCurrentIndex(1)
    dialog.paste_box.setPlainText(PASTE)
    dialog.read_paste_button.click()
    assert dialog.format_label.text() == "格式：问卷星式题目列表"
    assert not dialog.mapping_table.isVisible()
    assert column(dialog, "Source") == ["第 1 行", "第 6 行"]
    assert column(dialog, "Kind") == ["单选", "多选"]
    assert column(dialog, "Answer") == ["A", "A,B"]
    assert dialog.summary.text() == "导入 2 道有效题，跳过 0 道"
    assert dialog.destination_row.bank_name.text() == "粘贴的题目"
    dialog.import_button.click()
    (bank,) = own_banks(shell.context.data_dir)
    assert [q.kind for q in bank.questions] == ["single", "multiple"]


def test_an_import_from_the_setup_page_keeps_the_line_up_the_trainer_chose(make_shell, tmp_path):
    shell = make_shell("zh_CN", data_dir=tmp_path / "data")
    for name in ("上午班", "下午班"):
        shell.context.store.save_lineup(name, [{"name": f"{name}第1组", "leader": "", "key": "1"}])
    page, dialog = open_dialog(shell)
    page.lineups.setCurrentIndex(page.lineups.findText("下午班"))
    page.questions.mode.setCurrentIndex(2)  # random selection
    dialog.tabs.setCurrentIndex(1)
    dialog.paste_box.setPlainText(PASTE)
    dialog.read_paste_button.click()
    dialog.import_button.click()
    assert not dialog.isVisible()
    listed = [page.questions.banks.item(i).text() for i in range(page.questions.banks.count())]
    assert "粘贴的题目（2 题）" in listed  # the new bank is listed at once...
    # ...and the rest of the set-up is as the trainer left it (the line-up chosen went back to the first)
    assert page.lineups.currentText() == "下午班"
    assert page.questions.mode.currentIndex() == 2


def test_a_built_in_bank_name_is_refused_before_anything_is_written(make_shell, tmp_path):
    shell = make_shell("zh_CN", data_dir=tmp_path / "data")
    _page, dialog = open_dialog(shell)
    dialog.tabs.setCurrentIndex(1)
    dialog.paste_box.setPlainText(PASTE)
    dialog.read_paste_button.click()
    dialog.destination_row.bank_name.setText("complaints")
    dialog.refresh()
    assert "“complaints”是内置题库，请换一个名称。" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


@pytest.mark.parametrize("screen", [QSize(1024, 768), QSize(853, 480)], ids=["1024x768", "853x480"])
def test_the_dialog_fits_a_small_screen_with_its_buttons_in_view(make_shell, monkeypatch, tmp_path, screen):
    shell = make_shell("zh_CN", data_dir=tmp_path / "data")
    _page, dialog = open_dialog(shell)
    choose(dialog, monkeypatch, gbk_csv(tmp_path / "exam.csv"))
    room = screen - FRAME_ALLOWANCE
    hint = dialog.minimumSizeHint()
    assert hint.width() <= room.width() and hint.height() <= room.height()
    dialog.setMinimumSize(0, 0)
    dialog.resize(room)
    QApplication.processEvents()
    assert dialog.size() == room
    bottom = (dialog.import_button, dialog.cancel_button, dialog.summary, dialog.destination_row.bank_name)
    for widget in bottom:
        corner = widget.mapTo(dialog, widget.rect().bottomRight())
        assert widget.isVisible() and dialog.rect().contains(corner)
    assert dialog.preview.height() >= 100


def test_export_from_the_setup_page_writes_the_file_and_lists_what_kahoot_cannot_hold(
    make_shell, monkeypatch, tmp_path
):
    shell = make_shell("zh_CN", data_dir=tmp_path / "data")
    shell.window.show_pk_setup()
    page = shell.window.pk_setup
    row = next(
        i
        for i in range(page.questions.banks.count())
        if page.questions.banks.item(i).data(Qt.ItemDataRole.UserRole) == "complaints"
    )
    page.questions.banks.setCurrentRow(row)
    shown: list[str] = []
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, items, *a: (items[1], True))
    offered: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda _p, _t, name, *a: (offered.append(name) or str(tmp_path / "k.xlsx"), ""),
    )
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    page.questions.export_button.click()
    # the bank's title in the trainer's home folder (it was "complaints.xlsx" in the app's own folder)
    assert offered == [str(Path.home() / "处理顾客投诉.xlsx")]
    (report,) = shown
    assert report.startswith("已导出 22 道题，18 道未导出：")
    assert "cmp-005：未导出：该格式没有“fill”题型" in report
    assert "cmp-011：未导出：有 5 个选项，Kahoot 最多 4 个" in report
    assert "cmp-018：判断题写成了答案为 对 / 错 的选择题" in report  # what changed is said in the app too
    assert (tmp_path / "k.xlsx").stat().st_size > 0


def test_the_keyboard_alone_previews_names_and_imports_and_escape_writes_nothing(make_shell, qtbot, tmp_path):
    shell = make_shell("zh_CN", data_dir=tmp_path / "data")
    _page, dialog = open_dialog(shell)
    qtbot.keyClick(dialog.tabs.tabBar(), Qt.Key.Key_Right)  # to the 粘贴文本 tab
    assert dialog.tabs.currentIndex() == 1
    dialog.paste_box.setPlainText(PASTE)
    assert dialog.paste_box.tabChangesFocus()  # Tab leaves the box for the preview button
    qtbot.keyClick(dialog.read_paste_button, Qt.Key.Key_Space)
    assert dialog.summary.text() == "导入 2 道有效题，跳过 0 道"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and own_banks(shell.context.data_dir) == []
    assert dialog.result() == QDialog.DialogCode.Rejected  # what the dialog answers whoever opened it

    _page, dialog = open_dialog(shell)
    dialog.paste_box.setPlainText(PASTE)
    qtbot.keyClick(dialog.read_paste_button, Qt.Key.Key_Space)
    name = dialog.destination_row.bank_name
    name.clear()
    name.setFocus()  # as a click or Tab into the field does
    qtbot.keyClicks(name, "Keyboard quiz")  # QTest types Latin-1 only
    qtbot.keyClick(name, Qt.Key.Key_Return)  # Enter confirms (Import is the default button)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    (bank,) = own_banks(shell.context.data_dir)
    assert bank.title.zh_CN == "Keyboard quiz" and len(bank.questions) == 2


def test_the_chinese_dialog_says_a_file_problem_and_the_notes_in_chinese(make_shell, monkeypatch, tmp_path):
    shell = make_shell("zh_CN", data_dir=tmp_path / "data")
    _page, dialog = open_dialog(shell)
    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    choose(dialog, monkeypatch, locked)
    assert "文件设有密码（已加密）" in dialog.file_problems.text()
    choose(dialog, monkeypatch, gbk_csv(tmp_path / "考试题.csv"))
    assert "编码：GB18030 (GBK)" in dialog.notes.text()
    assert column(dialog, "Problems")[0].endswith(":2: 答案: 缺少：正确选项的字母，如 A 或 A,C")


def test_a_big_file_is_read_off_the_ui_thread_with_the_busy_line_and_the_dialog_answers(
    make_shell, monkeypatch, tmp_path, qtbot
):
    import threading

    from desktop.ui.content import import_dialog

    shell = make_shell("zh_CN", data_dir=tmp_path / "data")
    page, dialog = open_dialog(shell)
    header = ["题型", "题干", "选项A", "选项B", "答案"]
    lines = [",".join(header)] + [f"单选题,第{n}题：客户投诉时先做什么？,道歉,争辩,A" for n in range(2_000)]
    path = tmp_path / "两千题.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))
    shell.context.operations.inline = False  # as in the app
    reading, release = threading.Event(), threading.Event()
    real_read = import_dialog.read_file

    def held_read(*args, **kwargs):  # the parse, held until the test has looked at the dialog
        reading.set()
        release.wait(30)
        return real_read(*args, **kwargs)

    monkeypatch.setattr(import_dialog, "read_file", held_read)
    choose(dialog, monkeypatch, path)
    assert reading.wait(10)
    qtbot.waitUntil(dialog.busy.showing, timeout=5000)  # reading for over 300 ms: said so
    assert "两千题.csv" in dialog.busy.label.text()
    assert not dialog.import_button.isEnabled()
    dialog.destination_row.bank_name.setText("两千题")  # the dialog answers while the file is read
    release.set()
    qtbot.waitUntil(lambda: dialog.preview.row_count() == 2_000, timeout=120_000)
    assert not dialog.busy.showing()
    assert dialog.summary.text().startswith("导入 2000 道有效题")
    dialog.import_button.click()  # read once more on the worker, then checked before anything is written
    qtbot.waitUntil(lambda: "500" in dialog.summary.text(), timeout=120_000)
    assert dialog.isVisible() and own_banks(shell.context.data_dir) == []  # a bank holds at most 500


def test_the_dialog_opens_on_choose_a_file_so_space_opens_the_file_chooser(
    make_shell, monkeypatch, qtbot, tmp_path
):
    shell = make_shell("zh_CN", data_dir=tmp_path / "data")
    _page, dialog = open_dialog(shell)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    # Found on a real X server: the focus was on the invisible scroll area, so Space and Enter did nothing.
    assert dialog.focusWidget() is dialog.choose_button
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (asked.append("file") or "", ""))
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)
    assert asked == ["file"]


def test_the_encoding_box_grows_to_show_the_detected_encoding(make_shell, monkeypatch, tmp_path):
    shell = make_shell("zh_CN", data_dir=tmp_path / "data")
    _page, dialog = open_dialog(shell)
    QApplication.processEvents()  # shown with "自动检测" only, as a trainer first sees it
    choose(dialog, monkeypatch, gbk_csv(tmp_path / "exam.csv"))
    QApplication.processEvents()
    shown = dialog.encoding.currentText()
    assert shown == "自动检测（GB18030 (GBK)）"
    # the box is as wide as its text (it kept its first, narrow width: the encoding was cut off)
    assert dialog.encoding.width() >= dialog.encoding.fontMetrics().horizontalAdvance(shown)


def test_a_ten_thousand_row_preview_fills_at_once_and_measures_rows_as_they_come_into_view(qtbot, tmp_path):
    import time

    from desktop.core.importing import read_file
    from desktop.ui.content.import_preview import PreviewTable

    header = ["题型", "题目", "选项A", "选项B", "选项C", "选项D", "答案"]
    lines = [",".join(header)] + [f"单选题,第{n}题：先做什么？,倾听,道歉,争辩,挂断,A" for n in range(10_000)]
    result = read_file(gbk_csv_text(tmp_path / "万题.csv", lines))
    table = PreviewTable()
    qtbot.addWidget(table)
    table.resize(900, 400)
    table.show()
    started = time.process_time()
    table.show_result(result)
    QApplication.processEvents()
    # Printed, not asserted (a figure, not a timed test): 0.95 s of the UI thread's CPU before, with
    # 70,000 items and every row measured; a second's freeze of the dialog on a 10,000-row file.
    print(f"10,000-row preview shown in {time.process_time() - started:.3f} s of UI-thread CPU")
    assert table.row_count() == 10_000 and shown(table, 9_999, "Question") == "第9999题：先做什么？"
    four_lines = 4 * table.fontMetrics().lineSpacing()
    assert table.rowHeight(0) >= four_lines  # the rows in view show all four options
    assert table.rowHeight(9_999) < four_lines  # not measured yet: nobody has looked at it
    table.scrollToBottom()
    QApplication.processEvents()
    assert table.rowHeight(9_999) >= four_lines  # measured once scrolled into view


def gbk_csv_text(path: Path, lines: list[str]) -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))
    return path


def test_the_preview_takes_the_height_the_upper_part_does_not_use(make_shell, monkeypatch, tmp_path):
    """Seen at 1024×768: above a Kahoot file's preview (no column mapping) an empty band a third of the
    dialog high, and the preview showed two questions."""
    shell = make_shell("zh_CN", data_dir=tmp_path / "data")
    _page, dialog = open_dialog(shell)
    dialog.resize(1000, 700)
    QApplication.processEvents()
    book = openpyxl.Workbook()
    sheet = book.active
    for _ in range(6):  # Kahoot's title and instructions, then its column titles on row 7
        sheet.append(["Quiz template"])
    sheet.append([None, "Question - max 120 characters", "Answer 1 - max 75 characters"])
    for n in range(6):
        sheet.append([n + 1, f"第{n + 1}题：先做什么？", "倾听", "争辩", None, None, 20, "1"])
    path = tmp_path / "kahoot.xlsx"
    book.save(path)
    choose(dialog, monkeypatch, path)
    QApplication.processEvents()
    upper, preview = dialog.splitter.sizes()
    assert upper <= dialog.top.sizeHint().height() + 2  # no empty band
    assert preview >= 2 * upper
