"""Quick entry: the digits of a filled-in paper form typed in one go ("4535 3452 …")."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.instruments import Instrument

CANT_JUDGE_DIGIT = "0"
SEPARATORS = " \t,;-/|"


@dataclass(frozen=True)
class QuickEntryResult:
    answers: dict[str, int | None]  # item id → value (None: can't judge)
    digits: int  # how many answer digits were typed
    error: tuple[int, str] | None  # (1-based position among the typed characters, offending character)

    def complete(self, instrument: Instrument) -> bool:
        return self.error is None and self.digits == len(instrument.items)


def parse_quick_entry(instrument: Instrument, text: str) -> QuickEntryResult:
    """Read one answer per digit, in item order. Spaces and common separators are ignored."""
    scale = instrument.scale
    answers: dict[str, int | None] = {}
    digits = 0
    for position, char in enumerate(text, start=1):
        if char in SEPARATORS:
            continue
        if char == CANT_JUDGE_DIGIT:
            value = None
        elif char.isdigit() and char.isascii() and scale.min <= int(char) <= scale.max:
            value = int(char)
        else:
            return QuickEntryResult(answers, digits, (position, char))
        if digits >= len(instrument.items):
            return QuickEntryResult(answers, digits + 1, (position, char))
        answers[instrument.items[digits].id] = value
        digits += 1
    return QuickEntryResult(answers, digits, None)
