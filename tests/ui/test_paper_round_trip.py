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
        for week, level, round_name in ((0, 3, "培训前"), (2, 4, "培训后")):  # two weeks apart
            # Printing the pack adds the round to the class: it is held after the forms are printed.
            printed = find_round(store, cohort.id, round_name, create=True)
            forms = class_pack(store, soothing, "zh_CN", cohort.id, printed)
            assert len(forms) == 10 * 3  # self, supervisor, colleague per trainee
            for form in forms:
                code = decode(form.code, list(instruments))  # as typed into the start screen
                # The start screen picks the class's round at the code's place (see start_page).
                class_round = store.class_rounds(cohort.id)[code.round_number - 1]
                assert class_round.name == round_name
                copies = COLLEAGUES if code.role is RaterRole.COLLEAGUE else 1
                for copy in range(copies):
                    rater = None if code.role is RaterRole.SELF else f"{code.role.value}{copy}"
                    record = store.start_form(
                        soothing,
                        code.role,
                        person_id=code.person_id,
                        rater_name=rater,
                        round_id=class_round.id,
                    )
                    value = level if code.role is RaterRole.SELF else level - 1
                    store.record_answers(record.id, {i.id: value for i in soothing.items})
                    store.complete_assessment(record.id, start + timedelta(weeks=week, hours=1 + copy))
        (report,) = form_reports(store, {"soothing": soothing}, cohort.id)
        data, rows = class_report_csv(store, {"soothing": soothing}, cohort.id, "zh_CN")
    finally:
        store.close()
        translations.install("en")
    assert report.rounds == {1: "培训前", 2: "培训后"}
    assert {c.change for c in report.changes()} == {20}  # every trainee: 60 → 80 on their own forms
    assert len(report.changes()) == 10
    assert rows == 20
    table = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    # Four distinct colleagues per trainee per round: counted and shown.
    assert {r["评分同事人数"] for r in table} == {str(COLLEAGUES)}
    assert {(r["轮次"], r["自评总分"], r["同事（3 人及以上的均值）"]) for r in table} == {
        ("培训前", "60", "40"),
        ("培训后", "80", "60"),
    }
