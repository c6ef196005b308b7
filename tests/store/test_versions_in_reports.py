"""The class report (PDF and CSV) and the trainee report keep old forms as answered after the form's
file changes: each round scored, banded and drawn with its own version, on both databases."""

from __future__ import annotations

import csv
import io

from desktop.ui.scorecard.class_report_builder import class_report_csv, class_report_figures
from desktop.ui.scorecard.report_builder import report_figures
from tests.form_versions import VERSION_1, VERSION_2, after_training, before_training, version


def texts(figures) -> list[str]:
    from matplotlib.text import Text

    return [t.get_text() for figure in figures for t in figure.findobj(Text) if t.get_text()]


def everything(store, group, today) -> tuple:
    instruments = {"phone_manner": today}
    return (
        class_report_csv(store, instruments, group.cohort_id, "zh_CN")[0],
        texts(class_report_figures(store, instruments, group.cohort_id, "zh_CN")),
        texts(report_figures(store, instruments, group.people["王芳"], "zh_CN")),
    )


def csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))[1:]


def test_editing_the_form_changes_no_report_of_forms_answered_before(store):
    group = before_training(store)
    before_edit = everything(store, group, version(VERSION_1))
    # The trainer edits the form (version 2: a statement reversed, a dimension swapped, bands moved).
    after_edit = everything(store, group, version(VERSION_2))
    assert after_edit == before_edit
    rows = {row[1]: row for row in csv_rows(after_edit[0])}
    assert rows["王芳"][6:8] == ["12", "很好"] and rows["李雷"][6:8] == ["6", "需要练习"]


def test_rounds_answered_with_two_versions_each_report_as_answered(store, tmp_path):
    group = before_training(store)
    after_training(store, group)
    csv_data, class_texts, trainee_texts = everything(store, group, version(VERSION_2))
    rows = {(row[1], row[4]): row for row in csv_rows(csv_data)}
    assert rows["王芳", "培训前"][6:8] == ["12", "很好"]  # version 1: 11–15
    assert rows["王芳", "培训后"][6:8] == ["16", "很好"]  # version 2: 15–20
    assert rows["李雷", "培训后"][6:8] == ["11", "需要练习"]  # version 2: 4–14 (11 is 很好 in version 1)
    # The class report's bands per round list both versions' bands, with their own ranges.
    assert {"很好\n15–20", "很好\n11–15", "需要练习\n4–14", "需要练习\n3–10"} <= set(class_texts)
    # Its class-mean radar is on version 2's dimensions and names the one only version 1 has.
    assert "共情" in class_texts and "语调" not in class_texts
    assert any("语调" in t and t != "语调" for t in class_texts), class_texts  # in a note
    # The trainee's before-and-after radar: the dimensions both versions have, the others named.
    assert any("共情、语调" in t for t in trainee_texts), trainee_texts
    # The trend says which version each round was answered with.
    # (in the language installed, if any: these builders run in English and in Chinese)
    assert any("培训前" in t and ("form v1" in t or "第1版" in t) for t in trainee_texts), trainee_texts
    assert any("培训后" in t and ("form v2" in t or "第2版" in t) for t in trainee_texts), trainee_texts

    if not store.on_server:  # ``report --person`` reads the SQLite file without the Store: the same pages
        from desktop.store.person_reader import PersonReader

        reader = PersonReader.open(tmp_path)
        try:
            instruments = {"phone_manner": version(VERSION_2)}
            assert texts(report_figures(reader, instruments, group.people["王芳"], "zh_CN")) == trainee_texts
        finally:
            reader.close()


def test_a_round_whose_raters_answered_two_versions_reads_each_form_as_answered(store):
    from tests.form_versions import answer

    group = before_training(store)
    v1, v2 = version(VERSION_1), version(VERSION_2)
    han = group.people["韩梅"]
    # 韩梅 assesses herself with version 1; the file is then edited; her supervisor rates with version 2.
    answer(store, v1, han, "self", {"p1": 4, "p2": 4, "p3": 4}, group.after)
    answer(store, v2, han, "supervisor", {"p1": 1, "p3": 5, "p4": 5, "p5": 5}, group.after, "李经理")
    rows = {(row[1], row[4]): row for row in csv_rows(everything(store, group, v2)[0])}
    # Her total and band are those of the version she answered (12 is 很好 in version 1, 需要练习 in 2);
    # the supervisor's "1" to version 2's reversed first statement is a 5 on version 1's: total 15 of 15.
    assert rows["韩梅", "培训后"][6:10] == ["12", "很好", "15", "15"]


def test_a_form_whose_file_is_gone_is_still_reported_as_answered(store, tmp_path):
    group = before_training(store)
    after_training(store, group)
    assert store.answered_instruments() == {"phone_manner": 2}
    assert store.answered_instruments(group.people["韩梅"]) == {"phone_manner": 1}
    with_file = everything(store, group, version(VERSION_2))
    # The file is removed (or renamed, or broken by a hand edit): no form of today has that id.
    csv_data, class_texts, trainee_texts = (
        class_report_csv(store, {}, group.cohort_id, "zh_CN")[0],
        texts(class_report_figures(store, {}, group.cohort_id, "zh_CN")),
        texts(report_figures(store, {}, group.people["王芳"], "zh_CN")),
    )
    assert (csv_data, class_texts, trainee_texts) == with_file
    if not store.on_server:
        from desktop.store.person_reader import PersonReader

        reader = PersonReader.open(tmp_path)
        try:
            assert reader.answered_instruments(group.people["王芳"]) == {"phone_manner": 2}
            assert reader.answered_instruments(group.people["韩梅"]) == {"phone_manner": 1}
            assert texts(report_figures(reader, {}, group.people["王芳"], "zh_CN")) == trainee_texts
        finally:
            reader.close()
