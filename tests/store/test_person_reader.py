"""``report --person`` reads one trainee without SQLAlchemy: the same records as the Store, or the Store."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from desktop.core.comparison import RaterRole
from desktop.demo import fill_demo
from desktop.store.files import DB_FILENAME
from desktop.store.migrations import LATEST_VERSION
from desktop.store.person_reader import PersonReader
from desktop.store.store import Store


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory, instruments):
    """The demo class (rounds, supervisors, colleagues, observers), one form with a "can't judge",
    a trainee without a class and two trainees of the same name."""
    folder = tmp_path_factory.mktemp("demo")
    store = Store(folder)
    try:
        fill_demo(store, instruments)
        soothing = instruments["soothing"]
        loner = store.add_person("王 芳")  # no class; its name normalises to another trainee's
        store.add_person("王芳")
        form = store.start_assessment(loner.id, soothing, RaterRole.SELF)
        answers: dict[str, int | None] = {item.id: 3 for item in soothing.items}
        answers[soothing.items[0].id] = None  # can't judge
        store.record_answers(form.id, answers)
        store.complete_assessment(form.id)
    finally:
        store.close()
    return folder


def test_every_trainee_reads_as_the_store_reads_them(demo_folder, instruments):
    store = Store(demo_folder)
    reader = PersonReader.open(demo_folder)
    assert reader is not None
    try:
        people = store.people()
        assert len(people) >= 12
        compared = 0
        for person in people:
            assert reader.person(person.id) == store.person(person.id)
            assert reader.people_named(person.name) == store.people_named(person.name)
            for instrument in instruments.values():
                sheets = reader.sheets(person.id, instrument.id)
                assert sheets == store.sheets(person.id, instrument.id)
                compared += len(sheets)
                for sheet in sheets:
                    version = sheet.instrument_version
                    assert version is not None
                    kept = reader.kept_instrument(instrument.id, version)
                    assert kept == store.kept_instrument(instrument.id, version) and kept
        assert compared > 100
        assert any(sheet.round is not None for p in people for sheet in reader.sheets(p.id, "soothing"))
        assert reader.person(10**6) is None and reader.people_named("无此人") == []
        assert reader.kept_instrument("soothing", 999) is None
    finally:
        reader.close()
        store.close()


def test_a_folder_the_reader_cannot_take_as_it_is_is_left_to_the_store(tmp_path, demo_folder):
    assert PersonReader.open(tmp_path) is None  # no database yet: the Store makes one
    (tmp_path / DB_FILENAME).write_bytes(b"not a database" * 100)
    assert PersonReader.open(tmp_path) is None  # damaged: the Store sets it aside
    older = tmp_path / "older"
    older.mkdir()
    with sqlite3.connect(demo_folder / DB_FILENAME) as source, sqlite3.connect(older / DB_FILENAME) as copy:
        source.backup(copy)
        copy.execute(f"PRAGMA user_version = {LATEST_VERSION - 1}")
    assert PersonReader.open(older) is None  # another schema: the Store migrates it


def test_reading_changes_nothing_in_the_folder(tmp_path, demo_folder):
    with (
        sqlite3.connect(demo_folder / DB_FILENAME) as source,
        sqlite3.connect(tmp_path / DB_FILENAME) as copy,
    ):
        source.backup(copy)
    before = sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in tmp_path.iterdir())
    reader = PersonReader.open(tmp_path)
    assert reader is not None
    assert reader.sheets(1, "soothing")
    reader.close()
    after = sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in tmp_path.iterdir())
    assert after == before  # no backup taken, no -wal or -shm left beside the file


def test_the_report_command_loads_no_sqlalchemy(demo_folder, tmp_path):
    out = tmp_path / "report.pdf"
    code = (
        "import sys; from pathlib import Path; from desktop.cli.report_command import report_command;"
        f"code = report_command(Path({str(demo_folder)!r}), '1', Path({str(out)!r}), 'zh_CN');"
        "print(code, 'sqlalchemy' in sys.modules, 'sqlmodel' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.stdout.split()[-3:] == ["0", "False", "False"], result.stderr[-2000:]
    assert out.stat().st_size > 10_000


def test_a_file_damaged_where_the_report_reads_is_left_to_the_store(demo_folder, tmp_path, monkeypatch, qapp):
    """A page the reader trips on (the Store's quick_check at open would have seen it): the Store
    opens the file instead, checks it, sets it aside if it is damaged, and says so; no traceback."""
    from desktop.cli.report_command import report_command

    with (
        sqlite3.connect(demo_folder / DB_FILENAME) as source,
        sqlite3.connect(tmp_path / DB_FILENAME) as copy,
    ):
        source.backup(copy)

    def malformed(*_args):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(PersonReader, "sheets", malformed)
    out = tmp_path / "report.pdf"
    assert report_command(tmp_path, "1", out, "zh_CN") == 0  # the Store read this file: it is whole
    assert out.stat().st_size > 10_000
