"""The form of one question in the bank editor: every field of every kind, Chinese and English.

The form keeps the draft it shows; each change the trainer makes becomes a new draft, sent by
``edited(draft, merge_key)`` (typing in one field merges into one undo step). ``show_question``
fills it again (another question, undo, redo). What ``check-content`` would say about the question
is shown under it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.bank_model import CHOICE_KINDS, KINDS, MAX_OPTIONS, MAX_POINTS
from desktop.core.editing.bank_check import Problem
from desktop.core.editing.bank_draft import EMPTY, Pair, QuestionDraft
from desktop.core.editing.bank_edits import (
    add_option,
    move_option,
    remove_option,
    replace_at,
    set_correct,
    split_tags,
    with_kind,
)
from desktop.core.editing.images import place_image
from desktop.ui.content.content_file import problem_text
from desktop.ui.content.import_preview import kind_label
from desktop.ui.content.pair_rows import PairRows, small_button
from desktop.ui.shell.formatting import fill
from desktop.ui.shell.i18n import os_reason_text
from desktop.ui.shell.widgets import plain_label, show_error

IMAGE_FILTER = "*.png *.jpg *.jpeg *.svg"


def _text_box(watch: Callable[[QWidget], None]) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(52)
    watch(box)
    return box


class QuestionForm(QWidget):
    edited = Signal(object, str)  # QuestionDraft, merge key ("" = its own undo step)

    def __init__(self, watch: Callable[[QWidget], None], lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self.question: QuestionDraft | None = None
        self.folder = ""  # the bank's folder: images are copied there
        self._filling = False
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 8, 0)
        form.setVerticalSpacing(6)
        # On a narrow window (English labels, 150 % scaling) a label goes above its field, not beside it.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        # The question's problems first, where they are seen without scrolling.
        self.problems = plain_label("", "error", wrap=True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.problems)

        top = QHBoxLayout()
        self.id_edit = QLineEdit()
        self.id_edit.textEdited.connect(lambda t: self._change("id", id=t.strip()))
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.activated.connect(lambda _i: self._set_kind(self.kind.currentData()))
        self.difficulty = QSpinBox()
        self.difficulty.setRange(1, 3)
        self.difficulty.valueChanged.connect(lambda v: self._change("difficulty", difficulty=v))
        top.addWidget(self.id_edit, 1)
        top.addWidget(plain_label(self.tr("Kind")))
        top.addWidget(self.kind)
        top.addWidget(plain_label(self.tr("Difficulty")))
        top.addWidget(self.difficulty)
        for widget in (self.id_edit, self.kind, self.difficulty):
            watch(widget)
        form.addRow(self.tr("Id"), top)

        self.text_zh, self.text_en = _text_box(watch), _text_box(watch)
        self.text_zh.setPlaceholderText(self.tr("The question in Chinese"))
        self.text_en.setPlaceholderText(self.tr("The question in English (optional)"))
        self.text_zh.textChanged.connect(lambda: self._pair("text", 0, self.text_zh.toPlainText()))
        self.text_en.textChanged.connect(lambda: self._pair("text", 1, self.text_en.toPlainText()))
        form.addRow(self.tr("Question"), self.text_zh)
        form.addRow("", self.text_en)

        self.options = PairRows(with_marks=True, watch=watch)
        self.options.text_edited.connect(lambda i, lang, t: self._row_text("options", i, lang, t))
        self.options.moved.connect(lambda i, to: self._structure("options", move_option(self._q(), i, to)))
        self.options.removed.connect(lambda i: self._structure("options", remove_option(self._q(), i)))
        self.options.marked.connect(self._mark)
        self.add_option_button = QPushButton(self.tr("Add option"))
        self.add_option_button.clicked.connect(self._add_option)
        self.options_box = self._with_button(self.options, self.add_option_button)
        self.options_label = QLabel(self.tr("Options\n(tick the correct)"))
        form.addRow(self.options_label, self.options_box)

        self.truth = QComboBox()
        self.truth.addItem(self.tr("True"), True)
        self.truth.addItem(self.tr("False"), False)
        self.truth.activated.connect(lambda _i: self._change("truth", truth=bool(self.truth.currentData())))
        watch(self.truth)
        self.truth_label = QLabel(self.tr("Answer"))
        form.addRow(self.truth_label, self.truth)

        reference = QHBoxLayout()
        self.reference = (QLineEdit(), QLineEdit())
        self.reference[0].setPlaceholderText(self.tr("Chinese"))
        self.reference[1].setPlaceholderText(self.tr("English (optional)"))
        for language, edit in enumerate(self.reference):
            edit.textEdited.connect(lambda t, lang=language: self._pair("reference", lang, t))
            watch(edit)
            reference.addWidget(edit)
        self.reference_box = QWidget()
        self.reference_box.setLayout(reference)
        reference.setContentsMargins(0, 0, 0, 0)
        self.reference_label = QLabel(self.tr("Reference answer"))
        form.addRow(self.reference_label, self.reference_box)

        self.accept_edit = QLineEdit()
        self.accept_edit.setPlaceholderText(self.tr("Other accepted answers, separated by |"))
        self.accept_edit.textEdited.connect(
            lambda t: self._change("accept", accept=tuple(a.strip() for a in t.split("|") if a.strip()))
        )
        watch(self.accept_edit)
        self.accept_label = QLabel(self.tr("Also accepted"))
        form.addRow(self.accept_label, self.accept_edit)

        self.points = PairRows(with_marks=False, watch=watch)
        self.points.text_edited.connect(lambda i, lang, t: self._row_text("points", i, lang, t))
        self.points.moved.connect(lambda i, to: self._move_point(i, to))
        self.points.removed.connect(
            lambda i: self._set_points(self._q().points[:i] + self._q().points[i + 1 :])
        )
        self.add_point_button = QPushButton(self.tr("Add scoring point"))
        self.add_point_button.clicked.connect(self._add_point)
        self.points_box = self._with_button(self.points, self.add_point_button)
        self.points_label = QLabel(self.tr("Scoring points"))
        form.addRow(self.points_label, self.points_box)

        self.explanation_zh, self.explanation_en = _text_box(watch), _text_box(watch)
        self.explanation_zh.setPlaceholderText(self.tr("Shown after the answer (optional)"))
        self.explanation_en.setPlaceholderText(self.tr("English (optional)"))
        self.explanation_zh.textChanged.connect(
            lambda: self._pair("explanation", 0, self.explanation_zh.toPlainText())
        )
        self.explanation_en.textChanged.connect(
            lambda: self._pair("explanation", 1, self.explanation_en.toPlainText())
        )
        form.addRow(self.tr("Explanation"), self.explanation_zh)
        form.addRow("", self.explanation_en)

        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("1–5 tags, separated by commas"))
        self.tags.textEdited.connect(lambda t: self._change("tags", tags=split_tags(t)))
        self.same_fact = QLineEdit()
        self.same_fact.setPlaceholderText(self.tr("optional: questions with the same name are asked once"))
        self.same_fact.textEdited.connect(lambda t: self._change("same_fact", same_fact=t.strip()))
        for edit in (self.tags, self.same_fact):
            watch(edit)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Same fact"), self.same_fact)

        image_row = QHBoxLayout()
        self.image_name = plain_label("")
        self.image_preview = QLabel()
        self.choose_image_button = QPushButton(self.tr("Choose image…"))
        self.choose_image_button.clicked.connect(self.choose_image)
        self.remove_image_button = small_button("✕", self.tr("Remove the image"))
        self.remove_image_button.clicked.connect(lambda: self._change("image", image=""))
        image_row.addWidget(self.image_preview)
        image_row.addWidget(self.image_name, 1)
        image_row.addWidget(self.choose_image_button)
        image_row.addWidget(self.remove_image_button)
        form.addRow(self.tr("Image"), image_row)
        self.source = plain_label("", "hint", wrap=True)
        form.addRow(self.tr("Source"), self.source)

    @staticmethod
    def _with_button(rows: QWidget, button: QPushButton) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(rows)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    # -- showing -----------------------------------------------------------------------------------
    def show_question(self, question: QuestionDraft | None, problems: tuple[Problem, ...] = ()) -> None:
        """Fill every field from ``question`` (None: nothing to edit)."""
        self.question = question
        self._filling = True
        try:
            q = question or QuestionDraft(id="", kind="single")
            self.id_edit.setText(q.id)
            self.kind.setCurrentIndex(max(0, self.kind.findData(q.kind)))
            self.difficulty.setValue(q.difficulty)
            self.text_zh.setPlainText(q.text[0])
            self.text_en.setPlainText(q.text[1])
            self.options.show_rows(q.options, q.correct)
            self.truth.setCurrentIndex(0 if q.truth else 1)
            for language, edit in enumerate(self.reference):
                edit.setText(q.reference[language])
            self.accept_edit.setText(" | ".join(q.accept))
            self.points.show_rows(q.points)
            self.explanation_zh.setPlainText(q.explanation[0])
            self.explanation_en.setPlainText(q.explanation[1])
            self.tags.setText(", ".join(q.tags))
            self.same_fact.setText(q.same_fact)
            self.source.setText(q.source.cite() if q.source else "—")
            self._show_kind(q.kind)
            self._show_image(q.image)
        finally:
            self._filling = False
        self.show_problems(problems)

    def show_problems(self, problems: tuple[Problem, ...]) -> None:
        self.problems.setText(
            "\n".join(problem_text(where, message, self.lang) for where, message in problems)
        )
        self.problems.setVisible(bool(problems))

    def _show_kind(self, kind: str) -> None:
        choice = kind in CHOICE_KINDS
        for widget in (self.options_label, self.options_box):
            widget.setVisible(choice)
        for widget in (self.truth_label, self.truth):
            widget.setVisible(kind == "truefalse")
        for widget in (self.reference_label, self.reference_box):
            widget.setVisible(kind in ("fill", "open"))
        for widget in (self.accept_label, self.accept_edit):
            widget.setVisible(kind == "fill")
        for widget in (self.points_label, self.points_box):
            widget.setVisible(kind == "open")
        if self.question is not None:
            self.add_option_button.setEnabled(len(self.question.options) < MAX_OPTIONS)
            self.add_point_button.setEnabled(len(self.question.points) < MAX_POINTS)

    def _show_image(self, image: str) -> None:
        self.image_name.setText(image or self.tr("none"))
        self.remove_image_button.setEnabled(bool(image))
        pixmap = QPixmap(str(Path(self.folder) / image)) if image and self.folder else QPixmap()
        self.image_preview.setPixmap(
            pixmap.scaled(64, 48, Qt.AspectRatioMode.KeepAspectRatio) if not pixmap.isNull() else QPixmap()
        )
        self.image_preview.setVisible(not pixmap.isNull())

    # -- changing ----------------------------------------------------------------------------------
    def _q(self) -> QuestionDraft:
        assert self.question is not None
        return self.question

    def _emit(self, question: QuestionDraft, key: str) -> None:
        if self._filling or self.question is None or question == self.question:
            return
        self.question = question
        self.edited.emit(question, key)

    def _change(self, key: str, **values: object) -> None:
        if self.question is None or self._filling:
            return
        # Fields named at run time (_pair, _row_text): each caller gives the value its field's type.
        self._emit(dataclasses.replace(self.question, **values), key)  # type: ignore[arg-type]  # see above
        if key == "image":
            self._show_image(self._q().image)

    def _pair(self, name: str, language: int, text: str) -> None:
        if self.question is None or self._filling:
            return
        old: Pair = getattr(self.question, name)
        new = (text, old[1]) if language == 0 else (old[0], text)
        self._change(f"{name}.{language}", **{name: new})

    def _row_text(self, name: str, index: int, language: int, text: str) -> None:
        rows: tuple[Pair, ...] = getattr(self._q(), name)
        old = rows[index]
        new = (text, old[1]) if language == 0 else (old[0], text)
        self._change(f"{name}[{index}].{language}", **{name: replace_at(rows, index, new)})

    def _structure(self, name: str, question: QuestionDraft) -> None:
        """A row added, moved or removed: its own undo step, the rows drawn again."""
        self._emit(question, "")
        rows = self.options if name == "options" else self.points
        rows.show_rows(getattr(self._q(), name), self._q().correct)
        self._show_kind(self._q().kind)

    def _mark(self, index: int, on: bool) -> None:
        self._emit(set_correct(self._q(), index, on), "")
        self.options.set_marks(self._q().correct)

    def _add_option(self) -> None:
        self._structure("options", add_option(self._q()))
        self.options.focus_last()

    def _add_point(self) -> None:
        if len(self._q().points) < MAX_POINTS:
            self._set_points(self._q().points + (EMPTY,))
            self.points.focus_last()

    def _set_points(self, points: tuple[Pair, ...]) -> None:
        self._structure("points", dataclasses.replace(self._q(), points=points))

    def _move_point(self, index: int, to: int) -> None:
        points = list(self._q().points)
        points.insert(to, points.pop(index))
        self._set_points(tuple(points))

    def _set_kind(self, kind: str) -> None:
        if self.question is None or kind == self.question.kind:
            return
        self._emit(with_kind(self.question, kind), "")
        q = self._q()
        self.options.show_rows(q.options, q.correct)
        self.points.show_rows(q.points)
        self._show_kind(kind)

    def choose_image(self) -> None:
        if self.question is None or not self.folder:
            return
        picked, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose image"), "", fill(self.tr("Images (%1)"), IMAGE_FILTER)
        )
        if not picked:
            return
        try:
            name = place_image(Path(picked), Path(self.folder))
        except OSError as exc:
            show_error(
                self,
                self.tr("Choose image"),
                fill(self.tr("Cannot copy %1: %2"), picked, os_reason_text(exc)),
            )
            return
        self._change("image", image=name)
