"""Phone buzzes in the session's one log: judged by receive time less the phone's delay, mixed with keys."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "pk"))

from pk_helpers import FakeClock, RecordingSink, make_setup, new_session

from desktop.core.pk.events import Event, EventKind, event_from_json, event_to_json
from desktop.core.pk.session import BuzzResult, PkSession
from desktop.core.pk.state import fold


def opened_session():
    session, clock, sink = new_session()
    session.next_question()
    clock.advance(1000)
    session.open_buzzers()
    return session, clock, sink


def test_a_slow_phone_that_pressed_first_wins_although_its_buzz_arrived_second():
    session, clock, _ = opened_session()
    opened = clock()
    # Group b's phone (10 ms away) presses 20 ms after group a's (150 ms away): b's buzz arrives first.
    clock.advance(30)
    first_arrival = session.phone_buzz("b", "p2", clock(), 10.0)
    assert first_arrival.result is BuzzResult.FIRST
    clock.advance(120)
    late_arrival = session.phone_buzz("a", "p1", clock(), 150.0)
    assert late_arrival.result is BuzzResult.FIRST
    state = session.state
    assert state.locked_by == "a"
    a, b = state.buzzes
    assert (a.group, a.first, a.at_ms - opened) == ("a", True, 0.0)
    assert (b.group, b.delay_ms) == ("b", 20.0)
    # The console shows both: b arrived 120 ms before a (raw), yet pressed 20 ms after it (corrected).
    assert b.raw_delay_ms == -120.0
    assert a.source == b.source == "phone"


def test_keys_and_phones_share_the_lock_and_the_tie_window():
    session, clock, _ = opened_session()
    clock.advance(100)
    session.buzz("a")  # a key
    clock.advance(40)
    session.phone_buzz("b", "p1", clock(), 30.0)  # pressed 10 ms after the key
    state = session.state
    assert state.locked_by == "a"
    assert state.tie_with == ("b",)  # within the default tie window
    assert [b.source for b in state.buzzes] == ["key", "phone"]


def test_a_press_before_the_buzzers_open_is_a_logged_false_start_not_a_buzz():
    session, clock, _ = new_session()
    session.next_question()
    outcome = session.phone_buzz("a", "p1", clock(), 20.0)
    assert outcome.result is BuzzResult.FALSE_START
    assert session.state.buzzes == ()
    assert [(f.group, f.seat) for f in session.state.false_starts] == [("a", "p1")]
    # Judged before the opening although it arrived after it: also a false start, with how early.
    clock.advance(500)
    session.open_buzzers()
    clock.advance(30)
    early = session.phone_buzz("b", "p2", clock(), 80.0)
    assert early.result is BuzzResult.FALSE_START
    assert session.state.false_starts[-1].early_ms == 50.0
    assert session.state.locked_by is None
    # A false start costs nothing: the group may still buzz in this opening.
    clock.advance(200)
    assert session.phone_buzz("b", "p2", clock(), 80.0).result is BuzzResult.FIRST


def test_false_starts_seats_and_pin_survive_the_log_and_cannot_be_undone():
    session, clock, sink = new_session()
    session.open_phones("482913", "192.168.1.20", 8765)
    session.take_seat("p1", "hash1", "a", "小王")
    session.next_question()
    session.phone_buzz("a", "p1", clock(), 5.0)
    assert session.undo_target().kind is EventKind.QUESTION_SHOWN
    stored = [event_from_json(event_to_json(e)) for e in sink.committed]
    resumed = PkSession(make_setup(), stored, FakeClock(clock()), RecordingSink())
    assert resumed.state.phones_pin == "482913"
    assert resumed.state.phones_address == ("192.168.1.20", 8765)
    assert dict(resumed.state.seats)["p1"].name == "小王"
    assert resumed.state == session.state


def test_a_log_written_before_phones_existed_replays_unchanged():
    rows = [
        {"seq": 1, "kind": "question_shown", "at_ms": 10.0, "data": {"index": 0}},
        {"seq": 2, "kind": "buzzers_opened", "at_ms": 20.0, "data": {}},
        {"seq": 3, "kind": "buzz", "at_ms": 120.0, "data": {"group": "b"}},
        {"seq": 4, "kind": "buzz", "at_ms": 130.0, "data": {"group": "a"}},
    ]
    state = fold(make_setup(), [event_from_json(r) for r in rows])
    assert [(b.group, b.delay_ms, b.raw_delay_ms, b.source) for b in state.buzzes] == [
        ("b", 0.0, 0.0, "key"),
        ("a", 10.0, 10.0, "key"),
    ]
    assert state.locked_by == "b" and state.seats == {} and state.phones_pin is None


def test_a_phone_buzz_is_written_with_its_source_and_how_it_was_judged():
    session, clock, sink = opened_session()
    clock.advance(100)
    session.phone_buzz("c", "p3", clock(), 42.0)
    event: Event = sink.committed[-1]
    assert event.kind is EventKind.BUZZ
    assert dict(event.data) == {
        "group": "c",
        "source": "phone",
        "seat": "p3",
        "received_ms": clock(),
        "latency_ms": 42.0,
    }
    assert event.at_ms == clock() - 42.0
