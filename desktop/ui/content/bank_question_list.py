"""The bank editor's list of questions: those that match the search and the tag chosen (always the one
being edited), each as its number, first line, id and kind, marked ⚠ when it has a problem."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.editing.bank_check import DraftProblems
from desktop.core.editing.bank_draft import BankDraft
from desktop.ui.content.import_preview import kind_label
from desktop.ui.shell.formatting import elide


class BankQuestionList(QWidget):
    """Emits ``selection_changed`` when the trainer selects another question (not when a refill keeps it)."""

    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.draft = BankDraft("", 0, ("", ""), "", ())
        self.problems = DraftProblems()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.fill())
        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName(self.tr("Tag"))
        self.tag_filter.currentIndexChanged.connect(lambda _i: self.fill())
        filters.addWidget(self.search, 1)
        filters.addWidget(self.tag_filter, 1)
        layout.addLayout(filters)
        self.list = QListWidget()
        # Long texts are cut short with … (the full text is the tooltip), never scrolled sideways.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setUniformItemSizes(True)  # every item is two lines: a changed text re-lays out nothing
        self.list.currentRowChanged.connect(lambda _r: self.selection_changed.emit())
        layout.addWidget(self.list, 1)

    def set_draft(self, draft: BankDraft, problems: DraftProblems) -> None:
        """What the items show from now on (drawn by ``fill`` or ``update_items``)."""
        self.draft, self.problems = draft, problems

    def current_index(self) -> int:
        """The selected question's place in the draft, or -1."""
        item = self.list.currentItem()
        if item is None:
            return -1
        index: int = item.data(Qt.ItemDataRole.UserRole)  # the question's place in the draft (fill)
        return index

    def chosen_tag(self) -> str | None:
        """The tag filtered on (None: all tags)."""
        tag: str | None = self.tag_filter.currentData()
        return tag

    def show_all(self) -> None:
        """Search and tag filter cleared: every question listed."""
        self.search.clear()
        self.tag_filter.setCurrentIndex(0)

    def fill_tags(self) -> None:
        """The draft's tags in the filter, the one chosen kept."""
        chosen = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), None)
        for tag in self.draft.tags():
            self.tag_filter.addItem(tag, tag)
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(chosen)))
        self.tag_filter.blockSignals(False)

    def _matches(self, index: int) -> bool:
        question = self.draft.questions[index]
        tag = self.tag_filter.currentData()
        words = self.search.text().casefold().split()
        text = question.search_text()
        return (tag is None or tag in question.tags) and all(w in text for w in words)

    def fill(self, select: int | None = None) -> None:
        """The questions that match the search and tag (always the one being edited)."""
        select = self.current_index() if select is None else select
        self.list.blockSignals(True)
        self.list.clear()
        row_of_selected = -1
        for index, question in enumerate(self.draft.questions):
            if index != select and not self._matches(index):
                continue
            item = QListWidgetItem(self._item_text(index))
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setToolTip(question.text[0])
            self.list.addItem(item)
            if index == select:
                row_of_selected = self.list.count() - 1
        if row_of_selected < 0 and self.list.count():
            row_of_selected = 0 if select is None or select < 0 else -1
        self.list.setCurrentRow(row_of_selected)
        self.list.blockSignals(False)

    def _item_text(self, index: int) -> str:
        question = self.draft.questions[index]
        mark = "⚠ " if index in self.problems.questions else ""
        # Short enough that an item keeps its two lines in the list at 1024×768 (wider text is cut to one).
        text = question.text[0].splitlines()[0] if question.text[0].strip() else self.tr("(no text yet)")
        return f"{mark}{index + 1}. {elide(text, 16)}\n    {question.id} · {kind_label(question.kind)}"

    def update_items(self, indices: set[int]) -> None:
        """The texts and problem marks of questions ``indices``, without building the list again (a
        keystroke in a 500-question bank must not redraw 500 rows)."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            index = item.data(Qt.ItemDataRole.UserRole)
            if index in indices:
                text = self._item_text(index)
                if item.text() != text:
                    item.setText(text)
        current = self.list.currentItem()
        if current is not None:
            current.setToolTip(self.draft.questions[self.current_index()].text[0])
