"""``python -m desktop print-forms --instrument ID [--class NAME] [--round NAME] --out FILE.pdf``.

Blank forms (one per rater role) without ``--class``; with it, the class pack: every trainee × every
rater role, each form pre-filled and carrying its code for quick entry. ``--round`` names one of the
class's rounds (its name, 第n轮 or its number); a name the class lacks is added as its latest round,
and said so: forms are printed before their round is held.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli import open_store_or_complain

if TYPE_CHECKING:
    from desktop.core.records import CohortRecord
    from desktop.store.store import Store


def find_cohort(store: Store, name: str) -> CohortRecord | None:
    """The class called ``name``, compared as the name rules say (spacing, width, case)."""
    from desktop.core.names import name_key

    wanted = name_key(name).casefold()
    return next((c for c in store.cohorts() if name_key(c.name).casefold() == wanted), None)


def print_forms(
    data_dir: Path,
    instrument_id: str,
    cohort_name: str | None,
    round_name: str | None,
    out: Path,
    lang: str | None,
) -> int:
    from PySide6.QtCore import QCoreApplication

    from desktop.core.content import load_instruments
    from desktop.core.messages import localise, os_reason, say
    from desktop.paths import instruments_dir, user_instruments_dir
    from desktop.store.errors import InputError
    from desktop.ui.scorecard.paper_forms_builder import (
        blank_forms,
        class_pack,
        find_round,
        write_paper_forms,
    )
    from desktop.ui.shell.i18n import Translations, system_language

    said = "zh_CN" if lang == "zh_CN" else "en"  # the command's own lines: English unless asked
    instruments, _errors = load_instruments(instruments_dir(), user_instruments_dir(data_dir))
    instrument = instruments.get(instrument_id)
    if instrument is None:
        known = ", ".join(sorted(instruments))
        print(say(said, "cli.no_form", id=instrument_id, known=known), file=sys.stderr)
        return 1
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])  # for the translations only
    lang = lang or system_language()
    translations = Translations()
    translations.install(lang)
    store = open_store_or_complain(data_dir, said) if cohort_name else None
    if store is None and cohort_name:
        return 1
    try:
        if cohort_name and store is not None:  # (the store is open exactly when a class is named)
            cohort = find_cohort(store, cohort_name)
            if cohort is None:
                known = ", ".join(c.name for c in store.cohorts()) or "—"
                print(say(said, "cli.no_class", name=cohort_name, known=known), file=sys.stderr)
                return 1
            if not store.people(cohort.id):
                print(say(said, "cli.class_empty", name=cohort.name), file=sys.stderr)
                return 1
            round_ = find_round(store, cohort.id, round_name, create=True) if round_name else None
            if round_ is not None and round_.created:
                print(say(said, "cli.round_added", round=round_.name, cohort=cohort.name))
            forms = class_pack(store, instrument, lang, cohort.id, round_)
        else:
            forms = blank_forms(instrument, lang, find_round(None, None, round_name) if round_name else None)
        pages = write_paper_forms(forms, out, instrument.title.get(lang))
    except InputError as exc:  # a round name the name rules refuse
        print(say(said, "cli.round_refused", problem=localise(exc.args[0], said)), file=sys.stderr)
        return 1
    except OSError as exc:
        print(say(said, "cli.out_unwritable", path=str(out), reason=os_reason(exc)), file=sys.stderr)
        return 1
    finally:
        if store is not None:
            store.close()
        translations.install("en")
        del app
    print(say(said, "cli.wrote_forms", path=str(out), forms=len(forms), pages=pages))
    return 0
