"""Merging two records of one trainee: the plan (``desktop.core.merge``) carried out in one
transaction, after a backup the user can undo the merge with (an SQLite file; a PostgreSQL server
is backed up by the department and the merge cannot be undone from the app)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlmodel import Session

from desktop.core.merge import MergePlan, plan_merge
from desktop.core.messages import Message
from desktop.store import round_store
from desktop.store.errors import InputError
from desktop.store.models import Assessment, Person
from desktop.store.records import BEFORE_MERGE, MergeResult

if TYPE_CHECKING:
    from desktop.store.store import Store


def merge_preview(store: Store, keep_id: int, drop_id: int) -> MergePlan:
    keep, drop = store.person(keep_id), store.person(drop_id)
    if keep is None or drop is None:
        raise InputError(Message("store.no_trainee", id=keep_id if keep is None else drop_id))
    if keep_id == drop_id:
        raise InputError(Message("store.merge_self"))
    return plan_merge(
        keep,
        drop,
        store.assessments(keep_id, completed=None),
        store.assessments(drop_id, completed=None),
        store.class_rounds(keep.cohort_id),
    )


def merge_people(store: Store, keep_id: int, drop_id: int) -> MergeResult:
    """Move every form of ``drop_id`` to ``keep_id`` as ``merge_preview`` says, then delete ``drop_id``."""
    plan = merge_preview(store, keep_id, drop_id)
    backup = store.backup(BEFORE_MERGE)  # None on a server: the department's backups hold it
    with Session(store.engine) as s:
        round_ids = {}
        for name in {*plan.round_of.values()}:
            round_ids[name] = round_store.round_named(s, keep_id, name)
        for form_id in plan.replaced:
            row = s.get(Assessment, form_id)
            if row is not None:
                s.delete(row)
        s.flush()
        for form_id in plan.moved:
            if form_id in plan.replaced:
                continue
            row = s.get(Assessment, form_id)
            if row is not None:
                row.person_id = keep_id
                row.round_id = round_ids[plan.round_of[form_id]]
                s.add(row)
        s.flush()
        dropped = s.get(Person, drop_id)
        if dropped is not None:
            s.delete(dropped)
        s.commit()
    return MergeResult(plan, backup)
