"""Who plays a group PK session and by which rules: the groups, the questions and the points.

A set-up is fixed for the life of a session; the event log refers to groups by ``id`` and to
questions by their position in ``question_ids``. Pure Python; no Qt.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

MIN_GROUPS, MAX_GROUPS = 2, 12
MAX_TIE_WINDOW_MS = 1000.0
#: The number row, in the order the groups sit: group 1 presses "1", … group 10 presses "0", and
#: groups 11 and 12 the two keys after it. None of them is a command key of the console.
DEFAULT_KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "-", "=")

#: The groups' colours in set-up order: twelve hues told apart on a projector; the text drawn on
#: each is black or white by contrast (``desktop.core.colours.text_colour_on``).
DEFAULT_COLOURS = (
    "#e63946",
    "#1d70b8",
    "#2a9d8f",
    "#f4a261",
    "#8e44ad",
    "#e9c46a",
    "#264653",
    "#d81b60",
    "#43a047",
    "#6d4c41",
    "#00838f",
    "#5c6bc0",
)


@dataclass(frozen=True)
class ReservedKey:
    """A key the facilitator's console acts on, so no group may buzz with it."""

    name: str  # as written on the keyboard and in the console's help: "B", "Space", "F5"
    action: str  # what it does, an id the UI translates (see ``RESERVED_ACTIONS``)
    text: str = ""  # the character the key types, "" for keys that type none (F5, arrows)
    aliases: tuple[str, ...] = ()  # other names a facilitator may type for it ("Return", "Escape")


#: What each reserved key does, in English (the UI shows its own translation of the same ids).
RESERVED_ACTIONS = {
    "first": "first-answer point",
    "better": "better-answer point",
    "manual": "manual point",
    "withdraw": "withdraw a point",
    "reveal": "reveal the answer",
    "countdown": "countdown",
    "next": "next question",
    "previous": "previous question",
    "buzzers": "open / close the buzzers",
    "confirm": "confirm",
    "cancel": "cancel",
    "focus": "move between controls",
    "stage": "stage full screen",
    "undo": "undo",
    "end": "end the session",
}

#: Every key of the console, the one definition: the console reads these as commands and the
#: set-up refuses them as group keys. Ctrl+Z and Ctrl+E need Ctrl, so Z and E alone stay free.
RESERVED_KEYS = (
    ReservedKey("F", "first", "F"),
    ReservedKey("B", "better", "B"),
    ReservedKey("M", "manual", "M"),
    ReservedKey("W", "withdraw", "W"),
    ReservedKey("R", "reveal", "R"),
    ReservedKey("T", "countdown", "T"),
    ReservedKey("N", "next", "N"),
    ReservedKey("P", "previous", "P"),
    ReservedKey("Space", "buzzers", " ", ("空格",)),
    ReservedKey("Enter", "confirm", "\r", ("Return", "回车", "\n")),
    ReservedKey("Esc", "cancel", "\x1b", ("Escape",)),
    ReservedKey("Tab", "focus", "\t"),
    ReservedKey("F5", "stage"),
    ReservedKey("→", "next", "", ("Right",)),
    ReservedKey("←", "previous", "", ("Left",)),
    ReservedKey("↑", "focus", "", ("Up",)),
    ReservedKey("↓", "focus", "", ("Down",)),
    ReservedKey("PageDown", "next", "", ("PgDn",)),
    ReservedKey("PageUp", "previous", "", ("PgUp",)),
    ReservedKey("Ctrl+Z", "undo"),
    ReservedKey("Ctrl+E", "end"),
)

#: The characters the console reads as commands (for code that only sees a key's text).
COMMAND_KEYS = frozenset(k.text for k in RESERVED_KEYS if k.text)

_RESERVED_BY_SPELLING = {
    spelling: key
    for key in RESERVED_KEYS
    for spelling in {s.casefold() for s in (key.name, key.text, *key.aliases) if s}
}


