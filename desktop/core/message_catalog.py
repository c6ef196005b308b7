"""Every message code with its English and Chinese template (``{name}`` marks a value).

A test checks that both templates of a code name the same values, and that every code the app
uses is here. Chinese first in the interface; the command line prints English unless ``--lang zh_CN``.
"""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str]] = {
    # -- what kind of value was found (inside other messages) ---------------------------------------
    "type.nothing": ("nothing", "空值"),
    "type.bool": ("true/false", "真/假值"),
    "type.int": ("a whole number", "整数"),
    "type.float": ("a decimal number ({value})", "小数（{value}）"),
    "type.text": ("text", "文字"),
    "type.list": ("a list", "列表"),
    "type.mapping": ("a mapping", "键值映射"),
    # -- content files: every kind of value ---------------------------------------------------------
    "content.expected_mapping": ("expected a mapping of keys, found {found}", "应为键值映射，实际是{found}"),
    "content.unknown_key_close": (
        "unknown key '{key}'; did you mean '{close}'?",
        "未知的键“{key}”；是不是“{close}”？",
    ),
    "content.unknown_key": (
        "unknown key '{key}'; allowed: {allowed}",
        "未知的键“{key}”；可用的键：{allowed}",
    ),
    "content.missing_key": ("missing required key '{key}'", "缺少必填的键“{key}”"),
    "content.out_of_range": ("{value} is out of range ({bounds})", "{value}超出范围（{bounds}）"),
    "content.digits": ("at most {most} digits", "最多 {most} 位数字"),
    "content.expected_int": ("expected a whole number, found {found}", "应为整数，实际是{found}"),
    "content.expected_text": ("expected text, found {found}", "应为文字，实际是{found}"),
    "content.empty": ("must not be empty", "不能为空"),
    "content.only_invisible": (
        "must not be empty: it holds only invisible characters ({characters})",
        "不能为空：只有看不见的字符（{characters}）",
    ),
    "content.bad_pattern": (
        "'{value}' is not a valid {what} (pattern {pattern})",
        "“{value}”不是有效的{what}（格式 {pattern}）",
    ),
    "content.expected_bool": ("expected true or false, found {found}", "应为 true 或 false，实际是{found}"),
    "content.expected_list": ("expected a list, found {found}", "应为列表，实际是{found}"),
    "content.entries": ("has {count} entries; expected {bounds}", "有 {count} 项；应为 {bounds} 项"),
    # -- question banks -----------------------------------------------------------------------------
    "bank.text_expected": (
        'expected a text {{zh_CN: "…", en: "…"}}, found {found}',
        '应为文字 {{zh_CN: "…", en: "…"}}，实际是{found}',
    ),
    "bank.text_found_plain": (
        'expected a text {{zh_CN: "…", en: "…"}}, found {found} (put the words under zh_CN)',
        '应为文字 {{zh_CN: "…", en: "…"}}，实际是{found}（请把文字写在 zh_CN 下）',
    ),
    "bank.letter_expected": (
        "expected an option letter such as B, found {found}",
        "应为选项字母（如 B），实际是{found}",
    ),
    "bank.letter_capital": ("write option letters in capitals: '{letter}'", "选项字母请用大写：“{letter}”"),
    "bank.answer_not_option": (
        "answer '{letter}' is not an option; this question has options A–{last}",
        "答案“{letter}”不是选项；本题的选项是 A–{last}",
    ),
    "bank.answer_not_letter": (
        "answer '{letter}' is not an option letter; use A–{last}",
        "答案“{letter}”不是选项字母；请用 A–{last}",
    ),
    "bank.no_questions": ("the bank has no questions", "题库中没有题目"),
    "bank.id_used": (
        "question id '{id}' is already used on line {line}",
        "题目编号“{id}”已在第 {line} 行用过",
    ),
    "bank.options_not_allowed": (
        "only single and multiple questions have options; this one is '{kind}'",
        "只有单选题和多选题有选项；本题是“{kind}”",
    ),
    "bank.options_missing": (
        "missing required key 'options' ({kind} questions need {least}–{most})",
        "缺少必填的键“options”（{kind} 题需要 {least}–{most} 个选项）",
    ),
    "bank.accept_not_allowed": (
        "only fill questions have accept; this one is '{kind}'",
        "只有填空题有 accept；本题是“{kind}”",
    ),
    "bank.points_not_allowed": (
        "only open questions have points; this one is '{kind}'",
        "只有开放题有 points；本题是“{kind}”",
    ),
    "bank.points_missing": (
        "missing required key 'points' (open questions need {least}–{most})",
        "缺少必填的键“points”（开放题需要 {least}–{most} 个要点）",
    ),
    "bank.kind_close": (
        "unknown kind '{kind}'; did you mean '{close}'?",
        "未知的题型“{kind}”；是不是“{close}”？",
    ),
    "bank.kind_unknown": (
        "unknown kind '{kind}'; use one of: {kinds}",
        "未知的题型“{kind}”；可用的题型：{kinds}",
    ),
    "bank.option_repeated": (
        "option {letter} has the same text as option {first}",
        "选项 {letter} 与选项 {first} 文字相同",
    ),
    "bank.letter_twice": ("letter '{letter}' is listed twice", "字母“{letter}”写了两次"),
    "bank.bool_quoted": (
        "write true or false without quotes, found '{found}'",
        "true 或 false 不要加引号，实际是“{found}”",
    ),
    "bank.tag_twice": ("tag '{tag}' is listed twice", "标签“{tag}”写了两次"),
    "bank.tag_long": (
        "tag is {length} characters long; keep tags to {most} or fewer",
        "标签有 {length} 个字符；标签最多 {most} 个字符",
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
    "pk.buzz.closed": ("the buzzers are closed", "抢答已关闭"),
    "pk.buzz.not_eligible": ("the group already buzzed for this question", "该小组已抢答过本题"),
    "pk.buzz.already_buzzed": ("the group already buzzed in this opening", "该小组在本轮已抢答"),
    "pk.buzz.unknown_group": ("there is no such group", "没有这个小组"),
    "pk.buzz.unknown_key": ("no group has this key", "没有小组使用这个按键"),
    "pk.rule.first": ("first", "先答分"),
    "pk.rule.better": ("better", "优答分"),
    "pk.rule.manual": ("manual", "手动加分"),
}
