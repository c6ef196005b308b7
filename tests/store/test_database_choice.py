"""Pointing the app at a server: ``--database URL``, the saved settings field, and ``check-db`` on a server."""

from __future__ import annotations

import socket

import pytest

from desktop import database_choice
from desktop.__main__ import main
from desktop.store.database import DatabaseError
from desktop.store.store import Store
from tests.postgres import empty_every_table


def closed_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"postgresql://trainer@127.0.0.1:{port}/training"  # nobody listens there once the probe closes


@pytest.fixture(autouse=True)
def no_choice_left_behind():
    yield
    database_choice.use_for_this_run(None)


def test_the_saved_server_is_used_and_database_sqlite_uses_the_file_for_one_run(tmp_path):
    assert database_choice.chosen_database_url(tmp_path) is None  # the default: the SQLite file
    database_choice.save_database_url(tmp_path, "postgresql://trainer@db.example/training")
    assert database_choice.chosen_database_url(tmp_path) == "postgresql://trainer@db.example/training"
    database_choice.use_for_this_run("sqlite")
    assert database_choice.chosen_database_url(tmp_path) is None
    database_choice.use_for_this_run(None)
    database_choice.save_database_url(tmp_path, "")
    assert database_choice.chosen_database_url(tmp_path) is None


def test_an_unreachable_server_is_said_in_plain_words(tmp_path, capsys):
    url = closed_port_url()
    with pytest.raises(DatabaseError, match="the database server cannot be reached"):
        Store(tmp_path, url)
    assert main(["check-db", "--data-dir", str(tmp_path), "--database", url]) == 1
    out = capsys.readouterr().out
    assert "Connection: FAILED — the database server cannot be reached" in out
    assert "Traceback" not in out


def test_a_url_that_is_not_a_server_is_refused_by_name(tmp_path):
    with pytest.raises(DatabaseError, match="expected postgresql://user@host/dbname"):
        Store(tmp_path, "mysql://trainer@db/training")


def test_check_db_on_a_server_reports_connection_schema_and_rows(tmp_path, capsys, postgres_url):
    empty_every_table(postgres_url)
    database_url = postgres_url
    store = Store(tmp_path, database_url)
    store.add_person("张三", store.add_cohort("一班").id)
    store.close()
    assert main(["check-db", "--data-dir", str(tmp_path), "--database", database_url]) == 0
    out = capsys.readouterr().out
    assert "Connection: ok (PostgreSQL" in out
    assert "Schema version: " in out and "(this app: " in out
    assert "Rows: person: 1" in out and "Rows: cohort: 1" in out
