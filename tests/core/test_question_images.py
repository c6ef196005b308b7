"""Images in questions: a file beside the bank, checked by check-content, kept when a bank is written."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from desktop.cli.check_content import check_content
from desktop.core.banks import load_bank, parse_bank
from desktop.core.importing.bank_file import bank_yaml
from desktop.core.question_images import MAX_IMAGE_BYTES, image_format
from desktop.core.yamldoc import parse_yaml

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64
SVG = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"></svg>\n'

BANK = """bank:
  id: pictures
  version: 1
  title: {{zh_CN: 看图答题}}
questions:
  - id: q-1
    kind: truefalse
    text: {{zh_CN: 图中的排队方式合理吗？}}
    answer: true
    tags: [图片]
    difficulty: 1
    image: {image}
"""


def _bank(folder: Path, image: str) -> Path:
    path = folder / "pictures.yaml"
    path.write_text(BANK.format(image=image), encoding="utf-8")
    return path


@pytest.mark.parametrize(("name", "content"), [("queue.png", PNG), ("photo.jpg", JPEG), ("plan.svg", SVG)])
def test_a_question_keeps_its_image_and_the_bank_finds_the_file(tmp_path, name, content):
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / name).write_bytes(content)
    bank, errors = load_bank(_bank(tmp_path, f"images/{name}"))
    assert errors == []
    assert bank is not None
    question = bank.questions[0]
    assert question.image == f"images/{name}"
    assert bank.image_path(question) == tmp_path / "images" / name


@pytest.mark.parametrize(
    ("image", "files", "expected"),
    [
        ("images/missing.png", {}, "image file 'images/missing.png' not found in"),
        ("https://example.com/q.png", {}, "nothing is fetched from the internet"),
        ("../outside.png", {}, "no '..'"),
        ("/etc/q.png", {}, "not a full path"),
        ("'images\\q.png'", {}, "forward slashes: 'images/q.png'"),
        ("notes.txt", {"notes.txt": b"hello"}, "use a .png, .jpg, .jpeg, .svg file"),
        ("fake.png", {"fake.png": b"GIF89a" + b"\x00" * 20}, "not a readable PNG, JPEG or SVG image"),
        ("photo.png", {"photo.png": JPEG}, "holds a JPEG image; name it with the .jpg ending"),
        ("big.png", {"big.png": PNG + b"\x00" * MAX_IMAGE_BYTES}, "MB; keep images under 5 MB"),
        ("folder.png", {"folder.png/": b""}, "is a folder, not an image file"),
    ],
)
def test_check_content_names_the_line_and_what_is_wrong_with_an_image(tmp_path, image, files, expected):
    for name, content in files.items():
        if name.endswith("/"):
            (tmp_path / name).mkdir()
        else:
            (tmp_path / name).write_bytes(content)
    path = _bank(tmp_path, image)
    out = io.StringIO()
    assert check_content([path], out=out) == 1
    printed = out.getvalue()
    assert f"{path}:12: questions[0].image: " in printed, printed
    assert expected in printed, printed


def test_a_bank_parsed_from_text_checks_only_the_name_of_its_images():
    bank, errors = parse_bank(parse_yaml(BANK.format(image="images/later.png"), "pasted.yaml"))
    assert errors == [] and bank is not None and bank.questions[0].image == "images/later.png"
    _none, errors = parse_bank(parse_yaml(BANK.format(image="http://x/q.png"), "pasted.yaml"))
    assert [e.field for e in errors] == ["questions[0].image"]


def test_writing_a_bank_keeps_image_source_and_same_fact(tmp_path):
    (tmp_path / "q.png").write_bytes(PNG)
    text = BANK.format(image="q.png") + '    source: {deck: "001", slide: [17, 18]}\n    same_fact: queue\n'
    (tmp_path / "pictures.yaml").write_text(text, encoding="utf-8")
    bank, errors = load_bank(tmp_path / "pictures.yaml")
    assert errors == [] and bank is not None
    again, errors = parse_bank(
        parse_yaml(bank_yaml(bank.id, 2, bank.title, bank.source, list(bank.questions)), "x.yaml"), tmp_path
    )
    assert errors == [] and again is not None
    assert again.questions == bank.questions


def test_image_format_is_judged_by_the_first_bytes():
    assert image_format(PNG) == "png"
    assert image_format(JPEG) == "jpeg"
    assert image_format(SVG) == "svg"
    assert image_format(b"<svg></svg>") == "svg"
    assert image_format(b"<html><body></body></html>") is None
    assert image_format(b"\x00\x01\x02") is None
