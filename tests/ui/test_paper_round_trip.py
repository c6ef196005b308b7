"""The issue's "done when": a class of 10, each with a supervisor and 4 colleagues, run through two rounds on
paper: the class pack printed, every form typed back in by its code, and the class report comparing the rounds."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

from desktop.core.comparison import RaterRole
from desktop.core.form_codes import decode
from desktop.store.store import Store

CLASS = "客服二班"
COLLEAGUES = 4


def test_two_rounds_of_paper_forms_typed_back_by_code_and_compared(tmp_path, qapp, instruments):
    from desktop.ui.scorecard.class_report_builder import class_report_csv, form_reports
    from desktop.ui.scorecard.paper_forms_builder import class_pack, find_round
    from desktop.ui.shell.i18n import Translations

    soothing = instruments["soothing"]
    translations = Translations()
    translations.install("zh_CN")
    store = Store(tmp_path)
    try:
        cohort = store.add_cohort(CLASS)
        for n in range(10):
            store.add_person(f"学员{n:02d}", cohort.id)
        start = datetime(2026, 11, 2, 9, tzinfo=UTC)
        for week, level in ((0, 3), (2, 4)):  # before training, and two weeks later
            round_ = find_round(store, soothing, cohort.id, str(week // 2 + 1))
            forms = class_pack(store, soothing, "zh_CN", cohort.id, round_)
            assert len(forms) == 10 * 3  # self, supervisor, colleague per trainee
            for form in forms:
                code = decode(form.code, list(instruments))  # as typed into the start screen
                assert code.round_number == week // 2 + 1
                copies = COLLEAGUES if code.role is RaterRole.COLLEAGUE else 1
                for copy in range(copies):
                    rater = None if code.role is RaterRole.SELF else f"{code.role.value}{copy}"
                    record = store.start_form(soothing, code.role, person_id=code.person_id, rater_name=rater)
                    value = level if code.role is RaterRole.SELF else level - 1
                    store.record_answers(record.id, {i.id: value for i in soothing.items})
                    when = start + timedelta(weeks=week, hours=1 + copy)
                    store.complete_assessment(record.id, when)
        (report,) = form_reports(store, {"soothing": soothing}, cohort.id)
        data, rows = class_report_csv(store, {"soothing": soothing}, cohort.id, "zh_CN")
    finally:
        store.close()
        translations.install("en")
    assert report.rounds == {1: None, 2: None}
    assert {c.change for c in report.changes()} == {20}  # every trainee: 60 → 80 on their own forms
    assert len(report.changes()) == 10
    assert rows == 20
    table = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    # Four distinct colleagues per trainee per round: counted and shown.
    assert {r["评分同事人数"] for r in table} == {str(COLLEAGUES)}
    assert {(r["轮次"], r["自评总分"], r["同事（3 人及以上的均值）"]) for r in table} == {
        ("第1轮", "60", "40"),
        ("第2轮", "80", "60"),
    }
