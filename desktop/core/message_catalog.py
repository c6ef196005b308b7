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
    # -- why the system refused to read or write a file (an OSError's errno) ------------------------------
    "os.not_found": ("No such file or directory", "没有这个文件或文件夹"),
    "os.denied": ("Permission denied", "没有权限"),
    "os.is_folder": ("Is a directory", "这是文件夹"),
    "os.not_folder": ("Not a directory", "不是文件夹"),
    "os.full": ("No space left on device", "磁盘已满"),
    "os.read_only": ("Read-only file system", "文件系统是只读的"),
    "os.name_too_long": ("File name too long", "文件名太长"),
    "os.busy": ("Device or resource busy", "文件正被占用"),
    "os.io": ("Input/output error", "读写出错"),
    # -- check-content's own lines ---------------------------------------------------------------------
    "check.no_yaml_files": ("holds no .yaml files", "其中没有 .yaml 文件"),
    "check.no_such_path": ("no such file or folder", "没有这个文件或文件夹"),
    "check.instruments": ("{count} instruments", "{count} 张表"),
    "check.summary": (
        "{banks} banks, {questions} questions, {errors} errors",
        "{banks} 个题库，{questions} 道题，{errors} 个错误",
    ),
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
    # -- importing questions --------------------------------------------------------------------------
    "import.failed": ("could not be imported ({detail})", "无法导入（{detail}）"),
    "import.unreadable": ("cannot read the file: {reason}", "无法读取文件：{reason}"),
    "import.not_workbook": (
        "cannot be read as an xlsx workbook ({detail})",
        "无法作为 xlsx 工作簿读取（{detail}）",
    ),
    "import.no_sheet": ("the workbook has no sheet", "工作簿中没有工作表"),
    "import.first_sheet_only": (
        "only the first sheet '{sheet}' is read ({count} sheets)",
        "只读取第一个工作表“{sheet}”（共 {count} 个）",
    ),
    "import.rows_cut": (
        "the sheet has more than {most} rows; only the first {most} were read",
        "工作表超过 {most} 行；只读取了前 {most} 行",
    ),
    "import.formulas": (
        "{count} cells hold formulas; their saved results are used",
        "{count} 个单元格是公式；使用其保存的结果",
    ),
    "import.formulas_some_unsaved": (
        "{count} cells hold formulas; their saved results are used ({missing} have none)",
        "{count} 个单元格是公式；使用其保存的结果（{missing} 个没有结果）",
    ),
    "import.formula_unsaved": (
        "a formula ({formula}) with no saved result: open and save the file in Excel or WPS, or paste values",
        "公式（{formula}）没有保存的结果：请用 Excel 或 WPS 打开并保存文件，或粘贴为数值",
    ),
    "import.encrypted": (
        "the file is password-protected (encrypted) or an old Excel 97–2003 .xls: remove the password "
        "or save it as .xlsx (Excel workbook), then import it again",
        "文件设有密码（已加密）或是旧的 Excel 97–2003 .xls：请去掉密码或另存为 .xlsx（Excel 工作簿）后再导入",
    ),
    "import.sheet_too_big": (
        "the file is {size} MB; spreadsheets to import must be under {most} MB",
        "文件有 {size} MB；导入的表格须小于 {most} MB",
    ),
    "import.not_zip": (
        "is not an xlsx workbook (not a zip container); save it from Excel or WPS as .xlsx",
        "不是 xlsx 工作簿（不是 zip 容器）；请在 Excel 或 WPS 中另存为 .xlsx",
    ),
    "import.damaged": ("the xlsx container is damaged ({detail})", "xlsx 文件已损坏（{detail}）"),
    "import.zip_bomb": (
        "refused: the xlsx would unpack to {unpacked} MB from {packed} MB ({parts} parts), "
        "which no question sheet needs (a zip bomb?)",
        "已拒绝：该 xlsx 会从 {packed} MB 解压到 {unpacked} MB（{parts} 个部分），题目表格不需要这么大（压缩炸弹？）",
    ),
    "import.merged": (
        "merged cells ({spans}): each row of a merged range takes its value",
        "合并单元格（{spans}）：合并范围内的每一行都取该值",
    ),
    "import.text_too_big": (
        "the file is {size} MB; files to import must be under {most} MB",
        "文件有 {size} MB；导入的文件须小于 {most} MB",
    ),
    "import.unknown_encoding": (
        "unknown encoding '{encoding}' (e.g. utf-8, gb18030, gbk, utf-16)",
        "未知的编码“{encoding}”（例如 utf-8、gb18030、gbk、utf-16）",
    ),
    "import.utf16": (
        'the file is UTF-16 (Excel\'s "Unicode text"); save it as "CSV UTF-8", or import it with '
        "the encoding utf-16 (--encoding utf-16)",
        "文件是 UTF-16 编码（Excel 的“Unicode 文本”）；请另存为“CSV UTF-8”，或按 utf-16 编码导入（--encoding utf-16）",
    ),
    "import.not_utf8_or_gbk": (
        'line {line}: the file is neither UTF-8 nor GB18030 (GBK); save it as "CSV UTF-8" or give its '
        "encoding (--encoding)",
        "第 {line} 行：文件既不是 UTF-8 也不是 GB18030（GBK）；请另存为“CSV UTF-8”或指定编码（--encoding）",
    ),
    "import.bad_byte": (
        "line {line}: cannot be read as {encoding} (byte {byte})",
        "第 {line} 行：无法按 {encoding} 读取（字节 {byte}）",
    ),
    "import.encoding": ("encoding: {encoding}", "编码：{encoding}"),
    "import.delimiter": ("delimiter: {delimiter}", "分隔符：{delimiter}"),
    "import.text_rows_cut": (
        "the file has more than {most} rows of questions; only those were read",
        "文件超过 {most} 行题目；只读取了这些行",
    ),
    "import.no_header": (
        "no header row naming the question column (题目, 题干 or Question) in the first rows; found: {found}",
        "前几行中没有标明题目列（题目、题干或“Question”）的表头；找到的是：{found}",
    ),
    "import.empty_rows": ("empty rows passed over: {rows}", "跳过的空行：{rows}"),
    "import.row_note": ("row {row}: {note}", "第 {row} 行：{note}"),
    "import.images_attached": (
        "{count} questions come with an image (written to the bank's images folder)",
        "{count} 道题带有图片（写入题库的 images 文件夹）",
    ),
    "import.unknown_format": (
        "cannot tell the format: expected GIFT ({{…}} answers), Aiken (ANSWER: B lines) or a 问卷星-style list "
        "(1. 题目[单选题], A. …, 答案：A)",
        "无法识别格式：应为 GIFT（{{…}} 答案）、Aiken（ANSWER: B 行）或问卷星式列表（1. 题目[单选题]、A. …、答案：A）",
    ),
    "import.missing_fill_answer": ("missing: the answer to fill in", "缺少：填空的答案"),
    "import.missing_reference": (
        "missing: the reference answer or its scoring points (评分要点)",
        "缺少：参考答案或评分要点",
    ),
    "import.missing_letters": (
        "missing: the correct option letter(s), e.g. A or A,C",
        "缺少：正确选项的字母，如 A 或 A,C",
    ),
    "import.missing_number": (
        "missing: the number of the correct answer (1–{most}), e.g. 1 or 1,3",
        "缺少：正确答案的序号（1–{most}），如 1 或 1,3",
    ),
    "import.image_too_big": (
        "the image is {size} MB; images must be under {most} MB: the question is imported without it",
        "图片有 {size} MB；图片须小于 {most} MB：该题导入时不带图片",
    ),
    "import.image_not_image": (
        "the image is not a PNG, JPEG or SVG: the question is imported without it",
        "图片不是 PNG、JPEG 或 SVG：该题导入时不带图片",
    ),
    "import.image_web": (
        "the Image Link is a web address ({link}); nothing is fetched from the internet: "
        "the question is imported without the image (save the image and add it in the editor)",
        "Image Link 是网址（{link}）；不会从互联网下载：该题导入时不带图片（请保存图片后在编辑器中添加）",
    ),
    "import.image_missing": (
        "the Image Link file {path} is not on this computer: imported without the image",
        "Image Link 指向的文件 {path} 不在这台电脑上：导入时不带图片",
    ),
    "import.image_unreadable": (
        "the Image Link file {path} cannot be read ({reason})",
        "无法读取 Image Link 指向的文件 {path}（{reason}）",
    ),
    "import.duplicate_in_bank": (
        "same text as question {question} of bank '{bank}'",
        "与题库“{bank}”的题目“{question}”文字相同",
    ),
    "import.duplicate_of_row": ("same text as row {line}", "与第 {line} 行文字相同"),
    "import.duplicate_of_line": ("same text as line {line}", "与第 {line} 行文字相同"),
    "import.second_answer": ("a second ANSWER line", "第二个 ANSWER 行"),
    "import.answer_first": ("comes before any option (A. …)", "出现在所有选项（A. …）之前"),
    "import.option_order": (
        "option {letter} where {expected} was expected",
        "此处应为选项 {expected}，实际是选项 {letter}",
    ),
    "import.unknown_line": ("cannot tell what this line is: '{line}'", "无法识别这一行：“{line}”"),
    "import.brace_open": ("'{{' is not closed by '}}'", "“{{”没有对应的“}}”"),
    "import.empty_before": ("is empty but {later} is not", "为空，但{later}不为空"),
    "import.kahoot_long": (
        "is {length} characters; Kahoot allows {most}",
        "有 {length} 个字符；Kahoot 最多允许 {most} 个",
    ),
    "import.kahoot_time": (
        "'{found}' is not one of Kahoot's limits: {limits} s",
        "“{found}”不是 Kahoot 的限时之一：{limits} 秒",
    ),
    "import.not_answer_number": (
        "'{found}' is not an answer number 1–{most}",
        "“{found}”不是答案序号 1–{most}",
    ),
    "import.answer_empty": ("answer {number} is empty", "答案 {number} 是空的"),
    "import.no_questions": ("holds no questions", "没有题目"),
    "import.unknown_type": (
        "unknown question type '{word}'; use 单选, 多选, 判断, 填空 or 简答 (single, multiple, truefalse, fill, open)",
        "未知的题型“{word}”；请用单选、多选、判断、填空或简答",
    ),
    "import.letters_expected": (
        "expected option letters such as A or A,C, found '{found}'",
        "应为选项字母（如 A 或 A,C），实际是“{found}”",
    ),
    "import.true_false_expected": (
        "expected 对 or 错 (true or false), found '{found}'",
        "应为“对”或“错”，实际是“{found}”",
    ),
    "import.bad_difficulty": (
        "'{word}' is not a difficulty; use 1–3 or 易/中/难 (easy/medium/hard)",
        "“{word}”不是难度；请用 1–3 或 易/中/难",
    ),
    "import.summary": (
        "{questions} questions, {errors} errors, {skipped} skipped",
        "{questions} 道题，{errors} 个错误，跳过 {skipped} 道",
    ),
    "import.no_correct_marked": ("no correct answer is marked", "没有标出正确答案"),
    "import.bank_too_big": (
        "a bank holds at most {most} questions; this one would have {count}: split the file, or import "
        "into several banks (--bank)",
        "一个题库最多 {most} 道题；这个题库将有 {count} 道：请拆分文件，或导入到几个题库中（--bank）",
    ),
    "import.not_bank_id": (
        "'{bank}' is not a bank id; use lowercase letters, digits and _",
        "“{bank}”不是题库编号；请用小写字母、数字和 _",
    ),
    "import.built_in_bank": (
        "bank '{bank}' is built-in (read-only); import into a bank of your own (--bank NEW_ID)",
        "题库“{bank}”是内置的（只读）；请导入到自己的题库（--bank 新编号）",
    ),
    "import.bank_broken": (
        "{path} exists but does not load; fix it first (check-content)",
        "{path} 已存在但无法载入；请先修正（check-content）",
    ),
    # -- import-questions' own lines -----------------------------------------------------------------
    "format.kahoot": ("kahoot", "Kahoot 模板（xlsx）"),
    "format.wayground": ("wayground", "Wayground / Quizizz 表格（xlsx）"),
    "format.table": ("table", "题目表格（CSV 或 xlsx）"),
    "format.gift": ("gift", "Moodle GIFT 格式"),
    "format.aiken": ("aiken", "Aiken 格式"),
    "format.pasted": ("pasted", "问卷星式列表"),
    "format.xlsx": ("xlsx", "xlsx 工作簿"),
    "format.unknown": ("unknown", "无法识别"),
    "status.ok": ("ok", "有效"),
    "status.error": ("error", "错误"),
    "status.skipped": ("skipped", "跳过"),
    "status.duplicate": ("duplicate", "重复"),
    "kind.single": ("single", "单选"),
    "kind.multiple": ("multiple", "多选"),
    "kind.truefalse": ("truefalse", "判断"),
    "kind.fill": ("fill", "填空"),
    "kind.open": ("open", "简答"),
    "unit.row": ("row {number}", "第 {number} 行"),
    "unit.line": ("line {number}", "第 {number} 行"),
    "field.option": ("{letter}", "选项{letter}"),
    "field.kind": ("kind", "题型"),
    "field.text": ("text", "题目"),
    "field.options": ("options", "选项"),
    "field.answer": ("answer", "答案"),
    "field.explanation": ("explanation", "解析"),
    "field.tags": ("tags", "标签"),
    "field.difficulty": ("difficulty", "难度"),
    "field.points": ("points", "评分要点"),
    "field.line": ("line", "行"),
    "field.option_line": ("option", "选项"),
    "cli.answer": ("answer: {answer}", "答案：{answer}"),
    "cli.tags": ("tags: {tags}", "标签：{tags}"),
    "cli.explanation": ("explanation: {explanation}", "解析：{explanation}"),
    "cli.columns": ("columns: {columns}", "列：{columns}"),
    "cli.error": ("error: {problem}", "错误：{problem}"),
    "cli.not_written_errors": (
        "nothing written: fix the errors, or pass --skip-invalid to import the valid questions",
        "未写入：请修正错误，或加 --skip-invalid 只导入有效的题目",
    ),
    "cli.dry_run": ("dry run: nothing written", "试运行：未写入"),
    "cli.nothing_new": ("nothing new to import", "没有新的题目可导入"),
    "cli.not_written": ("nothing written", "未写入"),
    "cli.cannot_write": (
        "error: cannot write {path}: {reason}; nothing written",
        "错误：无法写入 {path}：{reason}；未写入",
    ),
    "cli.added": (
        "added {count} questions to bank '{bank}' (version {version}): {path}",
        "已向题库“{bank}”添加 {count} 道题（版本 {version}）：{path}",
    ),
    "cli.wrote": (
        "wrote {count} questions to bank '{bank}' (version {version}): {path}",
        "已写入 {count} 道题到题库“{bank}”（版本 {version}）：{path}",
    ),
    "cli.no_bank": (
        "error: no bank '{bank}'; the banks are: {known}",
        "错误：没有题库“{bank}”；已有的题库：{known}",
    ),
    "cli.exported": (
        "{exported} questions exported, {left} left out: {path}",
        "已导出 {exported} 道题，{left} 道未导出：{path}",
    ),
    "export.left_out": ("{question}: not exported: {reason}", "{question}：未导出：{reason}"),
    "export.kind": ("the format has no {detail} question kind", "该格式没有“{detail}”题型"),
    "export.too_many_options": (
        "has {detail} options; Kahoot takes at most 4",
        "有 {detail} 个选项；Kahoot 最多 4 个",
    ),
    "export.text_too_long": (
        "the question is {detail} characters; Kahoot allows 120",
        "题目有 {detail} 个字符；Kahoot 最多允许 120 个",
    ),
    "export.option_too_long": (
        "option {detail} is longer than Kahoot's 75 characters",
        "选项 {detail} 超过 Kahoot 的 75 个字符",
    ),
    "export.separator": (
        "an answer, tag or scoring point contains '{detail}', which the import reads as a separator",
        "某个答案、标签或评分要点含有“{detail}”，导入时会把它当作分隔符",
    ),
    "export.arrow": (
        "an answer contains '->', which GIFT reads as a matching question",
        "某个答案含有“->”，GIFT 会把它读作连线题",
    ),
    "export.truefalse_as_quiz": (
        "{question}: true/false written as a quiz with the answers 对 / 错",
        "{question}：判断题写成了答案为 对 / 错 的选择题",
    ),
    # -- the other command lines' own lines ----------------------------------------------------------
    "cli.no_form": (
        "error: --instrument: no form '{id}'; forms: {known}",
        "错误：--instrument：没有表“{id}”；可用的表：{known}",
    ),
    "cli.no_class": (
        "error: --class: no class '{name}'; classes: {known}",
        "错误：--class：没有班级“{name}”；已有的班级：{known}",
    ),
    "cli.class_empty": ("error: --class: '{name}' has no trainees", "错误：--class：“{name}”没有学员"),
    "cli.round_added": (
        "added the round '{round}' to {cohort} (its latest round now)",
        "已为“{cohort}”添加轮次“{round}”（现在是最新一轮）",
    ),
    "cli.report_suffix": (
        "error: --out: '{name}' must end in .pdf (the report) or .csv (the totals)",
        "错误：--out：“{name}”须以 .pdf（报告）或 .csv（总分表）结尾",
    ),
    "cli.round_refused": ("error: --round: {problem}", "错误：--round：{problem}"),
    "cli.out_unwritable": (
        "error: --out: cannot write {path}: {reason}",
        "错误：--out：无法写入 {path}：{reason}",
    ),
    "cli.wrote_forms": (
        "wrote {path} ({forms} forms, {pages} pages)",
        "已写入 {path}（{forms} 份表，{pages} 页）",
    ),
    "cli.wrote_rows": ("wrote {path} ({rows} rows) for {cohort}", "已为“{cohort}”写入 {path}（{rows} 行）"),
    "cli.wrote_pages": (
        "wrote {path} ({pages} pages) for {cohort}",
        "已为“{cohort}”写入 {path}（{pages} 页）",
    ),
    "import.skip": ("{word}: {reason}", "题型“{word}”：{reason}"),
    "import.skip_numeric": (
        "numeric with a tolerance or range ({shown}): the app's fill questions check exact answers",
        "带误差或范围的数值题（{shown}）：本应用的填空题只核对精确答案",
    ),
    "skip.poll": ("a poll has no correct answer", "投票没有正确答案"),
    "skip.draw": ("drawing answers cannot be marked by the app", "本应用无法评判绘图答案"),
    "skip.matching": ("the app has no matching question kind", "本应用没有连线（匹配）题型"),
    "skip.ordering": ("the app has no ordering question kind", "本应用没有排序题型"),
    "skip.matrix": ("the app has no matrix question kind", "本应用没有矩阵题型"),
    "skip.rating": ("a rating scale has no correct answer", "量表题没有正确答案"),
    "skip.slide": ("a slide is not a question", "幻灯片不是题目"),
    "skip.description": ("a description is not a question", "说明文字不是题目"),
    "skip.no_answers": ("a text without answers is not a question", "没有答案的文字不是题目"),
    "skip.essay": (
        "a free answer with no scoring points (the app's open questions need 2–6)",
        "自由作答，没有评分要点（本应用的开放题需要 2–6 个要点）",
    ),
    "skip.open_ended": ("an open-ended question has no answer to mark", "开放式问题没有可评判的答案"),
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
