"""Translated names of radar series and notes (one place for the radar screen, the class view and the
report).

Radars are laid out on the store worker, which calls no Qt (PySide is not safe there while the window
works): the texts are translated on the window's thread (``radar_texts``) and handed to the work, whose
functions here only fill them in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication

from desktop.ui.shell.formatting import fill, fmt_day

if TYPE_CHECKING:
    from desktop.core.radar import RadarData


class RadarTexts(NamedTuple):
    """A radar's words in the interface's language, translated on the window's thread."""

    labels: dict[str, str]  # legend names by series key
    left_out: str  # %1: the dimensions only some versions of the form have
    other_scale: str  # %1: how many trainees answered a version on another scale
    scales_differ: str  # %1–%2 and %3–%4: the two rounds' scales


def radar_texts() -> RadarTexts:
    """Call on the window's thread; hand the result to work on the worker."""
    return RadarTexts(
        {
            "self": QCoreApplication.translate("Radar", "Self"),
            "supervisor": QCoreApplication.translate("Radar", "Supervisor"),
            "colleagues": QCoreApplication.translate("Radar", "Colleagues (mean)"),
            "others": QCoreApplication.translate("Radar", "All others"),
            "earlier": QCoreApplication.translate("Radar", "Before"),
            "later": QCoreApplication.translate("Radar", "After"),
            "class_mean": QCoreApplication.translate("Radar", "Class mean"),
            "trainee": QCoreApplication.translate("Radar", "Trainee"),
        },
        QCoreApplication.translate(
            "Radar", "Not on this radar (only some versions of the form have them): %1."
        ),
        QCoreApplication.translate(
            "Radar", "%1 trainees answered a version of the form on another scale: not in the class mean."
        ),
        QCoreApplication.translate(
            "Radar",
            "The two rounds were answered with versions of the form on different scales (%1–%2 and %3–%4): "
            "they cannot be compared on one radar.",
        ),
    )


def series_labels(data: RadarData | None = None, texts: RadarTexts | None = None) -> dict[str, str]:
    """Legend names by series key; before/after carry their round's date when the data has it.
    On the worker, pass ``texts`` (``radar_texts()`` from the window's thread)."""
    labels = dict((texts or radar_texts()).labels)
    if data is not None:
        for series in data.series:
            if series.key in ("earlier", "later") and series.when is not None:
                labels[series.key] += f" {fmt_day(series.when)}"
    return labels


def versions_note(data: RadarData | None, lang: str, texts: RadarTexts | None = None) -> str:
    """What a radar of rounds answered with different versions of the form leaves out, in words; ""
    when nothing is left out (one version, or versions with the same dimensions and scale)."""
    if data is None:
        return ""
    said = texts or radar_texts()
    notes = []
    if data.left_out:
        notes.append(fill(said.left_out, "、".join(name.get(lang) for name in data.left_out)))
    if data.other_scale:
        notes.append(fill(said.other_scale, data.other_scale))
    return " ".join(notes)


def scales_differ_note(
    first: tuple[int, int], second: tuple[int, int], texts: RadarTexts | None = None
) -> str:
    """Why two rounds have no before-vs-after radar: their versions of the form have other scales."""
    return fill((texts or radar_texts()).scales_differ, first[0], first[1], second[0], second[1])
