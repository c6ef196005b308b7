"""What a write changed, as one small typed value that every screen reads the same way.

Each write of the store announces a :class:`Changes` to its listeners; the UI carries it on one
signal to every screen, and a screen refreshes only when a part it shows is set. Imports nothing
(neither storage nor Qt), so screens can test it before storage has loaded.
"""

from __future__ import annotations

_PARTS = ("people", "assessments", "pk", "backups", "content")


class Changes:
    """The parts of the data a write changed; combine with ``|``, test with ``bool()``.

    A value: equal, hashable and never changed once made. Written out rather than a frozen dataclass
    because the home screen imports it before its first paint, where ``dataclasses`` costs ~2 ms.
    """

    __slots__ = _PARTS

    #: trainees and classes (names, who is in which class)
    people: bool
    #: forms: started, answered, completed, discarded
    assessments: bool
    #: PK sessions: created, ended (not every event: the buzz path announces nothing)
    pk: bool
    #: backups taken or restored
    backups: bool
    #: question banks and instruments (an import wrote a bank)
    content: bool

    def __init__(
        self,
        people: bool = False,
        assessments: bool = False,
        pk: bool = False,
        backups: bool = False,
        content: bool = False,
    ):
        for part, value in zip(_PARTS, (people, assessments, pk, backups, content), strict=True):
            object.__setattr__(self, part, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Changes are not changed once made (tried to set {name})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Changes are not changed once made (tried to delete {name})")

    def _values(self) -> tuple[bool, ...]:
        return tuple(getattr(self, part) for part in _PARTS)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Changes) and self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return f"Changes({', '.join(f'{part}={getattr(self, part)}' for part in _PARTS)})"

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            *(mine or theirs for mine, theirs in zip(self._values(), other._values(), strict=True))
        )

    def __bool__(self) -> bool:
        return any(self._values())

    def touches(self, *parts: str) -> bool:
        """True when any of the named parts changed (``changes.touches("people", "assessments")``)."""
        return any(getattr(self, part) for part in parts)

    def parts(self) -> tuple[str, ...]:
        """The names of the parts that changed, in declaration order."""
        return tuple(part for part in _PARTS if getattr(self, part))


PEOPLE = Changes(people=True)
ASSESSMENTS = Changes(assessments=True)
PK = Changes(pk=True)
BACKUPS = Changes(backups=True)
CONTENT = Changes(content=True)
#: after a restore every part may differ
EVERYTHING = Changes(people=True, assessments=True, pk=True, backups=True, content=True)
