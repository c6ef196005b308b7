"""How late a phone's messages arrive, and how often it may press.

The server pings every phone continuously and times the answer on its own clock: half the round
trip is the phone's one-way delay. A buzz is then judged at the server's receive time less that
delay, never by the phone's clock (phones' clocks are neither synchronised nor trustworthy).
Each sample is capped, since a stalled Wi-Fi frame would otherwise hand a phone a head start, and
the estimate is the smallest of the recent samples: queueing, a busy radio or a busy app only ever
add to a round trip, so the quickest recent one is the truest measure of the path, and one slow
ping changes nothing. Pure Python.
"""

from __future__ import annotations

from collections import deque

#: No phone is credited with more one-way delay than this, whatever its pings say.
MAX_ONE_WAY_MS = 250.0
#: Samples kept per phone (about 15 s of pings); the smallest is its estimate, so a phone that
#: moves farther from the access point is judged by its new path within that time.
SAMPLES = 15
#: Presses of one phone closer together than this count once (a mashed button is one buzz).
COOLDOWN_MS = 500.0


class OneWayDelay:
    """One phone's estimated one-way delay in milliseconds, from its recent ping round trips."""

    def __init__(self, cap_ms: float = MAX_ONE_WAY_MS, samples: int = SAMPLES):
        self._cap = cap_ms
        self._samples: deque[float] = deque(maxlen=samples)
        self._stale_after = 2 * samples  # pings older than two windows of samples are given up
        self._sent: dict[int, float] = {}
        self._next_id = 1

    def ping_sent(self, now_ms: float) -> int:
        """Registers a ping sent now; returns its id, which the phone echoes in its pong."""
        ping_id = self._next_id
        self._next_id += 1
        self._sent[ping_id] = now_ms
        # Unanswered pings (a phone asleep) must not pile up.
        for stale in [i for i in self._sent if i < ping_id - self._stale_after]:
            del self._sent[stale]
        return ping_id

    def pong_received(self, ping_id: int, now_ms: float) -> bool:
        """Adds the round trip of an answered ping; False for an id never sent (or answered twice)."""
        sent = self._sent.pop(ping_id, None)
        if sent is None or now_ms < sent:
            return False
        self.add_round_trip(now_ms - sent)
        return True

    def add_round_trip(self, rtt_ms: float) -> None:
        self._samples.append(min(max(rtt_ms / 2.0, 0.0), self._cap))

    @property
    def samples(self) -> int:
        return len(self._samples)

    @property
    def estimate_ms(self) -> float:
        """The delay to subtract from this phone's receive times; 0 before its first pong."""
        return min(self._samples) if self._samples else 0.0


class Cooldown:
    """Lets one press through per ``cooldown_ms``; the presses in between are dropped."""

    def __init__(self, cooldown_ms: float = COOLDOWN_MS):
        self._cooldown = cooldown_ms
        self._last: float | None = None

    def allow(self, now_ms: float) -> bool:
        if self._last is not None and now_ms - self._last < self._cooldown:
            return False
        self._last = now_ms
        return True
