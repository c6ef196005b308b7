"""The bank editor as a trainer uses it from the home screen (key 6): built-in banks read-only with
"Duplicate to edit", a question added, typed, its options reordered with the answer following,
undo and redo, live problems in check-content's words, save with the version raised."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.bank_model import KINDS
from desktop.core.banks import load_bank
from desktop.paths import user_quizzes_dir
from desktop.ui.content.import_preview import kind_label


def open_content(shell, qtbot):
    shell.window.activateWindow()  # the editor's keys (Ctrl+S, Ctrl+Z) are the window's shortcuts
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shell.window)
    qtbot.keyClick(shell.window.home, Qt.Key.Key_6)
    page = shell.window.content
    assert shell.window.stack.currentWidget() is page
    return page


def select_bank(bank_list, bank_id: str) -> None:
    for row in range(bank_list.table.rowCount()):
        if bank_list.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == bank_id:
            bank_list.table.selectRow(row)
            return
    raise AssertionError(bank_id)


def test_a_built_in_bank_opens_read_only_and_duplicates_to_an_editable_copy(make_shell, qtbot, tmp_path):
    shell = make_shell()
    page = open_content(shell, qtbot)
    bank_list = page.bank_list
    select_bank(bank_list, "complaints")
    qtbot.keyClick(bank_list.table, Qt.Key.Key_Return)
    editor = page.editor
    assert page.currentWidget() is editor
    assert editor.read_only_note.isVisible() and not editor.form.isEnabled()
    assert not editor.save_button.isEnabled() and not editor.add_button.isEnabled()

    editor.duplicate_bank_button.click()
    copy = user_quizzes_dir(tmp_path) / "complaints_copy.yaml"
    bank, errors = load_bank(copy)
    assert errors == [] and bank is not None and bank.version == 1
    assert editor.draft.id == "complaints_copy" and editor.form.isEnabled()
    assert not editor.read_only_note.isVisible()


def type_into(qtbot, widget, text: str) -> None:
    """Type ``text`` key by key (QTest's keyClicks knows only ASCII; these are key events with the
    character, as an input method delivers them)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def test_add_type_reorder_undo_and_save(make_shell, qtbot, tmp_path, monkeypatch):
    shell = make_shell()
    page = open_content(shell, qtbot)
    select_bank(page.bank_list, "complaints")
    page.bank_list.duplicate_button.click()
    editor = page.editor
    before = len(editor.draft.questions)
    editor.add("single")
    form = editor.form
    question = editor.draft.questions[editor.current_index()]
    assert len(editor.draft.questions) == before + 1
    # A blank question says what check-content would say, and is marked in the list.
    assert (
        "text.zh_CN: 不能为空" in form.problems.text()
    )  # check-content's words, in the interface's language
    assert "⚠" in editor.question_list.list.currentItem().text()
    assert not editor.save_button.isEnabled() or editor.problems.count

    type_into(qtbot, form.text_zh, "先处理什么？")
    type_into(qtbot, form.options.edits[0][0], "心情")
    type_into(qtbot, form.options.edits[1][0], "事情")
    form.options.marks[0].click()  # A: 心情 is correct
    question = editor.draft.questions[editor.current_index()]
    assert question.text[0] == "先处理什么？" and question.correct == frozenset({0})
    assert editor.problems.questions.get(editor.current_index()) is None
    assert "⚠" not in editor.question_list.list.currentItem().text()

    # Moving 心情 down: the correct mark goes with it (B), not the letter.
    down = form.options.grid.itemAtPosition(0, 4).widget()
    down.setFocus()
    qtbot.keyClick(down, Qt.Key.Key_Space)
    question = editor.draft.questions[editor.current_index()]
    assert question.options[1][0] == "心情" and question.to_mapping()["answer"] == "B"
    assert form.options.marks[1].isChecked() and not form.options.marks[0].isChecked()
    # The keyboard stays with the moved option (its row was drawn anew), not lost to the window.
    assert form.options.isAncestorOf(QApplication.focusWidget())

    # Undo: the move, then the mark; the form follows. Redo puts the move back.
    qtbot.keyClick(form.text_zh, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.draft.questions[editor.current_index()].options[0][0] == "心情"
    assert form.options.edits[0][0].text() == "心情" and form.options.marks[0].isChecked()
    editor.stack.undo()
    assert editor.draft.questions[editor.current_index()].correct == frozenset()
    editor.stack.redo()
    editor.stack.redo()
    assert editor.draft.questions[editor.current_index()].to_mapping()["answer"] == "B"
    # Typing a text is one undo step, not one per character.
    steps = editor.stack.count()
    type_into(qtbot, form.explanation_zh, "先处理心情")
    assert editor.stack.count() == steps + 1

    assert editor.save_button.isEnabled()
    qtbot.keyClick(editor.question_list.list, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    bank, errors = load_bank(user_quizzes_dir(tmp_path) / "complaints_copy.yaml")
    assert errors == [] and bank is not None
    assert bank.version == 2
    saved = bank.questions[editor.current_index()]
    assert saved.text.zh_CN == "先处理什么？" and saved.letters == ("B",)
    assert saved.explanation is not None and saved.explanation.zh_CN == "先处理心情"
    assert not editor.save_button.isEnabled()
    # Ctrl+S again with nothing changed writes nothing: no new version of the same text.
    path = user_quizzes_dir(tmp_path) / "complaints_copy.yaml"
    written = path.read_bytes()
    qtbot.keyClick(editor.question_list.list, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert path.read_bytes() == written and editor.saved_version == 2

    # Leaving with nothing unsaved asks nothing; the list shows the new version.
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: (_ for _ in ()).throw(AssertionError("asked"))
    )
    editor.leave()
    assert page.currentWidget() is page.lists and page.tabs.currentWidget() is page.bank_list
    row = page.bank_list.table.currentRow()
    assert page.bank_list.table.item(row, 2).text() == "2"


def test_a_bank_with_problems_is_not_saved(make_shell, qtbot, tmp_path, monkeypatch):
    shell = make_shell()
    page = open_content(shell, qtbot)
    select_bank(page.bank_list, "complaints")
    page.bank_list.duplicate_button.click()
    editor = page.editor
    path = Path(editor.draft.file)
    before = path.read_bytes()
    editor.add("fill")
    shown = []
    monkeypatch.setattr("desktop.ui.content.content_file.show_error", lambda _p, _t, text: shown.append(text))
    editor.save()
    assert path.read_bytes() == before and editor.is_modified()
    assert "text.zh_CN: 不能为空" in shown[0]
    assert "问题" in editor.summary.text()


def test_search_and_tag_filter(make_shell, qtbot):
    shell = make_shell()
    page = open_content(shell, qtbot)
    select_bank(page.bank_list, "complaints")
    page.bank_list.open_button.click()
    editor = page.editor
    total = editor.question_list.list.count()
    tag = editor.draft.tags()[0]
    editor.question_list.tag_filter.setCurrentIndex(editor.question_list.tag_filter.findData(tag))
    tagged = sum(1 for q in editor.draft.questions if tag in q.tags)
    assert 0 < editor.question_list.list.count() <= tagged + 1 < total + 1
    editor.question_list.tag_filter.setCurrentIndex(0)
    type_into(qtbot, editor.question_list.search, "茫茫然然")
    assert 1 <= editor.question_list.list.count() < total


def test_an_image_is_picked_into_the_banks_folder_and_checked_like_check_content(
    make_shell, qtbot, tmp_path, monkeypatch
):
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QFileDialog

    shell = make_shell()
    page = open_content(shell, qtbot)
    select_bank(page.bank_list, "complaints")
    page.bank_list.duplicate_button.click()
    editor, form = page.editor, page.editor.form
    outside = tmp_path / "pictures"
    outside.mkdir()
    picture = outside / "queue.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(0x3366AA)
    assert image.save(str(picture))
    fake = outside / "fake.png"
    fake.write_text("not a picture", encoding="utf-8")

    picked = [str(fake)]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (picked[0], ""))
    form.choose_image_button.click()
    question = editor.draft.questions[editor.current_index()]
    assert question.image == "images/fake.png"
    assert any(line.startswith("image: ") for line in form.problems.text().splitlines())
    picked[0] = str(picture)
    form.choose_image_button.click()
    assert editor.draft.questions[editor.current_index()].image == "images/queue.png"
    assert not form.problems.text() and form.image_preview.isVisible()
    editor.save()
    assert not editor.is_modified()
    bank, errors = load_bank(user_quizzes_dir(tmp_path) / "complaints_copy.yaml")
    assert errors == [] and bank is not None
    path = bank.image_path(bank.questions[editor.current_index()])
    assert path is not None and path.read_bytes() == picture.read_bytes()
    form.remove_image_button.click()
    assert editor.draft.questions[editor.current_index()].image == ""


def test_problems_are_shown_in_the_interfaces_language():
    from desktop.core.messages import Message
    from desktop.core.yamldoc import ContentError
    from desktop.ui.content.content_file import error_text, problem_text

    message = Message("pk.ended")
    assert problem_text("text.zh_CN", message, "zh_CN") == "text.zh_CN: 本场比赛已结束"
    assert problem_text("", message, "en") == "the session has ended"
    assert (
        error_text(ContentError("b.yaml", 3, "bank.id", message), "zh_CN")
        == "b.yaml:3: bank.id: 本场比赛已结束"
    )


def test_leaving_with_unsaved_changes_asks_save_discard_or_cancel(make_shell, qtbot, tmp_path, monkeypatch):
    shell = make_shell()
    page = open_content(shell, qtbot)
    select_bank(page.bank_list, "complaints")
    page.bank_list.duplicate_button.click()
    editor = page.editor
    path = Path(editor.draft.file)
    before = path.read_bytes()
    editor.delete()
    answers = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers[0])
    editor.leave()
    assert page.currentWidget() is editor and path.read_bytes() == before  # Cancel: still editing
    answers[0] = QMessageBox.StandardButton.Discard
    qtbot.keyClick(editor.question_list.list, Qt.Key.Key_Escape)  # Esc is Back
    assert page.currentWidget() is page.lists and path.read_bytes() == before
    page.bank_list.open_selected()
    count = len(editor.draft.questions)
    editor.delete()
    answers[0] = QMessageBox.StandardButton.Save
    editor.leave()
    bank, _errors = load_bank(path)
    assert bank is not None and len(bank.questions) == count - 1 and bank.version == 2


