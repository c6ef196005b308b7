"""``python -m desktop report --person NAME_OR_ID --out FILE.pdf``: one trainee's report as a PDF."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli import open_store_or_complain

if TYPE_CHECKING:
    from desktop.core.instruments import Instrument
    from desktop.store.person_reader import PersonReader
    from desktop.ui.scorecard.report_builder import ReportSource


def report_command(data_dir: Path, person: str, out: Path, lang: str | None) -> int:
    from PySide6.QtCore import QCoreApplication

    from desktop.core.content import load_instruments
    from desktop.paths import instruments_dir, user_instruments_dir
    from desktop.ui.shell.i18n import Translations, system_language

    said = "zh_CN" if lang == "zh_CN" else "en"  # the command's own lines: English unless asked
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])  # for the translations only
    lang = lang or system_language()
    translations = Translations()
    translations.install(lang)
    try:
        instruments, _errors = load_instruments(instruments_dir(), user_instruments_dir(data_dir))
        reader = _reader(data_dir)
        if reader is not None:
            try:
                return _write_report(reader, instruments, person, out, lang, said)
            except sqlite3.DatabaseError:
                pass  # damaged where the report reads: the Store checks the file, sets it aside, says so
            finally:
                reader.close()
        store = open_store_or_complain(data_dir, said)
        if store is None:
            return 1
        try:
            return _write_report(store, instruments, person, out, lang, said)
        finally:
            store.close()
    finally:
        translations.install("en")
        del app


def _reader(data_dir: Path) -> PersonReader | None:
    """The SQLite file read for this one trainee without SQLAlchemy (a third of the command's time
    and memory went to importing it); None where only the whole Store can go (a server, a file to
    migrate or set aside)."""
    from desktop.database_choice import chosen_database_url
    from desktop.store.person_reader import PersonReader

    return PersonReader.open(data_dir) if chosen_database_url(data_dir) is None else None


def _write_report(
    source: ReportSource, instruments: dict[str, Instrument], person: str, out: Path, lang: str, said: str
) -> int:
    """Write the report; the command's own lines in ``said`` (English unless ``zh_CN``)."""
    from desktop.core.messages import os_reason, say
    from desktop.ui.scorecard.report_builder import PersonNotFound, find_person, write_trainee_report

    try:
        record = find_person(source, person)
        pages = write_trainee_report(source, instruments, record.id, lang, out, hand_back_memory=True)
    except PersonNotFound as exc:
        print(say(said, "cli.person_refused", problem=exc.args[0]), file=sys.stderr)
        return 1
    except OSError as exc:
        print(say(said, "cli.out_unwritable", path=str(out), reason=os_reason(exc)), file=sys.stderr)
        return 1
    print(say(said, "cli.wrote_report", path=str(out), pages=pages, name=record.name))
    return 0
