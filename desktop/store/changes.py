"""What a write changed, as one small typed value that every screen reads the same way.

Each write of the store announces a :class:`Changes` to its listeners; the UI carries it on one
signal to every screen, and a screen refreshes only when a part it shows is set. Imports nothing
(neither storage nor Qt), so screens can test it before storage has loaded.
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    """The parts of the data a write changed; combine with ``|``, test with ``bool()``."""

    #: trainees and classes (names, who is in which class)
    people: bool = False
    #: forms: started, answered, completed, discarded
    assessments: bool = False
    #: PK sessions: created, ended (not every event: the buzz path announces nothing)
    pk: bool = False
    #: backups taken or restored
    backups: bool = False
    #: question banks and instruments (an import wrote a bank)
    content: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def touches(self, *parts: str) -> bool:
        """True when any of the named parts changed (``changes.touches("people", "assessments")``)."""
        return any(getattr(self, part) for part in parts)

    def parts(self) -> tuple[str, ...]:
        """The names of the parts that changed, in declaration order."""
        return tuple(f.name for f in fields(self) if getattr(self, f.name))


PEOPLE = Changes(people=True)
ASSESSMENTS = Changes(assessments=True)
PK = Changes(pk=True)
BACKUPS = Changes(backups=True)
CONTENT = Changes(content=True)
#: after a restore every part may differ
EVERYTHING = Changes(people=True, assessments=True, pk=True, backups=True, content=True)