def test_a_new_bank_is_written_on_its_first_save_at_version_one(make_shell, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    shell = make_shell()
    page = open_content(shell, qtbot)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("门店服务", True))
    page.bank_list.new_button.click()
    editor = page.editor
    assert page.currentWidget() is editor and len(editor.draft.questions) == 1
    path = Path(editor.draft.file)
    assert not path.exists() and editor.is_modified()
    question = editor.draft.questions[0]
    form = editor.form
    form.kind.setCurrentIndex(form.kind.findData("truefalse"))
    form.kind.activated.emit(form.kind.currentIndex())
    type_into(qtbot, form.text_zh, "顾客永远是对的。")
    type_into(qtbot, form.tags, "服务")
    assert editor.problems.count == 0, editor.summary.text()
    editor.save()
    assert not editor.is_modified()
    bank, errors = load_bank(path)
    assert errors == [] and bank is not None and bank.version == 1
    assert bank.title.zh_CN == "门店服务" and bank.questions[0].id == question.id
    assert bank.id == "my_bank" and question.id == "my-bank-001"
    assert bank.questions[0].kind == "truefalse" and bank.questions[0].answer is True
    editor.leave()
    assert any(b.id == editor.draft.id for b in shell.context.banks()[0])


def test_typing_redraws_only_the_question_being_edited(make_shell, qtbot):
    # A keystroke in a 500-question bank must not rebuild the list (measured: 250 ms a key before).
    shell = make_shell()
    page = open_content(shell, qtbot)
    select_bank(page.bank_list, "complaints")
    page.bank_list.duplicate_button.click()
    editor = page.editor
    editor.question_list.list.setCurrentRow(3)
    for row in range(editor.question_list.list.count()):
        editor.question_list.list.item(row).setData(Qt.ItemDataRole.UserRole + 1, "kept")
    type_into(qtbot, editor.form.text_zh, "新")
    assert (
        editor.question_list.list.item(3).text().startswith("4. ")
        and "新" in editor.draft.questions[3].text[0]
    )
    assert all(
        editor.question_list.list.item(r).data(Qt.ItemDataRole.UserRole + 1) == "kept"
        for r in range(editor.question_list.list.count())
    )


