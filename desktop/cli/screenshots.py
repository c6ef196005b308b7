"""``python -m desktop screenshots OUTDIR``: every screen, with demo data, offscreen, as PNG files.

Each screen is drawn at a projector's 1920×1080 and at 1024×768 (the common mirroring size in
training rooms), into ``OUTDIR/1920x1080/`` and ``OUTDIR/1024x768/``. Works on temporary
databases, so a user's own data is never touched.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop.store.store import Store
    from desktop.ui.shell.context import AppContext
    from desktop.ui.shell.main_window import MainWindow

SIZES = ((1920, 1080), (1024, 768))
# Dialogs open at their natural size, never larger than this nor than the screen.
DIALOG_SIZES = {"restore_backup": (1100, 520), "buzzer_check": (1000, 560), "import_dialog": (1000, 700)}
#: the Import dialog's example: a Chinese exam system's export as Excel on a Chinese Windows saves it (GBK)
IMPORT_EXAMPLE = (
    "题型,题干,选项A,选项B,选项C,选项D,答案,解析,知识点,难度",
    "单选题,客户张口就是恐吓、威胁，属于哪种类型？,茫茫然然型,猛烈攻击型,情绪不稳型,优柔寡断型,B,看言辞,客户类型,易",
    "多选题,安抚客户时应该做到哪些？,倾听,道歉,争辩,给出方案,ABD,,安抚技巧,中",
    "判断题,客户投诉是坏事。,,,,,错,投诉是改进的机会,心态,易",
    "填空题,处理投诉要先处理____，再处理事情。,,,,,心情|情绪,,安抚技巧,",
    "单选题,没有答案的题,甲,乙,,,,,,",
)


def size_folder(size: tuple[int, int]) -> str:
    return f"{size[0]}x{size[1]}"


def render_screenshots(outdir: Path, lang: str) -> int:
    # Must be set before the QApplication exists; an empty value falls back to xcb and aborts.
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from desktop.app import create_application

    app = create_application()
    saved: list[Path] = []
    for size in SIZES:
        folder = outdir / size_folder(size)
        folder.mkdir(parents=True, exist_ok=True)
        # A fresh demo database per size, so both sets show the same data.
        with tempfile.TemporaryDirectory(prefix="ta-shots-") as tmp:
            saved += _render_all(app, Path(tmp), lang, folder, size)
    for path in saved:
        print(path)
    return 0


def _render_all(
    app: QApplication, data_dir: Path, lang: str, folder: Path, size: tuple[int, int]
) -> list[Path]:
    from desktop.app import Shell
    from desktop.demo import fill_demo
    from desktop.demo_pk import fill_pk_demo

    shell = Shell(data_dir, lang)
    context = shell.context
    context.open_store_now()
    store = context.store
    if store is None:
        raise SystemExit(f"screenshots: the database cannot be opened: {context.store_error}")
    fill_demo(store, context.instruments)
    fill_pk_demo(store, context.banks()[0])
    window = shell.window
    window.resize(*size)
    window.show()
    saved: list[Path] = []

    def grab(widget: QWidget, name: str, widget_size: tuple[int, int]) -> None:
        widget.resize(*widget_size)
        app.processEvents()
        app.processEvents()  # reflowed layouts settle on the second pass
        path = folder / f"{name}.png"
        widget.grab().save(str(path))
        saved.append(path)

    try:
        _main_window_screens(window, store, context, lambda name: grab(window, name, size))
        _dialogs_and_pk(window, store, context, grab, size)
    finally:
        window.close()
        context.close()
    return saved


def _main_window_screens(
    window: MainWindow, store: Store, context: AppContext, shot: Callable[[str], None]
) -> None:
    from desktop.core.comparison import RaterRole
    from desktop.demo import DEMO_COHORT

    people = {p.name: p for p in store.people() if p.cohort_name == DEMO_COHORT}
    window.show_home()
    shot("home")
    window.show_start(RaterRole.SELF)
    window.start.person.setEditText("王晓燕 · " + DEMO_COHORT)
    shot("start")

    trainee = people["刘洋"]
    instrument = context.instruments["soothing"]
    record = store.start_assessment(trainee.id, instrument, RaterRole.COLLEAGUE, "同事甲")
    window.begin(record, "one")
    shot("take_instructions")
    window.take.begin()
    for value in (4, 3, 5, 4, 2, 4):
        window.take.answer(value)
    shot("take")
    for item in instrument.items[6:]:
        window.take.answer(4 if item.id != instrument.items[-1].id else 0)
    shot("take_review")
    window.take.submit()
    shot("handover")

    record = store.start_assessment(trainee.id, instrument, RaterRole.SUPERVISOR, "孙经理")
    window.begin(record, "quick")
    window.quick.digits.setText("43534 34453 2345")
    shot("quick_entry")
    window.quick.digits.setText("43534 34453 23458")
    shot("quick_entry_error")
    window.show_home()
    shot("home_unfinished")

    window.show_result(people["黄志强"].id, "soothing")
    shot("result")
    window.show_result(people["杨帆"].id, "soothing")
    shot("result_few_colleagues")
    window.show_result(people["赵敏"].id, "eq")
    shot("result_eq")
    window.show_history(people["王晓燕"].id)
    shot("history")
    window.show_radar(people["王晓燕"].id)
    shot("radar_self_vs_others")
    window.radar.overlay.setCurrentIndex(1)
    shot("radar_before_after")
    window.radar.instrument.setCurrentIndex(window.radar.instrument.findData("communication"))
    window.radar.overlay.setCurrentIndex(2)
    shot("radar_trainee_vs_class")
    window.show_class()
    shot("class_view")
    window.show_pk_setup()
    shot("pk_setup")
    # The trainer's content last: the copies it writes must not show in the set-up above.
    window.show_content()
    shot("content")
    window.content.bank_list.duplicate_selected()
    window.content.editor.question_list.list.setCurrentRow(1)
    shot("bank_editor")
    window.content.show_list()
    window.content.tabs.setCurrentWidget(window.content.form_list)
    window.content.form_list.duplicate_selected()
    shot("form_editor")


def _dialogs_and_pk(
    window: MainWindow, store: Store, context: AppContext, grab: Callable[..., None], size: tuple[int, int]
) -> None:
    from desktop.demo_pk import DEMO_GROUPS, FINISHED_TITLE, UNFINISHED_TITLE
    from desktop.store.records import DAILY
    from desktop.ui.content.import_dialog import ImportDialog
    from desktop.ui.data.restore_dialog import RestoreDialog
    from desktop.ui.pk.buzzer_check import BuzzerCheckDialog

    def dialog_size(name: str) -> tuple[int, int]:
        width, height = DIALOG_SIZES[name]
        return min(width, size[0]), min(height, size[1])

    example = context.data_dir / "考试系统导出.csv"
    example.write_bytes(("\r\n".join(IMPORT_EXAMPLE) + "\r\n").encode("gbk"))
    importing = ImportDialog(context, window)
    importing.load_file(example)  # read inline: the store was opened synchronously
    grab(importing, "import_dialog", dialog_size("import_dialog"))
    importing.deleteLater()

    store.backup(DAILY)
    restore = RestoreDialog(context)
    grab(restore, "restore_backup", dialog_size("restore_backup"))
    restore.deleteLater()

    check = BuzzerCheckDialog(DEMO_GROUPS)
    for key in ("1", "3"):
        check.press(key, now=0.0)
    check.press("2", now=5.0)
    check.press("4", now=5.1)
    grab(check, "buzzer_check", dialog_size("buzzer_check"))
    check.deleteLater()

    window.pk.sound.enabled = False
    sessions = {s.title: s.id for s in store.pk_sessions()}
    running = window.pk.open(sessions[UNFINISHED_TITLE], show=False)
    running.controller.buzz_key("4")
    grab(running.console, "pk_console", size)
    grab(running.stage, "pk_stage", size)
    finished = window.pk.open(sessions[FINISHED_TITLE], show=False)
    grab(finished.stage, "pk_stage_final", size)
    grab(finished.console, "pk_console_final", size)
    for opened in (running, finished):
        opened.console.close()
