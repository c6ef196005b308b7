"""The home screen warns when the data folder is on a network drive and suggests a PostgreSQL server."""

from __future__ import annotations

from desktop import network_folder


def test_the_home_screen_warns_about_a_data_folder_on_a_network_drive(make_shell, monkeypatch, tmp_path):
    monkeypatch.setattr(network_folder, "network_file_system", lambda folder: "cifs")
    home = make_shell(lang="en").window.home
    assert not home.notice.isHidden()
    assert home.notice.text().startswith(f"The data folder {tmp_path} is on a network drive (cifs).")
    assert "shared PostgreSQL server" in home.notice.text()


def test_no_warning_on_a_local_folder(make_shell):
    home = make_shell(lang="en").window.home
    assert "network drive" not in home.notice.text()


def test_a_write_the_server_did_not_take_is_explained_in_plain_words(qapp):
    from desktop.store.errors import StorageError, plain_reason
    from desktop.ui.shell.error_guard import explain

    detail = 'connection failed: connection to server at "10.0.0.5", port 5432 failed: Connection refused'
    text = explain(StorageError(plain_reason(detail), detail))
    assert text.startswith("The database server cannot be reached (is it running, is the network up?).")
    assert "reconnects by itself" in text


def test_a_read_that_lost_the_server_is_explained_in_plain_words(qapp):
    from sqlalchemy.exc import OperationalError

    from desktop.ui.shell.error_guard import _is_storage_problem, explain

    error = OperationalError("SELECT 1", {}, Exception("server closed the connection unexpectedly"))
    assert explain(error).startswith("The database server cannot be reached")
    assert _is_storage_problem(error)
