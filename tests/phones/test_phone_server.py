"""The phone server on loopback with many websocket clients (aiohttp's own client)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp
import pytest

from desktop.core.phones.protocol import MAX_MESSAGE_BYTES
from desktop.core.phones.seats import PIN_ATTEMPTS
from desktop.core.pk.events import EventKind
from desktop.phones.addresses import PublicAddressError, is_public
from desktop.phones.server import PhoneServer
from tests.phones.phone_clients import PIN, Clock, DirectPort, Phone, session_setup


@pytest.fixture
def served():
    port = DirectPort(session_setup(), Clock())
    server = port.start()
    yield port, server
    server.stop()


def run(coroutine):
    return asyncio.run(coroutine)


def test_the_page_is_served_by_the_app_itself_and_nothing_else(served):
    _, server = served

    async def scenario():
        async with aiohttp.ClientSession() as http:
            async with http.get(server.url) as page:
                assert page.status == 200
                html = await page.text()
                assert "/phone.js" in html and "http" not in html.split("<body>")[1]  # no CDN
                assert "default-src 'self'" in page.headers["Content-Security-Policy"]
            for name in ("phone.js", "phone.css"):
                async with http.get(server.url + name) as asset:
                    assert asset.status == 200
            for probe in ("../pyproject.toml", "%2e%2e/pyproject.toml", "ws2", "index.htm"):
                async with http.get(server.url + probe) as missing:
                    assert missing.status == 404

    run(scenario())


def test_thirty_phones_join_with_the_pin_and_each_gets_its_own_seat(served):
    port, server = served

    async def scenario():
        async with aiohttp.ClientSession() as http:
            phones = [Phone(http, server.url) for _ in range(30)]
            await asyncio.gather(*(p.connect() for p in phones))
            replies = await asyncio.gather(*(p.join(f"g{i % 4}", f"学员{i}") for i, p in enumerate(phones)))
            assert all(r["t"] == "joined" and r["token"] for r in replies)
            assert len({p.seat for p in phones}) == 30 and len({p.token for p in phones}) == 30
            # Each phone is told the board as soon as it joins.
            await asyncio.gather(*(p.wait_for(lambda m: m["t"] == "state") for p in phones))
            await asyncio.gather(*(p.close() for p in phones))

    run(scenario())
    seats = port.session.state.seats
    assert len(seats) == 30
    assert {s.name for s in seats.values()} == {f"学员{i}" for i in range(30)}
    # The log keeps a hash of each token, never the token.
    assert all(len(s.token_hash) == 64 for s in seats.values())


def test_wrong_pins_are_refused_and_then_even_the_right_one_waits(served):
    _, server = served

    async def scenario():
        async with aiohttp.ClientSession() as http:
            guesser = Phone(http, server.url)
            await guesser.connect()
            for n in range(PIN_ATTEMPTS):
                await guesser.send({"t": "pin", "pin": f"{n:06d}"})
            await guesser.send({"t": "join", "pin": PIN, "group": "g0", "name": ""})
            await guesser.wait_for(lambda m: m.get("code") == "blocked")
            codes = [m["code"] for m in guesser.messages if m["t"] == "error"]
            assert codes == ["wrong_pin"] * PIN_ATTEMPTS + ["blocked"]
            assert not any(m["t"] in ("groups", "joined") for m in guesser.messages)
            await guesser.close()

    run(scenario())


def test_a_buzz_locks_and_every_phone_sees_who_was_first(served):
    port, server = served

    async def scenario():
        async with aiohttp.ClientSession() as http:
            phones = [Phone(http, server.url) for _ in range(24)]
            await asyncio.gather(*(p.connect() for p in phones))
            await asyncio.gather(*(p.join(f"g{i % 4}") for i, p in enumerate(phones)))
            await asyncio.sleep(0.3)  # a few pings: every phone has a measured delay
            port.command("next_question")
            port.command("open_buzzers")
            await asyncio.gather(
                *(p.wait_for(lambda m: m["t"] == "state" and m["phase"] == "open") for p in phones)
            )
            await asyncio.gather(*(p.send({"t": "buzz"}) for p in phones))
            finals = await asyncio.gather(
                *(p.wait_for(lambda m: m["t"] == "state" and len(m["order"]) == 4) for p in phones)
            )
            firsts = {f["first"] for f in finals}
            assert len(firsts) == 1 and firsts.pop() is not None
            for final in finals:
                assert final["phase"] == "locked"
                assert final["mine"]["place"] in (1, 2, 3, 4)
                # All press at once: a later place may round to +0 ms, the first is always +0 ms.
                assert final["mine"]["gap_ms"] >= 0
                assert final["mine"]["place"] > 1 or final["mine"]["gap_ms"] == 0
                assert [b["gap_ms"] for b in final["order"]] == sorted(b["gap_ms"] for b in final["order"])
            await asyncio.gather(*(p.close() for p in phones))

    run(scenario())
    state = port.session.state
    # One buzz per group counts; the other phones of a group that already buzzed are ignored.
    assert len(state.buzzes) == 4 and all(b.source == "phone" for b in state.buzzes)


def test_a_dropped_phone_comes_back_to_its_seat_without_the_pin(served):
    port, server = served

    async def scenario():
        async with aiohttp.ClientSession() as http:
            phone = Phone(http, server.url)
            await phone.connect()
            await phone.join("g2", "小王")
            seat, token = phone.seat, phone.token
            await phone.close()
            back = Phone(http, server.url)
            back.token = token
            await back.connect()
            await back.send({"t": "hello", "token": token})
            joined = await back.wait_for(lambda m: m["t"] == "joined")
            assert joined["seat"] == seat and "token" not in joined
            stranger = Phone(http, server.url)
            await stranger.connect()
            await stranger.send({"t": "hello", "token": token[:-2] + "xx"})
            await stranger.wait_for(lambda m: m["t"] == "need_pin")
            await asyncio.gather(back.close(), stranger.close())

    run(scenario())
    assert len(port.session.state.seats) == 1
    seat = next(iter(port.session.state.seats))
    assert port.presences[:3] == [(seat, True), (seat, False), (seat, True)]


def test_nothing_a_phone_sends_changes_scores_questions_or_other_seats(served):
    port, server = served
    port.command("next_question")

    async def scenario():
        async with aiohttp.ClientSession() as http:
            victim, attacker = Phone(http, server.url), Phone(http, server.url)
            await asyncio.gather(victim.connect(), attacker.connect())
            await victim.join("g0", "小王")
            await attacker.send({"t": "buzz"})  # not joined yet
            await attacker.join("g1")
            hostile = [
                {"t": "award", "group": "g1", "points": 5},
                {"t": "join", "pin": PIN, "group": "g0", "name": "x"},  # a second seat on one connection
                {"t": "buzz", "seat": victim.seat},
                {"t": "hello", "token": victim.token[:10]},
                {"t": "state", "phase": "ended"},
                {"t": "pong", "id": "1; drop table"},
                "x" * (MAX_MESSAGE_BYTES + 10),
                "\x00\x01",
            ]
            for message in hostile:
                await attacker.send(message)
            await asyncio.sleep(0.3)
            codes = [m.get("code") for m in attacker.messages if m["t"] == "error"]
            assert codes[0] == "join_first" and codes.count("bad_message") == 6
            await attacker.send("y" * (4 * MAX_MESSAGE_BYTES))  # far too long: the connection is closed
            await asyncio.wait_for(attacker._reader, 5)
            assert attacker.socket.closed
            await asyncio.gather(victim.close(), attacker.close())

    run(scenario())
    state = port.session.state
    assert state.scores == dict.fromkeys(("g0", "g1", "g2", "g3"), 0)
    assert state.question_index == 0 and not state.buzzers_open
    assert {s.group for s in state.seats.values()} == {"g0", "g1"} and len(state.seats) == 2
    assert not [e for e in port.session.events if e.kind is EventKind.BUZZ]


def test_mashing_counts_once_and_an_early_press_is_a_false_start(served):
    port, server = served
    port.command("next_question")

    async def scenario():
        async with aiohttp.ClientSession() as http:
            phone = Phone(http, server.url)
            await phone.connect()
            await phone.join("g3")
            await phone.send({"t": "buzz"})
            await phone.wait_for(lambda m: m["t"] == "result" and m["result"] == "false_start")
            await asyncio.sleep(0.55)
            port.command("open_buzzers")
            await phone.wait_for(lambda m: m["t"] == "state" and m["phase"] == "open")  # as a person would
            await asyncio.sleep(0.02)
            for _ in range(10):
                await phone.send({"t": "buzz"})
            await phone.wait_for(lambda m: m["t"] == "state" and m["mine"] is not None)
            await asyncio.sleep(0.2)
            await phone.close()

    run(scenario())
    kinds = [e.kind for e in port.session.events]
    assert kinds.count(EventKind.FALSE_START) == 1 and kinds.count(EventKind.BUZZ) == 1


def test_the_server_refuses_a_public_address_without_confirmation():
    assert not is_public("127.0.0.1") and not is_public("192.168.1.20") and not is_public("fe80::1")
    assert is_public("8.8.8.8") and is_public("0.0.0.0") and is_public("example.com")
    port = DirectPort(session_setup(), Clock())
    with pytest.raises(PublicAddressError, match="8.8.8.8"):
        PhoneServer(port.session.setup, PIN, [], Clock(), port, Path("."), host="8.8.8.8")
    confirmed = PhoneServer(
        port.session.setup, PIN, [], Clock(), port, Path("."), "8.8.8.8", allow_public=True
    )
    assert confirmed.url.startswith("http://8.8.8.8:")
