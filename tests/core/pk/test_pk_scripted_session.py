"""A whole class session, scripted: 3 groups (红队 a/1, 蓝队 b/2, 绿队 c/3) × 5 questions.

One story from the first question to the winners, checked at each step the way the facilitator
and the projector would see it. The fake clock moves only when the script says so.
"""

from __future__ import annotations

import json

import pytest
from pk_helpers import new_session, visible

from desktop.core.pk.events import AwardRule, EventKind, event_from_json, event_to_json
from desktop.core.pk.session import BuzzResult, IgnoreReason, PkRuleError, PkSession
from desktop.core.pk.snapshot import Countdown
from desktop.core.pk.state import fold


def buzz_view(state):
    return [(b.group, b.delay_ms, b.opening, b.first) for b in state.buzzes]


def test_a_scripted_session_of_three_groups_and_five_questions():
    s, clock, sink = new_session(start_ms=1000.0)
    assert s.state.question_index is None
    assert dict(s.state.scores) == {"a": 0, "b": 0, "c": 0}
    assert s.state.eligible == frozenset()

    # -- Question 1: 蓝队 buzzes first; the later buzzes are recorded with their delays, score nothing.
    s.next_question()
    assert (s.state.question_index, s.state.question_id) == (0, "q1")
    with pytest.raises(PkRuleError, match="nobody has buzzed"):
        s.award_first()
    assert s.buzz("a").reason is IgnoreReason.CLOSED  # buzzers not open yet: ignored, nothing written
    s.open_buzzers()
    clock.advance(850)
    first = s.buzz_key("2")
    assert (first.result, first.group) == (BuzzResult.FIRST, "b")
    clock.advance(120)
    assert s.buzz("a").result is BuzzResult.LATER
    written = len(s.events)
    repeat = s.buzz_key("1")  # key auto-repeat or a second press: counts once
    assert (repeat.result, repeat.reason, repeat.event) == (
        BuzzResult.IGNORED,
        IgnoreReason.ALREADY_BUZZED,
        None,
    )
    assert s.buzz_key("9").reason is IgnoreReason.UNKNOWN_KEY
    assert len(s.events) == written
    clock.advance(300)
    assert s.buzz("c").result is BuzzResult.LATER
    assert buzz_view(s.state) == [("b", 0.0, 1, True), ("a", 120.0, 1, False), ("c", 420.0, 1, False)]
    assert s.state.locked_by == "b"
    assert s.state.tie_with == ()  # 120 ms is well outside the 30 ms window
    assert s.state.eligible == frozenset()
    s.close_buzzers()
    s.award_first()
    assert dict(s.state.scores) == {"a": 0, "b": 1, "c": 0}  # the later buzzers score 0
    s.award_better("a", "clearer answer")
    with pytest.raises(PkRuleError, match="already has its 'first' point"):
        s.award_first("b")
    with pytest.raises(PkRuleError, match="already has its 'better' point"):
        s.award_better("c")
    s.reveal_answer()
    assert s.state.revealed
    assert dict(s.state.scores) == {"a": 1, "b": 1, "c": 0}

    # -- Question 2: 红队 answers wrong; reopening leaves out who already buzzed; a tie within 30 ms.
    clock.advance(5000)
    s.next_question()
    assert (s.state.buzzes, s.state.locked_by, s.state.revealed) == ((), None, False)
    assert s.state.eligible == frozenset({"a", "b", "c"})
    s.open_buzzers()
    clock.advance(500)
    assert s.buzz("a").result is BuzzResult.FIRST
    s.close_buzzers()
    clock.advance(4000)
    s.open_buzzers()
    assert (s.state.opening, s.state.locked_by) == (2, None)
    assert s.state.eligible == frozenset({"b", "c"})
    assert s.buzz("a").reason is IgnoreReason.NOT_ELIGIBLE
    clock.advance(700)
    assert s.buzz("c").result is BuzzResult.FIRST
    clock.advance(20)
    assert s.buzz("b").result is BuzzResult.LATER
    assert buzz_view(s.state) == [("a", 0.0, 1, True), ("c", 0.0, 2, True), ("b", 20.0, 2, False)]
    assert (s.state.locked_by, s.state.tie_with) == ("c", ("b",))
    with pytest.raises(PkRuleError, match="红队 did not buzz first"):
        s.award_first("a")
    s.award_first("b", "tie: 蓝队's answer started first")  # the facilitator settles the tie
    s.award_better("c")
    assert dict(s.state.scores) == {"a": 1, "b": 2, "c": 1}

    # -- Question 3: 31 ms is outside the window; countdown; reveal; undo an award; withdraw one.
    s.next_question()
    s.open_buzzers()
    clock.advance(400)
    s.buzz("a")
    clock.advance(31)
    s.buzz("c")
    assert (s.state.locked_by, s.state.tie_with) == ("a", ())
    s.start_countdown(30)
    assert s.state.countdown == Countdown(started_at_ms=clock.now_ms, seconds=30)
    assert s.state.countdown.remaining_ms(clock.now_ms + 10_000) == 20_000
    s.stop_countdown()
    assert s.state.countdown is None
    with pytest.raises(PkRuleError, match="no countdown"):
        s.stop_countdown()
    s.start_countdown(20)
    s.reveal_answer()  # the answer on screen ends the answering time and the buzzing
    assert (s.state.revealed, s.state.countdown, s.state.buzzers_open) == (True, None, False)
    with pytest.raises(PkRuleError, match="already revealed"):
        s.open_buzzers()
    award = s.award_first()
    assert s.state.scores["a"] == 2
    assert s.undo_target() == award
    undo = s.undo()
    assert undo.kind is EventKind.UNDO and undo.data == {"target": award.seq}
    assert s.state.scores["a"] == 1
    assert next(e for e in s.state.log if e.seq == award.seq).undone
    redo = s.award_first()  # undone, so the question has no 'first' point and it can be given again
    s.withdraw(redo.seq, "answer read from a phone")
    assert s.state.scores["a"] == 1
    withdrawn = next(a for a in s.state.awards if a.seq == redo.seq)
    assert (withdrawn.withdrawn, withdrawn.withdraw_reason) == (True, "answer read from a phone")
    with pytest.raises(PkRuleError, match="already withdrawn"):
        s.withdraw(redo.seq)
    with pytest.raises(PkRuleError, match="did not buzz first"):
        s.award_first("c")  # withdrawn frees the 'first' point, but 绿队 was 31 ms late
    s.award_better("c")
    assert dict(s.state.scores) == {"a": 1, "b": 2, "c": 2}

    # -- Question 4: undo a question change (question 3 comes back intact), then undo a buzz.
    moved = s.next_question()
    assert s.state.question_index == 3
    s.undo()
    assert s.state.question_index == 2
    assert (s.state.revealed, s.state.locked_by, [b.group for b in s.state.buzzes]) == (True, "a", ["a", "c"])
    s.next_question()
    s.open_buzzers()
    clock.advance(300)
    s.buzz("b")
    clock.advance(50)
    slip = s.buzz("c").event
    s.undo()  # 绿队's buzz was a slip of the hand
    assert [b.group for b in s.state.buzzes] == ["b"]
    assert "c" in s.state.eligible
    clock.advance(200)
    assert s.buzz("c").result is BuzzResult.LATER
    assert buzz_view(s.state) == [("b", 0.0, 1, True), ("c", 250.0, 1, False)]
    s.award_first()
    assert dict(s.state.scores) == {"a": 1, "b": 3, "c": 2}

    # -- Question 5: a manual point with its reason; the end; a tie at the top shows both winners.
    s.next_question()
    with pytest.raises(PkRuleError, match="at least 1 point"):
        s.award_manual("c", 0, "nothing")
    with pytest.raises(PkRuleError, match="say why"):
        s.award_manual("c", 1, "  ")
    s.award_manual("c", 1, "best teamwork")
    with pytest.raises(PkRuleError, match="last question"):
        s.next_question()
    s.end()
    state = s.state
    assert state.ended and not state.buzzers_open
    assert dict(state.scores) == {"a": 1, "b": 3, "c": 3}
    assert state.winners == ("b", "c")
    assert [(r.place, r.group, r.score) for r in state.ranking] == [(1, "b", 3), (1, "c", 3), (3, "a", 1)]

    # After the end: every command raises, a group key is only ignored.
    for command in (s.next_question, s.open_buzzers, s.undo, s.end, lambda: s.award_manual("a", 1, "late")):
        with pytest.raises(PkRuleError, match="ended"):
            command()
    assert s.buzz_key("1").reason is IgnoreReason.SESSION_ENDED

    # The sheet lists every question: buzz order with delays, awards (the withdrawn one flagged).
    sheet = state.results
    assert sorted(sheet) == [0, 1, 2, 3, 4]
    assert [(b.group, b.delay_ms) for b in sheet[0].buzzes] == [("b", 0.0), ("a", 120.0), ("c", 420.0)]
    assert sheet[1].openings == 2
    assert [(a.group, a.rule, a.withdrawn) for a in sheet[2].awards] == [
        ("a", AwardRule.FIRST, True),
        ("c", AwardRule.BETTER, False),
    ]
    assert sheet[2].standing_award(AwardRule.FIRST) is None
    assert [(a.group, a.rule, a.reason) for a in sheet[4].awards] == [
        ("c", AwardRule.MANUAL, "best teamwork")
    ]
    assert all(r.shown for r in sheet.values())

    # Everything is in the log, which is exactly what reached the store, and folds to the same state.
    assert sink.committed == list(s.events)
    assert [e.seq for e in s.events] == list(range(1, len(s.events) + 1))
    assert len(state.log) == len(s.events)
    assert [e.seq for e in state.log if e.undone] == [award.seq, moved.seq, slip.seq]
    assert fold(s.setup, s.events) == state
    stored = [json.loads(json.dumps(event_to_json(e), ensure_ascii=False)) for e in s.events]
    resumed = PkSession(s.setup, [event_from_json(row) for row in stored], clock, sink)
    assert visible(resumed.state) == visible(state)
