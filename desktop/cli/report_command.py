"""``python -m desktop report --person NAME_OR_ID --out FILE.pdf``: one trainee's report as a PDF."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli import open_store_or_complain

if TYPE_CHECKING:
    from desktop.store.person_reader import PersonReader
    from desktop.store.store import Store


def report_command(data_dir: Path, person: str, out: Path, lang: str | None) -> int:
    from PySide6.QtCore import QCoreApplication

    from desktop.core.content import load_instruments
    from desktop.paths import instruments_dir, user_instruments_dir
    from desktop.ui.scorecard.report_builder import PersonNotFound, find_person, write_trainee_report
    from desktop.ui.shell.i18n import Translations, system_language

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])  # for the translations only
    lang = lang or system_language()
    translations = Translations()
    translations.install(lang)
    instruments, _errors = load_instruments(instruments_dir(), user_instruments_dir(data_dir))
    store = _open_for_one_person(data_dir)
    if store is None:
        return 1
    try:
        record = find_person(store, person)
        pages = write_trainee_report(store, instruments, record.id, lang, out)
    except PersonNotFound as exc:
        print(f"error: --person: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"error: --out: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
        translations.install("en")
        del app
    print(f"wrote {out} ({pages} pages) for {record.name}")
    return 0


def _open_for_one_person(data_dir: Path) -> PersonReader | Store | None:
    """The SQLite file read for this one trainee without SQLAlchemy (a third of the command's time
    and memory went to importing it); the whole Store where that reader cannot go (a server, a file
    to migrate or set aside), or None after saying why it cannot be opened."""
    from desktop.database_choice import chosen_database_url
    from desktop.store.person_reader import PersonReader

    reader = PersonReader.open(data_dir) if chosen_database_url(data_dir) is None else None
    return reader or open_store_or_complain(data_dir)
