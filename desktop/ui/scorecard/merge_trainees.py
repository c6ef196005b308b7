"""Merging two records of one trainee, from the results screen: pick the duplicate, read what the
merge does, confirm; the backup taken first undoes it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from desktop.ui.shell.formatting import elide, fill
from desktop.ui.shell.i18n import error_text
from desktop.ui.shell.widgets import ask_yes_no, show_error, try_write

if TYPE_CHECKING:
    from desktop.core.merge import MergePlan
    from desktop.core.records import PersonRecord
    from desktop.store.records import MergeResult
    from desktop.ui.shell.context import AppContext


def person_label(person: PersonRecord) -> str:
    return (
        f"{elide(person.name, 40)} · {elide(person.cohort_name, 30)}"
        if person.cohort_name
        else elide(person.name, 40)
    )


def pick_duplicate(parent: QWidget, keep: PersonRecord, others: list[PersonRecord]) -> int | None:
    """The record to merge into ``keep`` (None: cancelled). Records of the same name come first."""
    labels = [person_label(p) for p in others]
    label, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("MergeTrainees", "Merge two records"),
        fill(
            QCoreApplication.translate(
                "MergeTrainees", "The other record of %1 (its forms move to this one, then it is removed):"
            ),
            person_label(keep),
        ),
        labels,
        0,
        False,
    )
    return others[labels.index(label)].id if ok and label in labels else None


def preview_text(plan: MergePlan, on_server: bool) -> str:
    lines = [
        fill(
            QCoreApplication.translate("MergeTrainees", "Merge %1 into %2?"),
            person_label(plan.drop),
            person_label(plan.keep),
        ),
        fill(QCoreApplication.translate("MergeTrainees", "Forms that move: %1."), len(plan.moved)),
    ]
    if plan.replaced:
        lines.append(
            fill(
                QCoreApplication.translate(
                    "MergeTrainees", "Forms replaced by a later one of the same rater in the same round: %1."
                ),
                len(plan.replaced),
            )
        )
    if plan.new_rounds:
        lines.append(
            fill(
                QCoreApplication.translate("MergeTrainees", "Rounds added to %1: %2."),
                plan.keep.cohort_name or QCoreApplication.translate("MergeTrainees", "no class"),
                "、".join(plan.new_rounds),
            )
        )
    lines.append(
        QCoreApplication.translate(
            "MergeTrainees", "The data is on a shared server: the merge cannot be undone from this app."
        )
        if on_server
        else QCoreApplication.translate(
            "MergeTrainees", "A backup is taken first: Undo the merge puts everything back as it was."
        )
    )
    return "\n".join(lines)


def merge_duplicate(parent: QWidget, context: AppContext, keep_id: int) -> MergeResult | None:
    """Ask which record to merge into ``keep_id``, show what the merge does, and do it once confirmed.
    Returns the merge's result (its backup undoes it), or None when nothing was merged."""
    store = context.store
    keep = store.person(keep_id) if store else None
    if store is None or keep is None:
        return None
    others = [p for p in store.people() if p.id != keep_id]
    others.sort(key=lambda p: (p.name != keep.name, p.name, p.id))
    if not others:
        show_error(
            parent,
            QCoreApplication.translate("MergeTrainees", "Merge two records"),
            QCoreApplication.translate("MergeTrainees", "There is no other trainee record to merge."),
        )
        return None
    drop_id = pick_duplicate(parent, keep, others)
    if drop_id is None:
        return None
    plan = store.merge_preview(keep_id, drop_id)
    if not ask_yes_no(
        parent,
        QCoreApplication.translate("MergeTrainees", "Merge two records"),
        preview_text(plan, store.on_server),
    ):
        return None
    from desktop.store.errors import BackupError

    try:
        saved, result = try_write(parent, lambda: store.merge_people(keep_id, drop_id))
    except BackupError as exc:  # no backup, no merge: it could not be undone
        show_error(
            parent,
            QCoreApplication.translate("MergeTrainees", "Merge two records"),
            fill(QCoreApplication.translate("MergeTrainees", "Nothing was merged: %1"), error_text(exc)),
        )
        return None
    return result if saved else None
