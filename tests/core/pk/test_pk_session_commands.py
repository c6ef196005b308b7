"""The command side: rule refusals, commit-before-change, buzz timing and resuming from the store."""

from __future__ import annotations

import pytest
from pk_helpers import FakeClock, RecordingSink, make_setup, new_session, visible

from desktop.core.pk.events import EventKind, MalformedEventError
from desktop.core.pk.session import BuzzResult, IgnoreReason, PkRuleError, PkSession
from desktop.core.pk.setup import PkSetupError, ScoringRules
from desktop.core.pk.state import fold


def opened(session):
    session.show_question(0)
    session.open_buzzers()
    return session


def test_a_failing_commit_changes_nothing_and_propagates():
    s, clock, sink = new_session()
    opened(s)
    s.buzz("a")
    before_state, before_events = s.state, s.events
    sink.failing = True
    commands = [
        lambda: s.buzz("b"),
        lambda: s.buzz_key("3"),
        s.award_first,
        lambda: s.award_better("b"),
        s.close_buzzers,
        s.next_question,
        s.undo,
        s.end,
        lambda: s.start_countdown(10),
    ]
    for command in commands:
        clock.advance(10)
        with pytest.raises(OSError, match="disk I/O error"):
            command()
        assert s.events == before_events
        assert s.state == before_state
    sink.failing = False
    assert s.buzz("b").result is BuzzResult.LATER  # the session goes on as if the failed ones never happened
    assert s.events[-1].seq == len(before_events) + 1
    assert sink.committed == list(s.events)


def test_the_event_is_committed_before_the_state_changes():
    seen = []
    clock = FakeClock()
    session: PkSession

    def sink(event):
        seen.append((event.seq, session.state.question_index, len(session.events)))

    session = PkSession(make_setup(), [], clock, sink)
    session.show_question(2)
    assert seen == [(1, None, 0)]
    assert session.state.question_index == 2


def test_an_invalid_setup_or_log_refuses_to_start():
    with pytest.raises(PkSetupError, match="groups: a session needs 2 to 12 groups"):
        PkSession(make_setup(1), [], FakeClock(), RecordingSink())
    s, clock, _ = new_session()
    s.show_question(0)
    s.open_buzzers()
    with pytest.raises(MalformedEventError, match="event 2: found at position 1"):
        PkSession(make_setup(), list(s.events)[1:], clock, RecordingSink())


@pytest.mark.parametrize(
    ("command", "message"),
    [
        (lambda s: s.open_buzzers(), "show a question first"),
        (lambda s: s.close_buzzers(), "the buzzers are not open"),
        (lambda s: s.reveal_answer(), "show a question first"),
        (lambda s: s.previous_question(), "no question is showing yet"),
        (lambda s: s.show_question(5), "there is no question 6: the session has 5"),
        (lambda s: s.show_question(-1), "there is no question 0"),
        (lambda s: s.award_better("a"), "show a question first"),
        (lambda s: s.withdraw(1), "there is no award 1"),
        (lambda s: s.stop_countdown(), "no countdown is running"),
        (lambda s: s.start_countdown(0), "a countdown must be 1 to 3600 seconds, got 0"),
    ],
)
def test_commands_before_the_first_question(command, message):
    s, _, sink = new_session()
    with pytest.raises(PkRuleError, match=message):
        command(s)
    assert s.events == () and sink.committed == []


def test_question_navigation():
    s, _, _ = new_session()
    s.next_question()
    with pytest.raises(PkRuleError, match="this is the first question"):
        s.previous_question()
    with pytest.raises(PkRuleError, match="question 1 is already showing"):
        s.show_question(0)
    s.show_question(4)
    s.previous_question()
    assert s.state.question_index == 3


def test_going_back_and_forth_keeps_each_question_as_it_was():
    s, clock, _ = new_session()
    opened(s)
    clock.advance(100)
    s.buzz("b")
    s.next_question()
    assert (s.state.buzzes, s.state.locked_by, s.state.buzzers_open) == ((), None, False)
    s.previous_question()
    assert s.state.locked_by == "b" and not s.state.buzzers_open
    s.award_first()  # the lock survived the trip to question 2 and back
    assert s.state.scores["b"] == 1


def test_moving_to_another_question_closes_the_buzzers_and_stops_the_countdown():
    s, _, _ = new_session()
    opened(s)
    s.start_countdown(30)
    s.next_question()
    assert (s.state.buzzers_open, s.state.countdown) == (False, None)
    assert s.buzz("a").reason is IgnoreReason.CLOSED


def test_buzzers_cannot_open_twice_nor_when_every_group_has_buzzed():
    s, _, _ = new_session()
    opened(s)
    with pytest.raises(PkRuleError, match="already open"):
        s.open_buzzers()
    for group in "abc":
        s.buzz(group)
    s.close_buzzers()
    with pytest.raises(PkRuleError, match="every group has already buzzed for question 1"):
        s.open_buzzers()


