"""Ending a PK session that was left in progress, from the home screen.

Nothing is deleted: the session gets its ``session_ended`` event, as if the facilitator had pressed
Ctrl+E where it stopped, so its scores and every event stay in the log (and in exports and backups);
it is only no longer offered to continue.
"""

from __future__ import annotations

from desktop.core.pk.events import MalformedEventError
from desktop.core.pk.session import PkSession
from desktop.core.pk.setup import PkSetupError, setup_from_json
from desktop.store.store import Store


def end_left_session(store: Store, session_id: int) -> None:
    """Append the end of the session to its log; the store marks it ended. Raises StorageError."""
    record = store.pk_session(session_id)
    if record is None or record.ended_at is not None:
        return
    try:
        events = store.pk_events(session_id)
        # The session's own clock stopped when it was left: the end is dated at its last event.
        last_ms = events[-1].at_ms if events else 0.0
        session = PkSession(
            setup_from_json(record.setup),
            events,
            clock=lambda: last_ms,
            sink=lambda event: store.append_pk_event(session_id, event),
        )
    except (MalformedEventError, PkSetupError):
        # A log that no longer replays (damaged row, set-up refused by today's rules) cannot be
        # resumed either; it must still be possible to set it aside, so its end is appended as is.
        store.end_pk_log(session_id)
        return
    session.end()
