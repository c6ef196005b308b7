"""Which database the app uses: the SQLite file in the data folder (the default) or a PostgreSQL server.

The choice is ``--database URL`` for one run, else the settings field saved in the data folder
(``database.ini``, written by the Database settings dialog), else the SQLite file. ``--database
sqlite`` uses the file for one run whatever is saved. Imports nothing heavy: the command line and
the first window read it before SQLAlchemy loads.
"""

from __future__ import annotations

import configparser
import os
from pathlib import Path

CHOICE_FILE = "database.ini"
LOCAL_WORDS = ("", "sqlite", "local", "file")
_SECTION = "database"

# Set once by ``python -m desktop --database URL`` for this process (None: not given).
_given: str | None = None


def use_for_this_run(url: str | None) -> None:
    global _given
    _given = url


def is_local(url: str | None) -> bool:
    return url is None or url.strip().lower() in LOCAL_WORDS


def is_server_address(url: str | None) -> bool:
    """A PostgreSQL URL (``postgresql://…``, ``postgres://…`` or with a driver, ``postgresql+psycopg://…``)."""
    scheme, sep, rest = (url or "").strip().partition("://")
    return bool(sep and rest) and scheme.split("+")[0].lower() in ("postgresql", "postgres")


def saved_database_url(data_dir: Path) -> str | None:
    """The server URL saved in the settings of ``data_dir``; None for the local file."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(Path(data_dir) / CHOICE_FILE, encoding="utf-8")
    except (OSError, configparser.Error):
        return None
    url = parser.get(_SECTION, "url", fallback="").strip()
    return None if is_local(url) else url


def save_database_url(data_dir: Path, url: str | None) -> None:
    """Save the choice for the next start (None or "" for the local SQLite file), atomically."""
    parser = configparser.ConfigParser(interpolation=None)
    parser[_SECTION] = {"url": "" if is_local(url) else str(url).strip()}
    path = Path(data_dir) / CHOICE_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    with open(partial, "w", encoding="utf-8") as out:
        out.write(
            "# The app's database: empty for the SQLite file in this folder, or postgresql://user@host/dbname\n"
        )
        parser.write(out)
        out.flush()
        os.fsync(out.fileno())
    os.replace(partial, path)


def chosen_database_url(data_dir: Path) -> str | None:
    """The server URL this run uses, or None for the SQLite file in ``data_dir``."""
    if _given is not None:
        return None if is_local(_given) else _given.strip()
    return saved_database_url(data_dir)
