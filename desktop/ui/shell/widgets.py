"""Small widgets shared by the screens. User-typed text is always shown as plain text."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.ui.shell.qt_properties import show_plain_text

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QLineEdit  # not at import: PySide builds a type at its first use

T = TypeVar("T")


def plain_label(
    text: str = "", role: str | None = None, wrap: bool = False, parent: QWidget | None = None
) -> QLabel:
    """A label that never interprets its text as HTML (names like ``<b>x</b>`` show as typed)."""
    label = QLabel(parent)
    show_plain_text(label)  # not Qt.TextFormat: the home screen's labels are made before the first paint
    label.setText(text)
    label.setWordWrap(wrap)
    if role:
        label.setProperty("role", role)
    return label


def set_role(widget: QWidget, role: str) -> None:
    """Give ``widget`` another style-sheet role (``role`` property in style.qss), drawn at once.

    Re-polished only when the role changes: the home screen sets its notice's role at every start,
    and the first ``style()`` handed to Python builds QStyle's types (~5 ms before the first key).
    """
    if widget.property("role") == role:
        return
    widget.setProperty("role", role)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def big_button(text: str, role: str = "primary", parent: QWidget | None = None) -> QPushButton:
    from PySide6.QtCore import Qt  # not at import: see qt_properties

    button = QPushButton(text, parent)
    button.setProperty("role", role)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox  # here: its Python type costs ~1 ms of every start

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def show_saving_failed(parent: QWidget | None, path: Path, error: BaseException) -> None:
    """A file being written could not be: say so, naming the file and the system's reason in the
    interface language. Any other error is a defect, raised again for the error guard."""
    if not isinstance(error, OSError):
        raise error
    from desktop.ui.shell.i18n import os_reason_text

    show_error(
        parent, QCoreApplication.translate("Saving", "Saving failed"), f"{path}: {os_reason_text(error)}"
    )


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def name_combo(editable: bool = False, parent: QWidget | None = None) -> QComboBox:
    """A combo box of user-typed names: a 500-character name must not widen the window to fit it."""
    combo = QComboBox(parent)
    combo.setEditable(editable)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)
    return combo


def combo_line_edit(combo: QComboBox) -> QLineEdit:
    """The line edit Qt gives every editable combo box."""
    edit = combo.lineEdit()
    if edit is None:
        raise ValueError("the combo box is not editable")
    return edit


def try_write(parent: QWidget | None, action: Callable[[], T]) -> tuple[bool, T | None]:
    """Run a store write; on a storage failure tell the user in plain words and report False.

    Screens acknowledge an answer or a point only when this returns True, so nothing is shown as
    saved that was not (SQLite has rolled the failed write back).
    """
    from desktop.store.errors import StorageError
    from desktop.ui.shell.error_guard import explain
    from desktop.ui.shell.i18n import said_here

    try:
        return True, action()
    except StorageError as exc:
        show_error(
            parent,
            QCoreApplication.translate("Storage", "Not saved"),
            explain(exc)
            + "\n"
            + QCoreApplication.translate(
                "Storage", "This was not saved; everything saved before is kept. Try again once fixed."
            )
            + "\n\n"
            + said_here(exc.said),
        )
        return False, None


def title_bar(title: str, on_back: Callable[[], object]) -> QHBoxLayout:
    """The top row of a screen: a back button and the screen's title."""
    row = QHBoxLayout()
    back = QPushButton(QCoreApplication.translate("Widgets", "← Back"))
    back.clicked.connect(on_back)
    row.addWidget(back)
    row.addWidget(plain_label(title, "title"), 1)
    return row
