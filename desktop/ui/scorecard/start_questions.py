"""What the start page says and asks before it creates a form: why a typed name is refused, whether
to replace the rater's earlier form of the round, whether to join a class already on the shared server."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.core.names import MAX_NAME_LENGTH, NameProblem, NameRejected
from desktop.core.rater_roles import RaterRole
from desktop.ui.scorecard.roles import role_name
from desktop.ui.shell.formatting import fill
from desktop.ui.shell.widgets import ask_yes_no

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.store.store import Store


def name_problem(label: str, exc: NameRejected) -> str:
    """The rule a name typed into the field ``label`` breaks, in the user's words."""
    if exc.problem is NameProblem.EMPTY:
        return fill(
            QCoreApplication.translate("StartQuestions", "%1: type a name or pick one from the list."), label
        )
    if exc.problem is NameProblem.INVISIBLE_ONLY:
        return fill(
            QCoreApplication.translate(
                "StartQuestions", "%1: the name has only invisible characters or spaces; type the name."
            ),
            label,
        )
    if exc.problem is NameProblem.CONTROL_CHARACTER:
        return fill(
            QCoreApplication.translate(
                "StartQuestions", "%1: the name contains a control character (%2); type it again."
            ),
            label,
            f"U+{ord(exc.character):04X}",
        )
    return fill(
        QCoreApplication.translate(
            "StartQuestions", "%1: a name has at most %2 characters; this one has %3."
        ),
        label,
        MAX_NAME_LENGTH,
        exc.length,
    )


def replace_confirmed(
    parent: QWidget,
    store: Store,
    person_id: int,
    instrument_id: str,
    role: RaterRole,
    rater: str,
    round_id: int | None,
) -> bool:
    """One form per rater per trainee per round: a second one replaces the first, once confirmed."""
    earlier = store.earlier_form(person_id, instrument_id, role, rater or None, round_id)
    if earlier is None:
        return True
    when = earlier.completed_at.astimezone().strftime("%Y-%m-%d %H:%M") if earlier.completed_at else ""
    round_text = earlier.round.name if earlier.round else ""
    if role is RaterRole.SELF:
        question = fill(
            QCoreApplication.translate(
                "StartQuestions",
                "This trainee already assessed themself in round %1 (%2). The new form replaces "
                "that one when it is submitted. Go on?",
            ),
            round_text,
            when,
        )
    else:
        question = fill(
            QCoreApplication.translate(
                "StartQuestions",
                "%1 already rated this trainee as %2 in round %3 (%4). The new form replaces that "
                "one when it is submitted. Go on?",
            ),
            rater,
            role_name(role),
            round_text,
            when,
        )
    return ask_yes_no(parent, QCoreApplication.translate("StartQuestions", "Replace a form?"), question)


def join_class_confirmed(parent: QWidget, name: str, trainees: int) -> bool:
    """Ask whether to join a class of that name already on the shared server (another trainer's, perhaps)."""
    from PySide6.QtWidgets import QMessageBox

    asked = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("StartQuestions", "Join the existing class?"),
        fill(
            QCoreApplication.translate(
                "StartQuestions",
                "The class %1 already exists on the shared server (%2 trainees), perhaps another "
                "trainer's. Join it, or go back and type another name for a class of your own?",
            ),
            name,
            trainees,
        ),
        parent=parent,
    )
    join = asked.addButton(
        QCoreApplication.translate("StartQuestions", "Join the existing class"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    asked.addButton(
        QCoreApplication.translate("StartQuestions", "Type another name"), QMessageBox.ButtonRole.RejectRole
    )
    asked.setDefaultButton(join)
    asked.exec()
    return asked.clickedButton() is join
