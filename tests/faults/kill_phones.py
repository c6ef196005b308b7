"""Kill -9 the real app while phones are buzzing, again and again; the phones come back by themselves.

    python tests/faults/kill_phones.py --runs 20 [--phones 8] [--seed S]

The phones live in this process, as real phones live in the room: aiohttp websockets that behave
like the phone page (answer pings, buzz while the buzzers are open, and when the connection drops
try again every 0.2 s with the token they were given — never the PIN again). Each run starts the
app (offscreen) on the same data folder; the first run starts a session and turns phones on at
127.0.0.1, every later run resumes that session through the app's own code path, which starts the
server again at the same address with the same PIN and seats. The app plays the facilitator (next
question, open the buzzers, award the first, close) and the parent kills it with SIGKILL at a random
moment. Checked after each kill, from the database alone:
- lost: a buzz a phone was told about (its group in the board's order for that question) that the
  stored log does not hold as that group's phone buzz in that question;
- reconnected: each phone back on its own seat after the restart, by its token alone;
- resumed: the restarted app began from the stored log (events, question, scores);
- seats: one per phone in the log (a phone coming back never takes a second seat);
- PRAGMA integrity_check.
The last line reads ``runs=N phones=P lost=L reconnected=R/(N-1)*P resumed=M/N seats_ok=S integrity_failures=F
pin_asked=0 wrong_seat=0``; the exit code is 1 when any of them is off.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sqlite3
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.faults.app_process import kill_and_read_stderr, start_driven_app  # noqa: E402

GROUPS = 4
RETRY_S = 0.2  # the phone page retries a dropped connection about this often
RECONNECT_WITHIN_S = 15.0


# -- the app side (runs inside the killed process) -------------------------------------------------
def drive(data_dir: Path, seed: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer

    from desktop.app import Shell, create_application
    from desktop.core.pk.setup import Group, ScoringRules, SessionSetup, default_key
    from desktop.ui.pk import phones as phones_module

    app = create_application()
    shell = Shell(data_dir, "zh_CN")
    shell.context.open_store_now()
    window = shell.window
    window.pk.sound.enabled = False
    unfinished = shell.context.store.pk_sessions(unfinished_only=True)
    if unfinished:
        opened = window.pk.open(unfinished[0].id, show=False)  # starts the phones' server again itself
    else:
        banks, _ = shell.context.banks()
        refs = tuple(f"{b.id}/{q.id}" for b in banks for q in b.questions)[:200]
        groups = tuple(Group(f"g{i}", f"第{i + 1}组", "", "#1d70b8", default_key(i)) for i in range(GROUPS))
        opened = window.pk.start_new("kill phones", SessionSetup(groups, refs, ScoringRules()))
        # A port of the system's choosing, kept by the session from then on: another app or test on
        # this machine may hold the usual 8765, and its PIN guard would count these phones' tries.
        phones_module.PREFERRED_PORT = 0
        opened.phones.start("127.0.0.1")
    controller, link = opened.controller, opened.phones
    state = controller.state
    ready = {
        "events": len(controller.session.events),
        "question": state.question_index,
        "scores": dict(state.scores),
        "url": link.url,
        "pin": link.pin,
    }
    print("READY " + json.dumps(ready), flush=True)
    rng = random.Random(seed)

    def facilitator() -> None:
        current = controller.state
        if current.buzzers_open:
            opening = [b for b in current.buzzes if b.opening == current.opening]
            if opening or rng.random() < 0.2:
                if opening and current.locked_by is not None and rng.random() < 0.7:
                    controller.award_first()
                controller.toggle_buzzers()
        elif current.question_index is None or rng.random() < 0.8:
            controller.run(controller.session.next_question)
            controller.toggle_buzzers()
        else:
            controller.toggle_buzzers()  # the same question again: groups that buzzed stay out
        print("ACK " + json.dumps({"events": len(controller.session.events)}), flush=True)

    steps = QTimer()
    steps.timeout.connect(facilitator)
    steps.start(rng.randint(250, 450))
    app.exec()


# -- the phones (in this process, outliving every kill) --------------------------------------------
class RoomPhone:
    def __init__(self, index: int, group: str, rng: random.Random):
        self.index, self.group, self.rng = index, group, rng
        self.token = ""
        self.seat = ""
        self.url = ""
        self.pin = ""
        self.attached = asyncio.Event()  # on its seat on the current server
        self.board: dict[str, Any] | None = None
        self.told: set[int] = set()  # questions in which the board showed its group's buzz
        self.wrong_seat = 0
        self.asked_for_pin = 0
        self.socket: Any = None

    async def live(self, http: Any, stop: asyncio.Event) -> None:
        """Connects, and after any drop connects again by itself, like the phone page."""
        while not stop.is_set():
            try:
                async with http.ws_connect(self.url + "ws", heartbeat=None) as socket:
                    self.socket = socket
                    if self.token:
                        await socket.send_str(json.dumps({"t": "hello", "token": self.token}))
                    else:
                        join = {
                            "t": "join",
                            "pin": self.pin,
                            "group": self.group,
                            "name": f"手机{self.index}",
                        }
                        await socket.send_str(json.dumps(join))
                    async for message in socket:
                        await self._receive(socket, json.loads(message.data))
            except (TimeoutError, OSError, ValueError):
                pass
            except Exception as exc:
                if "aiohttp" not in type(exc).__module__:
                    raise
            self.socket = None
            self.attached.clear()
            await asyncio.sleep(RETRY_S)

    async def _receive(self, socket: Any, data: dict[str, Any]) -> None:
        kind = data.get("t")
        if kind == "ping":
            await socket.send_str(json.dumps({"t": "pong", "id": data["id"]}))
        elif kind == "joined":
            if self.seat and data["seat"] != self.seat:
                self.wrong_seat += 1
            self.seat = data["seat"]
            self.token = data.get("token", self.token)
            self.attached.set()
        elif kind == "need_pin":
            self.asked_for_pin += 1  # the seat was forgotten: counted as a failure, then joined again
            self.token = ""
            await socket.close()
        elif kind == "state":
            self.board = data
            if data.get("mine") is not None and data.get("question") is not None:
                self.told.add(data["question"] - 1)

    async def press_now_and_then(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            await asyncio.sleep(self.rng.uniform(0.05, 0.4))
            board, socket = self.board, self.socket
            if socket is not None and board and board.get("phase") == "open" and board.get("mine") is None:
                try:
                    await socket.send_str('{"t":"buzz"}')
                except (ConnectionError, RuntimeError):
                    pass


# -- the checking side ----------------------------------------------------------------------------
def stored_log(data_dir: Path) -> dict[str, Any]:
    """What the database holds: events, the state they give, seats, and (question, group) phone buzzes."""
    from desktop.core.pk.events import event_from_json
    from desktop.core.pk.setup import setup_from_json
    from desktop.core.pk.state import fold

    with sqlite3.connect(data_dir / "training-assessment.db") as conn:
        session_id, setup_json = conn.execute("SELECT id, setup_json FROM pk_session ORDER BY id").fetchone()
        rows = conn.execute(
            "SELECT seq, kind, at_ms, data_json FROM pk_event WHERE session_id = ? ORDER BY seq",
            (session_id,),
        ).fetchall()
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    events = [
        event_from_json({"seq": s, "kind": k, "at_ms": a, "data": json.loads(d)}) for s, k, a, d in rows
    ]
    state = fold(setup_from_json(json.loads(setup_json)), events)
    question = None
    buzzes: set[tuple[int, str]] = set()
    for event in events:  # the drive never undoes, so the question is the last one shown
        if event.kind == "question_shown":
            question = event.data["index"]
        elif event.kind == "buzz" and event.data.get("source") == "phone" and question is not None:
            buzzes.add((question, event.data["group"]))
    return {
        "events": len(events),
        "question": state.question_index,
        "scores": dict(state.scores),
        "seats": len(state.seats),
        "phone_buzzes": buzzes,
        "integrity": integrity,
    }


class AppLines:
    """The app's stdout read on a thread, handed to the phones' loop."""

    def __init__(self, proc: Any, loop: asyncio.AbstractEventLoop):
        self.lines: asyncio.Queue[str] = asyncio.Queue()
        self._loop = loop
        threading.Thread(target=self._read, args=(proc,), daemon=True).start()

    def _read(self, proc: Any) -> None:
        try:
            for line in proc.stdout:
                self._loop.call_soon_threadsafe(self.lines.put_nowait, line)
        except (ValueError, OSError):
            pass  # the pipe was closed after the kill
        self._loop.call_soon_threadsafe(self.lines.put_nowait, "")

    async def next(self, prefix: str, timeout: float) -> str | None:
        async with asyncio.timeout(timeout):
            while True:
                line = await self.lines.get()
                if not line:
                    return None
                if line.startswith(prefix):
                    return line[len(prefix) :]


async def run_all(runs: int, phone_count: int, seed: int, verbose: bool) -> dict[str, Any]:
    import aiohttp

    rng = random.Random(seed)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    phones = [RoomPhone(i, f"g{i % GROUPS}", random.Random(rng.random())) for i in range(phone_count)]
    lost_buzzes: set[tuple[int, str]] = set()
    reconnected = resumed = seats_ok = integrity_failures = 0
    stop = asyncio.Event()
    tasks: list[asyncio.Task[None]] = []
    expected: dict[str, Any] | None = None
    with tempfile.TemporaryDirectory(prefix="ta-kill-phones-") as tmp:
        data_dir = Path(tmp)
        async with aiohttp.ClientSession() as http:
            for run in range(runs):
                proc = start_driven_app(
                    __file__, [str(data_dir), "--seed", str(rng.randrange(10**9))], env, ROOT
                )
                lines = AppLines(proc, asyncio.get_running_loop())
                ready_text = await lines.next("READY ", 120)
                if ready_text is None:
                    raise SystemExit(f"run {run}: the app did not start:\n{kill_and_read_stderr(proc)}")
                ready = json.loads(ready_text)
                if expected is None or all(ready[k] == expected[k] for k in ("events", "question", "scores")):
                    resumed += 1
                elif verbose:
                    print(f"run {run}: resumed at {ready}, expected {expected}", file=sys.stderr)
                if not tasks:  # the first run: the phones join with the PIN shown on the stage
                    for phone in phones:
                        phone.url, phone.pin = ready["url"], ready["pin"]
                        tasks.append(asyncio.create_task(phone.live(http, stop)))
                        tasks.append(asyncio.create_task(phone.press_now_and_then(stop)))
                elif ready["url"] != phones[0].url:
                    print(f"run {run}: the server came back at {ready['url']}", file=sys.stderr)
                seats_before = [p.seat for p in phones]
                back = await asyncio.gather(
                    *(asyncio.wait_for(p.attached.wait(), RECONNECT_WITHIN_S) for p in phones),
                    return_exceptions=True,
                )
                came_back = sum(
                    1
                    for p, b, seat in zip(phones, back, seats_before, strict=True)
                    if not isinstance(b, BaseException)
                    and (not seat or p.seat == seat)
                    and not p.asked_for_pin
                )
                if run:  # the first run's phones joined with the PIN; every later one must come back
                    reconnected += came_back
                kill_after = rng.uniform(0.3, 2.5)  # seconds of buzzing before the power cut
                end = time.monotonic() + kill_after
                while time.monotonic() < end:
                    try:
                        await lines.next("ACK ", max(0.01, end - time.monotonic()))
                    except TimeoutError:
                        break
                told = {(q, p.group) for p in phones for q in p.told}
                stderr = kill_and_read_stderr(proc)
                for phone in phones:
                    phone.attached.clear()
                stored = stored_log(data_dir)
                missing = told - stored["phone_buzzes"]
                lost_buzzes |= missing
                seats_ok += stored["seats"] == phone_count
                integrity_failures += not stored["integrity"]
                expected = stored
                if verbose:
                    print(
                        f"run {run}: back={came_back}/{phone_count} told={len(told)} missing={sorted(missing)} "
                        f"events={stored['events']} seats={stored['seats']}",
                        file=sys.stderr,
                    )
                    if missing:
                        print(stderr[-2000:], file=sys.stderr)
            stop.set()
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
    return {
        "runs": runs,
        "phones": phone_count,
        "lost": len(lost_buzzes),
        "reconnected": f"{reconnected}/{(runs - 1) * phone_count}",
        "resumed": f"{resumed}/{runs}",
        "seats_ok": seats_ok,
        "integrity_failures": integrity_failures,
        "pin_asked": sum(p.asked_for_pin for p in phones),
        "wrong_seat": sum(p.wrong_seat for p in phones),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--phones", type=int, default=8)
    parser.add_argument("--seed", type=int, default=20261202)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--drive", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.drive:
        drive(args.drive, args.seed)
        return 0
    result = asyncio.run(run_all(args.runs, args.phones, args.seed, args.verbose))
    print(" ".join(f"{k}={v}" for k, v in result.items()))
    runs, phones = result["runs"], result["phones"]
    good = (
        result["lost"] == 0
        and result["reconnected"] == f"{(runs - 1) * phones}/{(runs - 1) * phones}"
        and result["resumed"] == f"{runs}/{runs}"
        and result["seats_ok"] == runs
        and result["integrity_failures"] == 0
        and result["pin_asked"] == 0
        and result["wrong_seat"] == 0
    )
    return 0 if good else 1


if __name__ == "__main__":
    raise SystemExit(main())
