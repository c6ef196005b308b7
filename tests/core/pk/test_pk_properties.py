"""Properties over random sessions: random facilitator commands and buzzes, the refused ones skipped."""

from __future__ import annotations

import json
from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pk_helpers import FakeClock, RecordingSink, make_setup, visible

from desktop.core.pk.events import AwardRule, Event, EventKind, event_from_json, event_to_json
from desktop.core.pk.session import PkRuleError, PkSession
from desktop.core.pk.state import fold
from desktop.core.pk.undo import NOT_UNDOABLE

SETUP = make_setup(3, 4)
GROUPS = ("a", "b", "c", "zz")  # "zz" is no group: its buzzes and awards must be refused
K = EventKind

BUZZ = st.tuples(st.just("buzz"), st.sampled_from(GROUPS))
TICK = st.tuples(st.just("tick"), st.one_of(st.floats(0, 40, allow_nan=False), st.just(30.0)))
# A phone's buzz: received now, judged earlier by its one-way delay (may come out as a false start).
PHONE = st.tuples(st.just("phone"), st.sampled_from(GROUPS), st.floats(0, 150, allow_nan=False))
# A (re)opening of the buzzers and a burst of buzzes, a few milliseconds apart: locks, ties, reopenings.
ROUND = st.tuples(
    st.just("round"),
    st.lists(st.tuples(st.sampled_from(GROUPS), st.floats(0, 50, allow_nan=False)), max_size=5),
)
# Weighted by repetition, so that random sessions reach questions, openings, locks, ties and awards
# often; the refused commands among them exercise the rules too.
COMMANDS = st.sampled_from(
    [
        *[st.just(("next",))] * 2,
        *[ROUND] * 4,
        *[st.just(("open",))] * 4,
        *[BUZZ] * 6,
        *[PHONE] * 4,
        *[TICK] * 4,
        *[st.tuples(st.just("first"), st.one_of(st.none(), st.sampled_from(GROUPS)))] * 2,
        *[st.just(("close",))] * 2,
        *[st.just(("undo",))] * 2,
        st.tuples(st.just("show"), st.integers(-1, 4)),
        st.just(("previous",)),
        st.tuples(st.just("key"), st.sampled_from("1234q")),
        st.tuples(st.just("better"), st.sampled_from(GROUPS)),
        st.tuples(st.just("manual"), st.sampled_from(GROUPS), st.integers(0, 3)),
        *[st.tuples(st.just("withdraw"), st.integers(-1, 5))] * 2,
        st.just(("reveal",)),
        st.tuples(st.just("countdown"), st.integers(0, 90)),
        st.just(("stop",)),
    ]
).flatmap(lambda command: command)  # sampled_from, unlike one_of, honours the repetitions
WARM_START = st.sampled_from([(), (("next",), ("open",))])  # half the sessions start buzzing at once
SESSIONS = st.builds(
    lambda start, commands, end: ([*start, *commands], end),
    WARM_START,
    st.lists(COMMANDS, min_size=10, max_size=80),
    st.booleans(),
)
RANDOM = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def award_seq(session: PkSession, pick: int) -> int:
    """An award of the session (or, for -1, an event that is no award)."""
    awards = session.state.awards
    return awards[pick % len(awards)].seq if awards and pick >= 0 else len(session.events) + 5


def atomic(command: tuple) -> list[tuple]:
    """A round as the single commands it is made of; any other command as itself."""
    if command[0] != "round":
        return [command]
    buzzes = [step for group, after_ms in command[1] for step in (("tick", after_ms), ("buzz", group))]
    return [("close",), ("open",), *buzzes]


def run(session: PkSession, clock: FakeClock, command: tuple) -> None:
    """One command; the rules may refuse it, which a random session simply skips."""
    name, *args = command
    actions = {
        "show": lambda: session.show_question(*args),
        "next": session.next_question,
        "previous": session.previous_question,
        "open": session.open_buzzers,
        "close": session.close_buzzers,
        "buzz": lambda: session.buzz(*args),
        "key": lambda: session.buzz_key(*args),
        "phone": lambda: session.phone_buzz(args[0], f"seat-{args[0]}", clock(), args[1]),
        "tick": lambda: clock.advance(*args),
        "first": lambda: session.award_first(*args),
        "better": lambda: session.award_better(*args),
        "manual": lambda: session.award_manual(*args, "random"),
        "withdraw": lambda: session.withdraw(award_seq(session, *args)),
        "reveal": session.reveal_answer,
        "countdown": lambda: session.start_countdown(*args),
        "stop": session.stop_countdown,
        "undo": session.undo,
        "end": session.end,
    }
    if name == "round":
        for step in atomic(command):
            run(session, clock, step)
        return
    try:
        actions[name]()
    except PkRuleError:
        pass


