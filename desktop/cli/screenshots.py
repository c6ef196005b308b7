"""``python -m desktop screenshots OUTDIR``: every screen, with demo data, offscreen, as PNG files.

Works on a temporary database, so a user's own data is never touched.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

SIZE = (1600, 900)


def render_screenshots(outdir: Path, lang: str) -> int:
    # Must be set before the QApplication exists; an empty value falls back to xcb and aborts.
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from desktop.app import Shell, create_application
    from desktop.core.comparison import RaterRole
    from desktop.demo import DEMO_COHORT, fill_demo
    from desktop.demo_pk import DEMO_GROUPS, FINISHED_TITLE, UNFINISHED_TITLE, fill_pk_demo

    outdir.mkdir(parents=True, exist_ok=True)
    app = create_application()
    with tempfile.TemporaryDirectory(prefix="ta-shots-") as tmp:
        shell = Shell(Path(tmp), lang)
        context = shell.context
        context.open_store_now()
        store = context.store
        fill_demo(store, context.instruments)
        fill_pk_demo(store, context.banks()[0])
        window = shell.window
        window.resize(*SIZE)
        window.show()
        saved: list[str] = []

        def shot(name: str) -> None:
            app.processEvents()
            window.grab().save(str(outdir / f"{name}.png"))
            saved.append(name)

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

        def shot_of(widget, name: str, size: tuple[int, int]) -> None:
            widget.resize(*size)
            app.processEvents()
            widget.grab().save(str(outdir / f"{name}.png"))
            saved.append(name)

        from desktop.store.backup import take_backup
        from desktop.ui.buzzer_check import BuzzerCheckDialog
        from desktop.ui.restore_dialog import RestoreDialog

        take_backup(store.path, store.data_dir, "daily")
        restore = RestoreDialog(context)
        shot_of(restore, "restore_backup", (1100, 520))
        restore.deleteLater()

        check = BuzzerCheckDialog(DEMO_GROUPS)
        for key in ("1", "3"):
            check.press(key, now=0.0)
        check.press("2", now=5.0)
        check.press("4", now=5.1)
        shot_of(check, "buzzer_check", (1000, 560))
        check.deleteLater()
        window.pk.sound.enabled = False
        sessions = {s.title: s.id for s in store.pk.sessions()}
        running = window.pk.open(sessions[UNFINISHED_TITLE], show=False)
        running.controller.buzz_key("4")
        shot_of(running.console, "pk_console", (1600, 900))
        shot_of(running.stage, "pk_stage", (1920, 1080))
        finished = window.pk.open(sessions[FINISHED_TITLE], show=False)
        shot_of(finished.stage, "pk_stage_final", (1920, 1080))
        shot_of(finished.console, "pk_console_final", (1600, 900))
        for opened in (running, finished):
            opened.console.close()
        window.close()
        context.close()
    for name in saved:
        print(outdir / f"{name}.png")
    return 0
