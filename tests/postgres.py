"""The test PostgreSQL server: one database per use, made and dropped here.

``TA_TEST_POSTGRES_URL`` names an administrator's URL of a throwaway server (``.ci/run`` starts one
with ``tools/throwaway_postgres.py``). Unset: the PostgreSQL tests are skipped with the reason;
``TA_REQUIRE_POSTGRES=1`` (CI) fails them instead.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

ENV_URL = "TA_TEST_POSTGRES_URL"


def admin_url() -> str:
    url = os.environ.get(ENV_URL, "")
    if not url:
        reason = f"no PostgreSQL test server: {ENV_URL} is not set (.ci/run starts one)"
        if os.environ.get("TA_REQUIRE_POSTGRES"):
            pytest.fail(reason)
        pytest.skip(reason)
    return url


def with_database(url: str, name: str) -> str:
    base, _, _ = url.rpartition("/")
    return f"{base}/{name}"


@contextmanager
def server_database(purpose: str) -> Iterator[str]:
    """A new, empty database on the test server, dropped afterwards (with anyone still connected)."""
    import psycopg

    admin = admin_url()
    name = f"ta_{purpose}_{os.getpid()}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield with_database(admin, name)
    finally:
        engine = _engines.pop(with_database(admin, name), None)
        if engine is not None:
            engine.dispose()
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


_engines: dict = {}  # url -> Engine (SQLAlchemy is imported lazily)


def _engine(url: str):
    if url not in _engines:
        from desktop.store.server import open_server_engine

        _engines[url] = open_server_engine(url)  # migrated: every table exists
    return _engines[url]


def empty_every_table(url: str) -> None:
    """Each test starts on an empty, migrated database (ids from 1 again), in milliseconds."""
    from sqlalchemy import text
    from sqlmodel import SQLModel

    from desktop.store import models  # noqa: F401 - registers the tables

    tables = ", ".join(table.name for table in SQLModel.metadata.sorted_tables)
    with _engine(url).begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
