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
    "os.exists": ("File exists", "已有同名的文件"),
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
    "export.image_left_behind": (
        "{question}: written without its picture {image} (the format holds no pictures)",
        "{question}：导出时不含图片 {image}（该格式不能存放图片）",
    ),
    "export.image_missing": (
        "{question}: written without its picture {image} (the file is missing or unreadable)",
        "{question}：导出时不含图片 {image}（图片文件不存在或无法读取）",
    ),
    "export.image_not_bitmap": (
        "{question}: written without its picture {image} (a workbook holds PNG and JPEG pictures, not SVG)",
        "{question}：导出时不含图片 {image}（表格只能存放 PNG 和 JPEG 图片，不能存放 SVG）",
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
    "cli.person_refused": ("error: --person: {problem}", "错误：--person：{problem}"),
    "cli.wrote_report": ("wrote {path} ({pages} pages) for {name}", "已为“{name}”写入 {path}（{pages} 页）"),
    "report.no_person": ("no trainee called or numbered '{name}'", "没有名为或编号为“{name}”的学员"),
    "report.several_people": (
        "{count} trainees are called '{name}'; give the id instead: {ids}",
        "有 {count} 名学员叫“{name}”；请改用编号：{ids}",
    ),
    "report.no_person_id": ("no trainee numbered {id}", "没有编号为 {id} 的学员"),
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
    # -- check-db ------------------------------------------------------------------------------------
    "db.bytes": ("{bytes} bytes", "{bytes} 字节"),
    "db.megabytes": ("{size} MB ({bytes} bytes)", "{size} MB（{bytes} 字节）"),
    "db.holds": (
        "{trainees} trainees, {forms} completed forms, {sessions} PK sessions",
        "{trainees} 名学员，{forms} 份完成的表，{sessions} 场 PK 赛",
    ),
    "db.reason_daily": ("daily", "每日备份"),
    "db.reason_pk": ("pk-session-end", "PK 赛结束时"),
    "db.reason_restore": ("before-restore", "恢复之前"),
    "db.reason_merge": ("before-merge", "合并学员之前"),
    "db.reason_migration": ("before-migration-v{version}", "升级到第 {version} 版之前"),
    "db.unreadable": ("cannot be read", "无法读取"),
    "db.needs_newer": (
        "needs a newer version of this app (schema {schema})",
        "需要更新版本的本应用（数据结构 {schema}）",
    ),
    "db.backup_line": ("{taken} ({reason}): {holds} — {path}", "{taken}（{reason}）：{holds} — 位于 {path}"),
    "db.stopped": ("error: the check stopped: {error}", "错误：检查中断：{error}"),
    "db.server": ("Database: {location} (PostgreSQL server)", "数据库：{location}（PostgreSQL 服务器）"),
    "db.connection_failed": ("Connection: FAILED — {problem}", "连接：失败 — {problem}"),
    "db.connection_ok": ("Connection: ok (PostgreSQL {version})", "连接：正常（PostgreSQL {version}）"),
    "db.schema_none": (
        "Schema version: none yet (this app: {latest}); the app creates the tables when it starts.",
        "数据结构版本：还没有（本应用：{latest}）；应用启动时会建表。",
    ),
    "db.schema": (
        "Schema version: {schema} (this app: {latest})",
        "数据结构版本：{schema}（本应用：{latest}）",
    ),
    "db.schema_unreadable": ("Schema version: cannot be read", "数据结构版本：无法读取"),
    "db.rows": ("Rows: {table}: {count}", "行数：{table}：{count}"),
    "db.server_restore": (
        "--restore restores the app's own SQLite backups; a server is restored from its pg_dump (README).",
        "--restore 只恢复本应用自己的 SQLite 备份；服务器请用它的 pg_dump 恢复（见 README）。",
    ),
    "db.result_newer": (
        "Result: written by a newer version of this app (schema {schema}; this app knows up to {latest}). "
        "Update the app to use it. Nothing was changed.",
        "结果：由更新版本的本应用写入（数据结构 {schema}；本应用最多认识 {latest}）。请更新应用后再用。未做任何更改。",
    ),
    "db.result_server_ok": (
        "Result: the server answers and its schema is one this app uses.",
        "结果：服务器有应答，数据结构是本应用使用的。",
    ),
    "db.result_ok": ("Result: ok.", "结果：正常。"),
    "db.result_not_checked": ("Result: not checked. Nothing was changed.", "结果：未检查。未做任何更改。"),
    "db.no_folder": (
        "error: there is no data folder at {folder} (use --data-dir to name another one)",
        "错误：{folder} 处没有数据文件夹（可用 --data-dir 指定另一个）",
    ),
    "db.file": ("Database: {path}", "数据库：{path}"),
    "db.network": (
        "Warning: the data folder is on a network file system ({network}); SQLite there can damage the "
        "database when two computers use it. Use a local folder, or a PostgreSQL server (--database).",
        "警告：数据文件夹在网络文件系统上（{network}）；两台电脑同时使用时，SQLite 可能损坏数据库。"
        "请用本地文件夹，或 PostgreSQL 服务器（--database）。",
    ),
    "db.missing": (
        "There is no database in this folder (the app creates one when it starts).",
        "这个文件夹中没有数据库（应用启动时会新建一个）。",
    ),
    "db.empty": (
        "Size: 0 bytes: an empty file; the app makes it a new database when it starts.",
        "大小：0 字节：空文件；应用启动时会把它变成新的数据库。",
    ),
    "db.size": ("Size: {size}", "大小：{size}"),
    "db.integrity_ok": ("Integrity check: ok", "完整性检查：正常"),
    "db.holds_line": ("Holds: {holds}", "内容：{holds}"),
    "db.holds_uncounted": ("Holds: cannot be counted ({error})", "内容：无法统计（{error}）"),
    "db.integrity_failed": (
        "Integrity check: FAILED — the database is damaged:",
        "完整性检查：失败 — 数据库已损坏：",
    ),
    "db.more_problems": ("  … and {count} more", "  … 另有 {count} 处"),
    "db.cannot_open": (
        "The database cannot be opened, though it does not look damaged: {problem}",
        "数据库打不开，但看起来没有损坏：{problem}",
    ),
    "db.cannot_open_why": (
        "(Is another program using it, or is the file not readable by you?)",
        "（是否有别的程序在用它，或者你没有读取这个文件的权限？）",
    ),
    "db.backups": ("Backups: {count} in {folder}", "备份：{count} 个，在 {folder}"),
    "db.newest_backup": ("Newest backup: {line}", "最新的备份：{line}"),
    "db.newest_good_backup": ("Newest good backup: {line}", "最新的完好备份：{line}"),
    "db.no_backups": ("Backups: none in {folder}", "备份：{folder} 中没有"),
    "db.skipped_newer": ("Skipped, needs a newer version: {line}", "已跳过，需要更新的版本：{line}"),
    "db.storage_full": (
        "Storage: the disk holding the data folder {folder} is full; free some space on it, then restart the app.",
        "存储：数据文件夹 {folder} 所在的磁盘已满；请腾出一些空间，然后重新启动应用。",
    ),
    "db.storage_read_only": (
        "Storage: the data folder {folder} is read-only; make it writable (or start the app with --data-dir "
        "on a folder you can write to), then restart the app.",
        "存储：数据文件夹 {folder} 是只读的；请让它可写（或用 --data-dir 指定一个可写的文件夹启动应用），"
        "然后重新启动应用。",
    ),
    "db.opens_read_only": (
        "The app opens this database read-only: results can be viewed, exported and reported; nothing new "
        "can be saved.",
        "应用会以只读方式打开这个数据库：结果可以查看、导出和出报告；不能保存新的内容。",
    ),
    "db.result_no_damage": ("Result: no damage found.", "结果：没有发现损坏。"),
    "db.result_read_only": (
        "Result: no damage found. Read-only until that is fixed.",
        "结果：没有发现损坏。在解决上述问题之前只读。",
    ),
    "db.result_damaged": ("Result: DAMAGED. Nothing was changed.", "结果：已损坏。未做任何更改。"),
    "db.result_no_database": (
        "Result: no database. Nothing was changed.",
        "结果：没有数据库。未做任何更改。",
    ),
    "db.run_restore": (
        "Run again with --restore to set the damaged file aside (it is kept) and restore the newest good backup.",
        "加 --restore 再运行一次，即可把损坏的文件放到一边（保留）并恢复最新的完好备份。",
    ),
    "db.no_good_backup": ("There is no good backup to restore.", "没有可恢复的完好备份。"),
    "db.no_good_backup_unchanged": (
        "There is no good backup to restore. Nothing was changed.",
        "没有可恢复的完好备份。未做任何更改。",
    ),
    "db.start_sets_aside": (
        "Starting the app sets a damaged file aside and begins with a new, empty database.",
        "启动应用时会把损坏的文件放到一边，并从一个新的空数据库开始。",
    ),
    "db.not_restored": ("error: the backup was not restored: {error}", "错误：备份没有恢复：{error}"),
    "db.set_aside": (
        "Set the damaged database aside (kept, unchanged): {path}",
        "已把损坏的数据库放到一边（保留，未改动）：{path}",
    ),
    "db.restored": ("Restored the backup from {line}", "已恢复备份：{line}"),
    "db.after_restore_ok": ("Integrity check after the restore: ok", "恢复后的完整性检查：正常"),
    "db.after_restore": ("Integrity check after the restore: {status}", "恢复后的完整性检查：{status}"),
}
