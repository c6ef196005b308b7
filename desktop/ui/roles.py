"""Translated names of rater roles and gap flags (one place, so every screen says the same)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.comparison import GapFlag, RaterRole


def role_name(role: RaterRole) -> str:
    names = {
        RaterRole.SELF: QCoreApplication.translate("Roles", "Self"),
        RaterRole.SUPERVISOR: QCoreApplication.translate("Roles", "Supervisor"),
        RaterRole.COLLEAGUE: QCoreApplication.translate("Roles", "Colleague"),
    }
    return names[role]


def flag_name(flag: GapFlag | None) -> str:
    if flag is GapFlag.BLIND_SPOT:
        return QCoreApplication.translate("Roles", "Blind spot (self higher)")
    if flag is GapFlag.HIDDEN_STRENGTH:
        return QCoreApplication.translate("Roles", "Hidden strength (others higher)")
    return ""
