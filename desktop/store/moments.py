"""A moment as a raw query hands it back, made a UTC ``datetime``.

SQLite's driver gives the ISO text SQLAlchemy wrote (no zone), PostgreSQL's a ``datetime``;
everything the app stores is UTC. Standard library only: ``report --person`` reads the file
without SQLAlchemy and uses it too.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any


def stored_moment(value: Any) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
