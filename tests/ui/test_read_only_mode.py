"""Read-only mode as the trainer meets it, on a real full or read-only 2 MB file-system: the home screen
says what it is, where, and what to do; results can be viewed and reported; every write is refused in
the same words and never acknowledged; nothing committed changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.core.comparison import RaterRole
from desktop.store.database import DB_FILENAME
from desktop.store.store import Store

FULL = (
    "The disk holding the data folder is full:\n{folder}\nThe app opened the data read-only: results can be "
    "viewed, exported and reported, but nothing new can be saved. Free some space on that disk, then restart "
    "the app."
)
READ_ONLY = (
    "The data folder is read-only:\n{folder}\nThe app opened the data read-only: results can be viewed, "
    "exported and reported, but nothing new can be saved. Make the folder writable, or start the app with "
    "--data-dir on a folder you can write to, then restart it."
)


def class_data(data_dir: Path, soothing) -> None:
    store = Store(data_dir)
    try:
        person = store.add_person("王晓燕")
        form = store.start_assessment(person.id, soothing, RaterRole.SELF)
        store.record_answers(form.id, {i.id: 4 for i in soothing.items})
        store.complete_assessment(form.id)
    finally:
        store.close()


@pytest.mark.parametrize("fault", ["full", "read-only"])
def test_the_home_screen_says_what_it_is_and_every_write_is_refused_in_the_same_words(
    make_shell, small_disk, soothing, monkeypatch, tmp_path, fault
):
    data_dir = small_disk.point / "data"
    class_data(data_dir, soothing)
    small_disk.fill() if fault == "full" else small_disk.make_read_only()
    db_before = (data_dir / DB_FILENAME).read_bytes()

    shell = make_shell(lang="en", data_dir=data_dir)
    home, window = shell.window.home, shell.window
    expected = (FULL if fault == "full" else READ_ONLY).format(folder=data_dir)
    assert home.notice.text() == expected
    assert not home.notice.isHidden() and home.restore_newest_button.isHidden()
    assert "not a readable database" not in home.status.text()
    # Results can be viewed and reported...
    assert home.history_button.isEnabled() and home.radar_button.isEnabled()
    assert not home.restore_button.isEnabled()  # a restore would write the data folder
    store = shell.context.store
    (person,) = store.people()
    assert len(store.sheets(person.id, "soothing")) == 1
    from desktop.ui.scorecard.report_builder import write_trainee_report

    report = tmp_path / "report.pdf"
    write_trainee_report(store, shell.context.instruments, person.id, "en", report)
    assert report.read_bytes().startswith(b"%PDF")

    # ...but a new form is refused, in the words the home screen uses, and nothing is created.
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window.show_start(RaterRole.SELF)
    window.start.person.setEditText("赵六")
    window.start.start()
    assert len(shown) == 1 and shown[0].startswith(expected + "\nThis was not saved")
    assert window.stack.currentWidget() is window.start
    assert [p.name for p in store.people()] == ["王晓燕"]
    shell.context.close()
    assert (data_dir / DB_FILENAME).read_bytes() == db_before
    assert not list(data_dir.glob(f"{DB_FILENAME}.damaged-*"))
