"""The store keeps the instrument version each form was started with, once, on both databases."""

from __future__ import annotations

import dataclasses

from desktop.core.comparison import RaterRole


def test_a_started_form_keeps_its_instrument_text_once_by_id_and_version(store, soothing):
    assert "id: soothing" in soothing.content
    person = store.add_person("王芳", None)
    store.start_assessment(person.id, soothing, RaterRole.SELF)
    assert store.kept_instrument("soothing", soothing.version) == soothing.content
    edited = dataclasses.replace(soothing, content=soothing.content + "\n# edited without a new version\n")
    store.start_form(edited, RaterRole.SELF, person_id=person.id)
    assert store.kept_instrument("soothing", soothing.version) == soothing.content
    newer = dataclasses.replace(soothing, version=soothing.version + 1, content="id: soothing\n# v2\n")
    store.start_form(newer, RaterRole.SELF, person_id=person.id)
    assert store.kept_instrument("soothing", soothing.version + 1) == "id: soothing\n# v2\n"
    assert store.kept_instrument("soothing", 99) is None
    assert [a.instrument_version for a in store.assessments(completed=None)] == [1, 1, 2]
