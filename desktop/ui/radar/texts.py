"""Translated names of radar series (one place for the radar screen, the class view and the report)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.ui.shell.formatting import fill, fmt_day

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


def versions_note(data: RadarData | None, lang: str) -> str:
    """What a radar of rounds answered with different versions of the form leaves out, in words; ""
    when nothing is left out (one version, or versions with the same dimensions and scale)."""
    if data is None:
        return ""
    notes = []
    if data.left_out:
        notes.append(
            fill(
                QCoreApplication.translate(
                    "Radar", "Not on this radar (only some versions of the form have them): %1."
                ),
                "、".join(name.get(lang) for name in data.left_out),
            )
        )
    if data.other_scale:
        notes.append(
            fill(
                QCoreApplication.translate(
                    "Radar",
                    "%1 trainees answered a version of the form on another scale: not in the class mean.",
                ),
                data.other_scale,
            )
        )
    return " ".join(notes)


def scales_differ_note(first: tuple[int, int], second: tuple[int, int]) -> str:
    """Why two rounds have no before-vs-after radar: their versions of the form have other scales."""
    return fill(
        QCoreApplication.translate(
            "Radar",
            "The two rounds were answered with versions of the form on different scales (%1–%2 and %3–%4): "
            "they cannot be compared on one radar.",
        ),
        first[0],
        first[1],
        second[0],
        second[1],
    )
