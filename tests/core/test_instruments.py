"""Instrument files: the shipped ones are valid, and each broken one gets file:line: field: message."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.core.content import load_instruments
from desktop.core.instrument_files import load_instrument
from desktop.paths import instruments_dir

BROKEN = sorted((Path(__file__).parent / "broken_instruments").glob("*.yaml"))
EXPECT = re.compile(r"^# expect: (\d+): (\S+): (.+)$")


def test_every_shipped_instrument_is_valid():
    found, errors = load_instruments(instruments_dir())
    assert errors == []
    assert list(found)[:3] == ["soothing", "eq", "communication"]
    for instrument in found.values():
        assert all(item.text.zh_CN and item.text.en for item in instrument.items)


def test_eq_has_the_five_abilities_in_order(instruments):
    names = [d.name.zh_CN for d in instruments["eq"].dimensions]
    assert names == [
        "认识自我情绪的能力",
        "妥善管理自己情绪的能力",
        "了解别人情绪的能力",
        "自我启发和激励的能力",
        "人际关系互动管理能力",
    ]


@pytest.mark.parametrize("path", BROKEN, ids=[p.stem for p in BROKEN])
def test_broken_instrument_reports_file_line_and_field(path):
    line, field, message = EXPECT.match(path.read_text(encoding="utf-8").splitlines()[0]).groups()
    instrument, errors = load_instrument(path, display_name=path.name)
    assert instrument is None, "a broken file must not load partly"
    rendered = [str(e) for e in errors]
    assert any(
        e.file == path.name and e.line == int(line) and e.field == field and message in e.message
        for e in errors
    ), rendered


def test_corpus_is_not_empty():
    assert len(BROKEN) >= 10


def test_all_errors_of_a_file_are_reported_together(tmp_path):
    text = (instruments_dir() / "soothing.yaml").read_text(encoding="utf-8")
    text = text.replace("total: sum", "total: median").replace("version: 1", "version: 0")
    path = tmp_path / "two.yaml"
    path.write_text(text, encoding="utf-8")
    _, errors = load_instrument(path)
    assert {e.field for e in errors} >= {"total", "version"}


def test_a_folder_with_one_broken_file_still_loads_the_others(tmp_path):
    for source in instruments_dir().glob("*.yaml"):
        (tmp_path / source.name).write_bytes(source.read_bytes())
    (tmp_path / "broken.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    found, errors = load_instruments(tmp_path)
    assert "soothing" in found
    assert errors and all(e.file == "broken.yaml" and e.field == "(syntax)" for e in errors)
