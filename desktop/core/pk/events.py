"""The events of a group PK session: what happened, in order, as stored rows.

Every facilitator action and every counted buzz is one event, committed to storage before it is
acknowledged; the scores are computed from the log and nothing is ever deleted (undo is an event
too). An ``Event`` checks its own shape when built, so a damaged stored row is refused with a
message naming the event and the field instead of corrupting the scores later. Whether an event
makes sense at its place in the session (a buzz while the buzzers are closed…) is the fold's
business, not this module's. Pure Python; no Qt.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Any


class EventKind(StrEnum):
    QUESTION_SHOWN = "question_shown"
    BUZZERS_OPENED = "buzzers_opened"
    BUZZERS_CLOSED = "buzzers_closed"
    BUZZ = "buzz"
    POINT_AWARDED = "point_awarded"
    POINT_WITHDRAWN = "point_withdrawn"
    ANSWER_REVEALED = "answer_revealed"
    COUNTDOWN_STARTED = "countdown_started"
    COUNTDOWN_STOPPED = "countdown_stopped"
    UNDO = "undo"
    SESSION_ENDED = "session_ended"
    #: Phones as buzzers: the server started with this PIN at this address; after a kill -9 the resumed
    #: session starts it again there, so phones find it by themselves.
    PHONES_OPENED = "phones_opened"
    #: A phone took a seat for a group; only a hash of its token is kept.
    SEAT_TAKEN = "seat_taken"
    #: A phone pressed before the buzzers opened: logged for the facilitator, never a buzz.
    FALSE_START = "false_start"


class BuzzSource(StrEnum):
    KEY = "key"
    PHONE = "phone"


class AwardRule(StrEnum):
    FIRST = "first"
    BETTER = "better"
    MANUAL = "manual"


#: The fields of each kind's ``data`` and their JSON types; nothing else is allowed in it.
DATA_FIELDS: Mapping[EventKind, Mapping[str, type]] = MappingProxyType(
    {
        EventKind.QUESTION_SHOWN: {"index": int},
        EventKind.BUZZERS_OPENED: {},
        EventKind.BUZZERS_CLOSED: {},
        EventKind.BUZZ: {"group": str},
        EventKind.POINT_AWARDED: {"group": str, "rule": str, "points": int, "reason": str},
        EventKind.POINT_WITHDRAWN: {"award": int, "reason": str},
        EventKind.ANSWER_REVEALED: {},
        EventKind.COUNTDOWN_STARTED: {"seconds": int},
        EventKind.COUNTDOWN_STOPPED: {},
        EventKind.UNDO: {"target": int},
        EventKind.SESSION_ENDED: {},
        EventKind.PHONES_OPENED: {"pin": str, "host": str, "port": int},
        EventKind.SEAT_TAKEN: {"seat": str, "token_hash": str, "group": str, "name": str},
        EventKind.FALSE_START: {"group": str, "seat": str, "early_ms": float},
    }
)
#: Fields a kind may carry beyond its required ones. A buzz from a phone says where it came from and
#: how its time was judged (the server's receive time and the phone's estimated one-way delay); a
#: buzz from a key, and every buzz of a log written before phones existed, has only ``group``.
OPTIONAL_FIELDS: Mapping[EventKind, Mapping[str, type]] = MappingProxyType(
    {EventKind.BUZZ: {"source": str, "seat": str, "received_ms": float, "latency_ms": float}}
)
EVENT_JSON_KEYS = ("seq", "kind", "at_ms", "data")


class MalformedEventError(ValueError):
    """An event (usually a stored row) that is not shaped like any event this app writes."""


def _describe(value: object) -> str:
    return f"{type(value).__name__} {value!r}"


def _is_int(value: object) -> bool:
    # bool is an int to Python but never a count or an index in a stored event.
    return isinstance(value, int) and not isinstance(value, bool)


def _value_problem(name: str, expected: type, value: object) -> str | None:
    if expected is int and not _is_int(value):
        return f"data.{name} must be a whole number, got {_describe(value)}"
    if expected is float and (
        isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value)
    ):
        return f"data.{name} must be a finite number, got {_describe(value)}"
    if expected is str:
        if not isinstance(value, str):
            return f"data.{name} must be text, got {_describe(value)}"
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            # A lone surrogate cannot be stored as UTF-8: refuse it here, not in the middle of a commit.
            return f"data.{name} is not valid Unicode text"
    return None


def data_problems(kind: EventKind, data: Mapping[str, Any]) -> list[str]:
    required = DATA_FIELDS[kind]
    fields = {**required, **OPTIONAL_FIELDS.get(kind, {})}
    problems = [f"data.{name} is missing" for name in required if name not in data]
    problems += [f"data.{name} is not a field of {kind.value}" for name in data if name not in fields]
    for name, expected in fields.items():
        if name in data:
            problem = _value_problem(name, expected, data[name])
            if problem:
                problems.append(problem)
    if kind is EventKind.POINT_AWARDED and isinstance(data.get("rule"), str):
        if data["rule"] not in tuple(AwardRule):
            rules = ", ".join(r.value for r in AwardRule)
            problems.append(f"data.rule must be one of {rules}, got {data['rule']!r}")
    if kind is EventKind.BUZZ and isinstance(data.get("source"), str):
        if data["source"] not in tuple(BuzzSource):
            sources = ", ".join(s.value for s in BuzzSource)
            problems.append(f"data.source must be one of {sources}, got {data['source']!r}")
    return problems


@dataclass(frozen=True)
class Event:
    seq: int
    kind: EventKind
    at_ms: float
    data: Mapping[str, Any]

    def __post_init__(self) -> None:
        where = f"event {self.seq}" if _is_int(self.seq) else "event"
        problems = []
        if not _is_int(self.seq) or self.seq < 1:
            problems.append(f"seq must be a whole number from 1, got {_describe(self.seq)}")
        if not isinstance(self.kind, EventKind):
            problems.append(f"kind must be an EventKind, got {_describe(self.kind)}")
        if (
            isinstance(self.at_ms, bool)
            or not isinstance(self.at_ms, int | float)
            or not math.isfinite(self.at_ms)
        ):
            problems.append(f"at_ms must be a finite number of milliseconds, got {_describe(self.at_ms)}")
        if not isinstance(self.data, Mapping):
            problems.append(f"data must be a mapping, got {_describe(self.data)}")
        elif isinstance(self.kind, EventKind):
            problems += data_problems(self.kind, self.data)
        if problems:
            raise MalformedEventError(f"{where}: " + "; ".join(problems))
        # Read-only and plain-typed so that an event equals its JSON round trip and cannot be edited.
        object.__setattr__(self, "at_ms", float(self.at_ms))
        object.__setattr__(self, "data", MappingProxyType(dict(self.data)))


def event_to_json(event: Event) -> dict[str, Any]:
    return {"seq": event.seq, "kind": event.kind.value, "at_ms": event.at_ms, "data": dict(event.data)}


def event_from_json(stored: Mapping[str, Any]) -> Event:
    """The event of a stored row ``{seq, kind, at_ms, data}``; MalformedEventError says what is wrong."""
    if not isinstance(stored, Mapping):
        raise MalformedEventError(f"event: must be a mapping, got {_describe(stored)}")
    seq = stored.get("seq")
    where = f"event {seq}" if _is_int(seq) else "event"
    problems = [f"{name} is missing" for name in EVENT_JSON_KEYS if name not in stored]
    problems += [f"{name!r} is not a field of an event" for name in stored if name not in EVENT_JSON_KEYS]
    kind = stored.get("kind")
    if "kind" in stored and kind not in tuple(EventKind):
        problems.append(f"kind {kind!r} is not a kind of event")
    if problems:
        raise MalformedEventError(f"{where}: " + "; ".join(problems))
    return Event(
        seq=stored["seq"], kind=EventKind(stored["kind"]), at_ms=stored["at_ms"], data=stored["data"]
    )


def check_sequence(events: Sequence[Event]) -> None:
    """Seqs run 1, 2, 3… without gaps: undo and withdrawal refer to events by seq."""
    for position, event in enumerate(events, start=1):
        if not isinstance(event, Event):
            raise MalformedEventError(f"event at position {position}: not an Event, got {_describe(event)}")
        if event.seq != position:
            raise MalformedEventError(
                f"event {event.seq}: found at position {position}; seqs must run 1, 2, 3… without gaps"
            )
