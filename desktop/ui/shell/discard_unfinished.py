"""Discarding unfinished work listed on the home screen, once the user has said yes: a form is thrown
away with its answers; a PK session left in progress is only ended where it stopped (its log is kept)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.ui.shell.widgets import ask_yes_no, show_error, try_write

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.store.store import Store


def discard_form(parent: QWidget, store: Store, assessment_id: int) -> None:
    if ask_yes_no(
        parent,
        QCoreApplication.translate("DiscardUnfinished", "Discard form"),
        QCoreApplication.translate("DiscardUnfinished", "Discard this unfinished form and its answers?"),
    ):
        try_write(parent, lambda: store.discard_assessment(assessment_id))


def end_left_pk_session(parent: QWidget, store: Store, session_id: int, open_in_console: bool) -> None:
    """End the session where it stopped; refused while it is open in its console (it is ended there)."""
    title = QCoreApplication.translate("DiscardUnfinished", "Discard PK session")
    if open_in_console:
        show_error(
            parent,
            title,
            QCoreApplication.translate(
                "DiscardUnfinished", "This PK session is open in its console: end it there (Ctrl+E)."
            ),
        )
        return
    if ask_yes_no(
        parent,
        title,
        QCoreApplication.translate(
            "DiscardUnfinished",
            "End this PK session where it stopped? Its scores and every event are kept; "
            "it will no longer be offered to continue.",
        ),
    ):
        from desktop.ui.pk.left_session import end_left_session

        # The store announces the ended session: the home list drops it.
        try_write(parent, lambda: end_left_session(store, session_id))
