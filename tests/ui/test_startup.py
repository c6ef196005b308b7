"""Start-up: the home window is painted and answers before storage and matplotlib are imported."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent  # where qt_threads is, for the scripts run on their own


def run_app_script(script: str) -> dict:
    """Run ``script`` in a fresh Python, as the app starts (offscreen, no test probe); what it
    printed last, read as JSON."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("TRAINING_ASSESSMENT_PROBE", None)
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_home_window_paints_before_storage_and_charts_load(tmp_path):
    script = textwrap.dedent(
        f"""
        import enum, json, sys, traceback
        from pathlib import Path
        import PySide6.QtCore
        from PySide6.QtCore import QTimer
        # Who builds the Qt namespace first (its Key enum is made with it), for the failure message.
        built_by = []
        make_enum = enum.EnumType._create_
        def watched(cls, name, *args, **kwargs):
            if name == "Key" and not built_by:
                built_by.append("".join(f for f in traceback.format_stack() if "desktop" in f))
            return make_enum(cls, name, *args, **kwargs)
        enum.EnumType._create_ = watched
        from desktop.app import Shell, create_application
        app = create_application()
        shell = Shell(Path({str(tmp_path)!r}), "zh_CN")
        report = {{}}
        def first_paint():
            report["visible"] = shell.window.isVisible()
            report["sqlmodel_at_paint"] = "sqlmodel" in sys.modules
            report["matplotlib_at_paint"] = "matplotlib" in sys.modules
            report["qt_namespace_at_paint"] = "Qt" in vars(PySide6.QtCore) and (built_by or ["?"])[0]
        def done():
            report["store_ready"] = shell.context.store is not None
            report["buttons_enabled"] = shell.window.home.self_button.isEnabled()
            print(json.dumps(report))
            app.quit()
        shell.window.first_painted.connect(first_paint)
        shell.show()
        shell.context.store_ready.connect(lambda: QTimer.singleShot(0, done))
        QTimer.singleShot(20000, app.quit)
        app.exec()
        shell.context.close()
        """
    )
    report = run_app_script(script)
    assert report == {
        "visible": True,
        "sqlmodel_at_paint": False,
        "matplotlib_at_paint": False,
        # PySide builds all ~100 enums of the Qt namespace at its first use (~12 ms of the start
        # measured against a bare window, which never uses it): the home screen sets what it needs
        # through desktop/ui/shell/qt_properties.py. A string here is where it was built.
        "qt_namespace_at_paint": False,
        "store_ready": True,
        "buttons_enabled": True,
    }


def test_a_key_at_the_first_paint_opens_its_screen_before_content_and_storage_load(tmp_path):
    """Key 1 pressed as the window first paints opens the start page at once (filled once the store
    is open): neither it nor the home screen waits for the content loader (PyYAML), SQLModel or
    matplotlib, which load behind it on the worker."""
    script = textwrap.dedent(
        f"""
        import json, sys
        from pathlib import Path
        from PySide6.QtCore import QEvent, Qt, QTimer
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication
        from desktop.app import Shell, create_application
        app = create_application()
        shell = Shell(Path({str(tmp_path)!r}), "zh_CN")
        window = shell.window
        def painted():
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(window.home, QKeyEvent(kind, Qt.Key.Key_1, Qt.KeyboardModifier.NoModifier, "1"))
            loaded = [m for m in ("yaml", "desktop.core.instruments", "desktop.core.instrument_files", "sqlmodel", "matplotlib") if m in sys.modules]
            print(json.dumps({{"page": type(window.stack.currentWidget()).__name__, "loaded": loaded}}))
            app.quit()
        # Before the shell's own first-paint step (opening the store on the worker), as a user's key can be.
        window.first_painted.connect(lambda: QTimer.singleShot(0, painted))
        shell.show()
        QTimer.singleShot(20000, app.quit)
        app.exec()
        shell.context.operations.shutdown()
        shell.context.close()
        """
    )
    report = run_app_script(script)
    assert report == {"page": "StartPage", "loaded": []}


def test_a_database_that_cannot_be_opened_is_reported_on_the_home_screen(qapp, tmp_path, qtbot):
    from desktop.app import Shell

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    shell = Shell(blocker, "zh_CN")
    qtbot.addWidget(shell.window)
    try:
        shell.context.open_store_now()
        home = shell.window.home
        assert home.status.text().startswith("无法打开数据库：")
        assert not home.self_button.isEnabled()
    finally:
        shell.translations.install("en")


def test_a_broken_instrument_file_is_listed_and_the_others_still_work(make_shell, tmp_path, monkeypatch):
    import shutil

    from desktop.ui.shell import context

    folder = tmp_path / "instruments"
    shutil.copytree(context.instruments_dir(), folder)
    (folder / "broken.yaml").write_text("id: broken\nversion: [1\n", encoding="utf-8")
    monkeypatch.setattr(context, "instruments_dir", lambda: folder)
    shell = make_shell(data_dir=tmp_path / "data")
    home = shell.window.home
    assert home.content_errors.isVisible()
    assert "broken.yaml:3: (syntax): YAML 语法错误" in home.content_errors.text()  # the Chinese interface
    assert home.self_button.isEnabled()
    assert "soothing" in shell.context.instruments