def test_a_save_runs_on_the_worker_with_a_busy_line_and_edits_made_meanwhile_stay_unsaved(
    make_shell, qtbot, tmp_path, monkeypatch
):
    import threading

    from desktop.ui.content import bank_editor

    shell = make_shell()
    page = open_content(shell, qtbot)
    select_bank(page.bank_list, "complaints")
    page.bank_list.duplicate_button.click()
    editor = page.editor
    path = Path(editor.draft.file)
    shell.context.operations.inline = False  # as in the app
    release, threads = threading.Event(), []
    real_save_text = bank_editor.save_text

    def slow_save_text(draft):
        threads.append(threading.current_thread())
        release.wait(timeout=5)  # a big bank on a slow disk: the window must not wait for this
        return real_save_text(draft)

    monkeypatch.setattr(bank_editor, "save_text", slow_save_text)
    editor.question_list.list.setCurrentRow(0)
    type_into(qtbot, editor.form.text_zh, "甲")
    editor.save()
    # The window answers while the file is written: the state says so, Save waits, typing goes on.
    assert editor.saving and not editor.save_button.isEnabled() and "保存中" in editor.bank_id.text()
    qtbot.waitUntil(lambda: shell.window.busy.showing(), timeout=3000)
    assert "complaints_copy" in shell.window.busy.label.text()
    type_into(qtbot, editor.form.text_zh, "乙")
    release.set()
    qtbot.waitUntil(lambda: not editor.saving, timeout=5000)
    assert threads and threads[0] is not threading.main_thread()
    bank, errors = load_bank(path)
    assert errors == [] and bank is not None and bank.version == 2
    assert bank.questions[0].text.zh_CN.startswith("甲客户")  # what was there when Save was pressed
    assert editor.draft.questions[0].text[0].startswith("甲乙客户")  # typed meanwhile: kept, unsaved
    assert editor.is_modified() and editor.save_button.isEnabled() and "●" in editor.bank_id.text()
    assert not shell.window.busy.showing()
    editor.save()
    qtbot.waitUntil(lambda: not editor.saving, timeout=5000)
    bank, _errors = load_bank(path)
    assert bank is not None and bank.version == 3 and bank.questions[0].text.zh_CN.startswith("甲乙客户")
    assert not editor.is_modified()

    # Back to the list: the banks (a trainer's may hold 500 questions) are read on the worker too.
    from desktop.ui.shell import context as context_module

    readers, real_read = [], context_module._read_banks
    monkeypatch.setattr(
        context_module,
        "_read_banks",
        lambda data_dir: readers.append(threading.current_thread()) or real_read(data_dir),
    )
    editor.leave()
    assert page.currentWidget() is page.lists
    assert shell.context.operations.wait(10)
    assert readers and threading.main_thread() not in readers
    row = page.bank_list.table.currentRow()
    assert (
        page.bank_list.selected_id() == "complaints_copy" and page.bank_list.table.item(row, 2).text() == "3"
    )


