"""The command lines' own lines (summaries, labels, what was written) and the file system's reasons.

Part of the message catalog (``desktop.core.message_catalog`` gathers every part): ``{name}`` marks a
value; the English template first, then the Chinese.
"""

from __future__ import annotations

COMMAND_MESSAGES: dict[str, tuple[str, str]] = {
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
}
