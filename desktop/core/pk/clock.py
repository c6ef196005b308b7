"""The session's clock and when keys were really pressed on it. Pure Python; no Qt.

A PK session measures buzz gaps in milliseconds on its own monotonic clock, which continues across a
resume; a key's press time comes from the window system's stamp on the key event, mapped onto that
clock, so presses queued behind a commit keep their real gaps.
"""

from __future__ import annotations

import time
from collections.abc import Callable


class SessionClock:
    """Milliseconds since the session began, continuing across a resume (monotonic, never wall time)."""

    def __init__(self, start_ms: float = 0.0, monotonic: Callable[[], float] = time.perf_counter):
        self._monotonic = monotonic
        self._origin = monotonic()
        self._start_ms = start_ms

    def __call__(self) -> float:
        return self._start_ms + (self._monotonic() - self._origin) * 1000.0


class PressTimes:
    """When a key was really pressed, on the session clock, from the key event's own timestamp.

    Buzzes that arrive together are handled one after another, each after the previous one's
    commit, so the time of handling would add a millisecond or two per earlier buzz to the gaps.
    The window system stamps each event when the key went down (in its own milliseconds), so the
    smallest seen difference between our clock and that stamp maps stamps onto our clock.
    """

    def __init__(self, clock: Callable[[], float]):
        self.clock = clock
        self.offset: float | None = None

    def at_ms(self, event_ms: int) -> float | None:
        if not event_ms:
            return None  # a platform without key timestamps: the session uses the time of handling
        offset = self.clock() - event_ms
        if self.offset is None or offset < self.offset:
            self.offset = offset  # the event handled soonest after its press gives the truest mapping
        return event_ms + self.offset