def reserved_key(key: str) -> ReservedKey | None:
    """The console's key that ``key`` would clash with as a group key, or None when it is free.

    Compared without case ("b" is B), and by name too, so a key typed as "Space" or "F5" is named.
    """
    if not isinstance(key, str) or not key:
        return None
    return _RESERVED_BY_SPELLING.get(key.casefold()) or _RESERVED_BY_SPELLING.get(key.strip().casefold())


class PkSetupError(ValueError):
    """A set-up that cannot run a session; ``problems`` lists every reason, one per field."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


def default_key(position: int) -> str:
    """The key of the group at ``position`` (0-based); never a key the console reserves."""
    return DEFAULT_KEYS[position] if 0 <= position < len(DEFAULT_KEYS) else ""


def default_colour(position: int) -> str:
    """The colour of the group at ``position`` (0-based), repeating after the twelfth."""
    return DEFAULT_COLOURS[position % len(DEFAULT_COLOURS)]


def same_key(key: str) -> str:
    """Keys compare without case: with Caps Lock on, a group pressing "a" must still be the "a" group."""
    return key.casefold()


@dataclass(frozen=True)
class Group:
    id: str
    name: str
    leader: str
    colour: str
    key: str


@dataclass(frozen=True)
class ScoringRules:
    first_points: int = 1
    better_points: int = 1
    #: Buzzes this close to the first one are flagged as a tie for the facilitator to settle: two
    #: hands on two keyboards are not measured more finely than the key-scan and event-loop jitter.
    tie_window_ms: float = 30.0


@dataclass(frozen=True)
class SessionSetup:
    groups: tuple[Group, ...]
    question_ids: tuple[str, ...]
    rules: ScoringRules = field(default_factory=ScoringRules)

    @cached_property
    def group_ids(self) -> tuple[str, ...]:
        return tuple(g.id for g in self.groups)

    @cached_property
    def _by_id(self) -> dict[str, Group]:
        return {g.id: g for g in self.groups}

    @cached_property
    def _by_key(self) -> dict[str, Group]:
        return {same_key(g.key): g for g in self.groups if g.key}

    def group(self, group_id: str) -> Group | None:
        return self._by_id.get(group_id)

    def group_for_key(self, key: str) -> Group | None:
        return self._by_key.get(same_key(key)) if key else None


def _text_problem(value: object) -> str | None:
    if not isinstance(value, str):
        return f"must be text, got {type(value).__name__}"
    if not value.strip():
        return "must not be empty"
    return None


def _validate_groups(groups: object, allow_reserved_keys: bool) -> list[str]:
    if not isinstance(groups, tuple):
        return [f"groups: must be a tuple of groups, got {type(groups).__name__}"]
    problems = []
    if not MIN_GROUPS <= len(groups) <= MAX_GROUPS:
        problems.append(f"groups: a session needs {MIN_GROUPS} to {MAX_GROUPS} groups, got {len(groups)}")
    seen: dict[str, dict[str, int]] = {"id": {}, "name": {}, "key": {}}
    for i, group in enumerate(groups):
        if not isinstance(group, Group):
            problems.append(f"groups[{i}]: must be a Group, got {type(group).__name__}")
            continue
        for name in ("id", "name", "leader", "colour", "key"):
            value = getattr(group, name)
            if not isinstance(value, str):
                problems.append(f"groups[{i}].{name}: must be text, got {type(value).__name__}")
        for name in ("id", "name"):
            value = getattr(group, name)
            problem = _text_problem(value)
            if problem and isinstance(value, str):
                problems.append(f"groups[{i}].{name}: {problem}")
            elif not problem:
                if value in seen[name]:
                    j = seen[name][value]
                    problems.append(f"groups[{i}].{name}: {name} '{value}' is already used by groups[{j}]")
                else:
                    seen[name][value] = i
        if isinstance(group.id, str) and group.id != group.id.strip():
            problems.append(f"groups[{i}].id: must not start or end with a space")
        key = group.key
        if not isinstance(key, str):
            continue
        clash = None if allow_reserved_keys else reserved_key(key)
        if clash is not None:
            problems.append(
                f"groups[{i}].key: key {key!r} is the console's command key {clash.name}"
                f" ({RESERVED_ACTIONS[clash.action]}); choose another key"
            )
        elif len(key) != 1:
            problems.append(f"groups[{i}].key: must be exactly one character, got '{key}'")
        elif not key.isprintable() or key.isspace():
            # Space and Enter belong to the facilitator (next question, reveal…).
            problems.append(f"groups[{i}].key: must be a visible character, got {key!r}")
        elif same_key(key) in seen["key"]:
            j = seen["key"][same_key(key)]
            problems.append(f"groups[{i}].key: key '{key}' is already used by groups[{j}] ({groups[j].name})")
        else:
            seen["key"][same_key(key)] = i
    return problems


def _validate_questions(question_ids: object) -> list[str]:
    if not isinstance(question_ids, tuple):
        return [f"question_ids: must be a tuple of question ids, got {type(question_ids).__name__}"]
    problems = []
    if not question_ids:
        problems.append("question_ids: a session needs at least 1 question")
    for i, question_id in enumerate(question_ids):
        problem = _text_problem(question_id)
        if problem:
            problems.append(f"question_ids[{i}]: {problem}")
    return problems


def _validate_rules(rules: object) -> list[str]:
    if not isinstance(rules, ScoringRules):
        return [f"rules: must be ScoringRules, got {type(rules).__name__}"]
    problems = []
    for name in ("first_points", "better_points"):
        points = getattr(rules, name)
        if isinstance(points, bool) or not isinstance(points, int):
            problems.append(f"rules.{name}: must be a whole number, got {points!r}")
        elif points < 0:
            problems.append(f"rules.{name}: must be 0 or more, got {points}")
    window = rules.tie_window_ms
    if isinstance(window, bool) or not isinstance(window, int | float) or not math.isfinite(window):
        problems.append(f"rules.tie_window_ms: must be a number of milliseconds, got {window!r}")
    elif not 0 <= window <= MAX_TIE_WINDOW_MS:
        problems.append(
            f"rules.tie_window_ms: must be between 0 and {MAX_TIE_WINDOW_MS:g} ms, got {window:g}"
        )
    return problems


def validate_setup(setup: SessionSetup, allow_reserved_keys: bool = False) -> list[str]:
    """Every problem of the set-up, each naming its field; empty when a session can run with it.

    ``allow_reserved_keys`` is for sessions stored before command keys were refused as group keys:
    they resume as they were set up rather than being locked out.
    """
    return (
        _validate_groups(setup.groups, allow_reserved_keys)
        + _validate_questions(setup.question_ids)
        + _validate_rules(setup.rules)
    )


def require_valid_setup(setup: SessionSetup, allow_reserved_keys: bool = False) -> None:
    problems = validate_setup(setup, allow_reserved_keys)
    if problems:
        raise PkSetupError(problems)


def setup_to_json(setup: SessionSetup) -> dict[str, Any]:
    return {
        "groups": [
            {"id": g.id, "name": g.name, "leader": g.leader, "colour": g.colour, "key": g.key}
            for g in setup.groups
        ],
        "question_ids": list(setup.question_ids),
        "rules": {
            "first_points": setup.rules.first_points,
            "better_points": setup.rules.better_points,
            "tie_window_ms": setup.rules.tie_window_ms,
        },
    }


def setup_from_json(data: Mapping[str, Any]) -> SessionSetup:
    """The stored set-up, checked like a new one: a damaged row raises PkSetupError, never half-loads."""
    try:
        groups = tuple(
            Group(**{k: g[k] for k in ("id", "name", "leader", "colour", "key")}) for g in data["groups"]
        )
        rules = data["rules"]
        setup = SessionSetup(
            groups=groups,
            question_ids=tuple(data["question_ids"]),
            rules=ScoringRules(rules["first_points"], rules["better_points"], rules["tie_window_ms"]),
        )
    except (KeyError, TypeError) as error:
        raise PkSetupError([f"stored set-up: missing or malformed field {error}"]) from error
    require_valid_setup(setup, allow_reserved_keys=True)
    return setup
