"""A PK rule's refusal is shown in the console's language (it was English in the Chinese console)."""

from __future__ import annotations

import pytest

from .test_pk_session import start_session


@pytest.mark.parametrize(
    ("lang", "before", "twice"),
    [
        ("zh_CN", "请先显示一道题", "第 1 题的答案已经公布"),
        ("en", "show a question first", "the answer to question 1 is already revealed"),
    ],
)
def test_a_refused_command_is_said_in_the_interfaces_language(make_shell, qtbot, lang, before, twice):
    opened = start_session(make_shell(lang))
    qtbot.addWidget(opened.console)
    qtbot.addWidget(opened.stage)
    c, console = opened.controller, opened.console
    c.run(c.session.reveal_answer)
    assert console.message.text() == before
    c.run(c.session.next_question)
    c.run(c.session.reveal_answer)
    c.run(c.session.reveal_answer)
    assert console.message.text() == twice
