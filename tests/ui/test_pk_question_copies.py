"""A PK session keeps the questions it started with: a bank edited or deleted later changes nothing in it."""

from __future__ import annotations

from desktop.core.pk.setup import Group, ScoringRules, SessionSetup
from desktop.paths import user_quizzes_dir
from desktop.ui.pk.export import csv_bytes

OWN_BANK = """bank:
  id: my_bank
  version: 1
  title: {{zh_CN: 我的题库}}
questions:
  - id: q-1
    kind: single
    text: {{zh_CN: {text}}}
    options: [{{zh_CN: 先道歉}}, {{zh_CN: 先解释}}]
    answer: {answer}
    explanation: {{zh_CN: {why}}}
    tags: [安抚]
    difficulty: 1
  - id: q-2
    kind: truefalse
    text: {{zh_CN: 微笑能安抚客户吗？}}
    answer: true
    tags: [安抚]
    difficulty: 1
"""


def test_resume_console_stage_and_export_show_the_questions_as_they_were_played(make_shell, qtbot, tmp_path):
    folder = user_quizzes_dir(tmp_path)
    folder.mkdir(parents=True)
    bank_file = folder / "mine.yaml"
    bank_file.write_text(OWN_BANK.format(text="客户生气时先做什么？", answer="A", why="先处理心情"), "utf-8")
    shell = make_shell("zh_CN", data_dir=tmp_path)
    window = shell.window
    window.pk.sound.enabled = False
    groups = tuple(Group(f"g{i}", f"第{i}组", "", "#1d70b8", str(i)) for i in (1, 2))
    setup = SessionSetup(groups, ("my_bank/q-1", "my_bank/q-2"), ScoringRules())
    opened = window.pk.start_new("期末 PK", setup)  # closing its console deletes both windows
    session_id = opened.controller.session_id
    opened.controller.run(opened.controller.session.next_question)
    opened.console.close()

    # The trainer rewrites the question, swaps its answer and deletes the other one.
    edited = OWN_BANK.format(text="改过的题目", answer="B", why="改过的解析")
    bank_file.write_text(edited[: edited.index("  - id: q-2")], "utf-8")
    shell.context.reload_banks()

    resumed = window.pk.open(session_id)
    qtbot.addWidget(resumed.console)
    qtbot.addWidget(resumed.stage)
    c = resumed.controller
    assert resumed.stage.question.text() == "客户生气时先做什么？"
    assert resumed.console.question.text() == "客户生气时先做什么？"
    assert resumed.console.reference.text().startswith("参考答案：A\n先处理心情")
    c.run(c.session.next_question)
    assert resumed.stage.question.text() == "微笑能安抚客户吗？"  # deleted from the bank, still played
    exported = csv_bytes(c, "zh_CN").decode("utf-8-sig")
    assert "客户生气时先做什么？" in exported and "先处理心情" not in exported
    assert "改过的题目" not in exported
