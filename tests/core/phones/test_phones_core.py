"""Seats, PINs, delay estimates, cooldown and the message checks of phone buzzers."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.phones.latency import MAX_ONE_WAY_MS, Cooldown, OneWayDelay
from desktop.core.phones.protocol import (
    MAX_MESSAGE_BYTES,
    BoardText,
    ProtocolError,
    board,
    parse_message,
    phone_view,
)
from desktop.core.phones.seats import PIN_ATTEMPTS, PIN_WINDOW_MS, PinGuard, SeatBook, new_pin, token_hash
from desktop.core.pk.setup import SessionSetup


def test_the_delay_is_half_the_round_trip_timed_on_the_server_clock():
    delay = OneWayDelay()
    assert delay.estimate_ms == 0.0
    for n in range(5):
        ping = delay.ping_sent(1000.0 * n)
        assert delay.pong_received(ping, 1000.0 * n + 84.0)
    assert delay.estimate_ms == 42.0
    assert not delay.pong_received(999, 5000.0)  # an id never sent is no sample


def test_slow_pings_do_not_move_the_estimate_and_none_exceeds_the_cap():
    delay = OneWayDelay()
    for rtt in (60, 62, 58, 61, 2000, 75):
        delay.add_round_trip(rtt)
    assert delay.estimate_ms == 29
    stalled = OneWayDelay()
    stalled.add_round_trip(10_000)
    assert stalled.estimate_ms == MAX_ONE_WAY_MS


@given(st.lists(st.floats(0, 1e6, allow_nan=False), min_size=1, max_size=40))
def test_the_estimate_is_always_within_the_samples_and_the_cap(round_trips):
    delay = OneWayDelay()
    for rtt in round_trips:
        delay.add_round_trip(rtt)
    recent = [min(r / 2, MAX_ONE_WAY_MS) for r in round_trips[-15:]]
    assert min(recent) <= delay.estimate_ms <= max(recent) <= MAX_ONE_WAY_MS


def test_mashing_the_button_counts_one_press_per_cooldown():
    cooldown = Cooldown(500)
    presses = [cooldown.allow(t) for t in range(0, 1000, 50)]
    assert presses.count(True) == 2  # at 0 ms and at 500 ms


def test_wrong_pins_are_refused_then_the_address_must_wait():
    guard = PinGuard("123456")
    for n in range(PIN_ATTEMPTS):
        assert guard.blocked_for_ms("10.0.0.7", n) == 0
        assert not guard.check("10.0.0.7", "000000", n)
    assert guard.blocked_for_ms("10.0.0.7", 100) > 0
    assert guard.blocked_for_ms("10.0.0.8", 100) == 0  # another phone is not punished
    assert guard.check("10.0.0.8", "123456", 100)
    assert guard.blocked_for_ms("10.0.0.7", PIN_WINDOW_MS + 10) == 0
    assert not guard.check("x", 123456, 0)  # not text: wrong, never an exception


def test_pins_have_four_to_six_digits():
    assert len(new_pin()) == 6 and new_pin(4).isdigit()
    with pytest.raises(ValueError):
        new_pin(3)


def test_one_seat_per_token_and_the_same_seat_on_return():
    book = SeatBook()
    token, holder = book.take("a", "小王")
    other, second = book.take("a", "小李")
    assert holder.seat != second.seat and token != other
    assert book.find(token) == holder
    assert book.find("forged") is None and book.find(None) is None
    # Restored from the log (which keeps only the hash), the token still finds its seat.
    assert SeatBook(book.holders()).find(token) == holder
    assert holder.token_hash == token_hash(token) != token


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("x" * (MAX_MESSAGE_BYTES + 1), "too long"),
        ("{not json", "not JSON"),
        ("[1]", "JSON object"),
        ('{"t": "score", "group": "a", "points": 5}', "unknown message type"),
        ('{"t": "buzz", "group": "b"}', "unexpected field"),
        ('{"t": "pong", "id": true}', "whole number"),
        ('{"t": "join", "pin": "1", "group": "a"}', "name is missing"),
        ('{"t": "join", "pin": "1", "group": "a", "name": "\\u0007bell"}', "printable"),
        (b"\xff\xfe", "not JSON"),
    ],
)
def test_a_message_of_the_wrong_shape_is_refused_with_its_reason(raw, reason):
    with pytest.raises(ProtocolError, match=reason):
        parse_message(raw)


@given(st.one_of(st.text(max_size=600), st.binary(max_size=600)))
def test_any_input_is_a_message_or_a_refusal(raw):
    try:
        message = parse_message(raw)
    except ProtocolError:
        return
    assert message.type in {"hello", "pin", "join", "buzz", "pong"}


@given(st.dictionaries(st.text(max_size=8), st.one_of(st.integers(), st.text(max_size=8)), max_size=5))
def test_random_json_objects_are_messages_or_refusals(value):
    try:
        parse_message(json.dumps(value))
    except ProtocolError:
        pass


def test_each_phone_sees_the_shared_board_and_where_its_group_came(pk_setup: SessionSetup):
    from desktop.core.pk.session import PkSession

    clock = iter(range(0, 10_000, 10))
    session = PkSession(pk_setup, [], lambda: float(next(clock)), lambda e: None)
    session.next_question()
    session.open_buzzers()
    session.buzz("b")
    session.buzz("a")
    shared = board(pk_setup, session.state)
    assert shared["phase"] == "locked" and shared["first"] == "b"
    book = SeatBook()
    _, holder = book.take("a", "小王")
    view = phone_view(shared, holder)
    assert view["mine"] == {"place": 2, "gap_ms": 10}
    assert view["you"]["group"] == "a"
    assert "answer" not in json.dumps(view)


def test_the_board_encoded_once_gives_each_phone_exactly_its_own_view(pk_setup: SessionSetup):
    from desktop.core.pk.session import PkSession

    clock = iter(range(0, 10_000, 10))
    session = PkSession(pk_setup, [], lambda: float(next(clock)), lambda e: None)
    session.next_question()
    session.open_buzzers()
    session.buzz("b")
    shared = board(pk_setup, session.state)
    book = SeatBook()
    holders = [book.take(g, f'小"王{i}"')[1] for i, g in enumerate(["a", "b", "a", "b"])]
    text = BoardText(shared)
    for holder in holders:
        assert json.loads(text.for_holder(holder)) == phone_view(shared, holder)
    assert json.loads(text.for_holder(holders[1]))["mine"] == {"place": 1, "gap_ms": 0}
    assert json.loads(text.for_holder(holders[0]))["mine"] is None


@pytest.fixture
def pk_setup() -> SessionSetup:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parents[1] / "pk"))
    from pk_helpers import make_setup

    return make_setup()
