"""Every screen of several rounds keeps old forms as answered after the form's file changes: the
class view, the trend on the history screen, the before-vs-after and trainee-vs-class radars."""

from __future__ import annotations

from desktop.paths import user_instruments_dir
from tests.form_versions import VERSION_1, VERSION_2, after_training, before_training

BEFORE_AFTER, TRAINEE_VS_CLASS = 1, 2


def tick_labels(figure) -> list[str]:
    return [t.get_text() for t in figure.axes[0].get_xticklabels()]


def screens(window, person_id: int) -> dict:
    """What the class view, the history chart and the two radars of several rounds show."""
    shown: dict = {}
    window.show_class()
    view = window.class_view
    view.instrument.setCurrentIndex(view.instrument.findData("phone_manner"))
    shown["class"] = (
        view.summary.text(),
        view.spread.table_model.rows,
        view.band_table.table_model.rows,
        tick_labels(view.radar),
    )
    window.show_history(person_id)
    history = window.history
    history.instrument_choice.setCurrentIndex(history.instrument_choice.findData("phone_manner"))
    chart = history._canvas.figure
    shown["trend"] = (
        history.table.table_model.rows,
        tick_labels(chart),
        [list(line.get_ydata()) for line in chart.axes[0].get_lines() if line.get_label() in ("自评",)],
        chart.axes[0].get_ylim(),
    )
    window.show_radar(person_id)
    radar = window.radar
    radar.instrument.setCurrentIndex(radar.instrument.findData("phone_manner"))
    for overlay in (BEFORE_AFTER, TRAINEE_VS_CLASS):
        radar.overlay.setCurrentIndex(overlay)
        data, note = radar.current_data()
        shown[overlay] = (data, note, radar.note.text(), radar.table.table_model.rows)
    return shown


def test_every_view_of_several_rounds_keeps_the_forms_as_answered(make_shell, tmp_path):
    folder = user_instruments_dir(tmp_path)
    folder.mkdir(parents=True)
    file = folder / "phone_manner.yaml"
    file.write_text(VERSION_1, encoding="utf-8")
    shell = make_shell("zh_CN", data_dir=tmp_path)
    context, store, window = shell.context, shell.context.store, shell.window
    group = before_training(store)
    wang = group.people["王芳"]
    # Two rounds with version 1, so that before-vs-after has something to show before the edit.
    from tests.form_versions import answer, version

    answer(store, version(VERSION_1), wang, "self", {"p1": 5, "p2": 5, "p3": 3}, group.after)
    before_edit = screens(window, wang)

    file.write_text(VERSION_2, encoding="utf-8")  # the trainer edits the form: version 2
    context.reload_instruments()
    assert context.instruments["phone_manner"].version == 2
    assert screens(window, wang) == before_edit
    summary, spread, bands, axes = before_edit["class"]
    assert [row[0] for row in spread] == ["问候", "语调", "结束"] and axes == ["问候", "语调", "结束"]
    assert bands == [["很好", "11–15", "1"], ["需要练习", "3–10", "2"]]


