"""Events: their JSON round trip, and damaged stored rows refused with a message that says where."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.pk.events import (
    DATA_FIELDS,
    OPTIONAL_FIELDS,
    AwardRule,
    BuzzSource,
    Event,
    EventKind,
    MalformedEventError,
    check_sequence,
    event_from_json,
    event_to_json,
)

GOOD_ROW = {
    "seq": 7,
    "kind": "point_awarded",
    "at_ms": 1234.5,
    "data": {"group": "a", "rule": "first", "points": 1, "reason": ""},
}


def row(**changes):
    return {**GOOD_ROW, **changes}


def data(**changes):
    return row(data={**GOOD_ROW["data"], **changes})


def test_a_stored_row_becomes_an_event_and_back():
    event = event_from_json(GOOD_ROW)
    assert event == Event(
        7, EventKind.POINT_AWARDED, 1234.5, {"group": "a", "rule": "first", "points": 1, "reason": ""}
    )
    assert event_to_json(event) == GOOD_ROW
    assert json.loads(json.dumps(event_to_json(event))) == GOOD_ROW


def test_whole_milliseconds_read_from_storage_equal_the_float_written():
    assert event_from_json(row(at_ms=1234)).at_ms == 1234.0
    assert isinstance(event_from_json(row(at_ms=1234)).at_ms, float)


def test_an_event_cannot_be_edited():
    event = event_from_json(GOOD_ROW)
    with pytest.raises(TypeError):
        event.data["points"] = 5  # type: ignore[index]
    with pytest.raises(AttributeError):
        event.seq = 8  # type: ignore[misc]


@pytest.mark.parametrize(
    ("stored", "message"),
    [
        ("not a row", "event: must be a mapping, got str"),
        ({k: v for k, v in GOOD_ROW.items() if k != "data"}, "event 7: data is missing"),
        (row(extra=1), "event 7: 'extra' is not a field of an event"),
        (row(kind="buzzed"), "event 7: kind 'buzzed' is not a kind of event"),
        (row(seq=0), "event 0: seq must be a whole number from 1, got int 0"),
        (row(seq="7"), "event: seq must be a whole number from 1, got str '7'"),
        (row(seq=True), "event: seq must be a whole number from 1, got bool True"),
        (row(at_ms="12:00"), "event 7: at_ms must be a finite number of milliseconds, got str '12:00'"),
        (row(at_ms=float("nan")), "event 7: at_ms must be a finite number"),
        (row(data=[1, 2]), "event 7: data must be a mapping, got list"),
        (data(points="1"), "event 7: data.points must be a whole number, got str '1'"),
        (data(points=1.0), "event 7: data.points must be a whole number, got float 1.0"),
        (data(points=True), "event 7: data.points must be a whole number, got bool True"),
        (data(group=None), "event 7: data.group must be text, got NoneType None"),
        (data(rule="fastest"), "event 7: data.rule must be one of first, better, manual, got 'fastest'"),
        (data(reason="\ud800"), "event 7: data.reason is not valid Unicode text"),
        (data(colour="red"), "event 7: data.colour is not a field of point_awarded"),
        (
            row(data={"group": "a"}),
            "event 7: data.rule is missing; data.points is missing; data.reason is missing",
        ),
        (row(kind="undo", data={}), "event 7: data.target is missing"),
        (
            row(kind="buzzers_opened", data={"group": "a"}),
            "event 7: data.group is not a field of buzzers_opened",
        ),
    ],
)
def test_a_damaged_row_is_refused_with_a_clear_message(stored, message):
    with pytest.raises(MalformedEventError) as raised:
        event_from_json(stored)
    assert str(raised.value).startswith(message), str(raised.value)


def test_seqs_must_run_from_one_without_gaps():
    events = [event_from_json(row(seq=n)) for n in (1, 2, 4)]
    check_sequence(events[:2])
    with pytest.raises(MalformedEventError, match="event 4: found at position 3"):
        check_sequence(events)
    with pytest.raises(MalformedEventError, match="not an Event"):
        check_sequence([GOOD_ROW])  # type: ignore[list-item]


def test_every_kind_has_a_data_schema():
    assert set(DATA_FIELDS) == set(EventKind)


TEXT = st.text(max_size=20)
VALUES = {
    int: st.integers(-(2**40), 2**40),
    str: TEXT,
    float: st.one_of(st.floats(-1e12, 1e12, allow_nan=False), st.integers(-(10**9), 10**9)),
}


@st.composite
def events(draw):
    kind = draw(st.sampled_from(list(EventKind)))
    payload = {name: draw(VALUES[t]) for name, t in DATA_FIELDS[kind].items()}
    if kind is EventKind.POINT_AWARDED:
        payload["rule"] = draw(st.sampled_from([r.value for r in AwardRule]))
    for name, t in OPTIONAL_FIELDS.get(kind, {}).items():
        if draw(st.booleans()):
            payload[name] = draw(VALUES[t])
    if "source" in payload:
        payload["source"] = draw(st.sampled_from([s.value for s in BuzzSource]))
    at_ms = draw(st.one_of(st.floats(-1e12, 1e12, allow_nan=False), st.integers(-(10**9), 10**9)))
    return Event(draw(st.integers(1, 10**9)), kind, at_ms, payload)


@given(events())
def test_every_event_survives_the_round_trip_through_stored_json(event):
    stored = json.loads(json.dumps(event_to_json(event), ensure_ascii=False))
    assert event_from_json(stored) == event