def test_the_add_menu_adds_a_question_of_the_kind_chosen(make_shell, qtbot):
    shell = make_shell()
    page = open_content(shell, qtbot)
    select_bank(page.bank_list, "complaints")
    page.bank_list.duplicate_button.click()
    editor = page.editor
    actions = editor.add_button.menu().actions()
    assert [a.text() for a in actions] == [kind_label(kind) for kind in KINDS]
    for kind, action in zip(KINDS, actions, strict=True):
        action.trigger()
        assert editor.draft.questions[editor.current_index()].kind == kind


def test_the_keys_go_to_the_list_shown_after_a_change_of_tab_and_back_from_the_editor(make_shell, qtbot):
    shell = make_shell()
    page = open_content(shell, qtbot)
    page.tabs.setCurrentWidget(page.form_list)
    assert QApplication.focusWidget() is page.form_list.table
    page.tabs.setCurrentWidget(page.bank_list)
    assert QApplication.focusWidget() is page.bank_list.table
    select_bank(page.bank_list, "complaints")
    qtbot.keyClick(page.bank_list.table, Qt.Key.Key_Return)
    assert page.currentWidget() is page.editor
    page.editor.back.emit()
    assert page.currentWidget() is page.lists and QApplication.focusWidget() is page.bank_list.table
