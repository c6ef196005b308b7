"""The assessment-form editor from the content screen: a built-in form read-only, its copy edited in
place (a statement's text, a new statement, a band's range), problems marked on their rows in
check-content's words, undo, a save with the version raised that the app then uses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core.instruments import load_instrument
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
