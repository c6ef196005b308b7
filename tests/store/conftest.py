"""The store's tests run on both databases: ``store`` is an SQLite file and a PostgreSQL server.

The server is the one ``TA_TEST_POSTGRES_URL`` names (``.ci/run`` starts a throwaway cluster with
``tools/throwaway_postgres.py``). Without it the PostgreSQL runs are skipped, saying why; with
``TA_REQUIRE_POSTGRES=1`` (CI) they fail instead.
"""

from __future__ import annotations

import pytest

from tests.postgres import server_database


@pytest.fixture(scope="session")
def postgres_url():
    """A database of its own on the test server for this test run, migrated once, dropped at the end."""
    with server_database("store") as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request):
    """None (the SQLite file in the data folder) or the test server's database, emptied."""
    if request.param == "sqlite":
        return None
    url = request.getfixturevalue("postgres_url")
    from tests.postgres import empty_every_table

    empty_every_table(url)
    return url


@pytest.fixture
def store(tmp_path, database_url):
    from desktop.store.store import Store

    opened = Store(tmp_path, database_url)
    yield opened
    opened.close()
