"""Phones as buzzers for one PK session: the server's life cycle and its bridge to the Qt thread.

The server (desktop.phones.server) runs on its own thread and calls ``PhoneBridge`` there; the
bridge only emits signals, which Qt queues to this thread, where the controller commits each buzz
through the core like a key press. Every change of the session goes back to the phones as their
board. The PIN, the address and the seats are events of the session's log, so a session resumed
after a crash starts its server again at the same address and every phone comes back by itself.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.core.phones.protocol import board
from desktop.core.phones.seats import SeatHolder, new_pin
from desktop.core.pk.session import BuzzResult
from desktop.paths import phone_page_dir
from desktop.ui.pk.controller import PkController

if TYPE_CHECKING:
    from desktop.phones.server import PhoneServer

#: The port tried first, so that the address on the stage stays the same from class to class.
PREFERRED_PORT = 8765


class PhoneBridge(QObject):
    """The server's ``SessionPort``: called on the server's thread, it only queues and emits (queued)
    signals. Buzzes wait in a list: one signal tells the Qt thread to take every buzz waiting."""

    buzzes_waiting = Signal()
    seat_arrived = Signal(object)  # SeatHolder
    presence_changed = Signal(str, bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._lock = threading.Lock()
        self._waiting: list[tuple[SeatHolder, float, float]] = []

    def phone_buzz(self, holder: SeatHolder, received_ms: float, latency_ms: float) -> None:
        with self._lock:
            first = not self._waiting
            self._waiting.append((holder, received_ms, latency_ms))
        if first:
            self.buzzes_waiting.emit()

    def take_buzzes(self) -> list[tuple[SeatHolder, float, float]]:
        with self._lock:
            taken, self._waiting = self._waiting, []
        return taken

    def seat_taken(self, holder: SeatHolder) -> None:
        self.seat_arrived.emit(holder)

    def presence(self, seat: str, connected: bool) -> None:
        self.presence_changed.emit(seat, connected)


class PhoneLink(QObject):
    """The phones of one session: on or off, their seats and whether each is connected."""

    changed = Signal()
    #: The receive times of phone buzzes taken from the server, before they are judged and committed
    #: (bench-phones times each from here to the stage repainted with it).
    buzzes_taken = Signal(list)

    def __init__(self, controller: PkController, parent: QObject | None = None):
        super().__init__(parent or controller)
        self.controller = controller
        self.server: PhoneServer | None = None  # while phones are on
        self.connected: dict[str, bool] = {}
        self.bridge = PhoneBridge(self)
        self.bridge.buzzes_waiting.connect(self._buzzes)
        self.bridge.seat_arrived.connect(self._seat)
        self.bridge.presence_changed.connect(self._presence)
        controller.changed.connect(self._publish)

    @property
    def on(self) -> bool:
        return self.server is not None

    @property
    def url(self) -> str:
        return self.server.url if self.server is not None else ""

    @property
    def pin(self) -> str:
        return self.controller.state.phones_pin or ""

    def start(self, host: str, allow_public: bool = False) -> str:
        """Starts the server on ``host`` (a new PIN the first time; the session's own after a resume).
        Raises OSError when the address cannot be used, PublicAddressError without confirmation."""
        from desktop.phones.server import PhoneServer

        if self.server is not None:
            return self.server.url
        state = self.controller.state
        stored = state.phones_address
        same_place = stored is not None and stored[0] == host
        pin = state.phones_pin or new_pin()
        seats = [SeatHolder(s.seat, s.group, s.name, s.token_hash) for s in state.seats.values()]
        ports = [stored[1]] if same_place and stored else [PREFERRED_PORT, 0]
        server = None
        for port in ports:
            candidate = PhoneServer(
                self.controller.setup,
                pin,
                seats,
                self.controller.clock,
                self.bridge,
                phone_page_dir(),
                host=host,
                port_number=port,
                allow_public=allow_public,
            )
            try:
                candidate.start()
            except OSError:
                if port == ports[-1]:
                    raise
                continue
            server = candidate
            break
        assert server is not None
        self.server = server
        if (pin, (host, server.port_number)) != (state.phones_pin, stored):
            self.controller.run(lambda: self.controller.session.open_phones(pin, host, server.port_number))
        self.connected = dict.fromkeys(state.seats, False)
        self._publish()
        self.changed.emit()
        return server.url

    def stop(self) -> None:
        server, self.server = self.server, None
        if server is not None:
            server.stop()
            self.connected = dict.fromkeys(self.connected, False)
            self.changed.emit()

    def delay_ms(self, seat: str) -> float:
        return self.server.delay_ms(seat) if self.server is not None else 0.0

    # -- from the server (queued to this thread) -----------------------------------------------------
    def _buzzes(self) -> None:
        waiting = self.bridge.take_buzzes()
        if not waiting:
            return
        self.buzzes_taken.emit([received for _, received, _ in waiting])
        outcomes = self.controller.phone_buzzes([(h.group, h.seat, r, d) for h, r, d in waiting])
        for (holder, _, _), outcome in zip(waiting, outcomes, strict=False):
            if getattr(outcome, "result", None) is BuzzResult.FALSE_START and self.server is not None:
                self.server.tell(holder.seat, {"t": "result", "result": "false_start"})

    def _seat(self, holder: SeatHolder) -> None:
        session = self.controller.session
        self.controller.run(
            lambda: session.take_seat(holder.seat, holder.token_hash, holder.group, holder.name)
        )
        self.connected.setdefault(holder.seat, True)
        self.changed.emit()

    def _presence(self, seat: str, connected: bool) -> None:
        self.connected[seat] = connected
        self.changed.emit()

    def _publish(self) -> None:
        if self.server is None:
            return
        self.server.publish(board(self.controller.setup, self.controller.state))
        if self.controller.state.ended:
            self.stop()  # the session is over: the phones see "ended", then the server goes