def test_views_of_rounds_answered_with_two_versions_say_what_they_show(make_shell, tmp_path):
    folder = user_instruments_dir(tmp_path)
    folder.mkdir(parents=True)
    file = folder / "phone_manner.yaml"
    file.write_text(VERSION_1, encoding="utf-8")
    shell = make_shell("zh_CN", data_dir=tmp_path)
    context, store, window = shell.context, shell.context.store, shell.window
    group = before_training(store)
    file.write_text(VERSION_2, encoding="utf-8")
    context.reload_instruments()
    after_training(store, group)
    shown = screens(window, group.people["王芳"])

    # The class view: each trainee's latest round (王芳, 李雷 version 2, 韩梅 version 1) on version 2's
    # dimensions, 韩梅 counted where version 1 has the dimension; version 1's "语调" named as left out.
    summary, spread, bands, axes = shown["class"]
    assert [(row[0], row[-1]) for row in spread] == [("问候", "3"), ("结束", "3"), ("共情", "2")]
    assert axes == ["问候", "结束", "共情"]
    assert "语调" in summary
    # Each banded with its own version's bands: 李雷's 11 is 需要练习 in version 2 (it is 很好 in 1).
    assert bands == [["很好", "15–20", "1"], ["需要练习", "4–14", "1"], ["需要练习", "3–10", "1"]]

    # The trend: 12 of version 1 and 16 of version 2, each round naming its version, the axis
    # covering both ranges (3–15 and 4–20).
    rows, ticks, self_line, (low, high) = shown["trend"]
    assert [row[1:3] for row in rows] == [["12", "很好"], ["16", "很好"]]
    assert "第1版" in ticks[0] and "第2版" in ticks[1]
    assert self_line == [[12, 16]]
    assert low < 3 and high > 20

    # Before vs after: the dimensions both versions have; the others named.
    data, note, shown_note, table = shown[BEFORE_AFTER]
    assert data.axes == ("greeting", "closing")
    assert [row[0] for row in table] == ["问候", "结束"]
    assert "共情" in shown_note and "语调" in shown_note
    # Trainee vs class: 王芳's version 2 axes; the class mean of 韩梅's version 1 round on two of them.
    data, note, shown_note, table = shown[TRAINEE_VS_CLASS]
    assert [row[0] for row in table] == ["问候", "结束", "共情"]
    assert data.get("class_mean").count == 2 and "语调" in shown_note


def test_a_round_answered_with_two_versions_shows_each_form_as_answered(make_shell, tmp_path):
    from tests.form_versions import answer, version

    folder = user_instruments_dir(tmp_path)
    folder.mkdir(parents=True)
    file = folder / "phone_manner.yaml"
    file.write_text(VERSION_1, encoding="utf-8")
    shell = make_shell("zh_CN", data_dir=tmp_path)
    context, store, window = shell.context, shell.context.store, shell.window
    person = store.add_person("王芳", None)
    answer(store, version(VERSION_1), person.id, "self", {"p1": 4, "p2": 4, "p3": 4}, None)
    file.write_text(VERSION_2, encoding="utf-8")  # edited between her form and her supervisor's
    context.reload_instruments()
    answer(
        store,
        version(VERSION_2),
        person.id,
        "supervisor",
        {"p1": 1, "p3": 5, "p4": 5, "p5": 5},
        None,
        "李经理",
    )
    window.show_result(person.id, "phone_manner")
    result = window.result
    # Her round is shown with the version she answered; the supervisor's reversed "1" reads as a 5.
    assert (result.total.text(), result.band.text()) == ("12 / 15", "很好")
    rows = result.dimension_table.table_model.rows
    assert [row[:3] for row in rows] == [
        ["总分", "12", "15"],
        ["问候", "4", "5"],
        ["语调", "4", "—"],
        ["结束", "4", "5"],
    ]


def test_a_form_whose_file_is_gone_keeps_its_history_on_every_screen(make_shell, tmp_path):
    folder = user_instruments_dir(tmp_path)
    folder.mkdir(parents=True)
    file = folder / "phone_manner.yaml"
    file.write_text(VERSION_1, encoding="utf-8")
    shell = make_shell("zh_CN", data_dir=tmp_path)
    context, store, window = shell.context, shell.context.store, shell.window
    group = before_training(store)
    wang = group.people["王芳"]
    before = screens(window, wang)
    file.unlink()  # removed by hand (or renamed, or broken): the form has no file today
    context.reload_instruments()
    assert "phone_manner" not in context.instruments
    assert screens(window, wang) == before
    # Its history is there to read, not to add to: no new form of it can be started from there.
    assert not window.history.rate_button.isEnabled()
    window.history.open_button.click()
    assert (window.result.total.text(), window.result.band.text()) == ("12 / 15", "很好")
