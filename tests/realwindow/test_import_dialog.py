"""The Import dialog as a trainer meets it on a real X server at 1024×768 (issue 11's "done when"):
from the content screen (home key 6) by keys alone, through Qt's real file chooser, a GBK CSV as Excel on
a Chinese Windows saves it goes into a bank; a zip bomb is a message and the dialog goes on answering.

Found this way and fixed: the dialog opened with the focus on an invisible scroll area (Space and
Enter did nothing), and the encoding box kept its first width, hiding the detected encoding.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import yaml

from .xsession import poll

ROWS = [
    "题型,题干,选项A,选项B,选项C,选项D,答案,解析,知识点,难度",
    "单选题,客户张口就是恐吓、威胁，属于哪种类型？,茫茫然然型,猛烈攻击型,情绪不稳型,优柔寡断型,B,见课件 003,客户类型,易",
    '多选题,"下列说法, 哪些正确？",客户永远是对的,先处理心情,后处理事情,,"B,C",,安抚技巧,中',
    "判断题,客户投诉是坏事。,,,,,错,投诉是改进的机会,心态,1",
    "填空题,处理投诉要先处理____，再处理事情。,,,,,心情|情绪,,安抚技巧,",
]


def open_import_dialog(app):
    app.press_home_job("6")
    poll(  # the content screen's own button (the home screen's job button names the screen too)
        lambda: (
            (w := app.window("MainWindow")) and (b := w.find("导入(&I)…", kind="button")) and b["enabled"]
        ),
        20,
        "the content screen's Import button",
    )
    app.x.key("alt+i")
    app.wait_active("ImportDialog")
    app.check_fits()


def choose_file(app, path: Path) -> None:
    """Space on the focused 选择文件…, then the path typed into Qt's file chooser (ASCII: xdotool
    drops CJK characters now and then)."""
    app.x.key("space")
    app.wait_active("QFileDialog")
    app.x.type_text(str(path))
    app.x.key("Return")
    app.wait_gone("QFileDialog")
    # The next keys go to the import dialog: it must have the focus back from the closed chooser
    # (keys sent while the window manager is still handing it back go nowhere).
    app.wait_active("ImportDialog")


def test_a_gbk_csv_by_keys_through_the_real_file_chooser_into_a_bank(launch, tmp_path) -> None:
    csv = tmp_path / "exam_export.csv"
    csv.write_bytes(("\r\n".join(ROWS) + "\r\n").encode("gbk"))
    app = launch()
    open_import_dialog(app)
    choose_file(app, csv)
    dialog = app.wait_text("ImportDialog", "导入 4 道有效题，跳过 0 道")
    assert dialog.find("格式：题目表格（CSV 或 xlsx）")
    encoding = dialog.find("自动检测（GB18030 (GBK)）", kind="combo")
    assert encoding is not None
    shown = app.x.size  # the combo's text must fit its box: it kept its first, narrow width before
    assert encoding["rect"][2] >= 180 and encoding["rect"][0] + encoding["rect"][2] <= shown[0]
    assert dialog.find("客户张口就是恐吓、威胁，属于哪种类型？", kind="cell")
    app.x.key("Return")  # Import is the default button
    app.wait_gone("ImportDialog")
    app.wait_text("MainWindow", "exam_export")
    (written,) = (app.data_dir / "content" / "quizzes").glob("*.yaml")
    bank = yaml.safe_load(written.read_text(encoding="utf-8"))
    assert [q["kind"] for q in bank["questions"]] == ["single", "multiple", "truefalse", "fill"]
    assert bank["questions"][1]["text"]["zh_CN"] == "下列说法, 哪些正确？"


def test_a_zip_bomb_is_a_message_and_the_dialog_goes_on(launch, tmp_path) -> None:
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            for _ in range(100):
                member.write(b"\0" * (1 << 20))
    app = launch()
    open_import_dialog(app)
    choose_file(app, bomb)
    app.wait_text("ImportDialog", "压缩炸弹")
    app.x.key("ctrl+Tab")  # still answering: to the paste tab and back
    app.wait_text("ImportDialog", "预览粘贴的内容")
    app.x.key("Escape")
    app.wait_gone("ImportDialog")
    assert "Traceback" not in app.log()
    assert not (app.data_dir / "content" / "quizzes").exists() or not any(
        (app.data_dir / "content" / "quizzes").iterdir()
    )
