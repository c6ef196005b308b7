"""The phone server: aiohttp (HTTP + WebSocket in one asyncio server) on its own thread and loop.

Started when the facilitator turns phones on for a session, stopped when the session ends. It serves
the phone page from ``assets/phone/`` (nothing from the internet), checks every message, keeps the
seats and the per-phone delay estimates, and hands what matters to the session through ``port``:
``port`` methods are called on the server's thread, so a Qt shell forwards them by queued signals
and never touches Qt objects here. The session's state comes back through ``publish`` and ``tell``,
which are safe to call from any thread.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from aiohttp import WSMsgType, web

from desktop.core.phones.latency import Cooldown, OneWayDelay
from desktop.core.phones.protocol import (
    MAX_MESSAGE_BYTES,
    BoardText,
    ClientMessage,
    ProtocolError,
    encode,
    groups_message,
    parse_message,
)
from desktop.core.phones.seats import PinGuard, SeatBook, SeatHolder
from desktop.core.pk.setup import SessionSetup
from desktop.phones.addresses import PublicAddressError, is_public

#: How often each phone is pinged; right after it connects, a few pings come quickly so that its
#: first buzz is already judged with a measured delay.
PING_INTERVAL_S = 1.0
FIRST_PINGS = 3
FIRST_PING_GAP_S = 0.05
MAX_CONNECTIONS = 400
STATIC_FILES = {"index.html": "text/html", "phone.js": "text/javascript", "phone.css": "text/css"}
SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "Content-Security-Policy": "default-src 'self'; connect-src 'self'; img-src 'self' data:",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


class SessionPort(Protocol):
    """What the server tells the session; every call comes from the server's thread."""

    def phone_buzz(self, holder: SeatHolder, received_ms: float, latency_ms: float) -> None: ...

    def seat_taken(self, holder: SeatHolder) -> None: ...

    def presence(self, seat: str, connected: bool) -> None: ...


@dataclass
class SeatLink:
    """A seat's live side: its delay estimate and cooldown outlive a dropped connection."""

    holder: SeatHolder
    delay: OneWayDelay = field(default_factory=OneWayDelay)
    cooldown: Cooldown = field(default_factory=Cooldown)
    socket: web.WebSocketResponse | None = None


