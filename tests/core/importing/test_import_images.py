"""Images come with imported questions: Image Link files on this computer and pictures placed on xlsx rows."""

from __future__ import annotations

import io

import openpyxl
from openpyxl.drawing.image import Image as SheetImage
from PIL import Image as PilImage

from desktop.cli.import_questions import import_questions
from desktop.core.banks import load_bank_folders
from desktop.core.importing import read_file
from desktop.core.messages import localise
from desktop.paths import quizzes_dir, user_quizzes_dir

WAYGROUND = ["Question Text", "Question Type", "Option 1", "Option 2", "Option 3", "Option 4", "Option 5",
             "Correct Answer", "Time in seconds", "Image Link", "Answer explanation"]  # fmt: skip


def png_bytes(colour: str, size: tuple[int, int] = (60, 40)) -> bytes:
    out = io.BytesIO()
    PilImage.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def test_wayground_image_links_on_this_computer_come_along_and_web_addresses_are_named(tmp_path):
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "queue.png").write_bytes(png_bytes("red"))
    (tmp_path / "notes.png").write_bytes(b"not an image at all")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(WAYGROUND)
    rows = [
        ("pics/queue.png", "队伍排得好吗？"),
        ("https://example.com/q.png", "网址的图？"),
        ("missing.png", "找不到的图？"),
        ("notes.png", "不是图片？"),
        (str(tmp_path / "pics" / "queue.png"), "同一张图，完整路径？"),
    ]
    for link, text in rows:
        sheet.append([text, "Multiple Choice", "好", "不好", None, None, None, 1, 30, link, None])
    book.save(tmp_path / "wayground.xlsx")

    out = io.StringIO()
    data = tmp_path / "data"
    code = import_questions(tmp_path / "wayground.xlsx", data, out=out, bank="pictures", dry_run=False,
                            encoding=None, skip_invalid=False)  # fmt: skip
    assert code == 0, out.getvalue()
    printed = out.getvalue()
    assert "row 3: the Image Link is a web address (https://example.com/q.png); nothing is fetched" in printed
    assert "row 4: the Image Link file " in printed and "missing.png is not on this computer" in printed
    assert "row 5: the image is not a PNG, JPEG or SVG" in printed
    banks, errors = load_bank_folders(quizzes_dir(), user_quizzes_dir(data))
    assert errors == []
    bank = next(b for b in banks if b.id == "pictures")
    images = [q.image for q in bank.questions]
    assert images[0] is not None and images[0] == images[4]  # one file for the same picture
    assert images[1:4] == [None, None, None]
    assert bank.image_path(bank.questions[0]).read_bytes() == (tmp_path / "pics" / "queue.png").read_bytes()


def test_pictures_placed_on_xlsx_rows_go_with_their_rows_questions(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["题型", "题目", "选项A", "选项B", "答案"])
    sheet.append(["单选题", "第一题有图", "甲", "乙", "A"])
    sheet.append(["单选题", "第二题没有图", "甲", "乙", "B"])
    sheet.append(["单选题", "第三题也有图", "甲", "乙", "A"])
    for cell, colour in (("F2", "red"), ("F4", "blue")):
        (tmp_path / f"{colour}.png").write_bytes(png_bytes(colour))
        sheet.add_image(SheetImage(str(tmp_path / f"{colour}.png")), cell)
    book.save(tmp_path / "题库.xlsx")

    result = read_file(tmp_path / "题库.xlsx")
    assert result.problems == []
    by_text = {row.text: row.question for row in result.rows}
    red, blue = by_text["第一题有图"].image, by_text["第三题也有图"].image
    assert red and blue and red != blue and by_text["第二题没有图"].image is None
    assert result.images[red][:8] == b"\x89PNG\r\n\x1a\n"
    assert PilImage.open(io.BytesIO(result.images[blue])).getpixel((0, 0)) == (0, 0, 255)
    assert "2 questions come with an image (written to the bank's images folder)" in result.notes
    assert "2 道题带有图片（写入题库的 images 文件夹）" in [localise(n, "zh_CN") for n in result.notes]


def test_an_image_link_note_is_chinese_in_the_chinese_interface(tmp_path):
    book = openpyxl.Workbook()
    book.active.append(WAYGROUND)
    book.active.append(
        ["网址的图？", "Multiple Choice", "好", "不好", None, None, None, 1, 30, "https://x.cn/q.png", None]
    )
    book.save(tmp_path / "w.xlsx")
    notes = [localise(n, "zh_CN") for n in read_file(tmp_path / "w.xlsx").notes]
    assert (
        "第 2 行：Image Link 是网址（https://x.cn/q.png）；不会从互联网下载：该题导入时不带图片（请保存图片后在编辑器中添加）"
        in notes
    )
