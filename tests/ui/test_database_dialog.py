"""The Database settings field: a server URL is tested and saved for the next start, or the local file chosen."""

from __future__ import annotations

import pytest

from desktop import database_choice
from desktop.ui.data.database_dialog import DatabaseDialog
from tests.postgres import server_database
from tests.store.test_database_choice import closed_port_url


@pytest.fixture
def dialog(qtbot, tmp_path):
    shown = DatabaseDialog(tmp_path)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_testing_an_unreachable_server_says_why_and_saving_keeps_it_for_the_next_start(
    dialog, qtbot, tmp_path
):
    assert dialog.local.isChecked() and not dialog.url.isEnabled()
    qtbot.keyClicks(dialog.url, "x")  # typing an address chooses the server
    dialog.server.setChecked(True)
    dialog.url.setText("mysql://trainer@db/training")
    dialog.test_button.click()
    assert dialog.outcome.text().startswith("Type the server's address, e.g. postgresql://")
    url = closed_port_url()
    dialog.url.setText(url)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.outcome.text().startswith("Cannot use this server:"), timeout=15000)
    assert "the database server cannot be reached" in dialog.outcome.text()
    dialog.save()
    assert database_choice.saved_database_url(tmp_path) == url


def test_choosing_this_computer_again_saves_the_local_file(dialog, tmp_path):
    database_choice.save_database_url(tmp_path, "postgresql://trainer@db.example.org/training")
    again = DatabaseDialog(tmp_path)
    assert again.server.isChecked() and again.url.text() == "postgresql://trainer@db.example.org/training"
    again.local.setChecked(True)
    again.save()
    assert database_choice.saved_database_url(tmp_path) is None


def test_testing_a_real_server_says_what_it_holds(dialog, qtbot):
    with server_database("dialog") as url:
        dialog.server.setChecked(True)
        dialog.url.setText(url)
        dialog.test_button.click()
        qtbot.waitUntil(lambda: dialog.outcome.text().startswith("Connected to PostgreSQL"), timeout=15000)
        assert "the app creates its tables at start" in dialog.outcome.text()
