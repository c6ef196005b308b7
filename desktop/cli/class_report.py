"""``python -m desktop class-report --class NAME --out FILE.pdf|.csv``: the class report, or its totals for HR."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.cli import open_store_or_complain


def class_report_command(data_dir: Path, cohort_name: str, out: Path, lang: str | None) -> int:
    from PySide6.QtCore import QCoreApplication

    from desktop.cli.print_forms import find_cohort
    from desktop.core.content import load_instruments
    from desktop.core.messages import os_reason, say
    from desktop.paths import instruments_dir, user_instruments_dir
    from desktop.ui.scorecard.class_report_builder import write_class_csv, write_class_report
    from desktop.ui.shell.i18n import Translations, system_language

    said = "zh_CN" if lang == "zh_CN" else "en"  # the command's own lines: English unless asked
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".csv"):
        print(say(said, "cli.report_suffix", name=out.name), file=sys.stderr)
        return 1
    instruments, _errors = load_instruments(instruments_dir(), user_instruments_dir(data_dir))
    store = open_store_or_complain(data_dir, said)
    if store is None:
        return 1
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])  # for the translations only
    lang = lang or system_language()
    translations = Translations()
    translations.install(lang)
    try:
        cohort = find_cohort(store, cohort_name)
        if cohort is None:
            known = ", ".join(c.name for c in store.cohorts()) or "—"
            print(say(said, "cli.no_class", name=cohort_name, known=known), file=sys.stderr)
            return 1
        if suffix == ".csv":
            rows = write_class_csv(store, instruments, cohort.id, lang, out)
            print(say(said, "cli.wrote_rows", path=str(out), rows=rows, cohort=cohort.name))
        else:
            pages = write_class_report(store, instruments, cohort.id, lang, out)
            print(say(said, "cli.wrote_pages", path=str(out), pages=pages, cohort=cohort.name))
    except OSError as exc:
        print(say(said, "cli.out_unwritable", path=str(out), reason=os_reason(exc)), file=sys.stderr)
        return 1
    finally:
        store.close()
        translations.install("en")
        del app
    return 0