def play(commands, end: bool, setup=SETUP, each=None) -> PkSession:
    clock = FakeClock(1000.0)
    session = PkSession(setup, [], clock, RecordingSink())
    for command in [*commands, *([("end",)] if end else [])]:
        run(session, clock, command)
        if each:
            each(session)
    return session


def counted_points(events: list[Event]) -> int:
    """Points computed from the log alone, without the fold: awards minus withdrawals, undone ones dropped."""
    undone = {e.data["target"] for e in events if e.kind is K.UNDO}
    live = [e for e in events if e.seq not in undone]
    points = {e.seq: e.data["points"] for e in live if e.kind is K.POINT_AWARDED}
    withdrawn = {e.data["award"] for e in live if e.kind is K.POINT_WITHDRAWN}
    return sum(p for seq, p in points.items() if seq not in withdrawn)


@RANDOM
@given(SESSIONS)
def test_the_scores_add_up_to_the_points_still_standing(script):
    session = play(*script)
    state = session.state
    assert sum(state.scores.values()) == counted_points(list(session.events))
    assert sum(a.counted_points for a in state.awards) == sum(state.scores.values())
    for result in state.results.values():  # at most one standing 'first' and 'better' per question
        for rule in (AwardRule.FIRST, AwardRule.BETTER):
            assert sum(1 for a in result.awards if a.rule is rule and not a.withdrawn) <= 1


@RANDOM
@given(SESSIONS)
def test_undo_of_any_event_gives_back_the_state_before_it(script):
    events = list(play(*script).events)
    for position, event in enumerate(events):
        if event.kind in NOT_UNDOABLE:
            continue
        # The prefix is the state the event was written in; the event, then its undo: as if never written.
        before = events[:position]
        undo = Event(position + 2, K.UNDO, event.at_ms, {"target": event.seq})
        assert visible(fold(SETUP, [*before, event, undo])) == visible(fold(SETUP, before))


@RANDOM
@given(SESSIONS)
def test_the_session_undo_takes_back_exactly_its_last_command(script):
    commands, _ = script
    clock = FakeClock(1000.0)
    session = PkSession(SETUP, [], clock, RecordingSink())
    for step in (step for command in commands for step in atomic(command)):
        before, written = session.state, len(session.events)
        run(session, clock, step)
        wrote = len(session.events) > written
        if wrote and step[0] != "undo" and session.events[-1].kind not in NOT_UNDOABLE:
            session.undo()
            assert visible(session.state) == visible(before)
            run(session, clock, step)  # and carry on with it done


@RANDOM
@given(SESSIONS, st.permutations(SETUP.groups))
def test_the_order_of_the_groups_does_not_change_the_scores(script, groups):
    events = list(play(*script).events)
    shuffled = replace(SETUP, groups=tuple(groups))
    original, permuted = fold(SETUP, events), fold(shuffled, events)
    assert dict(permuted.scores) == dict(original.scores)
    assert set(permuted.winners) == set(original.winners)
    assert {(s.group, s.place) for s in permuted.ranking} == {(s.group, s.place) for s in original.ranking}
    assert visible(replace(permuted, ranking=(), winners=())) == visible(
        replace(original, ranking=(), winners=())
    )


@RANDOM
@given(SESSIONS)
def test_the_incremental_state_is_the_fold_of_the_whole_log(script):
    def check(session: PkSession) -> None:
        assert session.state == fold(session.setup, session.events)

    session = play(*script, each=check)
    # The session writes only what its own rules accept: the fold never skips one of its events.
    assert not any(entry.ignored_because for entry in session.state.log)


