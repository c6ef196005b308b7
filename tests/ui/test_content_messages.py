"""The Chinese interface lists broken content files with Chinese messages."""

from __future__ import annotations

from desktop.paths import user_quizzes_dir

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
"""


def test_the_chinese_home_screen_lists_a_broken_bank_in_chinese(make_shell, tmp_path):
    folder = user_quizzes_dir(tmp_path)
    folder.mkdir(parents=True)
    (folder / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    shell = make_shell("zh_CN", data_dir=tmp_path)
    home = shell.window.home
    home.refresh()
    text = home.content_errors.text()
    assert "未知的题型“singel”；是不是“single”？" in text, text
