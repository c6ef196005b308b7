"""The fold over logs the session would never write: hand-edited or damaged, yet well-formed."""

from __future__ import annotations

import pytest
from pk_helpers import make_setup

from desktop.core.pk.events import Event, EventKind, MalformedEventError
from desktop.core.pk.state import fold

K = EventKind


def log(*steps):
    return [Event(seq, kind, seq * 100.0, data) for seq, (kind, data) in enumerate(steps, start=1)]


def ignored(state):
    return {e.seq: e.ignored_because for e in state.log if e.ignored_because}


def test_the_empty_log():
    state = fold(make_setup(), [])
    assert (state.question_index, state.buzzers_open, state.ended, state.log) == (None, False, False, ())
    assert dict(state.scores) == {"a": 0, "b": 0, "c": 0}
    assert [r.shown for r in state.results.values()] == [False] * 5


def test_events_against_the_rules_are_skipped_and_marked():
    state = fold(
        make_setup(),
        log(
            (K.BUZZ, {"group": "a"}),  # 1: buzzers closed
            (K.QUESTION_SHOWN, {"index": 9}),  # 2: no such question
            (K.QUESTION_SHOWN, {"index": 0}),
            (K.BUZZERS_OPENED, {}),
            (K.BUZZ, {"group": "zz"}),  # 5: unknown group
            (K.BUZZ, {"group": "b"}),
            (K.BUZZ, {"group": "b"}),  # 7: twice in one opening
            (K.POINT_AWARDED, {"group": "a", "rule": "first", "points": 1, "reason": ""}),  # 8: not first
            (K.POINT_AWARDED, {"group": "b", "rule": "manual", "points": -3, "reason": "x"}),  # 9
            (K.POINT_WITHDRAWN, {"award": 6, "reason": ""}),  # 10: event 6 is a buzz, not an award
            (K.UNDO, {"target": 12}),  # 11: not earlier
            (K.SESSION_ENDED, {}),
            (K.UNDO, {"target": 3}),  # 13: after the end
            (K.BUZZERS_CLOSED, {}),  # 14: after the end
        ),
    )
    assert ignored(state) == {
        1: "the buzzers are closed",
        2: "there is no question 10: the session has 5",
        5: "there is no such group",
        7: "the group already buzzed in this opening",
        8: "红队 did not buzz first",
        9: "a manual award must be at least 1 point",
        10: "there is no award 6",
        11: "there is no earlier event 12",
        13: "the session has ended",
        14: "the session has ended",
    }
    assert [b.group for b in state.buzzes] == ["b"]
    assert state.ended and sum(state.scores.values()) == 0


def test_undo_cannot_target_an_undo_the_end_or_an_undone_event():
    state = fold(
        make_setup(),
        log(
            (K.QUESTION_SHOWN, {"index": 0}),
            (K.UNDO, {"target": 1}),
            (K.UNDO, {"target": 2}),  # an undo of an undo would be a redo
            (K.UNDO, {"target": 1}),  # already undone
        ),
    )
    assert ignored(state) == {3: "event 2 (undo) cannot be undone", 4: "event 1 is already undone"}
    assert state.question_index is None
    ended = fold(make_setup(), log((K.SESSION_ENDED, {}), (K.UNDO, {"target": 1})))
    assert ended.ended


def test_an_undone_award_makes_its_withdrawal_meaningless():
    state = fold(
        make_setup(),
        log(
            (K.QUESTION_SHOWN, {"index": 0}),
            (K.POINT_AWARDED, {"group": "c", "rule": "manual", "points": 2, "reason": "teamwork"}),
            (K.POINT_WITHDRAWN, {"award": 2, "reason": ""}),
            (K.UNDO, {"target": 2}),  # only a hand-made log undoes out of order
        ),
    )
    assert ignored(state) == {3: "there is no award 2"}
    assert state.awards == () and state.scores["c"] == 0


def test_the_fold_needs_seqs_from_one():
    with pytest.raises(MalformedEventError, match="event 2: found at position 1"):
        fold(make_setup(), [Event(2, K.SESSION_ENDED, 0.0, {})])