def test_unknown_group_or_key_is_ignored_and_writes_nothing():
    s, _, _ = new_session()
    opened(s)
    assert s.buzz("zz").reason is IgnoreReason.UNKNOWN_GROUP
    outcome = s.buzz_key("x")
    assert (outcome.result, outcome.group, outcome.reason) == (
        BuzzResult.IGNORED,
        None,
        IgnoreReason.UNKNOWN_KEY,
    )
    assert outcome.message == "no group has this key"
    assert len(s.events) == 2


def test_awards_refuse_unknown_groups_and_rules_points_come_from_the_setup():
    s, _, _ = new_session(make_setup(rules=ScoringRules(first_points=3, better_points=2)))
    opened(s)
    s.buzz("a")
    with pytest.raises(PkRuleError, match="there is no group 'zz'"):
        s.award_better("zz")
    s.award_first()
    s.award_better("a")
    assert s.state.scores["a"] == 5
    assert [a.points for a in s.state.awards] == [3, 2]


def test_a_zero_point_rule_still_records_who_was_first():
    s, _, _ = new_session(make_setup(rules=ScoringRules(first_points=0)))
    opened(s)
    s.buzz("c")
    s.award_first()
    assert s.state.scores["c"] == 0
    assert s.state.results[0].awards[0].group == "c"


def test_award_first_defaults_to_the_lock_even_when_tied():
    s, clock, _ = new_session()
    opened(s)
    s.buzz("a")
    clock.advance(30)  # the window is inclusive: exactly 30 ms is still a tie
    s.buzz("b")
    assert s.state.tie_with == ("b",)
    s.award_first()
    assert s.state.results[0].awards[0].group == "a"


def test_a_zero_window_ties_only_simultaneous_buzzes():
    s, clock, _ = new_session(make_setup(rules=ScoringRules(tie_window_ms=0)))
    opened(s)
    s.buzz("a")
    s.buzz("b")
    clock.advance(0.5)
    s.buzz("c")
    assert s.state.tie_with == ("b",)


def test_a_buzz_may_carry_the_time_its_key_went_down():
    s, clock, _ = new_session(start_ms=0)
    opened(s)
    clock.advance(40)  # the first buzz's commit took 40 ms…
    s.buzz("a", at_ms=5)
    s.buzz("b", at_ms=12)  # …during which the second key went down
    assert [(b.group, b.delay_ms) for b in s.state.buzzes] == [("a", 0.0), ("b", 7.0)]
    assert s.state.tie_with == ("b",)
    s.buzz("c", at_ms=10_000)  # a time in the future is taken as now
    assert s.events[-1].at_ms == 40


def test_times_never_run_backwards_in_the_log():
    s, clock, _ = new_session(start_ms=5000)
    s.show_question(0)
    resumed = PkSession(s.setup, list(s.events), FakeClock(0), RecordingSink())  # a clock that restarted
    resumed.open_buzzers()
    assert resumed.events[-1].at_ms == 5000


def test_undo_with_nothing_to_undo_writes_nothing():
    s, _, sink = new_session()
    assert s.undo() is None and s.undo_target() is None
    s.show_question(0)
    s.undo()
    assert s.undo() is None  # an undo is never undone: there is no redo
    assert [e.kind for e in sink.committed] == [EventKind.QUESTION_SHOWN, EventKind.UNDO]


def test_undo_steps_back_one_event_at_a_time():
    s, clock, _ = new_session()
    opened(s)
    s.buzz("a")
    award = s.award_first()
    withdrawal = s.withdraw(award.seq, "wrong group")
    assert s.state.scores["a"] == 0
    assert s.undo_target() == withdrawal
    s.undo()
    assert s.state.scores["a"] == 1 and not s.state.awards[0].withdrawn
    s.undo()
    s.undo()
    assert (s.state.scores["a"], s.state.locked_by, s.state.buzzers_open) == (0, None, True)
    s.undo()
    assert not s.state.buzzers_open and s.state.opening == 0
    s.undo()
    assert s.state.question_index is None
    assert s.undo() is None
    assert all(entry.undone for entry in s.state.log if entry.kind is not EventKind.UNDO)


def test_undo_restores_the_countdown_it_replaced():
    s, clock, _ = new_session()
    s.start_countdown(60)
    started = s.state.countdown
    clock.advance(1000)
    s.start_countdown(10)
    s.undo()
    assert s.state.countdown == started


def test_winners_when_nobody_has_scored_are_all_the_groups():
    s, _, _ = new_session()
    s.end()
    assert s.state.winners == ("a", "b", "c")
    assert {r.place for r in s.state.ranking} == {1}


def test_resuming_from_the_stored_log_continues_the_same_session():
    s, clock, sink = new_session()
    opened(s)
    s.buzz("b")
    s.award_first()
    resumed = PkSession(s.setup, list(sink.committed), clock, sink)
    assert visible(resumed.state) == visible(s.state)
    resumed.undo()
    assert resumed.state.scores["b"] == 0
    assert fold(resumed.setup, sink.committed) == resumed.state
