"""Every write of the store says what it changed, as one typed change set."""

from __future__ import annotations

import pytest

from desktop.core.comparison import RaterRole
from desktop.store.changes import ASSESSMENTS, PEOPLE, PK, Changes
from desktop.store.store import Store


@pytest.fixture
def store(tmp_path):
    opened = Store(tmp_path)
    yield opened
    opened.close()


@pytest.fixture
def heard(store):
    changes: list[Changes] = []
    store.subscribe(changes.append)
    return changes


def test_change_sets_combine_and_name_their_parts():
    both = PEOPLE | ASSESSMENTS
    assert both == Changes(people=True, assessments=True)
    assert both.parts() == ("people", "assessments")
    assert both.touches("assessments") and not both.touches("pk", "backups")
    assert not Changes() and both


def test_each_write_announces_what_it_changed_once(store, heard, soothing):
    form = store.start_form(soothing, RaterRole.SELF, person_name="王芳", cohort_name="一班")
    assert heard == [PEOPLE | ASSESSMENTS]  # trainee, class and form in one transaction: one announcement
    heard.clear()
    store.record_answer(form.id, soothing.items[0].id, 4)  # an answer changes the unfinished list's count
    store.complete_assessment(form.id)
    assert heard == [ASSESSMENTS, ASSESSMENTS]
    heard.clear()
    store.start_form(soothing, RaterRole.SELF, person_id=form.person_id)
    assert heard == [ASSESSMENTS]  # an existing trainee: people unchanged


def test_pk_sessions_are_announced_when_created_and_ended_not_per_event(store, heard):
    from desktop.core.pk.events import Event, EventKind

    session = store.create_pk_session("PK", {"groups": []})
    assert heard == [PK]
    heard.clear()
    store.append_pk_event(
        session, Event(1, EventKind.BUZZ, 10.0, {"group": "g1"})
    )  # the buzz path: a bare commit
    assert heard == []
    store.end_pk_log(session)
    assert heard == [PK]


def test_a_change_set_is_a_value_screens_can_compare_and_combine():
    from desktop.store.changes import ASSESSMENTS, EVERYTHING, PEOPLE, Changes

    assert PEOPLE | ASSESSMENTS == Changes(people=True, assessments=True)
    assert PEOPLE | ASSESSMENTS != PEOPLE
    assert len({PEOPLE, Changes(people=True), ASSESSMENTS}) == 2  # hashable: a set of the parts told
    assert (
        not Changes()
        and PEOPLE
        and EVERYTHING.parts() == ("people", "assessments", "pk", "backups", "content")
    )
    assert (PEOPLE | ASSESSMENTS).touches("assessments") and not PEOPLE.touches("pk", "content")
    assert repr(PEOPLE) == "Changes(people=True, assessments=False, pk=False, backups=False, content=False)"
    with pytest.raises(AttributeError):
        PEOPLE.people = False  # type: ignore[misc]  # a value is never changed once made
