"""Every PK rule refusal the console can show is said in Chinese in the Chinese console (and in English
in the English one): each command is run where the rules refuse it."""

from __future__ import annotations

from chinese_text import english_left
from pk_helpers import new_session

from desktop.core.messages import localise
from desktop.core.pk.session import PkRuleError


def _refusals() -> list[object]:
    s, clock, _sink = new_session()
    said: list[object] = []

    def refused(command) -> None:
        try:
            command()
        except PkRuleError as exc:
            said.append(exc.message)
        else:
            raise AssertionError(f"not refused: {command}")

    refused(s.previous_question)
    refused(s.reveal_answer)
    refused(s.open_buzzers)
    refused(s.award_first)
    refused(s.stop_countdown)
    s.next_question()
    refused(s.previous_question)
    refused(lambda: s.show_question(0))
    refused(lambda: s.show_question(99))
    refused(s.close_buzzers)
    refused(s.award_first)
    s.open_buzzers()
    refused(s.open_buzzers)
    s.buzz("a")
    clock.advance(500)
    s.buzz("b")
    refused(lambda: s.award_first("b"))
    refused(lambda: s.award_better("zz"))
    refused(lambda: s.award_manual("a", 0, "好"))
    refused(lambda: s.award_manual("a", 2, ""))
    refused(lambda: s.start_countdown(10_000))
    s.award_first()
    refused(s.award_first)
    refused(lambda: s.withdraw(999))
    s.buzz("c")
    refused(s.open_buzzers)  # every group has buzzed for this question
    s.reveal_answer()
    refused(s.reveal_answer)
    for _ in range(4):
        s.next_question()
    refused(s.next_question)
    s.end()
    refused(s.next_question)
    return said


def test_every_rule_refusal_is_said_in_chinese_and_in_english():
    said = _refusals()
    assert len(said) >= 20
    chinese = [localise(message, "zh_CN") for message in said]
    english = [f"{text}  ← {left}" for text in chinese if (left := english_left(text))]
    assert not english, "\n".join(english)
    assert all(str(localise(message, "en")) == str(message) for message in said)
    assert "没有正在进行的倒计时" in chinese and "这已是最后一题" in chinese
