"""PK rule refusals and the rules for names typed in the app, each code with its English and Chinese template.

Part of the message catalog (``desktop.core.message_catalog`` gathers every part): ``{name}`` marks a
value; the English template first, then the Chinese.
"""

from __future__ import annotations

APP_MESSAGES: dict[str, tuple[str, str]] = {
    # -- names typed in the app (classes, trainees, raters, rounds) -------------------------------------
    "what.class_name": ("class name", "班级名称"),
    "what.trainee_name": ("trainee name", "学员姓名"),
    "what.rater_name": ("rater name", "评分人姓名"),
    "what.round_name": ("round name", "轮次名称"),
    "name.empty": ("{field}: must not be empty", "{field}：不能为空"),
    "name.invisible": (
        "{field}: has only invisible characters or spaces",
        "{field}：只有看不见的字符或空格",
    ),
    "name.control": (
        "{field}: contains a control character ({character})",
        "{field}：含有控制字符（{character}）",
    ),
    "name.too_long": (
        "{field}: at most {most} characters (this one has {length})",
        "{field}：最多 {most} 个字符（这个有 {length} 个）",
    ),
    "round.name_taken": (
        "round name: the class already has a round named '{name}'",
        "轮次名称：本班已有名为“{name}”的轮次",
    ),
    "round.rates_themself": (
        "rater name: {name} cannot rate themself as {role}; use the self-assessment",
        "评分人姓名：{name}不能以 {role} 身份给自己评分；请用自评",
    ),
    "round.wrong_role": (
        "rater role: the form '{form}' ({kind}) is filled in by {roles}, not by {role}",
        "评分人角色：表“{form}”（{kind}）由 {roles} 填写，不由 {role} 填写",
    ),
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
    "pk.no_countdown": ("no countdown is running", "没有正在进行的倒计时"),
    "pk.undo_no_event": ("there is no earlier event {event}", "没有更早的第 {event} 条记录"),
    "pk.undo_not_undoable": (
        "event {event} ({kind}) cannot be undone",
        "第 {event} 条记录（{kind}）不能撤销",
    ),
    "pk.undo_twice": ("event {event} is already undone", "第 {event} 条记录已经撤销"),
    "pk.buzz.closed": ("the buzzers are closed", "抢答已关闭"),
    "pk.buzz.not_eligible": ("the group already buzzed for this question", "该小组已抢答过本题"),
    "pk.buzz.already_buzzed": ("the group already buzzed in this opening", "该小组在本轮已抢答"),
    "pk.buzz.unknown_group": ("there is no such group", "没有这个小组"),
    "pk.buzz.unknown_key": ("no group has this key", "没有小组使用这个按键"),
    "pk.rule.first": ("first", "先答分"),
    "pk.rule.better": ("better", "优答分"),
    "pk.rule.manual": ("manual", "手动加分"),
}
