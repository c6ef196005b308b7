"""Import problems, notes and skip reasons, each code with its English and Chinese template.

Part of the message catalog (``desktop.core.message_catalog`` gathers every part): ``{name}`` marks a
value; the English template first, then the Chinese.
"""

from __future__ import annotations

IMPORT_MESSAGES: dict[str, tuple[str, str]] = {
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
}
