"""Every write of the store says what it changed, as one typed change set."""

from __future__ import annotations

import pytest

from desktop.core.comparison import RaterRole
from desktop.store.changes import ASSESSMENTS, NOTHING, PEOPLE, PK, Changes
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
    assert not NOTHING and both


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
    session = store.pk.create_session("PK", {"groups": []})
    assert heard == [PK]
    heard.clear()
    store.pk.append_event(session, 1, "buzz", 10.0, {"group": 0})  # the buzz path: a bare commit
    assert heard == []
    store.pk.append_event(session, 2, "session_ended", 20.0, {})
    assert heard == [PK]
