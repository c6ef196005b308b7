"""The phones of ``bench-phones``, in a process of their own (real phones do not share the app's CPU
time or its interpreter lock). Reads commands as JSON lines on stdin, answers on stdout.

``python -m desktop.cli.bench_phones_clients URL PIN GROUPS CLIENTS SEED``: connects CLIENTS phones
(phone i joins group ``g{i % GROUPS}``), each with a one-way delay of 10–150 ms added to everything
it sends and receives, and prints ``{"ready": true}``. Then for each ``{"press": [[i, at], ...]}``
(``at`` in ``time.perf_counter()`` milliseconds, the same clock in every process on one machine) phone
i presses at ``at``; the reply lists when each really pressed. ``{"quit": true}`` closes them all.
"""

from __future__ import annotations

import asyncio
import json
import random
import sys
import time
from typing import Any

import aiohttp

#: How every board the app sends begins (``protocol.encode`` writes the type first).
BOARD_PREFIX = '{"t":"state"'


def now_ms() -> float:
    return time.perf_counter() * 1000.0


class BenchPhone:
    def __init__(self, index: int, delay_ms: float):
        self.index, self.delay_s = index, delay_ms / 1000.0
        self.socket: Any = None
        self.joined = asyncio.Event()
        self.tasks: set[asyncio.Task[None]] = set()

    async def connect(self, http: aiohttp.ClientSession, url: str, pin: str, group: str) -> None:
        self.socket = await http.ws_connect(url + "ws")
        self._spawn(self._read())
        await self._send({"t": "join", "pin": pin, "group": group, "name": f"phone {self.index}"})
        await self.joined.wait()

    def _spawn(self, coroutine: Any) -> None:
        task = asyncio.get_running_loop().create_task(coroutine)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def _send(self, message: dict[str, Any]) -> None:
        await asyncio.sleep(self.delay_s)  # up to the app
        try:
            await self.socket.send_str(json.dumps(message))
        except ConnectionError:
            pass

    async def _read(self) -> None:
        async for message in self.socket:
            if message.type is not aiohttp.WSMsgType.TEXT:
                break
            if message.data.startswith(BOARD_PREFIX):
                continue  # a real phone draws it with its own CPU; here it would take the app's
            self._spawn(self._arrive(json.loads(message.data)))

    async def _arrive(self, data: dict[str, Any]) -> None:
        await asyncio.sleep(self.delay_s)  # down to the phone
        if data["t"] == "ping":
            await self._send({"t": "pong", "id": data["id"]})
        elif data["t"] == "joined":
            self.joined.set()

    async def press_at(self, at_ms: float) -> float:
        await asyncio.sleep(max(0.0, at_ms - now_ms()) / 1000.0)
        pressed = now_ms()
        await self._send({"t": "buzz"})
        return pressed

    async def close(self) -> None:
        for task in list(self.tasks):
            task.cancel()
        await self.socket.close()


async def main(url: str, pin: str, groups: int, clients: int, seed: int) -> None:
    rng = random.Random(seed)
    phones = [BenchPhone(i, rng.uniform(10.0, 150.0)) for i in range(clients)]
    loop = asyncio.get_running_loop()
    async with aiohttp.ClientSession() as http:
        await asyncio.gather(*(p.connect(http, url, pin, f"g{p.index % groups}") for p in phones))
        print(json.dumps({"ready": True}), flush=True)
        while True:
            line = await loop.run_in_executor(None, sys.stdin.readline)
            if not line.strip():
                break  # the app closed our input: as good as "quit"
            command = json.loads(line)
            if "quit" in command:
                break
            plan: list[tuple[int, float]] = [(int(i), float(at)) for i, at in command["press"]]
            presses = await asyncio.gather(*(phones[i].press_at(at) for i, at in plan))
            print(
                json.dumps({"pressed": [[i, p] for (i, _), p in zip(plan, presses, strict=True)]}), flush=True
            )
        await asyncio.gather(*(p.close() for p in phones))


if __name__ == "__main__":
    url, pin, groups, clients, seed = sys.argv[1:6]
    asyncio.run(main(url, pin, int(groups), int(clients), int(seed)))
