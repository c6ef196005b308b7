"""Two app instances (two laptops' data folders) share one PostgreSQL server: each sees the other's trainees."""

from __future__ import annotations

from desktop import database_choice
from desktop.core.comparison import RaterRole
from tests.postgres import server_database


def test_two_app_instances_on_one_server_see_each_others_trainees(make_shell, tmp_path, soothing):
    with server_database("two_apps") as url:
        try:
            database_choice.use_for_this_run(url)
            laptop_1 = make_shell(lang="en", data_dir=tmp_path / "laptop-1")
            laptop_2 = make_shell(lang="en", data_dir=tmp_path / "laptop-2")
            first, second = laptop_1.context.store, laptop_2.context.store
            assert first.on_server and second.on_server
            home = laptop_1.window.home
            assert "postgresql" in home.status.text() and "(PostgreSQL server)" not in home.status.text()
            # The app's file backups are not the server's data: no restore from them on a server.
            assert not home.restore_button.isEnabled()

            first.start_form(soothing, RaterRole.SELF, person_name="张三", cohort_name="一班")
            second.start_form(
                soothing, RaterRole.SELF, person_name="李四", cohort_name="一班", join_class=True
            )
            for store in (first, second):
                assert sorted(p.name for p in store.people()) == ["张三", "李四"]
                assert [c.name for c in store.cohorts()] == ["一班"]
            for shell in (laptop_1, laptop_2):
                shell.context.close()
        finally:
            database_choice.use_for_this_run(None)


def answer_next_question(qtbot, button_text: str, seen: list[str]) -> None:
    """Click ``button_text`` in the next modal question, and keep its text."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, click)


def test_a_second_trainer_typing_an_existing_class_is_asked_to_join_or_rename(make_shell, qtbot, tmp_path):
    from tests.ui.test_start_names import type_and_start

    with server_database("join_in_app") as url:
        try:
            database_choice.use_for_this_run(url)
            wang = make_shell(lang="en", data_dir=tmp_path / "wang")
            li = make_shell(lang="en", data_dir=tmp_path / "li")
            assert type_and_start(wang, qtbot, "张三", "一班")
            seen: list[str] = []
            answer_next_question(qtbot, "Type another name", seen)
            assert not type_and_start(li, qtbot, "李四", "一班")
            assert seen[0].startswith("The class 一班 already exists on the shared server (1 trainees)")
            assert li.window.start.error.text() == "Class: type another name for a new class (一班 is taken)."
            assert [p.name for p in li.context.store.people()] == ["张三"]  # nothing written
            answer_next_question(qtbot, "Join the existing class", seen)
            assert type_and_start(li, qtbot, "李四", "一班")
            store = li.context.store
            assert sorted(p.name for p in store.people()) == ["张三", "李四"]
            assert [c.name for c in store.cohorts()] == ["一班"]
            for shell in (wang, li):
                shell.context.close()
        finally:
            database_choice.use_for_this_run(None)
