"""One schema source: the migrations build on SQLite and on PostgreSQL exactly the tables ``models.py``
defines (columns, types, nullability, keys, unique and check constraints, indexes)."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import create_engine, inspect
from sqlmodel import SQLModel

from desktop.store import migrations, models  # noqa: F401 - models registers the tables
from desktop.store.database import migrate
from desktop.store.server import VERSION_TABLE, open_server_engine
from tests.postgres import server_database


def shape(engine) -> dict:
    found = inspect(engine)
    tables = sorted(t for t in found.get_table_names() if t != VERSION_TABLE)
    return {
        table: {
            "columns": {
                c["name"]: (str(c["type"]), getattr(c["type"], "timezone", None), c["nullable"])
                for c in found.get_columns(table)
            },
            "primary key": found.get_pk_constraint(table)["constrained_columns"],
            "foreign keys": sorted(
                (
                    tuple(fk["constrained_columns"]),
                    fk["referred_table"],
                    fk.get("options", {}).get("ondelete"),
                )
                for fk in found.get_foreign_keys(table)
            ),
            "unique": sorted(tuple(u["column_names"]) for u in found.get_unique_constraints(table)),
            "checks": sorted(re.sub(r"\s+", " ", c["sqltext"]) for c in found.get_check_constraints(table)),
            "indexes": sorted(
                (i["name"], tuple(i["column_names"]), bool(i["unique"]))
                for i in found.get_indexes(table)
                if not i.get("duplicates_constraint")
            ),
        }
        for table in tables
    }


def test_the_migrations_build_the_models_tables_on_sqlite(tmp_path):
    migrate(tmp_path / "migrated.db")
    reference = create_engine(f"sqlite:///{tmp_path / 'models.db'}")
    SQLModel.metadata.create_all(reference)
    assert shape(create_engine(f"sqlite:///{tmp_path / 'migrated.db'}")) == shape(reference)


def test_the_migrations_build_the_models_tables_on_postgresql():
    with server_database("migrated") as migrated_url, server_database("models") as models_url:
        migrated = open_server_engine(migrated_url)
        reference = create_engine(models_url.replace("postgresql://", "postgresql+psycopg://"))
        try:
            SQLModel.metadata.create_all(reference)
            assert shape(migrated) == shape(reference)
        finally:
            migrated.dispose()
            reference.dispose()


@pytest.mark.parametrize("step", sorted(migrations.MIGRATIONS))
def test_every_step_is_written_in_sql_both_databases_accept(step):
    """Caught here, with the way to write it, before a PostgreSQL server ever sees the step."""
    for statement in migrations.MIGRATIONS[step]:
        if isinstance(statement, migrations.PerDialect | migrations.DataStep):
            continue
        upper = statement.upper()
        assert "DATETIME" not in upper, f"step {step}: write {{timestamp}} for a date-time column"
        assert "INTEGER NOT NULL PRIMARY KEY" not in upper, f"step {step}: write 'id {{pk}}' for an id column"
        assert "AUTOINCREMENT" not in upper, f"step {step}: write 'id {{pk}}' for an id column"
        assert "PRAGMA" not in upper, f"step {step}: SQLite only; use PerDialect"
