"""The one door to the data: every read and write of the app goes through :class:`Store`.

Each method opens its own short session, commits before returning, and hands back plain
records. Every answer is committed the moment it is given (SQLite WAL, synchronous=FULL), so
killing the app loses nothing that the screen acknowledged.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.store.bulk import BulkData, bulk_load
from desktop.store.changes import ASSESSMENTS, PEOPLE, Changes
from desktop.store.data_safety import DataSafetyMethods
from desktop.store.database import open_engine
from desktop.store.errors import ClassAlreadyOnServer, InputError
from desktop.store.form_methods import FormMethods
from desktop.store.form_queries import FormQueries
from desktop.store.people_methods import PeopleMethods
from desktop.store.pk_log import PkLogMethods
from desktop.store.pk_store import PkStore
from desktop.store.records import database_file
from desktop.store.round_methods import RoundMethods

if TYPE_CHECKING:
    from desktop.store.records import ServerCheck

__all__ = ["ClassAlreadyOnServer", "InputError", "Store"]

ChangeListener = Callable[[Changes], None]


class Store(PeopleMethods, FormMethods, FormQueries, DataSafetyMethods, PkLogMethods, RoundMethods):
    """The one door: classes and trainees in ``PeopleMethods``; starting, answering and completing
    forms in ``FormMethods``, reading them in ``FormQueries``; backups, restore and health in
    ``DataSafetyMethods``; the PK sessions' log in ``PkLogMethods``; named rounds and merging trainees
    in ``RoundMethods``. Here: opening the database and telling listeners what a write changed.
    Raises ``DatabaseError`` when the database cannot be used."""

    def __init__(self, data_dir: Path, database_url: str | None = None):
        """The SQLite file in ``data_dir``, or the PostgreSQL server at ``database_url`` when given
        (``data_dir`` then holds only the app's own files: log, content, settings)."""
        self.data_dir = Path(data_dir)
        self.path = database_file(self.data_dir)
        self.server_url = database_url or None
        self._listeners: list[ChangeListener] = []
        #: Classes on a shared server this Store made or was told to join (``start_form(join_class=...)``).
        self._joined_classes: set[int] = set()
        self._open()

    def _open(self) -> None:
        if self.server_url:
            from desktop.store.server import open_server_engine, shown_url

            self.engine = open_server_engine(self.server_url)
            self.location = shown_url(self.server_url)
        else:
            self.engine = open_engine(self.data_dir)
            self.location = str(self.path)
        self._pk = PkStore(self.engine, self._changed)

    def close(self) -> None:
        self.engine.dispose()

    @staticmethod
    def check_server(url: str) -> ServerCheck:
        """Reach the PostgreSQL server at ``url`` and read its schema and row counts; changes nothing."""
        from desktop.store.server import check_server

        return check_server(url)

    def size_bytes(self) -> int:
        """How much room the data takes: the SQLite file, or the server's database."""
        if not self.on_server:
            return self.path.stat().st_size
        with self.engine.connect() as conn:
            return int(conn.exec_driver_sql("SELECT pg_database_size(current_database())").scalar() or 0)

    @property
    def on_server(self) -> bool:
        """True on a PostgreSQL server: no file backups, health checks or set-aside (the department's
        pg_dump backs it up)."""
        return self.server_url is not None

    # -- change notification ------------------------------------------------------------
    def subscribe(self, listener: ChangeListener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: ChangeListener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _changed(self, changes: Changes) -> None:
        """Tell every listener what a write changed (on the thread that wrote)."""
        for listener in list(self._listeners):
            listener(changes)

    def bulk_load(self, data: BulkData) -> None:
        """Add a whole department in one transaction (benchmarks and tests at scale)."""
        bulk_load(self.engine, data)
        self._changed(PEOPLE | ASSESSMENTS)
