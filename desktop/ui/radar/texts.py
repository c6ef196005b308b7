"""Translated names of radar series (one place for the radar screen, the class view and the report)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.ui.shell.formatting import fmt_day

if TYPE_CHECKING:
    from desktop.core.radar import RadarData


def series_labels(data: RadarData | None = None) -> dict[str, str]:
    """Legend names by series key; before/after carry their round's date when the data has it."""
    labels = {
        "self": QCoreApplication.translate("Radar", "Self"),
        "supervisor": QCoreApplication.translate("Radar", "Supervisor"),
        "colleagues": QCoreApplication.translate("Radar", "Colleagues (mean)"),
        "others": QCoreApplication.translate("Radar", "All others"),
        "earlier": QCoreApplication.translate("Radar", "Before"),
        "later": QCoreApplication.translate("Radar", "After"),
        "class_mean": QCoreApplication.translate("Radar", "Class mean"),
        "trainee": QCoreApplication.translate("Radar", "Trainee"),
    }
    if data is not None:
        for series in data.series:
            if series.key in ("earlier", "later") and series.when is not None:
                labels[series.key] += f" {fmt_day(series.when)}"
    return labels
