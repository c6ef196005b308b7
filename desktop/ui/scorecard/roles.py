"""Translated names of rater roles and gap flags (one place, so every screen says the same)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.core.rater_roles import GapFlag, RaterRole
from desktop.ui.shell.formatting import elide, fill

if TYPE_CHECKING:
    from desktop.core.records import AssessmentRecord
    from desktop.ui.shell.context import AppContext


def role_name(role: RaterRole) -> str:
    names = {
        RaterRole.SELF: QCoreApplication.translate("Roles", "Self"),
        RaterRole.SUPERVISOR: QCoreApplication.translate("Roles", "Supervisor"),
        RaterRole.COLLEAGUE: QCoreApplication.translate("Roles", "Colleague"),
        RaterRole.OBSERVER: QCoreApplication.translate("Roles", "Observer"),
    }
    return names[role]


def flag_name(flag: GapFlag | None) -> str:
    if flag is GapFlag.BLIND_SPOT:
        return QCoreApplication.translate("Roles", "Blind spot (self higher)")
    if flag is GapFlag.HIDDEN_STRENGTH:
        return QCoreApplication.translate("Roles", "Hidden strength (others higher)")
    return ""


def form_caption(context: AppContext, record: AssessmentRecord) -> str:
    """ "安抚客户的技巧 · 张三 · 评分人：同事": the header of a form being filled in, either way."""
    instrument = context.instrument_for(record.instrument_id, record.instrument_version)
    person = context.store.person(record.person_id) if context.store else None
    return fill(
        QCoreApplication.translate("Roles", "%1 · %2 · rated by: %3"),
        context.text(instrument.title if instrument is not None else None),
        elide(person.name, 40) if person else "",
        role_name(record.role),
    )
