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
