"""The home screen's list of unfinished forms and PK sessions left in progress, with Continue and Discard."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias, cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from desktop.ui.shell.formatting import elide, fill, fmt_date
from desktop.ui.shell.widgets import plain_label

if TYPE_CHECKING:
    from desktop.core.records import AssessmentRecord, PersonRecord
    from desktop.store.records import PkSessionRecord
    from desktop.store.store import Store
    from desktop.ui.shell.context import AppContext

#: what the home screen lists: trainees by id, unfinished forms, PK sessions left in progress
UnfinishedWork: TypeAlias = "tuple[dict[int, PersonRecord], list[AssessmentRecord], list[PkSessionRecord]]"


def unfinished_work(store: Store, _progress: object) -> UnfinishedWork:
    """On the worker: the unfinished forms and PK sessions, with the names of their trainees."""
    people = {p.id: p for p in store.people()}
    return people, store.assessments(completed=False), store.pk_sessions(unfinished_only=True)


class UnfinishedList(QObject):
    """A title, the list and its two buttons, in ``layout`` (placed by the home screen); all hidden when
    nothing is unfinished. A form is resumed or thrown away; a PK session is resumed or ended where it stopped."""

    resume_requested = Signal(int)  # assessment id
    discard_requested = Signal(int)
    pk_resume_requested = Signal(int)  # PK session id
    pk_discard_requested = Signal(int)

    def __init__(self, context: AppContext, parent: QObject):
        super().__init__(parent)
        self.context = context
        self.title = plain_label(self.tr("Unfinished forms and PK sessions"), "subtitle")
        self.items = QListWidget()
        self.items.setMaximumHeight(140)
        self.items.itemActivated.connect(lambda _item: self._resume_selected())
        self.items.currentItemChanged.connect(self._selection_changed)
        actions = QHBoxLayout()
        self.resume_button = QPushButton(self.tr("Continue"))
        self.discard_button = QPushButton(self.tr("Discard"))
        self.resume_button.clicked.connect(self._resume_selected)
        self.discard_button.clicked.connect(self._discard_selected)
        actions.addWidget(self.resume_button)
        actions.addWidget(self.discard_button)
        actions.addStretch(1)
        self.layout = QVBoxLayout()
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.layout.setSpacing(14)  # the home screen's spacing, as if its own rows
        self.layout.addWidget(self.title)
        self.layout.addWidget(self.items)
        self.layout.addLayout(actions)

    def _selected(self) -> tuple[str, int] | None:
        item = self.items.currentItem()
        if item is None:
            return None
        from PySide6.QtCore import Qt  # not at import: see qt_properties

        # what the list stores: ("form" or "pk", its id)
        return cast("tuple[str, int]", item.data(Qt.ItemDataRole.UserRole))

    def _resume_selected(self) -> None:
        selected = self._selected()
        if selected is not None:
            kind, ident = selected
            (self.pk_resume_requested if kind == "pk" else self.resume_requested).emit(ident)

    def _discard_selected(self) -> None:
        selected = self._selected()
        if selected is not None:
            kind, ident = selected
            # A form is thrown away; a PK session is only ended where it stopped (its log is kept).
            (self.pk_discard_requested if kind == "pk" else self.discard_requested).emit(ident)

    def _selection_changed(self, *_args: object) -> None:
        self.discard_button.setEnabled(self._selected() is not None and self.context.store is not None)

    def show_work(self, found: UnfinishedWork) -> None:
        """List what ``unfinished_work`` found, the first row chosen."""
        from PySide6.QtCore import Qt

        from desktop.ui.scorecard.roles import role_name

        people, forms, sessions = found
        self.items.clear()
        for record in forms:
            instrument = self.context.instrument_for(record.instrument_id, record.instrument_version)
            person = people.get(record.person_id)
            total = len(instrument.items) if instrument else 0
            answered = len(record.answers)
            title = self.context.text(instrument.title) if instrument else record.instrument_id
            text = fill(
                self.tr("%1 · %2 rated by %3 · %4 of %5 answered · started %6"),
                title,
                elide(person.name, 40) if person else "?",
                role_name(record.role),
                answered,
                total,
                fmt_date(record.started_at),
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, ("form", record.id))
            self.items.addItem(item)
        for session in sessions:
            text = fill(
                self.tr("PK session: %1 · %2 events · started %3"),
                session.title,
                session.event_count,
                fmt_date(session.created_at),
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, ("pk", session.id))
            self.items.addItem(item)
        has_unfinished = self.items.count() > 0
        for widget in (self.title, self.items, self.resume_button, self.discard_button):
            widget.setVisible(has_unfinished)
        if has_unfinished:
            self.items.setCurrentRow(0)
