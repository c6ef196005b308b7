"""Number and date formatting shared by screens and reports."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # dates arrive made; importing datetime costs ~2 ms before the first paint
    from datetime import datetime


def fmt_score(value: float | None) -> str:
    """The one number format of scores, means and gaps: whole numbers bare, others to one decimal.

    ``4.0`` → ``4``; ``2.5`` → ``2.5``; ``3.666`` → ``3.7``; ``3.96`` → ``4``; ``None`` → an em dash.
    """
    if value is None:
        return "—"
    rounded = round(value, 1)
    if rounded == int(rounded):
        return str(int(rounded))
    return f"{rounded:.1f}"


def fmt_gap(value: float | None) -> str:
    if value is None:
        return "—"
    text = fmt_score(abs(value))
    return f"+{text}" if value > 0 else f"−{text}" if value < 0 else "0"


def fmt_date(value: datetime | None) -> str:
    if value is None:
        return "—"
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def fmt_day(value: datetime | None) -> str:
    return "—" if value is None else value.astimezone().strftime("%Y-%m-%d")


def fill(template: str, *values: object) -> str:
    """Replace %1, %2 … in a translated template (translators may reorder the placeholders)."""
    # Highest first so %1 does not eat the start of %10.
    for index in range(len(values), 0, -1):
        template = template.replace(f"%{index}", str(values[index - 1]))
    return template


def elide(text: str, max_chars: int = 24) -> str:
    """Shorten a user-typed name for a button or a heading; the full name stays in tables and tooltips."""
    text = " ".join(text.split())
    return text if len(text) <= max_chars else text[: max_chars - 1] + "…"
