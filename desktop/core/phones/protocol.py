"""The messages between a phone and the app: what a phone may send, checked before anything reads it,
and what each phone is told about the session.

A phone may only say hello (with its token), try a PIN, join a group, buzz and answer a ping. Every
message is JSON text of at most ``MAX_MESSAGE_BYTES``, an object with exactly the fields of its
type; anything else is refused with a reason and changes nothing. Nothing a phone sends names a
score, a question or another seat: the board it is shown is computed here from the session's state.
Pure Python.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop.core.phones.seats import MAX_NAME_CHARS, SeatHolder
from desktop.core.pk.setup import SessionSetup
from desktop.core.pk.snapshot import SessionState

MAX_MESSAGE_BYTES = 512

#: The fields of each message type a phone may send, and their types.
CLIENT_MESSAGES: Mapping[str, Mapping[str, type]] = {
    "hello": {"token": str},
    "pin": {"pin": str},
    "join": {"pin": str, "group": str, "name": str},
    "buzz": {},
    "pong": {"id": int},
}


class ProtocolError(ValueError):
    """A message the app refuses; the text says why (sent back to the phone, and nothing changes)."""


@dataclass(frozen=True)
class ClientMessage:
    type: str
    fields: Mapping[str, Any]


def parse_message(raw: str | bytes) -> ClientMessage:
    size = len(raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else raw)
    if size > MAX_MESSAGE_BYTES:
        raise ProtocolError(f"message too long: {size} bytes, at most {MAX_MESSAGE_BYTES}")
    try:
        value = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ProtocolError(f"not JSON: {exc}") from None
    if not isinstance(value, dict):
        raise ProtocolError("a message must be a JSON object")
    kind = value.get("t")
    if not isinstance(kind, str) or kind not in CLIENT_MESSAGES:
        raise ProtocolError(f"unknown message type {kind!r}")
    expected = CLIENT_MESSAGES[kind]
    fields = {k: v for k, v in value.items() if k != "t"}
    extra = sorted(set(fields) - set(expected))
    if extra:
        raise ProtocolError(f"{kind}: unexpected field(s) {', '.join(extra)}")
    for name, wanted in expected.items():
        if name not in fields:
            raise ProtocolError(f"{kind}: {name} is missing")
        field_value = fields[name]
        if wanted is int and (isinstance(field_value, bool) or not isinstance(field_value, int)):
            raise ProtocolError(f"{kind}: {name} must be a whole number")
        if wanted is str and not isinstance(field_value, str):
            raise ProtocolError(f"{kind}: {name} must be text")
    if kind == "join":
        name = fields["name"].strip()
        if len(name) > MAX_NAME_CHARS or any(not c.isprintable() for c in name):
            raise ProtocolError(f"join: name must be at most {MAX_NAME_CHARS} printable characters")
        fields["name"] = name
    return ClientMessage(kind, fields)


def encode(message: Mapping[str, Any]) -> str:
    return encode_value(message)


def groups_message(setup: SessionSetup) -> dict[str, Any]:
    groups = [{"id": g.id, "name": g.name, "colour": g.colour} for g in setup.groups]
    return {"t": "groups", "groups": groups}


def board(setup: SessionSetup, state: SessionState) -> dict[str, Any]:
    """What every phone may know of the session now (the same for all; no answers, no reference)."""
    opening = [b for b in state.buzzes if b.opening == state.opening]
    if state.ended:
        phase = "ended"
    elif state.locked_by is not None:
        phase = "locked"
    elif state.buzzers_open:
        phase = "open"
    else:
        phase = "waiting"
    return {
        "t": "state",
        "phase": phase,
        "question": None if state.question_index is None else state.question_index + 1,
        "questions": len(setup.question_ids),
        "open": state.buzzers_open,
        "first": state.locked_by,
        "tie": list(state.tie_with),
        "order": [{"group": b.group, "gap_ms": round(b.delay_ms)} for b in opening],
        "scores": dict(state.scores),
        "groups": [{"id": g.id, "name": g.name, "colour": g.colour} for g in setup.groups],
        "eligible": sorted(state.eligible),
    }


def phone_view(shared: Mapping[str, Any], holder: SeatHolder) -> dict[str, Any]:
    """The board as one phone sees it: its group, and where its group came in this opening."""
    view = dict(shared)
    view["you"] = _you(holder)
    view["mine"] = _mine(shared, holder.group)
    return view


class BoardText:
    """One board encoded once for every phone: each phone's text (``phone_view`` as JSON) is the shared
    part plus its own two fields. A buzz changes the board, and the server's thread then tells 60
    phones; encoding the whole board 60 times there would hold the interpreter lock the app's window
    needs to paint that buzz."""

    def __init__(self, shared: Mapping[str, Any]):
        self.shared = shared
        self._head = encode(shared)[:-1]  # the object left open for the phone's own fields
        self._mine: dict[str, str] = {}

    def for_holder(self, holder: SeatHolder) -> str:
        mine = self._mine.get(holder.group)
        if mine is None:
            mine = self._mine[holder.group] = encode_value(_mine(self.shared, holder.group))
        return f'{self._head},"you":{encode_value(_you(holder))},"mine":{mine}}}'


def encode_value(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _you(holder: SeatHolder) -> dict[str, str]:
    return {"seat": holder.seat, "group": holder.group, "name": holder.name}


def _mine(shared: Mapping[str, Any], group: str) -> dict[str, Any] | None:
    place = next((i for i, b in enumerate(shared["order"]) if b["group"] == group), None)
    return None if place is None else {"place": place + 1, "gap_ms": shared["order"][place]["gap_ms"]}
