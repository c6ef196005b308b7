"""The assessment-form editor from the content screen: a built-in form read-only, its copy edited in
place (a statement's text, a new statement, a band's range), problems marked on their rows in
check-content's words, undo, a save with the version raised that the app then uses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core.instrument_files import load_instrument
from desktop.paths import user_instruments_dir
from desktop.ui.content.instrument_editor import PROBLEM_COLOUR


def open_forms(shell, qtbot):
    shell.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shell.window)
    shell.window.show_content()
    page = shell.window.content
    page.tabs.setCurrentWidget(page.form_list)
    table = page.form_list.table
    row = next(
        r for r in range(table.rowCount()) if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == "soothing"
    )
    table.selectRow(row)
    return page


def set_cell(table, row: int, column: int, text: str) -> None:
    table.item(row, column).setText(text)  # as the delegate does when the trainer presses Enter


def test_a_built_in_form_is_read_only_and_its_copy_is_edited_and_saved(
    make_shell, qtbot, tmp_path, monkeypatch
):
    refused = []
    monkeypatch.setattr(
        "desktop.ui.content.content_file.show_error", lambda _p, _t, text: refused.append(text)
    )
    shell = make_shell()
    page = open_forms(shell, qtbot)
    qtbot.keyClick(page.form_list.table, Qt.Key.Key_Return)
    editor = page.form_editor
    assert page.currentWidget() is editor and editor.read_only_note.isVisible()
    assert editor.items.editTriggers() == editor.items.EditTrigger.NoEditTriggers
    assert not editor.save_button.isEnabled()

    editor.duplicate_button.click()
    path = user_instruments_dir(tmp_path) / "soothing_copy.yaml"
    assert path.exists() and editor.draft.id == "soothing_copy" and not editor.read_only_note.isVisible()

    set_cell(editor.items, 0, 2, "先问清顾客真正想要什么。")
    assert editor.draft.text(("items", 0, "text"), 0) == "先问清顾客真正想要什么。"
    # A new statement: empty until written, and the top band no longer reaches the highest total.
    editor.items.setCurrentCell(0, 2)
    editor.add("items")
    assert editor.items.rowCount() == 21 and editor.items.item(1, 0).text() == "s21"
    assert editor.items.item(1, 2).background().color() == PROBLEM_COLOUR
    assert "items[1].text.zh_CN: 不能为空" in editor.summary.text()
    editor.save()
    assert editor.is_modified() and load_instrument(path)[0].version == 1
    assert "items[1].text.zh_CN: 不能为空" in refused[0]
    set_cell(editor.items, 1, 2, "事后回访顾客。")
    assert [m for _f, m in editor.problems] == ["no band covers totals from 101 to 105"]
    assert "bands[" in editor.summary.text()
    top = next(r for r in range(editor.bands.rowCount()) if editor.bands.item(r, 1).text() == "100")
    set_cell(editor.bands, top, 1, "105")
    assert editor.summary.text() == ""

    editor.stack.undo()  # the band back at 100: the problem again
    assert [m for _f, m in editor.problems] == ["no band covers totals from 101 to 105"]
    assert editor.bands.item(top, 1).text() == "100"
    editor.stack.redo()
    editor.save()
    assert not editor.is_modified()
    instrument, errors = load_instrument(path)
    assert errors == [] and instrument is not None and instrument.version == 2
    assert len(instrument.items) == 21 and instrument.items[0].text.zh_CN == "先问清顾客真正想要什么。"
    assert instrument.total_range == (21, 105)
    editor.leave()
    assert page.currentWidget() is page.lists
    assert shell.context.instruments["soothing_copy"].version == 2  # the app uses the saved form


def _open_own_form(shell, qtbot, form_id: str):
    shell.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shell.window)
    shell.window.show_content()
    page = shell.window.content
    page.tabs.setCurrentWidget(page.form_list)
    page.form_list.refresh(form_id)
    page.form_list.open_selected()
    assert page.currentWidget() is page.form_editor and page.form_editor.draft.id == form_id
    return page.form_editor


def test_dimensions_and_the_scale_are_edited_and_answered_forms_keep_their_version(
    make_shell, qtbot, tmp_path, monkeypatch
):
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QMessageBox, QStyleOptionViewItem

    from desktop.core.comparison import RaterRole
    from tests.ui.test_instrument_versions import VERSION_1

    folder = user_instruments_dir(tmp_path)
    folder.mkdir(parents=True)
    path = folder / "phone_manner.yaml"
    path.write_text(VERSION_1, encoding="utf-8")
    shell = make_shell("zh_CN", data_dir=tmp_path)
    context, store, window = shell.context, shell.context.store, shell.window
    person = store.add_person("王芳", None)
    done = store.start_assessment(person.id, context.instruments["phone_manner"], RaterRole.SELF, None)
    store.record_answers(done.id, {"p1": 4, "p2": 4, "p3": 4})
    store.complete_assessment(done.id)
    unfinished = store.start_assessment(
        person.id, context.instruments["phone_manner"], RaterRole.SUPERVISOR, "李经理"
    )
    store.record_answers(unfinished.id, {"p1": 5})

    editor = _open_own_form(shell, qtbot, "phone_manner")
    # Delete the dimension 结束 (closing): asked first, since a statement goes with it.
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    editor.dimensions.setCurrentCell(2, 1)
    editor.delete("dimensions")
    assert "结束" in asked[0] and "1" in asked[0]
    assert [editor.dimensions.item(r, 0).text() for r in range(editor.dimensions.rowCount())] == [
        "greeting",
        "tone",
    ]
    assert editor.items.rowCount() == 2
    # A new dimension, named in the table; empty until a statement is in it.
    editor.add("dimensions")
    assert editor.dimensions.rowCount() == 3 and editor.dimensions.currentRow() == 2
    set_cell(editor.dimensions, 2, 1, "同理心")
    assert editor.dimensions.item(2, 0).background().color() == PROBLEM_COLOUR  # no statement yet
    # A statement for it: the dimension is chosen by its name from a list.
    editor.items.setCurrentCell(1, 2)
    editor.add("items")
    set_cell(editor.items, 2, 2, "先认同顾客的感受。")
    delegate = editor.items.itemDelegateForColumn(1)
    index = editor.items.model().index(2, 1)
    chooser = delegate.createEditor(editor.items.viewport(), QStyleOptionViewItem(), index)
    delegate.setEditorData(chooser, index)
    assert [chooser.itemText(i) for i in range(chooser.count())] == [
        "问候 (greeting)",
        "语调 (tone)",
        "同理心 (dimension1)",
    ]
    chooser.setCurrentIndex(2)
    delegate.setModelData(chooser, editor.items.model(), index)
    assert editor.draft.get(("items", 2, "dimension")) == "dimension1"
    # The table shows the dimension by its name; the file keeps its id.
    assert delegate.displayText("dimension1", QLocale()) == "同理心 (dimension1)"
    assert editor.items.item(2, 1).text() == "dimension1"
    # The scale from 1–5 to 1–4: "总是" goes with its value; the bands are checked against 3–12.
    editor.scale_high.setValue(4)
    assert editor.scale.rowCount() == 4 and editor.scale.item(3, 1).text() == "经常"
    assert editor.problems == (), editor.summary.text()
    editor.scale_low.setValue(5)  # the wrong way round: said, not refused
    assert [f for f, _m in editor.problems] == ["scale.max"] and "scale.max" in editor.summary.text()
    editor.stack.undo()
    assert (editor.scale_low.value(), editor.scale_high.value()) == (1, 4) and editor.problems == ()

    editor.save()
    assert not editor.is_modified()
    instrument, errors = load_instrument(path)
    assert errors == [] and instrument is not None and instrument.version == 2
    assert [d.id for d in instrument.dimensions] == ["greeting", "tone", "dimension1"]
    assert (instrument.scale.min, instrument.scale.max) == (1, 4) and instrument.total_range == (3, 12)
    editor.leave()

    # The form answered with version 1 shows and scores as answered: 12 of 15 is 很好 there.
    window.show_result(person.id, "phone_manner")
    assert window.result.total.text() == "12 / 15" and window.result.band.text() == "很好"
    # The unfinished one goes on with version 1's statements and its five answers.
    window.resume(unfinished.id)
    take = window.take
    assert [i.id for i in take.instrument.items] == ["p1", "p2", "p3"] and take.instrument.scale.max == 5
    # A new form is answered with version 2.
    new = store.start_assessment(person.id, context.instruments["phone_manner"], RaterRole.SELF, None)
    assert new.instrument_version == 2
    assert store.kept_instrument("phone_manner", 1) == VERSION_1
