"""The PK sessions' log as methods of ``Store`` (see ``store.py``): sessions, their events, line-ups.

Events go in and come out as the core's ``Event``: the store alone turns them into rows and back,
so no screen or controller ever handles a stored row.
"""

from __future__ import annotations

from typing import Any

from desktop.core.pk.events import Event, EventKind, event_from_json, event_to_json
from desktop.store.pk_store import PkStore
from desktop.store.records import PkSessionRecord


class PkLogMethods:
    """Mixed into ``Store``: group PK sessions, their append-only event logs and saved line-ups."""

    _pk: PkStore

    def create_pk_session(self, title: str, setup: dict[str, Any]) -> int:
        """A new session with its set-up (JSON-able); returns its id. Raises ``StorageError``."""
        return self._pk.create_session(title, setup)

    def append_pk_event(self, session_id: int, event: Event) -> None:
        """Commit one event before returning (the buzz path): only then may it be acknowledged.
        A seq already in the log raises (two consoles on one session), never overwrites."""
        row = event_to_json(event)
        self._pk.append_event(session_id, row["seq"], row["kind"], row["at_ms"], row["data"])

    def pk_events(self, session_id: int) -> list[Event]:
        """The session's log in order. A damaged row raises ``MalformedEventError`` naming it."""
        return [
            event_from_json({"seq": e.seq, "kind": e.kind, "at_ms": e.at_ms, "data": e.data})
            for e in self._pk.events(session_id)
        ]

    def end_pk_log(self, session_id: int) -> None:
        """Append ``session_ended`` after the last row as stored, dated at the last event's time.

        For a log that no longer replays (a damaged row, a set-up today's rules refuse): it cannot be
        resumed, yet it must be possible to set it aside; nothing in it is changed or deleted.
        """
        stored = self._pk.events(session_id)
        last_ms = stored[-1].at_ms if stored else 0.0
        self._pk.append_event(session_id, len(stored) + 1, EventKind.SESSION_ENDED.value, last_ms, {})

    def pk_sessions(self, unfinished_only: bool = False) -> list[PkSessionRecord]:
        """Every session (or those not ended), newest first."""
        return self._pk.sessions(unfinished_only)

    def pk_session(self, session_id: int) -> PkSessionRecord | None:
        return self._pk.session(session_id)

    def save_lineup(self, name: str, groups: list[dict[str, Any]]) -> None:
        """Keep a named line-up of groups (replacing one of the same name)."""
        self._pk.save_lineup(name, groups)

    def lineups(self) -> dict[str, list[dict[str, Any]]]:
        return self._pk.lineups()
