"""An instrument added as a file (no code) appears in the radar choices, the class view and the report."""

from __future__ import annotations

import pytest

from desktop.core.comparison import RaterRole
from desktop.paths import user_instruments_dir

NEW_INSTRUMENT = """\
id: phone_manner
version: 1
kind: "360"
source: {deck: "000", section: "掌握交际的艺术"}
title: {zh_CN: "电话礼仪", en: "Telephone manner"}
scale:
  min: 1
  max: 5
  labels: [{zh_CN: "从不"}, {zh_CN: "很少"}, {zh_CN: "有时"}, {zh_CN: "经常"}, {zh_CN: "总是"}]
total: sum
dimensions:
  - {id: greeting, name: {zh_CN: "问候", en: "Greeting"}}
  - {id: tone, name: {zh_CN: "语调", en: "Tone"}}
  - {id: closing, name: {zh_CN: "结束", en: "Closing"}}
items:
  - {id: p1, dimension: greeting, text: {zh_CN: "铃响三声内接听并问好。", en: "Answers within three rings with a greeting."}}
  - {id: p2, dimension: tone, text: {zh_CN: "语速适中、语气亲切。", en: "Speaks at an even pace in a friendly tone."}}
  - {id: p3, dimension: closing, text: {zh_CN: "等客户先挂电话。", en: "Lets the customer hang up first."}}
bands:
  - {min: 11, max: 15, label: {zh_CN: "很好", en: "Very good"}, advice: {zh_CN: "保持。", en: "Keep it up."}}
  - {min: 3, max: 10, label: {zh_CN: "需要练习", en: "Needs practice"}, advice: {zh_CN: "多练。", en: "Practise."}}
"""


@pytest.fixture
def shell_with_new_instrument(make_shell, tmp_path):
    folder = user_instruments_dir(tmp_path / "data")
    folder.mkdir(parents=True)
    (folder / "phone_manner.yaml").write_text(NEW_INSTRUMENT, encoding="utf-8")
    shell = make_shell(lang="en", data_dir=tmp_path / "data")
    store = shell.context.store
    instrument = shell.context.instruments["phone_manner"]
    cohort = store.add_cohort("Class A")
    for name, value in (("Wang", 5), ("Li", 2)):
        person = store.add_person(name, cohort.id)
        record = store.start_assessment(person.id, instrument, RaterRole.SELF, None)
        store.record_answers(record.id, {item.id: value for item in instrument.items})
        store.complete_assessment(record.id)
    return shell


def combo_ids(combo):
    return [combo.itemData(i) for i in range(combo.count())]


def test_a_new_instrument_file_is_a_radar_choice(shell_with_new_instrument):
    window = shell_with_new_instrument.window
    window.show_radar()
    assert "phone_manner" in combo_ids(window.radar.instrument)
    window.radar.instrument.setCurrentIndex(window.radar.instrument.findData("phone_manner"))
    data, note = window.radar.current_data()
    assert note == "" and data.axes == ("greeting", "tone", "closing")


def test_a_new_instrument_file_shows_in_the_class_view_with_its_bands(shell_with_new_instrument):
    window = shell_with_new_instrument.window
    window.show_class()
    page = window.class_view
    assert "phone_manner" in combo_ids(page.instrument)
    page.instrument.setCurrentIndex(page.instrument.findData("phone_manner"))
    assert page.radar is not None
    bands = [page.band_table.model().index(r, 0).data() for r in range(page.band_table.rowCount())]
    counts = [page.band_table.model().index(r, 2).data() for r in range(page.band_table.rowCount())]
    assert dict(zip(bands, counts, strict=True)) == {"Very good": "1", "Needs practice": "1"}


def test_a_new_instrument_file_has_its_report_pages(shell_with_new_instrument):
    from matplotlib.text import Text

    from desktop.ui.scorecard.report_builder import report_figures

    context = shell_with_new_instrument.context
    wang = next(p for p in context.store.people() if p.name == "Wang")
    figures = report_figures(context.store, context.instruments, wang.id, "en")
    texts = [t.get_text() for figure in figures for t in figure.findobj(Text)]
    assert any("Telephone manner: 15 / 15 · Very good" in t for t in texts)
    assert any("Telephone manner: self and others" in t for t in texts)
    assert any("Telephone manner: total over time" in t for t in texts)
