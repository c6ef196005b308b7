"""Command-line tools behind ``python -m desktop <command>``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.store.store import Store


def open_store_or_complain(data_dir: Path, said: str = "en") -> Store | None:
    """The store, or None after printing why it cannot be opened, in ``said`` (the command's own lines'
    language: English unless ``zh_CN``); commands then exit 1."""
    from desktop.core.messages import say
    from desktop.database_choice import chosen_database_url
    from desktop.store.errors import DatabaseError, message_of
    from desktop.store.store import Store

    try:
        return Store(data_dir, chosen_database_url(data_dir))
    except DatabaseError as exc:
        print(say(said, "cli.error", problem=message_of(exc)), file=sys.stderr)
        return None