class PhoneServer:
    def __init__(
        self,
        setup: SessionSetup,
        pin: str,
        seats: Iterable[SeatHolder],
        clock: Callable[[], float],
        port: SessionPort,
        assets: Path,
        host: str = "127.0.0.1",
        port_number: int = 0,
        allow_public: bool = False,
    ):
        if is_public(host) and not allow_public:
            raise PublicAddressError(f"{host} is not a local network address")
        self.setup = setup
        self.pin = pin
        self.host = host
        self._wanted_port = port_number
        self.port_number = 0
        self._clock = clock
        self._port = port
        self._assets = assets
        self._guard = PinGuard(pin)
        self._book = SeatBook(seats)
        self._links: dict[str, SeatLink] = {h.seat: SeatLink(h) for h in self._book.holders()}
        self._board: BoardText | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self._stopped = asyncio.Event()
        self._connections = 0
        self._group_ids = frozenset(setup.group_ids)
        self._tasks: set[asyncio.Task[None]] = set()

    # -- life cycle (any thread) --------------------------------------------------------------------
    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port_number}/"

    def start(self) -> str:
        """Starts the server thread and returns the page's URL once it listens; raises OSError if it cannot."""
        ready = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            try:
                loop.run_until_complete(self._serve(ready))
            except BaseException as exc:  # noqa: BLE001 - handed to the starting thread
                failure.append(exc)
                ready.set()
            finally:
                loop.close()

        self._thread = threading.Thread(target=run, name="phone-server", daemon=True)
        self._thread.start()
        ready.wait()
        if failure:
            raise failure[0]
        return self.url

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        if not loop.is_closed():
            loop.call_soon_threadsafe(self._stopped.set)
        thread.join(timeout=5)
        self._thread = None

    def publish(self, board: Mapping[str, Any]) -> None:
        """The session's shared board (``protocol.board``) changed: every joined phone gets its view."""
        self._threadsafe(self._broadcast, dict(board))

    def tell(self, seat: str, message: Mapping[str, Any]) -> None:
        self._threadsafe(self._send_to_seat, seat, dict(message))

    def delay_ms(self, seat: str) -> float:
        link = self._links.get(seat)
        return link.delay.estimate_ms if link else 0.0

    def _threadsafe(self, function: Callable[..., Any], *args: Any) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(function, *args)
            except RuntimeError:
                pass  # the loop closed meanwhile: the server has stopped, nobody to tell

    # -- serving (the server's thread) --------------------------------------------------------------
    async def _serve(self, ready: threading.Event) -> None:
        self._stopped = asyncio.Event()
        app = web.Application(client_max_size=4096)
        app.router.add_get("/", self._page)
        app.router.add_get("/ws", self._socket)
        for name in STATIC_FILES:
            app.router.add_get(f"/{name}", self._page)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        # asyncio reuses an address in TIME_WAIT on Unix by default (a resumed session gets its port back).
        site = web.TCPSite(self._runner, self.host, self._wanted_port)
        await site.start()
        # The bound port (port 0 asks the system for a free one); this runner has this one site.
        self.port_number = int(self._runner.addresses[0][1])
        ready.set()
        self._spawn(self._ping_forever())
        await self._stopped.wait()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        for link in self._links.values():
            if link.socket is not None:
                await link.socket.close()
        await self._runner.cleanup()

    def _spawn(self, coroutine: Any) -> None:
        # Kept until done, so that stopping the server can cancel and await every one of them.
        task = asyncio.get_running_loop().create_task(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _page(self, request: web.Request) -> web.StreamResponse:
        name = request.path.lstrip("/") or "index.html"
        path = self._assets / name
        if name not in STATIC_FILES or not path.is_file():
            raise web.HTTPNotFound()
        return web.Response(
            body=path.read_bytes(), content_type=STATIC_FILES[name], charset="utf-8", headers=SECURITY_HEADERS
        )

    async def _socket(self, request: web.Request) -> web.StreamResponse:
        if self._connections >= MAX_CONNECTIONS:
            raise web.HTTPServiceUnavailable()
        # Twice the protocol's limit: a slightly long message gets its reason; a huge one closes the socket.
        socket = web.WebSocketResponse(max_msg_size=2 * MAX_MESSAGE_BYTES, heartbeat=None)
        await socket.prepare(request)
        self._connections += 1
        address = request.remote or "?"
        link: SeatLink | None = None
        try:
            async for message in socket:
                received_ms = self._clock()  # first: the buzz is judged by when it arrived
                if message.type not in (WSMsgType.TEXT, WSMsgType.BINARY):
                    break
                try:
                    parsed = parse_message(message.data)
                except ProtocolError as exc:
                    await socket.send_str(encode({"t": "error", "code": "bad_message", "detail": str(exc)}))
                    continue
                link = await self._handle(socket, address, link, parsed, received_ms)
        finally:
            self._connections -= 1
            if link is not None and link.socket is socket:
                link.socket = None
                self._port.presence(link.holder.seat, False)
        return socket

    async def _handle(
        self,
        socket: web.WebSocketResponse,
        address: str,
        link: SeatLink | None,
        message: ClientMessage,
        received_ms: float,
    ) -> SeatLink | None:
        kind, fields = message.type, message.fields
        if kind == "buzz":
            if link is None:
                await socket.send_str(encode({"t": "error", "code": "join_first"}))
            elif link.cooldown.allow(received_ms):
                self._port.phone_buzz(link.holder, received_ms, link.delay.estimate_ms)
            return link
        if kind == "pong":
            if link is not None:
                link.delay.pong_received(fields["id"], received_ms)
            return link
        if kind == "hello":
            holder = self._book.find(fields["token"])
            if holder is None:
                await socket.send_str(encode({"t": "need_pin"}))
                return link
            return await self._attach(socket, self._links[holder.seat], token=None)
        # "pin" and "join": the PIN first, counted per address.
        wait_ms = self._guard.blocked_for_ms(address, received_ms)
        if wait_ms > 0:
            await socket.send_str(
                encode({"t": "error", "code": "blocked", "wait_s": int(wait_ms / 1000) + 1})
            )
            return link
        if not self._guard.check(address, fields["pin"], received_ms):
            await socket.send_str(encode({"t": "error", "code": "wrong_pin"}))
            return link
        if kind == "pin":
            await socket.send_str(encode(groups_message(self.setup)))
            return link
        if fields["group"] not in self._group_ids:
            await socket.send_str(encode({"t": "error", "code": "no_group"}))
            return link
        if link is not None:
            return link  # one seat per connection: a joined phone cannot take a second one
        try:
            token, holder = self._book.take(fields["group"], fields["name"])
        except ValueError:
            await socket.send_str(encode({"t": "error", "code": "full"}))
            return link
        self._links[holder.seat] = SeatLink(holder)
        self._port.seat_taken(holder)
        return await self._attach(socket, self._links[holder.seat], token=token)

    async def _attach(self, socket: web.WebSocketResponse, link: SeatLink, token: str | None) -> SeatLink:
        previous = link.socket
        link.socket = socket
        if previous is not None and previous is not socket:
            await previous.close()  # the same token in a second tab: the seat follows the newest
        holder = link.holder
        welcome = {"t": "joined", "seat": holder.seat, "group": holder.group, "name": holder.name}
        if token is not None:
            welcome["token"] = token
        await socket.send_str(encode(welcome))
        self._port.presence(holder.seat, True)
        if self._board is not None:
            await socket.send_str(self._board.for_holder(holder))
        self._spawn(self._first_pings(link))
        return link

    async def _first_pings(self, link: SeatLink) -> None:
        for _ in range(FIRST_PINGS):
            await self._ping(link)
            await asyncio.sleep(FIRST_PING_GAP_S)

    async def _ping(self, link: SeatLink) -> None:
        socket = link.socket
        if socket is None or socket.closed:
            return
        ping_id = link.delay.ping_sent(self._clock())
        try:
            await socket.send_str(encode({"t": "ping", "id": ping_id}))
        except ConnectionError:
            pass

    async def _ping_forever(self) -> None:
        while True:
            await asyncio.sleep(PING_INTERVAL_S)
            for link in list(self._links.values()):
                await self._ping(link)

    def _broadcast(self, board: dict[str, Any]) -> None:
        text = self._board = BoardText(board)
        for link in self._links.values():
            if link.socket is not None and not link.socket.closed:
                # A task per phone: a phone gone quiet (its buffer full) never holds the others back.
                self._spawn(self._send(link.socket, text.for_holder(link.holder)))

    def _send_to_seat(self, seat: str, message: dict[str, Any]) -> None:
        link = self._links.get(seat)
        if link is not None and link.socket is not None and not link.socket.closed:
            self._spawn(self._send(link.socket, encode(message)))

    @staticmethod
    async def _send(socket: web.WebSocketResponse, text: str) -> None:
        try:
            await socket.send_str(text)
        except ConnectionError:
            pass  # dropped: the phone gets the board again when it comes back
