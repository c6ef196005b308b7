"""Every message code with its English and Chinese template (``{name}`` marks a value).

A test checks that both templates of a code name the same values, and that every code the app
uses is here. Chinese first in the interface; the command line prints English unless ``--lang zh_CN``.
"""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str]] = {
    # -- PK rule refusals (the console shows them to the facilitator) -------------------------------
    "pk.ended": ("the session has ended", "本场比赛已结束"),
    "pk.last_question": ("this is the last question", "这已是最后一题"),
    "pk.first_question": ("this is the first question", "这已是第一题"),
    "pk.no_question_yet": ("no question is showing yet", "还没有显示题目"),
    "pk.show_question_first": ("show a question first", "请先显示一道题"),
    "pk.no_such_question": (
        "there is no question {number}: the session has {count}",
        "没有第 {number} 题：本场共 {count} 题",
    ),
    "pk.question_showing": ("question {number} is already showing", "第 {number} 题已在显示"),
    "pk.buzzers_already_open": ("the buzzers are already open", "抢答已经开放"),
    "pk.buzzers_not_open": ("the buzzers are not open", "抢答尚未开放"),
    "pk.already_revealed": (
        "the answer to question {number} is already revealed",
        "第 {number} 题的答案已经公布",
    ),
    "pk.everyone_buzzed": (
        "every group has already buzzed for question {number}",
        "所有小组都已抢答过第 {number} 题",
    ),
    "pk.no_such_group": ("there is no group '{group}'", "没有“{group}”这个小组"),
    "pk.manual_at_least_one": ("a manual award must be at least 1 point", "手动加分至少 1 分"),
    "pk.award_negative": ("a '{rule}' award cannot be negative", "{rule}不能为负数"),
    "pk.rule_taken": (
        "question {number} already has its '{rule}' point ({group}); withdraw it first",
        "第 {number} 题的{rule}已给了{group}；请先收回",
    ),
    "pk.nobody_buzzed": ("nobody has buzzed in yet", "还没有小组抢答"),
    "pk.not_first": ("{group} did not buzz first", "{group}不是第一个抢答的"),
    "pk.no_such_award": ("there is no award {award}", "没有编号 {award} 的得分"),
    "pk.award_withdrawn": ("award {award} is already withdrawn", "编号 {award} 的得分已经收回"),
    "pk.countdown_range": (
        "a countdown must be 1 to {most} seconds, got {seconds}",
        "倒计时须为 1 到 {most} 秒，输入的是 {seconds}",
    ),
    "pk.seat_taken": ("seat {seat} is already taken", "座位 {seat} 已有人"),
    "pk.reason_needed": ("say why the points are given", "请说明加分的理由"),
    "pk.buzz.closed": ("the buzzers are closed", "抢答已关闭"),
    "pk.buzz.not_eligible": ("the group already buzzed for this question", "该小组已抢答过本题"),
    "pk.buzz.already_buzzed": ("the group already buzzed in this opening", "该小组在本轮已抢答"),
    "pk.buzz.unknown_group": ("there is no such group", "没有这个小组"),
    "pk.buzz.unknown_key": ("no group has this key", "没有小组使用这个按键"),
    "pk.rule.first": ("first", "先答分"),
    "pk.rule.better": ("better", "优答分"),
    "pk.rule.manual": ("manual", "手动加分"),
}
