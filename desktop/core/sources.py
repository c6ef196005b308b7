"""Where a piece of content comes from in the course: the deck and the slide (or section). Pure Python.

Instruments, their dimensions and items, and quiz questions may each cite their source, so a
trainer can check a statement against the deck it was written from::

    source: {deck: "001", slide: 44}
    source: {deck: "001", slide: [17, 18]}
    source: {deck: "002", section: "二、专业化、标准化的客户服务"}

Decks without slide numbers (the scraped text of 002 and 003 has none) are cited by section.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.core.messages import Message
from desktop.core.validate import Checker
from desktop.core.yamldoc import PathKey

MAX_SLIDE = 999


@dataclass(frozen=True)
class Source:
    deck: str
    slides: tuple[int, ...] = ()
    section: str | None = None

    def cite(self) -> str:
        """``001, slide 44`` / ``001, slides 17–18`` / ``002, 二、专业化…``: the same in both languages."""
        parts = [self.deck]
        if self.slides:
            first, last = min(self.slides), max(self.slides)
            if len(self.slides) == 1:
                parts.append(f"slide {first}")
            elif list(self.slides) == list(range(first, last + 1)):
                parts.append(f"slides {first}–{last}")
            else:
                parts.append("slides " + ", ".join(str(s) for s in self.slides))
        if self.section:
            parts.append(self.section)
        return ", ".join(parts)


def parse_source(check: Checker, path: PathKey, value: Any) -> Source | None:
    """A ``{deck, slide, section}`` mapping: the deck, and a slide (or list of slides), a section or both."""
    mapping = check.want_mapping(path, value, ["deck"], ["slide", "section"])
    if mapping is None or "deck" not in mapping:
        return None
    errors_before = len(check.errors)
    raw_deck = mapping["deck"]
    if isinstance(raw_deck, int) and not isinstance(raw_deck, bool):
        # deck: 001 unquoted is read as a number and loses its zeros; the deck's name was meant.
        check.fail((*path, "deck"), Message("source.deck_number", deck=f"{raw_deck:03d}"))
        deck = None
    else:
        deck = check.want_str((*path, "deck"), raw_deck)
    slides: tuple[int, ...] = ()
    if "slide" in mapping:
        raw = mapping["slide"]
        if isinstance(raw, list):
            if not raw:
                check.fail((*path, "slide"), Message("source.no_slides"))
            found = [check.want_int((*path, "slide", i), v, 1, MAX_SLIDE) for i, v in enumerate(raw)]
            slides = tuple(s for s in found if s is not None)
        else:
            one = check.want_int((*path, "slide"), raw, 1, MAX_SLIDE)
            slides = (one,) if one is not None else ()
    section = check.want_str((*path, "section"), mapping["section"]) if "section" in mapping else None
    if "slide" not in mapping and "section" not in mapping:
        check.fail(path, Message("source.where"))
    if len(check.errors) > errors_before or deck is None:
        return None
    return Source(deck.strip(), slides, section.strip() if section else None)


def source_mapping(source: Source) -> dict[str, Any]:
    """``source`` as a bank or instrument file writes it (what ``parse_source`` reads back)."""
    out: dict[str, Any] = {"deck": source.deck}
    if source.slides:
        out["slide"] = source.slides[0] if len(source.slides) == 1 else list(source.slides)
    if source.section:
        out["section"] = source.section
    return out
