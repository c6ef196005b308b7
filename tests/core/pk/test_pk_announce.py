"""What both windows announce, derived once from the session state; and the podium of the final scoreboard."""

from __future__ import annotations

from pk_helpers import make_setup, new_session

from desktop.core.pk.announce import Headline, HeadlineKind, PodiumStep, headline, podium
from desktop.core.pk.snapshot import Standing

K = HeadlineKind


def test_the_headline_follows_the_buzzers():
    session, clock, _sink = new_session()
    assert headline(session.state) == Headline(K.NONE)
    session.next_question()
    session.open_buzzers()
    assert headline(session.state) == Headline(K.OPEN)
    clock.advance(500)
    session.buzz("b")
    clock.advance(200)  # outside the 30 ms tie window: a later buzz, not a tie
    session.buzz("a")
    assert headline(session.state) == Headline(K.FIRST, ("b",))


def test_a_tie_is_announced_as_a_tie_until_the_facilitator_settles_it():
    session, clock, _sink = new_session()
    session.next_question()
    session.open_buzzers()
    clock.advance(400)
    session.buzz("c")
    clock.advance(12)  # inside the tie window
    session.buzz("b")
    clock.advance(300)
    session.buzz("a")  # a later buzz is not part of the tie
    assert headline(session.state) == Headline(K.TIE, ("c", "b"))
    session.award_first("b")
    assert headline(session.state) == Headline(K.FIRST, ("b",))
    session.undo()
    assert headline(session.state) == Headline(K.TIE, ("c", "b"))


def test_a_better_answer_point_does_not_settle_a_tie():
    session, clock, _sink = new_session()
    session.next_question()
    session.open_buzzers()
    session.buzz("a")
    clock.advance(5)
    session.buzz("b")
    session.award_better("b")
    assert headline(session.state).kind is K.TIE


def test_reopening_after_a_lock_waits_for_the_next_buzz():
    session, clock, _sink = new_session()
    session.next_question()
    session.open_buzzers()
    session.buzz("a")
    session.close_buzzers()
    assert headline(session.state) == Headline(K.FIRST, ("a",))
    session.open_buzzers()
    assert headline(session.state) == Headline(K.OPEN)


def test_the_end_names_the_winner_or_the_shared_first_place():
    session, clock, _sink = new_session()
    session.next_question()
    session.open_buzzers()
    session.buzz("b")
    session.award_first()
    session.end()
    assert headline(session.state) == Headline(K.WINNER, ("b",))

    tied, _clock, _sink = new_session(make_setup(groups=3))
    tied.end()
    assert headline(tied.state) == Headline(K.SHARED_WIN, ("a", "b", "c"))


def standings(*pairs):
    return tuple(Standing(place, group, score) for place, group, score in pairs)


def test_the_podium_uses_competition_ranking_so_ties_share_a_step():
    ranking = standings((1, "a", 5), (1, "b", 5), (3, "c", 4), (4, "d", 1))
    assert podium(ranking) == (PodiumStep(1, ("a", "b"), 5), PodiumStep(3, ("c",), 4))


def test_the_podium_has_three_steps_at_most_and_shares_the_last_one():
    ranking = standings((1, "a", 9), (2, "b", 7), (3, "c", 4), (3, "d", 4), (5, "e", 1))
    assert podium(ranking) == (
        PodiumStep(1, ("a",), 9),
        PodiumStep(2, ("b",), 7),
        PodiumStep(3, ("c", "d"), 4),
    )
    assert podium(standings((1, "a", 2))) == (PodiumStep(1, ("a",), 2),)
    assert podium(()) == ()
