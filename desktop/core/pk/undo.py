"""Which events of a PK session's log an undo takes back, worked out before the log is folded.

An undo may take back any earlier event, and folding the log without it is the only way to get every
consequence right, so ``undo_targets`` reads the whole log first. Pure Python; no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.messages import Message
from desktop.core.pk.events import Event, EventKind

#: Undo takes back facilitator actions and buzzes; it cannot undo an undo (no redo) nor the end.
#: Nor the phones' seats and false starts: they record what happened, not a decision to take back.
NOT_UNDOABLE = frozenset(
    {
        EventKind.UNDO,
        EventKind.SESSION_ENDED,
        EventKind.PHONES_OPENED,
        EventKind.SEAT_TAKEN,
        EventKind.FALSE_START,
    }
)
MAX_COUNTDOWN_SECONDS = 3600


def undo_targets(events: Sequence[Event]) -> tuple[frozenset[int], dict[int, str]]:
    """The seqs taken back by undo events, and why each invalid undo event is ignored.

    Computed before replaying because an undo may take back any earlier event, and replaying
    without it is the only way to get every consequence right (a later buzz's delay, a lock…).
    """
    kinds: dict[int, EventKind] = {}
    undone: set[int] = set()
    ignored: dict[int, str] = {}
    ended = False
    for event in events:
        kinds[event.seq] = event.kind
        if event.kind is EventKind.SESSION_ENDED:
            ended = True
        if event.kind is not EventKind.UNDO:
            continue
        target = event.data["target"]
        if ended:
            ignored[event.seq] = Message("pk.ended")
        elif not 1 <= target < event.seq:
            ignored[event.seq] = Message("pk.undo_no_event", event=target)
        elif kinds[target] in NOT_UNDOABLE:
            ignored[event.seq] = Message("pk.undo_not_undoable", event=target, kind=kinds[target].value)
        elif target in undone:
            ignored[event.seq] = Message("pk.undo_twice", event=target)
        else:
            undone.add(target)
    return frozenset(undone), ignored
