"""Who may join, and which phone holds which seat.

A phone joins with the session's PIN and gets a random token, kept in its browser; with that token
it comes back to the same seat after a dropped connection or a restart of the app, without the PIN.
Only a hash of the token is stored (in the session's event log), so the log cannot be used to take
over a seat. Wrong PINs are counted per address and refused for a while once too many. Pure Python.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass

PIN_DIGITS = 6
#: Wrong PINs one address may try within ``PIN_WINDOW_MS`` before it must wait that long.
PIN_ATTEMPTS = 5
PIN_WINDOW_MS = 60_000.0
MAX_SEATS = 200
MAX_NAME_CHARS = 24


def new_pin(digits: int = PIN_DIGITS) -> str:
    if not 4 <= digits <= 6:
        raise ValueError("a PIN has 4 to 6 digits")
    return "".join(secrets.choice("0123456789") for _ in range(digits))


def new_token() -> str:
    return secrets.token_urlsafe(18)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class PinGuard:
    """Checks PINs; an address with too many wrong ones in the window is refused without checking."""

    def __init__(self, pin: str, attempts: int = PIN_ATTEMPTS, window_ms: float = PIN_WINDOW_MS):
        self.pin = pin
        self._attempts = attempts
        self._window = window_ms
        self._failures: dict[str, deque[float]] = {}

    def blocked_for_ms(self, address: str, now_ms: float) -> float:
        """How long ``address`` must still wait before trying again (0 when it may try now)."""
        failures = self._failures.get(address)
        if not failures:
            return 0.0
        while failures and now_ms - failures[0] >= self._window:
            failures.popleft()
        if len(failures) < self._attempts:
            return 0.0
        return self._window - (now_ms - failures[0])

    def check(self, address: str, pin: object, now_ms: float) -> bool:
        """Whether ``pin`` is right; a wrong one counts against ``address``. Call ``blocked_for_ms`` first."""
        right = isinstance(pin, str) and hmac.compare_digest(pin.encode("utf-8"), self.pin.encode("utf-8"))
        if not right:
            self._failures.setdefault(address, deque()).append(now_ms)
        return right


@dataclass(frozen=True)
class SeatHolder:
    seat: str
    group: str
    name: str
    token_hash: str


class SeatBook:
    """The seats of one session by token hash: one seat per token, the same seat on every return."""

    def __init__(self, seats: Iterable[SeatHolder] = ()):
        self._by_hash = {s.token_hash: s for s in seats}

    def __len__(self) -> int:
        return len(self._by_hash)

    def holders(self) -> list[SeatHolder]:
        return list(self._by_hash.values())

    def find(self, token: object) -> SeatHolder | None:
        if not isinstance(token, str) or not token:
            return None
        return self._by_hash.get(token_hash(token))

    def seat(self, seat_id: str) -> SeatHolder | None:
        return next((s for s in self._by_hash.values() if s.seat == seat_id), None)

    def take(self, group: str, name: str) -> tuple[str, SeatHolder]:
        """A new seat with a new token (returned once, to the phone): ``(token, holder)``."""
        if len(self._by_hash) >= MAX_SEATS:
            raise ValueError(f"the session has its {MAX_SEATS} seats")
        token = new_token()
        holder = SeatHolder(f"p{len(self._by_hash) + 1}", group, name, token_hash(token))
        self._by_hash[holder.token_hash] = holder
        return token, holder
