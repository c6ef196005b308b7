"""Content errors in the interface's language: Chinese in the Chinese UI, English on the command line
unless ``--lang zh_CN``."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from desktop.cli.check_content import check_content

ROOT = Path(__file__).resolve().parents[1]
BROKEN = """bank:
  id: broken_one
  version: 1
  title: {zh_CN: 坏题库}
questions:
  - id: q-1
    kind: singel
    text: {zh_CN: 题目}
    answer: A
    tags: [标签]
    difficulty: 1
  - id: q-2
    kind: single
    text: 只有文字
    options: [{zh_CN: 甲}, {zh_CN: 乙}]
    answer: G
    tags: [标签, 标签]
    difficulty: 9
"""


def test_check_content_speaks_english_by_default_and_chinese_when_asked(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    english, chinese = io.StringIO(), io.StringIO()
    assert check_content([path], out=english) == 1
    assert check_content([path], out=chinese, lang="zh_CN") == 1
    assert f"{path}:7: questions[0].kind: unknown kind 'singel'; did you mean 'single'?" in english.getvalue()
    assert f"{path}:7: questions[0].kind: 未知的题型“singel”；是不是“single”？" in chinese.getvalue()
    assert "应为文字" in chinese.getvalue() and "实际是文字（请把文字写在 zh_CN 下）" in chinese.getvalue()
    assert "答案“G”不是选项；本题的选项是 A–B" in chinese.getvalue()
    assert "标签“标签”写了两次" in chinese.getvalue()
    assert "9超出范围（1–3）" in chinese.getvalue()
    command = [sys.executable, "-m", "desktop", "check-content", str(path), "--lang", "zh_CN"]
    run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert run.returncode == 1 and "未知的题型“singel”" in run.stdout, run.stdout + run.stderr


def test_file_and_image_problems_are_chinese_when_asked(tmp_path):
    gbk = tmp_path / "gbk.yaml"
    gbk.write_bytes("bank:\n  id: x\n  title: {zh_CN: 中文}\n".encode("gbk"))
    picture = tmp_path / "picture.yaml"
    picture.write_text(
        BROKEN.replace("kind: singel", "kind: single\n    options: [{zh_CN: 甲}, {zh_CN: 乙}]").replace(
            "    difficulty: 1\n", "    difficulty: 1\n    image: images/没有.png\n", 1
        ),
        encoding="utf-8",
    )
    chinese = io.StringIO()
    assert check_content([gbk, picture], out=chinese, lang="zh_CN") == 1
    printed = chinese.getvalue()
    assert (
        f"{gbk}:3: (file): 不是有效的 UTF-8（看起来是 Windows 记事本或 Excel 保存中文时用的 GBK/GB 18030）"
        in printed
    )
    assert f"questions[0].image: 在 {tmp_path} 中找不到图片文件“images/没有.png”" in printed


def test_an_instruments_band_problem_is_chinese_when_asked():
    broken = ROOT / "tests" / "core" / "broken_instruments" / "band_overlap.yaml"
    english, chinese = io.StringIO(), io.StringIO()
    assert check_content([broken], out=english) == 1
    assert check_content([broken], out=chinese, lang="zh_CN") == 1
    assert "overlaps band" in english.getvalue()
    assert "重叠" in chinese.getvalue() and "overlaps" not in chinese.getvalue()


def test_a_source_problem_is_chinese_when_asked(tmp_path):
    path = tmp_path / "sourced.yaml"
    path.write_text(
        BROKEN.replace("kind: singel", "kind: single\n    options: [{zh_CN: 甲}, {zh_CN: 乙}]").replace(
            "    difficulty: 1\n", "    difficulty: 1\n    source: {deck: 1, slide: 4}\n", 1
        ),
        encoding="utf-8",
    )
    chinese = io.StringIO()
    assert check_content([path], out=chinese, lang="zh_CN") == 1
    assert 'questions[0].source.deck: 应为文字，实际是数字；请加引号，如 deck: "001"' in chinese.getvalue()
