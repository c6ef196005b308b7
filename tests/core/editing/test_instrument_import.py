"""Importing an instrument file: a new id is added as the file is; the trainer's own form of the same id
is replaced by a newer version (never a version number reused); a built-in form's id, a broken file
and a too-big one are refused with check-content's kind of message."""

from __future__ import annotations

import dataclasses

from desktop.core.content import load_instruments
from desktop.core.editing.instrument_import import plan_instrument_import
from desktop.core.instrument_files import load_instrument, parse_instrument
from desktop.core.messages import localise
from desktop.core.yamldoc import MAX_FILE_BYTES, parse_yaml
from desktop.paths import instruments_dir

SHIPPED = (instruments_dir() / "soothing.yaml").read_bytes()
MINE = SHIPPED.replace(b"id: soothing", b"id: my_soothing", 1)


def _current(tmp_path, own: bytes | None = None):
    folder = tmp_path / "instruments"
    folder.mkdir(exist_ok=True)
    if own is not None:
        (folder / "my_soothing.yaml").write_bytes(own)
    instruments, errors = load_instruments(instruments_dir(), folder)
    assert errors == []
    return instruments, folder


def test_a_new_form_is_added_as_the_file_is(tmp_path):
    current, folder = _current(tmp_path)
    plan = plan_instrument_import(MINE, "from_a_colleague.yaml", current, folder)
    assert plan.errors == [] and plan.replaces is None
    assert plan.path == folder / "my_soothing.yaml" and plan.text.encode("utf-8") == MINE
    (folder / "my_soothing.yaml").write_text("broken: [", encoding="utf-8")  # a file that does not load
    assert plan_instrument_import(MINE, "x.yaml", current, folder).path == folder / "my_soothing-2.yaml"


def test_the_trainers_own_form_is_replaced_by_a_newer_version(tmp_path):
    current, folder = _current(tmp_path, MINE.replace(b"version: 1", b"version: 3", 1))
    plan = plan_instrument_import(MINE, "older.yaml", current, folder)
    assert plan.errors == [] and plan.replaces is current["my_soothing"] and plan.version == 4
    instrument, errors = parse_instrument(parse_yaml(plan.text, "written.yaml"))
    assert errors == [] and instrument is not None and instrument.version == 4
    shipped, _errors = load_instrument(instruments_dir() / "soothing.yaml")
    assert shipped is not None
    assert dataclasses.replace(
        instrument, id="soothing", version=1, file="", content=""
    ) == dataclasses.replace(shipped, file="", content="")
    newer = plan_instrument_import(
        MINE.replace(b"version: 1", b"version: 9", 1), "newer.yaml", current, folder
    )
    assert newer.version == 9 and newer.text.encode("utf-8") == MINE.replace(b"version: 1", b"version: 9", 1)


def test_a_built_in_id_a_broken_file_and_a_big_one_are_refused(tmp_path):
    current, folder = _current(tmp_path)
    built_in = plan_instrument_import(SHIPPED, "soothing.yaml", current, folder)
    assert [(e.file, e.line, e.field) for e in built_in.errors] == [("soothing.yaml", 1, "id")]
    assert "内置测评表已使用编号“soothing”" in localise(built_in.errors[0].message, "zh_CN")
    broken = plan_instrument_import(MINE.replace(b"max: 5", b"max: 99", 1), "b.yaml", current, folder)
    assert broken.errors and broken.errors[0].field == "scale.max" and broken.errors[0].line > 1
    big = plan_instrument_import(b"#" * (MAX_FILE_BYTES + 1), "big.yaml", current, folder)
    assert [e.field for e in big.errors] == ["(file)"]
    assert not list(folder.iterdir())  # a plan writes nothing