@RANDOM
@given(SESSIONS)
def test_a_session_survives_the_round_trip_through_stored_json(script):
    session = play(*script)
    stored = [json.loads(json.dumps(event_to_json(e), ensure_ascii=False)) for e in session.events]
    reloaded = [event_from_json(row) for row in stored]
    assert reloaded == list(session.events)
    assert fold(SETUP, reloaded) == session.state


@RANDOM
@given(SESSIONS)
def test_buzz_state_follows_the_rules(script):
    def check(session: PkSession) -> None:
        state = session.state
        current = [b for b in state.buzzes if b.opening == state.opening]
        assert state.locked_by == (current[0].group if current else None)
        assert len({b.group for b in state.buzzes}) == len(state.buzzes)  # one buzz per group per question
        assert all(b.delay_ms >= 0 for b in state.buzzes)
        assert [b.first for b in current] == [True] + [False] * (len(current) - 1) if current else True
        assert set(state.tie_with) <= {b.group for b in current[1:]}
        assert state.eligible.isdisjoint(b.group for b in state.buzzes)
        if state.ended:
            assert not state.buzzers_open and state.countdown is None

    play(*script, each=check)


KINDS_DATA = {
    K.QUESTION_SHOWN: st.fixed_dictionaries({"index": st.integers(-1, 5)}),
    K.BUZZ: st.fixed_dictionaries({"group": st.sampled_from(GROUPS)}),
    K.POINT_AWARDED: st.fixed_dictionaries(
        {
            "group": st.sampled_from(GROUPS),
            "rule": st.sampled_from([r.value for r in AwardRule]),
            "points": st.integers(-2, 3),
            "reason": st.just(""),
        }
    ),
    K.POINT_WITHDRAWN: st.fixed_dictionaries({"award": st.integers(-1, 40), "reason": st.just("")}),
    K.COUNTDOWN_STARTED: st.fixed_dictionaries({"seconds": st.integers(-5, 5000)}),
    K.UNDO: st.fixed_dictionaries({"target": st.integers(-1, 40)}),
    K.PHONES_OPENED: st.fixed_dictionaries(
        {"pin": st.just("123456"), "host": st.just("127.0.0.1"), "port": st.integers(0, 65535)}
    ),
    K.SEAT_TAKEN: st.fixed_dictionaries(
        {
            "seat": st.sampled_from(["s1", "s2"]),
            "token_hash": st.just("h"),
            "group": st.sampled_from(GROUPS),
            "name": st.just(""),
        }
    ),
    K.FALSE_START: st.fixed_dictionaries(
        {"group": st.sampled_from(GROUPS), "seat": st.just("s1"), "early_ms": st.floats(0, 500)}
    ),
}
# Half the hand-made buzzes come from phones, arriving out of the order they were judged in.
KINDS_DATA[K.BUZZ] = st.one_of(
    KINDS_DATA[K.BUZZ],
    st.fixed_dictionaries(
        {
            "group": st.sampled_from(GROUPS),
            "source": st.just("phone"),
            "seat": st.just("s1"),
            "received_ms": st.floats(-1e6, 1e6, allow_nan=False),
            "latency_ms": st.floats(0, 300),
        }
    ),
)


@st.composite
def hand_made_logs(draw):
    steps = draw(st.lists(st.sampled_from(list(K)), max_size=40))
    times = draw(st.lists(st.floats(-1e6, 1e6, allow_nan=False), min_size=len(steps), max_size=len(steps)))
    return [
        Event(seq, kind, at_ms, draw(KINDS_DATA.get(kind, st.just({}))))
        for seq, (kind, at_ms) in enumerate(zip(steps, times, strict=True), start=1)
    ]


@RANDOM
@given(hand_made_logs(), st.lists(COMMANDS, max_size=20))
def test_any_well_formed_log_folds_and_the_session_goes_on_by_the_rules(events, commands):
    state = fold(SETUP, events)
    assert len(state.log) == len(events)
    assert sum(state.scores.values()) == sum(a.counted_points for a in state.awards)
    clock = FakeClock(2e6)
    session = PkSession(SETUP, events, clock, RecordingSink())
    for command in commands:
        run(session, clock, command)
        assert session.state == fold(SETUP, session.events)
