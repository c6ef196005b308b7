"""One line per event for the console's audit log (and the exported score sheet)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.core.pk.events import EventKind

if TYPE_CHECKING:
    from desktop.core.pk.events import Event
    from desktop.core.pk.snapshot import LogEntry
    from desktop.ui.pk.controller import PkController


def rule_name(rule: str) -> str:
    return {
        "first": QCoreApplication.translate("PkLog", "first answer"),
        "better": QCoreApplication.translate("PkLog", "better answer"),
        "manual": QCoreApplication.translate("PkLog", "manual"),
    }.get(rule, rule)


def describe_event(event: Event | LogEntry, controller: PkController, undone: bool = False) -> str:
    """E.g. ``#12  03:41.207  Point: Group 2 +1 (first answer)``."""
    seconds = event.at_ms / 1000.0
    stamp = f"{int(seconds // 60):02d}:{seconds % 60:06.3f}"
    data = event.data
    kind = event.kind

    def group_name(group_id: str) -> str:
        try:
            return controller.group(group_id).name
        except StopIteration:
            return group_id

    if kind is EventKind.QUESTION_SHOWN:
        text = QCoreApplication.translate("PkLog", "Question %1 shown").replace("%1", str(data["index"] + 1))
    elif kind is EventKind.BUZZERS_OPENED:
        text = QCoreApplication.translate("PkLog", "Buzzers opened")
    elif kind is EventKind.BUZZERS_CLOSED:
        text = QCoreApplication.translate("PkLog", "Buzzers closed")
    elif kind is EventKind.BUZZ and data.get("source") == "phone":
        text = (
            QCoreApplication.translate("PkLog", "Buzz: %1 (phone %2, judged %3 ms before it arrived)")
            .replace("%1", group_name(data["group"]))
            .replace("%2", data.get("seat", ""))
            .replace("%3", f"{data.get('latency_ms', 0.0):.0f}")
        )
    elif kind is EventKind.BUZZ:
        text = QCoreApplication.translate("PkLog", "Buzz: %1").replace("%1", group_name(data["group"]))
    elif kind is EventKind.PHONES_OPENED:
        text = QCoreApplication.translate("PkLog", "Phones on at %1:%2").replace("%1", data["host"])
        text = text.replace("%2", str(data["port"]))
    elif kind is EventKind.SEAT_TAKEN:
        text = (
            QCoreApplication.translate("PkLog", "Phone %1 joined %2 (%3)")
            .replace("%1", data["seat"])
            .replace("%2", group_name(data["group"]))
            .replace("%3", data["name"] or "—")
        )
    elif kind is EventKind.FALSE_START:
        text = (
            QCoreApplication.translate("PkLog", "False start: %1 (phone %2), not a buzz")
            .replace("%1", group_name(data["group"]))
            .replace("%2", data["seat"])
        )
    elif kind is EventKind.POINT_AWARDED:
        text = (
            QCoreApplication.translate("PkLog", "Point: %1 +%2 (%3)")
            .replace("%1", group_name(data["group"]))
            .replace("%2", str(data["points"]))
        )
        text = text.replace("%3", rule_name(data["rule"]))
        if data.get("reason"):
            text += " — " + data["reason"]
    elif kind is EventKind.POINT_WITHDRAWN:
        text = QCoreApplication.translate("PkLog", "Point of event #%1 withdrawn").replace(
            "%1", str(data["award"])
        )
        if data.get("reason"):
            text += " — " + data["reason"]
    elif kind is EventKind.ANSWER_REVEALED:
        text = QCoreApplication.translate("PkLog", "Answer revealed")
    elif kind is EventKind.COUNTDOWN_STARTED:
        text = QCoreApplication.translate("PkLog", "Countdown started (%1 s)").replace(
            "%1", str(data["seconds"])
        )
    elif kind is EventKind.COUNTDOWN_STOPPED:
        text = QCoreApplication.translate("PkLog", "Countdown stopped")
    elif kind is EventKind.UNDO:
        text = QCoreApplication.translate("PkLog", "Undo of event #%1").replace("%1", str(data["target"]))
    else:
        text = QCoreApplication.translate("PkLog", "Session ended")
    line = f"#{event.seq}  {stamp}  {text}"
    return line + "  " + QCoreApplication.translate("PkLog", "(undone)") if undone else line
