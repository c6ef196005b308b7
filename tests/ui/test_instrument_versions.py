"""History never changes: a form shows and scores with the instrument version it was answered with."""

from __future__ import annotations

from desktop.core.comparison import RaterRole
from desktop.paths import user_instruments_dir
from desktop.ui.scorecard.roles import form_caption

VERSION_1 = """\
id: phone_manner
version: 1
kind: "360"
title: {zh_CN: "电话礼仪"}
scale:
  min: 1
  max: 5
  labels: [{zh_CN: "从不"}, {zh_CN: "很少"}, {zh_CN: "有时"}, {zh_CN: "经常"}, {zh_CN: "总是"}]
total: sum
dimensions:
  - {id: greeting, name: {zh_CN: "问候"}}
  - {id: tone, name: {zh_CN: "语调"}}
  - {id: closing, name: {zh_CN: "结束"}}
items:
  - {id: p1, dimension: greeting, text: {zh_CN: "铃响三声内接听并问好。"}}
  - {id: p2, dimension: tone, text: {zh_CN: "语速适中、语气亲切。"}}
  - {id: p3, dimension: closing, text: {zh_CN: "等客户先挂电话。"}}
bands:
  - {min: 11, max: 15, label: {zh_CN: "很好"}, advice: {zh_CN: "保持。"}}
  - {min: 3, max: 10, label: {zh_CN: "需要练习"}, advice: {zh_CN: "多练。"}}
"""

# Version 2 rewords the first statement and scores it reversed, adds a fourth and moves the bands.
VERSION_2 = (
    VERSION_1.replace("version: 1", "version: 2")
    .replace('text: {zh_CN: "铃响三声内接听并问好。"}}', 'text: {zh_CN: "改写后的第一句。"}, reverse: true}')
    .replace(
        '  - {id: p3, dimension: closing, text: {zh_CN: "等客户先挂电话。"}}\n',
        '  - {id: p3, dimension: closing, text: {zh_CN: "等客户先挂电话。"}}\n'
        '  - {id: p4, dimension: closing, text: {zh_CN: "新加的第四句。"}}\n',
    )
    .replace('{min: 11, max: 15, label: {zh_CN: "很好"}', '{min: 15, max: 20, label: {zh_CN: "很好"}')
    .replace("{min: 3, max: 10,", "{min: 4, max: 14,")
)


def test_old_forms_show_and_score_with_their_own_version_after_the_file_changed(make_shell, tmp_path):
    folder = user_instruments_dir(tmp_path)
    folder.mkdir(parents=True)
    file = folder / "phone_manner.yaml"
    file.write_text(VERSION_1, encoding="utf-8")
    shell = make_shell("zh_CN", data_dir=tmp_path)
    context, store, window = shell.context, shell.context.store, shell.window
    v1 = context.instruments["phone_manner"]
    person = store.add_person("王芳", None)
    done = store.start_assessment(person.id, v1, RaterRole.SELF, None)
    store.record_answers(done.id, {"p1": 4, "p2": 4, "p3": 4})
    store.complete_assessment(done.id)
    unfinished = store.start_assessment(person.id, v1, RaterRole.SUPERVISOR, "李经理")
    store.record_answers(unfinished.id, {"p1": 5})

    file.write_text(VERSION_2, encoding="utf-8")
    context.reload_instruments()
    assert context.instruments["phone_manner"].version == 2

    # Total 12 of 15 is "very good" in version 1 (it would be "needs practice" of 20 in version 2).
    window.show_result(person.id, "phone_manner")
    assert window.result.total.text() == "12 / 15"
    assert window.result.band.text() == "很好"
    history = window.history
    window.show_history(person.id)
    history.instrument_choice.setCurrentIndex(history.instrument_choice.findData("phone_manner"))
    assert history.table.table_model.rows[0][1:3] == ["12", "很好"]

    # The radar of self and others draws the round's own statements (p3 alone in "closing").
    window.show_radar()
    radar = window.radar
    radar.instrument.setCurrentIndex(radar.instrument.findData("phone_manner"))
    data, _note = radar.current_data()
    self_series = next(series for series in data.series if series.key == "self")
    assert list(self_series.values) == [4, 4, 4]

    # The trainee report says the same.
    from matplotlib.text import Text

    from desktop.ui.scorecard.report_builder import report_figures

    figures = report_figures(store, context.instruments, person.id, "zh_CN")
    texts = [t.get_text() for figure in figures for t in figure.findobj(Text)]
    assert any("12 / 15" in t and "很好" in t for t in texts), texts

    # The unfinished form goes on with the statements it was started with.
    window.resume(unfinished.id)
    take = window.take
    assert len(take.instrument.items) == 3
    assert take.statement.text() == "语速适中、语气亲切。"  # the first unanswered of version 1
    assert [i.text.zh_CN for i in take.instrument.items][0] == "铃响三声内接听并问好。"
    assert form_caption(context, store.assessment(unfinished.id)).startswith("电话礼仪")


def test_a_version_kept_once_is_never_overwritten_and_new_forms_use_todays_file(make_shell, tmp_path):
    folder = user_instruments_dir(tmp_path)
    folder.mkdir(parents=True)
    file = folder / "phone_manner.yaml"
    file.write_text(VERSION_1, encoding="utf-8")
    shell = make_shell("zh_CN", data_dir=tmp_path)
    context, store = shell.context, shell.context.store
    person = store.add_person("王芳", None)
    store.start_assessment(person.id, context.instruments["phone_manner"], RaterRole.SELF, None)
    kept = store.kept_instrument("phone_manner", 1)
    assert kept == VERSION_1
    # The same version edited without raising its number keeps the text its forms were answered with.
    file.write_text(VERSION_1.replace("铃响三声内接听并问好。", "悄悄改过。"), encoding="utf-8")
    context.reload_instruments()
    store.start_assessment(person.id, context.instruments["phone_manner"], RaterRole.SELF, None)
    assert store.kept_instrument("phone_manner", 1) == VERSION_1
    assert store.kept_instrument("phone_manner", 2) is None
    assert context.instrument_for("phone_manner", 2) is context.instruments["phone_manner"]
