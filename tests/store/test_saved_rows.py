"""A row's id reaches a record only once the row is in the database; before that the error names it."""

import pytest

from desktop.store.models import Person
from desktop.store.saved_rows import UnsavedRowError, saved_id
from desktop.store.store import Store


def test_a_row_never_flushed_has_no_id_and_the_error_names_it():
    with pytest.raises(UnsavedRowError, match="Person .* never flushed"):
        saved_id(Person(name="张三"))


def test_a_stored_trainee_keeps_the_id_the_database_gave(tmp_path):
    store = Store(tmp_path)
    added = store.add_person("张三")
    assert [p.id for p in store.people()] == [added.id]
    assert isinstance(added.id, int)


def test_a_pk_session_with_an_empty_start_time_is_named_not_passed_on(tmp_path):
    from desktop.store.pk_store import _utc_required

    with pytest.raises(ValueError, match="pk_session.created_at is empty"):
        _utc_required(None, "pk_session.created_at")
    assert _utc_required("2026-03-01 09:00:00", "pk_session.created_at").tzinfo is not None
