"""Every message code with its English and Chinese template (``{name}`` marks a value).

A test checks that both templates of a code name the same values, and that every code the app
uses is here. Chinese first in the interface; the command line prints English unless ``--lang zh_CN``.
Content file problems are here; import problems, the app's refusals (PK rules, names) and the command
lines' own lines are in the ``message_catalog_*`` modules beside this one, gathered here.
"""

from __future__ import annotations

from desktop.core.message_catalog_app import APP_MESSAGES
from desktop.core.message_catalog_commands import COMMAND_MESSAGES
from desktop.core.message_catalog_import import IMPORT_MESSAGES
from desktop.core.message_catalog_store import STORE_MESSAGES

CATALOG: dict[str, tuple[str, str]] = {
    # -- what kind of value was found (inside other messages) ---------------------------------------
    "type.nothing": ("nothing", "空值"),
    "type.bool": ("true/false", "真/假值"),
    "type.int": ("a whole number", "整数"),
    "type.float": ("a decimal number ({value})", "小数（{value}）"),
    "type.text": ("text", "文字"),
    "type.list": ("a list", "列表"),
    "type.mapping": ("a mapping", "键值映射"),
    "type.other": ("{name}", "{name} 类型的值"),
    # -- what a value with a pattern is (inside other messages) ---------------------------------------
    "what.value": ("value", "值"),
    "what.instrument_id": ("instrument id", "表的编号"),
    "what.dimension_id": ("dimension id", "维度编号"),
    "what.item_id": ("item id", "题目编号"),
    "what.bank_id": ("bank id", "题库编号"),
    "what.question_id": ("question id", "题目编号"),
    "what.fact_name": ("fact name", "事实名称"),
    "type.date": ("a date", "日期"),
    "type.datetime": ("a date and time", "日期时间"),
    "type.binary": ("binary data", "二进制数据"),
    "type.set": ("a set", "集合"),
    "type.omap": ("an ordered mapping", "有序映射"),
    "type.pairs": ("a list of pairs", "键值对列表"),
    "type.long_number": ("a number {digits} digits long", "{digits} 位长的数字"),
    "type.odd": ("{kind} ({text})", "{kind}（写作“{text}”）"),
    # -- a value YAML itself cannot read --------------------------------------------------------------
    "value.not_bool": ("'{text}' is not true or false", "“{text}”不是 true 或 false"),
    "value.not_int": ("'{text}' cannot be read as a whole number", "“{text}”无法读作整数"),
    "value.not_number": ("'{text}' cannot be read as a number", "“{text}”无法读作数字"),
    "yaml.tag_refused": (
        "the YAML tag {tag} is not allowed in content files; remove it",
        "内容文件中不允许 YAML 标签 {tag}；请删除",
    ),
    "yaml.tag_on_mapping": (
        "the YAML tag {tag} is not allowed on a mapping; remove it",
        "键值映射上不允许 YAML 标签 {tag}；请删除",
    ),
    "yaml.tag_on_list": (
        "the YAML tag {tag} is not allowed on a list; remove it",
        "列表上不允许 YAML 标签 {tag}；请删除",
    ),
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
    # -- reading a content file ---------------------------------------------------------------------
    "yaml.wide_encoding": (
        "the file is {encoding}; save it as UTF-8 and load it again",
        "文件是 {encoding} 编码；请另存为 UTF-8 后再载入",
    ),
    "yaml.not_utf8": (
        "not valid UTF-8; save the file as UTF-8 and load it again",
        "不是有效的 UTF-8；请把文件另存为 UTF-8 后再载入",
    ),
    "yaml.looks_gbk": (
        "not valid UTF-8 (it looks like GBK/GB 18030, as Windows Notepad or Excel save Chinese text); "
        "save the file as UTF-8 and load it again",
        "不是有效的 UTF-8（看起来是 Windows 记事本或 Excel 保存中文时用的 GBK/GB 18030）；请把文件另存为 UTF-8 后再载入",
    ),
    "yaml.too_big": (
        "the file is {size} MB; content files must be under {most} MB",
        "文件有 {size} MB；内容文件须小于 {most} MB",
    ),
    "yaml.unreadable": ("cannot read the file: {reason}", "无法读取文件：{reason}"),
    "yaml.empty": ("the file is empty", "文件是空的"),
    "yaml.syntax": ("YAML syntax error: {problem}", "YAML 语法错误：{problem}"),
    "yaml.alias": (
        "YAML aliases (*name) are not allowed in content files; write the value out",
        "内容文件中不允许 YAML 别名（*名称）；请把值完整写出",
    ),
    "yaml.too_many_values": (
        "the file has too many values for a content file",
        "文件中的值太多，不像内容文件",
    ),
    "yaml.documents": (
        "the file holds more than one YAML document (---); keep one",
        "文件中有多个 YAML 文档（---）；只保留一个",
    ),
    "yaml.too_deep": ("nested more than {most} levels deep", "嵌套超过 {most} 层"),
    "yaml.key_not_plain": ("a key must be a plain name", "键须是普通的名称"),
    "yaml.merge_key": ("merge keys (<<) are not allowed", "不允许合并键（<<）"),
    "yaml.key_twice": ("this key appears twice", "这个键出现了两次"),
    "yaml.control_in_key": (
        "control character {character} is not allowed in a key",
        "键中不允许控制字符 {character}",
    ),
    "yaml.control_in_text": (
        "control character {character} is not allowed in text",
        "文字中不允许控制字符 {character}",
    ),
    "yaml.control_in_file": (
        "control character {character} is not allowed in a content file",
        "内容文件中不允许控制字符 {character}",
    ),
    "yaml.control_more_lines": ("control characters on {count} more lines", "另有 {count} 行含控制字符"),
    # -- question images ----------------------------------------------------------------------------
    "image.web_address": (
        "images are files in the bank's folder; nothing is fetched from the internet: save it there",
        "图片须是题库文件夹中的文件；不会从互联网下载：请把图片保存到那里",
    ),
    "image.backslashes": ("write the path with forward slashes: '{path}'", "路径请用正斜杠：“{path}”"),
    "image.full_path": (
        "give the path from the bank's folder, e.g. images/queue.png, not a full path",
        "请写从题库文件夹起的路径，如 images/queue.png，不要写完整路径",
    ),
    "image.outside": (
        "the image must be in the bank's folder or a folder inside it (no '..')",
        "图片须在题库文件夹或其子文件夹中（不能用“..”）",
    ),
    "image.suffix": (
        "'{name}' is not an image this app shows; use a {suffixes} file",
        "“{name}”不是本应用能显示的图片；请用 {suffixes} 文件",
    ),
    "image.missing": ("image file '{name}' not found in {folder}", "在 {folder} 中找不到图片文件“{name}”"),
    "image.folder": ("'{name}' is a folder, not an image file", "“{name}”是文件夹，不是图片文件"),
    "image.too_big": (
        "image '{name}' is {size} MB; keep images under {most} MB (save it smaller for the projector)",
        "图片“{name}”有 {size} MB；图片须小于 {most} MB（请为投影另存一个小一些的）",
    ),
    "image.unreadable": ("image '{name}' cannot be read: {reason}", "无法读取图片“{name}”：{reason}"),
    "image.not_image": (
        "'{name}' is not a readable PNG, JPEG or SVG image",
        "“{name}”不是可读的 PNG、JPEG 或 SVG 图片",
    ),
    "image.wrong_suffix": (
        "'{name}' holds a {found} image; name it with the .{suffix} ending",
        "“{name}”实际是 {found} 图片；请把扩展名改为 .{suffix}",
    ),
    # -- where content comes from in the course ------------------------------------------------------
    "source.deck_number": (
        'expected text, found a number; put it in quotes, e.g. deck: "{deck}"',
        '应为文字，实际是数字；请加引号，如 deck: "{deck}"',
    ),
    "source.no_slides": (
        "has no slide numbers; give one number or a list of them",
        "没有页码；请写一个页码或页码列表",
    ),
    "source.where": (
        "give the slide (a number or a list) or the section the text comes from",
        "请写出文字来自的页码（一个数字或列表）或章节",
    ),
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
    "bank.id_is_number": (
        "expected text, found a number; a {what} starts with a letter, e.g. {example}",
        "应为文字，实际是数字；{what}以字母开头，如“{example}”",
    ),
    "bank.id_number_quotes": (
        'expected text, found a number; put it in quotes: "{value}"',
        '应为文字，实际是数字；请加引号："{value}"',
    ),
    "bank.id_pattern": (
        "'{value}' is not a valid {what}; use lowercase letters, digits and _, e.g. {example}",
        "“{value}”不是有效的{what}；请用小写字母、数字和 _，如“{example}”",
    ),
    "bank.id_pattern_dash": (
        "'{value}' is not a valid {what}; use lowercase letters, digits, - and _, e.g. {example}",
        "“{value}”不是有效的{what}；请用小写字母、数字、- 和 _，如“{example}”",
    ),
    "bank.option_count_one": (
        "has {count} option; a question needs {least}–{most} (A–{last})",
        "有 {count} 个选项；一道题需要 {least}–{most} 个（A–{last}）",
    ),
    "bank.option_count": (
        "has {count} options; a question needs {least}–{most} (A–{last})",
        "有 {count} 个选项；一道题需要 {least}–{most} 个（A–{last}）",
    ),
    "bank.single_in_brackets": (
        "a single question's answer is one letter without brackets, e.g. answer: {letter}",
        "单选题的答案是一个字母，不加方括号，如 answer: {letter}",
    ),
    "bank.single_several": (
        "a single question has exactly one correct option; found {found} (use kind: multiple)",
        "单选题只有一个正确选项；实际是 {found} 个（多选请用 kind: multiple）",
    ),
    "bank.single_letters": (
        "a single question has exactly one correct option; found '{found}' (use kind: multiple)",
        "单选题只有一个正确选项；实际是“{found}”（多选请用 kind: multiple）",
    ),
    "bank.letters_list": (
        "expected a list of letters such as [A, C], found {found}",
        "应为字母列表（如 [A, C]），实际是{found}",
    ),
    "bank.multiple_too_few": (
        "a multiple question needs at least 2 correct letters; found {found} (use kind: single)",
        "多选题至少需要 2 个正确字母；实际是 {found} 个（单选请用 kind: single）",
    ),
    "bank.accept_text": (
        "expected a list of strings, e.g. accept: [{value}]; found text",
        "应为文字列表，如 accept: [{value}]；实际是文字",
    ),
    "bank.accept_number": ("put numbers in quotes: '{value}'", "数字请加引号：'{value}'"),
    "bank.accept_twice": (
        "'{value}' is already accepted (same as the answer or an earlier entry)",
        "“{value}”已可接受（与答案或前面某项相同）",
    ),
    "bank.point_count_one": (
        "has {count} point; an open question needs {least}–{most}",
        "有 {count} 个要点；开放题需要 {least}–{most} 个",
    ),
    "bank.point_count": (
        "has {count} points; an open question needs {least}–{most}",
        "有 {count} 个要点；开放题需要 {least}–{most} 个",
    ),
    "bank.tags_text": (
        "expected a list of tags, e.g. tags: [{value}]; found text",
        "应为标签列表，如 tags: [{value}]；实际是文字",
    ),
    "bank.tag_count_one": (
        "has {count} tag; use {least}–{most}",
        "有 {count} 个标签；请用 {least}–{most} 个",
    ),
    "bank.tag_count": ("has {count} tags; use {least}–{most}", "有 {count} 个标签；请用 {least}–{most} 个"),
    "bank.id_used_by": ("bank id '{id}' is already used by {file}", "题库编号“{id}”已被 {file} 使用"),
    "bank.id_used_built_in": (
        "bank id '{id}' is already used by {file} (built-in)",
        "题库编号“{id}”已被内置的 {file} 使用",
    ),
    "bank.id_used_by_question": (
        "question id '{id}' is already used by question {number}",
        "题目编号“{id}”已被第 {number} 题使用",
    ),
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
    # -- assessment forms (instruments) -------------------------------------------------------------
    "form.one_of": ("expected one of: {choices}, found {found}", "应为以下之一：{choices}，实际是{found}"),
    "form.total_method": (
        "'{found}' is not a scoring method; use one of: {choices}",
        "“{found}”不是计分方法；请用以下之一：{choices}",
    ),
    "form.radar_page_without_radar": (
        "lists a radar page, but the instrument says radar: false",
        "列出了雷达图页，但本表写的是 radar: false",
    ),
    "form.radar_axes": (
        "a radar needs at least {least} dimensions; this instrument has {count}",
        "雷达图至少需要 {least} 个维度；本表只有 {count} 个",
    ),
    "form.id_used_by": ("instrument id '{id}' is also used by {file}", "表的编号“{id}”也被 {file} 使用"),
    "form.id_used_built_in": (
        "instrument id '{id}' is also used by {file} (built-in)",
        "表的编号“{id}”也被内置的 {file} 使用",
    ),
    "form.dimension_empty": ("dimension '{dimension}' has no items", "维度“{dimension}”没有题目"),
    "form.import_built_in": (
        "a built-in form has the id '{id}' and is never replaced: give the file another id",
        "内置测评表已使用编号“{id}”，内置表不会被替换：请在文件中改用另一个编号",
    ),
    "form.page_twice": ("page '{page}' is listed twice", "页面“{page}”写了两次"),
    "form.scale_order": (
        "max ({high}) must be greater than min ({low})",
        "最大值（{high}）须大于最小值（{low}）",
    ),
    "form.scale_labels": (
        "has {count} labels; a {low}–{high} scale needs {needed}",
        "有 {count} 个标签；{low}–{high} 的量表需要 {needed} 个",
    ),
    "form.dimension_id_used": (
        "dimension id '{id}' is already used on line {line}",
        "维度编号“{id}”已在第 {line} 行用过",
    ),
    "form.no_dimension": (
        "no dimension '{dimension}'; known: {known}",
        "没有维度“{dimension}”；已有的维度：{known}",
    ),
    "form.item_id_used": (
        "item id '{id}' is already used on line {line}",
        "题目编号“{id}”已在第 {line} 行用过",
    ),
    "form.band_order": ("min ({low}) is above max ({high})", "最小值（{low}）大于最大值（{high}）"),
    "form.band_overlap": ("band {band} overlaps band {other}", "分段 {band} 与分段 {other} 重叠"),
    "form.band_gap": ("band {band} leaves a gap after band {other}", "分段 {band} 与分段 {other} 之间有空缺"),
    "form.band_uncovered": (
        "no band covers totals from {low} to {high}",
        "总分 {low} 到 {high} 不在任何分段内",
    ),
    **IMPORT_MESSAGES,
    **APP_MESSAGES,
    **COMMAND_MESSAGES,
    **STORE_MESSAGES,
}
