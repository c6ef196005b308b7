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
            second.start_form(soothing, RaterRole.SELF, person_name="李四", cohort_name="一班")
            for store in (first, second):
                assert sorted(p.name for p in store.people()) == ["张三", "李四"]
                assert [c.name for c in store.cohorts()] == ["一班"]
            for shell in (laptop_1, laptop_2):
                shell.context.close()
        finally:
            database_choice.use_for_this_run(None)