def test_the_real_start_paints_before_it_listens_for_a_second_launch(tmp_path):
    """``python -m desktop`` holds the folder's lock before its window shows, and answers later launches
    once it has painted: QtNetwork and the test probe are not loaded before the first paint."""
    script = textwrap.dedent(
        f"""
        import json, runpy, sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        import desktop.app
        show = desktop.app.Shell.show
        def painted():
            report = {{m: m in sys.modules for m in ("PySide6.QtNetwork", "desktop.ui.shell.probe")}}
            def listening():
                report["listening"] = "PySide6.QtNetwork" in sys.modules
                print(json.dumps(report), flush=True)
                QApplication.instance().quit()
            QTimer.singleShot(1000, listening)
        def shown(self):
            self.window.first_painted.connect(painted)
            show(self)
        desktop.app.Shell.show = shown
        sys.argv = ["desktop", "--data-dir", {str(tmp_path)!r}]
        runpy.run_module("desktop", run_name="__main__")
        """
    )
    report = run_app_script(script)
    assert report == {"PySide6.QtNetwork": False, "desktop.ui.shell.probe": False, "listening": True}


def test_the_numbers_set_before_the_first_paint_are_qts_own():
    from PySide6.QtCore import Qt

    from desktop.ui.shell import qt_properties

    assert qt_properties.PLAIN_TEXT == Qt.TextFormat.PlainText.value
    assert qt_properties.NO_FOCUS == Qt.FocusPolicy.NoFocus.value
    assert qt_properties.STRONG_FOCUS == Qt.FocusPolicy.StrongFocus.value
    assert qt_properties.SELECTABLE_BY_MOUSE == Qt.TextInteractionFlag.TextSelectableByMouse.value
    assert qt_properties.WIDGET_WITH_CHILDREN_SHORTCUT == Qt.ShortcutContext.WidgetWithChildrenShortcut.value


def test_the_home_screen_set_up_without_qts_enums_behaves_as_with_them(make_shell, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    home = make_shell("zh_CN").window.home
    assert home.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert home.about_button.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert home.notice.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in home.findChildren(QLabel))


def test_the_worker_never_loads_qt_code_while_the_window_runs(tmp_path):
    """PySide makes each Qt type and enum the first time Python touches it, and that making is not
    safe from two threads at once: the worker building the Qt namespace (it did, importing
    matplotlib's Qt backend with the charts) while the window made a file chooser's types crashed
    the app (SIGSEGV) on a busy machine. Nothing the worker loads on the way to the charts may be
    Qt code: no PySide module, no matplotlib Qt backend, no screen module; nor on the way to the
    chart screens' figures (a trainee's history, radar and class view, the first charts shown after
    the start) or a trainee's report. Nor does it call Qt: the texts it puts on charts and pages are
    translated on the window's thread and handed over; its only Qt call is a signal's emit."""
    script = textwrap.dedent(
        f"""
        import json, sys, threading
        from pathlib import Path
        from PySide6.QtCore import QTimer
        worker_imports = []
        def audit(event, args):
            if event == "import" and threading.current_thread() is not threading.main_thread():
                worker_imports.append(args[0])
        sys.addaudithook(audit)
        sys.path.insert(0, {str(TESTS)!r})
        from qt_threads import is_qt_code, qt_function
        worker_qt_calls = set()
        def qt_call(frame, event, function):
            # a C function of PySide's (a method of a Qt object or type), or PySide's own Python code
            if event == "c_call" and (name := qt_function(function)) is not None:
                worker_qt_calls.add(name)
            elif event == "call" and "/PySide6/" in frame.f_code.co_filename:
                worker_qt_calls.add(frame.f_code.co_qualname)
        threading.setprofile(qt_call)  # threads started from now on: the worker
        from desktop.app import Shell, create_application
        app = create_application()
        shell = Shell(Path({str(tmp_path)!r}), "zh_CN")
        def charts_loaded():
            from desktop.core.comparison import RaterRole
            store, instruments = shell.context.store, shell.context.instruments
            person = store.add_person("王小明")
            for instrument in (instruments["soothing"], instruments["eq"]):
                form = store.start_assessment(person.id, instrument, RaterRole.SELF, None)
                store.record_answers(form.id, {{item.id: 4 for item in instrument.items}})
                store.complete_assessment(form.id)
            # the chart screens, each figure built on the worker, in the order a trainer meets them
            for show in (shell.window.show_history, shell.window.show_radar):
                show(person.id)
                shell.context.operations.wait(30)
            shell.window.show_class()
            shell.context.operations.wait(30)
            # and a trainee's report, written on the worker as the app does
            from desktop.ui.scorecard.report_saving import write_report
            write_report(shell.window, shell.context, person.id, Path({str(tmp_path / "report.pdf")!r}))
            shell.context.operations.wait(30)
            done()
        def done():
            print(json.dumps({{
                "charts": "matplotlib.figure" in worker_imports,
                "report": Path({str(tmp_path / "report.pdf")!r}).stat().st_size > 0,
                "qt_code": sorted({{m for m in worker_imports if is_qt_code(m)}}),
                "qt_calls": sorted(worker_qt_calls),
            }}))
            app.quit()
        shell.context.charts_loaded.connect(lambda: QTimer.singleShot(0, charts_loaded))
        shell.show()
        QTimer.singleShot(30000, app.quit)
        app.exec()
        shell.context.operations.shutdown()
        shell.context.close()
        """
    )
    report = run_app_script(script)
    assert report == {"charts": True, "report": True, "qt_code": [], "qt_calls": []}
