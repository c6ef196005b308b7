"""Why the data cannot be opened, backed up, restored or written: each code with its English and Chinese
template.

Part of the message catalog (``desktop.core.message_catalog`` gathers every part). The store raises its
errors with these messages (``DatabaseError``, ``BackupError``, ``StorageError``, ``InputError``), so the
Chinese interface says them in Chinese and the command lines in English unless ``--lang zh_CN``. What a
database or a server said in its own words and the store cannot name is quoted, as said (``store.said``).
"""

from __future__ import annotations

STORE_MESSAGES: dict[str, tuple[str, str]] = {
    # -- the database's own failures, in plain words ----------------------------------------------------
    "store.reason.disk_full": ("the disk is full", "磁盘已满"),
    "store.reason.io": (
        "the disk could not be written (it may be full or removed)",
        "无法写入磁盘（可能已满或已被移除）",
    ),
    "store.reason.read_only": ("the data folder is read-only", "数据文件夹是只读的"),
    "store.reason.cannot_open": (
        "the database file cannot be opened (was the data folder moved?)",
        "无法打开数据库文件（数据文件夹是否被移动了？）",
    ),
    "store.reason.locked": ("another program is holding the database", "另一个程序正占用着数据库"),
    "store.reason.unreachable": (
        "the database server cannot be reached (is it running, is the network up?)",
        "连不上数据库服务器（服务器是否在运行，网络是否通畅？）",
    ),
    "store.reason.unknown_host": (
        "the database server's name is not known (check the address)",
        "找不到数据库服务器的名称（请检查地址）",
    ),
    "store.reason.password": (
        "the database server refused the user name or password",
        "数据库服务器拒绝了用户名或密码",
    ),
    "store.reason.refused": ("the database refused the change", "数据库拒绝了这次更改"),
    "store.reason.not_a_database": ("the file is not a database", "该文件不是数据库"),
    "store.reason.damaged": ("the database file is damaged", "数据库文件已损坏"),
    "store.reason.missing": ("the file is not there", "文件不存在"),
    "store.reason.empty": ("the file is empty", "文件是空的"),
    "store.reason.open_read_only": ("the database is open read-only", "数据库以只读方式打开"),
    "store.said": ("{words}", "数据库报告：“{words}”"),
    # -- read-only mode: what it is, where, and what to do ---------------------------------------------
    "store.problem.disk_full": (
        "the disk holding the data folder {folder} is full; free some space on it, then restart the app",
        "存放数据文件夹 {folder} 的磁盘已满；请腾出一些空间，然后重新启动本软件",
    ),
    "store.problem.read_only": (
        "the data folder {folder} is read-only; make it writable (or start the app with --data-dir on a "
        "folder you can write to), then restart the app",
        "数据文件夹 {folder} 是只读的；请让它可以写入（或用 --data-dir 指定一个可写的文件夹启动本软件），"
        "然后重新启动本软件",
    ),
    # -- opening the database (DatabaseError) ----------------------------------------------------------
    "store.no_data_folder": (
        "cannot create the data folder {folder}: {reason}",
        "无法创建数据文件夹 {folder}：{reason}",
    ),
    "store.not_readable": (
        "{path} is not a readable database ({reason})",
        "{path} 不是可读取的数据库（{reason}）",
    ),
    "store.newer_file": (
        "{path} was written by a newer version of this app (schema {version}; this version knows up to "
        "{latest}). Update the app; the database has not been changed.",
        "{path} 是由更新版本的本软件写入的（数据结构第 {version} 版；本版本最高只认识第 {latest} 版）。"
        "请更新本软件；数据库没有被改动。",
    ),
    "store.newer_server": (
        "The database server {url} was written by a newer version of this app (schema {version}; this "
        "version knows up to {latest}). Update the app; the database has not been changed.",
        "数据库服务器“{url}”是由更新版本的本软件写入的（数据结构第 {version} 版；本版本最高只认识第 {latest} 版）。"
        "请更新本软件；数据库没有被改动。",
    ),
    "store.not_updated": ("{path} was not updated: {error}", "{path} 没有升级：{error}"),
    "store.cannot_open": ("cannot open the database {path}: {reason}", "无法打开数据库 {path}：{reason}"),
    "store.cannot_set_aside": (
        "{path} is damaged and could not be moved aside ({reason}); nothing was changed",
        "{path} 已损坏，且无法移到一旁（{reason}）；未做任何更改",
    ),
    "store.ro_no_database": ("there is no database yet, and {problem}", "还没有数据库，而且{problem}"),
    "store.ro_unreadable": (
        "{path} cannot be read ({reason}), and {problem}",
        "无法读取 {path}（{reason}），而且{problem}",
    ),
    "store.ro_damaged": (
        "{path} is damaged ({reason}), and {problem}; nothing was changed",
        "{path} 已损坏（{reason}），而且{problem}；未做任何更改",
    ),
    "store.ro_old_schema": (
        "{path} must be updated to this version's schema before it can be used (it is at schema "
        "{version}), and {problem}; nothing was changed",
        "{path} 须先升级到本版本的数据结构才能使用（它是第 {version} 版），而且{problem}；未做任何更改",
    ),
    # -- a PostgreSQL server (DatabaseError) -----------------------------------------------------------
    "store.bad_url": (
        "database URL: expected postgresql://user@host/dbname (or postgresql+psycopg://...), got '{url}'",
        "数据库地址：应为“postgresql://user@host/dbname”（或“postgresql+psycopg://...”），输入的是“{url}”",
    ),
    "store.url_unusable": ("database URL {url}: {reason}", "数据库地址“{url}”：{reason}"),
    "store.server_failed": (
        "cannot use the database server {url}: {problem}",
        "无法使用数据库服务器“{url}”：{problem}",
    ),
    "store.server_problem": ("{reason} ({words})", "{reason}（服务器报告：“{words}”）"),
    # -- backups and restore (BackupError) --------------------------------------------------------------
    "backup.no_folder": (
        "cannot create the backup folder {folder}: {reason}",
        "无法创建备份文件夹 {folder}：{reason}",
    ),
    "backup.not_written": (
        "the backup could not be written ({reason}); no backup was kept",
        "备份无法写入（{reason}）；没有留下备份",
    ),
    "backup.check_failed": (
        "the backup failed its integrity check ({reason}); it was not kept",
        "备份没有通过完整性检查（{reason}）；没有留下它",
    ),
    "backup.db_unreadable": (
        "the database cannot be read ({reason}); no backup was taken",
        "无法读取数据库（{reason}）；没有进行备份",
    ),
    "backup.failed": ("the backup failed: {reason}", "备份失败：{reason}"),
    "backup.in_use": (
        "the database {path} is in use by another program; close it and try again",
        "数据库 {path} 正被另一个程序使用；请关闭那个程序后再试",
    ),
    "backup.unusable": (
        "the backup {name} cannot be used ({reason}); nothing was changed",
        "备份“{name}”无法使用（{reason}）；未做任何更改",
    ),
    "backup.newer": (
        "the backup {name} was written by a newer version of this app (schema {version}; this version "
        "knows up to {latest}): it needs a newer version; nothing was changed",
        "备份“{name}”是由更新版本的本软件写入的（数据结构第 {version} 版；本版本最高只认识第 {latest} 版）："
        "需要更新的版本才能恢复；未做任何更改",
    ),
    "backup.current_unreadable": (
        "the database {path} cannot be read ({reason}); nothing was changed",
        "无法读取数据库 {path}（{reason}）；未做任何更改",
    ),
    "backup.copy_check_failed": (
        "the copy of {name} failed its integrity check; nothing was changed",
        "“{name}”的副本没有通过完整性检查；未做任何更改",
    ),
    "backup.restore_failed": ("the restore failed: {reason}", "恢复失败：{reason}"),
    "backup.restored_damaged": (
        "the restored database failed its integrity check ({reason})",
        "恢复后的数据库没有通过完整性检查（{reason}）",
    ),
    "backup.on_server": (
        "the data is on a PostgreSQL server: restore it from the server's backups",
        "数据在 PostgreSQL 服务器上：请用服务器的备份来恢复",
    ),
    # -- a value the store cannot take (InputError) ----------------------------------------------------
    "store.no_trainee": ("trainee: no trainee with id {id}", "学员：没有编号为 {id} 的学员"),
    "store.no_class": ("class: no class with id {id}", "班级：没有编号为 {id} 的班级"),
    "store.no_assessment": ("assessment: no assessment with id {id}", "表单：没有编号为 {id} 的表单"),
    "store.assessment_gone": (
        "assessment: no assessment with id {id} (deleted meanwhile)",
        "表单：没有编号为 {id} 的表单（刚被删除）",
    ),
    "store.no_round": ("round: no round with id {id}", "轮次：没有编号为 {id} 的轮次"),
    "store.no_round_in_class": (
        "round: no round with id {id} in the trainee's class",
        "轮次：学员所在班级没有编号为 {id} 的轮次",
    ),
    "store.merge_self": (
        "trainee: a trainee cannot be merged with themself",
        "学员：不能把一位学员和他自己合并",
    ),
    "store.rater_has_form": (
        "round: the same rater already has a form about this trainee in that round",
        "轮次：同一位评分人在那一轮已经给这位学员填过表",
    ),
    "store.class_on_server": (
        "class name: '{name}' is already a class on the shared server ({trainees} trainees); join it, "
        "or type another name for a new class",
        "班级名称：“{name}”已是共享服务器上的班级（{trainees} 名学员）；请加入它，或为新班级另起名字",
    ),
}
