"""The bank editor: the questions listed (search, filter by tag), one question's form beside them,
every change an undo step, problems shown as ``check-content`` words them, and a save that writes
the whole file at once with the bank's version raised. A built-in bank opens read-only, with
"Duplicate to edit".
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.content_save import SaveRequest
from desktop.core.bank_model import KINDS
from desktop.core.editing.bank_check import DraftProblems, draft_problems, save_text
from desktop.core.editing.bank_draft import BankDraft, QuestionDraft
from desktop.core.editing.bank_edits import (
    add_question,
    blank_question,
    delete_question,
    duplicate_question,
    move_question,
)
from desktop.core.editing.file_version import BANK_VERSION
from desktop.ui.content.bank_question_list import BankQuestionList
from desktop.ui.content.content_file import problem_text
from desktop.ui.content.editor_base import ContentEditor
from desktop.ui.content.import_preview import kind_label
from desktop.ui.content.question_form import QuestionForm
from desktop.ui.shell.formatting import fill
from desktop.ui.shell.layouts import scroll_area
from desktop.ui.shell.operations import Operations
from desktop.ui.shell.widgets import plain_label, title_bar


class _DraftStep(QUndoCommand):
    """One change of the draft: the draft and the selected question before and after it. Typing in
    one field of one question merges into one step."""

    def __init__(self, page: BankEditor, after: BankDraft, select: int, merge_key: str, text: str):
        super().__init__(text)
        self.page, self.before, self.after = page, page.draft, after
        self.select_before, self.select_after = page.current_index(), select
        self.merge_key = merge_key
        self.first = True

    def id(self) -> int:
        return 1 if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, _DraftStep) or other.merge_key != self.merge_key:
            return False
        if other.select_before != self.select_after:
            return False
        self.after, self.select_after = other.after, other.select_after
        return True

    def redo(self) -> None:
        # The first time, the change came from the form itself: it already shows it.
        self.page.apply(self.after, self.select_after, refill=not self.first)
        self.first = False

    def undo(self) -> None:
        self.page.apply(self.before, self.select_before, refill=True)


class BankEditor(ContentEditor):
    def __init__(self, operations: Operations, lang: str, parent: QWidget | None = None):
        super().__init__(operations, lang, parent)
        self.draft = BankDraft("", 0, ("", ""), "", ())
        self.problems = DraftProblems()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        self.title_row = title_bar(self.tr("Edit question bank"), self.leave)
        layout.addLayout(self.title_row)

        header = QHBoxLayout()
        self.bank_title = (QLineEdit(), QLineEdit())
        self.bank_title[0].setPlaceholderText(self.tr("Title in Chinese"))
        self.bank_title[1].setPlaceholderText(self.tr("Title in English (optional)"))
        for language, edit in enumerate(self.bank_title):
            edit.textEdited.connect(lambda text, lang=language: self._title_edited(lang, text))
            self.keys.watch(edit)
        header.addWidget(plain_label(self.tr("Title")))
        header.addWidget(self.bank_title[0], 1)
        header.addWidget(self.bank_title[1], 1)
        self.bank_id = plain_label("", "hint")
        header.addWidget(self.bank_id)
        layout.addLayout(header)
        self.read_only_row = QHBoxLayout()
        self.read_only_note = plain_label(
            self.tr("A built-in bank is read-only. Duplicate it to edit your own copy."), "hint", wrap=True
        )
        self.duplicate_bank_button = QPushButton(self.tr("Duplicate to edit"))
        self.duplicate_bank_button.clicked.connect(lambda: self.duplicate_requested.emit(self.draft))
        self.read_only_row.addWidget(self.read_only_note, 1)
        self.read_only_row.addWidget(self.duplicate_bank_button)
        layout.addLayout(self.read_only_row)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.question_list = BankQuestionList()
        self.question_list.selection_changed.connect(self._selection_changed)
        left_layout.addWidget(self.question_list, 1)
        edit_row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add"))
        add_menu = QMenu(self.add_button)
        for kind in KINDS:
            add_menu.addAction(kind_label(kind), self._adder(kind))
        self.add_button.setMenu(add_menu)
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.duplicate_button.clicked.connect(self.duplicate)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete)
        self.up_button = QPushButton("↑")
        self.up_button.setToolTip(self.tr("Move up (Alt+↑)"))
        self.up_button.clicked.connect(lambda: self.move_question(-1))
        self.down_button = QPushButton("↓")
        self.down_button.setToolTip(self.tr("Move down (Alt+↓)"))
        self.down_button.clicked.connect(lambda: self.move_question(1))
        for button in (
            self.add_button,
            self.duplicate_button,
            self.delete_button,
            self.up_button,
            self.down_button,
        ):
            edit_row.addWidget(button)
        left_layout.addLayout(edit_row)

        self.form = QuestionForm(self.keys.watch, lang)
        self.form.edited.connect(self._question_edited)
        self.form_area = scroll_area(self.form)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.form_area)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        bottom = QHBoxLayout()
        self.summary = plain_label("", "error", wrap=True)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self.stack.undo)
        self.stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.redo_button = QPushButton(self.tr("Redo"))
        self.redo_button.clicked.connect(self.stack.redo)
        self.stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        bottom.addWidget(self.summary, 1)
        for button in (self.undo_button, self.redo_button, self.save_button):
            bottom.addWidget(button)
        layout.addLayout(bottom)

        for keys, action in (
            (QKeySequence.StandardKey.Save, self.save),
            (QKeySequence.StandardKey.Find, lambda: self.question_list.search.setFocus()),
            (QKeySequence.StandardKey.Undo, self.stack.undo),
            (QKeySequence.StandardKey.Redo, self.stack.redo),
            (QKeySequence("Alt+Up"), lambda: self.move_question(-1)),
            (QKeySequence("Alt+Down"), lambda: self.move_question(1)),
            (QKeySequence("Ctrl+D"), self.duplicate),
            (QKeySequence(Qt.Key.Key_Escape), self.leave),
            (QKeySequence("Ctrl+N"), self.add_button.showMenu),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.question_list.list)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete)

    # -- opening -----------------------------------------------------------------------------------
    def open_draft(self, draft: BankDraft) -> None:
        """Show ``draft`` for editing (read-only when built-in); the undo history starts afresh."""
        self.start_afresh(draft.version)
        self.draft = draft
        self.form.folder = draft.folder
        self.question_list.search.clear()
        self.bank_id.setText(fill(self.tr("id %1 · version %2"), draft.id, draft.version))
        for language, edit in enumerate(self.bank_title):
            edit.setText(draft.title[language])
        read_only = draft.built_in
        self.read_only_note.setVisible(read_only)
        self.duplicate_bank_button.setVisible(read_only)
        for widget in (self.form, *self.bank_title, self.add_button, self.duplicate_button, self.delete_button,
                       self.up_button, self.down_button):  # fmt: skip
            widget.setEnabled(not read_only)
        self.apply(draft, 0 if draft.questions else -1, refill=True)
        self.question_list.list.setFocus()

    # -- the draft on screen ------------------------------------------------------------------------
    def current_index(self) -> int:
        return self.question_list.current_index()

    def apply(self, draft: BankDraft, select: int, refill: bool) -> None:
        """Show ``draft`` (after a change, an undo or a redo) with question ``select`` selected."""
        self.draft = draft
        marked_before = set(self.problems.questions)
        self.problems = draft_problems(draft)
        self.question_list.set_draft(draft, self.problems)
        if refill:
            for language, edit in enumerate(self.bank_title):
                if edit.text() != draft.title[language]:
                    edit.setText(draft.title[language])
            self.question_list.fill_tags()
        if not refill and select == self.current_index():
            # Typing: the same rows; only this question's text and the marks that changed are redrawn.
            self.question_list.update_items({select} | (marked_before ^ set(self.problems.questions)))
        else:
            self.question_list.fill(select)
        if refill or self.current_index() != select:
            self._show_current()
        else:
            self.form.show_problems(self.problems.questions.get(select, ()))
        self.show_state()

    def _selection_changed(self) -> None:
        self._show_current()
        self.show_state()

    def _show_current(self) -> None:
        index = self.current_index()
        question = self.draft.questions[index] if 0 <= index < len(self.draft.questions) else None
        self.form.show_question(question, self.problems.questions.get(index, ()))
        self.form.setEnabled(question is not None and not self.draft.built_in)

    def show_state(self) -> None:
        count, questions = self.problems.count, len(self.draft.questions)
        if count:
            first = self.problems.header or self.problems.bank
            where = ""
            if not first:
                index = min(self.problems.questions)
                first, where = self.problems.questions[index], fill(self.tr("question %1: "), index + 1)
            field, message = first[0]
            self.summary.setText(
                fill(
                    self.tr("%n problem(s), not saved until fixed. First: %1%2", "", count),
                    where,
                    problem_text(field, message, self.lang),
                )
            )
        else:
            self.summary.setText("")
        changed = self.tr("saving… ") if self.saving else "● " if self.is_modified() else ""
        self.bank_id.setText(
            fill(
                self.tr("%1id %2 · version %3 · %4 questions"),
                changed,
                self.draft.id,
                self.saved_version,
                questions,
            )
        )
        editable = not self.draft.built_in
        self.save_button.setEnabled(editable and self.is_modified() and not self.saving)
        has = self.current_index() >= 0 and editable
        for button in (self.duplicate_button, self.delete_button, self.up_button, self.down_button):
            button.setEnabled(has)

    # -- changes -----------------------------------------------------------------------------------
    def _push(self, draft: BankDraft, select: int, text: str, merge_key: str = "") -> None:
        if self.draft.built_in or draft == self.draft:
            return
        self.stack.push(_DraftStep(self, draft, select, merge_key, text))

    def _question_edited(self, question: QuestionDraft, merge_key: str) -> None:
        index = self.current_index()
        if index < 0:
            return
        draft = self.draft.with_question(index, question)
        key = f"{index}:{merge_key}" if merge_key else ""
        self._push(draft, index, fill(self.tr("Edit question %1"), question.id), key)
        if merge_key.startswith("tags"):
            self.question_list.fill_tags()

    def _title_edited(self, language: int, text: str) -> None:
        title = (text, self.draft.title[1]) if language == 0 else (self.draft.title[0], text)
        self._push(
            dataclasses.replace(self.draft, title=title),
            self.current_index(),
            self.tr("Edit title"),
            f"title.{language}",
        )

    def _adder(self, kind: str) -> Callable[[], None]:
        # A closure over this call's ``kind``: a lambda written in the loop would see the loop's last kind.
        return lambda: self.add(kind)

    def add(self, kind: str) -> None:
        # The new question is about the topic in hand: the tag filtered on, else the selected question's tags.
        tag, index = self.question_list.chosen_tag(), self.current_index()
        tags = [tag] if tag else list(self.draft.questions[index].tags) if index >= 0 else []
        question = blank_question(self.draft, kind, tags)
        at = index + 1 if index >= 0 else len(self.draft.questions)
        self.question_list.search.clear()
        self._push(add_question(self.draft, question, at), at, fill(self.tr("Add question %1"), question.id))
        self._show_current()
        self.form.text_zh.setFocus()

    def duplicate(self) -> None:
        index = self.current_index()
        if index >= 0 and not self.draft.built_in:
            self._push(duplicate_question(self.draft, index), index + 1, self.tr("Duplicate question"))
            self._show_current()

    def delete(self) -> None:
        index = self.current_index()
        if index < 0 or self.draft.built_in:
            return
        after = delete_question(self.draft, index)
        select = min(index, len(after.questions) - 1)
        self._push(after, select, fill(self.tr("Delete question %1"), self.draft.questions[index].id))
        self._show_current()
        self.question_list.list.setFocus()

    def move_question(self, step: int) -> None:
        index = self.current_index()
        to = index + step
        if index < 0 or self.draft.built_in or not 0 <= to < len(self.draft.questions):
            return
        self.question_list.show_all()
        self._push(move_question(self.draft, index, to), to, self.tr("Move question"))
        self._show_current()

    # -- saving ----------------------------------------------------------------------------------------
    def draft_id(self) -> str:
        return self.draft.id

    def read_only(self) -> bool:
        return self.draft.built_in

    def current_draft(self) -> object:
        return self.draft

    def saving_label(self) -> str:
        return fill(self.tr("Saving %1 (%n question(s))…", "", len(self.draft.questions)), self.draft.id)

    def save_request(self) -> SaveRequest | None:
        if not self.draft.file:
            return None
        draft = dataclasses.replace(self.draft, version=self.saved_version)
        return SaveRequest(Path(draft.file), lambda: save_text(draft), self.saved_version, BANK_VERSION)
