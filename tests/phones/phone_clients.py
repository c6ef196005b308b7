"""Test helpers: a session run directly on the server's thread, and phones as aiohttp clients."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from typing import Any

import aiohttp

from desktop.core.phones.protocol import board
from desktop.core.phones.seats import SeatHolder
from desktop.core.pk.session import BuzzResult, PkSession
from desktop.core.pk.setup import Group, ScoringRules, SessionSetup
from desktop.paths import phone_page_dir
from desktop.phones.server import PhoneServer

PIN = "246810"


def session_setup(groups: int = 4) -> SessionSetup:
    return SessionSetup(
        tuple(
            Group(f"g{i}", f"第{i + 1}组", "", "#1d70b8", "1234567890QWERTYUIOP"[i]) for i in range(groups)
        ),
        ("bank/q1", "bank/q2", "bank/q3"),
        ScoringRules(),
    )


class Clock:
    def __init__(self) -> None:
        self._origin = time.perf_counter()

    def __call__(self) -> float:
        return (time.perf_counter() - self._origin) * 1000.0


class DirectPort:
    """The session as the Qt shell runs it, minus Qt: each call commits through the core session,
    then the board goes out to every phone (here on the server's thread, under a lock)."""

    def __init__(self, setup: SessionSetup, clock: Clock):
        self.lock = threading.Lock()
        self.session = PkSession(setup, [], clock, lambda event: None)
        self.server: PhoneServer | None = None
        self.presences: list[tuple[str, bool]] = []

    def start(self, host: str = "127.0.0.1") -> PhoneServer:
        self.server = PhoneServer(
            self.session.setup, PIN, [], self.session._clock, self, phone_page_dir(), host=host
        )
        self.server.start()
        self.session.open_phones(PIN, host, self.server.port_number)
        self.publish()
        return self.server

    def publish(self) -> None:
        assert self.server is not None
        self.server.publish(board(self.session.setup, self.session.state))

    def command(self, name: str, *args: Any) -> None:
        with self.lock:
            getattr(self.session, name)(*args)
            self.publish()

    def phone_buzz(self, holder: SeatHolder, received_ms: float, latency_ms: float) -> None:
        with self.lock:
            outcome = self.session.phone_buzz(holder.group, holder.seat, received_ms, latency_ms)
            if outcome.result is BuzzResult.FALSE_START:
                assert self.server is not None
                self.server.tell(holder.seat, {"t": "result", "result": "false_start"})
            self.publish()

    def seat_taken(self, holder: SeatHolder) -> None:
        with self.lock:
            self.session.take_seat(holder.seat, holder.token_hash, holder.group, holder.name)

    def presence(self, seat: str, connected: bool) -> None:
        self.presences.append((seat, connected))


class Phone:
    """One phone: a websocket that answers pings (after an injected delay each way) and keeps its messages."""

    def __init__(self, http: aiohttp.ClientSession, url: str, delay_ms: float = 0.0):
        self.http, self.url, self.delay_s = http, url, delay_ms / 1000.0
        self.socket: aiohttp.ClientWebSocketResponse | None = None
        self.messages: list[dict[str, Any]] = []
        self.token = ""
        self.seat = ""
        self._reader: asyncio.Task | None = None
        self._changed = asyncio.Event()

    async def connect(self) -> None:
        self.socket = await self.http.ws_connect(self.url + "ws")
        self._reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        assert self.socket is not None
        async for message in self.socket:
            if message.type is not aiohttp.WSMsgType.TEXT:
                break
            data = json.loads(message.data)
            if data["t"] == "ping":
                asyncio.create_task(self._answer(data["id"]))
                continue
            if self.delay_s:
                await asyncio.sleep(self.delay_s)
            if data["t"] == "joined":
                self.token = data.get("token", self.token)
                self.seat = data["seat"]
            self.messages.append(data)
            self._changed.set()
        self._changed.set()

    async def _answer(self, ping_id: int) -> None:
        await asyncio.sleep(2 * self.delay_s)  # down to the phone and back up
        await self.send({"t": "pong", "id": ping_id})

    async def send(self, message: dict[str, Any] | str, delayed: bool = False) -> None:
        if delayed and self.delay_s:
            await asyncio.sleep(self.delay_s)
        assert self.socket is not None
        try:
            await self.socket.send_str(message if isinstance(message, str) else json.dumps(message))
        except ConnectionError:
            pass

    async def wait_for(self, predicate, timeout: float = 5.0) -> dict[str, Any]:
        """The first message (old or new) that satisfies ``predicate``."""
        async with asyncio.timeout(timeout):
            while True:
                found = next((m for m in self.messages if predicate(m)), None)
                if found is not None:
                    return found
                self._changed.clear()
                await self._changed.wait()

    async def join(self, group: str, name: str = "", pin: str = PIN) -> dict[str, Any]:
        await self.send({"t": "hello", "token": self.token})
        await self.send({"t": "join", "pin": pin, "group": group, "name": name})
        return await self.wait_for(lambda m: m["t"] in ("joined", "error"))

    def last_state(self) -> dict[str, Any] | None:
        return next((m for m in reversed(self.messages) if m["t"] == "state"), None)

    async def close(self) -> None:
        if self.socket is not None:
            await self.socket.close()
        if self._reader is not None:
            await self._reader
