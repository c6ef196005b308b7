"""The trainee report's first page, built from a real database (texts translated to Chinese)."""

from __future__ import annotations

import pytest

from desktop.core.comparison import RaterRole
from desktop.store.store import Store
from desktop.ui.scorecard.report_builder import report_figures
from desktop.ui.shell.i18n import Translations


@pytest.fixture
def store(tmp_path, qapp):
    translations = Translations()
    translations.install("zh_CN")
    opened = Store(tmp_path)
    yield opened
    opened.close()
    translations.install("en")


def rated(store, soothing, name, self_value, supervisor_value):
    person = store.add_person(name)
    for role, value in ((RaterRole.SELF, self_value), (RaterRole.SUPERVISOR, supervisor_value)):
        record = store.start_assessment(
            person.id, soothing, role, "孙经理" if role != RaterRole.SELF else None
        )
        store.record_answers(record.id, {item.id: value for item in soothing.items})
        store.complete_assessment(record.id)
    return person


def gap_table(store, instruments, person):
    summary = report_figures(store, instruments, person.id, "zh_CN")[0]
    (table,) = [t for axes in summary.axes for t in axes.tables]
    cells = table.get_celld()
    columns = max(column for _, column in cells) + 1
    rows = max(row for row, _ in cells) + 1
    return [[cells[r, c].get_text().get_text() for c in range(columns)] for r in range(rows)]


def test_the_note_column_is_left_out_when_no_statement_has_a_note(store, instruments):
    person = rated(store, instruments["soothing"], "刘洋", 4, 4)  # self and supervisor agree everywhere
    table = gap_table(store, instruments, person)
    assert table[0] == ["陈述", "自评", "他评", "差距"]
    assert all(len(row) == 4 for row in table)


def test_the_note_column_names_blind_spots_when_there_are_some(store, instruments):
    person = rated(store, instruments["soothing"], "黄志强", 5, 2)
    table = gap_table(store, instruments, person)
    assert table[0][-1] == "提示"
    assert all(row[-1].startswith("盲点") for row in table[1:])
